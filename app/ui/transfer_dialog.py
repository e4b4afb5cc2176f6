"""Transfer the call: blind (hand it over now) or attended (call the colleague first, then complete or go back).

The target is checked as it is typed with the same rule as the number field (``dial_problem``). The dialog only
asks; the phone's progress comes back through ``show_consultation`` with the consultation call's state.
"""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

DialProblem = Callable[[str], str | None]
CONSULTING_STATES = ("calling", "ringing", "connected")
_SAME_STATE = {"early": "ringing", "connecting": "ringing", "confirmed": "connected", "disconnected": "ended"}


class TransferDialog(QDialog):
    blind_transfer_requested = Signal(str)
    consultation_requested = Signal(str)
    attended_transfer_completed = Signal()
    consultation_cancelled = Signal()
    conference_requested = Signal()  # the caller, the colleague and the agent in one call

    def __init__(self, dial_problem: DialProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dial_problem = dial_problem
        self.consultation_state = "none"
        self.joined = False
        self.setWindowTitle(self.tr("Transfer the call"))
        self.target_field = QLineEdit(self)
        self.target_field.setPlaceholderText(self.tr("Number, extension or SIP address"))
        self.target_field.setAccessibleName(self.tr("Transfer to"))
        self.target_field.setMaxLength(120)
        target_label = QLabel(self.tr("Transfer &to:"), self)
        target_label.setBuddy(self.target_field)
        self.field_error = QLabel(self)
        self.field_error.setStyleSheet("color: #b00020;")
        self.field_error.setWordWrap(True)
        self.field_error.hide()
        self.blind_choice = QRadioButton(self.tr("&Blind: hand the call over now"), self)
        self.attended_choice = QRadioButton(self.tr("&Attended: talk to them first, then hand over"), self)
        self.attended_choice.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.blind_choice)
        self._modes.addButton(self.attended_choice)
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(self.tr("Transfer status"))
        self.status_label.setWordWrap(True)
        self.start_button = QPushButton(self)
        self.start_button.setDefault(True)
        self.complete_button = QPushButton(self.tr("&Complete transfer"), self)
        self.back_button = QPushButton(self.tr("Back to the ca&ller"), self)
        self.conference_button = QPushButton(self.tr("Conf&erence"), self)
        self.conference_button.setToolTip(self.tr("Join the caller and your colleague in one call"))
        self.back_button.setToolTip(self.tr("End the call with your colleague and take the held caller back"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self._build_layout(target_label)
        self.target_field.textChanged.connect(self._check_field)
        self.target_field.returnPressed.connect(self._start)
        self._modes.buttonToggled.connect(lambda *_: self._update())
        self.start_button.clicked.connect(self._start)
        self.complete_button.clicked.connect(self._complete)
        self.back_button.clicked.connect(self._cancel_consultation)
        self.conference_button.clicked.connect(self._conference)
        self.close_button.clicked.connect(self.reject)
        self._update()

    def _build_layout(self, target_label: QLabel) -> None:
        buttons = QHBoxLayout()
        for button in (self.start_button, self.complete_button, self.conference_button, self.back_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(target_label)
        layout.addWidget(self.target_field)
        layout.addWidget(self.field_error)
        layout.addWidget(self.blind_choice)
        layout.addWidget(self.attended_choice)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        for first, second in ((self.target_field, self.blind_choice), (self.blind_choice, self.attended_choice),
                              (self.attended_choice, self.start_button), (self.start_button, self.complete_button),
                              (self.complete_button, self.conference_button),
                              (self.conference_button, self.back_button),
                              (self.back_button, self.close_button)):
            QWidget.setTabOrder(first, second)

    @property
    def consulting(self) -> bool:
        return self.consultation_state in CONSULTING_STATES

    def start_over(self) -> None:
        """Before each opening: an empty target, attended preselected (the safer way)."""
        self.consultation_state = "none"
        self.joined = False
        self.target_field.clear()
        self.attended_choice.setChecked(True)
        self.status_label.clear()
        self._update()
        self.target_field.setFocus()

    def show_consultation(self, state: str) -> None:
        """The consultation call, as CallControls.consultation_state_changed says it: "none" | "calling" |
        "ringing" | "connected" | "ended" (CallState values "early", "confirmed", "disconnected" are understood)."""
        state = _SAME_STATE.get(state, state)
        self.consultation_state = state
        texts = {
            "none": "",
            "calling": self.tr("Calling your colleague… the caller is on hold."),
            "ringing": self.tr("Ringing your colleague… the caller is on hold."),
            "connected": self.tr("You are talking to your colleague. Complete the transfer, or go back to the caller."),
            "ended": self.tr("The call with your colleague ended: you are back with the caller."),
        }
        self.status_label.setText(texts.get(state, state))
        self._update()
        if state == "connected":
            self.complete_button.setFocus()

    def _check_field(self) -> str | None:
        text = self.target_field.text().strip()
        problem = self._dial_problem(text) if text else None
        self.field_error.setVisible(problem is not None)
        self.field_error.setText(problem or "")
        self._update()
        return problem

    def _start(self) -> None:
        text = self.target_field.text().strip()
        if self.consulting or not text or self._check_field() is not None:
            return
        if self.blind_choice.isChecked():
            self.blind_transfer_requested.emit(text)
            self.accept()
        else:
            self.consultation_requested.emit(text)
            self.show_consultation("calling")

    def _complete(self) -> None:
        if self.consultation_state == "connected":
            self.attended_transfer_completed.emit()
            self.consultation_state = "completing"  # the panel shows how the transfer ends
            self.accept()

    def _conference(self) -> None:
        if self.consultation_state == "connected":
            self.conference_requested.emit()

    def show_conference(self, joined: bool) -> None:
        """While joined the dialog stays: complete the transfer (the agent leaves) or go back (the colleague leaves)."""
        self.joined = joined
        if joined:
            self.status_label.setText(self.tr("All three of you are in the call."))
        self._update()

    def _cancel_consultation(self) -> None:
        if self.consulting:
            self.consultation_cancelled.emit()
        self.consultation_state = "none"
        self.status_label.setText(self.tr("Back with the caller."))  # the phone takes them off hold
        self._update()

    def reject(self) -> None:
        """Escape or Close: a consultation in progress is ended first, so the caller is never left on hold."""
        if self.consulting:
            self._cancel_consultation()
        super().reject()

    def _update(self) -> None:
        consulting = self.consulting
        self.start_button.setText(self.tr("Transfer &now") if self.blind_choice.isChecked() else self.tr("Call &first"))
        valid = bool(self.target_field.text().strip()) and self.field_error.isHidden()
        self.start_button.setEnabled(valid and not consulting)
        self.target_field.setReadOnly(consulting)
        self.blind_choice.setEnabled(not consulting)
        self.attended_choice.setEnabled(not consulting)
        self.complete_button.setVisible(self.attended_choice.isChecked())
        self.complete_button.setEnabled(self.consultation_state == "connected")
        self.conference_button.setVisible(self.attended_choice.isChecked())
        self.conference_button.setEnabled(self.consultation_state == "connected" and not self.joined)
        self.back_button.setVisible(consulting)
