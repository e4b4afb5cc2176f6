"""Follow-ups of call outcomes: promises to pay, callbacks, agreed plans and case flags.

``record_outcome`` writes the call's outcome and everything it leads to in one transaction, each follow-up
with its own call-log event, so the log says what the call left behind. Later:
- ``evaluate_promises`` turns pending promises into kept or broken from the accounts' payments;
- ``due_callbacks`` is the agent's callback queue, ``mark_callback_done`` takes an entry off it;
- ``open_flags``, ``collection_hold``, ``flags_for_review`` and ``clear_flag`` are the case flags: a dispute
  stops collection on its account until a review clears it; hardship, cease-contact, deceased and legal stop it
  on the whole debtor (the last three also cancel the debtor's pending callbacks).
Promises, callbacks and plans change status over time; flags are cleared, never deleted.
"""

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, Select, and_, bindparam, exists, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased, sessionmaker

from app.db.call_log_repository import CallNotFound, agent_id_for, insert_call_event, write_outcome
from app.db.models import (
    Account,
    Agent,
    Call,
    Callback,
    Debtor,
    Payment,
    PaymentPlan,
    PlanInstalment,
    PromiseToPay,
    RaisedCaseFlag,
    utc_now,
)
from app.domain.call_log import CallEventKind
from app.domain.call_outcome import CallOutcome
from app.domain.follow_ups import (
    ACCOUNT_SCOPED,
    ENDS_CONTACT,
    CallbackView,
    CaseFlagView,
    OutcomeDetailsInvalid,
    check_outcome_details,
    hold_rank,
)
from app.domain.masking import mask_card_number
from app.domain.outcomes import CaseFlag, OutcomeCode, outcome_for
from app.domain.promise_status import PromiseStatus, evaluate_promise

log = logging.getLogger(__name__)

EVALUATION_BATCH = 1000


class FollowUpError(Exception):
    """A follow-up change that breaks its rules (callback already done, flag already cleared, ...)."""


class FollowUpNotFound(FollowUpError, LookupError):
    pass


@dataclass(frozen=True)
class _CallContext:
    """What the follow-ups of one outcome share: the locked call, its debtor's accounts, who records it."""

    session: Session
    call: Call
    debtor_id: int  # 0 for a call with no debtor: such a call has no follow-ups (``_context`` refuses them)
    accounts: dict[str, int]  # account number -> id, of the call's debtor
    agent_id: int
    now: datetime

    def event(self, kind: CallEventKind, payload: dict[str, Any]) -> None:
        insert_call_event(self.session, self.call.id, kind, payload)

    def last_four(self, account_id: int | None) -> str | None:
        return next((number[-4:] for number, id_ in self.accounts.items() if id_ == account_id), None)


class FollowUpRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def record_outcome(self, call_id: int, outcome: CallOutcome, agent_login: str, *,
                       now: datetime | None = None) -> None:
        """The agent's outcome and its follow-ups, all or nothing.

        Raises OutcomeDetailsInvalid (a ValueError; its message is for the agent) when a detail is missing or
        wrong, CallNotFound, and CallLogError when the call already has an outcome. A call that a crash left
        as ``interrupted`` is completed (the one permitted change of an outcome).
        """
        now = now or utc_now()
        check_outcome_details(outcome, now)
        with self._sessions.begin() as session:
            context = _context(session, call_id, outcome, agent_login, now)
            completes = context.call.outcome_code == OutcomeCode.INTERRUPTED.value
            write_outcome(session, call_id, outcome.code, outcome.note, completes_interrupted=completes)
            if outcome.promise is not None:
                _record_promise(context, outcome)
            if outcome.callback_at is not None:
                _schedule_callback(context, outcome.callback_at, outcome.note)
            if outcome.plan is not None:
                _record_plan(context, outcome)
            flag = outcome_for(outcome.code).raises_flag
            if flag is not None:
                _raise_flag(context, flag, _flag_account(context, flag, outcome), outcome.note)

    def evaluate_promises(self, today: date, grace_days: int) -> int:
        """Judge pending promises from their accounts' payments; returns how many became kept or broken.

        Reads only pending promises that are past ``due_on + grace_days`` or whose account had a payment since
        the promise, in batches of EVALUATION_BATCH, one transaction each (a rerun simply continues).
        """
        if isinstance(grace_days, bool) or not isinstance(grace_days, int) or grace_days < 0:
            raise ValueError(f"grace_days must be a whole number of 0 or more; got {grace_days!r}")
        cutoff = today - timedelta(days=grace_days)
        changed, after_id = 0, 0
        while True:
            with self._sessions.begin() as session:
                batch = session.execute(_promises_to_judge(cutoff, after_id)).all()
                if not batch:
                    return changed
                updates = _judged(batch, _payments_since_promise(session, [row.id for row in batch]), today,
                                  grace_days)
                if updates:
                    session.connection().execute(_SET_PROMISE_STATUS, updates)
                changed += len(updates)
                after_id = batch[-1].id

    def due_callbacks(self, agent_login: str, now: datetime,
                      horizon: timedelta = timedelta(hours=12)) -> list[CallbackView]:
        """The agent's pending callbacks due before ``now + horizon`` (overdue ones included), soonest first."""
        query = (
            select(Callback.id, Callback.debtor_id, Debtor.full_name, Callback.due_at, Callback.note,
                   Callback.call_id)
            .join(Debtor, Callback.debtor_id == Debtor.id)
            .where(Callback.agent_id == select(Agent.id).where(Agent.login == agent_login).scalar_subquery(),
                   Callback.status == "pending", Callback.due_at < now + horizon)
            .order_by(Callback.due_at, Callback.id)
        )
        with self._sessions() as session:
            return [CallbackView(id_, debtor_id, name, due_at, note or "", call_id)
                    for id_, debtor_id, name, due_at, note, call_id in session.execute(query).tuples()]

    def mark_callback_done(self, callback_id: int, call_id: int) -> None:
        """The callback was made, by call ``call_id`` (to the same debtor). Repeating it is harmless."""
        with self._sessions.begin() as session:
            callback = session.get(Callback, callback_id, with_for_update=True)
            if callback is None:
                raise FollowUpNotFound(f"callback {callback_id} does not exist")
            call = session.get(Call, call_id)
            if call is None:
                raise CallNotFound(f"call {call_id} does not exist")
            if call.debtor_id != callback.debtor_id:
                raise FollowUpError(f"call {call_id} was not with the debtor of callback {callback_id}")
            if callback.status == "done" and callback.done_call_id == call_id:
                return
            if callback.status != "pending":
                raise FollowUpError(f"callback {callback_id} is already {callback.status}")
            callback.status, callback.done_call_id = "done", call_id

    def open_flags(self, debtor_id: int) -> list[CaseFlagView]:
        """The debtor's open case flags, oldest first."""
        with self._sessions() as session:
            return _flag_views(session, _open_flags().where(RaisedCaseFlag.debtor_id == debtor_id))

    def flags_for_review(self, kind: CaseFlag = CaseFlag.DISPUTE, limit: int = 200) -> list[CaseFlagView]:
        """Open flags of one kind over all debtors, oldest first: the review queue (disputes by default)."""
        with self._sessions() as session:
            return _flag_views(session, _open_flags().where(RaisedCaseFlag.kind == kind.value).limit(limit))

    def collection_hold(self, debtor_id: int, account_number: str | None = None) -> CaseFlagView | None:
        """The open flag that says "do not collect", the most serious one when several are open.

        Debtor-wide flags always hold. A flag on an account (a dispute) holds collection on that account; when
        no account is named, it holds too: collecting "on the debtor" would include the disputed item.
        """
        holds = [flag for flag in self.open_flags(debtor_id)
                 if account_number is None or flag.account_number in (None, account_number)]
        return min(holds, key=lambda flag: (hold_rank(flag.kind), flag.raised_at, flag.flag_id), default=None)

    def clear_flag(self, flag_id: int, agent_login: str, note: str, *, now: datetime | None = None) -> None:
        """Close a flag after review: who, when and why are kept on the flag. ``note`` (the why) is required."""
        if not note.strip():
            raise ValueError("Say why the flag is cleared (the review's result), so the record shows it.")
        with self._sessions.begin() as session:
            flag = session.get(RaisedCaseFlag, flag_id, with_for_update=True)
            if flag is None:
                raise FollowUpNotFound(f"case flag {flag_id} does not exist")
            if flag.cleared_at is not None:
                raise FollowUpError(f"case flag {flag_id} was already cleared at {flag.cleared_at.isoformat()}")
            flag.cleared_at, flag.cleared_by_id = now or utc_now(), agent_id_for(session, agent_login)
            flag.clear_note = note.strip()
        log.info("case flag %d (%s) cleared by %s", flag_id, flag.kind, agent_login)


# -- record_outcome -------------------------------------------------------------------------------------------

