"""The work queue service reads off the GUI thread and answers on it; the window opens from its rows."""

import threading
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app.db.engine import session_factory
from app.db.work_queue_repository import WorkQueueRepository
from app.domain.work_queue import QueueFilter, QueueItemKind, QueueShow, WorkQueueItem
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.plan_offers import PlanOffers
from app.services.work_queue import CALLBACK_HORIZON, WorkQueue
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from app.ui.work_queue_panel import WorkQueuePanel
from tests.db.helpers import migrated_sqlite
from tests.db.work_queue_scenario import build_floor
from tests.ui.fakes import FakeCallLog, FakeDirectory, FakeFollowUps, sample_record
from tests.ui.guided_script import guided_library
from tests.ui.test_work_queue_panel import ITEMS, NOW, matching

CALLBACKS = QueueFilter(QueueShow.CALLBACKS)
PROMISES = QueueFilter(QueueShow.PROMISES_DUE)


class FakeSource:
    """The repository's ``queue``; with ``release`` cleared, a read waits on the worker thread until it is set."""

    def __init__(self, items: list[WorkQueueItem] | None = None) -> None:
        self.items = ITEMS if items is None else items
        self.calls: list[tuple[str, datetime, date, datetime, QueueFilter, int]] = []
        self.threads: set[int] = set()
        self.fail = False
        self.release = threading.Event()
        self.release.set()
        self.entered = threading.Event()
        self.reads_done = 0
        self.running = 0
        self.overlapped = False

    def queue(self, agent_login: str, now: datetime, today: date, callbacks_until: datetime,
              queue_filter: QueueFilter = QueueFilter(), limit: int = 200) -> list[WorkQueueItem]:
        self.threads.add(threading.get_ident())
        self.running += 1
        self.overlapped |= self.running > 1
        self.entered.set()
        try:
            self.release.wait(10)
            if self.fail:
                raise RuntimeError("database is away")
            self.calls.append((agent_login, now, today, callbacks_until, queue_filter, limit))
            return [i for i in self.items if queue_filter.wants(i.kind) and queue_filter.text in i.debtor_name]
        finally:
            self.running -= 1
            self.reads_done += 1


def test_reads_run_off_the_gui_thread_and_answers_arrive_on_it(qtbot: QtBot) -> None:
    source = FakeSource()
    queue = WorkQueue(source, "ana", limit=50, clock=lambda: NOW)
    gui_thread = QCoreApplication.instance().thread()  # type: ignore[union-attr]  # present here, or the test fails on this line
    arrived_on: list[QThread] = []
    queue.items_ready.connect(lambda _filter, _items: arrived_on.append(QThread.currentThread()))
    with qtbot.waitSignal(queue.items_ready) as ready:
        queue.request(QueueFilter())
    assert ready.args == [QueueFilter(), ITEMS] and arrived_on == [gui_thread]
    assert source.calls == [("ana", NOW, NOW.astimezone().date(), NOW + CALLBACK_HORIZON, QueueFilter(), 50)]
    assert threading.get_ident() not in source.threads and len(source.threads) == 1


def test_a_failure_keeps_the_last_list_and_is_reported_once(qtbot: QtBot) -> None:
    source = FakeSource()
    queue = WorkQueue(source, "ana", clock=lambda: NOW)
    problems: list[str] = []
    queue.problem.connect(problems.append)
    with qtbot.waitSignal(queue.items_ready):
        queue.request(QueueFilter())
    source.fail = True
    with qtbot.waitSignal(queue.items_ready) as ready:
        queue.request(QueueFilter())
    assert ready.args == [QueueFilter(), ITEMS]  # the last queue read stays on screen
    with qtbot.waitSignal(queue.items_ready) as ready:
        queue.request(CALLBACKS)
    assert ready.args == [CALLBACKS, []]
    assert len(problems) == 1 and "database is away" in problems[0]
    source.fail = False
    with qtbot.waitSignal(queue.items_ready) as ready:
        queue.request(CALLBACKS)
    assert [i.debtor_id for i in ready.args[1]] == [7]


def test_requests_during_a_read_coalesce_into_one_read_of_the_latest_filter(qtbot: QtBot) -> None:
    source = FakeSource()
    source.release.clear()
    queue = WorkQueue(source, "ana", clock=lambda: NOW)
    answers: list[QueueFilter] = []
    queue.items_ready.connect(lambda queue_filter, _items: answers.append(queue_filter))
    queue.request(QueueFilter())
    qtbot.waitUntil(source.entered.is_set)
    queue.request(CALLBACKS)  # a tick, then the agent picks another filter, while the first read runs
    queue.request(PROMISES)
    assert queue.busy and source.reads_done == 0
    source.release.set()
    qtbot.waitUntil(lambda: len(answers) == 2 and not queue.busy)
    assert answers == [QueueFilter(), PROMISES] and source.reads_done == 2 and not source.overlapped


