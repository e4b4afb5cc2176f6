"""Run the Alembic migrations shipped inside the package (no alembic.ini): at app start and by `calldesk db upgrade`.

Alembic (and every migration script, which it imports to find the head) loads only when the database is not at
``HEAD_REVISION`` already: on most starts one query on ``alembic_version`` finds the schema current.

Before migrating, the database must be CallDesk's: empty, or with a CallDesk revision in ``alembic_version``.
Someone else's non-empty database is refused (its tables named) unless ``adopt`` is asked for
(`calldesk db upgrade --adopt`); a revision this version does not know means a newer CallDesk made it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from app.db.engine import DatabaseUnavailable, create_database_engine, describe_database_error, display_url
from app.safe_echo import echo_value

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_FOLDER = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions. A new migration must change it (tests/unit/test_migrate_head.py
# compares it with Alembic's own head); a database already here starts without loading Alembic.
HEAD_REVISION = "0008"
VERSION_TABLE = "alembic_version"
TABLES_NAMED = 5  # in the refusal of someone else's database
_CALLDESK_REVISION = re.compile(r"^\d{4}$")  # CallDesk's revisions are numbered 0001, 0002, ...


class ForeignDatabase(DatabaseUnavailable):
    """The database holds tables but no CallDesk schema: adding ours (and demo debtors) needs ``adopt``."""


class NewerSchema(DatabaseUnavailable):
    """The database is at a revision this CallDesk does not know."""


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


def upgrade_to_head(target: Engine | str, *, adopt: bool = False) -> str:
    """Bring the schema up to the newest revision and return it. Raises DatabaseUnavailable: ForeignDatabase for
    someone else's non-empty database unless ``adopt``, NewerSchema for a revision made by a newer CallDesk."""
    engine = target if isinstance(target, Engine) else create_database_engine(target)
    try:
        if is_at_head(engine):
            return HEAD_REVISION
        check_schema_is_ours(engine, adopt=adopt)
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


def check_schema_is_ours(engine: Engine, *, adopt: bool = False) -> None:
    """Refuse a database this CallDesk must not migrate: another application's, or a newer CallDesk's.
    Raises ForeignDatabase, NewerSchema or DBAPIError."""
    with engine.connect() as connection:
        inspector = inspect(connection)
        tables = sorted(set(inspector.get_table_names()) | set(inspector.get_view_names()))
        versions = (sorted(connection.scalars(text(f"SELECT version_num FROM {VERSION_TABLE}")))
                    if VERSION_TABLE in tables else [])
    known = _known_revisions()
    unknown = [version for version in versions if version not in known]
    where = display_url(engine.url)
    if unknown and all(_CALLDESK_REVISION.match(version) for version in unknown):
        raise NewerSchema(
            f"The database {where} was made by a newer CallDesk (revision {unknown[0]}; this version knows up to "
            f"{HEAD_REVISION}). Upgrade CallDesk, or point it at another database with --db."
        )
    if unknown:  # Alembic cannot upgrade from a revision it has no script for, --adopt or not
        raise ForeignDatabase(
            f"The database {where} belongs to another application (its {VERSION_TABLE} table says revision "
            f"{echo_value(unknown[0])}, which is not CallDesk's). Point --db at a new file or an empty database."
        )
    others = [table for table in tables if table != VERSION_TABLE and not table.startswith("sqlite_")]
    if adopt or not others or versions:
        return
    named = ", ".join(echo_value(table) for table in others[:TABLES_NAMED])
    more = f" and {len(others) - TABLES_NAMED:,} more" if len(others) > TABLES_NAMED else ""
    raise ForeignDatabase(
        f"The database {where} is not empty and has no CallDesk schema: it holds {named}{more}. CallDesk will "
        "not add its tables to someone else's database. Point --db at a new file or an empty database, or, if "
        "CallDesk's tables belong there, run `calldesk db upgrade --adopt` once."
    )


def _known_revisions() -> set[str]:
    """Every revision of the shipped migration scripts (imports all of them)."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except DBAPIError as error:
        raise describe_database_error(error, engine.url) from None


@contextmanager
def migrated_database(url: str, *, adopt: bool = False) -> Iterator[Engine]:
    """An engine on ``url`` with the schema brought to head, disposed on exit: what every CLI command needs."""
    engine = create_database_engine(url)
    try:
        upgrade_to_head(engine, adopt=adopt)
        yield engine
    finally:
        engine.dispose()
