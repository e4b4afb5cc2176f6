"""The follow-up queue polls callbacks and promise statuses off the GUI thread; the panel lists callbacks and opens
the debtor."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.db.outcome_repository import FollowUpRepository
from app.domain.follow_ups import CallbackView
from app.services.follow_up_queue import FollowUpQueue
from tests.db.helpers import migrated_sqlite

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


class FakeSource:
    def __init__(self) -> None:
        self.callbacks = [CallbackView(1, 7, "张伟", NOW - timedelta(minutes=5), "after payday", 3),
                          CallbackView(2, 8, "John Smith", NOW + timedelta(hours=2), "", None)]
        self.evaluations: list[tuple[date, int]] = []
        self.threads: set[int] = set()
        self.fail = False
        self.release = threading.Event()
        self.release.set()
        self.entered = threading.Event()
        self.checks_done = 0
        self.running = 0
        self.overlapped = False

    def due_callbacks(self, agent_login: str, now: datetime, horizon: timedelta = timedelta(hours=12)) -> list[CallbackView]:
        self.threads.add(threading.get_ident())
        self.running += 1
        self.overlapped |= self.running > 1
        self.entered.set()
        try:
            self.release.wait(10)
            if self.fail:
                raise RuntimeError("database is away")
            return [c for c in self.callbacks if c.due_at <= now + horizon]
        finally:
            self.running -= 1
            self.checks_done += 1

    def evaluate_promises(self, today: date, grace_days: int) -> int:
        self.threads.add(threading.get_ident())
        self.evaluations.append((today, grace_days))
        return 2


def test_queue_reports_callbacks_and_promise_changes(qtbot: QtBot) -> None:
    source = FakeSource()
    clock = [NOW]
    queue = FollowUpQueue(source, "agent", 3, clock=lambda: clock[0])
    with qtbot.waitSignal(queue.callbacks_changed) as callbacks, qtbot.waitSignal(queue.promises_updated) as updated:
        queue.refresh()
    assert [c.callback_id for c in callbacks.args[0]] == [1, 2] and updated.args == [2]
    clock[0] = NOW + timedelta(minutes=1)
    with qtbot.waitSignal(queue.callbacks_changed):
        queue.refresh()
    assert len(source.evaluations) == 1  # promises are re-evaluated hourly, callbacks every tick
    clock[0] = NOW + timedelta(hours=1)
    with qtbot.waitSignal(queue.promises_updated):
        queue.refresh()
    assert len(source.evaluations) == 2


def test_a_database_failure_is_reported_once_and_retried(qtbot: QtBot) -> None:
    source = FakeSource()
    source.fail = True
    queue = FollowUpQueue(source, "agent", 3, clock=lambda: NOW)
    problems: list[str] = []
    queue.problem.connect(problems.append)
    with qtbot.waitSignal(queue.problem):
        queue.refresh()
    queue.refresh()
    qtbot.waitUntil(lambda: source.checks_done == 2 and not queue.busy)
    assert len(problems) == 1 and "database is away" in problems[0]
    source.fail = False
    with qtbot.waitSignal(queue.callbacks_changed):
        queue.refresh()


def test_the_queries_run_off_the_gui_thread_and_the_results_arrive_on_it(qtbot: QtBot) -> None:
    source = FakeSource()
    queue = FollowUpQueue(source, "agent", 3, clock=lambda: NOW)
    gui_thread = QCoreApplication.instance().thread()  # type: ignore[union-attr]  # present here, or the test fails on this line
    arrived_on: list[QThread] = []
    queue.callbacks_changed.connect(lambda _callbacks: arrived_on.append(QThread.currentThread()))
    queue.promises_updated.connect(lambda _count: arrived_on.append(QThread.currentThread()))
    with qtbot.waitSignal(queue.callbacks_changed):
        queue.refresh()
    assert threading.get_ident() not in source.threads and len(source.threads) == 1
    assert arrived_on == [gui_thread, gui_thread]


def test_a_refresh_during_a_check_runs_once_after_it_never_alongside(qtbot: QtBot) -> None:
    source = FakeSource()
    source.release.clear()
    queue = FollowUpQueue(source, "agent", 3, clock=lambda: NOW)
    changes: list[list[CallbackView]] = []
    queue.callbacks_changed.connect(changes.append)
    queue.refresh()
    qtbot.waitUntil(source.entered.is_set)
    queue.refresh()  # a call just ended while the minute's check runs
    queue.refresh()
    assert queue.busy and source.checks_done == 0
    source.release.set()
    qtbot.waitUntil(lambda: len(changes) == 2 and not queue.busy)
    assert source.checks_done == 2 and not source.overlapped


def test_stop_waits_for_the_running_check(qtbot: QtBot) -> None:
    source = FakeSource()
    source.release.clear()
    queue = FollowUpQueue(source, "agent", 3, clock=lambda: NOW)
    queue.start()
    qtbot.waitUntil(source.entered.is_set)
    source.release.set()
    queue.stop()  # the database may be closed once this returns
    assert source.checks_done == 1
    qtbot.waitUntil(lambda: not queue.busy)  # its result is delivered once the event loop runs
    queue.refresh()  # stopped: no new check
    assert not queue.busy


class _SessionsOnOneThread:
    """A sessionmaker that records every thread a session is used on (SQLAlchemy sessions are not thread-safe)."""

    def __init__(self, factory: "object") -> None:
        self._factory = factory
        self.crossings: list[str] = []
        self.used_on: set[int] = set()

    def __call__(self) -> Session:
        session: Session = self._factory()  # type: ignore[operator]  # a sessionmaker kept as an attribute
        session.info["thread"] = threading.get_ident()
        event.listen(session, "after_begin", self._check)
        return session

    @contextmanager
    def begin(self) -> Iterator[Session]:
        with self() as session, session.begin():
            yield session

    def _check(self, session: Session, _transaction: object, _connection: object) -> None:
        self.used_on.add(threading.get_ident())
        if session.info["thread"] != threading.get_ident():
            self.crossings.append(f"session opened on {session.info['thread']} used on {threading.get_ident()}")


def test_with_the_real_repository_each_session_stays_on_its_thread(qtbot: QtBot, tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    try:
        seed_demo_data(engine, 30, seed=5)
        sessions = _SessionsOnOneThread(session_factory(engine))
        repository = FollowUpRepository(sessions)  # type: ignore[arg-type]  # a test double in place of the real object
        queue = FollowUpQueue(repository, "agent", 3)
        with qtbot.waitSignal(queue.callbacks_changed) as callbacks:
            queue.start()
            repository.due_callbacks("agent", datetime.now(timezone.utc))  # the GUI thread reads meanwhile
        queue.stop()
        assert isinstance(callbacks.args[0], list)
        assert sessions.crossings == [] and len(sessions.used_on) == 2  # the GUI thread and the queue's worker
    finally:
        engine.dispose()
