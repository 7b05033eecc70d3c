"""The meeting cycle with the outside world: who receives what (``distribution``), what
left the laptop (``sendlog``), minutes approved and frozen (``approval``, ``freeze``),
the invitation's data (``invitation``), the chair's brief (``brief``) and the next
meeting of a series (``series``)."""
