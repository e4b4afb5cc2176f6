"""Settings → Audio devices: the microphone, the speaker and the ringer, from the phone's own list; they apply at
once and are saved in calldesk.toml ([audio]) with the other settings, so the next start uses them too.

The list is read again when the page is shown and on Refresh (a headset plugged in meanwhile). A device chosen
before that is gone stays chosen, marked "not connected": the phone finds it again by name when it is back.
Below, the headset test (headset_test_box).
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.audio_devices import AudioDevices, AudioDeviceStatus, SoundDevice
from app.ui.headset_test_box import HeadsetTestBox

NAME_ROLE = Qt.ItemDataRole.UserRole
ECHO_MODES = ("auto", "on", "off")
RELIST_AFTER_SECONDS = 1.0  # showing the page re-reads the list unless it was just read


class AudioDevicesPage(QWidget):
    changed = Signal()

    def __init__(self, devices: AudioDevices, current: tuple[str, str] | None = None,
                 parent: QWidget | None = None, *, in_call: Callable[[], bool] | None = None) -> None:
        """``current``: (capture, playback) in use now, when the caller knows it (the saved choice); else the first
        of each is shown. A name the phone does not list (headset unplugged) leaves the first one shown.
        ``in_call``: whether a call holds the headset (no headset test then)."""
        super().__init__(parent)
        self._devices = devices
        self.capture_combo = QComboBox(self)
        self.playback_combo = QComboBox(self)
        self.ringer_combo = QComboBox(self)
        self.capture_label = QLabel(self)
        self.playback_label = QLabel(self)
        self.ringer_label = QLabel(self)
        self.capture_label.setBuddy(self.capture_combo)
        self.playback_label.setBuddy(self.playback_combo)
        self.ringer_label.setBuddy(self.ringer_combo)
        self.echo_combo = QComboBox(self)
        self.echo_label = QLabel(self)
        self.echo_label.setBuddy(self.echo_combo)
        for mode in ECHO_MODES:
            self.echo_combo.addItem("", mode)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.test_box = HeadsetTestBox(devices, self.choice, in_call, self)
        form = QFormLayout()
        form.addRow(self.capture_label, self.capture_combo)
        form.addRow(self.playback_label, self.playback_combo)
        form.addRow(self.ringer_label, self.ringer_combo)
        form.addRow(self.echo_label, self.echo_combo)
        refresh_row = QHBoxLayout()
        refresh_row.addWidget(self.refresh_button)
        refresh_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(refresh_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.note)
        layout.addWidget(self.test_box)
        layout.addStretch(1)
        chain = (self.capture_combo, self.playback_combo, self.ringer_combo, self.echo_combo, self.refresh_button,
                 self.test_box.microphone_button, self.test_box.speaker_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._list: tuple[SoundDevice, ...] = devices.sound_devices()
        self._listed_at = time.monotonic()
        self._retranslate()
        if current is not None:
            self._select(self.capture_combo, current[0])
            self._select(self.playback_combo, current[1])
        self._applied = (self.choice(), self.ringer())
        self._applied_echo = self.echo_mode()
        for combo in (self.capture_combo, self.playback_combo, self.ringer_combo, self.echo_combo):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _retranslate(self) -> None:
        self.capture_label.setText(self.tr("&Microphone:"))
        self.playback_label.setText(self.tr("S&peaker or headset:"))
        self.ringer_label.setText(self.tr("R&inger (rings while the headset is on the desk):"))
        self.echo_label.setText(self.tr("&Echo cancellation:"))
        self.echo_combo.setAccessibleName(self.tr("Echo cancellation"))
        self.echo_combo.setToolTip(self.tr("Takes the debtor's voice out of the microphone when it comes back from "
                                           "the speaker, and quietens steady noise. Headsets do not need it."))
        for index, text in enumerate((self.tr("Automatic (on for a laptop's built-in speaker and microphone, "
                                              "off for headsets)"), self.tr("On"), self.tr("Off"))):
            self.echo_combo.setItemText(index, text)
        self.capture_combo.setAccessibleName(self.tr("Microphone"))
        self.playback_combo.setAccessibleName(self.tr("Speaker or headset"))
        self.ringer_combo.setAccessibleName(self.tr("Ringer"))
        self.refresh_button.setText(self.tr("Re&fresh device list"))
        self.refresh_button.setAccessibleName(self.tr("Refresh device list"))
        self.refresh_button.setToolTip(self.tr("Read the sound devices again, e.g. after plugging in a headset"))
        self.note.setText(self.tr("Sound devices change at once, also during a call."))
        self._fill()

    def _fill(self) -> None:
        """The combos from ``self._list``, each keeping its choice: a chosen device that is gone stays chosen, as
        "not connected"."""
        for combo, wanted in ((self.capture_combo, "capture"), (self.playback_combo, "playback"),
                              (self.ringer_combo, "ringer")):
            chosen = combo.currentData(NAME_ROLE)
            combo.blockSignals(True)
            combo.clear()
            if wanted == "ringer":
                combo.addItem(self.tr("Same as the speaker"), "")
            for device in self._list:
                if device.null and wanted == "ringer":
                    continue
                if getattr(device, "playback" if wanted == "ringer" else wanted):
                    text = self.tr("No sound device (silent)") if device.null else device.name
                    combo.addItem(text, device.name)
            if chosen is not None:
                if chosen and combo.findData(chosen, NAME_ROLE) < 0:
                    self._add_missing(combo, chosen)
                self._select(combo, chosen)
            combo.blockSignals(False)

    def _add_missing(self, combo: QComboBox, name: str) -> None:
        combo.addItem(self.tr("%1 (not connected)").replace("%1", name), name)

    def refresh(self) -> None:
        """Read the phone's device list again (hot-plug); the choices stay as they were."""
        before = (self.choice(), self.ringer())
        self._list = self._devices.sound_devices()
        self._listed_at = time.monotonic()
        self._fill()
        if (self.choice(), self.ringer()) != before:
            self.changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if time.monotonic() - self._listed_at > RELIST_AFTER_SECONDS:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    @staticmethod
    def _select(combo: QComboBox, name: str) -> None:
        index = combo.findData(name, NAME_ROLE)
        if index >= 0:
            combo.setCurrentIndex(index)

    def choice(self) -> tuple[str, str]:
        """(capture, playback) device names as the phone knows them."""
        return (self.capture_combo.currentData(NAME_ROLE) or "", self.playback_combo.currentData(NAME_ROLE) or "")

    def ringer(self) -> str:
        """The ringer's device name; "" = the speaker."""
        return self.ringer_combo.currentData(NAME_ROLE) or ""

    def choose(self, capture: str, playback: str, ringer: str | None = None) -> None:
        self._select(self.capture_combo, capture)
        self._select(self.playback_combo, playback)
        if ringer is not None:
            self._select(self.ringer_combo, ringer)

    def show_in_use(self, capture: str, playback: str) -> None:
        """Preselect the devices the phone uses now (e.g. the saved ones): choosing them again changes nothing."""
        for combo, name in ((self.capture_combo, capture), (self.playback_combo, playback)):
            combo.blockSignals(True)
            self._select(combo, name)
            combo.blockSignals(False)
        self._applied = (self.choice(), self._applied[1])

    def show_ringer_in_use(self, ringer: str) -> None:
        """The saved ringer, chosen at start ("not connected" when the phone does not list it now)."""
        self.ringer_combo.blockSignals(True)
        if ringer and self.ringer_combo.findData(ringer, NAME_ROLE) < 0:
            self._add_missing(self.ringer_combo, ringer)
        self._select(self.ringer_combo, ringer)
        self.ringer_combo.blockSignals(False)
        self._applied = (self._applied[0], self.ringer())

    def echo_mode(self) -> str:
        """"auto", "on" or "off" ([audio] echo_cancellation)."""
        return str(self.echo_combo.currentData() or "auto")

    def show_echo_mode(self, mode: str) -> None:
        """The saved echo cancellation, which the phone applied at start."""
        index = self.echo_combo.findData(mode if mode in ECHO_MODES else "auto")
        self.echo_combo.blockSignals(True)
        self.echo_combo.setCurrentIndex(max(index, 0))
        self.echo_combo.blockSignals(False)
        self._applied_echo = self.echo_mode()

    def is_changed(self) -> bool:
        return (self.choice(), self.ringer()) != self._applied or self.echo_mode() != self._applied_echo

    def apply(self) -> AudioDeviceStatus | None:
        """Use the chosen devices and echo cancellation now (only what changed); the phone's answer is shown."""
        if self.echo_mode() != self._applied_echo:
            self._devices.set_echo_cancellation(self.echo_mode())
            self._applied_echo = self.echo_mode()
        if not self.is_changed() or not all(self.choice()):
            return None
        status = self._devices.select_sound_devices(*self.choice(), self.ringer())
        self._applied = (self.choice(), self.ringer())
        if status.null_device:
            self.status_label.setText(self.tr("The chosen device could not be opened; "
                                              "calls use no sound device until another is chosen."))
        else:
            self.status_label.setText(self.tr("In use now."))
        return status
