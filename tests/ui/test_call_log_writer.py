"""The call-log writer thread: writes committed in the order submitted, off the GUI thread; a failed write held,
reported on the GUI thread and retried, nothing dropped or reordered; ``flush`` waits for all of it.
And a whole call through CallSession with the writer thread and the real call log on SQLite: the GUI thread
commits no event, the events keep their order, and the outcome follows them."""

import threading
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.db.models import Call
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


class RowFirstPhone(FakePhone):
    """Notes, at each INVITE, which call rows were committed by then."""

    def __init__(self, sessions: Any) -> None:
        super().__init__()
        self.sessions = sessions
        self.rows_at_invite: list[list[int]] = []

    def make_call(self, target: str) -> str:
        with self.sessions() as db:
            self.rows_at_invite.append(list(db.scalars(select(Call.id))))
        return super().make_call(target)


@pytest.fixture
def threaded_desk(qtbot, tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 2)
    sessions = session_factory(engine)
    call_log = ThreadNotingLog(sessions)
    record = DebtorRepository(sessions).record(1)
    phone = RowFirstPhone(sessions)
    phone.start()
    writer = CallLogWriter()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "Agent"), language="en", writer=writer)
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    yield session, phone, call_log, sessions, record, writer
    session.close_unfinished_calls()  # stops the writer
    phone.shutdown()
    engine.dispose()


def test_a_dial_sends_the_invite_once_the_call_row_is_committed_without_the_gui_thread_waiting(qtbot,
                                                                                              threaded_desk) -> None:
    session, phone, _call_log, sessions, record, _writer = threaded_desk
    problems: list[str] = []
    session.problem.connect(problems.append)
    with sessions() as db:
        earlier = list(db.scalars(select(Call.id)))  # the demo data's calls
    assert session.dial(record, record.phones[0].number)
    assert not session.dial(record, record.phones[0].number) and problems  # one dial at a time, while it is written
    qtbot.waitUntil(lambda: session.active_call is not None)
    [rows] = phone.rows_at_invite
    assert rows == [*earlier, session.active_call[1]]  # the call's row was committed before its INVITE


def test_a_hang_up_while_the_call_row_is_written_places_no_call(qtbot, threaded_desk) -> None:
    session, phone, _call_log, sessions, record, _writer = threaded_desk
    problems: list[str] = []
    session.problem.connect(problems.append)
    with qtbot.waitSignal(session.outcome_required) as ended:
        assert session.dial(record, record.phones[0].number) and session.in_call
        session.hang_up()  # at once: the row is still being committed
    assert phone.rows_at_invite == [] and not session.in_call and session.awaiting_outcome
    assert "hung up" in problems[-1]
    session.record_outcome("no_answer", "hung up at once")
    with sessions() as db:
        call = db.get(Call, ended.args[0])
        assert call.end_reason == "failed_to_start" and call.outcome_code == "no_answer"


def test_no_dial_while_the_call_log_holds_unsaved_writes(qtbot, threaded_desk) -> None:
    session, phone, _call_log, _sessions, record, writer = threaded_desk
    problems: list[str] = []
    session.problem.connect(problems.append)
    writer.submit(lambda: (_ for _ in ()).throw(ConnectionError("database went away")), lambda _e, _n: None)
    qtbot.waitUntil(lambda: writer.holding)
    assert not session.dial(record, record.phones[0].number)
    assert "call log cannot be written" in problems[-1] and phone.rows_at_invite == []


def test_a_whole_call_is_logged_in_order_by_the_writer_thread(qtbot, threaded_desk) -> None:
    session, phone, call_log, sessions, record, _writer = threaded_desk
    assert session.dial(record, record.phones[0].number)
    qtbot.waitUntil(lambda: session.active_call is not None)
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
        call = db.get(Call, call_id)
        assert call.answered_at is not None and call.ended_at is not None and call.outcome_code == "no_answer"
