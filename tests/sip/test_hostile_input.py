"""Hostile SIP from the network: a flood of malformed datagrams, INVITEs with poisonous display names, a junk
reason phrase, and callers declined just before the agent dials.

All traffic goes to the app's phone on 127.0.0.1 from plain UDP sockets (tests/sip/sip_fuzz.py); the phone is
pumped in between, as the app's QTimer would.
"""

import socket
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.services.telephony_bridge import TelephonyBridge
from app.telephony.caller_id import MAX_CALLER_TEXT
from app.telephony.events import CallState, IncomingCall
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sim_line import SimulatedDebtorLine
from tests.sip.conftest import EventLog, pump_until
from tests.sip.sip_fuzz import MAX_DATAGRAM, flood, invite, sip_request

pytestmark = pytest.mark.sip

HOST = "127.0.0.1"
FLOOD_SIZE = 10_000
PJSIP_MAX_PACKET = 4000  # pjsip's PJSIP_MAX_PKT_LEN in the wheel: longer UDP datagrams are cut and dropped
CALLER_NUMBER = "13812345678"
MAX_CALL_SLOTS = 64  # more than pjsua's maxCalls could be here
HOSTILE_PIECE = "催收\x1b[31m红色\x1b[0m\t制表\x7f删除\u202eLIVE\u202c 张三\x00ok "


def _port(phone: Pjsua2Phone) -> int:
    return int(phone.local_uri().rsplit(":", 1)[1])


