"""TelephonyBridge: the phone port brought onto the Qt event loop.

A QTimer pumps the port on the GUI thread (pjsua2 runs with no threads of its own), and each telephony event
comes back out as a typed Qt signal whose payload is the frozen event dataclass.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.telephony.events import (
    AudioDeviceStatus,
    CallStateChanged,
    IncomingCall,
    MediaStateChanged,
    TelephonyError,
    TelephonyEvent,
)
from app.telephony.port import TelephonyPort

log = logging.getLogger(__name__)

PUMP_INTERVAL_MS = 10


class TelephonyBridge(QObject):
    call_state_changed = Signal(object)  # CallStateChanged
    incoming_call = Signal(object)  # IncomingCall
    media_state_changed = Signal(object)  # MediaStateChanged
    audio_device_status = Signal(object)  # AudioDeviceStatus
    error = Signal(object)  # TelephonyError

    def __init__(self, port: TelephonyPort, interval_ms: int = PUMP_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._port = port
        self._handlers: dict[type, Callable[[Any], None]] = {
            CallStateChanged: self._on_call_state,
            IncomingCall: self._on_incoming_call,
            MediaStateChanged: self._on_media_state,
            AudioDeviceStatus: self._on_audio_device,
            TelephonyError: self._on_error,
        }
        port.add_listener(self._dispatch)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
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

    def shutdown(self) -> None:
        """Stop pumping and shut the phone down (hangs up live calls). Safe to call twice."""
        if self._shut_down:
            return
        self._shut_down = True
        self._timer.stop()
        self._port.shutdown()

    def _pump(self) -> None:
        """Report a failing pump once per run of failures, not every tick."""
        try:
            self._port.pump()
        except Exception as problem:  # noqa: BLE001 - a timer slot must not raise into Qt
            if not self._pump_failing:
                self._pump_failing = True
                log.exception("telephony pump failed")
                self.error.emit(TelephonyError(None, f"Telephony problem: {problem}"))
        else:
            self._pump_failing = False

    def _dispatch(self, event: TelephonyEvent) -> None:
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
