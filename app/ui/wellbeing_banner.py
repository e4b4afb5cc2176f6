"""Shown after a call ended for abuse: a gentle suggestion to take a short break before the next call."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_STYLE = "QFrame#wellbeing { background: #eef3fb; border: 1px solid #9cc2e8; border-radius: 6px; }"
BREAK_MINUTES = 5


class WellbeingBanner(QFrame):
    break_requested = Signal(int)  # minutes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wellbeing")
        self.setStyleSheet(_STYLE)
        self.message_label = QLabel(self.tr("That was a hard call. Take a short break before the next one."), self)
        self.message_label.setWordWrap(True)
        self.break_button = QPushButton(self.tr("Take a 5-minute break"), self)
        self.continue_button = QPushButton(self.tr("Continue"), self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.break_button)
        layout.addWidget(self.continue_button)
        self.break_button.clicked.connect(self._take_break)
        self.continue_button.clicked.connect(self.hide)
        self.hide()

    def _take_break(self) -> None:
        self.hide()
        self.break_requested.emit(BREAK_MINUTES)
