"""The same schema, seed, repositories and import on a real PostgreSQL server (a throwaway one per session)."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.db.call_log_repository import CallLogRepository
from app.db.csv_import import import_file
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import DatabaseNotEmpty, seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import current_revision, head_revision, upgrade_to_head
from app.db.models import Base
from tests.db.helpers import GOOD_ROWS, content_hash, write_csv

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine(postgres_url: str):
    engine = create_database_engine(postgres_url)
    yield engine
    engine.dispose()


def test_migrations_reach_head_and_match_the_models(engine) -> None:
    assert current_revision(engine) is None
    assert upgrade_to_head(engine) == head_revision()
    assert upgrade_to_head(engine) == head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_seed_and_repositories_round_trip(engine, tmp_path: Path) -> None:
    upgrade_to_head(engine)
    assert seed_demo_data(engine, 300, seed=3) == 300
    with pytest.raises(DatabaseNotEmpty):
        seed_demo_data(engine, 1)
    sessions = session_factory(engine)
    directory = DebtorRepository(sessions)
    first = directory.list_debtors(limit=1)[0]
    assert directory.search(first.full_name[:1]) and directory.search(first.primary_phone[3:10])
    record = directory.record(first.debtor_id)
    assert record.accounts and isinstance(record.accounts[0].total_due, Decimal)

    log = CallLogRepository(sessions)  # explicit ids in the seed must not collide with new rows
    call_id = log.start_call(call_uuid="f" * 32, direction="outbound", number=first.primary_phone,
                             agent_login="demo", debtor_id=first.debtor_id, script_id="standard", script_version=1)
    assert [log.append_event(call_id, "call_state", {"state": s}) for s in ("calling", "confirmed")] == [1, 2]
    now = datetime.now(timezone.utc)
    log.mark_answered(call_id, now)
    log.mark_ended(call_id, now + timedelta(seconds=61), "200 Normal call clearing")
    log.set_outcome(call_id, "rpc_ptp", "下周五还款")
    history = directory.record(first.debtor_id).contact_history
    assert (history[0].call_id, history[0].duration_seconds, history[0].outcome_code) == (call_id, 61, "rpc_ptp")
    assert history[0].started_at.tzinfo is not None

    open_call = log.start_call(call_uuid="e" * 32, direction="outbound", number=first.primary_phone,
                               agent_login="demo", debtor_id=first.debtor_id, script_id=None, script_version=None)
    assert [c.call_id for c in log.close_interrupted_calls(agent_login="demo")] == [open_call]


def test_seeding_is_deterministic_on_postgres_too(postgres_url: str, tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    hashes = []
    for name in ("seed_a", "seed_b"):
        admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name}"))
        admin.dispose()
        engine = create_database_engine(make_url(postgres_url).set(database=name).render_as_string(False))
        upgrade_to_head(engine)
        seed_demo_data(engine, 120, seed=11, as_of=datetime(2026, 11, 23).date())
        hashes.append(content_hash(engine))
        engine.dispose()
    assert hashes[0] == hashes[1]


def test_csv_import_and_reimport(engine, tmp_path: Path) -> None:
    upgrade_to_head(engine)
    path = write_csv(tmp_path / "good.csv", GOOD_ROWS)
    assert import_file(engine, path).imported
    again = import_file(engine, path)
    assert (again.counts.accounts_created, again.counts.accounts_updated, again.counts.debtors_created) == (0, 4, 0)
    names = {d.full_name for d in DebtorRepository(session_factory(engine)).list_debtors()}
    assert names == {"张伟", "Emily Clark", "欧阳娜娜"}
