"""The app's phone against the simulated debtor process over 127.0.0.1, in this process."""

import socket

import pytest

from app.telephony.events import AudioDeviceStatus, CallState, MediaStateChanged
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.port import InvalidDialTarget
from app.telephony.sim_line import SimulatedDebtorLine
from tests.sip.conftest import EventLog, pump_until

pytestmark = pytest.mark.sip


def test_call_is_answered_then_hung_up_with_bye(phone: Pjsua2Phone, event_log: EventLog, sim_line: SimulatedDebtorLine) -> None:
    call_key = phone.make_call(sim_line.uri)
    pump_until(phone, event_log.reached(call_key, CallState.CONFIRMED))
    assert call_key in phone.active_call_keys
    assert any(e.audio_active for e in event_log.of_type(MediaStateChanged) if e.call_key == call_key)

    phone.hangup(call_key)
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))

    states = event_log.states(call_key)
    assert states[0] is CallState.CALLING
    assert states[-1] is CallState.DISCONNECTED
    assert [s for s in states if s in (CallState.CALLING, CallState.CONFIRMED, CallState.DISCONNECTED)] == [
        CallState.CALLING, CallState.CONFIRMED, CallState.DISCONNECTED,
    ]
    assert states.index(CallState.EARLY) < states.index(CallState.CONFIRMED)  # 180 Ringing came first
    assert phone.active_call_keys == ()
    sim_line.wait_for_line(r"^PLAYING call=1$", 5)
    sim_line.wait_for_line(r"^DISCONNECTED call=1 by=remote code=200", 5)


def test_debtor_hanging_up_ends_the_call(phone: Pjsua2Phone, event_log: EventLog) -> None:
    with SimulatedDebtorLine(answer_delay_ms=0, hangup_after_s=0.5) as line:
        call_key = phone.make_call(line.uri)
        pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
        assert CallState.CONFIRMED in event_log.states(call_key)
        line.wait_for_line(r"^DISCONNECTED call=1 by=local", 5)
    assert line.stop() == 0


def test_hangup_while_ringing_sends_cancel(phone: Pjsua2Phone, event_log: EventLog) -> None:
    with SimulatedDebtorLine(answer_delay_ms=30_000) as line:
        call_key = phone.make_call(line.uri)
        pump_until(phone, event_log.reached(call_key, CallState.EARLY))
        phone.hangup(call_key)
        pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
        assert CallState.CONFIRMED not in event_log.states(call_key)
        line.wait_for_line(r"^DISCONNECTED call=1 by=remote code=487", 5)
    assert line.stop() == 0


def test_hangup_of_an_ended_or_unknown_call_is_a_no_op(phone: Pjsua2Phone, event_log: EventLog,
                                                       sim_line: SimulatedDebtorLine) -> None:
    call_key = phone.make_call(sim_line.uri)
    pump_until(phone, event_log.reached(call_key, CallState.CONFIRMED))
    phone.hangup(call_key)
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
    phone.hangup(call_key)
    phone.hangup("no-such-call")
    phone.answer("no-such-call")
    phone.pump()
    assert event_log.states(call_key).count(CallState.DISCONNECTED) == 1


@pytest.mark.parametrize("bad_target", [
    "12345",
    "1381234567",
    "sip:debtor@127.0.0.1:99999",
    "sip:debt or@127.0.0.1",
    "debtor@127.0.0.1",
    "sip:debtor@127.0.0.1:5060?Subject=x",
    "tel:+8613812345678",
    "",
])
def test_invalid_target_raises_before_any_invite(
    phone: Pjsua2Phone, event_log: EventLog, sim_line: SimulatedDebtorLine, bad_target: str
) -> None:
    with pytest.raises(InvalidDialTarget):
        phone.make_call(bad_target)
    assert phone.active_call_keys == ()

    good_key = phone.make_call(sim_line.uri)  # the line works, and sees exactly this one INVITE
    pump_until(phone, event_log.reached(good_key, CallState.CONFIRMED))
    invites = [line for line in sim_line.lines() if line.startswith("INVITE")]
    assert len(invites) == 1
    assert {e.call_key for e in event_log.events if hasattr(e, "call_key")} == {good_key}


def test_forced_null_audio_is_reported_after_start(monkeypatch: pytest.MonkeyPatch, event_log: EventLog) -> None:
    monkeypatch.setenv("CALLDESK_NULL_AUDIO", "1")
    phone = Pjsua2Phone()
    phone.add_listener(event_log)
    phone.start()
    try:
        phone.pump()
        statuses = event_log.of_type(AudioDeviceStatus)
        assert len(statuses) == 1 and statuses[0].null_device
        assert phone.using_null_audio
    finally:
        phone.shutdown()


def test_without_forcing_start_never_fails_for_want_of_a_sound_card(monkeypatch: pytest.MonkeyPatch, event_log: EventLog) -> None:
    monkeypatch.delenv("CALLDESK_NULL_AUDIO")
    phone = Pjsua2Phone()
    phone.add_listener(event_log)
    phone.start()
    try:
        phone.pump()
        [status] = event_log.of_type(AudioDeviceStatus)
        assert status.description
        assert phone.using_null_audio == status.null_device
    finally:
        phone.shutdown()


def test_port_in_use_gives_a_readable_error(phone: Pjsua2Phone) -> None:
    port = int(phone.local_uri().rsplit(":", 1)[1])
    phone.shutdown()  # one endpoint per process: free it, hold the port with a plain socket instead
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as holder:
        holder.bind(("127.0.0.1", port))
        second = Pjsua2Phone(sip_port=port)
        with pytest.raises(RuntimeError, match=rf"Cannot listen for SIP on 127.0.0.1:{port}"):
            second.start()
        second.shutdown()


def test_shutdown_is_idempotent_and_a_new_phone_can_start(event_log: EventLog) -> None:
    for _ in range(2):
        phone = Pjsua2Phone()
        phone.start()
        phone.shutdown()
        phone.shutdown()
    with pytest.raises(RuntimeError, match="not started"):
        phone.make_call("sip:debtor@127.0.0.1:5070")


def test_an_unusable_user_name_gives_a_readable_error() -> None:
    phone = Pjsua2Phone(user="agent smith<")
    with pytest.raises(RuntimeError, match="Check the SIP user name"):
        phone.start()
    phone.shutdown()
    again = Pjsua2Phone()  # the failed start released the library
    again.start()
    again.shutdown()


def _silent_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_hanging_up_a_call_nobody_answers_ends_it_at_once(phone: Pjsua2Phone, event_log: EventLog) -> None:
    call_key = phone.make_call(f"sip:nobody@127.0.0.1:{_silent_port()}")  # nothing listens: no 100 Trying ever
    pump_until(phone, event_log.reached(call_key, CallState.CALLING))
    phone.hangup(call_key)
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED), timeout_s=5)
    assert event_log.last_state(call_key).sip_code == 487


def test_shutdown_with_an_unanswered_call_is_quick_and_clean(event_log: EventLog) -> None:
    phone = Pjsua2Phone()
    phone.add_listener(event_log)
    phone.start()
    call_key = phone.make_call(f"sip:nobody@127.0.0.1:{_silent_port()}")
    phone.pump()
    phone.shutdown()
    assert event_log.states(call_key)[-1] is CallState.DISCONNECTED
