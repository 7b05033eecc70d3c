"""The use cases: take a Session, return domain objects or read-only rows. No Qt."""
