"""Issue 4, Calls: the app's phone (in this process) against pjsua2 peers in child processes over 127.0.0.1.

Each peer prints what it sees on the wire (SDP direction, Session-Expires, DTMF digits, transfer requests) and can
record what it hears to a WAV, so every feature is checked at the far end, not only by the app's own events.
"""

import array
import math
import sys
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.telephony.call_options import CallOptions, DtmfPreference, InvalidDtmf
from app.telephony.events import (
    CallReplaced,
    CallState,
    DtmfMethod,
    DtmfReceived,
    DtmfSent,
    IncomingCall,
    MediaStateChanged,
    MuteChanged,
    TelephonyError,
    TransferStatus,
)
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.port import InvalidDialTarget
from tests.sip.conftest import EventLog, pump_until
from tests.sip.peer import PeerPhone

pytestmark = [pytest.mark.sip, pytest.mark.timeout(30)]

LOUD_RMS = 300.0  # a 1 kHz tone at amplitude 8000 comes out at ~5600 after G.711; silence is ~0
QUIET_RMS = 30.0


# -- fixtures and helpers ------------------------------------------------------------------------------------


@pytest.fixture
def peers() -> Iterator[Callable[..., PeerPhone]]:
    """Start peers on demand; each must exit 0 at the end (every pjsua2 object released)."""
    started: list[PeerPhone] = []

    def start(user: str = "peer", **options: object) -> PeerPhone:
        peer = PeerPhone(user, **options)  # type: ignore[arg-type]  # keyword values that vary by test case
        started.append(peer)
        peer.start()
        return peer

    yield start
    codes = {peer.user: peer.stop() for peer in started}
    assert all(code == 0 for code in codes.values()), f"peer exit codes: {codes}"


@pytest.fixture
def make_phone(event_log: EventLog) -> Iterator[Callable[[CallOptions], Pjsua2Phone]]:
    """A phone with the given call options (the conftest ``phone`` has the defaults)."""
    phones: list[Pjsua2Phone] = []

    def make(options: CallOptions) -> Pjsua2Phone:
        phone = Pjsua2Phone(user="agent", display_name="Test Agent", call_options=options)
        phone.add_listener(event_log)
        phone.start()
        phones.append(phone)
        return phone

    yield make
    for phone in phones:
        phone.shutdown()


@pytest.fixture
def tone_wav(tmp_path: Path) -> Path:
    """2 s of a 1 kHz tone, 8 kHz 16-bit mono."""
    path = tmp_path / "tone.wav"
    rate = 8000
    samples = array.array("h", (int(8000 * math.sin(2 * math.pi * 1000 * n / rate)) for n in range(2 * rate)))
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return path


