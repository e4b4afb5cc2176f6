"""Calls by agent, and calls awaiting an outcome: the recent-calls list and the crash recovery at every start.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

``CallLogRepository.close_interrupted_calls`` looks for calls that ended without an outcome and for calls whose
outcome is still ``interrupted``; without an index each is a scan of every call (~25 ms each at 180,000 calls).
Both sets are almost always empty, so partial indexes over just those rows cost nothing to keep.
The phone panel's recent calls (an agent's latest calls) read ``calls`` by agent, newest first: without
``ix_calls_agent_id_started_at`` that is a sort of every call of the agent (~25 ms at 1,000,000 debtors).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WITHOUT_OUTCOME = sa.text("outcome_code IS NULL")
_INTERRUPTED = sa.text("outcome_code = 'interrupted'")


def upgrade() -> None:
    op.create_index("ix_calls_agent_id_started_at", "calls", ["agent_id", "started_at"])
    op.create_index("ix_calls_without_outcome", "calls", ["id"],
                    sqlite_where=_WITHOUT_OUTCOME, postgresql_where=_WITHOUT_OUTCOME)
    op.create_index("ix_calls_interrupted", "calls", ["started_at", "id"],
                    sqlite_where=_INTERRUPTED, postgresql_where=_INTERRUPTED)


def downgrade() -> None:
    op.drop_index("ix_calls_interrupted", table_name="calls")
    op.drop_index("ix_calls_without_outcome", table_name="calls")
    op.drop_index("ix_calls_agent_id_started_at", table_name="calls")