def test_stop_waits_for_the_running_read_and_then_reads_no_more(qtbot: QtBot) -> None:
    source = FakeSource()
    source.release.clear()
    queue = WorkQueue(source, "ana", clock=lambda: NOW)
    queue.request(QueueFilter())
    qtbot.waitUntil(source.entered.is_set)
    queue.request(CALLBACKS)  # would follow, but the window is closing
    source.release.set()
    queue.stop()  # the database may be closed once this returns
    assert source.reads_done == 1
    qtbot.waitUntil(lambda: not queue.busy)  # its answer is delivered once the event loop runs
    queue.request(QueueFilter())
    assert not queue.busy and source.reads_done == 1


def test_the_ticks_ask_the_panel_to_read_and_the_typed_filter_wins(qtbot: QtBot, qtmodeltester) -> None:
    source = FakeSource()
    queue = WorkQueue(source, "ana", clock=lambda: NOW)
    panel = WorkQueuePanel(queue, "en")
    qtbot.addWidget(panel)
    queue.changed.connect(panel.refresh)
    with qtbot.waitSignal(queue.items_ready):
        queue.start()
    assert panel.model.rowCount() == 3
    source.release.clear()
    source.entered.clear()
    queue.nudge()
    qtbot.waitUntil(source.entered.is_set)
    panel.filter_field.setText("John")
    panel.filter_field.returnPressed.emit()
    source.release.set()
    qtbot.waitUntil(lambda: not panel.waiting and not queue.busy)
    assert [panel.model.row_at(r).debtor_name for r in range(panel.model.rowCount())] == ["John Smith"]
    qtmodeltester.check(panel.model)
    queue.stop()


class _SessionThreads:
    """Builds sessions like the sessionmaker and notes each statement run on another thread than its session's."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self.crossings: list[str] = []
        self.used_on: set[int] = set()
        event.listen(factory, "do_orm_execute", self._check)

    def __call__(self) -> Session:
        session = self._factory()
        session.info["thread"] = threading.get_ident()
        return session

    def _check(self, state: ORMExecuteState) -> None:
        here = threading.get_ident()
        self.used_on.add(here)
        if state.session.info.get("thread") != here:
            self.crossings.append(f"a session of thread {state.session.info.get('thread')} used on {here}")


def test_with_the_real_repository_each_session_stays_on_its_thread(qtbot: QtBot, tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    try:
        build_floor(engine)
        sessions = _SessionThreads(session_factory(engine))
        repository = WorkQueueRepository(sessions)  # type: ignore[arg-type]  # a test double in place of the real object
        queue = WorkQueue(repository, "ana")
        with qtbot.waitSignal(queue.items_ready) as ready:
            queue.request(QueueFilter())
            now = datetime.now(timezone.utc)  # the GUI thread reads meanwhile
            repository.queue("ana", now, now.date(), now + CALLBACK_HORIZON)
        queue.stop()
        assert ready.args[1] and all(isinstance(item, WorkQueueItem) for item in ready.args[1])
        assert sessions.crossings == [] and len(sessions.used_on) == 2  # the GUI thread and the queue's worker
    finally:
        engine.dispose()


@pytest.fixture
def window_with_a_queue(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1), sample_record(2, "Emily Carter", "+8613911112222")])
    call_log = FakeCallLog(directory)
    session = CallSession(phone=FakePhone(), call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "王芳"), language="en", follow_ups=FakeFollowUps(call_log))
    source = FakeSource([WorkQueueItem(QueueItemKind.CASE, 2, "Emily Carter", "M2", 40, None),
                         WorkQueueItem(QueueItemKind.CASE, 1, "张伟", "M1", 10, None)])
    queue = WorkQueue(source, "agent", clock=lambda: NOW)
    window = MainWindow(directory=directory, session=session, language="en", plan_offers=PlanOffers.for_pack("cn"),
                        work_queue=queue)
    qtbot.addWidget(window)
    yield window, source, queue
    queue.stop()


def test_next_debtor_right_after_the_window_opens_waits_for_the_queue(window_with_a_queue, qtbot: QtBot) -> None:
    window, source, queue = window_with_a_queue
    source.release.clear()
    window.load()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # before the queue was read
    assert window.work_queue is not None and window.work_queue.waiting
    source.release.set()
    qtbot.waitUntil(lambda: window.record_view.name_label.text() == "Emily Carter")
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.record_view.name_label.text() == "张伟"
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.record_view.name_label.text() == "Emily Carter"


def test_every_answer_for_the_panel_is_the_one_it_asked_for(qtbot: QtBot) -> None:
    source = FakeSource()
    queue = WorkQueue(source, "ana", clock=lambda: NOW)
    panel = WorkQueuePanel(queue, "en")
    qtbot.addWidget(panel)
    panel.show_only(QueueShow.PROMISES_DUE)
    qtbot.waitUntil(lambda: not panel.waiting)
    assert [panel.model.row_at(r) for r in range(panel.model.rowCount())] == matching(PROMISES)
