"""Validation of one row of a debtor CSV file: every problem named with its column and a reason an operator can fix.

Every text field is first checked for control characters (app/db/csv_text.py); a field that holds one gets that
problem only, not a second one about its content.
"""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from app.db.csv_text import clean_text
from app.db.models import PHONE_OWNERS, PHONE_TYPES
from app.domain.buckets import bucket_for_days_past_due
from app.domain.national_id import resident_id_problem
from app.phone_numbers import InvalidPhoneNumber, phone_kind, to_e164

REQUIRED_COLUMNS: tuple[str, ...] = (
    "account_number", "full_name", "national_id", "phone", "product", "principal", "total_due", "minimum_due",
    "due_date", "days_past_due",
)
OPTIONAL_COLUMNS: tuple[str, ...] = ("phone_type", "phone_owner", "address", "interest", "fees", "currency", "language")
ALL_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
MULTILINE_COLUMNS = frozenset({"address"})  # may hold line breaks (kept as LF); no other control characters

MAX_AMOUNT = Decimal("999999999999.99")  # Numeric(14, 2)
MAX_DAYS_PAST_DUE = 36_500
_ACCOUNT_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{3,31}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_AMOUNT = re.compile(r"^\d+(\.\d{1,2})?$")
_LANGUAGES = {"zh_cn": "zh_CN", "zh-cn": "zh_CN", "zh": "zh_CN", "en": "en", "en_us": "en", "en-us": "en",
              "en_gb": "en", "en-gb": "en"}


@dataclass(frozen=True)
class RowProblem:
    line: int  # line in the file where the row starts (the header is line 1)
    column: str  # "" when the problem is the row as a whole
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", {self.column}" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class DebtorRow:
    """One valid row: an account, its debtor (matched by national ID) and one of the debtor's phones."""

    line: int
    account_number: str
    full_name: str
    national_id: str
    phone: str  # E.164
    phone_type: str
    phone_owner: str
    address: str
    product: str
    principal: Decimal
    interest: Decimal
    fees: Decimal
    total_due: Decimal
    minimum_due: Decimal
    due_date: date
    days_past_due: int
    bucket: str
    currency: str
    language: str


