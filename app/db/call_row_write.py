"""The call row's write, on the path of every dial: the INVITE waits for this commit.

Committed without waiting for the disk (SQLite ``synchronous = NORMAL`` for this one transaction, PostgreSQL
``synchronous_commit`` off): a disk sync here (5-10 ms on this machine) was most of the app's call set-up. Committed
like this, the row is safe from a crash of CallDesk at once (SQLite's WAL holds it; on PostgreSQL the server does),
and from a power cut with the next ordinary commit, which syncs the whole WAL: the call's DIALLED event, a few ms
later, while the far end is still ringing. Elsewhere every commit waits for the disk (``synchronous = FULL``,
engine.py).

On SQLite the statements go straight to the driver's connection (checked out of the engine's pool as usual):
SQLAlchemy's execution layer was ~75 % of this write's CPU time (0.44 of 0.56 ms warm, and 1.5 of 2.5 ms when the
thread wakes cold after a pause, measured here), and a dial pays it while the agent waits.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from app.db.models import Account, Call, Debtor


@dataclass(frozen=True)
class CallRow:
    uuid: str
    direction: str
    number: str
    agent_id: int
    debtor_id: int | None
    account_id: int | None  # None with ``account_number`` set: looked up in the same transaction
    account_number: str | None
    started_at: datetime
    script_id: str | None
    script_version: int | None


def write_call_row(engine: Engine, row: CallRow) -> int:
    """Insert the call row (and the debtor's last contact), commit without a disk sync, return the call's id."""
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            return _write_on_sqlite(connection, row)
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
            return _write_with_core(connection, row)


def _write_on_sqlite(connection: Connection, row: CallRow) -> int:
    driver = connection.connection.driver_connection
    assert driver is not None  # a checked-out connection always has one
    started_at = _bind_started_at(connection)(row.started_at)
    cursor = driver.cursor()
    cursor.execute("PRAGMA synchronous = NORMAL")  # outside a transaction: the driver begins one at the INSERT
    try:
        account_id = row.account_id
        if account_id is None and row.account_number and row.debtor_id is not None:
            found = cursor.execute(_SQLITE_ACCOUNT_OF_DEBTOR, (row.account_number, row.debtor_id)).fetchone()
            account_id = None if found is None else found[0]
        cursor.execute(_SQLITE_INSERT_CALL, (row.uuid, row.direction, row.number, row.agent_id, row.debtor_id,
                                             account_id, started_at, row.script_id, row.script_version))
        call_id = cursor.lastrowid
        if row.debtor_id is not None:  # the work queue puts the longest-untouched debtors first
            cursor.execute(_SQLITE_TOUCH_DEBTOR, (started_at, row.debtor_id))
        driver.commit()
    except BaseException:
        driver.rollback()
        raise
    finally:
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
    assert call_id is not None  # an INSERT's rowid
    return int(call_id)


def _write_with_core(connection: Connection, row: CallRow) -> int:
    account_id = row.account_id
    if account_id is None and row.account_number and row.debtor_id is not None:
        account_id = connection.execute(_ACCOUNT_OF_DEBTOR, {
            "call_account_number": row.account_number, "call_debtor_id": row.debtor_id}).scalar()
    call_id = int(connection.execute(_INSERT_CALL, {
        "call_uuid": row.uuid, "call_direction": row.direction, "call_number": row.number,
        "call_agent_id": row.agent_id, "call_debtor_id": row.debtor_id, "call_account_id": account_id,
        "call_started_at": row.started_at, "call_script_id": row.script_id,
        "call_script_version": row.script_version,
    }).scalar_one())
    if row.debtor_id is not None:
        connection.execute(_TOUCH_DEBTOR, {"call_debtor_id": row.debtor_id, "call_started_at": row.started_at})
    return call_id


def _bind_started_at(connection: Connection) -> Any:
    """How the dialect stores ``started_at`` (UtcDateTime, then the driver's format): as SQLAlchemy would."""
    dialect = connection.dialect
    processor = _BIND_PROCESSORS.get(dialect.name)
    if processor is None:
        processor = _CALLS.c.started_at.type.bind_processor(dialect) or (lambda value: value)
        _BIND_PROCESSORS[dialect.name] = processor
    return processor


_BIND_PROCESSORS: dict[str, Any] = {}
_CALLS = Call.__table__
_SQLITE_ACCOUNT_OF_DEBTOR = "SELECT id FROM accounts WHERE account_number = ? AND debtor_id = ?"
_SQLITE_INSERT_CALL = ("INSERT INTO calls (uuid, direction, number, agent_id, debtor_id, account_id, started_at, "
                       "script_id, script_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_SQLITE_TOUCH_DEBTOR = "UPDATE debtors SET last_contact_at = ? WHERE id = ?"
# The same for other databases, built once with bound parameters (compiled once).
_ACCOUNT_OF_DEBTOR = select(Account.id).where(Account.account_number == bindparam("call_account_number"),
                                              Account.debtor_id == bindparam("call_debtor_id"))
_INSERT_CALL = (
    insert(_CALLS)  # type: ignore[arg-type]  # a Table at run time; the declarative stub says FromClause
    .values(uuid=bindparam("call_uuid"), direction=bindparam("call_direction"), number=bindparam("call_number"),
            agent_id=bindparam("call_agent_id"), debtor_id=bindparam("call_debtor_id"),
            account_id=bindparam("call_account_id"),
            started_at=bindparam("call_started_at", type_=Call.started_at.type),
            script_id=bindparam("call_script_id"), script_version=bindparam("call_script_version"))
    .returning(_CALLS.c.id)
)
_TOUCH_DEBTOR = (
    update(Debtor).where(Debtor.id == bindparam("call_debtor_id"))
    .values(last_contact_at=bindparam("call_started_at", type_=Debtor.last_contact_at.type))
)
