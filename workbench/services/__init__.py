"""The use cases: take a Session, return domain objects or read-only rows. No Qt."""

# Approved minutes are frozen whichever service writes: the guard hooks every session.
import workbench.services.cycle.freeze  # noqa: F401