def _context(session: Session, call_id: int, outcome: CallOutcome, agent_login: str, now: datetime) -> _CallContext:
    """Lock the call and check what needs the database; raises OutcomeDetailsInvalid before anything is written."""
    call = session.scalar(select(Call).where(Call.id == call_id).with_for_update())
    if call is None:
        raise CallNotFound(f"call {call_id} does not exist")
    follow_up = (outcome.promise, outcome.callback_at, outcome.plan, outcome_for(outcome.code).raises_flag)
    if call.debtor_id is None:
        if any(detail is not None for detail in follow_up):
            raise OutcomeDetailsInvalid("This call is not linked to a debtor, so its follow-up cannot be recorded. "
                                        "Open the debtor's record for this call first.")
        return _CallContext(session, call, 0, {}, agent_id_for(session, agent_login), now)
    accounts = dict(session.execute(
        select(Account.account_number, Account.id).where(Account.debtor_id == call.debtor_id)).tuples().all())
    for terms, what in ((outcome.promise, "promise"), (outcome.plan, "plan")):
        if terms is not None and terms.account_number not in accounts:
            raise OutcomeDetailsInvalid(f"Account {mask_card_number(terms.account_number)} is not one of this "
                                        f"debtor's accounts. Choose the account the {what} is for.")
    if outcome.callback_at is not None:
        _refuse_callback_after_contact_ended(session, call.debtor_id)
    return _CallContext(session, call, call.debtor_id, accounts, agent_id_for(session, agent_login), now)


def _refuse_callback_after_contact_ended(session: Session, debtor_id: int) -> None:
    kinds = [kind.value for kind in ENDS_CONTACT]
    flag = session.scalar(_open_flags().where(RaisedCaseFlag.debtor_id == debtor_id,
                                              RaisedCaseFlag.kind.in_(kinds)).limit(1))
    if flag is not None:
        raise OutcomeDetailsInvalid(
            f"This debtor's case is flagged '{flag.kind}' since {flag.raised_at:%Y-%m-%d}, so no callback can be "
            "scheduled. Remove the callback time; if the flag no longer applies, have it cleared first.")


def _record_promise(context: _CallContext, outcome: CallOutcome) -> None:
    assert outcome.promise is not None
    terms = outcome.promise
    promise = PromiseToPay(account_id=context.accounts[terms.account_number], call_id=context.call.id,
                           promised_on=context.now.astimezone().date(), due_on=terms.due_on, amount=terms.amount,
                           status=PromiseStatus.PENDING.value)
    context.session.add(promise)
    context.session.flush()
    context.event(CallEventKind.PROMISE_RECORDED, {
        "promise_id": promise.id, "account": terms.account_number[-4:], "amount": str(terms.amount),
        "due_on": terms.due_on.isoformat(),
    })


def _schedule_callback(context: _CallContext, due_at: datetime, note: str) -> None:
    callback = Callback(debtor_id=context.debtor_id, call_id=context.call.id, agent_id=context.agent_id,
                        due_at=due_at, status="pending", note=note or None)
    context.session.add(callback)
    context.session.flush()
    context.event(CallEventKind.CALLBACK_SCHEDULED, {"callback_id": callback.id, "due_at": due_at.isoformat()})


def _record_plan(context: _CallContext, outcome: CallOutcome) -> None:
    assert outcome.plan is not None
    agreed = outcome.plan
    plan = PaymentPlan(account_id=context.accounts[agreed.account_number], kind=agreed.kind,
                       created_at=context.now, status="proposed" if agreed.needs_approval else "active",
                       call_id=context.call.id, total=agreed.total, needs_approval=agreed.needs_approval)
    context.session.add(plan)
    context.session.flush()
    context.session.add_all(PlanInstalment(plan_id=plan.id, sequence=i.sequence, due_on=i.due_on, amount=i.amount)
                            for i in agreed.instalments)
    context.event(CallEventKind.PLAN_AGREED, {
        "plan_id": plan.id, "kind": agreed.kind, "account": agreed.account_number[-4:], "total": str(agreed.total),
        "instalments": len(agreed.instalments), "status": plan.status,
    })


def _flag_account(context: _CallContext, flag: CaseFlag, outcome: CallOutcome) -> int | None:
    """A dispute is on the promise's, the plan's or the call's account when there is one; other flags cover the
    debtor."""
    if flag not in ACCOUNT_SCOPED:
        return None
    for terms in (outcome.promise, outcome.plan):
        if terms is not None:
            return context.accounts[terms.account_number]
    return context.call.account_id if context.call.account_id in context.accounts.values() else None


