"""`calldesk db upgrade` and `calldesk db current`: the schema's migrations."""

import argparse
import sys
from typing import Any

from app.db.engine import DatabaseUnavailable, create_database_engine, display_url
from app.db.migrate import current_revision, head_revision, upgrade_to_head


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("db", help="database schema: upgrade to the newest version, show the current one",
                                   description="Manage the database schema (Alembic migrations shipped with CallDesk).")
    commands = parser.add_subparsers(title="db commands", metavar="DB_COMMAND", required=True)
    upgrade = commands.add_parser("upgrade", help="apply every migration the database is missing")
    upgrade.set_defaults(func=run, db_command="upgrade")
    current = commands.add_parser("current", help="show the database's schema version and the newest one")
    current.set_defaults(func=run, db_command="current")
    parser.set_defaults(func=run, db_command="upgrade")


def run(args: argparse.Namespace, settings: Any) -> int:
    try:
        engine = create_database_engine(settings.database_url)
        try:
            if args.db_command == "current":
                current = current_revision(engine) or "none (empty database)"
                print(f"{display_url(engine.url)}: schema {current}, newest {head_revision()}")
            else:
                before = current_revision(engine)
                after = upgrade_to_head(engine)
                state = "already up to date" if before == after else f"upgraded from {before or 'empty'}"
                print(f"{display_url(engine.url)}: schema {after} ({state})")
        finally:
            engine.dispose()
    except DatabaseUnavailable as error:
        print(f"calldesk: error: {error}", file=sys.stderr)
        return 1
    return 0
