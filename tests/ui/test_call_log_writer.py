"""The call-log writer thread: writes committed in the order submitted, off the GUI thread; a failed write held,
reported on the GUI thread and retried, nothing dropped or reordered; ``flush`` waits for all of it.
And a whole call through CallSession with the writer thread and the real call log on SQLite: the GUI thread
commits no event, the events keep their order, and the outcome follows them."""

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.domain.call_log import CallEventKind
from app.services.call_log_writer import CallLogWriter
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.telephony.events import CallStateChanged
from app.telephony.fake_phone import FakePhone
from tests.db.helpers import migrated_sqlite
from tests.ui.guided_script import guided_library


class FlakyLog:
    """Writes into a list on whatever thread runs them; ``down`` makes each write fail as a lost database would."""

    def __init__(self) -> None:
        self.written: list[int] = []
        self.threads: set[int] = set()
        self.down = False

    def write(self, n: int) -> None:
        if self.down:
            raise ConnectionError("database went away")
        self.threads.add(threading.get_ident())
        self.written.append(n)


@pytest.fixture
def writer(qtbot):
    writer = CallLogWriter()
    yield writer
    writer.stop()


def _never(_error: BaseException, _held: int) -> None:
    raise AssertionError("no write should fail here")


def test_writes_are_committed_in_order_on_the_writer_thread(writer) -> None:
    log = FlakyLog()
    for n in range(200):
        writer.submit(lambda n=n: log.write(n), _never)
    assert writer.flush()
    assert log.written == list(range(200)) and writer.unsaved_count == 0
    assert log.threads and threading.get_ident() not in log.threads


def test_a_failed_write_is_held_reported_on_the_gui_thread_and_retried_before_the_next(qtbot, writer) -> None:
    log = FlakyLog()
    reports: list[tuple[str, int, int]] = []
    report = lambda error, held: reports.append((type(error).__name__, held, threading.get_ident()))  # noqa: E731 - a one-line test callback
    writer.submit(lambda: log.write(1), report)
    assert writer.flush()
    log.down = True
    writer.submit(lambda: log.write(2), report)
    qtbot.waitUntil(lambda: bool(reports))
    assert reports[0] == ("ConnectionError", 1, threading.get_ident())  # delivered here, the GUI thread
    writer.submit(lambda: log.write(3), report)  # retried first, fails again: both held, in order
    assert not writer.flush()  # one more try, which fails: False at once, no waiting for the timeout
    assert writer.unsaved_count == 2 and log.written == [1]
    log.down = False
    writer.submit(lambda: log.write(4), report)
    assert writer.flush()
    assert log.written == [1, 2, 3, 4] and writer.unsaved_count == 0


def test_stop_commits_what_waits_and_later_writes_run_at_once(writer) -> None:
    log = FlakyLog()
    for n in range(50):
        writer.submit(lambda n=n: log.write(n), _never)
    assert writer.stop()
    assert log.written == list(range(50))
    writer.submit(lambda: log.write(50), _never)  # after stop: on this thread, before submit returns
    assert log.written[-1] == 50 and threading.get_ident() in log.threads


def test_without_a_thread_each_write_is_committed_before_submit_returns() -> None:
    log, reports = FlakyLog(), []
    writer = CallLogWriter(threaded=False)
    writer.submit(lambda: log.write(1), lambda error, held: reports.append(held))
    assert log.written == [1] and log.threads == {threading.get_ident()}
    log.down = True
    writer.submit(lambda: log.write(2), lambda error, held: reports.append(held))
    assert reports == [1] and writer.unsaved_count == 1
    log.down = False
    assert writer.flush() and log.written == [1, 2]


class ThreadNotingLog(CallLogRepository):
    """The real repository, noting which thread committed each event."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.event_threads: list[int] = []

    def append_event(self, call_id: int, kind: str, payload: dict[str, Any], wall_time: datetime | None = None,
                     monotonic_ns: int | None = None) -> int:
        sequence = super().append_event(call_id, kind, payload, wall_time, monotonic_ns)
        self.event_threads.append(threading.get_ident())
        return sequence


def test_a_whole_call_is_logged_in_order_by_the_writer_thread(qtbot, tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 2)
    sessions = session_factory(engine)
    call_log = ThreadNotingLog(sessions)
    record = DebtorRepository(sessions).record(1)
    phone = FakePhone()
    phone.start()
    writer = CallLogWriter()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "Agent"), language="en", writer=writer)
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    try:
        assert session.dial(record, record.phones[0].number)
        phone.pump()
        call_key, call_id = session.active_call
        phone.remote_rings(call_key)
        phone.remote_answers(call_key)
        phone.pump()
        session.next_stage()
        session.hang_up()
        phone.pump()
        session.record_outcome("no_answer", "writer thread")
        events = call_log.events(call_id)
        kinds = [(e.kind, e.payload.get("state")) for e in events]
        assert kinds[:5] == [("dialled", None), ("call_state", "calling"), ("call_state", "early"),
                             ("call_state", "confirmed"), (CallEventKind.SCRIPT_STEP_ENTERED, None)]
        assert ("call_state", "disconnected") in kinds and kinds[-1] == (CallEventKind.OUTCOME, None)
        assert [e.sequence for e in events] == list(range(1, len(events) + 1))
        assert call_log.event_threads and threading.get_ident() not in call_log.event_threads
        with sessions() as db:
            from app.db.models import Call
            call = db.get(Call, call_id)
            assert call.answered_at is not None and call.ended_at is not None and call.outcome_code == "no_answer"
    finally:
        session.close_unfinished_calls()  # stops the writer
        phone.shutdown()
        engine.dispose()
