"""`calldesk db upgrade [--adopt]` and `calldesk db current`: the schema's migrations."""

import argparse
from typing import Any

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DBAPIError

from app.db.engine import create_database_engine, describe_database_error, display_url
from app.db.migrate import current_revision, head_revision, upgrade_to_head


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("db", help="database schema: upgrade to the newest version, show the current one",
                                   description="Manage the database schema (Alembic migrations shipped with CallDesk).")
    commands = parser.add_subparsers(title="db commands", metavar="DB_COMMAND", required=True)
    upgrade = commands.add_parser(
        "upgrade", help="apply every migration the database is missing",
        description="Apply every migration the database is missing. A database that already holds other tables "
        "but no CallDesk schema is refused, unless --adopt says CallDesk's tables may be added to it.",
    )
    upgrade.add_argument("--adopt", action="store_true",
                         help="add CallDesk's tables to a non-empty database that has none of them yet")
    upgrade.set_defaults(func=run, db_command="upgrade")
    current = commands.add_parser("current", help="show the database's schema version and the newest one")
    current.set_defaults(func=run, db_command="current")
    parser.set_defaults(func=run, db_command="upgrade", adopt=False)


def run(args: argparse.Namespace, settings: Any) -> int:
    """DatabaseUnavailable (a foreign or newer database included) carries a user_message: app.__main__ prints it."""
    engine = create_database_engine(settings.database_url)
    try:
        if args.db_command == "current":
            current = current_revision(engine) or _no_schema(engine)
            print(f"{display_url(engine.url)}: schema {current}, newest {head_revision()}")
        else:
            before = current_revision(engine)
            after = upgrade_to_head(engine, adopt=args.adopt)
            state = "already up to date" if before == after else f"upgraded from {before or 'empty'}"
            print(f"{display_url(engine.url)}: schema {after} ({state})")
    finally:
        engine.dispose()
    return 0


def _no_schema(engine: Engine) -> str:
    try:
        with engine.connect() as connection:
            tables = [name for name in inspect(connection).get_table_names() if not name.startswith("sqlite_")]
    except DBAPIError as error:
        raise describe_database_error(error, engine.url) from None
    return f"none (no CallDesk tables; {len(tables):,} other tables)" if tables else "none (empty database)"
