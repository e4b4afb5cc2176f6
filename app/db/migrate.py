"""Run the Alembic migrations shipped inside the package (no alembic.ini): at app start and by `calldesk db upgrade`."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from app.db.engine import create_database_engine, describe_database_error

MIGRATIONS_FOLDER = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_FOLDER))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


def upgrade_to_head(target: Engine | str) -> str:
    """Bring the schema up to the newest revision and return it. Raises DatabaseUnavailable."""
    engine = target if isinstance(target, Engine) else create_database_engine(target)
    try:
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


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
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
