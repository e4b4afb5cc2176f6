"""Typed SQLAlchemy 2.0 models of CallDesk's database.

Enumerations are stored as short strings with CHECK constraints (portable between SQLite and
PostgreSQL, easy to extend in a migration). Money is Numeric(14, 2) read back as Decimal.
Time stamps are stored in UTC and read back as aware datetimes (see ``UtcDateTime``).
"""

from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.db.append_only import AppendOnly

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

AGENT_ROLES = ("agent", "trainer", "qa", "supervisor")
LANGUAGES = ("zh_CN", "en")
PHONE_TYPES = ("mobile", "home", "work")
PHONE_OWNERS = ("self", "spouse", "parent", "relative", "employer", "friend", "other")
PLAN_KINDS = ("instalment", "deferral", "settlement")
PLAN_STATUSES = ("proposed", "active", "completed", "broken", "cancelled")
PROMISE_STATUSES = ("pending", "kept", "broken")
CALLBACK_STATUSES = ("pending", "done", "cancelled")
CALL_DIRECTIONS = ("outbound", "inbound")
CASE_FLAG_KINDS = ("dispute", "hardship", "cease_contact", "deceased", "legal")  # app.domain.outcomes.CaseFlag


def _one_of(column: str, values: tuple[str, ...]) -> str:
    """``a = 'x' OR a = 'y'``: SQLite evaluates a constant IN list in a CHECK several times slower."""
    return " OR ".join(f"{column} = '{value}'" for value in values)


def _national_id_last4(context: Any) -> str | None:
    """The last four characters of the ID, which agents search by (尾号), from the inserted row."""
    national_id = context.get_current_parameters().get("national_id")
    return national_id[-4:].upper() if national_id else None


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as UTC; naive input is taken as local time.

    SQLite keeps no zone, PostgreSQL's timestamptz does: either way the value comes back aware, in UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


