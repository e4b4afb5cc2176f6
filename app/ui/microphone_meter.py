"""The microphone's level as a small bar, so an agent sees a muted or dead headset before the first call.

The level comes from a plain function (the phone's ``microphone_level``, in dBFS; None without a microphone) read
on a 10 Hz timer while the bar is shown: the audio thread only keeps a number, nothing here waits for it. The word
beside the bar says what a bar cannot: silent, muted, resting, no microphone. "Resting": the phone closed its
sound streams while nothing used them (its source gives RESTING_DBFS, -inf) and opens them for the next call; the
bar is empty but the headset is not dead. Without a live level (none, or resting) it looks once a second: an idle
app should not wake ten times a second for an empty bar.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

LevelSource = Callable[[], float | None]
FLOOR_DBFS = -60.0  # the bar's empty end
SILENT_DBFS = -50.0  # below this the microphone hears nothing worth sending (a muted headset, a dead cable)
READ_INTERVAL_MS = 100
NO_MICROPHONE_READ_INTERVAL_MS = 1000
RESTING_DBFS = float("-inf")  # the source's word for "the sound is resting between calls"


class MicrophoneMeter(QWidget):
    def __init__(self, parent: QWidget | None = None, level: LevelSource | None = None) -> None:
        super().__init__(parent)
        self._level = level
        self._muted = False
        self._state = ""
        self.dbfs: float | None = None  # the last level shown
        self.bar = QProgressBar(self)
        self.bar.setRange(0, int(-FLOOR_DBFS))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.word = QLabel(self)
        self.word.setStyleSheet("color: #5f6368;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.word)
        self._timer = QTimer(self, interval=READ_INTERVAL_MS)
        self._timer.timeout.connect(self.read_level)
        self._retranslate()
        self.show_level(None)

    def set_source(self, level: LevelSource | None) -> None:
        self._level = level
        self._update_timer()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.show_level(self.dbfs)

    def read_level(self) -> None:
        self.show_level(None if self._level is None else self._level())
        live = self.dbfs is not None and self.dbfs != RESTING_DBFS
        self._timer.setInterval(READ_INTERVAL_MS if live else NO_MICROPHONE_READ_INTERVAL_MS)

    def show_level(self, dbfs: float | None) -> None:
        """The bar and the word for ``dbfs`` (None: no microphone; RESTING_DBFS: resting); while muted the bar
        stays empty."""
        self.dbfs = dbfs
        live = dbfs is not None and dbfs != RESTING_DBFS and not self._muted
        self.bar.setValue(int(max(0.0, min(-FLOOR_DBFS, dbfs - FLOOR_DBFS))) if live and dbfs is not None else 0)
        if dbfs is None:
            state = "none"
        elif dbfs == RESTING_DBFS:
            state = "resting"
        elif self._muted:
            state = "muted"
        else:
            state = "silent" if dbfs < SILENT_DBFS else "sound"
        if state != self._state:  # the words change seldom: a screen reader is not told ten times a second
            self._state = state
            self._show_state()

    @property
    def state(self) -> str:
        """"sound" | "silent" | "muted" | "resting" | "none"."""
        return self._state

    def _show_state(self) -> None:
        words = {"none": self.tr("No microphone"), "muted": self.tr("Muted"), "silent": self.tr("Silent"),
                 "resting": self.tr("Resting"), "sound": ""}
        self.word.setText(words[self._state])
        self.bar.setAccessibleDescription(words[self._state] or self.tr("Sound"))
        self.word.setToolTip(self.tr("The sound rests between calls to save power; it opens when a call starts")
                             if self._state == "resting" else "")

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Microphone level"))
        self.bar.setAccessibleName(self.tr("Microphone level"))
        self.setToolTip(self.tr("Your microphone's level: it moves when you speak"))
        if self._state:
            self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def _update_timer(self) -> None:
        if self._level is not None and self.isVisible():
            self._timer.start()
        else:
            self._timer.stop()
