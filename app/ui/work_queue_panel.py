"""The agent's work queue: who to call next and why, most urgent first; narrowed by kind or bucket and by name.

Enter or a double-click on a line opens the debtor (``debtor_chosen``). The panel asks its WorkQueueReader
(app.services.work_queue) for the queue whenever the filter changes or ``refresh`` is called (the service's
``changed``); the answer arrives later (``items_ready``, read off the GUI thread) and only the answer to the latest
request is shown, so a filter typed meanwhile wins.
"""

from datetime import datetime, timezone

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.buckets import BUCKETS
from app.domain.work_queue import QueueFilter, QueueItemKind, QueueShow, WorkQueueItem, count_by_kind
from app.services.work_queue import WorkQueueReader
from app.ui import display
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel

FILTER_DELAY_MS = 200


class WorkQueuePanel(QWidget):
    debtor_chosen = Signal(int)

    def __init__(self, reader: WorkQueueReader, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._language = language
        self._asked: QueueFilter | None = None  # the latest request; answers to earlier ones are dropped
        self._answered = False  # the answer to the latest request has arrived
        self._step_when_answered: int | None = None  # open_next asked for while no rows were there yet
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600;")
        self.show_combo = QComboBox(self)
        self.show_combo.setAccessibleName(self.tr("Show in the work queue"))
        self._fill_show_combo()
        self.filter_field = QLineEdit(self)
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.setPlaceholderText(self.tr("Filter by name or pinyin…"))
        self.filter_field.setAccessibleName(self.tr("Filter the work queue by name"))
        self.model: RowTableModel[WorkQueueItem] = RowTableModel(self._columns(), self)
        self.table = read_only_table(self.model, self.tr("Work queue"), self)
        self._fit_columns()
        filters = QHBoxLayout()
        filters.addWidget(self.show_combo)
        filters.addWidget(self.filter_field, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.show_combo, self.filter_field)
        self.setTabOrder(self.filter_field, self.table)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self.filter_field.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_field.returnPressed.connect(self.refresh)
        self.show_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.table.activated.connect(self._on_activated)
        reader.items_ready.connect(self._on_items_ready)

    def _fill_show_combo(self) -> None:
        self._choices: list[tuple[QueueShow, str | None]] = [
            (QueueShow.ALL, None), (QueueShow.CALLBACKS, None), (QueueShow.PROMISES_DUE, None),
            *((QueueShow.BUCKET, bucket) for bucket in BUCKETS),
        ]
        self.show_combo.addItems([self.tr("Everything"), self.tr("Callbacks"), self.tr("Promises due today")])
        self.show_combo.addItems([self.tr("Cases in %1").replace("%1", bucket) for bucket in BUCKETS])

    def _columns(self) -> list[Column[WorkQueueItem]]:
        return [
            Column(self.tr("Why"), self._why),
            Column(self.tr("Debtor"), lambda item: item.debtor_name),
            Column(self.tr("Bucket"), lambda item: item.bucket),
            Column(self.tr("DPD"), lambda item: str(item.days_past_due), align_right=True),
            Column(self.tr("Last contact"), self._last_contact),
        ]

    def _fit_columns(self) -> None:
        """At 1366×768 the column is ~430 px: every column but "Why" fits its contents (the header "Last contact"
        and the dates whole, on one line); "Why" takes what is left and is cut with "…" (its tooltip is whole)."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

    def current_filter(self) -> QueueFilter:
        show, bucket = self._choices[max(self.show_combo.currentIndex(), 0)]
        return QueueFilter(show, bucket, self.filter_field.text().strip())

    def show_only(self, show: QueueShow, bucket: str | None = None) -> None:
        """Narrow the queue as if picked in the combo (reads the queue again)."""
        self.show_combo.setCurrentIndex(self._choices.index((show, bucket)))

    def show_loading(self) -> None:
        """Until the first answer: the title says the queue is being read."""
        self.title.setText(self.tr("Work queue: loading…"))
        self.table.setAccessibleDescription(self.title.text())

    def refresh(self) -> None:
        """Ask for the queue under the current filter; the rows follow when it has been read."""
        self._filter_timer.stop()
        self._asked = self.current_filter()
        self._answered = False
        self._reader.request(self._asked)

    @property
    def asked(self) -> bool:
        """The queue has been asked for (``refresh``) at least once."""
        return self._asked is not None

    @property
    def waiting(self) -> bool:
        """The answer to the latest request has not arrived yet."""
        return self._asked is not None and not self._answered

    def _on_items_ready(self, queue_filter: QueueFilter, items: list[WorkQueueItem]) -> None:
        if queue_filter != self._asked:
            return  # the answer to an earlier filter: the agent has typed or picked another meanwhile
        self._answered = True
        self._show(items)
        if self._step_when_answered is not None:
            step, self._step_when_answered = self._step_when_answered, None
            self.open_next(step)

    def _show(self, items: list[WorkQueueItem]) -> None:
        self.model.refresh_rows(items)
        counts = count_by_kind(items)
        text = self.tr("Work queue: %n", "", len(items))
        due = counts[QueueItemKind.CALLBACK_DUE]
        if due:
            text += " · " + self.tr("%n callback(s) due", "", due)
        if counts[QueueItemKind.PROMISE_DUE]:
            text += " · " + self.tr("%n promise(s) due today", "", counts[QueueItemKind.PROMISE_DUE])
        self.title.setText(text)
        self.table.setAccessibleDescription(text)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus()

    def open_next(self, step: int) -> None:
        """Select and open the debtor ``step`` lines on (1 next, -1 previous); the first line when none is selected.
        Stops at either end. Asked for before the queue's first answer arrived, it is done when it arrives."""
        count = self.model.rowCount()
        if count == 0:
            self._step_when_answered = step if self.waiting else None
            return
        selected = self.table.selectionModel().selectedRows()
        row = min(max(selected[0].row() + step, 0), count - 1) if selected else (0 if step > 0 else count - 1)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.debtor_chosen.emit(self.model.row_at(row).debtor_id)

    def _why(self, item: WorkQueueItem) -> str:
        if item.kind is QueueItemKind.CALLBACK_DUE:
            overdue = item.due_at is not None and item.due_at < datetime.now(timezone.utc)
            return (self.tr("⚠ Callback %1") if overdue else self.tr("Callback %1")).replace("%1", self._time(item))
        if item.kind is QueueItemKind.CALLBACK_LATER:
            return self.tr("Callback later %1").replace("%1", self._time(item))
        if item.kind is QueueItemKind.PROMISE_DUE:
            amount = display.money(item.amount_due, item.currency, self._language) if item.amount_due else ""
            return self.tr("Promise due today %1").replace("%1", amount).strip()
        return self.tr("Case") if item.in_portfolio else self.tr("Case (pool)")

    def _time(self, item: WorkQueueItem) -> str:
        return "" if item.due_at is None else display.short_moment(item.due_at, self._language)

    def _last_contact(self, item: WorkQueueItem) -> str:
        if item.last_contact_at is None:
            return self.tr("never")
        return display.short_moment(item.last_contact_at, self._language)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.debtor_chosen.emit(self.model.row_at(index.row()).debtor_id)
