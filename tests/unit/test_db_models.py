"""Models round-trip through the migrated schema; the call log is append-only; migrations match the models."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from app.db.append_only import AppendOnlyViolation
from app.db.engine import session_factory
from app.db.models import (
    Account,
    Agent,
    Base,
    Call,
    Callback,
    CallEvent,
    Debtor,
    DebtorPhone,
    Note,
    Payment,
    PaymentPlan,
    PlanInstalment,
    PromiseToPay,
)
from tests.db.helpers import migrated_sqlite

NOW = datetime(2026, 11, 23, 2, 30, tzinfo=timezone.utc)


@pytest.fixture
def sessions(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    yield session_factory(engine)
    engine.dispose()


def _debtor_with_history(session) -> tuple[Debtor, Account, Call]:
    agent = Agent(login="li.na", display_name="李娜", role="agent")
    debtor = Debtor(full_name="张伟", name_pinyin="zhangwei", national_id="11010519491231002X", address="北京市",
                    language="zh_CN")
    session.add_all([agent, debtor])
    session.flush()
    session.add(DebtorPhone(debtor_id=debtor.id, number="+8613812345678", phone_type="mobile", owner="self"))
    account = Account(debtor_id=debtor.id, account_number="6225880000000011", product="信用卡 金卡",
                      principal=Decimal("10000.00"), interest=Decimal("150.50"), fees=Decimal("50.00"),
                      total_due=Decimal("10200.50"), minimum_due=Decimal("1020.05"), due_date=date(2026, 10, 1),
                      days_past_due=53, bucket="M2", currency="CNY")
    session.add(account)
    session.flush()
    call = Call(uuid="0f" * 16, debtor_id=debtor.id, account_id=account.id, direction="outbound",
                number="+8613812345678", agent_id=agent.id, started_at=NOW, script_id="standard", script_version=1)
    session.add(call)
    session.flush()
    return debtor, account, call


def test_every_model_round_trips_with_decimal_money_and_aware_utc_times(sessions) -> None:
    with sessions.begin() as session:
        debtor, account, call = _debtor_with_history(session)
        session.add_all([
            Payment(account_id=account.id, paid_on=date(2026, 9, 1), amount=Decimal("500.10"), channel="alipay"),
            PromiseToPay(account_id=account.id, call_id=call.id, promised_on=date(2026, 11, 1),
                         due_on=date(2026, 11, 30), amount=Decimal("1020.05"), status="pending"),
            CallEvent(call_id=call.id, sequence=1, wall_time=NOW, monotonic_ns=2**40 + 7, kind="outcome",
                      payload={"code": "rpc_ptp", "note": "月底还款"}),
            Note(debtor_id=debtor.id, call_id=call.id, author_id=call.agent_id, created_at=NOW, body="客户失业"),
            Callback(debtor_id=debtor.id, call_id=call.id, agent_id=call.agent_id, due_at=NOW + timedelta(days=1)),
        ])
        plan = PaymentPlan(account_id=account.id, kind="instalment", status="active")
        session.add(plan)
        session.flush()
        session.add(PlanInstalment(plan_id=plan.id, sequence=1, due_on=date(2026, 12, 1), amount=Decimal("850.04")))
    with sessions() as session:
        account = session.scalars(select(Account)).one()
        assert account.total_due == Decimal("10200.50") and isinstance(account.total_due, Decimal)
        assert account.minimum_due == Decimal("1020.05")
        call = session.scalars(select(Call)).one()
        assert call.started_at == NOW and call.started_at.tzinfo is not None
        event = session.scalars(select(CallEvent)).one()
        assert event.payload == {"code": "rpc_ptp", "note": "月底还款"}
        assert event.monotonic_ns == 2**40 + 7
        assert session.scalars(select(PlanInstalment)).one().amount == Decimal("850.04")
        assert session.scalars(select(Debtor)).one().time_zone == "Asia/Shanghai"


def test_naive_times_are_taken_as_local_and_stored_as_utc(sessions) -> None:
    local = datetime(2026, 11, 23, 10, 0)
    with sessions.begin() as session:
        _, _, call = _debtor_with_history(session)
        call.answered_at = local
    with sessions() as session:
        assert session.scalars(select(Call)).one().answered_at == local.astimezone(timezone.utc)


def test_check_constraints_refuse_unknown_enumeration_values(sessions) -> None:
    with pytest.raises(IntegrityError), sessions.begin() as session:
        debtor, _, _ = _debtor_with_history(session)
        session.add(DebtorPhone(debtor_id=debtor.id, number="+8613812345678", phone_type="fax", owner="self"))


def test_call_events_are_unique_per_call_and_sequence(sessions) -> None:
    with pytest.raises(IntegrityError), sessions.begin() as session:
        _, _, call = _debtor_with_history(session)
        for _ in range(2):
            session.add(CallEvent(call_id=call.id, sequence=1, wall_time=NOW, monotonic_ns=1, kind="x", payload={}))
            session.flush()


def test_call_events_and_notes_cannot_be_changed_or_deleted_through_the_orm(sessions) -> None:
    with sessions.begin() as session:
        debtor, _, call = _debtor_with_history(session)
        session.add(CallEvent(call_id=call.id, sequence=1, wall_time=NOW, monotonic_ns=1, kind="outcome",
                              payload={"code": "rpc_ptp"}))
        session.add(Note(debtor_id=debtor.id, author_id=call.agent_id, body="first"))
    with sessions() as session:
        event = session.scalars(select(CallEvent)).one()
        event.kind = "edited"
        with pytest.raises(AppendOnlyViolation, match="append-only"):
            session.flush()
        session.rollback()
        session.delete(session.scalars(select(Note)).one())
        with pytest.raises(AppendOnlyViolation, match="cannot be deleted"):
            session.flush()
        session.rollback()
        with pytest.raises(AppendOnlyViolation):
            session.execute(update(CallEvent).values(kind="edited"))
        with pytest.raises(AppendOnlyViolation):
            session.execute(delete(Note))
    with sessions() as session:
        assert session.scalars(select(CallEvent.kind)).one() == "outcome"
        assert session.scalars(select(Note.body)).one() == "first"


def test_unchanged_append_only_rows_flush_fine(sessions) -> None:
    with sessions.begin() as session:
        _, _, call = _debtor_with_history(session)
        session.add(CallEvent(call_id=call.id, sequence=1, wall_time=NOW, monotonic_ns=1, kind="k", payload={}))
    with sessions.begin() as session:
        session.scalars(select(CallEvent)).one()
        call = session.scalars(select(Call)).one()
        call.outcome_code = "rpc_ptp"  # the call row itself may be completed


def test_the_migration_creates_exactly_what_the_models_describe(tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
