"""The phone in the right column: registration light, call state, quality bars and timer; the ringing banner; the
number field checked as you type with Call and Hang up; hold, mute, recording pause, transfer, conference and the
dial pad; callers waiting; recent calls.

Keyboard first: every control has a key from app/ui/shortcuts.py or sits in a set tab order. The panel shows what
it is told (plain values) and emits intent; the toggles follow the phone's events, never the click.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.domain.call_views import RecentCallView, WaitingCallView
from app.ui import display
from app.ui.call_waiting_list import CallWaitingList
from app.ui.dial_pad import DialPad
from app.ui.incoming_call_banner import IncomingCallBanner
from app.ui.incoming_call_notifier import IncomingCallNotifier, Notifier
from app.ui.quality_bars import QualityBars
from app.ui.recent_calls_list import RecentCallsList
from app.ui.registration_light import RegistrationLight
from app.ui.shortcuts import key_sequences, key_text
from app.ui.sip_reason_words import sip_reason_text
from app.ui.sound_status import SoundStatus
from app.ui.transfer_dialog import TransferDialog

DialProblem = Callable[[str], str | None]
_BUTTON_STYLE = "QPushButton#%s:enabled { background: %s; color: white; font-weight: 600; }"
_TIMER_STYLE = "font-family: monospace; font-size: 14pt; color: %s;"
_TIMER_RUNNING, _TIMER_STOPPED = "#202124", "#9aa0a6"  # greyed: the call is over, or there is none


class SoftphonePanel(QWidget):
    dial_requested = Signal(str)
    hangup_requested = Signal()
    hold_requested = Signal()
    mute_requested = Signal()
    recording_pause_requested = Signal(bool)  # True: pause (a card number is being read out), False: resume
    dtmf_requested = Signal(str)  # one of 0-9 * #, during a call (never logged: it may be a PIN)
    answer_requested = Signal()
    reject_requested = Signal()
    transfer_requested = Signal()  # the transfer dialog opened
    blind_transfer_requested = Signal(str)  # target
    consultation_requested = Signal(str)  # target: call them first, the caller goes on hold
    attended_transfer_completed = Signal()
    consultation_cancelled = Signal()
    conference_requested = Signal()
    waiting_call_answer_requested = Signal(str)  # call_key
    waiting_call_reject_requested = Signal(str)  # call_key
    recent_call_dial_requested = Signal(str)  # number
    recent_call_chosen = Signal(int)  # debtor_id

    def __init__(self, dial_problem: DialProblem, parent: QWidget | None = None, *, language: str = "en",
                 notifier: Notifier | None = None) -> None:
        """``notifier``: alerts the agent when a call rings behind other windows (default: tray + taskbar)."""
        super().__init__(parent)
        self._dial_problem = dial_problem
        self._state = "idle"
        self._in_call = False
        self._hidden_number: str | None = None
        self._waiting_keys: set[str] = set()
        self.notifier: Notifier = notifier or IncomingCallNotifier(self, parent=self)
        self.registration_light = RegistrationLight(self)
        self.state_label = QLabel(self.tr("Idle"), self)
        self.state_label.setAccessibleName(self.tr("Call state"))
        self.quality_bars = QualityBars(self)
        self.timer_label = QLabel(self)
        self.timer_label.setAccessibleName(self.tr("Call time"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._show_timer("00:00", running=False)
        self.incoming_banner = IncomingCallBanner(self)
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
        self.call_button.setStyleSheet(_BUTTON_STYLE % ("callButton", "#1b7f3b"))
        self.call_button.setToolTip(self.tr("Call the number in the field (Enter there); the open debtor's own phone: "
                                            "%1").replace("%1", key_text("dial_debtor")))
        self.hangup_button = QPushButton(self.tr("Hang up"), self)
        self.hangup_button.setObjectName("hangupButton")
        self.hangup_button.setStyleSheet(_BUTTON_STYLE % ("hangupButton", "#b3261e"))
        self.hangup_button.setToolTip(self.tr("Hang up (%1)").replace("%1", key_text("hang_up")))
        self.hold_button = self._toggle(self.tr("Hold"), "hold", self.hold_requested.emit)
        self.mute_button = self._toggle(self.tr("Mute"), "mute", self.mute_requested.emit)
        self.pause_recording_button = self._toggle(
            self.tr("Pause recording"), "pause_recording",
            lambda: self.recording_pause_requested.emit(not self.pause_recording_button.isChecked()))
        self.pause_recording_button.setToolTip(self.tr(
            "Pause the recording while the debtor reads out a card number (%1)"
        ).replace("%1", key_text("pause_recording")))
        self.transfer_button = self._button(self.tr("Transfer…"), "transfer", self._open_transfer)
        self.conference_button = self._toggle(self.tr("Conference"), "conference", self.conference_requested.emit)
        self.conference_button.setToolTip(self.tr(
            "Join the caller and your colleague in one call (%1)").replace("%1", key_text("conference")))
        self.transfer_label = QLabel(self)
        self.transfer_label.setAccessibleName(self.tr("Transfer result"))
        self.transfer_label.setWordWrap(True)
        self.transfer_label.hide()
        self.keypad_button = self._button(self.tr("Keypad"), "dtmf_keypad", self._toggle_keypad)
        self.dial_pad = DialPad(self)
        self.dial_pad.hide()
        self.sound_status = SoundStatus(self)  # the devices in use (or why there is no sound) and the meter
        self.audio_label = self.sound_status.label
        self.microphone_meter = self.sound_status.meter
        self.waiting_list = CallWaitingList(self)
        self.recent_button = QToolButton(self)
        self.recent_button.setText(self.tr("Recent calls"))
        self.recent_button.setCheckable(True)
        self.recent_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.recent_button.setArrowType(Qt.ArrowType.RightArrow)
        self.recent_list = RecentCallsList(language, self)
        self.recent_list.setMaximumHeight(180)
        self.recent_list.hide()
        self.transfer_dialog = TransferDialog(dial_problem, self)
        self._ringing_in = False  # an incoming call rings until it is answered, rejected or gone
        self._build_layout()
        self._clock = QElapsedTimer()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_elapsed)
        self._connect()
        self._update_buttons()

    def _build_layout(self) -> None:
        status = QHBoxLayout()
        status.addWidget(self.registration_light)
        status.addWidget(self.state_label, 1)
        status.addWidget(self.quality_bars)
        status.addWidget(self.timer_label)
        number = QHBoxLayout()
        number.addWidget(self.number_field, 1)
        number.addWidget(self.call_button)
        number.addWidget(self.hangup_button)
        controls = QGridLayout()
        order = (self.hold_button, self.mute_button, self.pause_recording_button,
                 self.transfer_button, self.conference_button, self.keypad_button)
        for i, button in enumerate(order):
            controls.addWidget(button, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (status, self.incoming_banner, number, self.field_error, controls, self.transfer_label, self.sound_status,
                     self.dial_pad, self.waiting_list, self.recent_button, self.recent_list):
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        chain = (self.number_field, self.call_button, self.hangup_button, *order, self.dial_pad,
                 self.waiting_list.table, self.waiting_list.answer_button, self.waiting_list.reject_button,
                 self.recent_button, self.recent_list.table, self.recent_list.open_button,
                 self.recent_list.call_back_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.number_field.textChanged.connect(self._check_field)
        self.number_field.returnPressed.connect(self._request_dial)
        self.call_button.clicked.connect(self._request_dial)
        self.hangup_button.clicked.connect(self.hangup_requested)
        self.dial_pad.key_pressed.connect(self._pad_key)
        self.incoming_banner.answer_requested.connect(self.answer_requested)
        self.incoming_banner.reject_requested.connect(self.reject_requested)
        self.waiting_list.answer_requested.connect(self.waiting_call_answer_requested)
        self.waiting_list.reject_requested.connect(self.waiting_call_reject_requested)
        self.recent_button.toggled.connect(self._show_recent)
        self.recent_list.debtor_chosen.connect(self.recent_call_chosen)
        self.recent_list.dial_requested.connect(self.recent_call_dial_requested)
        dialog = self.transfer_dialog
        dialog.blind_transfer_requested.connect(self.blind_transfer_requested)
        dialog.consultation_requested.connect(self.consultation_requested)
        dialog.attended_transfer_completed.connect(self.attended_transfer_completed)
        dialog.consultation_cancelled.connect(self.consultation_cancelled)
        dialog.consultation_cancelled.connect(lambda: self._update_buttons())
        dialog.finished.connect(lambda _result: self._update_buttons())
        dialog.conference_requested.connect(self.conference_requested)

    def _button(self, text: str, shortcut_id: str, on_click: Callable[[], None],
                checkable: bool = False) -> QPushButton:
        """A call control with its key from the shortcuts table, named in its tooltip."""
        button = QPushButton(text, self)
        button.setCheckable(checkable)
        (keys,) = key_sequences(shortcut_id)
        button.setShortcut(keys)
        button.setToolTip(f"{text} ({keys.toString(QKeySequence.SequenceFormat.NativeText)})")
        button.setAccessibleName(text.rstrip("…"))
        if not checkable:
            def clicked(_checked: bool = False) -> None:
                on_click()
            button.clicked.connect(clicked)
        return button

    def _toggle(self, text: str, shortcut_id: str, on_click: Callable[[], None]) -> QPushButton:
        """A checkable call control whose checked state follows the phone's events, not the click."""
        button = self._button(text, shortcut_id, on_click, checkable=True)

        def clicked(_checked: bool) -> None:
            button.setChecked(not button.isChecked())  # the phone's event sets it
            on_click()
        button.clicked.connect(clicked)
        return button

    # --- what the phone says -------------------------------------------------------------------------------

    def show_registration(self, state: str, plain_reason: str) -> None:
        self.registration_light.show_registration(state, plain_reason)

    def show_quality(self, mos: float, codec: str, rtt_ms: float | None, jitter_ms: float, loss_percent: float) -> None:
        self.quality_bars.show_quality(mos, codec, rtt_ms, jitter_ms, loss_percent)

    def show_held(self, held: bool) -> None:
        self.hold_button.setChecked(held)

    def show_muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        self.microphone_meter.set_muted(muted)

    def show_recording(self, state: str) -> None:
        """"recording", "paused" or "stopped"."""
        self.pause_recording_button.setChecked(state == "paused")
        self.pause_recording_button.setEnabled(self._in_call and state in ("recording", "paused"))

    def set_number(self, e164: str) -> None:
        """Put a number from the record in the field, masked: the agent dials it without reading it out."""
        self._hidden_number = e164
        self.number_field.setText(display.masked_phone(e164))

    def show_audio_status(self, null_device: bool, description: str, reason: str = "",
                          devices: tuple[str, str, str] = ("", "", "")) -> None:
        """``devices``: (microphone, speaker, ringer) in use; ``reason`` as AudioDeviceStatus.reason."""
        self.sound_status.show_status(null_device, description, reason, *devices)

    def show_incoming_call(self, caller_number: str, debtor_name: str | None) -> None:
        """Ringing: the banner (Answer F3 / Reject), and a tray message when the window is not in front."""
        self.incoming_banner.show_call(caller_number, debtor_name)
        self._ringing_in = True
        self.show_call_state("incoming", "")
        self.notifier.notify(self.incoming_banner.caller_label.text())

    def show_call_state(self, state: str, reason: str) -> None:
        texts = {
            "calling": self.tr("Calling…"), "early": self.tr("Ringing…"), "connecting": self.tr("Connecting…"),
            "confirmed": self.tr("In call"), "disconnected": self.tr("Call ended"),
            "incoming": self.tr("Incoming call"),
        }
        if state in ("confirmed", "disconnected", "calling") and self._ringing_in:
            self._ringing_in = False
            self.notifier.withdraw()
        if self._ringing_in and state == "early":  # pjsua reports our own 180 Ringing as "early"
            state = "incoming"
        text = texts.get(state, state)
        if state == "disconnected" and reason:
            text = f"{text} ({sip_reason_text(reason)})"
        self.state_label.setText(text)
        self.state_label.setToolTip(reason if state == "disconnected" else "")  # the far end's own words
        self._state = state
        self._in_call = state != "disconnected"
        if not self._ringing_in:
            self.incoming_banner.hide()
        if state in ("calling", "incoming"):
            self._show_timer("00:00", running=True)
            self.transfer_label.hide()
        if state == "confirmed" and not self._tick.isActive():
            self._clock.start()
            self._tick.start()
        if state == "disconnected":  # the length stays while the outcome is picked, greyed; show_idle clears it
            self._tick.stop()
            self._show_timer(self.timer_label.text(), running=False)
            self.microphone_meter.set_muted(False)
            self.quality_bars.clear()
            if self.transfer_dialog.isVisible():
                self.transfer_dialog.reject()  # the caller is gone: nothing left to transfer
        self._update_buttons()

    def show_idle(self) -> None:
        """No call and no outcome pending: the last call's time is not shown as if it were running."""
        if self._in_call:
            return
        self.state_label.setText(self.tr("Idle"))
        self._show_timer("00:00", running=False)

    def _show_timer(self, text: str, running: bool) -> None:
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet(_TIMER_STYLE % (_TIMER_RUNNING if running else _TIMER_STOPPED))
        self.timer_label.setAccessibleDescription("" if running else self.tr("No call running"))

    def show_consultation(self, state: str) -> None:
        """The consultation call of an attended transfer (see TransferDialog.show_consultation)."""
        self.transfer_dialog.show_consultation(state)
        self._update_buttons()

    def show_transfer_result(self, transferred: bool, status: str) -> None:
        """The far end's final word on a transfer (CallControls.transfer_finished), e.g. (False, "486 Busy Here")."""
        if transferred:
            self.transfer_label.setText(self.tr("Transferred."))
            self.transfer_label.setToolTip("")
            self.transfer_label.setStyleSheet("color: #1b7f3b;")
        else:
            self.transfer_label.setText(self.tr("The transfer did not go through (%1). The caller is still on the line.")
                                        .replace("%1", sip_reason_text(status)))
            self.transfer_label.setToolTip(status)  # the far end's own words, as logged
            self.transfer_label.setStyleSheet("color: #b00020;")
        self.transfer_label.show()

    def show_conference(self, joined: bool) -> None:
        """True while the caller, the colleague and the agent hear each other."""
        self.conference_button.setChecked(joined)
        self.transfer_dialog.show_conference(joined)
        self._update_buttons()

    def show_waiting_calls(self, calls: Sequence[WaitingCallView]) -> None:
        self.waiting_list.show_calls(calls)
        new = [c for c in calls if c.call_key not in self._waiting_keys]
        self._waiting_keys = {c.call_key for c in calls}
        if new:
            caller = new[-1].debtor_name or display.masked_phone(new[-1].number)
            self.notifier.notify(self.tr("Call waiting: %1").replace("%1", caller))

    def show_recent_calls(self, calls: Sequence[RecentCallView]) -> None:
        self.recent_list.show_calls(calls)
        self.recent_button.setText(self.tr("Recent calls (%1)").replace("%1", str(len(calls))))

    # --- what the agent does -------------------------------------------------------------------------------

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

    def _pad_key(self, key: str) -> None:
        """During a call a tone to the far end; before one, a digit typed into the number field."""
        if self._state == "confirmed":
            self.dtmf_requested.emit(key)
        elif not self._in_call:
            if self._hidden_number and self.number_field.text() == display.masked_phone(self._hidden_number):
                self.number_field.clear()  # a masked number cannot be edited digit by digit: start a new one
            self.number_field.insert(key)

    def _toggle_keypad(self) -> None:
        """Ctrl+K: show the pad and put the keyboard on it; again (while it has the keys) hide it."""
        if self.dial_pad.isVisible() and self.dial_pad.hasFocus():
            self.dial_pad.hide()
            self.number_field.setFocus()
            return
        self.recent_button.setChecked(False)  # one drawer at a time: the script below keeps its room
        self.dial_pad.show()
        self.dial_pad.setFocus()

    def _open_transfer(self) -> None:
        if self._state != "confirmed" or self.transfer_dialog.isVisible():
            return
        self.transfer_dialog.start_over()
        self.transfer_dialog.show()
        self.transfer_dialog.target_field.setFocus()
        self.transfer_requested.emit()

    def _show_recent(self, shown: bool) -> None:
        if shown:
            self.dial_pad.hide()
        self.recent_list.setVisible(shown)
        self.recent_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if shown:
            self.recent_list.table.setFocus()

    def _show_elapsed(self) -> None:
        self.timer_label.setText(display.duration(self._clock.elapsed() // 1000))

    def _update_buttons(self) -> None:
        talking = self._state == "confirmed"
        typed = bool(self.number_field.text().strip())
        self.call_button.setEnabled(not self._in_call and typed and self.field_error.isHidden())
        for button in (self.hold_button, self.mute_button):
            button.setEnabled(self._in_call and self._state != "incoming")
            if not self._in_call:
                button.setChecked(False)
        if not self._in_call:
            self.pause_recording_button.setEnabled(False)
            self.pause_recording_button.setChecked(False)
        self.transfer_button.setEnabled(talking)
        consulting = self.transfer_dialog.consultation_state == "connected"
        self.conference_button.setEnabled(talking and consulting and not self.conference_button.isChecked())
        if not consulting:
            self.conference_button.setChecked(False)
        self.hangup_button.setEnabled(self._in_call)
        self.number_field.setReadOnly(self._in_call)
        self.recent_list.set_calling_allowed(not self._in_call)
