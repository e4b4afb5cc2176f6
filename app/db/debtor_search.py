"""What an agent types in the search field, as the statements that find debtor ids, cheapest and surest first.

Account number, national ID in full or its last four characters (尾号), then either phone digits (full number,
leading digits) or a name (see ``name_searches``): each reads a range of one index. Any part of a phone number or
of a name (Latin, or Chinese past its 3rd character) is the last resort, ``anywhere_search``: it reads a whole
index. Statements are built one at a time, so a first one that fills the list costs no more than itself.
"""

import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, String, literal_column, select
from sqlalchemy.orm import InstrumentedAttribute

from app.db.models import NAME_FROM_2ND, NAME_FROM_3RD, Account, Debtor, DebtorPhone
from app.db.name_keys import search_key_for_query
from app.phone_numbers import InvalidPhoneNumber, to_e164

_PHONE_LIKE = re.compile(r"^[\d\s+()\-]+$")
_NATIONAL_ID = re.compile(r"^\d{17}[\dXx]$")
_NATIONAL_ID_LAST4 = re.compile(r"^\d{3}[\dXx]$")


def phone_like(query: str) -> bool:
    """Digits (with spaces, +, brackets, dashes), at least three of them: searched as a phone number."""
    return bool(_PHONE_LIKE.match(query)) and sum(ch.isdigit() for ch in query) >= 3


def debtor_searches(query: str) -> Iterator[Select[Any]]:
    """The statements for a stripped, non-empty ``query``, in the order their results are listed."""
    yield select(Account.debtor_id).where(Account.account_number == query)
    if _NATIONAL_ID.match(query):
        yield select(Debtor.id).where(Debtor.national_id == query.upper())
    if _NATIONAL_ID_LAST4.match(query):
        yield select(Debtor.id).where(Debtor.national_id_last4 == query.upper()).order_by(Debtor.id)
    yield from phone_searches(query) if phone_like(query) else name_searches(query)


def name_searches(query: str) -> Iterator[Select[Any]]:
    """From the start of the name, then by pinyin from its start (homophones: 张 also finds 章); for Latin letters
    also by initials (zw: 张伟); for Chinese characters then from the name's 2nd or 3rd character (伟明 finds 张伟明,
    娜娜 finds 欧阳娜娜), each a range of an expression index (see ``models.NAME_FROM_2ND``)."""
    yield select(Debtor.id).where(_prefix_range(Debtor.full_name, query)).order_by(Debtor.full_name, Debtor.id)
    key = search_key_for_query(query)
    if key:
        yield select(Debtor.id).where(_prefix_range(Debtor.name_pinyin, key)).order_by(Debtor.name_pinyin, Debtor.id)
    if key and query.isascii():
        yield (select(Debtor.id).where(_prefix_range(Debtor.name_initials, key))
               .order_by(Debtor.name_initials, Debtor.id))
    if not query.isascii():
        for expression in (NAME_FROM_2ND, NAME_FROM_3RD):  # written exactly as indexed, or no index is used
            name_part = literal_column(expression, String)
            yield select(Debtor.id).where(_prefix_range(name_part, query)).order_by(name_part, Debtor.id)


def phone_searches(query: str) -> Iterator[Select[Any]]:
    digits = "".join(ch for ch in query if ch.isdigit())
    by_phone = select(DebtorPhone.debtor_id).distinct()
    try:
        yield by_phone.where(DebtorPhone.number == to_e164(query))
    except InvalidPhoneNumber:
        pass
    yield by_phone.where(_prefix_range(DebtorPhone.number, _e164_prefix(query, digits)))


def anywhere_search(query: str) -> Select[Any]:
    """Any part of a phone number or of the name, the last resort: it reads the whole index of numbers or names
    (ordered by it, so SQLite reads the narrow index rather than the table; about half the time)."""
    if phone_like(query):
        digits = "".join(ch for ch in query if ch.isdigit())
        return (select(DebtorPhone.debtor_id).where(DebtorPhone.number.contains(digits))
                .order_by(DebtorPhone.number, DebtorPhone.id))
    return (select(Debtor.id).where(Debtor.full_name.contains(query, autoescape=True))
            .order_by(Debtor.full_name, Debtor.id))


def _prefix_range(column: ColumnElement[Any] | InstrumentedAttribute[Any], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as an index range (LIKE 'x%' only uses an index under some collations)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (column >= prefix) & (column < upper) & column.startswith(prefix, autoescape=True)


def _e164_prefix(query: str, digits: str) -> str:
    """Leading digits as typed in China -> the start of the stored E.164 number (1381 -> +861381, 0755 -> +86755)."""
    if query.lstrip().startswith("+"):
        return "+" + digits
    if digits.startswith("00"):
        return "+" + digits[2:]
    if digits.startswith("0"):
        return "+86" + digits[1:]
    return "+86" + digits
