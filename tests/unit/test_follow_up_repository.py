"""Outcome follow-ups on SQLite: promises judged from payments, callbacks in the queue, plans, case flags."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from app.db import models
from app.db.call_log_repository import CallLogError, CallLogRepository
from app.db.engine import session_factory
from app.db.migrate import alembic_config, upgrade_to_head
from app.db.models import Account, Call, Callback, Debtor, Payment, PaymentPlan, PlanInstalment, PromiseToPay
from app.db.outcome_repository import FollowUpError, FollowUpNotFound, FollowUpRepository
from app.domain.call_outcome import AgreedInstalment, AgreedPlan, CallOutcome, PromiseTerms
from app.domain.follow_ups import OutcomeDetailsInvalid
from app.domain.outcomes import CaseFlag
from tests.db.helpers import migrated_sqlite

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
TODAY = NOW.astimezone().date()
CARD_A, CARD_B, OTHERS_CARD = "6225880000000011", "6225880000000029", "6222020000000037"


@pytest.fixture
def engine(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    with session_factory(engine).begin() as session:
        for name, cards in (("张伟", (CARD_A, CARD_B)), ("Emily Clark", (OTHERS_CARD,))):
            debtor = Debtor(full_name=name, national_id="11010519491231002X")
            session.add(debtor)
            session.flush()
            session.add_all(Account(debtor_id=debtor.id, account_number=card, product="信用卡",
                                    principal=Decimal(5000), total_due=Decimal(5000), minimum_due=Decimal(500),
                                    due_date=date(2026, 10, 1), bucket="M2") for card in cards)
    yield engine
    engine.dispose()


@pytest.fixture
def follow_ups(engine) -> FollowUpRepository:
    return FollowUpRepository(session_factory(engine))


@pytest.fixture
def log(engine) -> CallLogRepository:
    return CallLogRepository(session_factory(engine))


_uuids = iter(range(1, 10_000))


def _call(log: CallLogRepository, debtor_id: int | None = 1, agent: str = "li.na", account: str | None = None) -> int:
    account_id = {CARD_A: 1, CARD_B: 2, OTHERS_CARD: 3}.get(account or "")
    return log.start_call(call_uuid=f"{next(_uuids):032x}", direction="outbound", number="+8613812345678",
                          agent_login=agent, debtor_id=debtor_id, account_id=account_id, script_id=None,
                          script_version=None)


def _ptp(amount: str = "1000", due_on: date = TODAY + timedelta(days=7), card: str = CARD_A) -> CallOutcome:
    return CallOutcome("rpc_ptp", "月底前还款", promise=PromiseTerms(card, Decimal(amount), due_on))


def _plan(needs_approval: bool = False, total: str = "3000.00", card: str = CARD_B) -> AgreedPlan:
    instalments = tuple(AgreedInstalment(n, TODAY + timedelta(days=30 * n), Decimal("1000.00")) for n in (1, 2, 3))
    return AgreedPlan("instalment", card, Decimal(total), instalments, needs_approval)


def _rows(engine, model) -> list:
    with session_factory(engine)() as session:
        return list(session.scalars(select(model).order_by(model.id)))


# -- what each outcome leaves behind ----------------------------------------------------------------------------

def test_a_promise_creates_a_pending_promise_to_pay_with_its_events(follow_ups, log, engine) -> None:
    call_id = _call(log)
    follow_ups.record_outcome(call_id, _ptp(), "li.na", now=NOW)
    (promise,) = _rows(engine, PromiseToPay)
    assert (promise.account_id, promise.call_id, promise.promised_on, promise.due_on, promise.amount,
            promise.status) == (1, call_id, TODAY, TODAY + timedelta(days=7), Decimal("1000.00"), "pending")
    events = log.events(call_id)
    assert [e.kind for e in events] == ["outcome", "promise_recorded"]
    assert events[1].payload == {"promise_id": promise.id, "account": "0011", "amount": "1000",
                                 "due_on": (TODAY + timedelta(days=7)).isoformat()}
    with session_factory(engine)() as session:
        assert session.get(Call, call_id).outcome_code == "rpc_ptp"


def test_an_outcome_is_recorded_once(follow_ups, log) -> None:
    call_id = _call(log)
    follow_ups.record_outcome(call_id, CallOutcome("rpc_refusal"), "li.na", now=NOW)
    with pytest.raises(CallLogError, match="already has outcome"):
        follow_ups.record_outcome(call_id, _ptp(), "li.na", now=NOW)


def test_an_interrupted_call_is_completed_with_its_follow_up(follow_ups, log, engine) -> None:
    call_id = _call(log)
    log.close_interrupted_calls(agent_login="li.na")
    follow_ups.record_outcome(call_id, _ptp(), "li.na", now=NOW)
    assert log.events(call_id)[-2].payload["completes"] == "interrupted"
    assert len(_rows(engine, PromiseToPay)) == 1


def test_a_plan_is_active_or_proposed_for_approval(follow_ups, log, engine) -> None:
    first, second = _call(log), _call(log)
    follow_ups.record_outcome(first, CallOutcome("rpc_hardship", plan=_plan()), "li.na", now=NOW)
    follow_ups.record_outcome(second, CallOutcome("rpc_refusal", plan=_plan(needs_approval=True)), "li.na", now=NOW)
    active, proposed = _rows(engine, PaymentPlan)
    assert (active.status, active.needs_approval, active.total, active.call_id, active.account_id) == (
        "active", False, Decimal("3000.00"), first, 2)
    assert (proposed.status, proposed.needs_approval, proposed.approved_by_id) == ("proposed", True, None)
    instalments = [(i.plan_id, i.sequence, i.amount) for i in _rows(engine, PlanInstalment)]
    assert instalments[:3] == [(active.id, n, Decimal("1000.00")) for n in (1, 2, 3)]
    assert log.events(second)[1].payload == {"plan_id": proposed.id, "kind": "instalment", "account": "0029",
                                             "total": "3000.00", "instalments": 3, "status": "proposed"}


def test_a_callback_is_queued_for_the_agent(follow_ups, log, engine) -> None:
    call_id = _call(log)
    due = NOW + timedelta(hours=3)
    follow_ups.record_outcome(call_id, CallOutcome("rpc_callback", "下班后再打", callback_at=due), "li.na",
                              now=NOW)
    (queued,) = follow_ups.due_callbacks("li.na", NOW)
    assert (queued.debtor_id, queued.debtor_name, queued.due_at, queued.note, queued.call_id) == (
        1, "张伟", due, "下班后再打", call_id)
    assert log.events(call_id)[1].kind == "callback_scheduled"


def test_the_callback_queue_is_the_agents_own_soonest_first_within_the_horizon(follow_ups, log) -> None:
    def schedule(hours: float, agent: str = "li.na", debtor_id: int = 1) -> None:
        outcome = CallOutcome("rpc_callback", callback_at=NOW + timedelta(hours=hours))
        follow_ups.record_outcome(_call(log, debtor_id, agent), outcome, agent, now=NOW)

    for hours in (5, 1, 30):
        schedule(hours)
    schedule(2, debtor_id=2)
    schedule(0.5, agent="wang.qiang")
    later = NOW + timedelta(hours=3)  # the 1-hour callback is now overdue and still listed first
    assert [c.due_at - NOW for c in follow_ups.due_callbacks("li.na", later)] == [
        timedelta(hours=h) for h in (1, 2, 5)]
    assert len(follow_ups.due_callbacks("li.na", NOW, horizon=timedelta(days=2))) == 4
    assert [c.debtor_id for c in follow_ups.due_callbacks("wang.qiang", NOW)] == [1]
    assert follow_ups.due_callbacks("nobody", NOW) == []


def test_a_callback_done_leaves_the_queue(follow_ups, log) -> None:
    follow_ups.record_outcome(_call(log), CallOutcome("rpc_callback", callback_at=NOW + timedelta(hours=1)),
                              "li.na", now=NOW)
    (callback,) = follow_ups.due_callbacks("li.na", NOW)
    with pytest.raises(FollowUpError, match="not with the debtor"):
        follow_ups.mark_callback_done(callback.callback_id, _call(log, debtor_id=2))
    returned = _call(log)
    follow_ups.mark_callback_done(callback.callback_id, returned)
    follow_ups.mark_callback_done(callback.callback_id, returned)  # repeating is harmless
    assert follow_ups.due_callbacks("li.na", NOW) == []
    with pytest.raises(FollowUpError, match="already done"):
        follow_ups.mark_callback_done(callback.callback_id, _call(log))
    with pytest.raises(FollowUpNotFound):
        follow_ups.mark_callback_done(999, returned)


# -- validation ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("outcome", "message"), [
    (CallOutcome("rpc_ptp"), "needs the amount and the date"),
    (_ptp(amount="0"), "must be more than zero"),
    (_ptp(amount="10.001"), "fractions of a cent"),
    (_ptp(due_on=TODAY - timedelta(days=1)), "is in the past"),
    (_ptp(card=OTHERS_CARD), r"Account \*\*\*\* \*\*\*\* \*\*\*\* 0037 is not one of this debtor's accounts"),
    (CallOutcome("rpc_callback"), "needs the date and time"),
    (CallOutcome("rpc_callback", callback_at=datetime(2026, 11, 24, 9, 0)), "no time zone"),
    (CallOutcome("rpc_callback", callback_at=NOW - timedelta(minutes=1)), "already passed"),
    (CallOutcome("rpc_callback", callback_at=NOW + timedelta(days=91)), "more than 90 days ahead"),
    (CallOutcome("cease_contact", callback_at=NOW + timedelta(days=1)), "ends contact"),
    (CallOutcome("rpc_hardship", plan=_plan(total="2999.99")), "add up to 3000.00, not its total of 2999.99"),
    (CallOutcome("rpc_hardship", plan=_plan(card=OTHERS_CARD)), "Choose the account the plan is for"),
])
def test_wrong_details_are_refused_with_what_to_do_and_nothing_is_written(
        follow_ups, log, engine, outcome: CallOutcome, message: str) -> None:
    call_id = _call(log)
    with pytest.raises(OutcomeDetailsInvalid, match=message) as refused:
        follow_ups.record_outcome(call_id, outcome, "li.na", now=NOW)
    assert isinstance(refused.value, ValueError) and str(refused.value).endswith(".")
    assert log.events(call_id) == ()
    assert _rows(engine, PromiseToPay) == _rows(engine, Callback) == _rows(engine, PaymentPlan) == []


def test_a_callback_up_to_90_days_ahead_is_accepted(follow_ups, log) -> None:
    outcome = CallOutcome("rpc_callback", callback_at=NOW + timedelta(days=90))
    follow_ups.record_outcome(_call(log), outcome, "li.na", now=NOW)


def test_a_call_without_a_debtor_takes_plain_outcomes_only(follow_ups, log) -> None:
    follow_ups.record_outcome(_call(log, debtor_id=None), CallOutcome("wrong_number"), "li.na", now=NOW)
    with pytest.raises(OutcomeDetailsInvalid, match="not linked to a debtor"):
        follow_ups.record_outcome(_call(log, debtor_id=None), CallOutcome("cease_contact"), "li.na", now=NOW)


# -- case flags ------------------------------------------------------------------------------------------------

def test_a_dispute_holds_the_disputed_account_only_and_is_not_raised_twice(follow_ups, log) -> None:
    disputed = CallOutcome("rpc_dispute", "金额不对")
    follow_ups.record_outcome(_call(log, account=CARD_B), disputed, "li.na", now=NOW)
    again = _call(log, account=CARD_B)
    follow_ups.record_outcome(again, CallOutcome("rpc_dispute", "still disputed"), "li.na", now=NOW)
    (flag,) = follow_ups.open_flags(1)
    assert (flag.kind, flag.account_number, flag.raised_by, flag.note) == (
        CaseFlag.DISPUTE, CARD_B, "li.na", "金额不对")
    assert [e.kind for e in log.events(again)] == ["outcome"]
    assert follow_ups.collection_hold(1, CARD_B) == flag
    assert follow_ups.collection_hold(1, CARD_A) is None
    assert follow_ups.collection_hold(1) == flag  # collecting on the whole debtor includes the disputed card
    assert follow_ups.flags_for_review() == [flag]


def test_a_dispute_without_an_account_covers_the_debtor(follow_ups, log) -> None:
    call_id = _call(log)
    follow_ups.record_outcome(call_id, CallOutcome("rpc_dispute"), "li.na", now=NOW)
    (flag,) = follow_ups.open_flags(1)
    assert flag.account_number is None and follow_ups.collection_hold(1, CARD_A) == flag
    assert log.events(call_id)[-1].payload == {"flag_id": flag.flag_id, "kind": "dispute", "account": None,
                                               "cancelled_callbacks": []}


def test_a_cleared_flag_stops_holding_and_can_be_raised_again(follow_ups, log) -> None:
    follow_ups.record_outcome(_call(log), CallOutcome("rpc_hardship", "失业"), "li.na", now=NOW)
    (flag,) = follow_ups.open_flags(1)
    with pytest.raises(ValueError, match="Say why"):
        follow_ups.clear_flag(flag.flag_id, "zhao.qa", " ")
    follow_ups.clear_flag(flag.flag_id, "zhao.qa", "已复工，收入证明已核实", now=NOW + timedelta(days=30))
    assert follow_ups.open_flags(1) == [] and follow_ups.collection_hold(1) is None
    with pytest.raises(FollowUpError, match="already cleared"):
        follow_ups.clear_flag(flag.flag_id, "zhao.qa", "again")
    with pytest.raises(FollowUpNotFound):
        follow_ups.clear_flag(999, "zhao.qa", "no such flag")
    follow_ups.record_outcome(_call(log), CallOutcome("rpc_hardship"), "li.na", now=NOW + timedelta(days=40))
    assert len(follow_ups.open_flags(1)) == 1


def test_cease_contact_is_honoured_callbacks_cancelled_and_refused(follow_ups, log, engine) -> None:
    in_two_hours = CallOutcome("rpc_callback", callback_at=NOW + timedelta(hours=2))
    follow_ups.record_outcome(_call(log), in_two_hours, "li.na", now=NOW)
    follow_ups.record_outcome(_call(log, debtor_id=2), in_two_hours, "li.na", now=NOW)
    stop = _call(log)
    follow_ups.record_outcome(stop, CallOutcome("cease_contact", "请勿再来电"), "li.na", now=NOW)
    assert [c.debtor_id for c in follow_ups.due_callbacks("li.na", NOW)] == [2]
    assert log.events(stop)[-1].payload["cancelled_callbacks"] == [1]
    hold = follow_ups.collection_hold(1)
    assert hold is not None and hold.kind is CaseFlag.CEASE_CONTACT and hold.call_id == stop
    with pytest.raises(OutcomeDetailsInvalid, match="flagged 'cease_contact'.*no callback can be scheduled"):
        follow_ups.record_outcome(_call(log), CallOutcome("rpc_callback", callback_at=NOW + timedelta(hours=5)),
                                  "li.na", now=NOW)


def test_the_most_serious_open_flag_is_the_hold(follow_ups, log) -> None:
    for code in ("rpc_dispute", "rpc_hardship", "bankruptcy_legal"):
        follow_ups.record_outcome(_call(log), CallOutcome(code), "li.na", now=NOW)
    assert [f.kind for f in follow_ups.open_flags(1)] == [CaseFlag.DISPUTE, CaseFlag.HARDSHIP, CaseFlag.LEGAL]
    assert follow_ups.collection_hold(1).kind is CaseFlag.LEGAL
    assert follow_ups.collection_hold(2) is None


# -- promises judged from payments -----------------------------------------------------------------------------

def _promise(engine, amount: str, promised_on: date, due_on: date, account_id: int = 1) -> int:
    with session_factory(engine).begin() as session:
        promise = PromiseToPay(account_id=account_id, promised_on=promised_on, due_on=due_on, amount=Decimal(amount))
        session.add(promise)
        session.flush()
        return promise.id


def _pay(engine, amount: str, paid_on: date, account_id: int = 1) -> None:
    with session_factory(engine).begin() as session:
        session.add(Payment(account_id=account_id, paid_on=paid_on, amount=Decimal(amount), channel="alipay"))


def _statuses(engine) -> dict[int, str]:
    return {p.id: p.status for p in _rows(engine, PromiseToPay)}


def test_promises_become_kept_or_broken_from_the_payments(follow_ups, engine, monkeypatch) -> None:
    monkeypatch.setattr("app.db.outcome_repository.EVALUATION_BATCH", 2)  # several batches
    d = date(2026, 11, 1)
    kept_in_full = _promise(engine, "500", d, d + timedelta(days=10), account_id=1)
    _pay(engine, "500", d + timedelta(days=3), account_id=1)
    kept_in_parts = _promise(engine, "300", d, d + timedelta(days=10), account_id=2)
    _pay(engine, "100", d + timedelta(days=2), account_id=2)
    _pay(engine, "200", d + timedelta(days=12), account_id=2)  # inside the 3 days of grace
    broken = _promise(engine, "800", d, d + timedelta(days=5), account_id=3)
    _pay(engine, "800", d - timedelta(days=1), account_id=3)  # before the promise: does not count
    _pay(engine, "800", d + timedelta(days=9), account_id=3)  # after due + grace: too late
    within_grace = _promise(engine, "100", d, d + timedelta(days=18), account_id=3)  # later promise: pays above count
    not_due = _promise(engine, "900", d + timedelta(days=15), d + timedelta(days=30), account_id=1)
    today = d + timedelta(days=20)

    assert follow_ups.evaluate_promises(today, grace_days=3) == 4
    assert _statuses(engine) == {kept_in_full: "kept", kept_in_parts: "kept", broken: "broken",
                                 within_grace: "kept", not_due: "pending"}
    assert follow_ups.evaluate_promises(today, grace_days=3) == 0
    assert follow_ups.evaluate_promises(d + timedelta(days=34), grace_days=3) == 1
    assert _statuses(engine)[not_due] == "broken"


def test_a_promise_within_its_grace_days_stays_pending(follow_ups, engine) -> None:
    d = date(2026, 11, 1)
    promise = _promise(engine, "500", d, d + timedelta(days=5))
    assert follow_ups.evaluate_promises(d + timedelta(days=8), grace_days=3) == 0
    assert follow_ups.evaluate_promises(d + timedelta(days=9), grace_days=3) == 1
    assert _statuses(engine)[promise] == "broken"
    with pytest.raises(ValueError, match="grace_days"):
        follow_ups.evaluate_promises(d, grace_days=-1)


def test_a_recorded_promise_is_kept_by_a_later_payment(follow_ups, log, engine) -> None:
    follow_ups.record_outcome(_call(log), _ptp(amount="1000"), "li.na", now=NOW)
    _pay(engine, "1000", TODAY + timedelta(days=2))
    assert follow_ups.evaluate_promises(TODAY + timedelta(days=2), grace_days=3) == 1
    assert _statuses(engine) == {1: "kept"}


# -- schema --------------------------------------------------------------------------------------------------

def test_the_case_flag_and_plan_vocabularies_match_the_domain() -> None:
    from app.domain.follow_ups import PLAN_KINDS

    assert models.CASE_FLAG_KINDS == tuple(flag.value for flag in CaseFlag)
    assert models.PLAN_KINDS == PLAN_KINDS


def test_migration_0003_downgrades_and_upgrades_keeping_existing_plans(engine, log) -> None:
    call_id = _call(log)
    with session_factory(engine).begin() as session:
        session.add(PaymentPlan(account_id=1, kind="deferral", status="active", total=Decimal(700), call_id=call_id))
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # as app.db.migrate does for batch copies
        connection.commit()
        with connection.begin():
            command.downgrade(alembic_config(connection), "0002")
    with engine.connect() as connection:
        tables = {row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        plan_columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(payment_plans)")}
    assert "case_flags" not in tables and "needs_approval" not in plan_columns
    upgrade_to_head(engine)
    (plan,) = _rows(engine, PaymentPlan)
    assert (plan.kind, plan.needs_approval, plan.total, plan.call_id) == ("deferral", False, None, None)
    with session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(models.RaisedCaseFlag)) == 0