def wav_rms(path: Path, skip_s: float = 0.3) -> float:
    """Root mean square of a 16-bit PCM WAV, leaving out the first ``skip_s`` (jitter buffer filling)."""
    with wave.open(str(path), "rb") as recording:
        assert recording.getsampwidth() == 2, "the peer records 16-bit PCM"
        recording.readframes(int(recording.getframerate() * skip_s))
        samples = array.array("h", recording.readframes(recording.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    assert len(samples) > 0, f"{path} is empty"
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def expect(phone: Pjsua2Phone, peer: PeerPhone, pattern: str, start: int = 0, timeout_s: float = 10.0) -> str:
    """Pump the app's phone until the peer prints a line matching ``pattern`` (from line ``start`` on)."""
    found: list[str] = []

    def seen() -> bool:
        line = peer.find(pattern, start)
        if line is not None:
            found.append(line)
        return bool(found)

    try:
        pump_until(phone, seen, timeout_s)
    except pytest.fail.Exception:
        pytest.fail(f"peer {peer.user} never printed {pattern!r}; its last lines:\n" + "\n".join(peer.lines()[-15:]))
    return found[0]


def pump_for(phone: Pjsua2Phone, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        phone.pump()
        time.sleep(0.01)


def record_at(phone: Pjsua2Phone, peer: PeerPhone, path: Path, seconds: float = 1.2) -> float:
    """What ``peer`` hears for ``seconds``, as an RMS level."""
    peer.command(f"record {path}")
    pump_for(phone, seconds)
    peer.command("stoprecord")
    return wav_rms(path)


def connected_call(phone: Pjsua2Phone, event_log: EventLog, peer: PeerPhone) -> str:
    """The app calls ``peer`` (which answers by itself) and waits until both sides have audio."""
    call_key = phone.make_call(peer.uri)
    pump_until(phone, event_log.reached(call_key, CallState.CONFIRMED))
    pump_until(phone, lambda: any(e.audio_active for e in _media(event_log, call_key)))
    return call_key


def incoming_call(phone: Pjsua2Phone, event_log: EventLog, peer: PeerPhone) -> IncomingCall:
    """``peer`` calls the app; returns the app's IncomingCall event once it rings."""
    known = {e.call_key for e in event_log.of_type(IncomingCall)}
    peer.command(f"call {phone.local_uri()}")
    pump_until(phone, lambda: any(e.call_key not in known for e in event_log.of_type(IncomingCall)))
    return next(e for e in event_log.of_type(IncomingCall) if e.call_key not in known)


def _media(event_log: EventLog, call_key: str) -> list[MediaStateChanged]:
    return [e for e in event_log.of_type(MediaStateChanged) if e.call_key == call_key]


# -- answer, reject, cancel, hang up -------------------------------------------------------------------------


def test_incoming_call_is_answered_and_the_caller_hangs_up(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice = peers("alice")
    incoming = incoming_call(phone, event_log, alice)
    assert (incoming.caller_number, incoming.display_name) == ("alice", "Peer alice")
    expect(phone, alice, r"^STATE early call=1 code=180")

    phone.answer(incoming.call_key)
    expect(phone, alice, r"^STATE confirmed call=1")
    pump_until(phone, event_log.reached(incoming.call_key, CallState.CONFIRMED))

    alice.command("hangup")
    pump_until(phone, event_log.reached(incoming.call_key, CallState.DISCONNECTED))
    assert phone.active_call_keys == ()


@pytest.mark.parametrize(("busy", "code"), [(True, 486), (False, 603)])
def test_reject_sends_busy_here_or_decline(phone: Pjsua2Phone, event_log: EventLog, peers, busy: bool, code: int) -> None:
    alice = peers("alice")
    incoming = incoming_call(phone, event_log, alice)
    phone.reject(incoming.call_key, busy=busy)
    expect(phone, alice, rf"^STATE disconnected call=1 code={code}\b")
    pump_until(phone, event_log.reached(incoming.call_key, CallState.DISCONNECTED))
    assert CallState.CONFIRMED not in event_log.states(incoming.call_key)


def test_cancel_while_ringing_both_ways(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice = peers("alice")  # rings, never answers by itself
    call_key = phone.make_call(alice.uri)
    pump_until(phone, event_log.reached(call_key, CallState.EARLY))
    phone.hangup(call_key)  # CANCEL
    expect(phone, alice, r"^STATE disconnected call=1 code=487")
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))

    incoming = incoming_call(phone, event_log, alice)
    alice.command("hangup")  # the caller gives up before the agent answers
    pump_until(phone, event_log.reached(incoming.call_key, CallState.DISCONNECTED))
    assert event_log.last_state(incoming.call_key).sip_code == 487


def test_agent_hangs_up_a_connected_call(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice = peers("alice", auto_answer_ms=0)
    call_key = connected_call(phone, event_log, alice)
    phone.hangup(call_key)
    expect(phone, alice, r"^STATE disconnected call=1 code=200")
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))


# -- hold, mute, DTMF ----------------------------------------------------------------------------------------


def test_hold_and_unhold_change_the_sdp_direction_the_peer_sees(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice = peers("alice", auto_answer_ms=0)
    call_key = connected_call(phone, event_log, alice)

    mark = alice.mark
    phone.hold(call_key)
    expect(phone, alice, r"^RX msg=INVITE .*sdp_dir=sendonly call=1", mark)
    expect(phone, alice, r"^MEDIA dir=sendonly status=remote_hold call=1", mark)
    pump_until(phone, lambda: _media(event_log, call_key)[-1].on_hold)
    assert not _media(event_log, call_key)[-1].held_by_remote

    mark = alice.mark
    phone.unhold(call_key)
    expect(phone, alice, r"^MEDIA dir=sendrecv status=active call=1", mark)
    pump_until(phone, lambda: not _media(event_log, call_key)[-1].on_hold)

    alice.command("hold")  # now the far end holds: the app is told it is held by the remote
    pump_until(phone, lambda: _media(event_log, call_key)[-1].held_by_remote)
    assert _media(event_log, call_key)[-1].on_hold


def test_mute_silences_the_agent_but_keeps_the_call(
    phone: Pjsua2Phone, event_log: EventLog, peers, tone_wav: Path, tmp_path: Path
) -> None:
    alice = peers("alice", auto_answer_ms=0)
    phone.use_wav_as_microphone_for_tests(tone_wav)
    call_key = connected_call(phone, event_log, alice)
    assert record_at(phone, alice, tmp_path / "before.wav") > LOUD_RMS

    phone.set_muted(call_key, True)
    pump_until(phone, lambda: MuteChanged(call_key, True) in event_log.events)
    assert record_at(phone, alice, tmp_path / "muted.wav") < QUIET_RMS
    assert call_key in phone.active_call_keys

    phone.set_muted(call_key, False)
    assert record_at(phone, alice, tmp_path / "after.wav") > LOUD_RMS
    assert event_log.of_type(MuteChanged) == [MuteChanged(call_key, True), MuteChanged(call_key, False)]


def test_mute_survives_hold_and_unhold(
    phone: Pjsua2Phone, event_log: EventLog, peers, tone_wav: Path, tmp_path: Path
) -> None:
    alice = peers("alice", auto_answer_ms=0)
    phone.use_wav_as_microphone_for_tests(tone_wav)
    call_key = connected_call(phone, event_log, alice)
    phone.set_muted(call_key, True)
    phone.hold(call_key)
    expect(phone, alice, r"^MEDIA dir=sendonly")
    mark = alice.mark
    phone.unhold(call_key)
    expect(phone, alice, r"^MEDIA dir=sendrecv", mark)
    assert record_at(phone, alice, tmp_path / "still_muted.wav") < QUIET_RMS


def test_dtmf_goes_as_rfc2833_and_comes_back(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice = peers("alice", auto_answer_ms=0)
    call_key = connected_call(phone, event_log, alice)
    phone.send_dtmf(call_key, "123#")
    expect(phone, alice, r"^DTMF # method=rfc2833")
    assert [line.split()[1] for line in alice.lines() if line.startswith("DTMF")] == ["1", "2", "3", "#"]
    # The peer may print the keys before the pump has handed the phone's queued events over (one per turn).
    pump_until(phone, lambda: DtmfSent(call_key, 4, DtmfMethod.RFC2833) in event_log.events)

    alice.command("dtmf 5")
    pump_until(phone, lambda: bool(event_log.of_type(DtmfReceived)))
    assert event_log.of_type(DtmfReceived) == [DtmfReceived(call_key, "5", DtmfMethod.RFC2833)]


def test_dtmf_falls_back_to_sip_info_when_the_peer_has_no_telephone_event(
    phone: Pjsua2Phone, event_log: EventLog, peers
) -> None:
    alice = peers("alice", auto_answer_ms=0, no_telephone_event=True)
    call_key = connected_call(phone, event_log, alice)
    phone.send_dtmf(call_key, "90*")
    expect(phone, alice, r"^DTMF \* method=info")
    assert [line.split()[1] for line in alice.lines() if line.startswith("DTMF")] == ["9", "0", "*"]
    # The peer may print the keys before the pump has handed the phone's queued events over (one per turn).
    pump_until(phone, lambda: DtmfSent(call_key, 3, DtmfMethod.SIP_INFO) in event_log.events)
    assert not event_log.of_type(TelephonyError)

    alice.command("dtmf 7 info")
    pump_until(phone, lambda: bool(event_log.of_type(DtmfReceived)))
    assert event_log.of_type(DtmfReceived) == [DtmfReceived(call_key, "7", DtmfMethod.SIP_INFO)]


def test_dtmf_sip_info_when_configured(make_phone, event_log: EventLog, peers) -> None:
    phone = make_phone(CallOptions(dtmf_method=DtmfPreference.SIP_INFO))
    alice = peers("alice", auto_answer_ms=0)
    call_key = connected_call(phone, event_log, alice)
    phone.send_dtmf(call_key, "4")
    expect(phone, alice, r"^DTMF 4 method=info")


@pytest.mark.parametrize("bad", ["", "12x", "1 2", "E", "1" * 65])
def test_bad_dtmf_keys_raise_before_anything_is_sent(phone: Pjsua2Phone, event_log: EventLog, peers, bad: str) -> None:
    alice = peers("alice", auto_answer_ms=0)
    call_key = connected_call(phone, event_log, alice)
    with pytest.raises(InvalidDtmf, match="Only the keys 0-9"):
        phone.send_dtmf(call_key, bad)
    pump_for(phone, 0.3)
    assert not [line for line in alice.lines() if line.startswith(("DTMF", "RX msg=INFO"))]


# -- transfers -----------------------------------------------------------------------------------------------


def test_blind_transfer_reaches_the_third_party(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice, carol = peers("alice", auto_answer_ms=0), peers("carol", auto_answer_ms=0)
    call_key = connected_call(phone, event_log, alice)

    with pytest.raises(InvalidDialTarget):
        phone.transfer_blind(call_key, "not a number")
    phone.transfer_blind(call_key, carol.uri)
    expect(phone, alice, rf"^TRANSFER_REQUEST to=<?{carol.uri}")
    expect(phone, carol, r"^INCOMING call=1 from=.*alice")
    expect(phone, carol, r"^STATE confirmed call=1")
    pump_until(phone, lambda: any(e.final for e in event_log.of_type(TransferStatus)))
    final = [e for e in event_log.of_type(TransferStatus) if e.final]
    assert [(e.call_key, e.sip_code) for e in final] == [(call_key, 200)]
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))  # the transferer leaves
    expect(phone, alice, r"^STATE disconnected call=1")
    assert alice.find(r"^STATE confirmed call=2") and not alice.find(r"^STATE disconnected call=2")


def test_attended_transfer_connects_the_two_parties_and_ends_both_calls(
    phone: Pjsua2Phone, event_log: EventLog, peers, tone_wav: Path, tmp_path: Path
) -> None:
    alice, bob = peers("alice", auto_answer_ms=0), peers("bob", auto_answer_ms=0)
    alice_key = connected_call(phone, event_log, alice)
    phone.hold(alice_key)
    expect(phone, alice, r"^MEDIA dir=sendonly")
    bob_key = connected_call(phone, event_log, bob)  # the consultation

    phone.transfer_attended(alice_key, bob_key)
    expect(phone, alice, r"^TRANSFER_REQUEST to=.*Replaces")
    expect(phone, bob, r"^REPLACED call=1 new=2")
    pump_until(phone, lambda: any(e.final and e.sip_code == 200 for e in event_log.of_type(TransferStatus)))
    pump_until(phone, lambda: phone.active_call_keys == ())
    assert event_log.states(alice_key)[-1] is CallState.DISCONNECTED
    assert event_log.states(bob_key)[-1] is CallState.DISCONNECTED

    expect(phone, alice, r"^MEDIA dir=sendrecv status=active call=2")  # alice and bob now talk directly
    bob.command("play " + str(tone_wav))
    assert record_at(phone, alice, tmp_path / "alice_hears_bob.wav") > LOUD_RMS


def test_attended_transfer_to_the_app_replaces_its_call(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    """Alice, talking to the agent and to Bob, hands Bob over to the agent: Bob's INVITE carries Replaces."""
    alice, bob = peers("alice"), peers("bob", auto_answer_ms=0)
    incoming = incoming_call(phone, event_log, alice)
    phone.answer(incoming.call_key)
    expect(phone, alice, r"^STATE confirmed call=1")
    alice.command(f"call {bob.uri}")
    expect(phone, alice, r"^STATE confirmed call=2")

    alice.command("attended 1 call=2")  # REFER Bob (call 2) to the agent, replacing call 1
    pump_until(phone, lambda: bool(event_log.of_type(CallReplaced)))
    [replaced] = event_log.of_type(CallReplaced)
    assert replaced.old_call_key == incoming.call_key and "bob" in replaced.remote_uri
    pump_until(phone, event_log.reached(replaced.new_call_key, CallState.CONFIRMED))
    pump_until(phone, event_log.reached(incoming.call_key, CallState.DISCONNECTED))
    assert phone.active_call_keys == (replaced.new_call_key,)


def test_a_transfer_request_from_the_far_end_is_declined(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice, carol = peers("alice", auto_answer_ms=0), peers("carol", auto_answer_ms=0)
    call_key = connected_call(phone, event_log, alice)
    alice.command(f"transfer {carol.uri}")
    expect(phone, alice, r"^TRANSFER_STATUS code=603 final=1")
    assert call_key in phone.active_call_keys and not carol.find("^INCOMING")


# -- conference, call waiting, auto-answer, session timers ---------------------------------------------------


def test_three_way_conference_lets_each_party_hear_the_other(
    phone: Pjsua2Phone, event_log: EventLog, peers, tone_wav: Path, tmp_path: Path
) -> None:
    alice, bob = peers("alice", auto_answer_ms=0), peers("bob", auto_answer_ms=0)
    alice_key = connected_call(phone, event_log, alice)
    bob_key = connected_call(phone, event_log, bob)
    bob.command(f"play {tone_wav}")
    assert record_at(phone, alice, tmp_path / "apart.wav") < QUIET_RMS  # not joined yet: alice hears nothing

    phone.conference([alice_key, bob_key])
    assert record_at(phone, alice, tmp_path / "joined.wav") > LOUD_RMS
    bob.command("stopplay")
    alice.command(f"play {tone_wav}")
    assert record_at(phone, bob, tmp_path / "bob_hears_alice.wav") > LOUD_RMS

    phone.hold(alice_key)  # holding a party takes it out of the conference
    expect(phone, alice, r"^MEDIA dir=sendonly")
    assert record_at(phone, bob, tmp_path / "alice_held.wav") < QUIET_RMS


def test_conference_takes_held_calls_off_hold(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice, bob = peers("alice", auto_answer_ms=0), peers("bob", auto_answer_ms=0)
    alice_key = connected_call(phone, event_log, alice)
    phone.hold(alice_key)
    expect(phone, alice, r"^MEDIA dir=sendonly")
    bob_key = connected_call(phone, event_log, bob)
    mark = alice.mark
    phone.conference([alice_key, bob_key])
    expect(phone, alice, r"^MEDIA dir=sendrecv", mark)
    with pytest.raises(ValueError, match="at least two"):
        phone.conference([alice_key])


def test_call_waiting_answering_the_second_call_holds_the_first(phone: Pjsua2Phone, event_log: EventLog, peers) -> None:
    alice, bob = peers("alice", auto_answer_ms=0), peers("bob")
    alice_key = connected_call(phone, event_log, alice)

    waiting = incoming_call(phone, event_log, bob)  # a second call while talking to alice
    assert waiting.caller_number == "bob" and alice_key in phone.active_call_keys
    mark = alice.mark
    phone.answer(waiting.call_key)
    expect(phone, alice, r"^MEDIA dir=sendonly", mark)
    expect(phone, bob, r"^STATE confirmed call=1")

    mark_alice, mark_bob = alice.mark, bob.mark
    phone.unhold(alice_key)  # back to alice: bob waits on hold
    expect(phone, alice, r"^MEDIA dir=sendrecv", mark_alice)
    expect(phone, bob, r"^MEDIA dir=sendonly", mark_bob)


def test_auto_answer_after_the_delay_but_never_a_waiting_call(make_phone, event_log: EventLog, peers) -> None:
    phone = make_phone(CallOptions(auto_answer=True, auto_answer_delay_ms=300))
    alice, bob = peers("alice"), peers("bob")
    started = time.monotonic()
    incoming = incoming_call(phone, event_log, alice)
    pump_until(phone, event_log.reached(incoming.call_key, CallState.CONFIRMED))
    assert time.monotonic() - started >= 0.3
    expect(phone, alice, r"^STATE confirmed call=1")

    waiting = incoming_call(phone, event_log, bob)
    pump_for(phone, 0.8)
    assert not bob.find(r"^STATE confirmed")
    assert event_log.states(waiting.call_key)[-1] is CallState.EARLY


@pytest.mark.parametrize(("options", "offered"), [
    (CallOptions(session_expires_s=600), "600"),
    (CallOptions(session_timer=False), "-"),
])
def test_session_timer_is_offered_as_configured(make_phone, event_log: EventLog, peers, options: CallOptions,
                                               offered: str) -> None:
    phone = make_phone(options)
    alice = peers("alice", auto_answer_ms=0)
    connected_call(phone, event_log, alice)
    assert alice.find(rf"^RX msg=INVITE session_expires={offered} ")


@pytest.mark.parametrize(("session_timer", "answered"), [(True, "1800;refresher=uac"), (False, "-")])
def test_session_timer_is_negotiated_on_incoming_calls(
    make_phone, event_log: EventLog, peers, session_timer: bool, answered: str
) -> None:
    phone = make_phone(CallOptions(session_timer=session_timer))
    alice = peers("alice")  # offers pjsua's default, 1800 s
    incoming = incoming_call(phone, event_log, alice)
    phone.answer(incoming.call_key)
    line = expect(phone, alice, r"^RX msg=200/INVITE ")
    assert f"session_expires={answered} " in line


def test_peer_exits_0_on_sigterm_mid_call(phone: Pjsua2Phone, event_log: EventLog) -> None:
    alice = PeerPhone("alice", auto_answer_ms=0)
    alice.start()
    try:
        call_key = connected_call(phone, event_log, alice)
    finally:
        code = alice.terminate()
    assert code == 0
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
