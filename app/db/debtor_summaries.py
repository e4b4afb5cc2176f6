"""The debtor list's rows (name, primary phone, worst account) for a page of debtor ids, in two statements.

The debtor list and search ask for up to 200 debtors at a time, and an agent sees each keystroke's answer only
when these rows are built, so this is the part of a search that costs most: it runs on the Core connection (no ORM
unit of work or entity loading) and reads the phones and accounts through covering indexes
(``ix_debtor_phones_summary``, ``ix_accounts_summary``: one leaf page per debtor, no table rows).
"""

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import BindParameter, Connection, ScalarSelect, bindparam, case, func, select

from app.db.models import Account, Debtor, DebtorPhone
from app.domain.buckets import bucket_for_days_past_due
from app.domain.debtors import DebtorSummary

_NO_ACCOUNT = (0, Decimal("0.00"), "CNY")


def _primary_phone() -> ScalarSelect[str]:
    """The debtor's own mobile first, then their own other phones, then others' phones; oldest first."""
    phone = DebtorPhone.__table__.alias("primary_phone")
    return (
        select(phone.c.number)
        .where(phone.c.debtor_id == Debtor.id)
        .order_by(case((phone.c.owner == "self", 0), else_=1), case((phone.c.phone_type == "mobile", 0), else_=1),
                  phone.c.id)
        .limit(1)
        .scalar_subquery()
    )


# One cached statement whatever the ids: ``in_(ids)`` would build and hash a bind object per id on every search.
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_NAMES_AND_PHONES = select(Debtor.id, Debtor.full_name, _primary_phone()).where(Debtor.id.in_(_IDS))
_OWED_BY_CURRENCY = (
    select(Account.debtor_id, func.max(Account.days_past_due), func.sum(Account.total_due), Account.currency)
    .where(Account.debtor_id.in_(_IDS))
    .group_by(Account.debtor_id, Account.currency)
)


def debtor_summaries(connection: Connection, ids: Sequence[int]) -> list[DebtorSummary]:
    """Summaries of the debtors with ``ids``, in that order; ids no debtor has are left out."""
    if not ids:
        return []
    rows = connection.execute(_NAMES_AND_PHONES, {"ids": list(ids)}).tuples().all()
    names = {debtor_id: (full_name, phone or "") for debtor_id, full_name, phone in rows}
    owed: dict[int, list[tuple[int, Decimal, str]]] = {}
    for debtor_id, worst_days, total_due, currency in connection.execute(_OWED_BY_CURRENCY, {"ids": list(ids)}).tuples():
        owed.setdefault(debtor_id, []).append((worst_days, total_due, currency))
    return [_summary(debtor_id, *names[debtor_id], owed.get(debtor_id, ())) for debtor_id in ids if debtor_id in names]


def _summary(debtor_id: int, full_name: str, phone: str, accounts: Sequence[tuple[int, Decimal, str]]) -> DebtorSummary:
    """The worst account (most days past due) sets the bucket and the currency; the total is of that currency.
    ``accounts``: (worst days past due, total due, currency) per currency the debtor owes in."""
    worst_days, total_due, currency = max(accounts, key=lambda a: a[0]) if accounts else _NO_ACCOUNT
    return DebtorSummary(debtor_id=debtor_id, full_name=full_name, primary_phone=phone,
                         bucket=bucket_for_days_past_due(worst_days), days_past_due=worst_days, total_due=total_due,
                         currency=currency)
