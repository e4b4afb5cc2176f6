"""Initial schema: agents, debtors and their phones, accounts, payments, plans, promises, calls and the call log.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Written from an autogenerate run and reviewed by hand. Frozen: it uses plain SQLAlchemy types, never
app.db.models, so later model changes cannot alter what this revision creates.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(precision=14, scale=2)
TIMESTAMP = sa.DateTime(timezone=True)


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _pk(table: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}"))


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete)


def _check(table: str, name: str, column: str, values: tuple[str, ...]) -> sa.CheckConstraint:
    # An OR chain, not IN (...): SQLite rebuilds a constant IN list for every inserted row.
    condition = " OR ".join(f"{column} = '{value}'" for value in values)
    return sa.CheckConstraint(condition, name=op.f(f"ck_{table}_{name}"))


def _index(table: str, *columns: str, unique: bool = False) -> None:
    op.create_index(op.f(f"ix_{table}_{'_'.join(columns)}"), table, list(columns), unique=unique)


def upgrade() -> None:
    op.create_table(
        "agents",
        _id(),
        sa.Column("login", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        _check("agents", "role", "role", ("agent", "trainer", "qa", "supervisor")),
        _pk("agents"),
        sa.UniqueConstraint("login", name=op.f("uq_agents_login")),
    )
    op.create_table(
        "debtors",
        _id(),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("name_pinyin", sa.String(200), nullable=True),
        sa.Column("national_id", sa.String(18), nullable=False),
        sa.Column("address", sa.String(500), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        _check("debtors", "language", "language", ("zh_CN", "en")),
        _pk("debtors"),
    )
    _index("debtors", "full_name")
    _index("debtors", "name_pinyin")
    _index("debtors", "national_id")

    op.create_table(
        "debtor_phones",
        _id(),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("phone_type", sa.String(8), nullable=False),
        sa.Column("owner", sa.String(16), nullable=False),
        sa.Column("owner_name", sa.String(200), nullable=True),
        _check("debtor_phones", "phone_type", "phone_type", ("mobile", "home", "work")),
        _check("debtor_phones", "owner", "owner", ("self", "spouse", "parent", "relative", "employer", "friend", "other")),
        _fk("debtor_phones", "debtor_id", "debtors", "CASCADE"),
        _pk("debtor_phones"),
    )
    _index("debtor_phones", "debtor_id")
    _index("debtor_phones", "number")

    op.create_table(
        "accounts",
        _id(),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("account_number", sa.String(32), nullable=False),
        sa.Column("product", sa.String(100), nullable=False),
        sa.Column("principal", MONEY, nullable=False),
        sa.Column("interest", MONEY, nullable=False),
        sa.Column("fees", MONEY, nullable=False),
        sa.Column("total_due", MONEY, nullable=False),
        sa.Column("minimum_due", MONEY, nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("days_past_due", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.String(4), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        _fk("accounts", "debtor_id", "debtors", "CASCADE"),
        _pk("accounts"),
        sa.UniqueConstraint("account_number", name=op.f("uq_accounts_account_number")),
    )
    _index("accounts", "debtor_id")

    op.create_table(
        "payments",
        _id(),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        _fk("payments", "account_id", "accounts", "CASCADE"),
        _pk("payments"),
    )
    _index("payments", "account_id")

    op.create_table(
        "payment_plans",
        _id(),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _check("payment_plans", "kind", "kind", ("instalment", "deferral", "settlement")),
        _check("payment_plans", "status", "status", ("proposed", "active", "completed", "broken", "cancelled")),
        _fk("payment_plans", "account_id", "accounts", "CASCADE"),
        _pk("payment_plans"),
    )
    _index("payment_plans", "account_id")

    op.create_table(
        "plan_instalments",
        _id(),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        _fk("plan_instalments", "plan_id", "payment_plans", "CASCADE"),
        _pk("plan_instalments"),
        sa.UniqueConstraint("plan_id", "sequence", name=op.f("uq_plan_instalments_plan_id_sequence")),
    )

    op.create_table(
        "calls",
        _id(),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("debtor_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("started_at", TIMESTAMP, nullable=False),
        sa.Column("answered_at", TIMESTAMP, nullable=True),
        sa.Column("ended_at", TIMESTAMP, nullable=True),
        sa.Column("outcome_code", sa.String(32), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.Column("script_id", sa.String(64), nullable=True),
        sa.Column("script_version", sa.Integer(), nullable=True),
        sa.Column("recording_path", sa.String(1000), nullable=True),
        sa.Column("recording_sha256", sa.String(64), nullable=True),
        sa.Column("end_reason", sa.String(200), nullable=True),
        _check("calls", "direction", "direction", ("outbound", "inbound")),
        _fk("calls", "debtor_id", "debtors", "SET NULL"),
        _fk("calls", "account_id", "accounts", "SET NULL"),
        _fk("calls", "agent_id", "agents"),
        _pk("calls"),
        sa.UniqueConstraint("uuid", name=op.f("uq_calls_uuid")),
    )
    op.create_index("ix_calls_debtor_id_started_at", "calls", ["debtor_id", "started_at"])
    # Only open calls (a crash left them without an end), looked up at every start: a tiny partial index.
    open_calls = sa.text("ended_at IS NULL")
    op.create_index("ix_calls_open", "calls", ["id"], sqlite_where=open_calls, postgresql_where=open_calls)

    op.create_table(
        "call_events",
        _id(),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("wall_time", TIMESTAMP, nullable=False),
        sa.Column("monotonic_ns", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        _fk("call_events", "call_id", "calls"),
        _pk("call_events"),
        sa.UniqueConstraint("call_id", "sequence", name=op.f("uq_call_events_call_id_sequence")),
    )

    op.create_table(
        "promises_to_pay",
        _id(),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("promised_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", MONEY, nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        _check("promises_to_pay", "status", "status", ("pending", "kept", "broken")),
        _fk("promises_to_pay", "account_id", "accounts", "CASCADE"),
        _fk("promises_to_pay", "call_id", "calls", "SET NULL"),
        _pk("promises_to_pay"),
    )
    _index("promises_to_pay", "account_id")

    op.create_table(
        "notes",
        _id(),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        _fk("notes", "debtor_id", "debtors"),
        _fk("notes", "call_id", "calls"),
        _fk("notes", "author_id", "agents"),
        _pk("notes"),
    )
    _index("notes", "debtor_id")

    op.create_table(
        "callbacks",
        _id(),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("due_at", TIMESTAMP, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _check("callbacks", "status", "status", ("pending", "done", "cancelled")),
        _fk("callbacks", "debtor_id", "debtors", "CASCADE"),
        _fk("callbacks", "call_id", "calls", "SET NULL"),
        _fk("callbacks", "agent_id", "agents"),
        _pk("callbacks"),
    )
    _index("callbacks", "debtor_id")
    op.create_index("ix_callbacks_agent_id_status_due_at", "callbacks", ["agent_id", "status", "due_at"])


def downgrade() -> None:
    for table in ("callbacks", "notes", "promises_to_pay", "call_events", "calls", "plan_instalments",
                  "payment_plans", "payments", "accounts", "debtor_phones", "debtors", "agents"):
        op.drop_table(table)
