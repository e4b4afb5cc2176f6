"""Settings → Audio devices: the microphone and the speaker, from the phone's own list; they apply at once and
are saved in calldesk.toml ([audio]) with the other settings, so the next start uses them too."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.services.audio_devices import AudioDevices, AudioDeviceStatus, SoundDevice

NAME_ROLE = Qt.ItemDataRole.UserRole


class AudioDevicesPage(QWidget):
    changed = Signal()

    def __init__(self, devices: AudioDevices, current: tuple[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        """``current``: (capture, playback) in use now, when the caller knows it (the saved choice); else the first
        of each is shown. A name the phone does not list (headset unplugged) leaves the first one shown."""
        super().__init__(parent)
        self._devices = devices
        self.capture_combo = QComboBox(self)
        self.playback_combo = QComboBox(self)
        self.capture_label = QLabel(self)
        self.playback_label = QLabel(self)
        self.capture_label.setBuddy(self.capture_combo)
        self.playback_label.setBuddy(self.playback_combo)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.capture_label, self.capture_combo)
        form.addRow(self.playback_label, self.playback_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.note)
        layout.addStretch(1)
        QWidget.setTabOrder(self.capture_combo, self.playback_combo)
        self._list: tuple[SoundDevice, ...] = devices.sound_devices()
        self._retranslate()
        if current is not None:
            self._select(self.capture_combo, current[0])
            self._select(self.playback_combo, current[1])
        self._applied = self.choice()
        self.capture_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.playback_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _retranslate(self) -> None:
        self.capture_label.setText(self.tr("&Microphone:"))
        self.playback_label.setText(self.tr("S&peaker or headset:"))
        self.capture_combo.setAccessibleName(self.tr("Microphone"))
        self.playback_combo.setAccessibleName(self.tr("Speaker or headset"))
        self.note.setText(self.tr("Sound devices change at once, also during a call."))
        for combo, wanted in ((self.capture_combo, "capture"), (self.playback_combo, "playback")):
            chosen = combo.currentData(NAME_ROLE)
            combo.blockSignals(True)
            combo.clear()
            for device in self._list:
                if getattr(device, wanted):
                    text = self.tr("No sound device (silent)") if device.null else device.name
                    combo.addItem(text, device.name)
            if chosen is not None:
                self._select(combo, chosen)
            combo.blockSignals(False)

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

    def choose(self, capture: str, playback: str) -> None:
        self._select(self.capture_combo, capture)
        self._select(self.playback_combo, playback)

    def show_in_use(self, capture: str, playback: str) -> None:
        """Preselect the devices the phone uses now (e.g. the saved ones): choosing them again changes nothing."""
        for combo, name in ((self.capture_combo, capture), (self.playback_combo, playback)):
            combo.blockSignals(True)
            self._select(combo, name)
            combo.blockSignals(False)
        self._applied = self.choice()

    def is_changed(self) -> bool:
        return self.choice() != self._applied

    def apply(self) -> AudioDeviceStatus | None:
        """Use the chosen devices now (only when they changed); the phone's answer is shown on the page."""
        if not self.is_changed() or not all(self.choice()):
            return None
        status = self._devices.select_sound_devices(*self.choice())
        self._applied = self.choice()
        if status.null_device:
            self.status_label.setText(self.tr("The chosen device could not be opened; "
                                              "calls use no sound device until another is chosen."))
        else:
            self.status_label.setText(self.tr("In use now."))
        return status
