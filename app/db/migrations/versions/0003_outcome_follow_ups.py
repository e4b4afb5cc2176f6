"""Outcome follow-ups: case flags, and what promises, callbacks and plans need to be followed up.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

- ``case_flags`` (new): dispute, hardship, cease-contact, deceased, legal; raised by an outcome, cleared by a
  review, never deleted. Two partial unique indexes allow one open flag per kind, debtor-wide (no account) or
  per account; a single index over a nullable account_id would not, as NULLs never collide.
- ``payment_plans``: the call the plan was agreed on, its total, whether it needs a supervisor's approval
  (existing plans: no) and who approved it.
- ``callbacks``: the agent's note, and the call that made the callback once it is done.
- ``promises_to_pay``: a partial index over the pending promises, the only ones an evaluation reads (in id order).

Frozen like 0001: plain SQLAlchemy types, never app.db.models. The new foreign-key columns go through batch
mode, which SQLite needs to add a named constraint (app.db.migrate turns foreign keys off for the table copy).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MONEY = sa.Numeric(precision=14, scale=2)
TIMESTAMP = sa.DateTime(timezone=True)
CASE_FLAG_KINDS = ("dispute", "hardship", "cease_contact", "deceased", "legal")
OPEN_DEBTOR_WIDE = sa.text("cleared_at IS NULL AND account_id IS NULL")
OPEN_ON_ACCOUNT = sa.text("cleared_at IS NULL AND account_id IS NOT NULL")
PENDING_PROMISE = sa.text("status = 'pending'")


def _fk_name(table: str, column: str, target: str) -> str:
    return op.f(f"fk_{table}_{column}_{target}")


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=_fk_name(table, column, target), ondelete=ondelete)


def _create_case_flags() -> None:
    kinds = " OR ".join(f"kind = '{kind}'" for kind in CASE_FLAG_KINDS)  # OR chain, not IN: see 0001
    op.create_table(
        "case_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("debtor_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("raised_at", TIMESTAMP, nullable=False),
        sa.Column("raised_by_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("cleared_at", TIMESTAMP, nullable=True),
        sa.Column("cleared_by_id", sa.Integer(), nullable=True),
        sa.Column("clear_note", sa.Text(), nullable=True),
        sa.CheckConstraint(kinds, name=op.f("ck_case_flags_kind")),
        _fk("case_flags", "debtor_id", "debtors", "CASCADE"),
        _fk("case_flags", "account_id", "accounts", "CASCADE"),
        _fk("case_flags", "raised_by_id", "agents"),
        _fk("case_flags", "call_id", "calls", "SET NULL"),
        _fk("case_flags", "cleared_by_id", "agents"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_flags")),
    )
    op.create_index("ix_case_flags_debtor_id_cleared_at", "case_flags", ["debtor_id", "cleared_at"])
    op.create_index("uq_case_flags_open_debtor_wide", "case_flags", ["debtor_id", "kind"], unique=True,
                    sqlite_where=OPEN_DEBTOR_WIDE, postgresql_where=OPEN_DEBTOR_WIDE)
    op.create_index("uq_case_flags_open_on_account", "case_flags", ["account_id", "kind"], unique=True,
                    sqlite_where=OPEN_ON_ACCOUNT, postgresql_where=OPEN_ON_ACCOUNT)


def upgrade() -> None:
    _create_case_flags()
    with op.batch_alter_table("payment_plans") as batch:
        batch.add_column(sa.Column("call_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("total", MONEY, nullable=True))
        batch.add_column(sa.Column("needs_approval", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.add_column(sa.Column("approved_by_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(_fk_name("payment_plans", "call_id", "calls"), "calls", ["call_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_foreign_key(_fk_name("payment_plans", "approved_by_id", "agents"), "agents",
                                 ["approved_by_id"], ["id"])
    with op.batch_alter_table("callbacks") as batch:
        batch.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch.add_column(sa.Column("done_call_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(_fk_name("callbacks", "done_call_id", "calls"), "calls", ["done_call_id"], ["id"],
                                 ondelete="SET NULL")
    op.create_index("ix_promises_to_pay_pending", "promises_to_pay", ["id"],
                    sqlite_where=PENDING_PROMISE, postgresql_where=PENDING_PROMISE)


def downgrade() -> None:
    op.drop_index("ix_promises_to_pay_pending", table_name="promises_to_pay")
    with op.batch_alter_table("callbacks") as batch:
        batch.drop_constraint(_fk_name("callbacks", "done_call_id", "calls"), type_="foreignkey")
        batch.drop_column("done_call_id")
        batch.drop_column("note")
    with op.batch_alter_table("payment_plans") as batch:
        batch.drop_constraint(_fk_name("payment_plans", "approved_by_id", "agents"), type_="foreignkey")
        batch.drop_constraint(_fk_name("payment_plans", "call_id", "calls"), type_="foreignkey")
        batch.drop_column("approved_by_id")
        batch.drop_column("needs_approval")
        batch.drop_column("total")
        batch.drop_column("call_id")
    op.drop_table("case_flags")
