"""Engine and sessions, migrations, backup, integrity and the search index."""

from workbench.store.database import (
    CorruptDatabaseError,
    Database,
    NewerSchemaError,
    NotAWorkbenchDatabaseError,
    StoreError,
    open_database,
)

__all__ = [
    "CorruptDatabaseError",
    "Database",
    "NewerSchemaError",
    "NotAWorkbenchDatabaseError",
    "StoreError",
    "open_database",
]
