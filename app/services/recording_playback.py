"""Replaying an earlier call's recording to the signed-in user's headset, for the roles that may (QA, supervisors).

The phone plays (``TelephonyPort.play_recording`` and friends, never during a call); this service checks the role,
turns the phone's refusals into plain translated messages and reports the position every 200 ms while playing.

Every playback is an audit fact: a ``recording_played`` event on the played call says who played it, written as it
starts. A recording is personal data, so nobody listens unlogged: when the call log cannot be written, the playback
is stopped at once and the user is told why.
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.call_log import CallEventKind
from app.domain.debtors import ContactHistoryEntry
from app.domain.roles import may_play_recordings
from app.services.call_log import CallLog
from app.telephony.events import PlaybackState, PlaybackStateChanged
from app.telephony.port import PlaybackRefused, TelephonyPort

log = logging.getLogger(__name__)

POSITION_INTERVAL_MS = 200


class RecordingPlayback(QObject):
    position_changed = Signal(int, int)  # position_ms, duration_ms
    state_changed = Signal(str)  # "playing" | "paused" | "stopped" | "finished"
    problem = Signal(str)  # a plain, translated message for the user

    def __init__(self, *, phone: TelephonyPort, call_log: CallLog, agent_login: str, role: str,
                 may_play: Callable[[], bool] | None = None, parent: QObject | None = None) -> None:
        """``may_play``: asked at every play (default: the role's permission, app.domain.roles). Connect the
        bridge's ``playback_state_changed`` to ``on_playback_state``."""
        super().__init__(parent)
        self._phone = phone
        self._call_log = call_log
        self._agent_login = agent_login
        self._role = role
        self._may_play = may_play or (lambda: may_play_recordings(role))
        self._entry: ContactHistoryEntry | None = None
        self._state = PlaybackState.STOPPED.value
        self._timer = QTimer(self)
        self._timer.setInterval(POSITION_INTERVAL_MS)
        self._timer.timeout.connect(self._report_position)

    @property
    def state(self) -> str:
        return self._state

    @property
    def entry(self) -> ContactHistoryEntry | None:
        """The call whose recording is loaded (or was last played)."""
        return self._entry

    # -- the user's actions ------------------------------------------------------------------------------------

    def play(self, entry: ContactHistoryEntry) -> bool:
        """Play the call's recording from the start and log who played it. False (and ``problem``) when refused."""
        if not self._may_play():
            self.problem.emit(self.tr("Your role may not play call recordings. Ask a supervisor or QA."))
            return False
        path = entry.recording_path or ""
        if not path:
            self.problem.emit(self.tr("This call has no recording."))
            return False
        try:
            self._phone.play_recording(path)
        except PlaybackRefused as refusal:
            log.info("recording of call %d not played: %s", entry.call_id, refusal)
            self.problem.emit(self._refusal_text(refusal.reason, path))
            return False
        try:
            self._call_log.append_event(entry.call_id, CallEventKind.RECORDING_PLAYED,
                                        {"by": self._agent_login, "role": self._role})
        except Exception as error:  # noqa: BLE001 - the database went away: stop, never play unlogged
            log.warning("recording of call %d stopped: the playback could not be logged (%s)", entry.call_id, error)
            self._phone.stop_playback()
            self.problem.emit(self.tr("The recording was not played: every playback must be written to the call log, "
                                      "and the call log cannot be written now. Try again in a minute."))
            return False
        self._entry = entry
        return True

    def toggle(self) -> None:
        """Play/pause: pause while playing, otherwise go on (from the start once finished, or replay when stopped)."""
        if self._state == PlaybackState.PLAYING:
            self.pause()
        elif self._state in (PlaybackState.PAUSED, PlaybackState.FINISHED):
            self.resume()
        elif self._entry is not None:
            self.play(self._entry)

    def pause(self) -> None:
        self._phone.pause_playback()

    def resume(self) -> None:
        try:
            self._phone.resume_playback()
        except PlaybackRefused as refusal:
            path = self._entry.recording_path if self._entry is not None else None
            self.problem.emit(self._refusal_text(refusal.reason, path or ""))

    def seek(self, position_ms: int) -> None:
        self._phone.seek_playback(position_ms)
        self._report_position()

    def stop(self) -> None:
        self._timer.stop()
        self._phone.stop_playback()

    # -- from the phone (TelephonyBridge.playback_state_changed) -------------------------------------------------

    def on_playback_state(self, event: PlaybackStateChanged) -> None:
        if self._entry is None or event.path != self._entry.recording_path:
            return  # the previous recording's last word, after another one was started
        self._state = str(event.state)
        if event.state is PlaybackState.PLAYING:
            self._timer.start()
        else:
            self._timer.stop()
        self._report_position()
        self.state_changed.emit(self._state)

    # -- internals ---------------------------------------------------------------------------------------------

    def _report_position(self) -> None:
        position = self._phone.playback_position()
        if position is not None:
            self.position_changed.emit(*position)

    def _refusal_text(self, reason: str, path: str) -> str:
        texts = {
            "missing": self.tr("This recording file is missing: %1. Ask a supervisor; the call log still has every step."),
            "unreadable": self.tr("This recording file cannot be read: %1. "
                                  "Ask a supervisor to check the recordings folder; the call log still has every step."),
            "not_wav": self.tr("This recording file is damaged: %1. Ask a supervisor; the call log still has every step."),
            "empty": self.tr("This recording holds no sound: %1. "
                             "The call may still be going on, or its recording was paused throughout."),
            "in_call": self.tr("Recordings are not played during a call: you need to hear the debtor. Play it after the call."),
            "not_started": self.tr("The phone is not running, so recordings cannot be played. Restart CallDesk."),
        }
        text = texts.get(reason) or self.tr("This recording cannot be played: %1. Ask a supervisor.")
        return text.replace("%1", path)
