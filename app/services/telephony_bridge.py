"""TelephonyBridge: the phone port brought onto the Qt event loop.

The port wakes the bridge when it has something (its SIP thread posted a callback's work, an event was queued):
the wake-up is a signal with a queued connection, so it may come from any thread and the pump always runs on the
GUI thread, in a turn of its own. A QTimer pumps too, for the port's timed work: every 20 ms while the port is
busy (calls, recordings closing, playback), once a second otherwise, so an idle CallDesk sleeps. Each telephony
event comes back out as a typed Qt signal whose payload is the frozen event dataclass.

With ``one_event_per_turn`` (the window's setting) the events one pump produced are handed out one per event-loop
turn, in order, so an answered call's state, media and recording events (each with its call-log commit and
screen update) never add up to one long stall: the window repaints and input is read between them. Shutting down
hands out what is left at once, so a call ended by quitting is still logged.
"""

import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.telephony.events import (
    AudioDeviceStatus,
    CallQualitySample,
    CallQualitySummary,
    CallReplaced,
    CallStateChanged,
    DtmfReceived,
    DtmfSent,
    IncomingCall,
    MediaStateChanged,
    MuteChanged,
    PlaybackStateChanged,
    RecordingStateChanged,
    RegistrationStateChanged,
    TelephonyError,
    TelephonyEvent,
    TransferStatus,
)
from app.telephony.port import TelephonyPort

log = logging.getLogger(__name__)

IDLE_PUMP_INTERVAL_MS = 1000  # no call: registration retries and keep-alives, which count in seconds
BUSY_PUMP_INTERVAL_MS = 20  # calls, recordings, playback: quality samples, a recording's close, the end of a file


