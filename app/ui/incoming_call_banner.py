"""An inbound call ringing: who is calling (masked number, the debtor's name when the number is on file),
Answer (F3 or Ctrl+Shift+A: the keys come from app/ui/shortcuts.py) and Reject."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui import display
from app.ui.shortcuts import key_sequences, key_text

_STYLE = "QFrame#incomingCall { background: #e6f4ea; border: 1px solid #1b7f3b; border-radius: 6px; }"


class IncomingCallBanner(QFrame):
    answer_requested = Signal()
    reject_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incomingCall")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Incoming call"))
        self.caller_label = QLabel(self)
        self.caller_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.caller_label.setWordWrap(True)
        answer_key = key_text("answer", main_key_only=True)
        self.answer_button = QPushButton(self.tr("Answer (%1)").replace("%1", answer_key), self)
        self.answer_button.setStyleSheet("background: #1b7f3b; color: white; font-weight: 600;")
        self.answer_button.setToolTip(self.tr("Answer the call (%1)").replace("%1", key_text("answer")))
        self.reject_button = QPushButton(self.tr("Reject"), self)
        layout = QHBoxLayout(self)
        layout.addWidget(self.caller_label, 1)
        layout.addWidget(self.answer_button)
        layout.addWidget(self.reject_button)
        for keys in key_sequences("answer"):  # only while the banner is shown
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._answer)
        self.answer_button.clicked.connect(self._answer)
        self.reject_button.clicked.connect(self._reject)
        self.hide()

    def show_call(self, caller_number: str, debtor_name: str | None) -> None:
        number = display.masked_phone(caller_number) if caller_number else self.tr("unknown number")
        if debtor_name:
            text = self.tr("Incoming call from %1 (%2)").replace("%1", debtor_name).replace("%2", number)
        else:
            text = self.tr("Incoming call from %1 — not a number on file").replace("%1", number)
        self.caller_label.setText(text)
        self.show()
        self.answer_button.setFocus()

    def _answer(self) -> None:
        if self.isVisible():
            self.hide()
            self.answer_requested.emit()

    def _reject(self) -> None:
        self.hide()
        self.reject_requested.emit()
