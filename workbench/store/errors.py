"""The store's refusals, each with a message meant for the user.

A leaf module: every other module of the store imports it and it imports none of them,
so the errors can be raised anywhere in the store without an import circle
(``workbench/messages.py`` is above the package's layers and imports nothing of ours).
"""

from __future__ import annotations

from workbench.messages import UserMessage


class StoreError(UserMessage):
    """A database that cannot be opened; the message is meant for the user, marked for
    the catalogue (``workbench/messages.py``)."""


class NotAWorkbenchDatabaseError(StoreError):
    """Not an SQLite file, or an SQLite file of some other program."""


class NewerSchemaError(StoreError):
    """Written by a newer version of the workbench."""


class CorruptDatabaseError(StoreError):
    """SQLite cannot read the file (or an upgrade of it failed)."""


__all__ = [
    "CorruptDatabaseError",
    "NewerSchemaError",
    "NotAWorkbenchDatabaseError",
    "StoreError",
]
