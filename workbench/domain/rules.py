"""Rules of the domain that need no database: what is overdue, what is still open."""

from __future__ import annotations

from datetime import date, datetime

from workbench.domain.enums import ActionStatus, CommitmentStatus


def local_today() -> date:
    """Today's date where the user is (due dates are local dates)."""
    return datetime.now().astimezone().date()


def is_open_status(status: ActionStatus | CommitmentStatus | str) -> bool:
    """Open or in progress: still something to follow up."""
    return str(status) in ("open", "in_progress")


def is_overdue(
    due_on: date | None, status: ActionStatus | CommitmentStatus | str, today: date
) -> bool:
    """Past its due date and still open. Due today is not overdue yet."""
    return due_on is not None and due_on < today and is_open_status(status)
