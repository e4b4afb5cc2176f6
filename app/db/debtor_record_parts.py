"""The parts of a debtor record beyond accounts and calls: plans, notes, open case flags.

``with_record_parts`` is called by ``DebtorRepository.record`` inside its session, so the record is one read.
"""

from dataclasses import replace

from sqlalchemy import BindParameter, bindparam, select
from sqlalchemy.orm import Session, aliased

from app.db.models import Account, Agent, Note, PaymentPlan, PlanInstalment, RaisedCaseFlag
from app.domain.debtors import DebtorRecord, NoteView, PlanInstalmentView, PlanView
from app.domain.follow_ups import CaseFlagView
from app.domain.outcomes import CaseFlag

_FLAG_RAISER = aliased(Agent)  # built once: a new alias per call costs more than the query
NOTES_LIMIT = 500
PLANS_LIMIT = 100
# Built once with the debtor as a parameter (see debtor_record_reader: building one costs more than running it).
_DEBTOR_ID: BindParameter[int] = bindparam("debtor_id")
_PLANS = (
    select(PaymentPlan.id, Account.account_number, Account.currency, PaymentPlan.kind, PaymentPlan.status,
           PaymentPlan.created_at, PaymentPlan.total, PaymentPlan.needs_approval)
    .join(Account, PaymentPlan.account_id == Account.id)
    .where(Account.debtor_id == _DEBTOR_ID)
    .order_by(PaymentPlan.created_at.desc(), PaymentPlan.id.desc())
    .limit(PLANS_LIMIT)
)
_NOTES = (
    select(Note.id, Note.debtor_id, Agent.display_name, Note.created_at, Note.body, Note.call_id)
    .join(Agent, Note.author_id == Agent.id)
    .where(Note.debtor_id == _DEBTOR_ID)
    .order_by(Note.created_at.desc(), Note.id.desc())
    .limit(NOTES_LIMIT)
)
_OPEN_FLAGS = (
    select(RaisedCaseFlag.id, RaisedCaseFlag.debtor_id, RaisedCaseFlag.kind, Account.account_number,
           RaisedCaseFlag.raised_at, _FLAG_RAISER.login, RaisedCaseFlag.call_id, RaisedCaseFlag.note)
    .outerjoin(Account, RaisedCaseFlag.account_id == Account.id)
    .join(_FLAG_RAISER, RaisedCaseFlag.raised_by_id == _FLAG_RAISER.id)
    .where(RaisedCaseFlag.debtor_id == _DEBTOR_ID, RaisedCaseFlag.cleared_at.is_(None))
    .order_by(RaisedCaseFlag.raised_at, RaisedCaseFlag.id)
)


def with_record_parts(session: Session, record: DebtorRecord) -> DebtorRecord:
    debtor_id = record.debtor_id
    return replace(
        record,
        plans=plans(session, debtor_id),
        notes=notes(session, debtor_id),
        open_flags=open_flags(session, debtor_id),
    )


def plans(session: Session, debtor_id: int) -> tuple[PlanView, ...]:
    """The debtor's plans on every account, newest first, each with its payments in order."""
    rows = session.connection().execute(_PLANS, {"debtor_id": debtor_id}).tuples().all()
    if not rows:
        return ()
    instalments: dict[int, list[PlanInstalmentView]] = {}
    instalment_rows = session.execute(
        select(PlanInstalment.plan_id, PlanInstalment.sequence, PlanInstalment.due_on, PlanInstalment.amount)
        .where(PlanInstalment.plan_id.in_([row[0] for row in rows]))
        .order_by(PlanInstalment.plan_id, PlanInstalment.sequence)
    ).tuples()
    for plan_id, sequence, due_on, amount in instalment_rows:
        instalments.setdefault(plan_id, []).append(PlanInstalmentView(sequence, due_on, amount))
    return tuple(
        PlanView(plan_id, number, currency, kind, status, created_at, total, needs_approval,
                 tuple(instalments.get(plan_id, ())))
        for plan_id, number, currency, kind, status, created_at, total, needs_approval in rows
    )


def notes(session: Session, debtor_id: int) -> tuple[NoteView, ...]:
    """The debtor's notes, newest first, with the author's display name."""
    rows = session.connection().execute(_NOTES, {"debtor_id": debtor_id}).tuples()
    return tuple(NoteView(*row) for row in rows)


def note_view(note: Note, author_name: str) -> NoteView:
    return NoteView(note_id=note.id, debtor_id=note.debtor_id, author_name=author_name, created_at=note.created_at,
                    body=note.body, call_id=note.call_id)


def open_flags(session: Session, debtor_id: int) -> tuple[CaseFlagView, ...]:
    """Open case flags, oldest first (the same view FollowUpRepository.open_flags gives)."""
    rows = session.connection().execute(_OPEN_FLAGS, {"debtor_id": debtor_id}).tuples()
    return tuple(
        CaseFlagView(flag_id, flag_debtor, CaseFlag(kind), number, raised_at, login, call_id, note)
        for flag_id, flag_debtor, kind, number, raised_at, login, call_id, note in rows
    )
