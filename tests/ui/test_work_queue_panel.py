"""The work queue panel lists the queue, narrows it, opens the debtor; the service re-reads on its tick."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.work_queue import QueueFilter, QueueItemKind, QueueShow, WorkQueueItem
from app.services.work_queue import CALLBACK_HORIZON, WorkQueue
from app.ui.work_queue_panel import WorkQueuePanel

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
ITEMS = [
    WorkQueueItem(QueueItemKind.CALLBACK_DUE, 7, "张伟", "M2", 40, NOW - timedelta(days=3),
                  due_at=NOW - timedelta(minutes=5), note="after payday", callback_id=1),
    WorkQueueItem(QueueItemKind.PROMISE_DUE, 8, "欧阳娜娜", "M1", 10, None, amount_due=Decimal("500.00")),
    WorkQueueItem(QueueItemKind.CASE, 9, "John Smith", "M6+", 200, None, in_portfolio=False),
]


class FakeReader:
    def __init__(self) -> None:
        self.filters: list[QueueFilter] = []

    def read(self, queue_filter: QueueFilter) -> list[WorkQueueItem]:
        self.filters.append(queue_filter)
        text = queue_filter.text
        return [i for i in ITEMS if queue_filter.wants(i.kind) and text in i.debtor_name]


def make_panel(qtbot: QtBot) -> tuple[WorkQueuePanel, FakeReader]:
    reader = FakeReader()
    panel = WorkQueuePanel(reader, "en")
    qtbot.addWidget(panel)
    panel.refresh()
    return panel, reader


def test_panel_lists_the_queue_and_says_what_is_due(qtbot: QtBot, qtmodeltester) -> None:
    panel, _ = make_panel(qtbot)
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 3
    column = {panel.model.headerData(c, Qt.Orientation.Horizontal): c for c in range(panel.model.columnCount())}
    text = [panel.model.data(panel.model.index(r, column["Why"])) for r in range(3)]
    assert text[0].startswith("⚠ Callback") and "500" in text[1] and text[2] == "Case (pool)"
    assert panel.model.data(panel.model.index(2, column["Last contact"])) == "never"
    assert "3" in panel.title.text() and "callback" in panel.title.text()
    assert panel.table.accessibleName() and panel.show_combo.accessibleName() and panel.filter_field.accessibleName()


def test_the_combo_and_the_text_narrow_the_queue(qtbot: QtBot, qtmodeltester) -> None:
    panel, reader = make_panel(qtbot)
    panel.show_only(QueueShow.PROMISES_DUE)
    assert reader.filters[-1].show is QueueShow.PROMISES_DUE and panel.model.rowCount() == 1
    panel.show_only(QueueShow.BUCKET, "M6+")
    assert reader.filters[-1] == QueueFilter(QueueShow.BUCKET, "M6+") and panel.model.rowCount() == 1
    assert panel.show_combo.currentText() == "Cases in M6+"
    panel.show_only(QueueShow.ALL)
    panel.filter_field.setText("张")  # as typed through an input method (keyClicks takes Latin keys only)
    qtbot.waitUntil(lambda: reader.filters[-1].text == "张")
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)


def test_enter_on_a_line_opens_the_debtor(qtbot: QtBot) -> None:
    panel, _ = make_panel(qtbot)
    panel.show()
    panel.select_row(1)
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    with qtbot.waitSignal(panel.debtor_chosen) as chosen:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert chosen.args == [8]


class FakeSource:
    def __init__(self) -> None:
        self.calls: list[tuple[str, datetime, date, datetime, QueueFilter, int]] = []
        self.fail = False

    def queue(self, agent_login: str, now: datetime, today: date, callbacks_until: datetime,
              queue_filter: QueueFilter = QueueFilter(), limit: int = 200) -> list[WorkQueueItem]:
        if self.fail:
            raise RuntimeError("database is away")
        self.calls.append((agent_login, now, today, callbacks_until, queue_filter, limit))
        return ITEMS


def test_service_reads_for_the_agent_and_reports_a_failure_once(qtbot: QtBot) -> None:
    source = FakeSource()
    queue = WorkQueue(source, "ana", limit=50, clock=lambda: NOW)
    assert queue.read(QueueFilter()) == ITEMS
    assert source.calls[0] == ("ana", NOW, NOW.astimezone().date(), NOW + CALLBACK_HORIZON, QueueFilter(), 50)
    problems: list[str] = []
    queue.problem.connect(problems.append)
    source.fail = True
    assert queue.read(QueueFilter()) == ITEMS  # the last queue read stays on screen
    assert queue.read(QueueFilter(QueueShow.CALLBACKS)) == []
    assert len(problems) == 1 and "database is away" in problems[0]


def test_service_ticks_and_the_panel_follows(qtbot: QtBot) -> None:
    queue = WorkQueue(FakeSource(), "ana", clock=lambda: NOW)
    panel = WorkQueuePanel(queue, "en")
    qtbot.addWidget(panel)
    queue.changed.connect(panel.refresh)
    with qtbot.waitSignal(queue.changed):
        queue.start()
    assert panel.model.rowCount() == 3
    with qtbot.waitSignal(queue.changed):
        queue.nudge()
