"""Callers waiting while the agent is on a call: who (masked number), since when; answer or reject one.

Enter or a double-click on a row answers it (the session holds the current call first); Delete rejects it.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.call_views import WaitingCallView
from app.ui import display
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel


class _DeleteKey(QObject):
    """Delete on the table rejects the selected waiting call (an event filter: not a window-wide shortcut)."""

    pressed = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete:
            self.pressed.emit()
            return True
        return False


class CallWaitingList(QWidget):
    answer_requested = Signal(str)  # call_key
    reject_requested = Signal(str)  # call_key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[WaitingCallView] = RowTableModel([
            Column(self.tr("Caller"), lambda c: c.debtor_name or self.tr("not on file")),
            Column(self.tr("Number"), lambda c: display.masked_phone(c.number) if c.number else self.tr("unknown")),
            Column(self.tr("Waiting since"), lambda c: f"{_local(c.since):%H:%M:%S}", align_right=True),
        ], self)
        self.table = read_only_table(self.model, self.tr("Waiting calls"), self)
        self._delete_key = _DeleteKey(self)
        self.table.installEventFilter(self._delete_key)
        self.table.setMaximumHeight(90)
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-weight: 600; color: #8a4b00;")
        self.answer_button = QPushButton(self.tr("Answer waiting call"), self)
        self.answer_button.setToolTip(self.tr("Put the current call on hold and answer the selected caller (Enter)"))
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.reject_button.setAccessibleName(self.tr("Reject waiting call"))
        self.reject_button.setToolTip(self.tr("Reject the selected waiting caller (Delete)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.title_label, 1)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.table.activated.connect(self._answer_row)
        self._delete_key.pressed.connect(self._reject_selected)
        self.answer_button.clicked.connect(lambda: self._answer_row(self.table.currentIndex()))
        self.reject_button.clicked.connect(self._reject_selected)
        self.hide()

    def show_calls(self, calls: Sequence[WaitingCallView]) -> None:
        """The waiting callers, oldest first; the list hides itself when nobody waits."""
        selected = self.selected_call_key()
        self.model.set_rows(calls)
        keys = [c.call_key for c in calls]
        row = keys.index(selected) if selected in keys else 0
        if calls:
            self.table.selectRow(row)
        self.title_label.setText(self.tr("Waiting: %1").replace("%1", str(len(calls))))
        self.setVisible(bool(calls))

    def selected_call_key(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).call_key

    def _answer_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.answer_requested.emit(self.model.row_at(index.row()).call_key)

    def _reject_selected(self) -> None:
        key = self.selected_call_key()
        if key is not None:
            self.reject_requested.emit(key)


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo else moment
