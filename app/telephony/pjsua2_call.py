"""The pjsua2 Call subclass: copies ``getInfo()`` into frozen events and hands them to its owner.

Kept tiny on purpose (STYLE.md): no state beyond the owner's call key, no pjsua2 parameter object kept after a
callback returns. The owner (the phone adapter or the simulated debtor) decides what to do.
"""

from typing import Any, Protocol

import pjsua2 as pj

from app.telephony.caller_id import sanitize_reason
from app.telephony.events import CallState, CallStateChanged, DtmfMethod, DtmfReceived, MediaStateChanged, TransferStatus
from app.telephony.pjsua2_logging import never_raise

_STATES = {
    pj.PJSIP_INV_STATE_CALLING: CallState.CALLING,
    pj.PJSIP_INV_STATE_INCOMING: CallState.INCOMING,
    pj.PJSIP_INV_STATE_EARLY: CallState.EARLY,
    pj.PJSIP_INV_STATE_CONNECTING: CallState.CONNECTING,
    pj.PJSIP_INV_STATE_CONFIRMED: CallState.CONFIRMED,
    pj.PJSIP_INV_STATE_DISCONNECTED: CallState.DISCONNECTED,
}
_HOLD = {pj.PJSUA_CALL_MEDIA_LOCAL_HOLD, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD}


class CallOwner(Protocol):
    def on_call_state(self, call: "Pjsua2Call", event: CallStateChanged) -> None: ...

    def on_call_media(self, call: "Pjsua2Call", event: MediaStateChanged, active_audio: list[int]) -> None:
        """``active_audio``: media indexes whose audio can be connected now (``call.getAudioMedia(i)``)."""


class Pjsua2Call(pj.Call):
    def __init__(self, account: pj.Account, call_key: str, owner: CallOwner, call_id: int = pj.PJSUA_INVALID_ID):
        super().__init__(account, call_id)
        self.call_key = call_key
        self._owner = owner

    @never_raise
    def onCallState(self, prm: "pj.OnCallStateParam") -> None:
        event = call_state_event(self.call_key, self.getInfo())
        if event is not None:
            self._owner.on_call_state(self, event)

    @never_raise
    def onCallMediaState(self, prm: "pj.OnCallMediaStateParam") -> None:
        info = self.getInfo()
        audio = [m for m in info.media if m.type == pj.PJMEDIA_TYPE_AUDIO]
        active = [m.index for m in audio if m.status in (pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD)]
        event = MediaStateChanged(
            call_key=self.call_key,
            audio_active=any(m.status == pj.PJSUA_CALL_MEDIA_ACTIVE for m in audio),
            on_hold=any(m.status in _HOLD for m in audio),
            held_by_remote=any(m.status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD for m in audio),
        )
        self._owner.on_call_media(self, event, active)

    # Optional owner hooks (the phone has them, the simulated debtor does not): on_dtmf, on_transfer_status,
    # on_transfer_request (-> accept?), on_call_replaced (-> the new Call object for pjsua2 to use).

    @never_raise
    def onDtmfDigit(self, prm: "pj.OnDtmfDigitParam") -> None:
        method = DtmfMethod.SIP_INFO if prm.method == pj.PJSUA_DTMF_METHOD_SIP_INFO else DtmfMethod.RFC2833
        self._hook("on_dtmf", DtmfReceived(self.call_key, str(prm.digit), method))

    @never_raise
    def onCallTransferStatus(self, prm: "pj.OnCallTransferStatusParam") -> None:
        event = TransferStatus(self.call_key, int(prm.statusCode), str(prm.reason), bool(prm.finalNotify))
        self._hook("on_transfer_status", event)

    @never_raise
    def onCallTransferRequest(self, prm: "pj.OnCallTransferRequestParam") -> None:
        if self._hook("on_transfer_request", str(prm.dstUri)) is False:
            prm.statusCode = 603  # Decline: the far end may not redirect this phone

    @never_raise
    def onCallReplaced(self, prm: "pj.OnCallReplacedParam") -> None:
        new_call = self._hook("on_call_replaced", int(prm.newCallId))
        if new_call is not None:
            prm.newCall = new_call

    def _hook(self, name: str, argument: object) -> Any:
        hook = getattr(self._owner, name, None)
        return None if hook is None else hook(self, argument)


def call_state_event(call_key: str, info: "pj.CallInfo") -> CallStateChanged | None:
    """The event for a CallInfo snapshot; None for pjsip's internal NULL state."""
    state = _STATES.get(info.state)
    if state is None:
        return None
    return CallStateChanged(
        call_key=call_key,
        state=state,
        remote_uri=info.remoteUri,
        sip_code=int(info.lastStatusCode),
        reason=sanitize_reason(info.lastReason),  # the far end's words: may be binary junk
    )
