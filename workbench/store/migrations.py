"""The schema, only through Alembic: what head is, where a file stands, upgrading it.

The Alembic environment lives in ``db/`` at the top of the project (or of the bundle).

Alembic is imported only when it is needed (to upgrade, or by its own tools): importing
it costs about a quarter of a second, more than the whole start of a bare Qt window. To
open a database at head, the head and the known revisions are read from the text of the
version files (``revision = "..."``, ``down_revision = ...``); anything unusual there
(a merge revision, a file it cannot read) hands the question to Alembic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from workbench.config import migrations_dir
from workbench.store.revisions import scan_versions

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

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
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _scan_versions() -> tuple[str, set[str]] | None:
    """``(head, known revisions)`` from the version files' text; None if unsure."""
    return scan_versions(migrations_dir())


def head_revision() -> str:
    scanned = _scan_versions()
    if scanned is not None:
        return scanned[0]
    head = script_directory().get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> set[str]:
    scanned = _scan_versions()
    if scanned is not None:
        return scanned[1]
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")
