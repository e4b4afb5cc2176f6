"""Alembic environment: configured from code by app.db.migrate, no alembic.ini.

The connection comes in ``config.attributes["connection"]``; SQLite migrations run in batch mode
(copy-and-move tables) because SQLite cannot alter most constraints in place.
"""

from alembic import context
from sqlalchemy import Connection

from app.db.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("app.db.migrate passes the connection; run migrations through it, not the alembic CLI")
    _run(connection)


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
_run_online()
