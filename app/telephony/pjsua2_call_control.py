"""The call features of Pjsua2Phone: reject, hold/unhold, mute, DTMF, transfers, conference, call waiting, auto-answer.

Pjsua2Phone owns the Call objects and hands its call table to ``CallControl``, which keeps what pjsua2 does not
track for us: which calls the agent held, muted or joined in a conference, transfers in progress, auto-answers due.

pjsua2 facts this relies on (pjsua2-python 2.15.1):
- ``setHold`` sends a re-INVITE with ``a=sendonly``; ``reinvite`` with PJSUA_CALL_UNHOLD takes it back. pjsua
  refuses a second re-INVITE (PJ_EINVALIDOP) until the first is answered, so a hold/unhold asked for meanwhile is
  queued and sent on the pump after the media update (or once a just-answered call is confirmed by its ACK).
  A re-INVITE may recreate the call's conference port, so links
  (sound device, conference, mute) are redone on every media state change (``on_media_state``).
- ``sendDtmf`` with RFC 2833 fails (PJMEDIA_RTP_EREMNORFC2833) when the far end did not offer telephone-event;
  the stream info tells beforehand (``audTxEventPt`` < 0), so SIP INFO is chosen without an error in the log.
- A REFER's progress comes back as ``onCallTransferStatus``; after a final 2xx the transferer hangs up. That hangup
  is done from ``run_due`` (the pump), not inside the pjsua2 callback.
- An INVITE with Replaces is answered by pjsua itself; ``onCallReplaced`` must return a new Call object for it.
"""

import logging
import time
import uuid
from collections.abc import Callable, Iterable
from functools import partial
from itertools import permutations
from pathlib import Path

import pjsua2 as pj

from app.telephony import pjsua2_sound
from app.telephony.call_options import CallOptions, DtmfPreference, check_dtmf_digits
from app.telephony.events import (
    CallReplaced,
    DtmfMethod,
    DtmfReceived,
    DtmfSent,
    MuteChanged,
    TelephonyError,
    TelephonyEvent,
    TransferStatus,
)
from app.telephony.pjsua2_call import Pjsua2Call

log = logging.getLogger(__name__)

_PJ_DTMF = {DtmfMethod.RFC2833: pj.PJSUA_DTMF_METHOD_RFC2833, DtmfMethod.SIP_INFO: pj.PJSUA_DTMF_METHOD_SIP_INFO}
_RINGING_IN = (pj.PJSIP_INV_STATE_INCOMING, pj.PJSIP_INV_STATE_EARLY)
_ANSWERED = (pj.PJSIP_INV_STATE_CONNECTING, pj.PJSIP_INV_STATE_CONFIRMED)  # CONNECTING: 200 OK sent/received, no ACK yet
REINVITE_WAIT_S = 5.0  # after this, a re-INVITE with no media update is taken as over
TEMPORARILY_UNAVAILABLE = 480
BUSY_HERE = 486
DECLINE = 603


def apply_session_timer(config: "pj.AccountConfig", options: CallOptions) -> None:
    """RFC 4028 session timers on the account: offered (the far end may decline) or switched off."""
    call_config = config.callConfig
    call_config.timerUse = pj.PJSUA_SIP_TIMER_OPTIONAL if options.session_timer else pj.PJSUA_SIP_TIMER_INACTIVE
    call_config.timerSessExpiresSec = options.session_expires_s
    call_config.timerMinSESec = min(call_config.timerMinSESec, options.session_expires_s)


