"""The work queue panel asks for the queue, lists the answer to its latest request, narrows it, opens the debtor."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from app.domain.work_queue import QueueFilter, QueueItemKind, QueueShow, WorkQueueItem
from app.ui.work_queue_panel import WorkQueuePanel

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
ITEMS = [
    WorkQueueItem(QueueItemKind.CALLBACK_DUE, 7, "张伟", "M2", 40, NOW - timedelta(days=3),
                  due_at=NOW - timedelta(minutes=5), note="after payday", callback_id=1),
    WorkQueueItem(QueueItemKind.PROMISE_DUE, 8, "欧阳娜娜", "M1", 10, None, amount_due=Decimal("500.00")),
    WorkQueueItem(QueueItemKind.CASE, 9, "John Smith", "M6+", 200, None, in_portfolio=False),
]


def matching(queue_filter: QueueFilter) -> list[WorkQueueItem]:
    return [i for i in ITEMS if queue_filter.wants(i.kind) and queue_filter.text in i.debtor_name]


class FakeReader(QObject):
    """Answers each request at once, or, with ``hold``, when the test calls ``answer``."""

    items_ready = Signal(object, list)

    def __init__(self, hold: bool = False) -> None:
        super().__init__()
        self.filters: list[QueueFilter] = []
        self.hold = hold

    def request(self, queue_filter: QueueFilter) -> None:
        self.filters.append(queue_filter)
        if not self.hold:
            self.answer(queue_filter)

    def answer(self, queue_filter: QueueFilter) -> None:
        self.items_ready.emit(queue_filter, matching(queue_filter))


def make_panel(qtbot: QtBot, hold: bool = False) -> tuple[WorkQueuePanel, FakeReader]:
    reader = FakeReader(hold)
    panel = WorkQueuePanel(reader, "en")
    qtbot.addWidget(panel)
    panel.refresh()
    return panel, reader


def test_panel_lists_the_queue_and_says_what_is_due(qtbot: QtBot, qtmodeltester) -> None:
    panel, _ = make_panel(qtbot)
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 3 and not panel.waiting
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


def test_only_the_answer_to_the_latest_request_is_shown(qtbot: QtBot, qtmodeltester) -> None:
    panel, reader = make_panel(qtbot, hold=True)
    everything = reader.filters[-1]
    assert panel.waiting and panel.model.rowCount() == 0
    panel.show_only(QueueShow.CALLBACKS)  # picked while the first read is still under way
    callbacks = reader.filters[-1]
    reader.answer(everything)
    assert panel.waiting and panel.model.rowCount() == 0  # stale: dropped
    reader.answer(callbacks)
    assert not panel.waiting and [panel.model.row_at(r).debtor_id for r in range(panel.model.rowCount())] == [7]
    reader.answer(everything)  # a late answer to an old filter never replaces the latest
    assert panel.model.rowCount() == 1 and "1" in panel.title.text()
    qtmodeltester.check(panel.model)


def test_next_asked_for_before_the_first_answer_opens_the_first_line_when_it_arrives(qtbot: QtBot) -> None:
    panel, reader = make_panel(qtbot, hold=True)
    chosen: list[int] = []
    panel.debtor_chosen.connect(chosen.append)
    panel.open_next(1)  # Ctrl+Down as the window opens
    assert chosen == []
    reader.answer(reader.filters[-1])
    assert chosen == [7]
    panel.open_next(1)
    assert chosen == [7, 8]


def test_next_on_an_empty_answered_queue_does_nothing_later(qtbot: QtBot) -> None:
    panel, reader = make_panel(qtbot)
    reader.hold = True
    panel.filter_field.setText("nobody")
    panel.filter_field.returnPressed.emit()
    reader.answer(reader.filters[-1])
    chosen: list[int] = []
    panel.debtor_chosen.connect(chosen.append)
    panel.open_next(1)  # nothing to open, and nothing on its way: not remembered
    panel.filter_field.clear()
    panel.refresh()
    reader.answer(reader.filters[-1])
    assert panel.model.rowCount() == 3 and chosen == []


def test_enter_on_a_line_opens_the_debtor(qtbot: QtBot) -> None:
    panel, _ = make_panel(qtbot)
    panel.show()
    panel.select_row(1)
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    with qtbot.waitSignal(panel.debtor_chosen) as chosen:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert chosen.args == [8]


def test_the_queue_read_again_unchanged_keeps_the_agents_place(qtbot: QtBot) -> None:
    """The queue is read every minute: an agent who moved down it with the arrow keys stays on their row."""
    panel, reader = make_panel(qtbot)
    panel.show()
    panel.table.setFocus()
    panel.select_row(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert panel.table.currentIndex().row() == 1
    redrawn: list[tuple[int, int]] = []
    panel.model.dataChanged.connect(lambda first, last, _roles=(): redrawn.append((first.row(), last.row())))
    panel.refresh()  # the minute's poll: the same rows
    assert panel.table.currentIndex().row() == 1
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [1]
    assert redrawn == [(0, 2)]  # redrawn all the same: "overdue" and "today" depend on the clock
    reader.answer(panel.current_filter())
    assert panel.table.currentIndex().row() == 1
    panel.filter_field.setText("张")
    panel.refresh()  # other rows: the list starts afresh
    assert panel.model.rowCount() == 1 and not panel.table.selectionModel().selectedRows()
