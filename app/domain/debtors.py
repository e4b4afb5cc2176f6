"""Read-only views of debtors that repositories hand to services and widgets (never live ORM rows)."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class PhoneOnFile:
    number: str  # E.164, e.g. +8613812345678
    phone_type: str  # mobile | home | work
    owner: str  # self | spouse | parent | relative | employer | friend | other
    owner_name: str | None = None


@dataclass(frozen=True)
class DebtorSummary:
    """One row of the debtor list."""

    debtor_id: int
    full_name: str
    primary_phone: str  # E.164
    bucket: str
    days_past_due: int
    total_due: Decimal
    currency: str


@dataclass(frozen=True)
class AccountView:
    account_number: str
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


@dataclass(frozen=True)
class PaymentView:
    account_number: str
    paid_on: date
    amount: Decimal
    channel: str


@dataclass(frozen=True)
class PromiseView:
    account_number: str
    promised_on: date
    due_on: date
    amount: Decimal
    status: str  # pending | kept | broken


@dataclass(frozen=True)
class ContactHistoryEntry:
    call_id: int
    started_at: datetime
    direction: str  # outbound | inbound
    number: str
    agent_name: str
    duration_seconds: int | None
    outcome_code: str | None
    note: str | None


@dataclass(frozen=True)
class DebtorRecord:
    """Everything the record view shows for one debtor."""

    debtor_id: int
    full_name: str
    national_id: str  # stored in full; widgets show it masked
    language: str
    time_zone: str
    address: str
    phones: tuple[PhoneOnFile, ...]
    accounts: tuple[AccountView, ...]
    payments: tuple[PaymentView, ...] = field(default=())
    promises: tuple[PromiseView, ...] = field(default=())
    contact_history: tuple[ContactHistoryEntry, ...] = field(default=())

    @property
    def total_due(self) -> Decimal:
        return sum((a.total_due for a in self.accounts), Decimal("0"))

    @property
    def minimum_due(self) -> Decimal:
        return sum((a.minimum_due for a in self.accounts), Decimal("0"))

    @property
    def days_past_due(self) -> int:
        return max((a.days_past_due for a in self.accounts), default=0)
