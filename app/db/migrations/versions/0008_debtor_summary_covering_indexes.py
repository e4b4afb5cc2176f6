"""Covering indexes for the debtor list's rows: each debtor's phones and accounts read from one index leaf.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07

Every search and the first page of the debtor list build up to 200 rows (name, primary phone, worst account;
``app/db/debtor_summaries.py``). Through ``ix_debtor_phones_debtor_id`` and ``ix_accounts_debtor_id`` each debtor
cost an index page and then a table page per phone and per account, scattered over the file: the larger part of a
search at 1,000,000 debtors, and most of it when those pages are not in memory (the first searches of a shift,
after a backup or another program has pushed them out). The covering indexes hold the columns the rows need,
ordered as they are read (accounts grouped by currency), so the tables are not read at all. They replace the two
single-column indexes, which they also serve (``WHERE debtor_id = ?``, the cascades on delete).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_debtor_phones_summary", "debtor_phones", ["debtor_id", "owner", "phone_type", "number"])
    op.drop_index("ix_debtor_phones_debtor_id", table_name="debtor_phones")
    op.create_index("ix_accounts_summary", "accounts", ["debtor_id", "currency", "days_past_due", "total_due"])
    op.drop_index("ix_accounts_debtor_id", table_name="accounts")


def downgrade() -> None:
    op.create_index("ix_accounts_debtor_id", "accounts", ["debtor_id"])
    op.drop_index("ix_accounts_summary", table_name="accounts")
    op.create_index("ix_debtor_phones_debtor_id", "debtor_phones", ["debtor_id"])
    op.drop_index("ix_debtor_phones_summary", table_name="debtor_phones")
