"""Debtors as the debtor list and the record view need them: domain values, never live ORM rows."""

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, String, func, literal_column, select
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from app.db.call_log_repository import INTERRUPTED_END_REASON
from app.db.debtor_record_parts import with_record_parts
from app.db.models import NAME_FROM_2ND, NAME_FROM_3RD, Account, Agent, Call, Debtor, DebtorPhone, Payment, PromiseToPay
from app.db.name_keys import search_key_for_query
from app.domain.buckets import bucket_for_days_past_due
from app.domain.debtors import (
    AccountView,
    ContactHistoryEntry,
    DebtorRecord,
    DebtorSummary,
    PaymentView,
    PhoneOnFile,
    PromiseView,
)
from app.phone_numbers import InvalidPhoneNumber, to_e164

_PHONE_LIKE = re.compile(r"^[\d\s+()\-]+$")
_NATIONAL_ID = re.compile(r"^\d{17}[\dXx]$")
_NATIONAL_ID_LAST4 = re.compile(r"^\d{3}[\dXx]$")
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
            ids = list(session.scalars(select(Debtor.id).order_by(Debtor.id).limit(limit).offset(offset)))
            return _summaries(session, ids)

    def search(self, text: str, limit: int = 200) -> list[DebtorSummary]:
        """Account number, national ID in full or its last four characters (尾号), then either phone digits (full
        number, leading digits) or a name (see ``_name_searches``). Any part of a phone number or of a name
        (Latin, or Chinese past its 3rd character) only when none of these finds anyone: that reads a whole index,
        the others a range of one."""
        query = text.strip()
        if not query:
            return self.list_debtors(limit)
        with self._sessions() as session:
            ids = _OrderedIds(limit)
            searches = [_debtor_ids_with_account(query)]
            if _NATIONAL_ID.match(query):
                searches.append(select(Debtor.id).where(Debtor.national_id == query.upper()))
            if _NATIONAL_ID_LAST4.match(query):
                last4 = select(Debtor.id).where(Debtor.national_id_last4 == query.upper())
                searches.append(last4.order_by(Debtor.id))
            phone_like = bool(_PHONE_LIKE.match(query)) and sum(ch.isdigit() for ch in query) >= 3
            searches += _phone_searches(query) if phone_like else _name_searches(query)
            for statement in searches:
                if ids.full:
                    break
                ids.add(session.scalars(statement.limit(limit)))
            if ids.empty:
                ids.add(session.scalars(_anywhere_search(query, phone_like).limit(limit)))
            return _summaries(session, ids.values)

    def find_by_phone(self, e164: str) -> list[DebtorSummary]:
        """Everyone with this exact number on file (their own, or as a relative's or employer's number)."""
        with self._sessions() as session:
            ids = list(session.scalars(
                select(DebtorPhone.debtor_id).where(DebtorPhone.number == e164).distinct().order_by(DebtorPhone.debtor_id)
            ))
            return _summaries(session, ids)

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


