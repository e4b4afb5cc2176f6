"""The phone panel's sound line: which devices are in use (or why there is no sound) and the microphone meter.

The phone's AudioDeviceStatus comes as plain values: ``reason`` picks the translated sentence, ``description``
(English, the phone's own words) is the tooltip. A lost device is shown in the warning colour until it is back.
"""

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.microphone_meter import LevelSource, MicrophoneMeter

_WARNING = "color: #8a6d00;"
_NORMAL = "color: #5f6368;"


class SoundStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.hide()
        self.meter = MicrophoneMeter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.meter)
        layout.addWidget(self.label)
        self._shown: tuple[bool, str, str, str, str, str] | None = None
        self.label.setAccessibleName(self.tr("Sound devices"))

    def set_level_source(self, level: LevelSource | None) -> None:
        self.meter.set_source(level)

    def show_status(self, null_device: bool, description: str, reason: str = "", microphone: str = "",
                    speaker: str = "", ringer: str = "") -> None:
        self._shown = (null_device, description, reason, microphone, speaker, ringer)
        self.label.setText(self._text(*self._shown))
        self.label.setStyleSheet(_WARNING if null_device else _NORMAL)
        self.label.setToolTip(description)
        self.label.show()

    @property
    def lost_or_back(self) -> bool:
        """The last status says the sound went away or came back (worth a status-bar line too)."""
        return self._shown is not None and self._shown[2] in ("lost", "back")

    def _text(self, null_device: bool, _description: str, reason: str, microphone: str, speaker: str,
              ringer: str) -> str:
        if null_device:
            return {
                "lost": self.tr("Sound lost: the headset was unplugged or the sound server stopped. The call goes "
                                "on; the sound comes back when the device does."),
                "null_chosen": self.tr("No sound device is chosen in Settings: calls are silent."),
                "failed": self.tr("The sound device could not be opened: calls connect, but you will not hear "
                                  "audio. Check the headset, or pick another device in Settings."),
            }.get(reason, self.tr("No sound device found: calls connect, but you will not hear audio."))
        devices = self.tr("Microphone: %1 · Speaker: %2").replace("%1", microphone).replace("%2", speaker)
        if ringer and ringer != speaker:
            devices += " · " + self.tr("Ringer: %1").replace("%1", ringer)
        if reason == "back":
            return self.tr("Sound is back. %1").replace("%1", devices)
        return devices

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.label.setAccessibleName(self.tr("Sound devices"))
            if self._shown is not None:
                self.label.setText(self._text(*self._shown))
        super().changeEvent(event)
