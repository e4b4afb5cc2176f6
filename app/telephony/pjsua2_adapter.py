"""Pjsua2Phone: the TelephonyPort on pjsua2, with its own SIP thread; events reach listeners in ``pump()``.

Threading (README "Threads"): the SIP thread (pjsua2_sip_thread) blocks in ``libHandleEvents``, so SIP callbacks
run there, the moment a message arrives. A callback copies what it needs (``getInfo()``, the INVITE's text) into
frozen values and posts the rest of its work to the inbox (pjsua2_inbox), which wakes the GUI thread; ``pump()``
runs the posted work in arrival order, the timed work, then hands the events to the listeners. So the phone's own
state and every listener live on the pumping thread. Only what must happen inside a callback stays there: creating
the Call object of an incoming or replacing call (pjsua2 binds it there) and answering a REFER. Calls into pjsua2
from the GUI thread go straight in (pjsua2 locks internally; its wrappers release the GIL).

Lifetime: the phone owns every Call and the Account (Python references) and releases them before
``libDestroy``, after stopping the SIP thread; a pjsua2 object destroyed after the library aborts the process.
"""

import logging
import os
import time
import uuid
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import pjsua2 as pj

from app.telephony.accounts import TelephonyAccount
from app.telephony.call_options import CallOptions
from app.telephony.caller_id import caller_from_invite
from app.telephony.dial_target import normalize_dial_target
from app.telephony.events import (
    AudioDeviceStatus,
    CallState,
    CallStateChanged,
    DtmfReceived,
    HeadsetTestState,
    IncomingCall,
    MediaStateChanged,
    RegistrationStateChanged,
    SoundDevice,
    TelephonyError,
    TransferStatus,
)
from app.telephony.pjsua2_account import Pjsua2Account, local_account_config
from app.telephony.pjsua2_audio import connect_to_sound_device, start_headset
from app.telephony.pjsua2_call import Pjsua2Call, call_state_event
from app.telephony.pjsua2_call_control import CallControl, apply_session_timer
from app.telephony.pjsua2_endpoint import create_endpoint, create_udp_transport, destroy_endpoint
from app.telephony.pjsua2_inbox import CallbackInbox
from app.telephony.pjsua2_media import CallMedia
from app.telephony.pjsua2_playback import RecordingPlayer
from app.telephony.pjsua2_registration import AccountRegistrations, PasswordLookup
from app.telephony.pjsua2_sip_thread import SipThread
from app.telephony.port import EventListener
from app.telephony.recording_policy import RecordingSettings

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
        dial_format: str = "national",  # [sip] dial_format: numbers as "national" digits or "e164"
        bind_address: str = LOOPBACK,
        recording: RecordingSettings | None = None,  # None: no recordings (start_recording reports an error)
        call_options: CallOptions | None = None,  # auto-answer, session timers, DTMF method
        accounts: Sequence[TelephonyAccount] = (),  # accounts with a registrar (pjsua2_registration)
        password_lookup: PasswordLookup | None = None,  # account name -> password (the keyring), read at start
    ) -> None:
        self._sip_port = sip_port
        self._user = user
        self._display_name = display_name
        self._force_null_audio = force_null_audio or os.environ.get(NULL_AUDIO_ENV, "") not in ("", "0")
        self._log_level = log_level
        self._ua_name = ua_name
        self._dial_prefix = dial_prefix
        self._dial_format = dial_format
        self._host = bind_address
        self._endpoint: pj.Endpoint | None = None
        self._account: Pjsua2Account | None = None
        self._calls: dict[str, Pjsua2Call] = {}
        self._finished: set[str] = set()
        self._inbox = CallbackInbox()  # the callbacks' work and the events, handed to the pumping thread
        self._emit = self._inbox.emit
        self._post = self._inbox.post
        self._sip_thread: SipThread | None = None
        self._listeners: list[EventListener] = []
        self._audio_status: AudioDeviceStatus | None = None
        self._bound_port = 0
        self._media = CallMedia(recording, self._emit)  # recorders, quality, tones (pjsua2_media)
        self._control = CallControl(  # hold, mute, DTMF, transfers, conference, auto-answer (pjsua2_call_control)
            self._calls, self._finished, self._emit,
            lambda key, call_id: Pjsua2Call(self._require_account(), key, self, call_id),
            self._dial_uri, call_options or CallOptions(),
        )
        self._registrations = AccountRegistrations(accounts, password_lookup, self._emit, self._on_incoming_call,
                                                   post=self._post)
        self._playback = RecordingPlayer(lambda: self._endpoint, self._emit)  # earlier calls' recordings

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Create the endpoint, transport, sound device and account. Raises RuntimeError with a readable reason."""
        if self._endpoint is not None:
            return
        self._inbox.pumped_from_here()
        self._endpoint = endpoint = create_endpoint(self._log_level, self._ua_name)
        try:
            transport_id, self._bound_port = create_udp_transport(endpoint, self._host, self._sip_port)
            endpoint.libStart()
            self._media.attach(endpoint)
            self._audio_status = start_headset(endpoint, self._media.headset, self._force_null_audio)  # queues it
            self._control.attach(endpoint)
            account = Pjsua2Account(self._on_incoming_call)
            self._account = account
            config = local_account_config(self._user, self._display_name, self._host, self._bound_port, transport_id)
            apply_session_timer(config, self._control.options)
            account.create(config)
            self._registrations.start(endpoint)  # async: REGISTERs sent, answers come as events
            self._sip_thread = SipThread(endpoint, (self._host, self._bound_port))
            self._sip_thread.start()
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
        """End every call (480 to a ringing incoming one, CANCEL or BYE to the others), wait up to 2 s for them to
        end, release all pjsua2 objects, destroy the library."""
        endpoint = self._endpoint
        if endpoint is None:
            return
        self._stop_sip_thread()  # from here on this thread polls, and callbacks run their work at once
        self._inbox.run_posted()
        for call_key in list(self._calls):
            if not self._control.reject(call_key, busy=False, unanswered=True):
                self.hangup(call_key)
        deadline = time.monotonic() + SHUTDOWN_WAIT_S
        while self._calls and time.monotonic() < deadline:
            endpoint.libHandleEvents(10)
            self._inbox.run_posted()
            self._release_finished_calls()
        self._registrations.unregister_all(endpoint)  # REGISTER Expires: 0, bounded wait
        self._media.release()  # recordings closed and reported before the last delivery
        self._playback.release()
        self._deliver_events()
        self._destroy_library()

    def pump(self) -> None:
        """On the GUI thread: the callbacks' posted work, the timed work, then the events to listeners."""
        endpoint = self._endpoint
        if endpoint is None:
            return
        if self._sip_thread is None or not self._sip_thread.running:  # not started or stopped: poll here
            for _ in range(MAX_POLLS_PER_PUMP):
                if endpoint.libHandleEvents(0) <= 0:
                    break
        self._inbox.run_posted()
        self._media.pump(self._calls)  # closes ended calls' recordings, takes due quality samples
        self._playback.pump(in_call=bool(self.active_call_keys))  # end of file; a call pauses playback
        self._registrations.retry_due()  # failed registrations whose backoff is over
        for call_key in self._control.run_due():  # transferred calls hung up; auto-answers due
            self.answer(call_key)
        self._release_finished_calls()
        self._deliver_events()

    def add_listener(self, listener: EventListener) -> None:
        self._listeners.append(listener)

    def set_wakeup(self, wake: Callable[[], None]) -> None:
        """``wake`` is called (from any thread) when ``pump()`` has work: once until the next ``pump()``."""
        self._inbox.set_wakeup(wake)

    @property
    def busy(self) -> bool:
        """True while ``pump()`` has timed work (calls, a recording closing, playback, a headset test): pump
        often. Otherwise once a second is enough (registration retries and keep-alives count in seconds), and SIP
        events wake the pump themselves."""
        return bool(self._calls) or self._media.busy or self._playback.busy

    # -- calls -----------------------------------------------------------------------------------------------

    def make_call(self, target: str) -> str:
        """Raises InvalidDialTarget before anything is sent; later failures arrive as events."""
        uri = self._dial_uri(target)  # the dial plan of the first registered account, else the local one's
        registered = self._registrations.default_account()
        account = self._require_account() if registered is None else registered.account
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
        self._nudge_sip_thread()  # it polls with the INVITE's retransmission timer from now
        return call_key

    def answer(self, call_key: str) -> None:
        call = self._calls.get(call_key)
        if call is None or call_key in self._finished:
            log.info("answer: call %s is already over", call_key)
            return
        self._control.before_answer(call_key)  # call waiting: the other calls go on hold
        param = pj.CallOpParam()
        param.statusCode = 200
        try:
            call.answer(param)
        except pj.Error as error:
            self._emit(TelephonyError(call_key, f"The call could not be answered: {error.reason}"))
        self._nudge_sip_thread()

    def hangup(self, call_key: str) -> None:
        """Cancels a ringing outgoing call, declines an incoming one, sends BYE to a connected one."""
        call = self._calls.get(call_key)
        if call is None or call_key in self._finished:
            return
        try:
            call.hangup(pj.CallOpParam())
        except pj.Error as error:
            log.info("hangup of %s: %s", call_key, error.reason)
        self._nudge_sip_thread()

    # -- call features (logic in pjsua2_call_control) ----------------------------------------------------------

    def reject(self, call_key: str, busy: bool = False, *, unanswered: bool = False) -> None:
        self._control.reject(call_key, busy, unanswered)

    def hold(self, call_key: str) -> None:
        self._control.hold(call_key)

    def unhold(self, call_key: str) -> None:
        self._control.unhold(call_key)

    def set_muted(self, call_key: str, muted: bool) -> None:
        self._control.set_muted(call_key, muted)

    def send_dtmf(self, call_key: str, digits: str) -> None:
        self._control.send_dtmf(call_key, digits)

    def transfer_blind(self, call_key: str, target: str) -> None:
        self._control.transfer_blind(call_key, target)

    def transfer_attended(self, call_key: str, consult_call_key: str) -> None:
        self._control.transfer_attended(call_key, consult_call_key)

    def conference(self, call_keys: Sequence[str]) -> None:
        self._control.conference(call_keys)

    def set_call_options(self, options: CallOptions) -> None:
        """Auto-answer and DTMF apply at once; session timers from the next start."""
        self._control.options = options

    def use_wav_as_microphone_for_tests(self, wav: Path | None) -> None:
        """Test hook: play ``wav`` into every call in place of the microphone (mute still applies)."""
        self._control.use_wav_as_microphone(wav)

    # -- media: recording, sound devices, tones (logic in pjsua2_media) ---------------------------------------

    def start_recording(self, call_key: str) -> None:
        self._media.start_recording(None if call_key in self._finished else self._calls.get(call_key), call_key)

    def pause_recording(self, call_key: str) -> None:
        self._media.recordings.pause(call_key)

    def resume_recording(self, call_key: str) -> None:
        self._media.recordings.resume(call_key)

    def sound_devices(self) -> tuple[SoundDevice, ...]:
        return self._media.sound_devices()

    def select_sound_devices(self, capture: str, playback: str, ringer: str = "") -> AudioDeviceStatus:
        self._audio_status = self._media.select_sound_devices(capture, playback, ringer)
        return self._audio_status

    def set_echo_cancellation(self, mode: str) -> None:
        """"auto", "on" or "off" ([audio] echo_cancellation); before start or at any time, also mid-call."""
        self._media.headset.set_echo_cancellation(mode)

    def microphone_level(self) -> float | None:
        return self._media.headset.microphone_level()

    def test_microphone(self, microphone: str, speaker: str) -> HeadsetTestState:
        return self._media.headset.start_test("microphone", microphone, speaker, in_call=bool(self._calls))

    def test_speaker(self, speaker: str) -> HeadsetTestState:
        return self._media.headset.start_test("speaker", "", speaker, in_call=bool(self._calls))

    def headset_test_state(self) -> HeadsetTestState:
        return self._media.headset.test.state

    # -- playback of earlier calls' recordings to the headset (logic in pjsua2_playback) ---------------------

    def play_recording(self, path: str) -> None:
        self._playback.play(path, in_call=bool(self.active_call_keys))

    def pause_playback(self) -> None:
        self._playback.pause()

    def resume_playback(self) -> None:
        self._playback.resume(in_call=bool(self.active_call_keys))

    def seek_playback(self, position_ms: int) -> None:
        self._playback.seek(position_ms)

    def stop_playback(self) -> None:
        self._playback.stop()

    def playback_position(self) -> tuple[int, int] | None:
        return self._playback.position()

    @property
    def playing_tone(self) -> str | None:
        """"ringback", "ringtone", "call_waiting" or None (for tests and the status bar)."""
        return self._media.playing_tone

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

    def registration_state(self, account: str) -> RegistrationStateChanged | None:
        """The last registration event of ``account`` (a name from the settings); None before any or if unknown."""
        return self._registrations.state(account)

    # -- pjsua2 callbacks (via Pjsua2Call / Pjsua2Account): on the SIP thread, post their work ---------------

    def on_call_state(self, call: Pjsua2Call, event: CallStateChanged) -> None:
        self._post(partial(self._call_state, call, event))

    def on_call_media(self, call: Pjsua2Call, event: MediaStateChanged, active_audio: list[int]) -> None:
        self._post(partial(self._call_media, call, event, active_audio))

    def _on_incoming_call(self, call_id: int, invite: str) -> None:
        """pjsua2 binds the Call object made here to the new call; the rest is posted."""
        call = Pjsua2Call(self._require_account(), uuid.uuid4().hex, self, call_id)
        info = call.getInfo()
        number, display_name = caller_from_invite(invite, info.remoteUri)
        incoming = IncomingCall(call.call_key, info.remoteUri, number, display_name)
        self._post(partial(self._incoming_call, call, incoming, call_state_event(call.call_key, info)))

    # Pjsua2Call's optional hooks: the call control decides.
    def on_dtmf(self, call: Pjsua2Call, event: DtmfReceived) -> None:
        self._post(partial(self._control.on_dtmf, call, event))

    def on_transfer_status(self, call: Pjsua2Call, event: TransferStatus) -> None:
        self._post(partial(self._control.on_transfer_status, call, event))

    def on_transfer_request(self, call: Pjsua2Call, target: str) -> bool:
        return self._control.on_transfer_request(call, target)  # answered in the callback; reads no shared state

    def on_call_replaced(self, call: Pjsua2Call, new_call_id: int) -> Pjsua2Call:
        new_call = self._control.new_replacing_call(new_call_id)
        self._post(partial(self._control.on_call_replaced, call, new_call, new_call.getInfo().remoteUri))
        return new_call

    # -- the callbacks' work, on the pumping thread --------------------------------------------------------------

    def _call_state(self, call: Pjsua2Call, event: CallStateChanged) -> None:
        if event.state is CallState.DISCONNECTED:
            self._finished.add(call.call_key)
            self._control.on_call_over(call.call_key)
        self._emit(event)
        self._media.on_call_state(call, event)  # tones, recording start/stop, quality tracking
        if event.state is CallState.DISCONNECTED:
            # Our last reference goes with this work item (pjsua2 dropped its own before the callback). Kept
            # longer, the Call would outlive its slot: pjsua2's ~Call() keeps the old id, and clears the user data
            # of (and hangs up) whichever new call has taken the slot by then (pjsua hands slots out in turn, so
            # that takes max_calls new calls first).
            self._calls.pop(call.call_key, None)

    def _call_media(self, call: Pjsua2Call, event: MediaStateChanged, active_audio: list[int]) -> None:
        if call.call_key in self._finished or call.call_key not in self._calls:
            return  # ended while this waited in the inbox: its media are gone
        for index in active_audio:
            self._connect_audio(call, index)
        self._control.on_media_state(call, bool(active_audio))  # re-INVITE done; mute, conference links
        self._emit(event)
        self._media.on_call_media(call, event, active_audio)

    def _incoming_call(self, call: Pjsua2Call, incoming: IncomingCall, state_event: CallStateChanged | None) -> None:
        call_key = call.call_key
        self._calls[call_key] = call
        self._media.on_incoming(call_key)
        self._emit(incoming)
        if state_event is not None:
            self._emit(state_event)
        ringing = pj.CallOpParam()
        ringing.statusCode = 180
        try:
            call.answer(ringing)
        except pj.Error as error:  # e.g. the caller cancelled while this waited in the inbox
            log.info("180 Ringing to %s not sent: %s", call_key, error.reason)
        self._nudge_sip_thread()
        self._control.on_incoming(call_key)  # auto-answer, when on

    def _dial_uri(self, target: str) -> str:
        """``target`` as a SIP URI in the dial plan of the account calls go out on (dialled and transferred to)."""
        registered = self._registrations.default_account()
        if registered is None:
            return normalize_dial_target(target, self._dial_prefix, dial_format=self._dial_format)
        return normalize_dial_target(target, registered.settings.dial_prefix, registered.settings.sip_domain,
                                     self._dial_format)

    # -- internals -------------------------------------------------------------------------------------------

    def _connect_audio(self, call: Pjsua2Call, index: int) -> None:
        assert self._endpoint is not None
        try:
            connect_to_sound_device(self._endpoint, call.getAudioMedia(index))
        except pj.Error as error:
            log.warning("the call's audio could not reach the headset: %s", error.reason)
            self._emit(TelephonyError(call.call_key, f"The call's sound could not be connected ({error.reason})."))

    def _fail_call(self, call_key: str, uri: str, message: str) -> None:
        self._finished.add(call_key)
        self._emit(TelephonyError(call_key, message))
        self._emit(CallStateChanged(call_key, CallState.DISCONNECTED, uri, 500, message))

    def _release_finished_calls(self) -> None:
        """Forget ended calls (normally dropped at the end of their DISCONNECTED callback: see on_call_state)."""
        for call_key in self._finished:
            self._calls.pop(call_key, None)
        self._finished.clear()

    # -- the SIP thread and the listeners ---------------------------------------------------------------------

    def _nudge_sip_thread(self) -> None:
        if self._sip_thread is not None:
            self._sip_thread.nudge()

    def _stop_sip_thread(self) -> None:
        thread, self._sip_thread = self._sip_thread, None
        if thread is not None:
            thread.stop()

    def _deliver_events(self) -> None:
        events = self._inbox.events
        while events:
            event = events.popleft()
            if isinstance(event, AudioDeviceStatus):  # lost or back while running: the state follows the events
                self._audio_status = event
            for listener in list(self._listeners):
                try:
                    listener(event)
                except Exception:  # one broken listener must not stop the phone (logged with its traceback)
                    log.exception("telephony listener failed on %s", type(event).__name__)

    def _require_account(self) -> Pjsua2Account:
        if self._account is None:
            raise RuntimeError("The phone is not started.")
        return self._account

    def _destroy_library(self) -> None:
        """Release Calls and the Account before libDestroy (see module doc), then drop the Endpoint."""
        self._stop_sip_thread()  # on a failed start; shutdown() stopped it already
        self._inbox.drop_posted()
        endpoint, self._endpoint = self._endpoint, None
        self._control.release()  # its test player before the calls
        self._playback.release()
        self._media.release()  # recorders and tone generators before the calls and libDestroy
        self._calls.clear()
        self._finished.clear()
        self._registrations.release()
        if self._account is not None:
            self._account.shutdown()
            self._account = None
        if endpoint is not None:
            destroy_endpoint(endpoint)
