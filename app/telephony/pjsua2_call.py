"""The pjsua2 Call subclass: copies ``getInfo()`` into frozen events and hands them to its owner.

Kept tiny on purpose (STYLE.md): no state beyond the owner's call key, no pjsua2 parameter object kept after a
callback returns. The owner (the phone adapter or the simulated debtor) decides what to do.
"""

from typing import Protocol

import pjsua2 as pj

from app.telephony.events import CallState, CallStateChanged, MediaStateChanged
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
        )
        self._owner.on_call_media(self, event, active)


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
        reason=info.lastReason,
    )
