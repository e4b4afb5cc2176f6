"""Settings → Audio devices → Headset test: speak and hear yourself back after a second, or hear a tone, so an agent
can fix a muted headset before the first call of the shift.

The phone runs the test on the devices in use (no call, no SIP); this box asks for it, reads where it is on a 10 Hz
timer while shown, and says what to do when it fails. A call owns the headset: the buttons are off during one.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.audio_devices import AudioDevices, HeadsetTestState
from app.ui.microphone_meter import MicrophoneMeter

READ_INTERVAL_MS = 100
_RUNNING = ("recording", "waiting", "playing")


class HeadsetTestBox(QGroupBox):
    def __init__(self, devices: AudioDevices, chosen: Callable[[], tuple[str, str]],
                 in_call: Callable[[], bool] | None = None, parent: QWidget | None = None) -> None:
        """``chosen``: the (microphone, speaker) the page shows; ``in_call``: whether a call holds the headset."""
        super().__init__(parent)
        self._devices = devices
        self._chosen = chosen
        self._in_call = in_call or (lambda: False)
        self._state = HeadsetTestState()
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.microphone_button = QPushButton(self)
        self.speaker_button = QPushButton(self)
        self.meter = MicrophoneMeter(self, devices.microphone_level)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.microphone_button)
        buttons.addWidget(self.speaker_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.meter)
        layout.addWidget(self.result_label)
        QWidget.setTabOrder(self.microphone_button, self.speaker_button)
        self.microphone_button.clicked.connect(self.test_microphone)
        self.speaker_button.clicked.connect(self.test_speaker)
        self._timer = QTimer(self, interval=READ_INTERVAL_MS)
        self._timer.timeout.connect(self.read_state)
        self._retranslate()
        self.read_state()

    def test_microphone(self) -> None:
        if self._may_test():
            self._show(self._devices.test_microphone(*self._chosen()))

    def test_speaker(self) -> None:
        if self._may_test():
            self._show(self._devices.test_speaker(self._chosen()[1]))

    def read_state(self) -> None:
        self._show(self._devices.headset_test_state())

    @property
    def state(self) -> HeadsetTestState:
        return self._state

    def _may_test(self) -> bool:
        return not self._in_call() and self._state.phase not in _RUNNING

    def _show(self, state: HeadsetTestState) -> None:
        self._state = state
        in_call = self._in_call()
        idle = state.phase not in _RUNNING
        self.microphone_button.setEnabled(idle and not in_call)
        self.speaker_button.setEnabled(idle and not in_call)
        if in_call and idle:
            text = self._problem_text("in_call")
        elif state.phase == "failed":
            text = self._problem_text(state.problem)
        else:
            text = self._phase_text(state)
        if self.result_label.text() != text:
            self.result_label.setText(text)

    def _phase_text(self, state: HeadsetTestState) -> str:
        microphone = state.kind == "microphone"
        return {
            "recording": self.tr("Speak now: recording for three seconds…"),
            "waiting": self.tr("Listen: you hear yourself in a moment…"),
            "playing": self.tr("Playing back what you said…") if microphone else self.tr("Playing a tone…"),
            "done": (self.tr("Done. Did you hear yourself? If not, check the headset's mute switch and the "
                             "devices above.") if microphone else
                     self.tr("Done. Did you hear the tone? If not, check the speaker above and its volume.")),
        }.get(state.phase, "")

    def _problem_text(self, problem: str) -> str:
        return {
            "in_call": self.tr("A call is using the headset: test it when the call is over."),
            "no_device": self.tr("No sound device is open: choose a microphone and a speaker above and save."),
            "not_in_use": self.tr("Save the devices chosen above first: the test uses the devices in use."),
            "stopped": self.tr("The sound device stopped during the test: check that the headset is plugged in."),
        }.get(problem, self.tr("The test could not run."))

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Headset test"))
        self.explanation.setText(self.tr("Test microphone: speak for three seconds, and a second later you hear "
                                         "yourself. Test speaker: you hear a short tone."))
        self.microphone_button.setText(self.tr("&Test microphone"))
        self.microphone_button.setAccessibleName(self.tr("Test microphone"))
        self.speaker_button.setText(self.tr("Test spea&ker"))
        self.speaker_button.setAccessibleName(self.tr("Test speaker"))
        self.result_label.setAccessibleName(self.tr("Headset test result"))
        self.result_label.setText("")
        self._show(self._state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