class _Collector:
    def __init__(self, line: int, values: dict[str, str]) -> None:
        self.line = line
        self.problems: list[RowProblem] = []
        self.refused: set[str] = set()  # columns holding a control character: read as "", no further problem
        self.values: dict[str, str] = {}
        for column in ALL_COLUMNS:
            problem, value = clean_text(values.get(column, ""), multiline=column in MULTILINE_COLUMNS)
            if problem is not None:
                self.add(column, problem)
                self.refused.add(column)
            self.values[column] = "" if problem else value

    def add(self, column: str, reason: str) -> None:
        self.problems.append(RowProblem(self.line, column, reason))

    def text(self, column: str, max_length: int, required: bool = True) -> str:
        value = self.values.get(column, "").strip()
        if required and not value and column not in self.refused:
            self.add(column, "is empty")
        elif len(value) > max_length:
            self.add(column, f"is longer than {max_length} characters")
        return value

    def amount(self, column: str, default: Decimal | None = None) -> Decimal:
        value = self.values.get(column, "").strip()
        if not value and (default is not None or column in self.refused):
            return default or Decimal("0")
        problem, amount = parse_amount(value)
        if problem:
            self.add(column, problem)
        return amount

    def choice(self, column: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.values.get(column, "").strip().lower()
        if not value:
            return default
        if value not in allowed:
            self.add(column, f"'{value}' is not one of: {', '.join(allowed)}")
        return value


def parse_amount(text: str) -> tuple[str | None, Decimal]:
    """(problem or None, amount): plain digits with at most 2 decimals, not negative, within Numeric(14, 2)."""
    if not text:
        return "is empty", Decimal("0")
    if not _AMOUNT.match(text):
        if "," in text:
            return f"'{text}' has a comma: write the amount without thousands separators, e.g. 12000.00", Decimal("0")
        try:
            number = Decimal(text)
        except InvalidOperation:
            return f"'{text}' is not an amount (write digits with an optional decimal point, e.g. 1234.50)", Decimal("0")
        if not number.is_finite():
            return f"'{text}' is not an amount", Decimal("0")
        if number < 0:
            return f"'{text}' is negative", Decimal("0")
        if number.as_tuple().exponent < -2:  # type: ignore[operator]  # the exponent is an int: NaN and infinity were refused above
            return f"'{text}' has more than 2 decimal places", Decimal("0")
        return f"'{text}' is not a plain amount (write digits with an optional decimal point, e.g. 1234.50)", Decimal("0")
    amount = Decimal(text)
    if amount > MAX_AMOUNT:
        return f"'{text}' is too large (at most {MAX_AMOUNT})", Decimal("0")
    return None, amount


def parse_row(line: int, values: dict[str, str]) -> tuple[DebtorRow | None, list[RowProblem]]:
    """Validate one row (values keyed by column name); return the row, or None and all its problems."""
    row = _Collector(line, values)
    account_number = row.text("account_number", 32)
    if account_number and not _ACCOUNT_NUMBER.match(account_number):
        row.add("account_number", "must be 4 to 32 letters, digits or dashes")
    full_name = row.text("full_name", 200)
    national_id = row.text("national_id", 18).upper()
    if national_id and (problem := resident_id_problem(national_id)):
        row.add("national_id", f"is not a valid resident ID: {problem}")
    phone = _phone(row)
    phone_type = row.choice("phone_type", PHONE_TYPES, "")
    if not phone_type and phone:
        phone_type = "mobile" if phone_kind(phone) == "mobile" else "home"
    phone_owner = row.choice("phone_owner", PHONE_OWNERS, "self")
    address = row.text("address", 500, required=False)
    product = row.text("product", 100)
    principal = row.amount("principal")
    interest = row.amount("interest", Decimal("0"))
    fees = row.amount("fees", Decimal("0"))
    total_due = row.amount("total_due")
    minimum_due = row.amount("minimum_due")
    _check_totals(row, principal, interest, fees, total_due, minimum_due)
    due_date = _due_date(row)
    days_past_due = _days_past_due(row)
    currency = row.text("currency", 3, required=False).upper() or "CNY"
    if not re.fullmatch(r"[A-Z]{3}", currency):
        row.add("currency", f"'{currency}' is not a 3-letter currency code such as CNY")
    language = _LANGUAGES.get(row.values.get("language", "").strip().lower() or "zh_cn")
    if language is None:
        row.add("language", f"'{row.values.get('language', '').strip()}' is not zh_CN or en")
    if row.problems:
        return None, row.problems
    return DebtorRow(
        line=line, account_number=account_number, full_name=full_name, national_id=national_id, phone=phone,
        phone_type=phone_type, phone_owner=phone_owner, address=address, product=product, principal=principal,
        interest=interest, fees=fees, total_due=total_due, minimum_due=minimum_due, due_date=due_date,
        days_past_due=days_past_due, bucket=bucket_for_days_past_due(days_past_due), currency=currency,
        language=language or "zh_CN",
    ), []


def _phone(row: _Collector) -> str:
    value = row.text("phone", 40)
    if not value:
        return ""
    try:
        return to_e164(value)
    except InvalidPhoneNumber as error:
        row.add("phone", str(error))
        return ""


def _check_totals(row: _Collector, principal: Decimal, interest: Decimal, fees: Decimal, total_due: Decimal,
                  minimum_due: Decimal) -> None:
    if any(p.column in ("principal", "interest", "fees", "total_due", "minimum_due") for p in row.problems):
        return
    if principal + interest + fees != total_due:
        row.add("total_due", f"{total_due} is not principal + interest + fees = {principal + interest + fees}")
    if minimum_due > total_due:
        row.add("minimum_due", f"{minimum_due} is more than total_due {total_due}")


def _due_date(row: _Collector) -> date:
    value = row.text("due_date", 10)
    if not value:
        return date.min
    if _ISO_DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            row.add("due_date", f"'{value}' is not a real date")
            return date.min
    row.add("due_date", f"'{value}' is not a date in the form YYYY-MM-DD")
    return date.min


def _days_past_due(row: _Collector) -> int:
    value = row.text("days_past_due", 6)
    if not value:
        return 0
    if not value.isdecimal() or int(value) > MAX_DAYS_PAST_DUE:  # isdigit() is true for "²", which int() refuses
        row.add("days_past_due", f"'{value}' is not a whole number of days from 0 to {MAX_DAYS_PAST_DUE}")
        return 0
    return int(value)
