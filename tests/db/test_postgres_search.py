"""Debtor search keys and migration 0004 on a real PostgreSQL server."""

import pytest

from app.db.debtor_repository import DebtorRepository
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from tests.db.helpers import check_migration_0004_fills_search_keys

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine(postgres_url: str):
    engine = create_database_engine(postgres_url)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


def test_migration_0004_fills_search_keys_and_search_uses_them(engine) -> None:
    check_migration_0004_fills_search_keys(engine)
    repo = DebtorRepository(session_factory(engine))
    assert [d.full_name for d in repo.search("oy")] == ["欧阳娜娜"]
    assert [d.full_name for d in repo.search("0036")] == ["John Smith"]
    assert [d.full_name for d in repo.search("zw")] == ["张伟", "张伟"]
