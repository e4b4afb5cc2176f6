"""The debtor record's plans, notes, flags and recordings, and the notes writer: run on SQLite and PostgreSQL."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import Engine, func, select

from app.db.append_only import AppendOnlyViolation
from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorNotFound, DebtorRepository
from app.db.engine import session_factory
from app.db.models import Account, Debtor, Note, PaymentPlan, PlanInstalment
from app.db.notes_repository import NoteRejected, NotesRepository
from app.db.outcome_repository import FollowUpRepository
from app.domain.call_outcome import CallOutcome
from app.domain.debtors import NOTE_MAX_CHARS
from app.domain.outcomes import CaseFlag

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)
CARD_A, CARD_B = "6225880000000011", "6225880000000029"


def seed(engine: Engine) -> tuple[int, int]:
    """Two debtors; the first with two cards, two calls (one recorded), a plan and a dispute on card B."""
    sessions = session_factory(engine)
    with sessions.begin() as session:
        for name, cards in (("张伟", (CARD_A, CARD_B)), ("Emily Clark", ("6222020000000037",))):
            debtor = Debtor(full_name=name, national_id="11010519491231002X")
            session.add(debtor)
            session.flush()
            session.add_all(Account(debtor_id=debtor.id, account_number=card, product="信用卡",
                                    principal=Decimal(5000), total_due=Decimal(5000), minimum_due=Decimal(500),
                                    due_date=date(2026, 10, 1), days_past_due=53, bucket="M2") for card in cards)
    log = CallLogRepository(sessions)
    log.ensure_agent("li.na", "李娜")
    calls = [log.start_call(call_uuid=f"{i}" * 36, direction="outbound", number="+8613812345678",
                            agent_login="li.na", debtor_id=1, account_id=1, script_id=None, script_version=None)
             for i in (1, 2)]
    log.set_recording(calls[1], "/recordings/2.wav", "ab" * 32, 61_000)
    for call_id in calls:
        log.set_outcome(call_id, "no_answer", "")
    dispute_call = log.start_call(call_uuid="3" * 36, direction="outbound", number="+8613812345678",
                                  agent_login="li.na", debtor_id=1, account_id=2, script_id=None, script_version=None)
    FollowUpRepository(sessions).record_outcome(
        dispute_call, CallOutcome("rpc_dispute", "金额不对"), "li.na", now=NOW)
    with sessions.begin() as session:
        plan = PaymentPlan(account_id=1, kind="instalment", status="active", total=Decimal("3000.00"),
                           created_at=NOW - timedelta(days=3))
        session.add(plan)
        session.flush()
        session.add_all(PlanInstalment(plan_id=plan.id, sequence=n, due_on=date(2026, 12, 1) + timedelta(days=30 * n),
                                       amount=Decimal("1000.00")) for n in (3, 1, 2))
    return calls[0], calls[1]


def check_record_parts_and_notes(engine: Engine) -> None:
    first_call, recorded_call = seed(engine)
    sessions = session_factory(engine)
    notes = NotesRepository(sessions)
    older = notes.add_note(1, "li.na", "  答应下周一回电  ", now=NOW)
    newer = notes.add_note(1, "wang.qiang", "Debtor asked for letters only", call_id=first_call,
                           now=NOW + timedelta(minutes=5))
    assert (older.body, older.author_name, older.created_at) == ("答应下周一回电", "李娜", NOW)
    assert (newer.author_name, newer.call_id) == ("wang.qiang", first_call)  # author created on first use

    record = DebtorRepository(sessions).record(1)
    assert [n.note_id for n in record.notes] == [newer.note_id, older.note_id]
    (plan,) = record.plans
    assert (plan.account_number, plan.kind, plan.status, plan.total, plan.currency) == (
        CARD_A, "instalment", "active", Decimal("3000.00"), "CNY")
    assert [i.sequence for i in plan.instalments] == [1, 2, 3]
    (flag,) = record.open_flags
    assert (flag.kind, flag.account_number, flag.raised_by) == (CaseFlag.DISPUTE, CARD_B, "li.na")
    recorded = {entry.call_id: entry.recording_path for entry in record.contact_history}
    assert recorded[recorded_call] == "/recordings/2.wav" and recorded[first_call] is None
    other = DebtorRepository(sessions).record(2)
    assert (other.notes, other.plans, other.open_flags) == ((), (), ())

    for body in ("   ", "x" * (NOTE_MAX_CHARS + 1)):
        with pytest.raises(NoteRejected):
            notes.add_note(1, "li.na", body)
    with pytest.raises(NoteRejected, match="not a call with this debtor"):
        notes.add_note(2, "li.na", "wrong call", call_id=first_call)
    with pytest.raises(DebtorNotFound):
        notes.add_note(99, "li.na", "nobody")
    with sessions() as session:
        assert session.scalar(select(func.count(Note.id))) == 2
        note = session.get(Note, older.note_id)
        assert note is not None
        note.body = "changed"
        with pytest.raises(AppendOnlyViolation):
            session.flush()
