"""The work queue read from SQLite; last contact written with each call; migration 0005."""

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from app.db.call_log_repository import CallLogRepository
from app.db.engine import session_factory
from app.db.models import Debtor
from app.db.work_queue_repository import WorkQueueRepository
from tests.db.helpers import migrated_sqlite
from tests.db.work_queue_scenario import build_floor, check_migration_0005, check_queue, queue_names


@pytest.fixture
def engine(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    yield engine
    engine.dispose()


def test_queue_sections_order_and_filters(engine: Engine) -> None:
    check_queue(engine)


def test_a_logged_call_updates_last_contact_and_moves_the_debtor_down(engine: Engine) -> None:
    ids = build_floor(engine)
    repo = WorkQueueRepository(session_factory(engine))
    before = datetime.now(timezone.utc)
    CallLogRepository(session_factory(engine)).start_call(
        call_uuid="c-1", direction="outbound", number="+8613800000000", agent_login="ana", debtor_id=ids["李娜"],
        script_id=None, script_version=None)
    with session_factory(engine)() as session:
        contact = session.scalar(select(Debtor.last_contact_at).where(Debtor.id == ids["李娜"]))
    assert contact is not None and contact >= before
    assert queue_names(repo, "ana")[-2:] == ["张伟明", "李娜"]  # 李娜 was never called; now she was, just now


def test_assigning_debtors_gives_an_agent_a_portfolio_instead_of_the_pool(engine: Engine) -> None:
    ids = build_floor(engine)
    repo = WorkQueueRepository(session_factory(engine))
    assert repo.assign([ids["赵六"]], "bo") == 1
    assert queue_names(repo, "bo") == ["赵六"]  # the pool's promise (钱七) is no longer his
    assert repo.assign([ids["赵六"]], None) == 1
    assert queue_names(repo, "bo") == ["钱七", "赵六"]
    with pytest.raises(LookupError):
        repo.assign([ids["赵六"]], "nobody")


def test_queue_reads_use_indexes(engine: Engine) -> None:
    """The pool is read down the days-past-due index, promises by the pending-by-due-day index."""
    from app.db import work_queue_repository as wq
    from app.db.models import Account, PromiseToPay

    window = select(Account.debtor_id).where(wq._unassigned(Account.debtor_id)).order_by(
        Account.days_past_due.desc()).limit(wq.POOL_WINDOW)
    promises = (select(PromiseToPay.id).where(PromiseToPay.status == "pending",
                                              PromiseToPay.due_on == datetime(2026, 11, 23).date())
                .order_by(PromiseToPay.amount.desc()).limit(400))
    with engine.connect() as connection:
        for statement, index in ((window, "ix_accounts_days_past_due"),
                                 (promises, "ix_promises_to_pay_pending_due_on_amount")):
            sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
            plan = " ".join(row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert index in plan and "TEMP B-TREE" not in plan, plan


def test_migration_0005_fills_last_contact(engine: Engine) -> None:
    check_migration_0005(engine)
