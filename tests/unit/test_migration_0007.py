"""Migration 0007 on SQLite: call numbers to E.164, the account filled in from the dial event."""

from pathlib import Path

from app.db.engine import create_database_engine
from tests.db.migration_0007_scenario import check_migration_0007


def test_migration_0007_stores_every_number_in_e164_and_fills_the_account(tmp_path: Path) -> None:
    engine = create_database_engine(f"sqlite:///{tmp_path / 'calldesk.db'}")
    try:
        check_migration_0007(engine)
    finally:
        engine.dispose()
