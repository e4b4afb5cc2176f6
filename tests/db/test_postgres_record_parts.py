"""Plans, notes, flags and recordings in the debtor record, and the notes writer, on a real PostgreSQL server."""

import pytest

from app.db.engine import create_database_engine
from app.db.migrate import upgrade_to_head
from tests.db.record_parts_checks import check_record_parts_and_notes

pytestmark = pytest.mark.postgres


def test_record_parts_and_notes_on_postgres(postgres_url: str) -> None:
    engine = create_database_engine(postgres_url)
    upgrade_to_head(engine)
    check_record_parts_and_notes(engine)
    engine.dispose()
