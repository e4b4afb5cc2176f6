"""Contact history: every call with time, agent, duration, outcome and note, and a play control for roles that
may replay recordings (QA, supervisors: app.domain.roles)."""

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.debtors import ContactHistoryEntry
from app.domain.outcomes import outcome_for
from app.ui import display
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel

PLAY_COLUMN = 1


class ContactHistoryTab(QWidget):
    play_recording_requested = Signal(int)  # call id whose recording to play; only emitted when the role may

    def __init__(self, language: str, may_play: bool = False, full_numbers: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._may_play = may_play
        self._full_numbers = full_numbers
        self.model: RowTableModel[ContactHistoryEntry] = RowTableModel(self._columns(), self)
        self.table = read_only_table(self.model, self.tr("Contact history"), self)
        self.table.clicked.connect(self._on_clicked)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        self.play_button = QPushButton(self.tr("Play recording"), self)
        self.play_button.setVisible(may_play)
        self.play_button.clicked.connect(lambda: self.play_row(self.table.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.play_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_button()

    def _columns(self) -> list[Column[ContactHistoryEntry]]:
        lang = self._language
        return [
            Column(self.tr("Time"), lambda c: display.moment(c.started_at, lang)),
            Column(self.tr("Recording"), self._recording_text),
            Column(self.tr("Outcome"), self._outcome_text),
            Column(self.tr("Duration"), self._duration_text, align_right=True),
            Column(self.tr("Agent"), lambda c: c.agent_name),
            Column(self.tr("Direction"), lambda c: self.tr("Outbound") if c.direction == "outbound" else self.tr("Inbound")),
            Column(self.tr("Number"), self._number_text),
            Column(self.tr("Note"), lambda c: c.note or ""),
        ]

    def _outcome_text(self, entry: ContactHistoryEntry) -> str:
        return outcome_for(entry.outcome_code).label(self._language) if entry.outcome_code else self.tr("(pending)")

    def _duration_text(self, entry: ContactHistoryEntry) -> str:
        text = display.duration(entry.duration_seconds)
        if entry.duration_estimated and entry.duration_seconds is not None:  # a crash cut the call off
            return self.tr("≈ %1").replace("%1", text)
        return text

    def _recording_text(self, entry: ContactHistoryEntry) -> str:
        if not entry.has_recording:
            return ""
        return self.tr("▶ Play") if self._may_play else self.tr("Recorded")

    def _number_text(self, entry: ContactHistoryEntry) -> str:
        if not entry.number.startswith("+"):
            return entry.number
        return display.national_phone(entry.number) if self._full_numbers else display.masked_phone(entry.number)

    def set_history(self, history: tuple[ContactHistoryEntry, ...]) -> None:
        self.model.set_rows(history)
        self._update_button()

    def can_play(self, row: int) -> bool:
        return self._may_play and 0 <= row < self.model.rowCount() and self.model.row_at(row).has_recording

    def play_row(self, row: int) -> None:
        """Ask for the row's recording to be played, when there is one and the role may."""
        if self.can_play(row):
            self.play_recording_requested.emit(self.model.row_at(row).call_id)

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.column() == PLAY_COLUMN:
            self.play_row(index.row())

    def _update_button(self) -> None:
        self.play_button.setEnabled(self.can_play(self.table.currentIndex().row()))
