"""Debtors as the debtor list and the record view need them: domain values, never live ORM rows."""

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.call_log_repository import INTERRUPTED_END_REASON
from app.db.debtor_record_parts import with_record_parts
from app.db.debtor_search import anywhere_search, debtor_searches
from app.db.debtor_summaries import debtor_summaries
from app.db.models import Account, Agent, Call, Debtor, DebtorPhone, Payment, PromiseToPay
from app.domain.debtors import (
    AccountView,
    ContactHistoryEntry,
    DebtorRecord,
    DebtorSummary,
    PaymentView,
    PhoneOnFile,
    PromiseView,
)

CONTACT_HISTORY_LIMIT = 500


class DebtorNotFound(LookupError):
    """No debtor has this id (deleted, or a stale list)."""


class DebtorRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(Debtor.id))) or 0

    def list_debtors(self, limit: int = 200, offset: int = 0) -> list[DebtorSummary]:
        with self._sessions() as session:
            connection = session.connection()
            ids = list(connection.scalars(select(Debtor.id).order_by(Debtor.id).limit(limit).offset(offset)))
            return debtor_summaries(connection, ids)

    def search(self, text: str, limit: int = 200) -> list[DebtorSummary]:
        """Debtors whose account number, national ID, phone or name matches ``text`` (see ``debtor_search``): the
        statements run in turn until the list is full; the last resort only when none found anyone."""
        query = text.strip()
        if not query:
            return self.list_debtors(limit)
        with self._sessions() as session:
            connection = session.connection()
            ids = _OrderedIds(limit)
            for statement in debtor_searches(query):
                ids.add(connection.scalars(statement.limit(limit)))
                if ids.full:
                    break
            if ids.empty:
                ids.add(connection.scalars(anywhere_search(query).limit(limit)))
            return debtor_summaries(connection, ids.values)

    def find_by_phone(self, e164: str) -> list[DebtorSummary]:
        """Everyone with this exact number on file (their own, or as a relative's or employer's number)."""
        with self._sessions() as session:
            connection = session.connection()
            ids = list(connection.scalars(
                select(DebtorPhone.debtor_id).where(DebtorPhone.number == e164).distinct().order_by(DebtorPhone.debtor_id)
            ))
            return debtor_summaries(connection, ids)

    def record(self, debtor_id: int) -> DebtorRecord:
        with self._sessions() as session:
            debtor = session.get(Debtor, debtor_id)
            if debtor is None:
                raise DebtorNotFound(f"debtor {debtor_id} does not exist")
            accounts = list(session.scalars(
                select(Account).where(Account.debtor_id == debtor_id)
                .order_by(Account.days_past_due.desc(), Account.account_number)
            ))
            return with_record_parts(session, DebtorRecord(
                debtor_id=debtor.id,
                full_name=debtor.full_name,
                national_id=debtor.national_id,
                language=debtor.language,
                time_zone=debtor.time_zone,
                address=debtor.address,
                phones=_phones(session, debtor_id),
                accounts=tuple(_account_view(a) for a in accounts),
                payments=_payments(session, debtor_id),
                promises=_promises(session, debtor_id),
                contact_history=_contact_history(session, debtor_id),
            ))


class _OrderedIds:
    """Debtor ids in the order the searches found them, without repeats, up to a limit."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._seen: dict[int, None] = {}

    @property
    def full(self) -> bool:
        return len(self._seen) >= self._limit

    @property
    def empty(self) -> bool:
        return not self._seen

    @property
    def values(self) -> list[int]:
        return list(self._seen)[: self._limit]

    def add(self, ids: Iterable[int]) -> None:
        for debtor_id in ids:
            self._seen.setdefault(debtor_id, None)


def _phones(session: Session, debtor_id: int) -> tuple[PhoneOnFile, ...]:
    rows = session.scalars(select(DebtorPhone).where(DebtorPhone.debtor_id == debtor_id).order_by(DebtorPhone.id))
    ordered = sorted(rows, key=lambda p: (p.owner != "self", p.phone_type != "mobile", p.id))
    return tuple(PhoneOnFile(p.number, p.phone_type, p.owner, p.owner_name) for p in ordered)


def _account_view(account: Account) -> AccountView:
    return AccountView(
        account_number=account.account_number, product=account.product, principal=account.principal,
        interest=account.interest, fees=account.fees, total_due=account.total_due, minimum_due=account.minimum_due,
        due_date=account.due_date, days_past_due=account.days_past_due, bucket=account.bucket,
        currency=account.currency,
    )


def _payments(session: Session, debtor_id: int) -> tuple[PaymentView, ...]:
    rows = session.execute(
        select(Account.account_number, Payment.paid_on, Payment.amount, Payment.channel)
        .join(Account, Payment.account_id == Account.id)
        .where(Account.debtor_id == debtor_id)
        .order_by(Payment.paid_on.desc(), Payment.id.desc())
    ).tuples()
    return tuple(PaymentView(*row) for row in rows)


def _promises(session: Session, debtor_id: int) -> tuple[PromiseView, ...]:
    rows = session.execute(
        select(Account.account_number, PromiseToPay.promised_on, PromiseToPay.due_on, PromiseToPay.amount,
               PromiseToPay.status)
        .join(Account, PromiseToPay.account_id == Account.id)
        .where(Account.debtor_id == debtor_id)
        .order_by(PromiseToPay.promised_on.desc(), PromiseToPay.id.desc())
    ).tuples()
    return tuple(PromiseView(*row) for row in rows)


def _contact_history(session: Session, debtor_id: int) -> tuple[ContactHistoryEntry, ...]:
    rows = session.execute(
        select(Call, Agent.display_name)
        .join(Agent, Call.agent_id == Agent.id)
        .where(Call.debtor_id == debtor_id)
        .order_by(Call.started_at.desc(), Call.id.desc())
        .limit(CONTACT_HISTORY_LIMIT)
    ).tuples()
    history = []
    for call, agent_name in rows:
        duration = None
        if call.answered_at is not None and call.ended_at is not None:
            duration = max(0, int((call.ended_at - call.answered_at).total_seconds()))
        history.append(ContactHistoryEntry(
            call_id=call.id, started_at=call.started_at, direction=call.direction, number=call.number,
            agent_name=agent_name, duration_seconds=duration, outcome_code=call.outcome_code,
            note=call.outcome_note, recording_path=call.recording_path,
            duration_estimated=call.end_reason == INTERRUPTED_END_REASON,
        ))
    return tuple(history)
