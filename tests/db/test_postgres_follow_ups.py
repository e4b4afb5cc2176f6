"""Outcome follow-ups and migration 0003 on a real PostgreSQL server."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from app.db.call_log_repository import CallLogRepository
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import alembic_config, upgrade_to_head
from app.db.models import Account, Base, Debtor, Payment, PaymentPlan, PromiseToPay, RaisedCaseFlag
from app.db.outcome_repository import FollowUpRepository
from app.domain.call_outcome import AgreedInstalment, AgreedPlan, CallOutcome, PromiseTerms
from app.domain.outcomes import CaseFlag

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
TODAY = NOW.astimezone().date()
CARD = "6225880000000011"


@pytest.fixture
def engine(postgres_url: str):
    engine = create_database_engine(postgres_url)
    upgrade_to_head(engine)
    with session_factory(engine).begin() as session:
        debtor = Debtor(full_name="张伟", national_id="11010519491231002X")
        session.add(debtor)
        session.flush()
        session.add(Account(debtor_id=debtor.id, account_number=CARD, product="信用卡", principal=Decimal(5000),
                            total_due=Decimal(5000), minimum_due=Decimal(500), due_date=date(2026, 10, 1),
                            bucket="M2"))
    yield engine
    engine.dispose()


def _call(log: CallLogRepository, uuid: str) -> int:
    return log.start_call(call_uuid=uuid * 32, direction="outbound", number="+8613812345678", agent_login="li.na",
                          debtor_id=1, account_id=1, script_id=None, script_version=None)


def test_record_outcome_and_evaluate_promises(engine) -> None:
    sessions = session_factory(engine)
    log, follow_ups = CallLogRepository(sessions), FollowUpRepository(sessions)
    due_on = TODAY + timedelta(days=5)
    plan = AgreedPlan("settlement", CARD, Decimal("4000.00"), (AgreedInstalment(1, due_on, Decimal("4000.00")),),
                      needs_approval=True)
    promise_call = _call(log, "a")
    promise = PromiseTerms(CARD, Decimal(600), due_on)
    follow_ups.record_outcome(promise_call, CallOutcome("rpc_ptp", "下周还", promise=promise, plan=plan), "li.na",
                              now=NOW)
    follow_ups.record_outcome(_call(log, "b"), CallOutcome("rpc_callback", callback_at=NOW + timedelta(hours=2)),
                              "li.na", now=NOW)
    follow_ups.record_outcome(_call(log, "c"), CallOutcome("rpc_dispute"), "li.na", now=NOW)
    follow_ups.record_outcome(_call(log, "d"), CallOutcome("rpc_dispute"), "li.na", now=NOW)

    assert [e.kind for e in log.events(promise_call)] == ["outcome", "promise_recorded", "plan_agreed"]
    assert [c.due_at for c in follow_ups.due_callbacks("li.na", NOW)] == [NOW + timedelta(hours=2)]
    (dispute,) = follow_ups.open_flags(1)
    assert (dispute.kind, dispute.account_number) == (CaseFlag.DISPUTE, CARD)
    assert follow_ups.collection_hold(1, CARD) == dispute
    with sessions() as session:
        assert session.scalars(select(PaymentPlan.status)).one() == "proposed"

    assert follow_ups.evaluate_promises(TODAY, grace_days=3) == 0
    with sessions.begin() as session:
        session.add(Payment(account_id=1, paid_on=TODAY + timedelta(days=1), amount=Decimal(600), channel="bank"))
    assert follow_ups.evaluate_promises(TODAY + timedelta(days=1), grace_days=3) == 1
    with sessions() as session:
        assert session.scalars(select(PromiseToPay.status)).one() == "kept"


def test_one_open_flag_per_kind_is_enforced_by_the_database(engine) -> None:
    sessions = session_factory(engine)
    call_id = _call(CallLogRepository(sessions), "e")
    FollowUpRepository(sessions).record_outcome(call_id, CallOutcome("rpc_hardship"), "li.na", now=NOW)
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(RaisedCaseFlag(debtor_id=1, kind="hardship", raised_by_id=1, note=""))


def test_migration_0003_downgrades_and_upgrades_again(engine) -> None:
    with session_factory(engine).begin() as session:
        session.add(PaymentPlan(account_id=1, kind="instalment", status="active", total=Decimal(900)))
    with engine.connect() as connection, connection.begin():
        command.downgrade(alembic_config(connection), "0002")
    assert "case_flags" not in inspect(engine).get_table_names()
    assert "total" not in {c["name"] for c in inspect(engine).get_columns("payment_plans")}
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    with session_factory(engine)() as session:
        plan = session.scalars(select(PaymentPlan)).one()
        assert (plan.kind, plan.needs_approval, plan.total) == ("instalment", False, None)
