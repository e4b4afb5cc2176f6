"""Every call's number in E.164, and the account a call was about.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

Before this revision an outbound call stored the number as dialled from the record (E.164, +8613812345678) but an
inbound call stored the caller ID as the PBX sent it (national, 13812345678), so one debtor's calls showed and
matched in two forms. Numbers that are phone numbers are rewritten in E.164 (app.phone_numbers.call_log_number); SIP
users, short codes and "unknown" are left as they are. Only the form changes, not which number it is.

``calls.account_id`` was never filled, although each outbound call's DIALLED event names the last four digits of
the account it was about: where exactly one of the debtor's accounts ends in those digits, it is filled in.

The downgrade leaves both as they are: E.164 numbers and filled-in accounts are valid under 0006 too.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.phone_numbers import call_log_number

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 1000


def upgrade() -> None:
    bind = op.get_bind()
    _numbers_to_e164(bind)
    _accounts_from_dial_events(bind)


def downgrade() -> None:
    pass


def _numbers_to_e164(bind: sa.Connection) -> None:
    calls = sa.table("calls", sa.column("id", sa.Integer), sa.column("number", sa.String))
    last_id = 0
    while True:
        rows = bind.execute(
            sa.select(calls.c.id, calls.c.number)
            .where(calls.c.id > last_id, sa.not_(calls.c.number.startswith("+")))
            .order_by(calls.c.id).limit(_BATCH)
        ).all()
        if not rows:
            return
        changed = [{"call_id": call_id, "e164": call_log_number(number)} for call_id, number in rows
                   if call_log_number(number) != number]
        if changed:
            bind.execute(calls.update().where(calls.c.id == sa.bindparam("call_id"))
                         .values(number=sa.bindparam("e164")), changed)
        last_id = rows[-1][0]


def _accounts_from_dial_events(bind: sa.Connection) -> None:
    calls = sa.table("calls", sa.column("id", sa.Integer), sa.column("debtor_id", sa.Integer),
                     sa.column("account_id", sa.Integer))
    events = sa.table("call_events", sa.column("call_id", sa.Integer), sa.column("kind", sa.String),
                      sa.column("payload", sa.JSON), sa.column("sequence", sa.Integer))
    accounts = sa.table("accounts", sa.column("id", sa.Integer), sa.column("debtor_id", sa.Integer),
                        sa.column("account_number", sa.String))
    dialled = bind.execute(
        sa.select(calls.c.id, calls.c.debtor_id, events.c.payload)
        .join(events, events.c.call_id == calls.c.id)
        .where(calls.c.account_id.is_(None), calls.c.debtor_id.is_not(None), events.c.kind == "dialled")
        .order_by(calls.c.id, events.c.sequence)
    ).all()
    numbers: dict[int, list[tuple[int, str]]] = {}
    filled: list[dict[str, int]] = []
    seen: set[int] = set()
    for call_id, debtor_id, payload in dialled:
        last_four = payload.get("account") if isinstance(payload, dict) else None
        if call_id in seen or not isinstance(last_four, str) or not last_four:
            continue
        seen.add(call_id)
        if debtor_id not in numbers:
            numbers[debtor_id] = [(int(account_id), str(number)) for account_id, number in bind.execute(
                sa.select(accounts.c.id, accounts.c.account_number).where(accounts.c.debtor_id == debtor_id))]
        matches = [account_id for account_id, number in numbers[debtor_id] if number.endswith(last_four)]
        if len(matches) == 1:
            filled.append({"call_id": call_id, "account": matches[0]})
    if filled:
        bind.execute(calls.update().where(calls.c.id == sa.bindparam("call_id"))
                     .values(account_id=sa.bindparam("account")), filled)