class CallControl:
    def __init__(
        self,
        calls: dict[str, Pjsua2Call],
        finished: set[str],
        emit: Callable[[TelephonyEvent], None],
        new_call: Callable[[str, int], Pjsua2Call],
        normalize_target: Callable[[str], str],
        options: CallOptions,
    ) -> None:
        """``calls``/``finished``: the phone's own table and ended-call set (shared, never replaced)."""
        self._calls = calls
        self._finished = finished
        self._emit = emit
        self._new_call = new_call
        self._normalize_target = normalize_target
        self.options = options
        self._endpoint: pj.Endpoint | None = None
        self._held: set[str] = set()
        self._muted: set[str] = set()
        self._conference: set[str] = set()
        self._consultations: dict[str, str] = {}  # call being transferred -> its consultation call (attended)
        self._auto_answer_at: dict[str, float] = {}
        self._hangup_due: set[str] = set()
        self._reinvite_busy_until: dict[str, float] = {}  # a hold/unhold re-INVITE is out: pjsua refuses another
        self._queued_hold_state: dict[str, bool] = {}  # hold (True) or unhold to send when it is answered
        self._test_microphone: pj.AudioMediaPlayer | None = None

    def attach(self, endpoint: pj.Endpoint) -> None:
        self._endpoint = endpoint

    def release(self) -> None:
        """Before libDestroy: drop the player and every per-call note."""
        self._test_microphone = None
        self._endpoint = None
        for notes in (self._held, self._muted, self._conference, self._hangup_due):
            notes.clear()
        for timetable in (self._consultations, self._auto_answer_at, self._reinvite_busy_until, self._queued_hold_state):
            timetable.clear()

    # -- operations (called by Pjsua2Phone) ------------------------------------------------------------------

    def reject(self, call_key: str, busy: bool, unanswered: bool = False) -> bool:
        """486 Busy Here, 480 Temporarily Unavailable (``unanswered``) or 603 Decline to an incoming call that is
        still ringing, and True; otherwise nothing, and False."""
        call = self._live(call_key)
        info = None if call is None else call.getInfo()
        if call is None or info is None or info.state not in _RINGING_IN or info.role != pj.PJSIP_ROLE_UAS:
            log.info("reject: %s is not a ringing incoming call", call_key)
            return False
        self._auto_answer_at.pop(call_key, None)
        param = pj.CallOpParam()
        param.statusCode = BUSY_HERE if busy else TEMPORARILY_UNAVAILABLE if unanswered else DECLINE
        return self._try(call_key, "The call could not be rejected", lambda: call.hangup(param))

    def before_answer(self, call_key: str) -> None:
        """Call waiting: answering one call holds every other connected call."""
        self._auto_answer_at.pop(call_key, None)
        self.hold_others(call_key)

    def hold(self, call_key: str) -> None:
        call = self._live(call_key)
        if call is None or call_key in self._held or call.getInfo().state not in _ANSWERED:
            log.info("hold: %s is not a connected call, or is held already", call_key)
            return
        self._leave_conference(call_key)
        if self._send_hold_state(call_key, hold=True):
            self._held.add(call_key)

    def unhold(self, call_key: str) -> None:
        """Take the call off hold; any other connected call is held (one conversation at a time)."""
        if self._live(call_key) is None or call_key not in self._held:
            log.info("unhold: %s is not held", call_key)
            return
        self.hold_others(call_key)
        self._resume(call_key)

    def hold_others(self, call_key: str) -> None:
        for other in self._live_keys():
            if other != call_key and other not in self._held and self._calls[other].getInfo().state in _ANSWERED:
                self.hold(other)

    def set_muted(self, call_key: str, muted: bool) -> None:
        if self._live(call_key) is None or muted == (call_key in self._muted):
            return
        (self._muted.add if muted else self._muted.discard)(call_key)
        self._link_microphone(call_key)
        self._emit(MuteChanged(call_key, muted))

    def is_muted(self, call_key: str) -> bool:
        return call_key in self._muted

    def send_dtmf(self, call_key: str, digits: str) -> None:
        """RFC 2833 when the far end takes it (or as configured), else SIP INFO. Raises InvalidDtmf first."""
        keys = check_dtmf_digits(digits)
        call = self._live(call_key)
        if call is None:
            log.info("send_dtmf: %s is over", call_key)
            return
        method = self._dtmf_method(call)
        param = pj.CallSendDtmfParam()
        param.digits = keys
        param.method = _PJ_DTMF[method]
        if self._try(call_key, "The keys could not be sent", lambda: call.sendDtmf(param)):
            self._emit(DtmfSent(call_key, len(keys), method))

    def transfer_blind(self, call_key: str, target: str) -> None:
        """REFER the far end to ``target``. Raises InvalidDialTarget before anything is sent."""
        uri = self._normalize_target(target)
        call = self._live(call_key)
        if call is None:
            self._emit(TelephonyError(call_key, "The call to transfer is over."))
            return
        self._try(call_key, "The transfer could not be started", lambda: call.xfer(uri, pj.CallOpParam(True)))

    def transfer_attended(self, call_key: str, consult_call_key: str) -> None:
        """REFER the far end of ``call_key`` to the party of ``consult_call_key``, replacing that call."""
        if call_key == consult_call_key:
            raise ValueError("An attended transfer needs two different calls: the one to transfer and the consultation.")
        call, consult = self._live(call_key), self._live(consult_call_key)
        if call is None or consult is None or not _confirmed(consult):
            self._emit(TelephonyError(call_key, "Both calls must be connected to transfer one to the other."))
            return
        if self._try(call_key, "The transfer could not be started",
                     lambda: call.xferReplaces(consult, pj.CallOpParam(True))):
            self._consultations[call_key] = consult_call_key

    def conference(self, call_keys: Iterable[str]) -> None:
        """Join the calls (and any already joined) so every party hears every other and the agent."""
        keys = list(dict.fromkeys(call_keys))
        if len(keys) < 2:
            raise ValueError("A conference needs at least two calls.")
        over = [key for key in keys if self._live(key) is None or not _confirmed(self._calls[key])]
        if over:
            self._emit(TelephonyError(over[0], "Only connected calls can be joined in a conference."))
            return
        self._conference.update(keys)
        for key in keys:
            if key in self._held:
                self._resume(key)
        self._link_conference()

    @property
    def conference_call_keys(self) -> frozenset[str]:
        return frozenset(self._conference)

    def use_wav_as_microphone(self, wav: Path | None) -> None:
        """Test and demo hook: play ``wav`` (looped) into every call as if the agent spoke it; None stops it."""
        if self._test_microphone is not None:
            for call_key in self._live_keys():
                self._transmit(self._test_microphone, call_key, connect=False)
            self._test_microphone = None
        if wav is None:
            return
        if not wav.is_file():
            raise FileNotFoundError(f"No WAV file at {wav}: give a 16-bit PCM WAV file.")
        player = pj.AudioMediaPlayer()
        player.createPlayer(str(wav), 0)
        self._test_microphone = player
        for call_key in self._live_keys():
            self._link_microphone(call_key)

    # -- called from the pump and from pjsua2 callbacks (via Pjsua2Phone / Pjsua2Call) -----------------------

    def on_incoming(self, call_key: str) -> None:
        if self.options.auto_answer and not any(key != call_key for key in self._live_keys()):
            self._auto_answer_at[call_key] = time.monotonic() + self.options.auto_answer_delay_ms / 1000

    def run_due(self, now: float | None = None) -> list[str]:
        """Hang up transferred calls; returns the calls whose auto-answer is due (the phone answers them)."""
        for call_key in list(self._hangup_due):
            self._hangup_due.discard(call_key)
            call = self._live(call_key)
            if call is not None:
                self._try(call_key, "The transferred call could not be hung up",
                          partial(call.hangup, pj.CallOpParam()))
        now = time.monotonic() if now is None else now
        for call_key, hold in list(self._queued_hold_state.items()):
            call = self._live(call_key)
            if call is not None and self._reinvite_busy_until.get(call_key, 0.0) <= now and _confirmed(call):
                self._send_hold_state(call_key, hold)
        due = [key for key, at in self._auto_answer_at.items() if at <= now]
        for call_key in due:
            del self._auto_answer_at[call_key]
        return [key for key in due if self._live(key) is not None]

    def on_media_state(self, call: Pjsua2Call, audio_active: bool) -> None:
        """A re-INVITE finished; with active audio (reconnected to the sound device) redo mute and conference links."""
        self._reinvite_busy_until.pop(call.call_key, None)
        if audio_active:
            self._link_microphone(call.call_key)
            if call.call_key in self._conference:
                self._link_conference()

    def on_call_over(self, call_key: str) -> None:
        for notes in (self._held, self._muted, self._conference, self._hangup_due):
            notes.discard(call_key)
        if len(self._conference) < 2:
            self._conference.clear()
        for timetable in (self._auto_answer_at, self._reinvite_busy_until, self._queued_hold_state):
            timetable.pop(call_key, None)
        self._consultations.pop(call_key, None)

    def on_dtmf(self, call: Pjsua2Call, event: DtmfReceived) -> None:
        self._emit(event)

    def on_transfer_status(self, call: Pjsua2Call, event: TransferStatus) -> None:
        self._emit(event)
        consultation = self._consultations.pop(call.call_key, None) if event.final else None
        if event.final and 200 <= event.sip_code < 300:
            self._hangup_due.add(call.call_key)
            if consultation is not None:
                self._hangup_due.add(consultation)

    def on_transfer_request(self, call: Pjsua2Call, target: str) -> bool:
        """A REFER from the far end: declined, so a debtor cannot redirect the agent's phone."""
        log.warning("declined a transfer request (REFER) from the far end of call %s", call.call_key)
        return False

    def new_replacing_call(self, new_call_id: int) -> Pjsua2Call:
        """On the SIP thread, inside pjsua2's callback: the Call object pjsua2 takes over the new call with."""
        return self._new_call(uuid.uuid4().hex, new_call_id)

    def on_call_replaced(self, call: Pjsua2Call, new_call: Pjsua2Call, remote_uri: str) -> None:
        self._calls[new_call.call_key] = new_call
        self._emit(CallReplaced(call.call_key, new_call.call_key, remote_uri))

    # -- internals -------------------------------------------------------------------------------------------

    def _live(self, call_key: str) -> Pjsua2Call | None:
        return None if call_key in self._finished else self._calls.get(call_key)

    def _live_keys(self) -> list[str]:
        return [key for key in self._calls if key not in self._finished]

    def _resume(self, call_key: str) -> None:
        if self._send_hold_state(call_key, hold=False):
            self._held.discard(call_key)

    def _send_hold_state(self, call_key: str, hold: bool) -> bool:
        """The hold/unhold re-INVITE now, or from ``run_due`` once the call's previous re-INVITE is answered."""
        call = self._calls[call_key]
        if self._reinvite_busy_until.get(call_key, 0.0) > time.monotonic() or not _confirmed(call):
            self._queued_hold_state[call_key] = hold
            return True
        self._queued_hold_state.pop(call_key, None)
        param = pj.CallOpParam(True)
        if hold:
            sent = self._try(call_key, "The call could not be put on hold", lambda: call.setHold(param))
        else:
            param.opt.flag = pj.PJSUA_CALL_UNHOLD
            sent = self._try(call_key, "The call could not be taken off hold", lambda: call.reinvite(param))
        if sent:
            self._reinvite_busy_until[call_key] = time.monotonic() + REINVITE_WAIT_S
        return sent

    def _dtmf_method(self, call: Pjsua2Call) -> DtmfMethod:
        preference = self.options.dtmf_method
        if preference is DtmfPreference.RFC2833:
            return DtmfMethod.RFC2833
        if preference is DtmfPreference.SIP_INFO:
            return DtmfMethod.SIP_INFO
        index = _active_audio_index(call)
        try:
            takes_rfc2833 = index is not None and call.getStreamInfo(index).audTxEventPt >= 0
        except pj.Error:
            takes_rfc2833 = False
        return DtmfMethod.RFC2833 if takes_rfc2833 else DtmfMethod.SIP_INFO

    def _link_microphone(self, call_key: str) -> None:
        """Connect the agent's microphone (and the test WAV) to the call, or disconnect it while muted."""
        if self._endpoint is None:
            return
        connect = call_key not in self._muted
        try:
            microphone = pjsua2_sound.microphone(self._endpoint)
        except pj.Error as error:
            log.warning("no microphone port to (dis)connect: %s", error.reason)
        else:
            self._transmit(microphone, call_key, connect)
        if self._test_microphone is not None:
            self._transmit(self._test_microphone, call_key, connect)

    def _link_conference(self) -> None:
        media = {key: _audio(self._calls[key]) for key in self._conference if self._live(key) is not None}
        for source, sink in permutations([m for m in media.values() if m is not None], 2):
            _quietly(partial(source.startTransmit, sink))

    def _leave_conference(self, call_key: str) -> None:
        if call_key not in self._conference:
            return
        self._conference.discard(call_key)
        leaving = _audio(self._calls[call_key])
        for other in self._conference:
            other_audio = _audio(self._calls[other])
            if leaving is not None and other_audio is not None:
                for source, sink in ((leaving, other_audio), (other_audio, leaving)):
                    _quietly(partial(source.stopTransmit, sink))
        if len(self._conference) < 2:
            self._conference.clear()

    def _transmit(self, source: pj.AudioMedia, call_key: str, connect: bool) -> None:
        audio = _audio(self._calls[call_key])
        if audio is not None:
            _quietly(lambda: source.startTransmit(audio) if connect else source.stopTransmit(audio))

    def _try(self, call_key: str, what: str, operation: Callable[[], object]) -> bool:
        try:
            operation()
        except pj.Error as error:
            self._emit(TelephonyError(call_key, f"{what}: {error.reason}"))
            return False
        return True


def _confirmed(call: Pjsua2Call) -> bool:
    return call.getInfo().state == pj.PJSIP_INV_STATE_CONFIRMED


def _active_audio_index(call: Pjsua2Call) -> int | None:
    info = call.getInfo()  # kept alive while its media list is read
    for media in info.media:
        if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status in (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD):
            return int(media.index)
    return None


def _audio(call: Pjsua2Call) -> pj.AudioMedia | None:
    """The call's audio port in the conference bridge, or None while it has no active audio."""
    index = _active_audio_index(call)
    if index is None:
        return None
    try:
        return call.getAudioMedia(index)
    except pj.Error:
        return None


def _quietly(operation: Callable[[], object]) -> None:
    try:
        operation()
    except pj.Error as error:
        log.debug("audio link: %s", error.reason)
