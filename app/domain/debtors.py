"""Read-only views of debtors that repositories hand to services and widgets (never live ORM rows)."""

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.domain.follow_ups import CaseFlagView

NOTE_MAX_CHARS = 2000  # a note is a few sentences; a long story belongs in the call's outcome note


@dataclass(frozen=True)
class PhoneOnFile:
    number: str  # E.164, e.g. +8613812345678
    phone_type: str  # mobile | home | work
    owner: str  # self | spouse | parent | relative | employer | friend | other
    owner_name: str | None = None


@dataclass(frozen=True)
class CallerMatch:
    """A debtor who has a calling (or dialled) number on file, and whose phone it is for that debtor: a spouse's or
    an employer's number means a third party may be on the line."""

    debtor_id: int
    full_name: str
    phone_owner: str  # self | spouse | parent | relative | employer | friend | other
    phone_type: str  # mobile | home | work
    owner_name: str | None = None

    @property
    def own_phone(self) -> bool:
        return self.phone_owner == "self"


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
    recording_path: str | None = None  # the call's WAV, when it was recorded; who may play it: app.domain.roles
    duration_estimated: bool = False  # cut off by a crash: its end is estimated (from the recording when there is one)

    @property
    def has_recording(self) -> bool:
        return bool(self.recording_path)


@dataclass(frozen=True)
class PlanInstalmentView:
    sequence: int
    due_on: date
    amount: Decimal


@dataclass(frozen=True)
class PlanView:
    """A repayment plan agreed (or proposed) on one of the debtor's accounts, with its payments in order."""

    plan_id: int
    account_number: str
    currency: str
    kind: str  # instalment | deferral | settlement
    status: str  # proposed | active | completed | broken | cancelled
    created_at: datetime  # aware, UTC
    total: Decimal | None  # None for plans written before migration 0003
    needs_approval: bool
    instalments: tuple[PlanInstalmentView, ...] = field(default=())


@dataclass(frozen=True)
class NoteView:
    """One append-only note on the debtor: a correction is a newer note, never an edit."""

    note_id: int
    debtor_id: int
    author_name: str
    created_at: datetime  # aware, UTC
    body: str
    call_id: int | None = None


def note_problem(body: str) -> str | None:
    """Why a note cannot be saved (empty, too long), or None when it can."""
    if not body.strip():
        return "The note is empty. Write what happened or what was agreed, then save."
    if len(body.strip()) > NOTE_MAX_CHARS:
        return f"The note is longer than {NOTE_MAX_CHARS} characters. Shorten it, or split it into two notes."
    return None


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
    plans: tuple[PlanView, ...] = field(default=())  # newest first
    notes: tuple[NoteView, ...] = field(default=())  # newest first
    open_flags: tuple[CaseFlagView, ...] = field(default=())  # oldest first

    @property
    def total_due(self) -> Decimal:
        return sum((a.total_due for a in self.accounts), Decimal("0"))

    @property
    def minimum_due(self) -> Decimal:
        return sum((a.minimum_due for a in self.accounts), Decimal("0"))

    @property
    def days_past_due(self) -> int:
        return max((a.days_past_due for a in self.accounts), default=0)
