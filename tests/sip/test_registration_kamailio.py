"""SIP accounts against a real kamailio registrar/proxy on 127.0.0.1 (digest auth), started by the tests.

The second registered phone runs in a child process (tests.sip.registered_peer): one pjsua2 Endpoint per process.
"""

import logging
import time
from collections.abc import Callable, Iterator

import pytest

from app.telephony.accounts import TelephonyAccount
from app.telephony.events import CallState, RegistrationStateChanged, TelephonyError
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.registration_reasons import NO_PASSWORD, UNKNOWN_USER, UNREACHABLE, WRONG_CREDENTIALS
from tests.sip.conftest import EventLog, pump_until
from tests.sip.kamailio_server import (
    AGENT_PASSWORD,
    PEER,
    PEER_PASSWORD,
    KamailioServer,
    free_udp_and_tcp_port,
    kamailio_for_agent_and_peer,
)
from tests.sip.registered_peer import RegisteredPeer

pytestmark = pytest.mark.sip

COMES_BACK_WITHIN_S = 30.0


@pytest.fixture
def kamailio() -> Iterator[KamailioServer]:
    with kamailio_for_agent_and_peer() as server:
        yield server


@pytest.fixture
def phones() -> Iterator[list[Pjsua2Phone]]:
    """Phones made by a test, shut down at its end even when it fails."""
    made: list[Pjsua2Phone] = []
    yield made
    for phone in made:
        phone.shutdown()


def make_phone(
    phones: list[Pjsua2Phone], log: EventLog, registrar: str, password: str | None = AGENT_PASSWORD,
    user: str = "agent", transport: str = "udp", expiry_s: int = 300, log_level: int = 3,
) -> Pjsua2Phone:
    account = TelephonyAccount(
        name="office", user=user, registrar=registrar, transport=transport, bind_address="127.0.0.1",
        registration_expiry_s=expiry_s,
    )
    phone = Pjsua2Phone(accounts=[account], password_lookup={"office": password}.get, log_level=log_level)
    phone.add_listener(log)
    phones.append(phone)
    return phone


def registrations(log: EventLog) -> list[RegistrationStateChanged]:
    return log.of_type(RegistrationStateChanged)


def state_is(phone: Pjsua2Phone, state: str) -> Callable[[], bool]:
    return lambda: (event := phone.registration_state("office")) is not None and event.state == state


