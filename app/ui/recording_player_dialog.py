"""A small non-modal player for one earlier call's recording: which call it was, play/pause (Space), a position
slider to seek, elapsed and total time. Closing it stops the playback.

The dialog shows state and emits intents; ``RecordingPlayback`` (given in ``__init__``) does the work and logs
every playback in the call log. Phone numbers are masked unless the role sees full numbers.
"""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from app.domain.debtors import ContactHistoryEntry, DebtorRecord
from app.services.recording_playback import RecordingPlayback
from app.ui import display

PAGE_STEP_MS = 5000
SINGLE_STEP_MS = 1000


class RecordingPlayerDialog(QDialog):
    play_requested = Signal(object)  # the ContactHistoryEntry to play from the start
    play_pause_requested = Signal()
    seek_requested = Signal(int)  # position in ms
    stop_requested = Signal()

    def __init__(self, playback: RecordingPlayback, entry: ContactHistoryEntry, language: str,
                 full_numbers: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry = entry
        self._state = "stopped"
        self._showing_position = False  # True while the slider follows the phone (not the user)
        self.setModal(False)
        self.setWindowTitle(self.tr("Call recording"))
        number = display.national_phone(entry.number) if full_numbers else display.masked_phone(entry.number)
        self.call_label = QLabel(display.moment(entry.started_at, language), self)
        self.agent_label = QLabel(entry.agent_name, self)
        self.number_label = QLabel(number, self)
        self.length_label = QLabel(display.duration(entry.duration_seconds), self)
        self.play_button = QPushButton(self)
        self.play_button.setAccessibleName(self.tr("Play or pause the recording"))
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.slider.setRange(0, max(entry.duration_seconds or 0, 0) * 1000)
        self.slider.setSingleStep(SINGLE_STEP_MS)
        self.slider.setPageStep(PAGE_STEP_MS)
        self.elapsed_label = QLabel(display.duration(0), self)
        self.elapsed_label.setAccessibleName(self.tr("Time played"))
        self.total_label = QLabel(display.duration(entry.duration_seconds), self)
        self.total_label.setAccessibleName(self.tr("Length of the recording"))
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Playback state"))
        self.problem_label = QLabel(self)
        self.problem_label.setAccessibleName(self.tr("Playback problem"))
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        self._build_layout()
        self._space = QShortcut(QKeySequence(Qt.Key.Key_Space), self, context=Qt.ShortcutContext.WindowShortcut)
        self._space.activated.connect(self.play_pause_requested)
        self.play_button.clicked.connect(self.play_pause_requested)
        self.slider.sliderReleased.connect(lambda: self.seek_requested.emit(self.slider.value()))
        self.slider.valueChanged.connect(self._on_slider_value)
        self.close_button.clicked.connect(self.reject)
        self._connect(playback)
        self.show_state("stopped")

    def _build_layout(self) -> None:
        facts = QFormLayout()
        facts.addRow(self.tr("Call time:"), self.call_label)
        facts.addRow(self.tr("Agent:"), self.agent_label)
        facts.addRow(self.tr("Number:"), self.number_label)
        facts.addRow(self.tr("Call length:"), self.length_label)
        position = QHBoxLayout()
        position.addWidget(self.play_button)
        position.addWidget(self.elapsed_label)
        position.addWidget(self.slider, 1)
        position.addWidget(self.total_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addLayout(position)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.play_button, self.slider)
        QWidget.setTabOrder(self.slider, self.close_button)

    def _connect(self, playback: RecordingPlayback) -> None:
        self.play_requested.connect(playback.play)
        self.play_pause_requested.connect(playback.toggle)
        self.seek_requested.connect(playback.seek)
        self.stop_requested.connect(playback.stop)
        playback.position_changed.connect(self.show_position)
        playback.state_changed.connect(self.show_state)
        playback.problem.connect(self.show_problem)

    @property
    def entry(self) -> ContactHistoryEntry:
        return self._entry

    def start(self) -> None:
        """Play the call's recording from the start (after ``show()``)."""
        self.problem_label.hide()
        self.play_requested.emit(self._entry)
        self.play_button.setFocus()

    # -- what the playback service reports ---------------------------------------------------------------------

    def show_position(self, position_ms: int, duration_ms: int) -> None:
        self.total_label.setText(display.duration(round(duration_ms / 1000)))
        self.elapsed_label.setText(display.duration(position_ms // 1000))
        if self.slider.isSliderDown():
            return  # the user is dragging: the release seeks
        self._showing_position = True
        try:
            self.slider.setMaximum(duration_ms)
            self.slider.setValue(position_ms)
        finally:
            self._showing_position = False

    def show_state(self, state: str) -> None:
        """"playing" | "paused" | "stopped" | "finished", as RecordingPlayback.state_changed says it."""
        self._state = state
        texts = {
            "playing": self.tr("Playing"),
            "paused": self.tr("Paused"),
            "finished": self.tr("Finished"),
            "stopped": self.tr("Stopped"),
        }
        self.state_label.setText(texts.get(state, state))
        if state == "playing":
            self.play_button.setText(self.tr("Pause"))
            self.problem_label.hide()
        elif state == "finished":
            self.play_button.setText(self.tr("Play again"))
        else:
            self.play_button.setText(self.tr("Play"))

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.show()

    # -- internals ---------------------------------------------------------------------------------------------

    def _on_slider_value(self, value: int) -> None:
        """Keyboard and clicks on the groove seek at once; a drag seeks when released."""
        if not self._showing_position and not self.slider.isSliderDown():
            self.seek_requested.emit(value)

    def done(self, result: int) -> None:
        """Close, Escape and the window's close button all stop the playback."""
        self.stop_requested.emit()
        super().done(result)


class RecordingPlayers(QObject):
    """One player at a time for the window: opening another call's recording closes (and stops) the first."""

    def __init__(self, playback: RecordingPlayback, language: str, full_numbers: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._playback = playback
        self._language = language
        self._full_numbers = full_numbers
        self._parent = parent
        self.dialog: RecordingPlayerDialog | None = None

    def open_call(self, record: DebtorRecord | None, call_id: int) -> None:
        entry = None if record is None else next((e for e in record.contact_history if e.call_id == call_id), None)
        if entry is None or not entry.has_recording:
            return
        if self.dialog is not None:
            self.dialog.close()
        dialog = RecordingPlayerDialog(self._playback, entry, self._language, self._full_numbers, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.show()
        dialog.start()

    def _forget(self, dialog: RecordingPlayerDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
