"""Run the Alembic migrations shipped inside the package (no alembic.ini): at app start and by `calldesk db upgrade`.

Alembic (and every migration script, which it imports to find the head) loads only when the database is not at
``HEAD_REVISION`` already: on most starts one query on ``alembic_version`` finds the schema current.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from app.db.engine import create_database_engine, describe_database_error

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_FOLDER = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. A new migration must change it (tests/unit/test_migrate_head.py
# compares it with Alembic's own head); a database already here starts without loading Alembic.
HEAD_REVISION = "0006"
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision as Alembic finds it in the migration scripts (imports all of them)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def upgrade_to_head(target: Engine | str) -> str:
    """Bring the schema up to the newest revision and return it. Raises DatabaseUnavailable."""
    engine = target if isinstance(target, Engine) else create_database_engine(target)
    try:
        if is_at_head(engine):
            return HEAD_REVISION
        from alembic import command

        with engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                # Batch migrations copy tables; with foreign keys on, dropping the old copy would cascade.
                connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
                connection.commit()
            try:
                with connection.begin():
                    command.upgrade(alembic_config(connection), "head")
            finally:
                if sqlite:
                    connection.rollback()
                    connection.exec_driver_sql("PRAGMA foreign_keys = ON")
                    connection.commit()
    except DBAPIError as error:
        raise describe_database_error(error, engine.url) from None
    finally:
        if engine is not target:
            engine.dispose()
    return head_revision()


def is_at_head(engine: Engine) -> bool:
    """Whether the database records exactly ``HEAD_REVISION``: one cheap query, no Alembic. Raises DBAPIError."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return False
        versions = set(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))
    return versions == {HEAD_REVISION}


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except DBAPIError as error:
        raise describe_database_error(error, engine.url) from None


@contextmanager
def migrated_database(url: str) -> Iterator[Engine]:
    """An engine on ``url`` with the schema brought to head, disposed on exit: what every CLI command needs."""
    engine = create_database_engine(url)
    try:
        upgrade_to_head(engine)
        yield engine
    finally:
        engine.dispose()
