"""Chairing a meeting: the clock over the agenda, what is captured, the summary."""
