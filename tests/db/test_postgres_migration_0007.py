"""Migration 0007 on a real PostgreSQL server: call numbers to E.164, the account filled in from the dial event."""

import pytest

from app.db.engine import create_database_engine
from tests.db.migration_0007_scenario import check_migration_0007

pytestmark = pytest.mark.postgres


def test_migration_0007_on_postgres(postgres_url: str) -> None:
    engine = create_database_engine(postgres_url)
    try:
        check_migration_0007(engine)
    finally:
        engine.dispose()
