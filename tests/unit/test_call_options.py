"""Call options (the [calls] table) and DTMF key checks: bad input is refused with a message that says what to write."""

import pytest

from app.telephony.call_options import CallOptions, DtmfPreference, InvalidCallOptions, InvalidDtmf, check_dtmf_digits


def test_defaults_offer_session_timers_and_pick_the_dtmf_method_per_call() -> None:
    options = CallOptions()
    assert not options.auto_answer and options.session_timer and options.session_expires_s == 1800
    assert options.dtmf_method is DtmfPreference.AUTO


def test_from_mapping_reads_the_calls_table() -> None:
    options = CallOptions.from_mapping({"auto_answer": True, "auto_answer_delay_ms": 1500, "dtmf_method": "sip_info"})
    assert options == CallOptions(auto_answer=True, auto_answer_delay_ms=1500, dtmf_method=DtmfPreference.SIP_INFO)


@pytest.mark.parametrize(("values", "message"), [
    ({"auto_answer": "yes"}, "calls.auto_answer is 'yes': write true or false"),
    ({"auto_answer_delay_ms": -1}, "auto_answer_delay_ms is -1: write a whole number from 0 to 60000"),
    ({"session_expires_s": 30}, "session_expires_s is 30: write a whole number from 90 to 86400"),
    ({"session_expires_s": 1800.5}, "session_expires_s is 1800.5"),
    ({"dtmf_method": "inband"}, 'dtmf_method is "inband": use one of "auto", "rfc2833", "sip_info"'),
    ({"auto_anwser": True}, "Unknown key(s) in [calls]: auto_anwser. Known keys: auto_answer"),
])
def test_bad_values_say_what_to_write(values: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidCallOptions) as raised:
        CallOptions.from_mapping(values)
    assert message in str(raised.value)


def test_dtmf_keys_are_upper_cased() -> None:
    assert check_dtmf_digits(" 12ab*# ") == "12AB*#"


@pytest.mark.parametrize("keys", ["", "1,2", "12x", "E", "６", "1" * 65])
def test_other_dtmf_keys_are_refused_without_echoing_them(keys: str) -> None:
    with pytest.raises(InvalidDtmf) as raised:
        check_dtmf_digits(keys)
    assert "0-9, *, # and A-D" in str(raised.value)
    assert keys not in str(raised.value) or keys == ""


def test_a_huge_value_is_cut_in_the_message() -> None:
    with pytest.raises(InvalidCallOptions) as raised:
        CallOptions.from_mapping({"auto_answer": "x" * 1_000_000})
    assert len(str(raised.value)) < 300 and "(1,000,002 characters)" in str(raised.value)
