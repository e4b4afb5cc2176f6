"""The call session logs DTMF (how many keys, never which) and hold/unhold, fed by the bridge from the fake phone."""

from app.domain.call_log import CallEventKind
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.events import DtmfMethod, MuteChanged, TransferStatus
from app.telephony.fake_phone import FakePhone
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


def _session(qtbot) -> tuple[CallSession, FakePhone, FakeCallLog, TelephonyBridge]:
    directory = FakeDirectory([sample_record(1)])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    bridge = TelephonyBridge(phone)
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en")
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.dtmf_sent.connect(session.on_dtmf)
    bridge.dtmf_received.connect(session.on_dtmf)
    bridge.media_state_changed.connect(session.on_media_state)
    bridge.start()
    assert session.dial(directory.record(1), "+8613812345678")
    return session, phone, call_log, bridge


def _logged(call_log: FakeCallLog, kind: CallEventKind) -> list[dict]:
    return [payload for k, payload in call_log.events[1] if k == kind]


def test_dtmf_is_logged_as_a_count_and_method_only(qtbot) -> None:
    session, phone, call_log, bridge = _session(qtbot)
    [call_key] = phone.calls
    phone.remote_answers(call_key)
    phone.send_dtmf(call_key, "6222020000001234")
    phone.remote_presses(call_key, "7", DtmfMethod.SIP_INFO)
    qtbot.waitUntil(lambda: len(_logged(call_log, CallEventKind.DTMF)) == 2)
    assert _logged(call_log, CallEventKind.DTMF) == [
        {"direction": "sent", "keys": 16, "method": "rfc2833"},
        {"direction": "received", "keys": 1, "method": "sip_info"},
    ]
    assert "6222020000001234" not in repr(call_log.events)
    bridge.shutdown()


def test_hold_and_unhold_are_logged_once_each(qtbot) -> None:
    session, phone, call_log, bridge = _session(qtbot)
    [call_key] = phone.calls
    phone.remote_answers(call_key)
    phone.hold(call_key)
    phone.hold(call_key)  # already held: nothing new
    phone.unhold(call_key)
    phone.remote_holds(call_key)
    qtbot.waitUntil(lambda: len(_logged(call_log, CallEventKind.HOLD)) == 3)
    assert _logged(call_log, CallEventKind.HOLD) == [
        {"held": True, "by": "agent"}, {"held": False}, {"held": True, "by": "far_end"},
    ]
    bridge.shutdown()


def test_bridge_signals_for_mute_and_transfer(qtbot) -> None:
    session, phone, call_log, bridge = _session(qtbot)
    [call_key] = phone.calls
    phone.remote_answers(call_key)
    with qtbot.waitSignal(bridge.mute_changed) as muted:
        phone.set_muted(call_key, True)
    assert muted.args == [MuteChanged(call_key, True)]
    with qtbot.waitSignal(bridge.transfer_status) as transferred:
        phone.transfer_blind(call_key, "sip:carol@127.0.0.1:5080")
    assert transferred.args == [TransferStatus(call_key, 200, "OK", final=True)]
    qtbot.waitUntil(lambda: not session.in_call)
    bridge.shutdown()
