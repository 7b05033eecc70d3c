"""Alembic environment: run programmatically by ``workbench.store.migrations``.

The connection is handed in through ``config.attributes["connection"]``; the command
line (``alembic -c db/alembic.ini``) works too, against ``WORKBENCH_DB``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from workbench.store.migrations import alembic_include_object, render_item, target_metadata

config = context.config


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata(),
        render_as_batch=True,
        compare_type=True,
        include_object=alembic_include_object,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    from workbench.config import resolve_db_path

    engine = create_engine(f"sqlite:///{resolve_db_path()}")
    with engine.begin() as conn:
        _run(conn)
