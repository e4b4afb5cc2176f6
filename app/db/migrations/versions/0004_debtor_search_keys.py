"""Debtor search keys: pinyin initials of the name and the last four characters of the national ID.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

- ``debtors.name_initials``: 张伟 -> "zw", John Smith -> "js", so agents can type initials; indexed for prefix search.
- ``debtors.national_id_last4``: what agents ask a debtor for (身份证尾号); indexed for an exact match, where a
  suffix match over the full ID would read every row.

Both are written by the app with each debtor and filled in here for existing rows: the ID part in SQL, the initials
once per distinct name with a frozen copy of app.db.name_keys.name_initials. The indexes are built after the fill.
Plain nullable columns, so no batch table copy on SQLite.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH_NAMES = 5_000
_WORD = re.compile(r"[a-z0-9]+")


def _initials(full_name: str) -> str:
    from pypinyin import Style, lazy_pinyin  # Alembic loads every migration at start: not at import

    syllables = lazy_pinyin(full_name, style=Style.NORMAL, errors="default", v_to_u=False)
    return "".join(word[0] for syllable in syllables for word in _WORD.findall(syllable.lower()))


def _fill_name_initials(connection: sa.Connection) -> None:
    debtors = sa.table("debtors", sa.column("full_name", sa.String), sa.column("name_initials", sa.String))
    names = list(connection.scalars(sa.select(debtors.c.full_name).distinct()))
    update = (sa.update(debtors).where(debtors.c.full_name == sa.bindparam("name"))
              .values(name_initials=sa.bindparam("initials")))
    for start in range(0, len(names), BATCH_NAMES):
        batch = names[start:start + BATCH_NAMES]
        connection.execute(update, [{"name": name, "initials": _initials(name)} for name in batch])


def upgrade() -> None:
    op.add_column("debtors", sa.Column("name_initials", sa.String(200), nullable=True))
    op.add_column("debtors", sa.Column("national_id_last4", sa.String(4), nullable=True))
    op.execute("UPDATE debtors SET national_id_last4 = upper(substr(national_id, length(national_id) - 3, 4))")
    _fill_name_initials(op.get_bind())
    op.create_index(op.f("ix_debtors_name_initials"), "debtors", ["name_initials"])
    op.create_index(op.f("ix_debtors_national_id_last4"), "debtors", ["national_id_last4"])


def downgrade() -> None:
    op.drop_index(op.f("ix_debtors_national_id_last4"), table_name="debtors")
    op.drop_index(op.f("ix_debtors_name_initials"), table_name="debtors")
    with op.batch_alter_table("debtors") as batch:
        batch.drop_column("national_id_last4")
        batch.drop_column("name_initials")
