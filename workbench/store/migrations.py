"""The schema, only through Alembic: what head is, where a file stands, upgrading it.

The Alembic environment lives in ``db/`` at the top of the project (or of the bundle).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from workbench.config import migrations_dir

#: Tables that live outside the models (the full-text index and its shadow tables).
UNMODELLED_PREFIXES = ("search_",)


def target_metadata() -> sa.MetaData:
    """The metadata of every table in the domain."""
    from sqlmodel import SQLModel

    import workbench.domain  # noqa: F401  (registers the tables)

    return SQLModel.metadata


def alembic_include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Keep tables that the models do not describe (FTS5) out of autogenerate."""
    return not (type_ == "table" and name and name.startswith(UNMODELLED_PREFIXES))


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our column types as the plain SQLAlchemy types they store, so that
    migrations never import model code."""
    if type_ == "type" and isinstance(obj, sa.types.TypeDecorator):
        impl = obj.impl_instance if hasattr(obj, "impl_instance") else obj.impl
        if isinstance(impl, sa.String):
            return f"sa.String(length={impl.length})" if impl.length else "sa.String()"
        if isinstance(impl, sa.DateTime):
            return "sa.DateTime()"
    return False


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    command.upgrade(alembic_config(connection), "head")