def _hostile_name(max_bytes: int, with_nul: bool = True) -> bytes:
    piece = HOSTILE_PIECE if with_nul else HOSTILE_PIECE.replace("\x00", "")
    text = piece * (max_bytes // len(piece.encode()) + 1)
    return text.encode()[:max_bytes].decode("utf-8", "ignore").encode()


def _from_header(display_name: bytes, source: tuple[str, int]) -> bytes:
    escaped = display_name.replace(b"\\", b"\\\\").replace(b'"', b'\\"')
    return b'"' + escaped + f'" <sip:{CALLER_NUMBER}@{source[0]}:{source[1]}>;tag=hostile'.encode()


def _assert_screen_safe(text: str) -> None:
    assert len(text) <= MAX_CALLER_TEXT
    assert all(ch.isprintable() for ch in text), repr(text)
    assert "\u202e" not in text and "\x1b" not in text and "\x00" not in text


@pytest.fixture
def raw_peer() -> Iterator[socket.socket]:
    """A plain UDP socket on 127.0.0.1 playing a hostile caller."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind((HOST, 0))
        sock.setblocking(False)
        yield sock


def _replies(sock: socket.socket) -> list[bytes]:
    out = []
    while True:
        try:
            out.append(sock.recv(MAX_DATAGRAM))
        except OSError:  # nothing more to read (BlockingIOError) or an ICMP error: done either way
            return out


def _first_lines(replies: list[bytes]) -> list[bytes]:
    return [reply.split(b"\r\n", 1)[0] for reply in replies]


# -- a flood of malformed datagrams -------------------------------------------------------------------------------


@pytest.mark.slow
def test_ten_thousand_malformed_datagrams_leave_the_phone_answering_calls(
    phone: Pjsua2Phone, event_log: EventLog, record_property
) -> None:
    report = flood(HOST, _port(phone), phone.local_uri(), pump=phone.pump, count=FLOOD_SIZE, time_limit_s=120)
    print(f"\nflood: {report.sent} datagrams ({report.bytes_sent / 1e6:.1f} MB) in {report.seconds:.2f} s, "
          f"{report.probes_answered} OPTIONS probes answered, kernel drops {report.kernel_drops}")
    record_property("flood_seconds", round(report.seconds, 2))
    assert report.sent == FLOOD_SIZE and report.send_errors == 0
    assert report.kernel_drops in (0, None), "the phone's socket overflowed: not every datagram reached pjsip"

    # A mutation can leave an INVITE valid: the agent sees it ring, with a screen-safe caller; reject them all.
    ghosts = event_log.of_type(IncomingCall)
    for ghost in ghosts:
        _assert_screen_safe(ghost.display_name)
        _assert_screen_safe(ghost.caller_number)
        phone.hangup(ghost.call_key)
    pump_until(phone, lambda: phone.active_call_keys == (), timeout_s=5)

    with SimulatedDebtorLine(answer_delay_ms=0) as line:
        call_key = phone.make_call(line.uri)
        pump_until(phone, event_log.reached(call_key, CallState.CONFIRMED))
        phone.hangup(call_key)
        pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
        line.wait_for_line(r"^DISCONNECTED call=1 by=remote code=200", 5)
    assert line.stop() == 0
    states = event_log.states(call_key)
    assert states[0] is CallState.CALLING and states[-1] is CallState.DISCONNECTED


def test_declining_callers_then_dialling_at_once_keeps_the_new_call_up(
    phone: Pjsua2Phone, event_log: EventLog, raw_peer: socket.socket
) -> None:
    """pjsua2's ~Call() forgets and hangs up the call in the slot it once had. Declined callers whose Call objects
    outlived their DISCONNECTED callback used to take down the next call, which reuses their slots."""
    source = raw_peer.getsockname()
    replies: list[bytes] = []
    for n in range(MAX_CALL_SLOTS):  # callers until pjsua answers "486 Busy Here": every call slot is taken
        raw_peer.sendto(invite(phone.local_uri(), source, source[1] + 2 + 2 * n), (HOST, _port(phone)))
        pump_until(phone, lambda: bool(replies.extend(_replies(raw_peer)) or replies), timeout_s=5)
        if any(line.startswith(b"SIP/2.0 486") for line in _first_lines(replies)):
            break
        replies.clear()
    else:
        pytest.fail(f"pjsua took more than {MAX_CALL_SLOTS} calls at once")
    assert event_log.of_type(IncomingCall), "no call got a slot"
    with SimulatedDebtorLine(answer_delay_ms=0) as line:
        for caller in event_log.of_type(IncomingCall):
            phone.hangup(caller.call_key)  # 603, as an agent rejecting them
        call_key = phone.make_call(line.uri)  # no pump in between: the new call takes a just-freed slot
        pump_until(phone, event_log.reached(call_key, CallState.CONFIRMED))
        line.wait_for_line(r"^CONFIRMED call=1$", 5)
        assert phone.active_call_keys == (call_key,)
        assert not any(text.startswith("DISCONNECTED") for text in line.lines())
        phone.hangup(call_key)
        pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED))
        line.wait_for_line(r"^DISCONNECTED call=1 by=remote code=200", 5)
    assert line.stop() == 0


def test_a_hostile_reason_phrase_arrives_clean_enough_to_show_and_store(
    phone: Pjsua2Phone, event_log: EventLog, raw_peer: socket.socket
) -> None:
    """The far end answers the app's INVITE with 486 and a reason phrase of invalid UTF-8 and control characters;
    pjsua2 hands such bytes over as lone surrogates, which SQLite (the call log) refuses to store."""
    call_key = phone.make_call(f"sip:peer@{HOST}:{raw_peer.getsockname()[1]}")
    received: list[bytes] = []
    pump_until(phone, lambda: bool(received.extend(_replies(raw_peer)) or received), timeout_s=5)
    request = received[0].split(b"\r\n\r\n", 1)[0].split(b"\r\n")
    assert request[0].startswith(b"INVITE ")
    dialog = [h for h in request[1:] if h.split(b":", 1)[0].lower() in (b"via", b"from", b"to", b"call-id", b"cseq")]
    dialog = [h + b";tag=hostile" if h.lower().startswith(b"to:") else h for h in dialog]
    status_line = b"SIP/2.0 486 \xff\xfeBusy\x1b[31m \xe5\xbf\x99\x7f"
    busy = b"\r\n".join([status_line, *dialog, b"Content-Length: 0"]) + b"\r\n\r\n"
    raw_peer.sendto(busy, (HOST, _port(phone)))
    pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED), timeout_s=5)
    ended = event_log.last_state(call_key)
    assert ended.sip_code == 486
    assert ended.reason == "Busy[31m 忙"
    ended.reason.encode("utf-8")  # storable: no lone surrogates left


# -- INVITEs with hostile display names ---------------------------------------------------------------------------


@pytest.fixture
def bridge(qtbot: QtBot, event_log: EventLog) -> Iterator[TelephonyBridge]:
    """The phone on the Qt event loop (the QTimer pumps it), with every port event also in ``event_log``."""
    phone = Pjsua2Phone(user="agent", display_name="Test Agent")
    phone.add_listener(event_log)
    bridge = TelephonyBridge(phone)
    bridge.start()
    yield bridge
    bridge.shutdown()


def _probe_app(qtbot: QtBot, sock: socket.socket, bridge: TelephonyBridge) -> list[bytes]:
    """Send a valid OPTIONS and let the event loop run until the app answers it; returns every reply seen."""
    target = bridge.port.local_uri()
    sock.sendto(sip_request("OPTIONS", target, sock.getsockname(), call_id="probe-after"), (HOST, _port_of(target)))
    seen: list[bytes] = []

    def answered() -> bool:
        seen.extend(_replies(sock))
        return any(b"probe-after" in reply for reply in seen)

    qtbot.waitUntil(answered, timeout=5000)
    return seen


def _port_of(uri: str) -> int:
    return int(uri.rsplit(":", 1)[1])


@pytest.mark.parametrize("with_nul", [True, False], ids=["with-NUL", "without-NUL"])
def test_hostile_display_name_reaches_the_screen_pop_sanitised(
    qtbot: QtBot, bridge: TelephonyBridge, event_log: EventLog, raw_peer: socket.socket, with_nul: bool
) -> None:
    target = bridge.port.local_uri()
    source = raw_peer.getsockname()
    base = invite(target, source, rtp_port=source[1] + 2, from_header=_from_header(b"", source))
    name = _hostile_name(PJSIP_MAX_PACKET - len(base) - 16, with_nul)  # the longest that pjsip accepts over UDP
    message = invite(target, source, rtp_port=source[1] + 2, from_header=_from_header(name, source))
    assert len(message) <= PJSIP_MAX_PACKET and len(name) > 3000

    with qtbot.waitSignal(bridge.incoming_call, timeout=5000) as shown:
        raw_peer.sendto(message, (HOST, _port_of(target)))
    signalled: IncomingCall = shown.args[0]
    [event] = event_log.of_type(IncomingCall)
    assert signalled == event
    assert event.caller_number == CALLER_NUMBER  # read from the INVITE: pjsua's remote URI overflows here
    _assert_screen_safe(event.display_name)
    assert len(event.display_name) >= MAX_CALLER_TEXT - 1  # capped (a trailing space is trimmed)
    assert event.display_name.startswith("催收[31m红色[0m 制表删除LIVE 张三ok 催收")  # CJK kept

    bridge.port.hangup(event.call_key)  # the agent rejects it: 603 back to the caller
    qtbot.waitUntil(lambda: event_log.reached(event.call_key, CallState.DISCONNECTED)(), timeout=5000)
    assert b"SIP/2.0 603 Decline" in _first_lines(_probe_app(qtbot, raw_peer, bridge))


def test_invalid_utf8_in_the_display_name_is_dropped_not_shown(
    qtbot: QtBot, bridge: TelephonyBridge, event_log: EventLog, raw_peer: socket.socket
) -> None:
    target = bridge.port.local_uri()
    source = raw_peer.getsockname()
    name = b"\xff\xfe\xc0\x80\xed\xa0\x80 \xe5\x82\xac\xe6\x94\xb6 debtor \x80\x80"
    with qtbot.waitSignal(bridge.incoming_call, timeout=5000) as shown:
        raw_peer.sendto(invite(target, source, source[1] + 2, _from_header(name, source)), (HOST, _port_of(target)))
    event: IncomingCall = shown.args[0]
    _assert_screen_safe(event.display_name)
    assert event.display_name == "催收 debtor"
    assert event.caller_number == CALLER_NUMBER
    bridge.port.hangup(event.call_key)
    qtbot.waitUntil(lambda: event_log.reached(event.call_key, CallState.DISCONNECTED)(), timeout=5000)


def test_a_ten_kilobyte_display_name_is_dropped_without_a_crash(
    qtbot: QtBot, bridge: TelephonyBridge, event_log: EventLog, raw_peer: socket.socket
) -> None:
    """Over UDP pjsip reads at most 4000 bytes of a datagram: a 10 KB INVITE is cut, fails to parse, and is
    dropped without an answer. The phone must carry on: it answers the next request and takes the next call."""
    target = bridge.port.local_uri()
    source = raw_peer.getsockname()
    name = _hostile_name(10_240)
    raw_peer.sendto(invite(target, source, source[1] + 2, _from_header(name, source)), (HOST, _port_of(target)))
    replies = _probe_app(qtbot, raw_peer, bridge)  # answered after the big INVITE was read
    assert not [line for line in _first_lines(replies) if b"INVITE" in line or line.startswith(b"SIP/2.0 1")]
    assert event_log.of_type(IncomingCall) == []

    short = _hostile_name(300)
    with qtbot.waitSignal(bridge.incoming_call, timeout=5000) as shown:
        raw_peer.sendto(invite(target, source, source[1] + 2, _from_header(short, source)), (HOST, _port_of(target)))
    event: IncomingCall = shown.args[0]
    _assert_screen_safe(event.display_name)
    assert event.caller_number == CALLER_NUMBER
    bridge.port.hangup(event.call_key)
    qtbot.waitUntil(lambda: event_log.reached(event.call_key, CallState.DISCONNECTED)(), timeout=5000)

