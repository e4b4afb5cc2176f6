"""Migration 0007 on a given engine (SQLite in tests/unit, PostgreSQL in tests/db): call numbers to E.164, the
account filled in from the DIALLED event."""

from datetime import datetime, timezone

from alembic import command
from sqlalchemy import Engine, insert, select

from app.db import models
from app.db.demo_data import seed_demo_data
from app.db.migrate import alembic_config, upgrade_to_head

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
NUMBERS = {  # as stored before 0007 -> after
    "u1": ("13812345678", "+8613812345678"),  # an inbound caller ID, national
    "u2": ("+8613912345678", "+8613912345678"),  # an outbound call, already E.164
    "u3": ("01062345678", "+861062345678"),  # a landline caller ID
    "u4": ("debtor", "debtor"),  # a SIP user (demo line)
    "u5": ("unknown", "unknown"),  # a withheld caller
    "u6": ("10086", "10086"),  # a short code
}


def check_migration_0007(engine: Engine) -> None:
    upgrade_to_head(engine)
    seed_demo_data(engine, 2)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0006")
        agent_id = connection.execute(insert(models.Agent.__table__).values(  # type: ignore[arg-type]  # a Table at run time
            login="ana", display_name="ana", role="agent", created_at=T0).returning(models.Agent.__table__.c.id)
        ).scalar_one()
        account_number = connection.execute(
            select(models.Account.account_number).where(models.Account.debtor_id == 1)).scalars().first()
        assert account_number is not None
        call_ids = {}
        for uuid, (number, _after) in NUMBERS.items():
            call_ids[uuid] = connection.execute(insert(models.Call.__table__).values(  # type: ignore[arg-type]  # a Table at run time
                uuid=uuid, debtor_id=1 if uuid in ("u1", "u2") else None, direction="outbound", number=number,
                agent_id=agent_id, started_at=T0).returning(models.Call.__table__.c.id)).scalar_one()
        connection.execute(insert(models.CallEvent.__table__), [  # type: ignore[arg-type]  # a Table at run time
            {"call_id": call_ids["u2"], "sequence": 1, "wall_time": T0, "monotonic_ns": 1, "kind": "dialled",
             "payload": {"target": "sip:13912345678@pbx", "account": account_number[-4:]}},
            {"call_id": call_ids["u1"], "sequence": 1, "wall_time": T0, "monotonic_ns": 1, "kind": "dialled",
             "payload": {"target": "sip:13812345678@pbx", "account": None}},
        ])
    upgrade_to_head(engine)
    with engine.connect() as connection:
        rows = {uuid: (number, account_id) for uuid, number, account_id in connection.execute(
            select(models.Call.uuid, models.Call.number, models.Call.account_id)
            .where(models.Call.uuid.in_(NUMBERS)))}  # the demo data has calls of its own
        account_id = connection.scalar(select(models.Account.id).where(models.Account.account_number == account_number))
    assert {uuid: number for uuid, (number, _) in rows.items()} == {uuid: after for uuid, (_, after) in NUMBERS.items()}
    assert rows["u2"][1] == account_id  # named by the dial event's last four digits
    assert all(account is None for uuid, (_, account) in rows.items() if uuid != "u2")
