"""The keep-alive to the registrar against a real kamailio that keeps registrations in memory only: stopped, the
agent's light says "registrar unreachable"; back (having forgotten everyone), the agent registers again at once and
a call from a registered peer reaches the agent within 30 s of kamailio's return, with and without a call up.

The registration expiry is 300 s, so only the keep-alive (every 10 s, the default) can bring the agent back in
time; the figures are printed (pytest -s).
"""

import time
from collections.abc import Iterator

import pytest

from app.telephony.accounts import DEFAULT_KEEPALIVE_S, TelephonyAccount
from app.telephony.events import CallState, IncomingCall, RegistrationStateChanged
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.registration_reasons import UNREACHABLE
from tests.sip.conftest import EventLog, pump_until
from tests.sip.kamailio_server import AGENT_PASSWORD, PEER, PEER_PASSWORD, KamailioServer, kamailio_for_agent_and_peer
from tests.sip.registered_peer import RegisteredPeer

pytestmark = pytest.mark.sip

EXPIRY_S = 300  # far longer than the test: the normal refresh cannot be what brings the agent back
BACK_WITHIN_S = 30.0
SILENT_WITHIN_S = DEFAULT_KEEPALIVE_S + 5.0 + 3.0  # one interval + the answer wait + margin


@pytest.fixture
def kamailio() -> Iterator[KamailioServer]:
    with kamailio_for_agent_and_peer() as server:
        yield server


@pytest.fixture(params=["udp"])
def agent(request: pytest.FixtureRequest, event_log: EventLog, kamailio: KamailioServer) -> Iterator[Pjsua2Phone]:
    """The agent's phone; a test picks TCP with ``@pytest.mark.parametrize("agent", ["tcp"], indirect=True)``."""
    account = TelephonyAccount(
        name="office", user="agent", registrar=kamailio.uri, bind_address="127.0.0.1", registration_expiry_s=EXPIRY_S,
        transport=request.param,
    )
    phone = Pjsua2Phone(accounts=[account], password_lookup={"office": AGENT_PASSWORD}.get)
    phone.add_listener(event_log)
    phone.start()
    yield phone
    phone.shutdown()


@pytest.fixture
def peer(kamailio: KamailioServer) -> Iterator[RegisteredPeer]:
    with RegisteredPeer(kamailio.uri, PEER, PEER_PASSWORD, expiry_s=EXPIRY_S) as running:
        running.wait_for_line(r"^READY$", 15)
        yield running


def registration(phone: Pjsua2Phone) -> RegistrationStateChanged:
    event = phone.registration_state("office")
    assert event is not None
    return event