def _prefix_range(column: ColumnElement[Any] | InstrumentedAttribute[Any], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index range (LIKE 'x%' only uses an index under some collations)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (column >= prefix) & (column < upper) & column.startswith(prefix, autoescape=True)


def _debtor_ids_with_account(query: str) -> Select[Any]:
    return select(Account.debtor_id).where(Account.account_number == query)


def _name_searches(query: str) -> list[Select[Any]]:
    """From the start of the name, then by pinyin from its start (homophones: 张 also finds 章); for Latin letters
    also by initials (zw: 张伟); for Chinese characters then from the name's 2nd or 3rd character (伟明 finds 张伟明,
    娜娜 finds 欧阳娜娜), each a range of an expression index (see ``models.NAME_FROM_2ND``)."""
    searches = [select(Debtor.id).where(_prefix_range(Debtor.full_name, query)).order_by(Debtor.full_name, Debtor.id)]
    key = search_key_for_query(query)
    if key:
        searches.append(
            select(Debtor.id).where(_prefix_range(Debtor.name_pinyin, key)).order_by(Debtor.name_pinyin, Debtor.id)
        )
    if key and query.isascii():
        searches.append(
            select(Debtor.id).where(_prefix_range(Debtor.name_initials, key)).order_by(Debtor.name_initials, Debtor.id)
        )
    if not query.isascii():
        for expression in (NAME_FROM_2ND, NAME_FROM_3RD):  # written exactly as indexed, or no index is used
            name_part = literal_column(expression, String)
            searches.append(select(Debtor.id).where(_prefix_range(name_part, query)).order_by(name_part, Debtor.id))
    return searches


def _phone_searches(query: str) -> list[Select[Any]]:
    digits = "".join(ch for ch in query if ch.isdigit())
    searches: list[Select[Any]] = []
    by_phone = select(DebtorPhone.debtor_id).distinct()
    try:
        searches.append(by_phone.where(DebtorPhone.number == to_e164(query)))
    except InvalidPhoneNumber:
        pass
    searches.append(by_phone.where(_prefix_range(DebtorPhone.number, _e164_prefix(query, digits))))
    return searches


def _anywhere_search(query: str, phone_like: bool) -> Select[Any]:
    """Any part of a phone number or of the name, the last resort: it reads the whole index of numbers or names
    (ordered by it, so SQLite reads the narrow index rather than the table; about half the time)."""
    if phone_like:
        digits = "".join(ch for ch in query if ch.isdigit())
        return (select(DebtorPhone.debtor_id).where(DebtorPhone.number.contains(digits))
                .order_by(DebtorPhone.number, DebtorPhone.id))
    return (select(Debtor.id).where(Debtor.full_name.contains(query, autoescape=True))
            .order_by(Debtor.full_name, Debtor.id))


def _e164_prefix(query: str, digits: str) -> str:
    """Leading digits as typed in China -> the start of the stored E.164 number (1381 -> +861381, 0755 -> +86755)."""
    if query.lstrip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+86" + digits[1:]
    return "+86" + digits


def _summaries(session: Session, ids: Sequence[int]) -> list[DebtorSummary]:
    if not ids:
        return []
    names = dict(session.execute(select(Debtor.id, Debtor.full_name).where(Debtor.id.in_(ids))).tuples().all())
    primary: dict[int, tuple[tuple[bool, bool, int], str]] = {}
    phone_rows = session.execute(
        select(DebtorPhone.debtor_id, DebtorPhone.id, DebtorPhone.owner, DebtorPhone.phone_type, DebtorPhone.number)
        .where(DebtorPhone.debtor_id.in_(ids))
    ).tuples()
    for debtor_id, phone_id, owner, phone_type, number in phone_rows:
        rank = (owner != "self", phone_type != "mobile", phone_id)
        if debtor_id not in primary or rank < primary[debtor_id][0]:
            primary[debtor_id] = (rank, number)
    owed: dict[int, list[tuple[int, Decimal, str]]] = {}
    account_rows = session.execute(
        select(Account.debtor_id, Account.days_past_due, Account.total_due, Account.currency)
        .where(Account.debtor_id.in_(ids))
    ).tuples()
    for debtor_id, days_past_due, total_due, currency in account_rows:
        owed.setdefault(debtor_id, []).append((days_past_due, total_due, currency))
    summaries = []
    for debtor_id in ids:
        if debtor_id not in names:
            continue
        accounts = owed.get(debtor_id, [])
        worst_days = max((a[0] for a in accounts), default=0)
        currency = max(accounts, key=lambda a: a[0])[2] if accounts else "CNY"
        summaries.append(DebtorSummary(
            debtor_id=debtor_id,
            full_name=names[debtor_id],
            primary_phone=primary[debtor_id][1] if debtor_id in primary else "",
            bucket=bucket_for_days_past_due(worst_days),
            days_past_due=worst_days,
            total_due=sum((a[1] for a in accounts if a[2] == currency), Decimal("0.00")),
            currency=currency,
        ))
    return summaries


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