def _raise_flag(context: _CallContext, kind: CaseFlag, account_id: int | None, note: str) -> None:
    """Raise the flag unless the same one is open already (then nothing is written)."""
    session = context.session
    same = _open_flags().where(RaisedCaseFlag.debtor_id == context.debtor_id, RaisedCaseFlag.kind == kind.value,
                               RaisedCaseFlag.account_id.is_(None) if account_id is None
                               else RaisedCaseFlag.account_id == account_id)
    if session.scalar(same.limit(1)) is not None:
        return
    flag = RaisedCaseFlag(debtor_id=context.debtor_id, account_id=account_id, kind=kind.value, raised_at=context.now,
                          raised_by_id=context.agent_id, call_id=context.call.id, note=note)
    try:
        with session.begin_nested():
            session.add(flag)
    except IntegrityError:  # another seat raised the same flag a moment ago
        return
    cancelled = _cancel_pending_callbacks(session, context.debtor_id) if kind in ENDS_CONTACT else []
    context.event(CallEventKind.FLAG_RAISED, {"flag_id": flag.id, "kind": kind.value,
                                              "account": context.last_four(account_id),
                                              "cancelled_callbacks": cancelled})
    log.info("case flag %s raised on debtor %d by call %d", kind.value, context.debtor_id, context.call.id)


def _cancel_pending_callbacks(session: Session, debtor_id: int) -> list[int]:
    ids = list(session.scalars(select(Callback.id).where(Callback.debtor_id == debtor_id,
                                                          Callback.status == "pending").order_by(Callback.id)))
    if ids:
        session.execute(update(Callback).where(Callback.id.in_(ids)).values(status="cancelled"),
                        execution_options={"synchronize_session": False})
    return ids


# -- evaluate_promises ----------------------------------------------------------------------------------------

def _promises_to_judge(cutoff: date, after_id: int) -> Select[Any]:
    paid_since_promise = exists().where(Payment.account_id == PromiseToPay.account_id,
                                        Payment.paid_on >= PromiseToPay.promised_on)
    return (
        select(PromiseToPay.id, PromiseToPay.amount, PromiseToPay.promised_on, PromiseToPay.due_on)
        .where(PromiseToPay.status == PromiseStatus.PENDING.value, PromiseToPay.id > after_id,
               or_(PromiseToPay.due_on < cutoff, paid_since_promise))
        .order_by(PromiseToPay.id)
        .limit(EVALUATION_BATCH)
    )


def _payments_since_promise(session: Session, promise_ids: Sequence[int]) -> dict[int, list[tuple[date, Decimal]]]:
    """Each promise's account's payments from the day of the promise on (reversals, below zero, left out)."""
    rows = session.execute(
        select(PromiseToPay.id, Payment.paid_on, Payment.amount)
        .join(Payment, and_(Payment.account_id == PromiseToPay.account_id,
                            Payment.paid_on >= PromiseToPay.promised_on))
        .where(PromiseToPay.id.in_(promise_ids), Payment.amount >= 0)
    ).tuples()
    payments: dict[int, list[tuple[date, Decimal]]] = {}
    for promise_id, paid_on, amount in rows:
        payments.setdefault(promise_id, []).append((paid_on, amount))
    return payments


def _judged(batch: Sequence[Row[Any]], payments: dict[int, list[tuple[date, Decimal]]], today: date,
            grace_days: int) -> list[dict[str, Any]]:
    updates = []
    for row in batch:
        try:
            status = evaluate_promise(row.amount, row.promised_on, row.due_on, payments.get(row.id, ()), today,
                                      grace_days)
        except ValueError as error:  # a row no agent could have written (e.g. due before promised): leave it
            log.warning("promise %d cannot be evaluated: %s", row.id, error)
            continue
        if status is not PromiseStatus.PENDING:
            updates.append({"promise_id": row.id, "new_status": status.value})
    return updates


_SET_PROMISE_STATUS = (
    update(PromiseToPay.__table__)  # type: ignore[arg-type]  # a Table at run time; the declarative stub says FromClause
    .where(PromiseToPay.__table__.c.id == bindparam("promise_id"),
           PromiseToPay.__table__.c.status == PromiseStatus.PENDING.value)
    .values(status=bindparam("new_status"))
)


# -- case flags -----------------------------------------------------------------------------------------------

def _open_flags() -> Select[tuple[RaisedCaseFlag]]:
    return select(RaisedCaseFlag).where(RaisedCaseFlag.cleared_at.is_(None))


def _flag_views(session: Session, flags: Select[tuple[RaisedCaseFlag]]) -> list[CaseFlagView]:
    raiser = aliased(Agent)
    query = (
        flags.add_columns(Account.account_number, raiser.login)
        .outerjoin(Account, RaisedCaseFlag.account_id == Account.id)
        .join(raiser, RaisedCaseFlag.raised_by_id == raiser.id)
        .order_by(RaisedCaseFlag.raised_at, RaisedCaseFlag.id)
    )
    return [
        CaseFlagView(flag.id, flag.debtor_id, CaseFlag(flag.kind), account_number, flag.raised_at, login,
                     flag.call_id, flag.note)
        for flag, account_number, login in session.execute(query).tuples()
    ]
