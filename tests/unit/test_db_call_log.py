"""The call log repository: rows written at once, events in order, outcome once, interrupted calls recovered."""

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.call_log_repository import CallLogError, CallLogRepository, CallNotFound
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.models import Call
from app.domain.call_log import CallEventKind
from tests.db.helpers import migrated_sqlite

T0 = datetime(2026, 11, 23, 1, 0, tzinfo=timezone.utc)


@pytest.fixture
def engine(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 5, as_of=T0.date())
    yield engine
    engine.dispose()


@pytest.fixture
def log(engine) -> CallLogRepository:
    return CallLogRepository(session_factory(engine))


def _start(log: CallLogRepository, agent: str = "li.na", debtor_id: int | None = 1, uuid: str = "a" * 32) -> int:
    return log.start_call(call_uuid=uuid, direction="outbound", number="+8613812345678", agent_login=agent,
                          debtor_id=debtor_id, script_id="standard", script_version=3)


def test_the_call_row_and_each_event_are_committed_at_once(engine, log: CallLogRepository, tmp_path: Path) -> None:
    call_id = _start(log)
    log.append_event(call_id, CallEventKind.CALL_STATE, {"state": "calling"})
    reader = create_database_engine(str(engine.url))  # a separate engine sees only committed data
    with reader.connect() as connection:
        call = connection.execute(select(Call.uuid, Call.script_version, Call.ended_at).where(Call.id == call_id)).one()
    assert call == ("a" * 32, 3, None)
    assert [e.payload for e in CallLogRepository(session_factory(reader)).events(call_id)] == [{"state": "calling"}]
    reader.dispose()


def test_events_get_consecutive_sequence_numbers_per_call(log: CallLogRepository) -> None:
    first, second = _start(log, uuid="1" * 32), _start(log, uuid="2" * 32)
    assert [log.append_event(first, "call_state", {"n": n}) for n in range(3)] == [1, 2, 3]
    assert log.append_event(second, "call_state", {}) == 1
    wall = T0 + timedelta(seconds=5)
    assert log.append_event(first, "media", {"audio": "active"}, wall_time=wall, monotonic_ns=123) == 4
    events = log.events(first)
    assert [e.sequence for e in events] == [1, 2, 3, 4]
    assert (events[-1].wall_time, events[-1].monotonic_ns, events[-1].kind) == (wall, 123, "media")


