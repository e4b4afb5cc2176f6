"""CallControls on the fake phone: keypad, blind and attended transfer, consultation and conference, each step
logged on the debtor's call (the consultation call has no row of its own)."""

from dataclasses import dataclass

import pytest

from app.domain.call_log import CallEventKind
from app.scripts.loader import load_library
from app.services.call_controls import CallControls
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.events import CallReplaced
from app.telephony.fake_phone import FakePhone
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record

CONSULT = "sip:supervisor@127.0.0.1:5090"
FEATURE_KINDS = {CallEventKind.TRANSFER_REQUESTED, CallEventKind.TRANSFER_RESULT, CallEventKind.CONSULTATION,
                 CallEventKind.CONFERENCE, CallEventKind.HOLD, CallEventKind.CALL_REPLACED}


@dataclass
class Desk:
    session: CallSession
    controls: CallControls
    phone: FakePhone
    call_log: FakeCallLog
    bridge: TelephonyBridge
    problems: list[str]
    states: list[str]

    @property
    def debtor_key(self) -> str:
        active = self.session.active_call
        assert active is not None
        return active[0]

    def features(self) -> list[tuple[str, dict]]:
        return [(kind, payload) for kind, payload in self.call_log.events[1] if kind in FEATURE_KINDS]


@pytest.fixture
def desk(qtbot):
    directory = FakeDirectory([sample_record(1)])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    bridge = TelephonyBridge(phone)
    router = DialRouter()
    session = CallSession(phone=phone, call_log=call_log, router=router, scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en")
    controls = CallControls(phone=phone, session=session, router=router, call_log=call_log)
    for signal, slot in ((bridge.call_state_changed, session.on_call_state), (bridge.dtmf_sent, session.on_dtmf),
                         (bridge.media_state_changed, session.on_media_state),
                         (bridge.call_state_changed, controls.on_call_state),
                         (bridge.transfer_status, controls.on_transfer_status),
                         (bridge.call_replaced, controls.on_call_replaced)):
        signal.connect(slot)
    problems: list[str] = []
    states: list[str] = []
    controls.problem.connect(problems.append)
    controls.consultation_state_changed.connect(states.append)
    bridge.start()
    assert session.dial(directory.record(1), "+8613812345678")
    yield Desk(session, controls, phone, call_log, bridge, problems, states)
    bridge.shutdown()


def _answered(qtbot, desk: Desk) -> str:
    key = desk.debtor_key
    desk.phone.remote_answers(key)
    qtbot.waitUntil(lambda: desk.call_log.calls[1].get("answered_at") is not None)
    return key


def _consulting(qtbot, desk: Desk) -> tuple[str, str]:
    debtor_key = _answered(qtbot, desk)
    assert desk.controls.start_consultation(CONSULT)
    consult_key = desk.controls.consultation_call_key
    assert consult_key is not None and desk.phone.dialled[-1] == CONSULT
    desk.phone.remote_rings(consult_key)
    with qtbot.waitSignal(desk.controls.consultation_state_changed, check_params_cb=lambda s: s == "connected"):
        desk.phone.remote_answers(consult_key)
    return debtor_key, consult_key


def test_keys_go_only_to_an_answered_call_and_only_their_count_is_logged(qtbot, desk: Desk) -> None:
    assert not desk.controls.send_dtmf("1")
    assert desk.problems == ["There is no connected call."]
    _answered(qtbot, desk)
    assert desk.controls.send_dtmf("6222020000001234#")
    assert not desk.controls.send_dtmf("x")  # InvalidDtmf: its message reaches the agent
    qtbot.waitUntil(lambda: any(kind == CallEventKind.DTMF for kind, _ in desk.call_log.events[1]))
    assert [p for k, p in desk.call_log.events[1] if k == CallEventKind.DTMF] == [
        {"direction": "sent", "keys": 17, "method": "rfc2833"}]
    assert "6222020000001234" not in repr(desk.call_log.events) and len(desk.problems) == 2


def test_blind_transfer_checks_the_target_then_hands_the_debtor_over(qtbot, desk: Desk) -> None:
    _answered(qtbot, desk)
    assert not desk.controls.transfer_blind("call the supervisor")
    assert desk.problems and desk.features() == []
    with qtbot.waitSignal(desk.controls.transfer_finished) as finished:
        assert desk.controls.transfer_blind("sip:collections-team@127.0.0.1:5080")
    assert finished.args == [True, "200 OK"]
    qtbot.waitUntil(lambda: desk.session.awaiting_outcome)  # the transferred call ended: the agent picks an outcome
    assert desk.features() == [
        ("transfer_requested", {"mode": "blind", "target": "sip:collections-team@127.0.0.1:5080"}),
        ("transfer_result", {"mode": "blind", "sip_code": 200, "reason": "OK", "ok": True}),
    ]


def test_a_refused_blind_transfer_keeps_the_call(qtbot, desk: Desk) -> None:
    _answered(qtbot, desk)
    desk.phone.transfer_answer = (486, "Busy Here")
    with qtbot.waitSignal(desk.controls.transfer_finished) as finished:
        assert desk.controls.transfer_blind("13900001111")
    assert finished.args == [False, "486 Busy Here"] and desk.session.in_call
    assert desk.features()[-1] == ("transfer_result", {"mode": "blind", "sip_code": 486, "reason": "Busy Here", "ok": False})


def test_attended_transfer_after_a_consultation_ends_both_calls(qtbot, desk: Desk) -> None:
    debtor_key, consult_key = _consulting(qtbot, desk)
    assert desk.phone.held == {debtor_key} and len(desk.call_log.calls) == 1  # no call row for the consultation
    with qtbot.waitSignal(desk.controls.transfer_finished) as finished:
        assert desk.controls.complete_attended_transfer()
    assert finished.args == [True, "200 OK"]
    qtbot.waitUntil(lambda: desk.states[-1] == "none")
    assert desk.states == ["calling", "ringing", "connected", "ended", "none"]
    assert desk.phone.calls == {} and desk.session.awaiting_outcome
    assert desk.features() == [
        ("consultation", {"state": "calling", "target": CONSULT}),
        ("hold", {"held": True, "by": "agent"}),
        ("consultation", {"state": "ringing"}),
        ("consultation", {"state": "connected"}),
        ("transfer_requested", {"mode": "attended"}),
        ("transfer_result", {"mode": "attended", "sip_code": 200, "reason": "OK", "ok": True}),
        ("consultation", {"state": "ended", "sip_code": 200, "reason": "Normal call clearing"}),
    ]
    states = [p["state"] for k, p in desk.call_log.events[1] if k == CallEventKind.CALL_STATE]
    assert states == ["calling", "confirmed", "disconnected"]  # the session logged only the debtor's call


def test_cancelled_consultation_brings_the_debtor_back(qtbot, desk: Desk) -> None:
    debtor_key, consult_key = _consulting(qtbot, desk)
    assert not desk.controls.start_consultation("13900002222") and desk.problems == ["A consultation is already in progress."]
    desk.controls.cancel_consultation()
    qtbot.waitUntil(lambda: desk.controls.consultation_state == "ended")
    qtbot.waitUntil(lambda: ("hold", {"held": False}) in desk.features())
    assert consult_key not in desk.phone.calls and desk.phone.held == set() and desk.session.in_call
    assert [p.get("state") for k, p in desk.features() if k == "consultation"] == [
        "calling", "ringing", "connected", "cancelled", "ended"]


def test_a_consultation_that_fails_puts_the_debtor_back_on_the_line(qtbot, desk: Desk) -> None:
    debtor_key = _answered(qtbot, desk)
    assert desk.controls.start_consultation("13900003333")
    consult_key = desk.controls.consultation_call_key
    qtbot.waitUntil(lambda: debtor_key in desk.phone.held)
    desk.phone.reject(consult_key, busy=True)  # the colleague is busy
    qtbot.waitUntil(lambda: desk.controls.consultation_state == "ended")
    assert desk.phone.held == set()
    assert ("consultation", {"state": "ended", "sip_code": 486, "reason": "Busy Here"}) in desk.features()
    assert not desk.controls.complete_attended_transfer()  # nothing to transfer to any more


def test_conference_joins_the_three_and_ends_when_the_colleague_leaves(qtbot, desk: Desk) -> None:
    debtor_key, consult_key = _consulting(qtbot, desk)
    with qtbot.waitSignal(desk.controls.conference_changed) as joined:
        assert desk.controls.conference()
    assert joined.args == [True] and desk.phone.conferenced == {debtor_key, consult_key}
    qtbot.waitUntil(lambda: ("hold", {"held": False}) in desk.features())  # the debtor came off hold
    with qtbot.waitSignal(desk.controls.conference_changed) as left:
        desk.phone.remote_hangs_up(consult_key)
    assert left.args == [False] and desk.session.in_call
    assert [p for k, p in desk.features() if k == "conference"] == [
        {"joined": True, "parties": 3}, {"joined": False, "parties": 2}]


def test_the_debtor_hanging_up_ends_the_consultation_too(qtbot, desk: Desk) -> None:
    debtor_key, consult_key = _consulting(qtbot, desk)
    desk.phone.remote_hangs_up(debtor_key)
    qtbot.waitUntil(lambda: desk.controls.consultation_state == "none")
    assert desk.phone.calls == {} and desk.session.awaiting_outcome
    assert desk.features()[-1] == ("consultation", {"state": "ended", "sip_code": 200, "reason": "Normal call clearing"})


def test_transfers_need_a_connected_call(qtbot, desk: Desk) -> None:
    assert not desk.controls.transfer_blind("13900001111")
    assert not desk.controls.start_consultation("13900001111")
    assert not desk.controls.conference()
    assert not desk.controls.complete_attended_transfer()
    assert len(desk.phone.dialled) == 1 and desk.features() == []
    assert len(desk.problems) == 4


def test_a_replaced_consultation_call_is_followed_and_logged(qtbot, desk: Desk) -> None:
    debtor_key, consult_key = _consulting(qtbot, desk)
    desk.controls.on_call_replaced(CallReplaced(consult_key, "new-key", "sip:team-lead@127.0.0.1"))
    assert desk.controls.consultation_call_key == "new-key"
    desk.controls.on_call_replaced(CallReplaced(debtor_key, "other-key", "sip:someone@127.0.0.1"))
    assert desk.features()[-2:] == [
        ("call_replaced", {"which": "consultation", "remote": "sip:team-lead@127.0.0.1"}),
        ("call_replaced", {"which": "debtor", "remote": "sip:someone@127.0.0.1"}),
    ]
