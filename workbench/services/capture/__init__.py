"""Quick notes, and bringing them back to the group (triage)."""
