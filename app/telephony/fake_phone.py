"""A phone with no network, for fast widget tests: the test plays the far end. Never a substitute for SIP tests."""

import uuid

from app.telephony.dial_target import normalize_dial_target
from app.telephony.events import AudioDeviceStatus, CallState, CallStateChanged, TelephonyEvent
from app.telephony.port import EventListener


class FakePhone:
    def __init__(self) -> None:
        self._listeners: list[EventListener] = []
        self._queue: list[TelephonyEvent] = []
        self.calls: dict[str, str] = {}  # call key -> remote URI, for calls not yet over
        self.dialled: list[str] = []
        self.started = False

    def start(self) -> None:
        self.started = True
        self._queue.append(AudioDeviceStatus(null_device=True, description="fake phone"))

    def shutdown(self) -> None:
        self.started = False
        self.calls.clear()

    def pump(self) -> None:
        queued, self._queue = self._queue, []
        for event in queued:
            for listener in list(self._listeners):
                listener(event)

    def add_listener(self, listener: EventListener) -> None:
        self._listeners.append(listener)

    def make_call(self, target: str) -> str:
        uri = normalize_dial_target(target)
        key = uuid.uuid4().hex
        self.calls[key] = uri
        self.dialled.append(uri)
        self._state(key, CallState.CALLING, 0, "")
        return key

    def answer(self, call_key: str) -> None:
        self._state(call_key, CallState.CONFIRMED, 200, "OK")

    def hangup(self, call_key: str) -> None:
        if call_key in self.calls:
            self._state(call_key, CallState.DISCONNECTED, 200, "Normal call clearing")
            del self.calls[call_key]

    def local_uri(self) -> str:
        return "sip:agent@127.0.0.1:5060"

    @property
    def using_null_audio(self) -> bool:
        return True

    # The far end, driven by tests.
    def remote_rings(self, call_key: str) -> None:
        self._state(call_key, CallState.EARLY, 180, "Ringing")

    def remote_answers(self, call_key: str) -> None:
        self._state(call_key, CallState.CONFIRMED, 200, "OK")

    def remote_hangs_up(self, call_key: str) -> None:
        self.hangup(call_key)

    def _state(self, call_key: str, state: CallState, code: int, reason: str) -> None:
        self._queue.append(CallStateChanged(call_key, state, self.calls.get(call_key, ""), code, reason))
