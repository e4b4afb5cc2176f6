"""normalize_dial_target: numbers and SIP URIs in, one SIP URI or an InvalidDialTarget with advice out."""

import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.telephony.dial_target import MAX_URI_LENGTH, normalize_dial_target
from app.telephony.port import InvalidDialTarget


@pytest.mark.parametrize(("typed", "uri"), [
    ("13812345678", "sip:13812345678@127.0.0.1"),
    ("138 1234 5678", "sip:13812345678@127.0.0.1"),
    ("138-1234-5678", "sip:13812345678@127.0.0.1"),
    ("+86 138 1234 5678", "sip:13812345678@127.0.0.1"),
    ("+8613812345678", "sip:13812345678@127.0.0.1"),
    ("008613812345678", "sip:13812345678@127.0.0.1"),
    ("010-12345678", "sip:01012345678@127.0.0.1"),
    ("(010) 1234 5678", "sip:01012345678@127.0.0.1"),
    ("0755 1234 5678", "sip:075512345678@127.0.0.1"),
    ("+86 755 1234 5678", "sip:075512345678@127.0.0.1"),
    ("１３８１２３４５６７８", "sip:13812345678@127.0.0.1"),  # full-width digits from a Chinese IME
    ("\u00a013812345678\u3000", "sip:13812345678@127.0.0.1"),  # no-break and ideographic spaces
    ("+1 650 253 0000", "sip:0016502530000@127.0.0.1"),  # abroad: 00 + country code
    ("sip:debtor@127.0.0.1:5070", "sip:debtor@127.0.0.1:5070"),
    ("SIP:debtor@127.0.0.1", "sip:debtor@127.0.0.1"),
    ("  sip:debtor@127.0.0.1:5070  ", "sip:debtor@127.0.0.1:5070"),
    ("sip:13812345678@pbx.example.com;user=phone", "sip:13812345678@pbx.example.com;user=phone"),
    ("sip:agent.2@[::1]:5060;transport=udp", "sip:agent.2@[::1]:5060;transport=udp"),
    ("sip:%E5%BC%A0@localhost", "sip:%E5%BC%A0@localhost"),
    ("sip:+8613812345678@10.0.0.1:65535", "sip:+8613812345678@10.0.0.1:65535"),
    ("sip:a@b;lr", "sip:a@b;lr"),
])
def test_valid_targets(typed: str, uri: str) -> None:
    assert normalize_dial_target(typed) == uri


def test_dial_prefix_and_domain_apply_to_numbers_only() -> None:
    assert (normalize_dial_target("13812345678", dial_prefix="9", default_domain="pbx.local:5080")
            == "sip:913812345678@pbx.local:5080")
    assert normalize_dial_target("sip:x@127.0.0.1", dial_prefix="9", default_domain="pbx.local") == "sip:x@127.0.0.1"