Money = Numeric(14, 2, asdecimal=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Agent(Base):
    __tablename__ = "agents"
    __table_args__ = (CheckConstraint(_one_of("role", AGENT_ROLES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="agent")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


# The name from its 2nd and from its 3rd character (伟明 of 张伟明, 娜娜 of 欧阳娜娜), as expression indexes: any part of
# a 2-4 character name is then the start of the name or of one of these, an index range rather than a scan (0005).
# The database computes them, so every writer keeps them right; the literal positions must match the queries'.
NAME_FROM_2ND = "substr(full_name, 2)"
NAME_FROM_3RD = "substr(full_name, 3)"


class Debtor(Base):
    __tablename__ = "debtors"
    __table_args__ = (
        CheckConstraint(_one_of("language", LANGUAGES), name="language"),
        Index("ix_debtors_name_from_2nd", text(NAME_FROM_2ND)),
        Index("ix_debtors_name_from_3rd", text(NAME_FROM_3RD)),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200), index=True)
    name_pinyin: Mapped[str | None] = mapped_column(String(200), index=True)  # "zhangwei", "johnsmith": search key
    name_initials: Mapped[str | None] = mapped_column(String(200), index=True)  # "zw", "js": search key
    national_id: Mapped[str] = mapped_column(String(18), index=True)  # in full; masked on screen
    national_id_last4: Mapped[str | None] = mapped_column(String(4), index=True, default=_national_id_last4)
    address: Mapped[str] = mapped_column(String(500), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    # The agent whose portfolio the debtor is in; None: the unassigned pool (0005).
    assigned_agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"), index=True)
    last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # start of the latest call logged (0005)


class DebtorPhone(Base):
    __tablename__ = "debtor_phones"
    __table_args__ = (
        CheckConstraint(_one_of("phone_type", PHONE_TYPES), name="phone_type"),
        CheckConstraint(_one_of("owner", PHONE_OWNERS), name="owner"),
        Index("ix_debtor_phones_summary", "debtor_id", "owner", "phone_type", "number"),  # covering (0008)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(20), index=True)  # E.164
    phone_type: Mapped[str] = mapped_column(String(8), default="mobile")
    owner: Mapped[str] = mapped_column(String(16), default="self")
    owner_name: Mapped[str | None] = mapped_column(String(200))


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        Index("ix_accounts_days_past_due", "days_past_due"),  # worst cases first (0005)
        Index("ix_accounts_summary", "debtor_id", "currency", "days_past_due", "total_due"),  # covering (0008)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    account_number: Mapped[str] = mapped_column(String(32), unique=True)
    product: Mapped[str] = mapped_column(String(100))
    principal: Mapped[Decimal] = mapped_column(Money)
    interest: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    fees: Mapped[Decimal] = mapped_column(Money, default=Decimal("0"))
    total_due: Mapped[Decimal] = mapped_column(Money)
    minimum_due: Mapped[Decimal] = mapped_column(Money)
    due_date: Mapped[date] = mapped_column(Date)
    days_past_due: Mapped[int] = mapped_column(Integer, default=0)
    bucket: Mapped[str] = mapped_column(String(4))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    channel: Mapped[str] = mapped_column(String(32))


class PaymentPlan(Base):
    __tablename__ = "payment_plans"
    __table_args__ = (
        CheckConstraint(_one_of("kind", PLAN_KINDS), name="kind"),
        CheckConstraint(_one_of("status", PLAN_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    status: Mapped[str] = mapped_column(String(16), default="proposed")  # proposed until approved, when needed
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))  # agreed on (0003)
    total: Mapped[Decimal | None] = mapped_column(Money)  # all the debtor will pay; None before 0003
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))


class PlanInstalment(Base):
    __tablename__ = "plan_instalments"
    __table_args__ = (UniqueConstraint("plan_id", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("payment_plans.id", ondelete="CASCADE"))
    sequence: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)


class Call(Base):
    """One call; the row is written when the call starts, its events are ``CallEvent`` rows."""

    __tablename__ = "calls"
    __table_args__ = (
        CheckConstraint(_one_of("direction", CALL_DIRECTIONS), name="direction"),
        Index("ix_calls_debtor_id_started_at", "debtor_id", "started_at"),
        # Only open calls (a crash left them without an end), found at every start: a tiny partial index.
        Index("ix_calls_open", "id", sqlite_where=text("ended_at IS NULL"), postgresql_where=text("ended_at IS NULL")),
        # An agent's latest calls (the phone panel's recent calls), newest first (0006).
        Index("ix_calls_agent_id_started_at", "agent_id", "started_at"),
        # Calls awaiting an outcome (ended without one, or still "interrupted"), also found at every start (0006).
        Index("ix_calls_without_outcome", "id", sqlite_where=text("outcome_code IS NULL"),
              postgresql_where=text("outcome_code IS NULL")),
        Index("ix_calls_interrupted", "started_at", "id", sqlite_where=text("outcome_code = 'interrupted'"),
              postgresql_where=text("outcome_code = 'interrupted'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    debtor_id: Mapped[int | None] = mapped_column(ForeignKey("debtors.id", ondelete="SET NULL"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    direction: Mapped[str] = mapped_column(String(8))
    number: Mapped[str] = mapped_column(String(64))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    outcome_code: Mapped[str | None] = mapped_column(String(32))
    outcome_note: Mapped[str | None] = mapped_column(Text)
    script_id: Mapped[str | None] = mapped_column(String(64))
    script_version: Mapped[int | None] = mapped_column(Integer)
    recording_path: Mapped[str | None] = mapped_column(String(1000))
    recording_sha256: Mapped[str | None] = mapped_column(String(64))
    end_reason: Mapped[str | None] = mapped_column(String(200))
    recording_duration_ms: Mapped[int | None] = mapped_column(Integer)  # from the WAV header (0002)
    quality_summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # E-model summary at the end (0002)


class CallEvent(AppendOnly, Base):
    """Append-only: what happened during a call, in order. Never updated, never deleted."""

    __tablename__ = "call_events"
    __table_args__ = (UniqueConstraint("call_id", "sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    wall_time: Mapped[datetime] = mapped_column(UtcDateTime)
    monotonic_ns: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PromiseToPay(Base):
    """Kept or broken is decided later from the account's payments; until then the status is pending."""

    __tablename__ = "promises_to_pay"
    __table_args__ = (
        CheckConstraint(_one_of("status", PROMISE_STATUSES), name="status"),
        # Only the promises still to be judged, read in id order by every evaluation run (0003).
        Index("ix_promises_to_pay_pending", "id", sqlite_where=text("status = 'pending'"),
              postgresql_where=text("status = 'pending'")),
        # Promises falling due on a day, largest first, for the work queue's pool (0005).
        Index("ix_promises_to_pay_pending_due_on_amount", "due_on", "amount", sqlite_where=text("status = 'pending'"),
              postgresql_where=text("status = 'pending'")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    promised_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(8), default="pending")


class Note(AppendOnly, Base):
    """Append-only free-text note on a debtor; a correction is a new note."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id"), index=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    body: Mapped[str] = mapped_column(Text)


class Callback(Base):
    __tablename__ = "callbacks"
    __table_args__ = (
        CheckConstraint(_one_of("status", CALLBACK_STATUSES), name="status"),
        Index("ix_callbacks_agent_id_status_due_at", "agent_id", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"), index=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    note: Mapped[str | None] = mapped_column(Text)  # what was agreed about the callback (0003)
    done_call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))  # (0003)


_OPEN_DEBTOR_WIDE = "cleared_at IS NULL AND account_id IS NULL"
_OPEN_ON_ACCOUNT = "cleared_at IS NULL AND account_id IS NOT NULL"


class RaisedCaseFlag(Base):
    """A case flag an outcome raised on a debtor, or on one account for a dispute (0003).

    Open while ``cleared_at`` is NULL; a review clears it (who, when, why), nothing deletes it. At most one
    open flag per kind on a debtor (debtor-wide) or on an account: two partial unique indexes keep that true
    for every seat (one index could not, as NULL account ids never collide).
    """

    __tablename__ = "case_flags"
    __table_args__ = (
        CheckConstraint(_one_of("kind", CASE_FLAG_KINDS), name="kind"),
        Index("ix_case_flags_debtor_id_cleared_at", "debtor_id", "cleared_at"),
        Index("uq_case_flags_open_debtor_wide", "debtor_id", "kind", unique=True,
              sqlite_where=text(_OPEN_DEBTOR_WIDE), postgresql_where=text(_OPEN_DEBTOR_WIDE)),
        Index("uq_case_flags_open_on_account", "account_id", "kind", unique=True,
              sqlite_where=text(_OPEN_ON_ACCOUNT), postgresql_where=text(_OPEN_ON_ACCOUNT)),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    debtor_id: Mapped[int] = mapped_column(ForeignKey("debtors.id", ondelete="CASCADE"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))  # None: debtor-wide
    kind: Mapped[str] = mapped_column(String(16))
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    raised_by_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    cleared_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cleared_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    clear_note: Mapped[str | None] = mapped_column(Text)