def test_concurrent_writers_never_reuse_a_sequence_number(engine) -> None:
    call_id = _start(CallLogRepository(session_factory(engine)))
    results: list[int] = []

    def write() -> None:
        log = CallLogRepository(session_factory(engine))
        results.extend(log.append_event(call_id, "call_state", {}) for _ in range(20))

    threads = [threading.Thread(target=write) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == list(range(1, 61))


def test_an_event_for_an_unknown_call_is_refused(log: CallLogRepository) -> None:
    with pytest.raises(CallNotFound):
        log.append_event(999, "call_state", {})
    with pytest.raises(CallNotFound):
        log.mark_answered(999, T0)


def test_answer_and_end_times_are_set_once(log: CallLogRepository, engine) -> None:
    call_id = _start(log)
    log.mark_answered(call_id, T0)
    log.mark_answered(call_id, T0 + timedelta(minutes=5))
    log.mark_ended(call_id, T0 + timedelta(minutes=2), "200 Normal call clearing")
    log.mark_ended(call_id, T0 + timedelta(minutes=9), "late duplicate")
    with session_factory(engine)() as session:
        call = session.get(Call, call_id)
        assert (call.answered_at, call.ended_at, call.end_reason) == (
            T0, T0 + timedelta(minutes=2), "200 Normal call clearing")


def test_the_outcome_is_recorded_once_with_an_outcome_event(log: CallLogRepository, engine) -> None:
    call_id = _start(log)
    log.mark_ended(call_id, T0, "200 Normal call clearing")
    log.set_outcome(call_id, "rpc_ptp", "月底前还1000元")
    with pytest.raises(CallLogError, match="already has outcome"):
        log.set_outcome(call_id, "rpc_refusal", "changed my mind")
    with pytest.raises(ValueError, match="not an outcome code"):
        log.set_outcome(_start(log, uuid="b" * 32), "maybe", "")
    with pytest.raises(ValueError, match="set by CallDesk"):
        log.set_outcome(_start(log, uuid="c" * 32), "interrupted", "")
    assert [(e.kind, e.payload) for e in log.events(call_id)] == [
        ("outcome", {"code": "rpc_ptp", "note": "月底前还1000元"})]
    history = {h.call_id: h for h in DebtorRepository(session_factory(engine)).record(1).contact_history}
    assert (history[call_id].outcome_code, history[call_id].note) == ("rpc_ptp", "月底前还1000元")


def test_calls_left_open_are_closed_as_interrupted_and_completed_by_the_agent(log: CallLogRepository, engine) -> None:
    open_call = _start(log, uuid="d" * 32)
    log.mark_answered(open_call, T0)
    last = datetime.now(timezone.utc) + timedelta(seconds=40)
    log.append_event(open_call, "call_state", {"state": "confirmed"}, wall_time=last)
    finished = _start(log, uuid="e" * 32)
    log.mark_ended(finished, T0, "200")
    log.set_outcome(finished, "no_answer", "")
    someone_elses = _start(log, agent="wang.qiang", uuid="f" * 32)

    offered = log.close_interrupted_calls(agent_login="li.na")
    assert [c.call_id for c in offered] == [open_call]
    view = offered[0]
    assert view.debtor_id == 1 and view.debtor_name and view.number == "+8613812345678"
    assert [e.kind for e in view.events] == ["call_state", "interrupted"]
    with session_factory(engine)() as session:
        call = session.get(Call, open_call)
        assert (call.ended_at, call.end_reason, call.outcome_code) == (last, "interrupted", "interrupted")
        assert session.get(Call, someone_elses).ended_at is None  # another seat's live call is left alone

    assert [c.call_id for c in log.close_interrupted_calls(agent_login="li.na")] == [open_call]  # still waiting
    log.complete_interrupted(open_call, "rpc_callback", "回电约在明天")
    assert log.close_interrupted_calls(agent_login="li.na") == []
    assert [e.payload for e in log.events(open_call)][-1] == {
        "code": "rpc_callback", "note": "回电约在明天", "completes": "interrupted"}
    with pytest.raises(CallLogError, match="not waiting for completion"):
        log.complete_interrupted(open_call, "rpc_ptp", "")
    with pytest.raises(CallLogError, match="not waiting for completion"):
        log.complete_interrupted(finished, "rpc_ptp", "")


def test_without_an_agent_every_open_call_is_closed(log: CallLogRepository) -> None:
    ids = {_start(log, agent=agent, uuid=agent.ljust(32, "0")) for agent in ("li.na", "wang.qiang")}
    assert {c.call_id for c in log.close_interrupted_calls()} == ids


def test_ensure_agent_creates_once(log: CallLogRepository) -> None:
    first = log.ensure_agent("zhao.lei", "赵磊")
    assert log.ensure_agent("zhao.lei", "赵磊") == first
    assert log.ensure_agent("qian.li", "钱丽") != first


def test_a_call_that_ended_without_an_outcome_is_offered_for_completion(log: CallLogRepository, engine) -> None:
    """CallDesk stopped while the outcome dialog was open: the call keeps its end, and asks for an outcome."""
    hung_up = _start(log, uuid="g" * 32)
    log.mark_ended(hung_up, T0, "200 Normal call clearing")
    (offered,) = log.close_interrupted_calls(agent_login="li.na")
    assert offered.call_id == hung_up
    assert offered.events[-1].payload == {"reason": "CallDesk stopped before the outcome was recorded"}
    with session_factory(engine)() as session:
        call = session.get(Call, hung_up)
        assert (call.ended_at.replace(tzinfo=timezone.utc) if call.ended_at.tzinfo is None else call.ended_at) == T0
        assert (call.end_reason, call.outcome_code) == ("200 Normal call clearing", "interrupted")
    log.complete_interrupted(hung_up, "rpc_ptp", "")
    assert log.close_interrupted_calls(agent_login="li.na") == []


def test_the_call_row_skips_the_disk_wait_and_leaves_every_connection_waiting_for_the_disk_again(engine,
                                                                                               log) -> None:
    """The row the INVITE waits for is committed without a sync (the next commit syncs it); nothing else is."""
    seen: list[int] = []
    original = engine.pool._do_return_conn  # every connection handed back to the pool, as it is handed back

    def returned(record) -> None:  # type: ignore[no-untyped-def]  # SQLAlchemy's private pool record type
        seen.append(record.dbapi_connection.execute("PRAGMA synchronous").fetchone()[0])
        original(record)

    engine.pool._do_return_conn = returned
    try:
        call_id = _start(log)
        log.append_event(call_id, CallEventKind.DIALLED, {"target": "sip:x@127.0.0.1"})
    finally:
        engine.pool._do_return_conn = original
    assert seen and set(seen) == {2}  # FULL on every connection back in the pool
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM calls WHERE id = ?", (call_id,)).scalar() == 1