def test_registers_with_digest_auth_and_unregisters_on_exit(
    kamailio: KamailioServer, phones: list[Pjsua2Phone], event_log: EventLog, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    phone = make_phone(phones, event_log, kamailio.uri, log_level=5)  # every SIP message logged
    phone.start()
    pump_until(phone, state_is(phone, "registered"))
    assert [(e.state, e.sip_code, e.plain_reason) for e in registrations(event_log)] == [
        ("registering", 0, "registering"), ("registered", 200, "registered"),
    ]
    kamailio.wait_for_line(r"CALLDESK REGISTERED user=agent expires=300", 5)

    started = time.monotonic()
    phone.shutdown()
    assert time.monotonic() - started < 3.0
    kamailio.wait_for_line(r"CALLDESK REGISTERED user=agent expires=0$", 5)  # un-REGISTER before libDestroy
    last = registrations(event_log)[-1]
    assert (last.state, last.sip_code) == ("unregistered", 200)
    assert "Authorization: Digest" in caplog.text  # the REGISTER really was logged...
    assert AGENT_PASSWORD not in caplog.text  # ...and the password never was
    assert not any(AGENT_PASSWORD in repr(event) for event in event_log.events)


def test_wrong_password_fails_with_the_plain_reason_and_is_not_retried(
    kamailio: KamailioServer, phones: list[Pjsua2Phone], event_log: EventLog
) -> None:
    phone = make_phone(phones, event_log, kamailio.uri, password="wrong-password")
    phone.start()
    pump_until(phone, state_is(phone, "failed"))
    failed = phone.registration_state("office")
    assert failed is not None
    assert (failed.sip_code, failed.plain_reason, failed.retry_in_s) == (401, WRONG_CREDENTIALS, None)
    kamailio.wait_for_line(r"CALLDESK AUTH-FAILED user=agent code=-2", 5)
    deadline = time.monotonic() + 2.5  # longer than the first backoff step: nothing more may be sent
    while time.monotonic() < deadline:
        phone.pump()
        time.sleep(0.01)
    assert kamailio.count("AUTH-FAILED") == 1
    assert registrations(event_log)[-1] == failed


def test_unknown_user_and_missing_password_have_their_own_reasons(
    kamailio: KamailioServer, phones: list[Pjsua2Phone], event_log: EventLog
) -> None:
    stranger = make_phone(phones, event_log, kamailio.uri, user="stranger")
    stranger.start()
    pump_until(stranger, state_is(stranger, "failed"))
    assert (stranger.registration_state("office").sip_code, stranger.registration_state("office").plain_reason) == (
        404, UNKNOWN_USER)
    stranger.shutdown()

    no_password_log = EventLog()
    forgetful = make_phone(phones, no_password_log, kamailio.uri, password=None)
    forgetful.start()
    pump_until(forgetful, state_is(forgetful, "failed"))
    assert forgetful.registration_state("office").plain_reason == NO_PASSWORD
    (error,) = no_password_log.of_type(TelephonyError)
    assert "calldesk account set-password office" in error.message


def test_registrar_down_at_start_then_registers_within_30_s_of_its_start(
    phones: list[Pjsua2Phone], event_log: EventLog
) -> None:
    """TCP: a refused connection fails at once, so the failed/retrying events show up in seconds."""
    server = KamailioServer({"agent": AGENT_PASSWORD})
    try:
        phone = make_phone(phones, event_log, server.uri, transport="tcp")
        started = time.monotonic()
        phone.start()
        assert time.monotonic() - started < 1.0, "start() must not wait for the registrar"
        slowest_pump = 0.0

        def failures() -> list[RegistrationStateChanged]:
            return [e for e in registrations(event_log) if e.state == "failed"]

        def timed_pump_until(condition: Callable[[], bool], timeout_s: float) -> None:
            nonlocal slowest_pump
            deadline = time.monotonic() + timeout_s
            while not condition():
                assert time.monotonic() < deadline, "condition not reached in time"
                before = time.monotonic()
                phone.pump()
                slowest_pump = max(slowest_pump, time.monotonic() - before)
                time.sleep(0.005)

        timed_pump_until(lambda: len(failures()) >= 2, 10)
        first, second = failures()[:2]
        assert (first.plain_reason, second.plain_reason) == (UNREACHABLE, UNREACHABLE)
        assert first.retry_in_s is not None and 1.6 <= first.retry_in_s <= 2.0
        assert second.retry_in_s is not None and 3.2 <= second.retry_in_s <= 4.0  # backing off

        server.start()
        up = time.monotonic()
        timed_pump_until(state_is(phone, "registered"), COMES_BACK_WITHIN_S)
        print(f"registered {time.monotonic() - up:.1f} s after kamailio started; slowest pump {slowest_pump * 1000:.1f} ms")
        assert slowest_pump < 0.1, "the pump must never wait on the network"
    finally:
        server.close()


def test_registrar_down_at_start_over_udp_registers_when_it_starts(
    phones: list[Pjsua2Phone], event_log: EventLog
) -> None:
    """UDP: the REGISTER is retransmitted (up to pjsip's 32 s timeout), so kamailio gets the next copy."""
    server = KamailioServer({"agent": AGENT_PASSWORD})
    try:
        phone = make_phone(phones, event_log, server.uri)
        phone.start()
        deadline = time.monotonic() + 1.5
        while time.monotonic() < deadline:
            phone.pump()
            time.sleep(0.005)
        assert phone.registration_state("office").state == "registering"
        server.start()
        up = time.monotonic()
        pump_until(phone, state_is(phone, "registered"), COMES_BACK_WITHIN_S)
        print(f"registered {time.monotonic() - up:.1f} s after kamailio started")
    finally:
        server.close()


def test_kamailio_killed_mid_call_the_call_goes_on_and_both_phones_register_again(
    kamailio: KamailioServer, phones: list[Pjsua2Phone], event_log: EventLog
) -> None:
    """No Record-Route: BYE goes phone to phone. A 10 s expiry makes the re-registration come within ~5 s."""
    with RegisteredPeer(kamailio.uri, PEER, PEER_PASSWORD, expiry_s=10) as peer:
        phone = make_phone(phones, event_log, kamailio.uri, expiry_s=10)
        phone.start()
        pump_until(phone, state_is(phone, "registered"))
        peer.wait_for_line(r"^READY$", 15)

        call_key = phone.make_call("138 1234 5678")  # a number: dialled at the registrar's domain
        pump_until(phone, event_log.reached(call_key, CallState.CONFIRMED))
        kamailio.wait_for_line(rf"CALLDESK INVITE from=agent to={PEER}", 5)

        kamailio.kill()
        killed = time.monotonic()
        while time.monotonic() - killed < 3.0:
            phone.pump()
            time.sleep(0.005)
        assert event_log.states(call_key)[-1] is CallState.CONFIRMED
        assert call_key in phone.active_call_keys

        lines_before_bye = peer.line_count
        phone.hangup(call_key)  # the proxy is still dead: the BYE goes straight to the peer
        pump_until(phone, event_log.reached(call_key, CallState.DISCONNECTED), 5)
        assert event_log.last_state(call_key).sip_code == 200
        peer.wait_for_line(r"^STATE disconnected 200$", 5, lines_before_bye)

        kamailio.start()  # the same port; it forgot every registration
        back = kamailio.line_count
        started = time.monotonic()
        pump_until(phone, lambda: kamailio.count(r"REGISTERED user=agent expires=10", back) > 0, COMES_BACK_WITHIN_S)
        kamailio.wait_for_line(rf"REGISTERED user={PEER} expires=10", COMES_BACK_WITHIN_S, back)
        print(f"both phones registered again {time.monotonic() - started:.1f} s after kamailio came back")

        second = phone.make_call(PEER)  # proves the new kamailio knows the peer again
        pump_until(phone, event_log.reached(second, CallState.CONFIRMED))
        phone.hangup(second)
        pump_until(phone, event_log.reached(second, CallState.DISCONNECTED))
        assert peer.stop() == 0


def test_tls_account_creates_a_tls_transport(phones: list[Pjsua2Phone], event_log: EventLog) -> None:
    """Only that TLS is there (transport made, REGISTER tried); nothing listens, so it fails as unreachable."""
    phone = make_phone(phones, event_log, f"sip:127.0.0.1:{free_udp_and_tcp_port()}", transport="tls")
    phone.start()
    pump_until(phone, state_is(phone, "failed"), 15)
    failed = phone.registration_state("office")
    assert failed is not None
    assert (failed.plain_reason, failed.retry_in_s is not None) == (UNREACHABLE, True)
    assert [e.state for e in registrations(event_log)][:2] == ["registering", "failed"]