def pump_for(phone: Pjsua2Phone, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        phone.pump()
        time.sleep(0.005)


def wait_unreachable(phone: Pjsua2Phone, event_log: EventLog) -> float:
    """Seconds until the agent's registration says "registrar unreachable"."""
    down = time.monotonic()
    pump_until(phone, lambda: registration(phone).plain_reason == UNREACHABLE, SILENT_WITHIN_S)
    failed = registration(phone)
    assert failed.state == "failed" and failed.retry_in_s == DEFAULT_KEEPALIVE_S
    return time.monotonic() - down


def come_back_and_ring_the_agent(
    phone: Pjsua2Phone, event_log: EventLog, kamailio: KamailioServer, peer: RegisteredPeer
) -> tuple[float, float, str]:
    """Start kamailio; wait until it has the agent again; the peer calls the agent. Returns the seconds from
    kamailio's start to the agent's REGISTER and to the agent's incoming call, and that call's key."""
    peer_lines, log_lines = peer.line_count, kamailio.line_count
    incoming_before = len(event_log.of_type(IncomingCall))
    kamailio.start()
    up = time.monotonic()
    pump_until(phone, lambda: kamailio.count(r"REGISTERED user=agent expires=300", log_lines) > 0, BACK_WITHIN_S)
    registered_after = time.monotonic() - up
    pump_until(phone, lambda: registration(phone).state == "registered", 5)
    while not any(line == "REG registered 200" for line in peer.lines()[peer_lines:]):  # the peer is back too
        assert time.monotonic() - up < BACK_WITHIN_S, f"the peer did not register again: {peer.lines()[-5:]}"
        pump_for(phone, 0.05)
    peer.send(f"DIAL sip:agent@{kamailio.host_port}")
    pump_until(phone, lambda: len(event_log.of_type(IncomingCall)) > incoming_before, BACK_WITHIN_S)
    rang_after = time.monotonic() - up
    assert rang_after < BACK_WITHIN_S
    return registered_after, rang_after, event_log.of_type(IncomingCall)[-1].call_key


@pytest.mark.parametrize("agent", ["udp", "tcp"], indirect=True)
def test_stopped_registrar_shows_unreachable_and_its_return_brings_calls_back_within_30_s(
    kamailio: KamailioServer, agent: Pjsua2Phone, event_log: EventLog, peer: RegisteredPeer,
    request: pytest.FixtureRequest,
) -> None:
    """Over TCP the call is only rung and declined: this test kamailio does not record-route, so the peer's ACK
    would have to reach the agent's Contact, the local port of its connection to kamailio (true without any
    restart too); a PBX that record-routes, or a B2BUA, does not have that problem."""
    transport = request.node.callspec.params["agent"]
    pump_until(agent, lambda: registration(agent).state == "registered")
    pump_for(agent, DEFAULT_KEEPALIVE_S + 1)  # one keep-alive answered while all is well: nothing changes
    assert [e.state for e in event_log.of_type(RegistrationStateChanged)] == ["registering", "registered"]

    kamailio.stop()
    silent_after = wait_unreachable(agent, event_log)
    registered_after, rang_after, call_key = come_back_and_ring_the_agent(agent, event_log, kamailio, peer)
    if transport == "udp":
        agent.answer(call_key)
        pump_until(agent, event_log.reached(call_key, CallState.CONFIRMED))
    agent.hangup(call_key)
    pump_until(agent, event_log.reached(call_key, CallState.DISCONNECTED))
    print(
        f"\nno call, {transport}: unreachable shown {silent_after:.1f} s after the stop; after the restart registered again in "
        f"{registered_after:.1f} s, the peer's call rang the agent in {rang_after:.1f} s"
    )


def test_registrar_killed_during_a_call_the_call_goes_on_and_calls_reach_the_agent_again(
    kamailio: KamailioServer, agent: Pjsua2Phone, event_log: EventLog, peer: RegisteredPeer
) -> None:
    pump_until(agent, lambda: registration(agent).state == "registered")
    first = agent.make_call(PEER)
    pump_until(agent, event_log.reached(first, CallState.CONFIRMED))

    kamailio.kill()
    silent_after = wait_unreachable(agent, event_log)
    registered_after, rang_after, second = come_back_and_ring_the_agent(agent, event_log, kamailio, peer)
    assert event_log.states(first)[-1] is CallState.CONFIRMED and first in agent.active_call_keys

    agent.hangup(second)
    agent.hangup(first)  # end to end: kamailio does not record-route
    pump_until(agent, lambda: not agent.active_call_keys)
    assert event_log.last_state(first).sip_code == 200
    print(
        f"\nduring a call: unreachable shown {silent_after:.1f} s after the kill; after the restart registered again "
        f"in {registered_after:.1f} s, the peer's call rang the agent in {rang_after:.1f} s; the first call went on"
    )


def test_quick_restart_that_forgot_the_agent_is_noticed_by_the_changed_answer(
    kamailio: KamailioServer, agent: Pjsua2Phone, event_log: EventLog, peer: RegisteredPeer
) -> None:
    """Never silent for long: the keep-alive's answer changes (200 relayed by kamailio to the agent, then 404
    from kamailio itself), and that alone makes the agent register again."""
    pump_until(agent, lambda: registration(agent).state == "registered")
    pump_for(agent, DEFAULT_KEEPALIVE_S + 1)  # the first keep-alive answer (200) is the one to compare with
    kamailio.restart()
    log_lines, up = kamailio.line_count, time.monotonic()
    pump_until(
        agent, lambda: kamailio.count(r"REGISTERED user=agent expires=300", log_lines) > 0, DEFAULT_KEEPALIVE_S + 3
    )
    print(f"\nquick restart: registered again {time.monotonic() - up:.1f} s after kamailio's return")
    assert "failed" not in [e.state for e in event_log.of_type(RegistrationStateChanged)]
    pump_until(agent, lambda: registration(agent).state == "registered", 5)
