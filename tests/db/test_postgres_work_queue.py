"""The work queue, migration 0005 and name-part search on a real PostgreSQL server."""

import pytest
from sqlalchemy import text

from app.db.debtor_repository import DebtorRepository
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from tests.db.work_queue_scenario import build_floor, check_migration_0005, check_queue

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine(postgres_url: str):
    engine = create_database_engine(postgres_url)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


def test_queue_sections_order_and_filters(engine) -> None:
    check_queue(engine)


def test_migration_0005_fills_last_contact(engine) -> None:
    check_migration_0005(engine)


def test_name_parts_are_found_through_the_expression_indexes(engine) -> None:
    build_floor(engine)
    repo = DebtorRepository(session_factory(engine))
    assert [d.full_name for d in repo.search("娜娜")] == ["欧阳娜娜"]
    assert [d.full_name for d in repo.search("伟明")] == ["张伟明"]
    with engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))  # a tiny table: ask whether the index can serve it
        plan = " ".join(connection.scalars(text(
            "EXPLAIN SELECT id FROM debtors WHERE substr(full_name, 3) >= '娜娜' AND substr(full_name, 3) < '娜婩' "
            "ORDER BY substr(full_name, 3), id LIMIT 200")))
    assert "ix_debtors_name_from_3rd" in plan, plan
