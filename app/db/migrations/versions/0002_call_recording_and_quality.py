"""Calls keep their recording's duration and a call-quality summary.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

``recording_path`` and ``recording_sha256`` exist since 0001. Both new columns are nullable (calls made before
this revision, or not recorded, have none), so plain ADD COLUMN works on SQLite and PostgreSQL alike; the
downgrade uses batch mode, which SQLite needs to drop columns.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("calls", sa.Column("recording_duration_ms", sa.Integer(), nullable=True))
    op.add_column("calls", sa.Column("quality_summary", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("quality_summary")
        batch.drop_column("recording_duration_ms")
