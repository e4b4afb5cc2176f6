"""Registration results in plain words, the retry backoff, and the account settings the phone takes (no SIP)."""

import itertools
from pathlib import Path

import pytest

from app.config import ConfigError, load_settings
from app.telephony.accounts import AccountSettingsError, TelephonyAccount, default_bind_address
from app.telephony.registration_reasons import (
    NO_PASSWORD,
    UNKNOWN_USER,
    UNREACHABLE,
    WRONG_CREDENTIALS,
    RetryBackoff,
    is_worth_retrying,
    plain_reason,
)


@pytest.mark.parametrize(
    ("code", "reason", "plain"),
    [
        (401, "Unauthorized", WRONG_CREDENTIALS),
        (403, "Forbidden", WRONG_CREDENTIALS),
        (407, "Proxy Authentication Required", WRONG_CREDENTIALS),
        (404, "Not Found", UNKNOWN_USER),
        (408, "Request Timeout", UNREACHABLE),
        (503, "Connection refused", UNREACHABLE),
        (503, "Service Unavailable", UNREACHABLE),
        (502, "Bad Gateway", UNREACHABLE),
        (0, "No route to host", UNREACHABLE),
        (171060, "Operation timed out (PJ_ETIMEDOUT)", UNREACHABLE),
        (423, "Interval Too Brief", "Interval Too Brief"),
        (480, "Temporarily Unavailable", "Temporarily Unavailable"),
        (500, "", "SIP error 500"),
        (200, "OK", "registered"),
    ],
)
def test_plain_reason(code: int, reason: str, plain: str) -> None:
    assert plain_reason(code, reason) == plain


def test_a_challenge_without_a_stored_password_says_so() -> None:
    assert plain_reason(401, "Unauthorized", password_stored=False) == NO_PASSWORD
    assert plain_reason(408, "Request Timeout", password_stored=False) == UNREACHABLE


@pytest.mark.parametrize(("code", "retry"), [(401, False), (403, False), (404, False), (407, False),
                                             (408, True), (503, True), (500, True), (0, True), (423, True)])
def test_who_we_are_being_refused_is_not_retried(code: int, retry: bool) -> None:
    assert is_worth_retrying(code) is retry


def test_backoff_doubles_from_2_s_and_caps_at_30_s() -> None:
    backoff = RetryBackoff(random_fraction=lambda: 0.0)  # no jitter
    assert [backoff.next_delay() for _ in range(7)] == [2, 4, 8, 16, 30, 30, 30]
    backoff.reset()
    assert backoff.next_delay() == 2


def test_backoff_jitter_only_shortens_and_never_passes_the_cap() -> None:
    fractions = itertools.cycle([0.0, 0.5, 0.999])
    backoff = RetryBackoff(random_fraction=lambda: next(fractions))
    delays = [backoff.next_delay() for _ in range(12)]
    full = [2, 4, 8, 16, 30, 30, 30, 30, 30, 30, 30, 30]
    assert all(0.8 * f <= d <= f for d, f in zip(delays, full, strict=True))
    assert max(delays) <= 30


def test_backoff_survives_days_of_failures() -> None:
    backoff = RetryBackoff()
    for _ in range(10_000):
        assert backoff.next_delay() <= 30


def _account(**changes: object) -> TelephonyAccount:
    values: dict[str, object] = {"name": "office", "user": "1001", "registrar": "sip:pbx.example.com"}
    values.update(changes)
    return TelephonyAccount(**values)  # type: ignore[arg-type]  # keyword values that vary by test case


def test_account_uris_follow_transport_and_registrar() -> None:
    udp = _account(registrar="sip:10.0.0.5:5080")
    assert (udp.registrar_uri(), udp.sip_domain, udp.address_of_record) == (
        "sip:10.0.0.5:5080", "10.0.0.5:5080", "sip:1001@10.0.0.5:5080")
    tcp = _account(transport="tcp", outbound_proxy="sip:proxy.example.com")
    assert tcp.registrar_uri() == "sip:pbx.example.com;transport=tcp"
    assert tcp.proxy_uri() == "sip:proxy.example.com;transport=tcp;lr"
    assert _account(outbound_proxy="sip:proxy.example.com;lr").proxy_uri() == "sip:proxy.example.com;lr"
    assert _account(transport="tls").registrar_uri() == "sip:pbx.example.com;transport=tls"
    assert _account(auth_user="auth-1001").digest_user == "auth-1001"
    assert _account().digest_user == "1001"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"transport": "sctp"}, "transport must be one of"),
        ({"registrar": "pbx.example.com"}, "registrar must be a SIP URI"),
        ({"registrar": "sip:pbx example.com"}, "registrar must be a SIP URI"),
        ({"outbound_proxy": "proxy"}, "outbound_proxy must be a SIP URI"),
        ({"local_port": 70000}, "local_port must be 0-65535"),
        ({"registration_expiry_s": 5}, "10-3600"),
        ({"codec_order": ("PCMA", "G.729 a")}, "codec_order holds 'G.729 a'"),
        ({"user": ""}, "must not be empty"),
    ],
)
def test_bad_account_settings_say_what_to_write(changes: dict[str, object], words: str) -> None:
    with pytest.raises(AccountSettingsError, match=words) as raised:
        _account(**changes)
    assert "office" in str(raised.value)


def test_settings_never_hold_the_password() -> None:
    assert "password" not in {field for field in TelephonyAccount.__dataclass_fields__}


@pytest.mark.parametrize(("registrar", "bind"), [
    ("sip:127.0.0.1:5060", "127.0.0.1"), ("sip:localhost", "127.0.0.1"), ("sip:[::1]:5060", "127.0.0.1"),
    ("sip:10.0.0.5", ""), ("sip:pbx.example.com", ""),
])
def test_loopback_registrars_bind_loopback_only(registrar: str, bind: str) -> None:
    assert default_bind_address(registrar) == bind


def test_codec_order_is_read_from_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "calldesk.toml"
    config.write_text('[[sip_accounts]]\nname = "office"\nuser = "1001"\ncodec_order = ["PCMA", "G722"]\n', "utf-8")
    assert load_settings(config_file=config, environ={"LANG": "en_US.UTF-8"}).sip_accounts[0].codec_order == ("PCMA", "G722")
    config.write_text('[[sip_accounts]]\nname = "office"\nuser = "1001"\ncodec_order = "PCMA"\n', "utf-8")
    with pytest.raises(ConfigError, match=r"must be a list of codec names"):
        load_settings(config_file=config, environ={"LANG": "en_US.UTF-8"})
