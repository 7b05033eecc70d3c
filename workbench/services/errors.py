"""Errors raised by the services; their messages are meant for the user."""

from __future__ import annotations


class DomainError(Exception):
    """A request the domain refuses (bad value, unknown record)."""


class NotFoundError(DomainError):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"No {kind} with id {record_id}.")
        self.kind = kind
        self.record_id = record_id
