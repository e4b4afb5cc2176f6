"""The call row's write on the dial path (driver statements on SQLite): the same row the ORM would write."""

from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.call_row_write import CallRow, write_call_row
from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.db.models import Account, Call, Debtor
from tests.db.helpers import migrated_sqlite

T0 = datetime(2026, 11, 23, 1, 0, 30, 123456, tzinfo=timezone.utc)


@pytest.fixture
def engine(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 3, as_of=T0.date())
    yield engine
    engine.dispose()


def _row(engine, uuid: str = "a" * 32, **changes) -> CallRow:
    with engine.connect() as connection:
        debtor_id, account_number = connection.execute(select(Account.debtor_id, Account.account_number)).first()
    values = dict(uuid=uuid, direction="outbound", number="+8613812345678", agent_id=_agent(engine),
                  debtor_id=debtor_id, account_id=None, account_number=account_number, started_at=T0,
                  script_id="standard", script_version=3)
    values.update(changes)
    return CallRow(**values)


def _agent(engine) -> int:
    return CallLogRepository(session_factory(engine)).ensure_agent("li.na", "李娜")


def test_the_row_reads_back_as_the_orm_writes_it(engine) -> None:
    row = _row(engine)
    call_id = write_call_row(engine, row)
    with session_factory(engine)() as session:
        call = session.get(Call, call_id)
        assert call is not None
        account = session.scalar(select(Account).where(Account.account_number == row.account_number))
        assert (call.uuid, call.direction, call.number, call.agent_id, call.debtor_id, call.account_id) == (
            row.uuid, "outbound", "+8613812345678", row.agent_id, row.debtor_id, account.id if account else -1)
        assert (call.started_at, call.script_id, call.script_version, call.ended_at) == (T0, "standard", 3, None)
        assert session.get(Debtor, row.debtor_id).last_contact_at == T0  # the work queue's order


def test_an_account_of_another_debtor_is_not_linked_and_no_debtor_touches_none(engine) -> None:
    row = _row(engine, debtor_id=None)
    call_id = write_call_row(engine, row)
    with session_factory(engine)() as session:
        call = session.get(Call, call_id)
        assert call is not None and (call.debtor_id, call.account_id) == (None, None)
        assert session.scalars(select(Debtor.last_contact_at)).all() == [None] * 3


def test_a_failed_write_leaves_nothing_and_the_connection_syncs_again(engine) -> None:
    write_call_row(engine, _row(engine))
    with pytest.raises(Exception, match="UNIQUE"):  # the driver's IntegrityError: the same uuid twice
        write_call_row(engine, _row(engine, started_at=datetime(2026, 11, 24, tzinfo=timezone.utc)))
    with engine.connect() as connection:  # the pool's connection: back to a disk sync per commit (FULL = 2)
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert connection.scalar(select(Debtor.last_contact_at).where(Debtor.last_contact_at.is_not(None))) == T0
    assert len(session_factory(engine)().scalars(select(Call.id)).all()) == 1
