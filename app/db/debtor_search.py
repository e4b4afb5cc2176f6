"""What an agent types in the search field, as the statements that find debtor ids, cheapest and surest first.

Account number, national ID in full or its last four characters (尾号), then either phone digits (full number,
leading digits) or a name (see ``name_searches``): each reads a range of one index. Any part of a phone number or
of a name (Latin, or Chinese past its 3rd character) is the last resort, ``anywhere_search``: it reads a whole
index. Statements are built one at a time, so a first one that fills the list costs no more than itself.
"""

import re
from collections.abc import Iterator
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Integer, Select, String, bindparam, literal_column, select
from sqlalchemy.orm import InstrumentedAttribute

from app.db.models import NAME_FROM_2ND, NAME_FROM_3RD, Account, Debtor, DebtorPhone
from app.db.name_keys import search_key_for_query
from app.phone_numbers import InvalidPhoneNumber, to_e164

_PHONE_LIKE = re.compile(r"^[\d\s+()\-]+$")
_NATIONAL_ID = re.compile(r"^\d{17}[\dXx]$")
_NATIONAL_ID_LAST4 = re.compile(r"^\d{3}[\dXx]$")
_ESCAPE = "/"

Search = tuple[Select[Any], dict[str, Any]]  # a statement built once, and this query's values for its parameters


def _limited(statement: Select[Any]) -> Select[Any]:
    return statement.limit(bindparam("limit", type_=Integer))


def _prefix_range(column: ColumnElement[Any] | InstrumentedAttribute[Any]) -> ColumnElement[bool]:
    """``column`` starts with the parameter ``prefix``, as an index range from ``low`` to ``high`` (LIKE 'x%' only
    uses an index under some collations); see ``_prefix_values``."""
    return (column >= bindparam("low")) & (column < bindparam("high")) & column.like(bindparam("pattern"),
                                                                                     escape=_ESCAPE)


def _by_prefix(found: Any, column: ColumnElement[Any] | InstrumentedAttribute[Any], *order: Any) -> Select[Any]:
    return _limited(select(found).where(_prefix_range(column)).order_by(*order))


def _prefix_values(prefix: str) -> dict[str, Any]:
    escaped = prefix.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    return {"low": prefix, "high": prefix[:-1] + chr(ord(prefix[-1]) + 1), "pattern": escaped + "%"}


# Built once: building a statement and its cache key costs about what running it does (0.28 of 0.55 ms).
_QUERY: BindParameter[str] = bindparam("query")
_BY_ACCOUNT = _limited(select(Account.debtor_id).where(Account.account_number == _QUERY))
_BY_NATIONAL_ID = _limited(select(Debtor.id).where(Debtor.national_id == _QUERY))
_BY_NATIONAL_ID_LAST4 = _limited(select(Debtor.id).where(Debtor.national_id_last4 == _QUERY).order_by(Debtor.id))
_BY_NAME = _by_prefix(Debtor.id, Debtor.full_name, Debtor.full_name, Debtor.id)
_BY_PINYIN = _by_prefix(Debtor.id, Debtor.name_pinyin, Debtor.name_pinyin, Debtor.id)
_BY_INITIALS = _by_prefix(Debtor.id, Debtor.name_initials, Debtor.name_initials, Debtor.id)
_BY_NAME_PARTS = tuple(  # written exactly as indexed, or no index is used
    _by_prefix(Debtor.id, part, part, Debtor.id)
    for part in (literal_column(NAME_FROM_2ND, String), literal_column(NAME_FROM_3RD, String))
)
_BY_PHONE = _limited(select(DebtorPhone.debtor_id).distinct().where(DebtorPhone.number == _QUERY))
_BY_PHONE_PREFIX = _limited(select(DebtorPhone.debtor_id).distinct().where(_prefix_range(DebtorPhone.number)))


def phone_like(query: str) -> bool:
    """Digits (with spaces, +, brackets, dashes), at least three of them: searched as a phone number."""
    return bool(_PHONE_LIKE.match(query)) and sum(ch.isdigit() for ch in query) >= 3


def debtor_searches(query: str) -> Iterator[Search]:
    """The searches for a stripped, non-empty ``query``, in the order their results are listed; each statement
    also takes ``limit``."""
    yield _BY_ACCOUNT, {"query": query}
    if _NATIONAL_ID.match(query):
        yield _BY_NATIONAL_ID, {"query": query.upper()}
    if _NATIONAL_ID_LAST4.match(query):
        yield _BY_NATIONAL_ID_LAST4, {"query": query.upper()}
    yield from phone_searches(query) if phone_like(query) else name_searches(query)


def name_searches(query: str) -> Iterator[Search]:
    """From the start of the name, then by pinyin from its start (homophones: 张 also finds 章); for Latin letters
    also by initials (zw: 张伟); for Chinese characters then from the name's 2nd or 3rd character (伟明 finds 张伟明,
    娜娜 finds 欧阳娜娜), each a range of an expression index (see ``models.NAME_FROM_2ND``)."""
    yield _BY_NAME, _prefix_values(query)
    key = search_key_for_query(query)
    if key:
        yield _BY_PINYIN, _prefix_values(key)
    if key and query.isascii():
        yield _BY_INITIALS, _prefix_values(key)
    if not query.isascii():
        for statement in _BY_NAME_PARTS:
            yield statement, _prefix_values(query)


def phone_searches(query: str) -> Iterator[Search]:
    digits = "".join(ch for ch in query if ch.isdigit())
    try:
        yield _BY_PHONE, {"query": to_e164(query)}
    except InvalidPhoneNumber:
        pass
    yield _BY_PHONE_PREFIX, _prefix_values(_e164_prefix(query, digits))


def anywhere_search(query: str) -> Select[Any]:
    """Any part of a phone number or of the name, the last resort: it reads the whole index of numbers or names
    (ordered by it, so SQLite reads the narrow index rather than the table; about half the time)."""
    if phone_like(query):
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
