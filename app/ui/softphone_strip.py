"""The phone: number field checked as you type, Call, Hang up, call state and a running timer."""

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui import display
from app.ui.shortcuts import key_sequences, key_text

DialProblem = Callable[[str], str | None]


class SoftphoneStrip(QWidget):
    dial_requested = Signal(str)
    hangup_requested = Signal()
    hold_requested = Signal()
    mute_requested = Signal()
    recording_pause_requested = Signal(bool)  # True: pause (a card number is being read out), False: resume

    def __init__(self, dial_problem: DialProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dial_problem = dial_problem
        self._in_call = False
        self._hidden_number: str | None = None
        self.number_field = QLineEdit(self)
        self.number_field.setPlaceholderText(self.tr("Number or SIP address"))
        self.number_field.setAccessibleName(self.tr("Number to dial"))
        self.number_field.setMaxLength(120)
        self.field_error = QLabel(self)
        self.field_error.setObjectName("fieldError")
        self.field_error.setStyleSheet("color: #b00020;")
        self.field_error.setWordWrap(True)
        self.field_error.hide()
        self.call_button = QPushButton(self.tr("Call"), self)
        self.call_button.setObjectName("callButton")
        self.call_button.setStyleSheet("QPushButton#callButton:enabled { background: #1b7f3b; color: white; font-weight: 600; }")
        self.hangup_button = QPushButton(self.tr("Hang up"), self)
        self.hangup_button.setObjectName("hangupButton")
        self.hangup_button.setStyleSheet("QPushButton#hangupButton:enabled { background: #b3261e; color: white; font-weight: 600; }")
        self.hold_button = self._toggle(self.tr("Hold"), "hold", self.hold_requested.emit)
        self.mute_button = self._toggle(self.tr("Mute"), "mute", self.mute_requested.emit)
        self.pause_recording_button = self._toggle(
            self.tr("Pause recording"), "pause_recording",
            lambda: self.recording_pause_requested.emit(not self.pause_recording_button.isChecked()))
        self.pause_recording_button.setToolTip(self.tr(
            "Pause the recording while the debtor reads out a card number (%1)"
        ).replace("%1", key_text("pause_recording")))
        self.state_label = QLabel(self.tr("Idle"), self)
        self.state_label.setAccessibleName(self.tr("Call state"))
        self.timer_label = QLabel("00:00", self)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label.setStyleSheet("font-family: monospace; font-size: 14pt;")
        self.audio_label = QLabel(self)
        self.audio_label.setStyleSheet("color: #8a6d00;")
        self.audio_label.setWordWrap(True)
        self.audio_label.hide()
        self._build_layout()
        self._clock = QElapsedTimer()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_elapsed)
        self.number_field.textChanged.connect(self._check_field)
        self.number_field.returnPressed.connect(self._request_dial)
        self.call_button.clicked.connect(self._request_dial)
        self.hangup_button.clicked.connect(self.hangup_requested)
        self._update_buttons()

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.number_field, 1)
        row.addWidget(self.call_button)
        row.addWidget(self.hangup_button)
        controls = QHBoxLayout()
        for button in (self.hold_button, self.mute_button, self.pause_recording_button):
            controls.addWidget(button)
        controls.addStretch(1)
        status = QHBoxLayout()
        status.addWidget(self.state_label, 1)
        status.addWidget(self.timer_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(controls)
        layout.addWidget(self.field_error)
        layout.addLayout(status)
        layout.addWidget(self.audio_label)

    def _toggle(self, text: str, shortcut_id: str, on_click: Callable[[], None]) -> QPushButton:
        """A checkable call control whose checked state follows the phone's events, not the click."""
        button = QPushButton(text, self)
        button.setCheckable(True)
        (keys,) = key_sequences(shortcut_id)
        button.setShortcut(keys)
        button.setToolTip(f"{text} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        button.setAccessibleName(text)
        button.clicked.connect(lambda _checked: (button.setChecked(not button.isChecked()), on_click()))
        return button

    def show_held(self, held: bool) -> None:
        self.hold_button.setChecked(held)

    def show_muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)

    def show_recording(self, state: str) -> None:
        """"recording", "paused" or "stopped"."""
        self.pause_recording_button.setChecked(state == "paused")
        self.pause_recording_button.setEnabled(self._in_call and state in ("recording", "paused"))

    def set_number(self, e164: str) -> None:
        """Put a number from the record in the field, masked: the agent dials it without reading it out."""
        self._hidden_number = e164
        self.number_field.setText(display.masked_phone(e164))

    def show_audio_status(self, null_device: bool, description: str) -> None:
        self.audio_label.setVisible(null_device)
        if null_device:
            self.audio_label.setText(self.tr("No sound device found: calls connect, but you will not hear audio."))
            self.audio_label.setToolTip(description)

    def show_call_state(self, state: str, reason: str) -> None:
        texts = {
            "calling": self.tr("Calling…"), "early": self.tr("Ringing…"), "connecting": self.tr("Connecting…"),
            "confirmed": self.tr("In call"), "disconnected": self.tr("Call ended"), "incoming": self.tr("Incoming call"),
        }
        text = texts.get(state, state)
        if state == "disconnected" and reason:
            text = f"{text} ({reason})"
        self.state_label.setText(text)
        self._in_call = state != "disconnected"
        if state == "calling":
            self.timer_label.setText("00:00")
        if state == "confirmed":
            self._clock.start()
            self._tick.start()
        if state == "disconnected":
            self._tick.stop()
        self._update_buttons()

    def _dial_text(self) -> str:
        text = self.number_field.text().strip()
        if self._hidden_number and text == display.masked_phone(self._hidden_number):
            return self._hidden_number
        return text

    def _check_field(self) -> str | None:
        text = self._dial_text()
        problem = self._dial_problem(text) if text else None
        self.field_error.setVisible(problem is not None)
        self.field_error.setText(problem or "")
        self._update_buttons()
        return problem

    def _request_dial(self) -> None:
        if self._in_call:
            return
        text = self._dial_text()
        if not text:
            self.field_error.setText(self.tr("Type a number, or pick a phone from the debtor's record."))
            self.field_error.show()
            return
        if self._check_field() is None:
            self.dial_requested.emit(text)

    def _show_elapsed(self) -> None:
        self.timer_label.setText(display.duration(self._clock.elapsed() // 1000))

    def _update_buttons(self) -> None:
        self.call_button.setEnabled(not self._in_call and bool(self.number_field.text().strip()) and self.field_error.isHidden())
        for button in (self.hold_button, self.mute_button):
            button.setEnabled(self._in_call)
            if not self._in_call:
                button.setChecked(False)
        if not self._in_call:
            self.pause_recording_button.setEnabled(False)
            self.pause_recording_button.setChecked(False)
        self.hangup_button.setEnabled(self._in_call)
        self.number_field.setReadOnly(self._in_call)
