"""The agent's latest calls, newest first: when, in or out, who (the debtor, or the masked number), how long, outcome.

Enter or a double-click opens the debtor's record (when the number is on file); "Call back" dials the number again.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.call_views import RecentCallView
from app.domain.outcomes import OutcomeCode, outcome_for
from app.ui import display
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel

_KNOWN_OUTCOMES = frozenset(code.value for code in OutcomeCode)


class RecentCallsList(QWidget):
    debtor_chosen = Signal(int)  # debtor_id
    dial_requested = Signal(str)  # the number, unmasked: the panel dials it, the screen never shows it

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._calling_allowed = True
        self.model: RowTableModel[RecentCallView] = RowTableModel([
            Column(self.tr("When"), self._when),
            Column(self.tr("In/out"), lambda c: self.tr("In") if c.direction == "inbound" else self.tr("Out")),
            Column(self.tr("Who"), lambda c: c.debtor_name or display.masked_phone(c.number)),
            Column(self.tr("Length"), self._length, align_right=True),
            Column(self.tr("Outcome"), self._outcome),
        ], self)
        self.table = read_only_table(self.model, self.tr("Recent calls"), self)
        self.open_button = QPushButton(self.tr("Open record"), self)
        self.open_button.setToolTip(self.tr("Open the debtor of the selected call (Enter)"))
        self.call_back_button = QPushButton(self.tr("Call back"), self)
        self.call_back_button.setToolTip(self.tr("Dial the number of the selected call again"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.call_back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.activated.connect(self._open_row)
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentIndex()))
        self.call_back_button.clicked.connect(self._call_back)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def show_calls(self, calls: Sequence[RecentCallView]) -> None:
        self.model.set_rows(calls)
        if calls:
            self.table.selectRow(0)
        self._update_buttons()

    def set_calling_allowed(self, allowed: bool) -> None:
        """No call back while a call is in progress."""
        self._calling_allowed = allowed
        self._update_buttons()

    def selected_call(self) -> RecentCallView | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _length(self, call: RecentCallView) -> str:
        text = display.duration(call.duration_seconds)
        if call.duration_estimated and call.duration_seconds is not None:  # a crash cut the call off
            return self.tr("≈ %1").replace("%1", text)
        return text

    def _when(self, call: RecentCallView) -> str:
        local: datetime = call.started_at.astimezone() if call.started_at.tzinfo else call.started_at
        if local.date() == datetime.now(local.tzinfo).date():
            return f"{local:%H:%M}"
        return display.moment(call.started_at, self._language)

    def _outcome(self, call: RecentCallView) -> str:
        if call.outcome_code is None:
            return self.tr("(pending)")
        if call.outcome_code in _KNOWN_OUTCOMES:
            return outcome_for(call.outcome_code).label(self._language)
        return call.outcome_code

    def _open_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        call = self.model.row_at(index.row())
        if call.debtor_id is not None:
            self.debtor_chosen.emit(call.debtor_id)

    def _call_back(self) -> None:
        call = self.selected_call()
        if call is not None and call.number and self._calling_allowed:
            self.dial_requested.emit(call.number)

    def _update_buttons(self) -> None:
        call = self.selected_call()
        self.open_button.setEnabled(call is not None and call.debtor_id is not None)
        self.call_back_button.setEnabled(call is not None and bool(call.number) and self._calling_allowed)