@pytest.mark.parametrize(("typed", "advice"), [
    ("", "Nothing to dial"),
    ("   ", "Nothing to dial"),
    ("12345", "not a valid number"),
    ("1381234567", "11 digits"),
    ("138123456789", "not a valid number"),
    ("hello", "not a phone number"),
    ("138\u200b12345678", "U+200B"),  # zero-width space pasted from a web page
    ("13812345678\x00", "U+0000"),
    ("\u202e87654321831", "U+202E"),  # right-to-left override
    ("138\n12345678", "U+000A"),
    ("010-12345678 ext. 123", "extension"),
    ("debtor@127.0.0.1", "Type it as sip:debtor@127.0.0.1"),
    ("sips:debtor@127.0.0.1", "'sips:' addresses cannot be dialled"),
    ("tel:+8613812345678", "'tel:' addresses"),
    ("http://example.com", "'http:' addresses"),
    ("sip:", "no user part"),
    ("sip:debtor", "no user part"),
    ("sip:@127.0.0.1", "nothing before '@'"),
    ("sip:deb tor@127.0.0.1", "cannot contain spaces"),
    ("sip:debtor@127.0.0.1 :5060", "cannot contain spaces"),
    ("sip:deb<tor@127.0.0.1", "user part"),
    ("sip:deb\"tor@127.0.0.1", "user part"),
    ("sip:deb%zztor@127.0.0.1", "user part"),
    ("sip:" + "u" * 65 + "@127.0.0.1", "too long"),
    ("sip:debtor@", "host in the SIP address is empty"),
    ("sip:debtor@:5060", "host in the SIP address is empty"),
    ("sip:debtor@256.0.0.1", "not a valid IPv4"),
    ("sip:debtor@1.2.3", "not a valid IPv4"),
    ("sip:debtor@01.2.3.4", "not a valid IPv4"),
    ("sip:debtor@exa_mple.com", "not a valid host name"),
    ("sip:debtor@-example.com", "not a valid host name"),
    ("sip:debtor@example..com", "not a valid host name"),
    ("sip:debtor@example.123", "not a valid host name"),
    ("sip:debtor@" + "a" * 64 + ".com", "not a valid host name"),
    ("sip:debtor@::1", "must be written in brackets"),
    ("sip:debtor@[::1", "missing its closing ']'"),
    ("sip:debtor@[::g]", "not a valid IPv6"),
    ("sip:debtor@[fe80::1%eth0]", "zone ids"),
    ("sip:debtor@[::1]5060", "Only ':PORT'"),
    ("sip:debtor@127.0.0.1:0", "from 1 to 65535"),
    ("sip:debtor@127.0.0.1:65536", "from 1 to 65535"),
    ("sip:debtor@127.0.0.1:-1", "from 1 to 65535"),
    ("sip:debtor@127.0.0.1:", "from 1 to 65535"),
    ("sip:debtor@127.0.0.1:50x", "from 1 to 65535"),
    ("sip:debtor@127.0.0.1:٥٠٦٠", "from 1 to 65535"),  # Arabic-Indic digits
    ("sip:debtor@127.0.0.1:5060?Subject=hi", "'?headers' are not allowed"),
    ("sip:debtor@127.0.0.1;", "parameter"),
    ("sip:debtor@127.0.0.1;=udp", "parameter"),
    ("sip:debtor@127.0.0.1;transport=u\"dp", "parameter"),
    ("sip:debtor@127.0.0.1" + ";a" * 11, "too many"),
    ("sip:debtor@127.0.0.1:5060" + "x" * 300, "too long"),
])
def test_invalid_targets_say_what_is_wrong(typed: str, advice: str) -> None:
    with pytest.raises(InvalidDialTarget) as raised:
        normalize_dial_target(typed)
    assert advice in str(raised.value)


@pytest.mark.parametrize(("prefix", "domain"), [("9a", "127.0.0.1"), ("", "bad host"), ("", "127.0.0.1:0")])
def test_bad_settings_are_reported_as_invalid_targets(prefix: str, domain: str) -> None:
    with pytest.raises(InvalidDialTarget):
        normalize_dial_target("13812345678", dial_prefix=prefix, default_domain=domain)


def test_not_a_string_is_invalid() -> None:
    with pytest.raises(InvalidDialTarget):
        normalize_dial_target(None)  # type: ignore[arg-type]  # None on purpose: what a careless caller gets


def _check_result(uri: str) -> None:
    assert uri.startswith("sip:")
    assert len(uri) <= MAX_URI_LENGTH + 64
    assert all(ch.isprintable() and not ch.isspace() for ch in uri)


@settings(max_examples=600)
@given(st.text(max_size=300))
@example("sip:\x00@127.0.0.1")
@example("sip:a@[")
@example("sip:a@[]")
@example("sip:a@[]:")
@example("+")
@example("00")
@example("sip:a@1.1.1.1:99999999999999999999999")
def test_any_text_gives_a_uri_or_invalid_dial_target(text: str) -> None:
    try:
        uri = normalize_dial_target(text)
    except InvalidDialTarget as error:
        assert str(error)
    else:
        _check_result(uri)


_URI_CHARS = string.ascii_letters + string.digits + "@:;=[]%.+-_!~*'()&$,/?<>\"# "


@settings(max_examples=600)
@given(st.text(alphabet=_URI_CHARS, max_size=80))
def test_sip_like_text_gives_a_uri_or_invalid_dial_target(tail: str) -> None:
    try:
        uri = normalize_dial_target("sip:" + tail)
    except InvalidDialTarget:
        return
    _check_result(uri)
    assert " " not in uri and "<" not in uri and "?" not in uri


@given(
    user=st.text(alphabet=string.ascii_letters + string.digits + "-_.+", min_size=1, max_size=32),
    octets=st.tuples(*[st.integers(0, 255)] * 4),
    port=st.integers(1, 65535),
)
def test_well_formed_uris_pass_unchanged(user: str, octets: tuple[int, int, int, int], port: int) -> None:
    uri = f"sip:{user}@{'.'.join(map(str, octets))}:{port}"
    assert normalize_dial_target(uri) == uri


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_cn_mobiles_are_dialled_as_typed_or_rejected(number: str) -> None:
    try:
        uri = normalize_dial_target(number)
    except InvalidDialTarget:
        return  # a number range libphonenumber does not know
    assert uri == f"sip:{number}@127.0.0.1"
