"""Pjsua2Phone: the TelephonyPort on pjsua2, driven by whoever calls ``pump()`` (a QTimer in the app).

Threading: pjsua2 runs with no worker threads and ``mainThreadOnly``, so SIP callbacks only run inside
``pump()``. Callbacks never call listeners directly: they queue frozen events, and ``pump()`` delivers them after
``libHandleEvents`` returns, so a listener may dial or hang up without re-entering pjsip.

Lifetime: the phone owns every Call and the Account (Python references) and releases them before
``libDestroy``; a pjsua2 object destroyed after the library aborts the process at exit.
"""

import logging
import os
import time
import uuid
from collections import deque

import pjsua2 as pj

from app.telephony.caller_id import parse_remote_party
from app.telephony.dial_target import normalize_dial_target
from app.telephony.events import (
    AudioDeviceStatus,
    CallState,
    CallStateChanged,
    IncomingCall,
    MediaStateChanged,
    TelephonyError,
    TelephonyEvent,
)
from app.telephony.pjsua2_account import Pjsua2Account, local_account_config
from app.telephony.pjsua2_audio import choose_sound_device, connect_to_sound_device, use_null_device
from app.telephony.pjsua2_call import Pjsua2Call, call_state_event
from app.telephony.pjsua2_endpoint import create_endpoint, create_udp_transport, destroy_endpoint
from app.telephony.port import EventListener

log = logging.getLogger(__name__)

NULL_AUDIO_ENV = "CALLDESK_NULL_AUDIO"
LOOPBACK = "127.0.0.1"
SHUTDOWN_WAIT_S = 2.0
MAX_POLLS_PER_PUMP = 16


