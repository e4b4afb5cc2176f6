"""The keep-alive's decisions, on a made-up clock (no SIP): when to probe, when the registrar counts as
unreachable, and which answers make the phone register again."""

import pytest

from app.telephony.accounts import AccountSettingsError, TelephonyAccount
from app.telephony.registrar_probe import RegistrarProbe


def registered_probe(now: float = 0.0) -> RegistrarProbe:
    probe = RegistrarProbe(interval_s=10)
    probe.registered(now)
    return probe


def test_probes_once_per_interval_after_registering() -> None:
    probe = registered_probe()
    assert not probe.due(9.9)
    assert probe.due(10.0)
    probe.sent(10.0)
    assert not probe.due(19.9)
    assert probe.due(20.0)


def test_the_first_probe_of_an_unregistered_start_waits_one_interval() -> None:
    probe = RegistrarProbe(interval_s=10)
    assert not probe.due(100.0)
    assert probe.due(110.0)


def test_same_answer_every_time_is_not_news() -> None:
    probe = registered_probe()
    for second in (10.0, 20.0, 30.0):
        probe.sent(second)
        assert probe.answered(200) is False
        assert not probe.became_unreachable(second + 6)


def test_a_pbx_that_always_answers_404_never_causes_a_register_storm() -> None:
    probe = registered_probe()
    for second in (10.0, 20.0, 30.0):
        probe.sent(second)
        assert probe.answered(404) is False


def test_a_changed_answer_means_the_registrar_forgot_us() -> None:
    probe = registered_probe()
    probe.sent(10.0)
    assert probe.answered(200) is False
    probe.sent(20.0)
    assert probe.answered(404) is True  # register again
    probe.registered(20.5)
    probe.sent(30.5)
    assert probe.answered(200) is False  # the new first answer


def test_silence_for_the_answer_wait_is_unreachable_once_then_any_answer_brings_it_back() -> None:
    probe = registered_probe()
    probe.sent(10.0)
    assert probe.answered(200) is False
    probe.sent(20.0)
    assert not probe.became_unreachable(24.9)
    assert probe.became_unreachable(25.0)
    assert not probe.became_unreachable(40.0)  # said once
    assert probe.unreachable
    probe.sent(30.0)  # still probing while silent
    assert probe.answered(200) is True  # back: register again, even with the same code
    assert not probe.unreachable


def test_silence_counts_from_the_oldest_unanswered_probe() -> None:
    probe = registered_probe()
    probe.sent(10.0)
    probe.sent(12.0)
    assert probe.became_unreachable(15.0)


@pytest.mark.parametrize("seconds", [1, 301, -1])
def test_keepalive_setting_is_checked(seconds: int) -> None:
    with pytest.raises(AccountSettingsError, match="keepalive must be 0 .off. or 2-300 s"):
        TelephonyAccount(name="office", user="agent", registrar="sip:10.0.0.5", keepalive_s=seconds)


def test_keepalive_is_on_by_default_and_can_be_off() -> None:
    assert TelephonyAccount(name="office", user="agent", registrar="sip:10.0.0.5").keepalive_s == 10
    assert TelephonyAccount(name="office", user="agent", registrar="sip:10.0.0.5", keepalive_s=0).keepalive_s == 0