class TelephonyBridge(QObject):
    call_state_changed = Signal(object)  # CallStateChanged
    incoming_call = Signal(object)  # IncomingCall
    media_state_changed = Signal(object)  # MediaStateChanged
    audio_device_status = Signal(object)  # AudioDeviceStatus
    error = Signal(object)  # TelephonyError
    dtmf_received = Signal(object)  # DtmfReceived
    dtmf_sent = Signal(object)  # DtmfSent
    mute_changed = Signal(object)  # MuteChanged
    transfer_status = Signal(object)  # TransferStatus
    call_replaced = Signal(object)  # CallReplaced
    recording_state_changed = Signal(object)  # RecordingStateChanged
    call_quality_sample = Signal(object)  # CallQualitySample
    call_quality_summary = Signal(object)  # CallQualitySummary
    registration_state_changed = Signal(object)  # RegistrationStateChanged
    playback_state_changed = Signal(object)  # PlaybackStateChanged
    _woken = Signal()  # emitted by the port's wake-up, from any thread; queued to the GUI thread

    def __init__(self, port: TelephonyPort, parent: QObject | None = None, *, one_event_per_turn: bool = False) -> None:
        super().__init__(parent)
        self._port = port
        self._one_event_per_turn = one_event_per_turn
        self._pending: deque[TelephonyEvent] = deque()
        self._delivery = QTimer(self, singleShot=True, interval=0)
        self._delivery.timeout.connect(self._deliver_next)
        self._handlers: dict[type, Callable[[Any], None]] = {
            CallStateChanged: self._on_call_state,
            IncomingCall: self._on_incoming_call,
            MediaStateChanged: self._on_media_state,
            AudioDeviceStatus: self._on_audio_device,
            TelephonyError: self._on_error,
            DtmfReceived: self._on_dtmf_received,
            DtmfSent: self._on_dtmf_sent,
            MuteChanged: self._on_mute_changed,
            TransferStatus: self._on_transfer_status,
            CallReplaced: self._on_call_replaced,
            RecordingStateChanged: self._on_recording_state,
            CallQualitySample: self._on_quality_sample,
            CallQualitySummary: self._on_quality_summary,
            RegistrationStateChanged: self._on_registration_state,
            PlaybackStateChanged: self._on_playback_state,
        }
        port.add_listener(self._dispatch)
        self._woken.connect(self._pump, Qt.ConnectionType.QueuedConnection)
        port.set_wakeup(self._woken.emit)
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_PUMP_INTERVAL_MS)
        self._timer.timeout.connect(self._pump)
        self._shut_down = False
        self._pump_failing = False

    @property
    def port(self) -> TelephonyPort:
        return self._port

    def start(self) -> None:
        """Start the phone (RuntimeError with a readable message on failure) and the pump timer."""
        if self._shut_down:
            raise RuntimeError("The phone was shut down.")
        self._port.start()
        self._timer.start()
        self._woken.emit()  # what the start queued, at once

    def shutdown(self) -> None:
        """Stop pumping and shut the phone down (hangs up live calls). Safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        self._timer.stop()
        self._port.set_wakeup(lambda: None)  # what the shutdown produces is delivered below, not in a later turn
        self._one_event_per_turn = False  # what the shutdown produces is handed out at once
        self._deliver_all()
        self._port.shutdown()

    def _pump(self) -> None:
        """Pump; then time the next pump by whether the port has timed work. A failing pump is reported once per
        run of failures."""
        if self._shut_down:
            return
        try:
            self._port.pump()
        except Exception as problem:  # a timer slot must not raise into Qt
            if not self._pump_failing:
                self._pump_failing = True
                log.exception("telephony pump failed")
                self.error.emit(TelephonyError(None, f"Telephony problem: {problem}"))
        else:
            self._pump_failing = False
        interval = BUSY_PUMP_INTERVAL_MS if self._port.busy else IDLE_PUMP_INTERVAL_MS
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)

    def _dispatch(self, event: TelephonyEvent) -> None:
        if self._one_event_per_turn:
            self._pending.append(event)
            if not self._delivery.isActive():
                self._delivery.start()
            return
        self._deliver(event)

    def _deliver_next(self) -> None:
        if self._pending:
            self._deliver(self._pending.popleft())
        if self._pending:
            self._delivery.start()

    def _deliver_all(self) -> None:
        self._delivery.stop()
        while self._pending:
            self._deliver(self._pending.popleft())

    def _deliver(self, event: TelephonyEvent) -> None:
        handler = self._handlers.get(type(event))
        if handler is None:
            log.warning("no handler for telephony event %s", type(event).__name__)
            return
        handler(event)

    def _on_call_state(self, event: CallStateChanged) -> None:
        self.call_state_changed.emit(event)

    def _on_incoming_call(self, event: IncomingCall) -> None:
        self.incoming_call.emit(event)

    def _on_media_state(self, event: MediaStateChanged) -> None:
        self.media_state_changed.emit(event)

    def _on_audio_device(self, event: AudioDeviceStatus) -> None:
        self.audio_device_status.emit(event)

    def _on_error(self, event: TelephonyError) -> None:
        self.error.emit(event)

    def _on_dtmf_received(self, event: DtmfReceived) -> None:
        self.dtmf_received.emit(event)

    def _on_dtmf_sent(self, event: DtmfSent) -> None:
        self.dtmf_sent.emit(event)

    def _on_mute_changed(self, event: MuteChanged) -> None:
        self.mute_changed.emit(event)

    def _on_transfer_status(self, event: TransferStatus) -> None:
        self.transfer_status.emit(event)

    def _on_call_replaced(self, event: CallReplaced) -> None:
        self.call_replaced.emit(event)

    def _on_recording_state(self, event: RecordingStateChanged) -> None:
        self.recording_state_changed.emit(event)

    def _on_quality_sample(self, event: CallQualitySample) -> None:
        self.call_quality_sample.emit(event)

    def _on_quality_summary(self, event: CallQualitySummary) -> None:
        self.call_quality_summary.emit(event)

    def _on_registration_state(self, event: RegistrationStateChanged) -> None:
        self.registration_state_changed.emit(event)

    def _on_playback_state(self, event: PlaybackStateChanged) -> None:
        self.playback_state_changed.emit(event)
