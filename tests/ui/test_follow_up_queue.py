"""The follow-up queue polls callbacks and promise statuses; the panel lists callbacks and opens the debtor."""

from datetime import date, datetime, timedelta, timezone

from pytestqt.qtbot import QtBot

from app.domain.follow_ups import CallbackView
from app.services.follow_up_queue import FollowUpQueue
from app.ui.due_callbacks_panel import DueCallbacksPanel

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


class FakeSource:
    def __init__(self) -> None:
        self.callbacks = [CallbackView(1, 7, "张伟", NOW - timedelta(minutes=5), "after payday", 3),
                          CallbackView(2, 8, "John Smith", NOW + timedelta(hours=2), "", None)]
        self.evaluations: list[tuple[date, int]] = []
        self.fail = False

    def due_callbacks(self, agent_login: str, now: datetime, horizon: timedelta = timedelta(hours=12)) -> list[CallbackView]:
        if self.fail:
            raise RuntimeError("database is away")
        return [c for c in self.callbacks if c.due_at <= now + horizon]

    def evaluate_promises(self, today: date, grace_days: int) -> int:
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
    queue.refresh()
    assert len(source.evaluations) == 1  # promises are re-evaluated hourly, callbacks every tick


def test_a_database_failure_is_reported_once_and_retried(qtbot: QtBot) -> None:
    source = FakeSource()
    source.fail = True
    queue = FollowUpQueue(source, "agent", 3, clock=lambda: NOW)
    problems: list[str] = []
    queue.problem.connect(problems.append)
    queue.refresh()
    queue.refresh()
    assert len(problems) == 1 and "database is away" in problems[0]
    source.fail = False
    with qtbot.waitSignal(queue.callbacks_changed):
        queue.refresh()


def test_panel_lists_callbacks_and_opens_the_debtor(qtbot: QtBot, qtmodeltester: object) -> None:
    panel = DueCallbacksPanel()
    qtbot.addWidget(panel)
    now = datetime.now(timezone.utc)
    panel.show_callbacks([CallbackView(1, 7, "张伟", now - timedelta(minutes=5), "after payday", 3),
                          CallbackView(2, 8, "John Smith", now + timedelta(hours=2), "", None)])
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    assert panel.model.rowCount() == 2 and panel.title.text().endswith("1 overdue")
    assert panel.model.index(0, 0).data().startswith("⚠")
    with qtbot.waitSignal(panel.debtor_chosen) as chosen:
        panel.table.activated.emit(panel.model.index(1, 0))
    assert chosen.args == [8]
    panel.show_callbacks([])
    assert panel.isHidden()
