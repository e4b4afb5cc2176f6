"""Work queue: debtors assigned to agents and their last contact; name-part indexes for substring search.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

- ``debtors.assigned_agent_id`` (nullable, FK agents, indexed): the agent's portfolio; NULL is the unassigned pool.
- ``debtors.last_contact_at``: the start of the latest call logged with the debtor, written by the call log; filled
  in here from the calls already logged.
- ``ix_debtors_name_from_2nd`` / ``_3rd``: expression indexes on the name from its 2nd / 3rd character, so any part
  of a Chinese name (伟明 of 张伟明) is an index range. The database computes them: nothing to fill in.
- ``ix_accounts_days_past_due`` (the pool's worst cases first) and ``ix_promises_to_pay_pending_due_on_amount``
  (the pool's promises due today, largest first).

Plain nullable columns: no batch table copy on SQLite (its ALTER TABLE takes the foreign key inline).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FK_NAME = "fk_debtors_assigned_agent_id_agents"
_PENDING = sa.text("status = 'pending'")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(f"ALTER TABLE debtors ADD COLUMN assigned_agent_id INTEGER CONSTRAINT {_FK_NAME} "
                   "REFERENCES agents (id)")
    else:
        op.add_column("debtors", sa.Column("assigned_agent_id", sa.Integer(), nullable=True))
        op.create_foreign_key(_FK_NAME, "debtors", "agents", ["assigned_agent_id"], ["id"])
    op.add_column("debtors", sa.Column("last_contact_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE debtors SET last_contact_at = (SELECT max(calls.started_at) FROM calls "
               "WHERE calls.debtor_id = debtors.id) WHERE id IN (SELECT debtor_id FROM calls)")
    op.create_index(op.f("ix_debtors_assigned_agent_id"), "debtors", ["assigned_agent_id"])
    op.create_index("ix_debtors_name_from_2nd", "debtors", [sa.text("substr(full_name, 2)")])
    op.create_index("ix_debtors_name_from_3rd", "debtors", [sa.text("substr(full_name, 3)")])
    op.create_index("ix_accounts_days_past_due", "accounts", ["days_past_due"])
    op.create_index("ix_promises_to_pay_pending_due_on_amount", "promises_to_pay", ["due_on", "amount"],
                    sqlite_where=_PENDING, postgresql_where=_PENDING)


def downgrade() -> None:
    op.drop_index("ix_promises_to_pay_pending_due_on_amount", table_name="promises_to_pay")
    op.drop_index("ix_accounts_days_past_due", table_name="accounts")
    op.drop_index("ix_debtors_name_from_3rd", table_name="debtors")
    op.drop_index("ix_debtors_name_from_2nd", table_name="debtors")
    op.drop_index(op.f("ix_debtors_assigned_agent_id"), table_name="debtors")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(_FK_NAME, "debtors", type_="foreignkey")
    with op.batch_alter_table("debtors") as batch:
        batch.drop_column("last_contact_at")
        batch.drop_column("assigned_agent_id")
