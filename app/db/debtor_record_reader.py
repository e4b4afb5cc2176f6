"""A debtor's record as the screen pop and the record view show it: the debtor, phones, accounts, payments,
promises and contact history, read as plain rows.

The screen pop reads this between an INVITE and the record on screen (budget 30 ms, on a machine the agent shares
with a browser and the CRM), so the statements are built once, here, with the debtor's id as a parameter, and run
on the Core connection: building a statement and its cache key cost ~7x its execution (0.2 ms against 0.03 ms),
and loading ORM entities more again. Plans, notes and open flags: ``debtor_record_parts``.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, case, select

from app.db.call_log_repository import INTERRUPTED_END_REASON
from app.db.models import Account, Agent, Call, Debtor, DebtorPhone, Payment, PromiseToPay
from app.domain.debtors import AccountView, ContactHistoryEntry, DebtorRecord, PaymentView, PhoneOnFile, PromiseView

CONTACT_HISTORY_LIMIT = 500

_DEBTOR_ID: BindParameter[int] = bindparam("debtor_id")
_DEBTOR = select(Debtor.id, Debtor.full_name, Debtor.national_id, Debtor.language, Debtor.time_zone,
                 Debtor.address).where(Debtor.id == _DEBTOR_ID)
_PHONES = (  # the debtor's own mobile first, then their own other phones, then others' phones; oldest first
    select(DebtorPhone.number, DebtorPhone.phone_type, DebtorPhone.owner, DebtorPhone.owner_name)
    .where(DebtorPhone.debtor_id == _DEBTOR_ID)
    .order_by(case((DebtorPhone.owner == "self", 0), else_=1), case((DebtorPhone.phone_type == "mobile", 0), else_=1),
              DebtorPhone.id)
)
_ACCOUNTS = (  # in AccountView's field order; the worst first
    select(Account.account_number, Account.product, Account.principal, Account.interest, Account.fees,
           Account.total_due, Account.minimum_due, Account.due_date, Account.days_past_due, Account.bucket,
           Account.currency)
    .where(Account.debtor_id == _DEBTOR_ID)
    .order_by(Account.days_past_due.desc(), Account.account_number)
)
_PAYMENTS = (
    select(Account.account_number, Payment.paid_on, Payment.amount, Payment.channel)
    .join(Account, Payment.account_id == Account.id)
    .where(Account.debtor_id == _DEBTOR_ID)
    .order_by(Payment.paid_on.desc(), Payment.id.desc())
)
_PROMISES = (
    select(Account.account_number, PromiseToPay.promised_on, PromiseToPay.due_on, PromiseToPay.amount,
           PromiseToPay.status)
    .join(Account, PromiseToPay.account_id == Account.id)
    .where(Account.debtor_id == _DEBTOR_ID)
    .order_by(PromiseToPay.promised_on.desc(), PromiseToPay.id.desc())
)
_CONTACT_HISTORY = (
    select(Call.id, Call.started_at, Call.direction, Call.number, Agent.display_name, Call.answered_at, Call.ended_at,
           Call.outcome_code, Call.outcome_note, Call.recording_path, Call.end_reason)
    .join(Agent, Call.agent_id == Agent.id)
    .where(Call.debtor_id == _DEBTOR_ID)
    .order_by(Call.started_at.desc(), Call.id.desc())
    .limit(CONTACT_HISTORY_LIMIT)
)


def read_record(connection: Connection, debtor_id: int) -> DebtorRecord | None:
    """The record without plans, notes and flags; None when no debtor has ``debtor_id``."""
    params = {"debtor_id": debtor_id}
    debtor = connection.execute(_DEBTOR, params).first()
    if debtor is None:
        return None
    _, full_name, national_id, language, time_zone, address = debtor
    return DebtorRecord(
        debtor_id=debtor_id, full_name=full_name, national_id=national_id, language=language, time_zone=time_zone,
        address=address,
        phones=tuple(PhoneOnFile(*row) for row in connection.execute(_PHONES, params)),
        accounts=tuple(AccountView(*row) for row in connection.execute(_ACCOUNTS, params)),
        payments=tuple(PaymentView(*row) for row in connection.execute(_PAYMENTS, params)),
        promises=tuple(PromiseView(*row) for row in connection.execute(_PROMISES, params)),
        contact_history=tuple(_history_entry(*row) for row in connection.execute(_CONTACT_HISTORY, params)),
    )


def _history_entry(call_id: int, started_at: datetime, direction: str, number: str, agent_name: str,
                   answered_at: datetime | None, ended_at: datetime | None, *rest: Any) -> ContactHistoryEntry:
    outcome_code, note, recording_path, end_reason = rest
    duration = None
    if answered_at is not None and ended_at is not None:
        duration = max(0, int((ended_at - answered_at).total_seconds()))
    return ContactHistoryEntry(
        call_id=call_id, started_at=started_at, direction=direction, number=number, agent_name=agent_name,
        duration_seconds=duration, outcome_code=outcome_code, note=note, recording_path=recording_path,
        duration_estimated=end_reason == INTERRUPTED_END_REASON,
    )