class Pjsua2Phone:
    """One SIP user agent on ``bind_address``: a UDP transport and a local account with no registrar."""

    def __init__(
        self,
        sip_port: int = 0,
        user: str = "agent",
        display_name: str = "CallDesk",
        force_null_audio: bool = False,
        log_level: int = 3,
        ua_name: str = "CallDesk",
        dial_prefix: str = "",
        bind_address: str = LOOPBACK,
    ) -> None:
        self._sip_port = sip_port
        self._user = user
        self._display_name = display_name
        self._force_null_audio = force_null_audio or os.environ.get(NULL_AUDIO_ENV, "") not in ("", "0")
        self._log_level = log_level
        self._ua_name = ua_name
        self._dial_prefix = dial_prefix
        self._host = bind_address
        self._endpoint: pj.Endpoint | None = None
        self._account: Pjsua2Account | None = None
        self._calls: dict[str, Pjsua2Call] = {}
        self._finished: set[str] = set()
        self._events: deque[TelephonyEvent] = deque()
        self._listeners: list[EventListener] = []
        self._audio_status: AudioDeviceStatus | None = None
        self._bound_port = 0

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Create the endpoint, transport, sound device and account. Raises RuntimeError with a readable reason."""
        if self._endpoint is not None:
            return
        self._endpoint = endpoint = create_endpoint(self._log_level, self._ua_name)
        try:
            transport_id, self._bound_port = create_udp_transport(endpoint, self._host, self._sip_port)
            endpoint.libStart()
            self._audio_status = choose_sound_device(endpoint, self._force_null_audio)
            self._events.append(self._audio_status)
            account = Pjsua2Account(self._on_incoming_call)
            self._account = account
            account.create(local_account_config(self._user, self._display_name, self._host, self._bound_port, transport_id))
        except pj.Error as error:
            self._destroy_library()
            raise RuntimeError(
                f"The SIP phone could not start ({error.reason}). Check the SIP user name '{self._user}' in the settings."
            ) from None
        except BaseException:
            self._destroy_library()
            raise
        log.info("SIP phone listening at %s", self.local_uri())

    def shutdown(self) -> None:
        """Hang up every call, wait up to 2 s for them to end, release all pjsua2 objects, destroy the library."""
        endpoint = self._endpoint
        if endpoint is None:
            return
        for call_key in list(self._calls):
            self.hangup(call_key)
        deadline = time.monotonic() + SHUTDOWN_WAIT_S
        while self._calls and time.monotonic() < deadline:
            endpoint.libHandleEvents(10)
            self._release_finished_calls()
        self._deliver_events()
        self._destroy_library()

    def pump(self) -> None:
        endpoint = self._endpoint
        if endpoint is None:
            return
        for _ in range(MAX_POLLS_PER_PUMP):
            if endpoint.libHandleEvents(0) <= 0:
                break
        self._release_finished_calls()
        self._deliver_events()

    def add_listener(self, listener: EventListener) -> None:
        self._listeners.append(listener)

    # -- calls -----------------------------------------------------------------------------------------------

    def make_call(self, target: str) -> str:
        """Raises InvalidDialTarget before anything is sent; later failures arrive as events."""
        uri = normalize_dial_target(target, self._dial_prefix)
        account = self._require_account()
        call_key = uuid.uuid4().hex
        call = Pjsua2Call(account, call_key, self)
        self._calls[call_key] = call
        param = pj.CallOpParam(True)
        param.opt.audioCount = 1
        param.opt.videoCount = 0
        try:
            call.makeCall(uri, param)
        except pj.Error as error:
            self._fail_call(call_key, uri, f"The call could not be started: {error.reason}")
        return call_key

    def answer(self, call_key: str) -> None:
        call = self._calls.get(call_key)
        if call is None or call_key in self._finished:
            log.info("answer: call %s is already over", call_key)
            return
        param = pj.CallOpParam()
        param.statusCode = 200
        try:
            call.answer(param)
        except pj.Error as error:
            self._events.append(TelephonyError(call_key, f"The call could not be answered: {error.reason}"))

    def hangup(self, call_key: str) -> None:
        """Cancels a ringing outgoing call, declines an incoming one, sends BYE to a connected one."""
        call = self._calls.get(call_key)
        if call is None or call_key in self._finished:
            return
        try:
            call.hangup(pj.CallOpParam())
        except pj.Error as error:
            log.info("hangup of %s: %s", call_key, error.reason)

    # -- state -----------------------------------------------------------------------------------------------

    def local_uri(self) -> str:
        return f"sip:{self._user}@{self._host}:{self._bound_port}"

    @property
    def using_null_audio(self) -> bool:
        return self._audio_status is not None and self._audio_status.null_device

    @property
    def audio_status(self) -> AudioDeviceStatus | None:
        return self._audio_status

    @property
    def active_call_keys(self) -> tuple[str, ...]:
        return tuple(key for key in self._calls if key not in self._finished)

    # -- pjsua2 callbacks (via Pjsua2Call / Pjsua2Account): queue events only --------------------------------

    def on_call_state(self, call: Pjsua2Call, event: CallStateChanged) -> None:
        if event.state is CallState.DISCONNECTED:
            self._finished.add(call.call_key)
        self._events.append(event)

    def on_call_media(self, call: Pjsua2Call, event: MediaStateChanged, active_audio: list[int]) -> None:
        for index in active_audio:
            self._connect_audio(call, index)
        self._events.append(event)

    def _on_incoming_call(self, call_id: int) -> None:
        call_key = uuid.uuid4().hex
        call = Pjsua2Call(self._require_account(), call_key, self, call_id)
        self._calls[call_key] = call
        info = call.getInfo()
        number, display_name = parse_remote_party(info.remoteUri)
        self._events.append(IncomingCall(call_key, info.remoteUri, number, display_name))
        state_event = call_state_event(call_key, info)
        if state_event is not None:
            self._events.append(state_event)
        ringing = pj.CallOpParam()
        ringing.statusCode = 180
        call.answer(ringing)

    # -- internals -------------------------------------------------------------------------------------------

    def _connect_audio(self, call: Pjsua2Call, index: int) -> None:
        assert self._endpoint is not None
        try:
            connect_to_sound_device(self._endpoint, call.getAudioMedia(index))
        except pj.Error as error:
            log.warning("sound device failed mid-call (%s); switching to the null device", error.reason)
            self._audio_status = use_null_device(
                self._endpoint, f"The sound device stopped working ({error.reason}): calls are silent."
            )
            self._events.append(self._audio_status)
            connect_to_sound_device(self._endpoint, call.getAudioMedia(index))

    def _fail_call(self, call_key: str, uri: str, message: str) -> None:
        self._finished.add(call_key)
        self._events.append(TelephonyError(call_key, message))
        self._events.append(CallStateChanged(call_key, CallState.DISCONNECTED, uri, 500, message))

    def _release_finished_calls(self) -> None:
        """Drop our reference to ended calls outside their callbacks (deleting a Call inside one is unsafe)."""
        for call_key in self._finished:
            self._calls.pop(call_key, None)
        self._finished.clear()

    def _deliver_events(self) -> None:
        while self._events:
            event = self._events.popleft()
            for listener in list(self._listeners):
                try:
                    listener(event)
                except Exception:  # noqa: BLE001 - one broken listener must not stop the phone
                    log.exception("telephony listener failed on %s", type(event).__name__)

    def _require_account(self) -> Pjsua2Account:
        if self._account is None:
            raise RuntimeError("The phone is not started.")
        return self._account

    def _destroy_library(self) -> None:
        """Release Calls and the Account before libDestroy (see module doc), then drop the Endpoint."""
        endpoint, self._endpoint = self._endpoint, None
        self._calls.clear()
        self._finished.clear()
        if self._account is not None:
            self._account.shutdown()
            self._account = None
        if endpoint is not None:
            destroy_endpoint(endpoint)
