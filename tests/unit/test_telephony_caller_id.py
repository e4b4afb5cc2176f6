"""Caller number and display name from a remote URI, safe for the screen pop."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.telephony.caller_id import MAX_CALLER_TEXT, parse_remote_party, sanitize_caller_text


@pytest.mark.parametrize(("remote_uri", "number", "name"), [
    ('"Zhang Wei" <sip:13812345678@127.0.0.1:5060>', "13812345678", "Zhang Wei"),
    ('"张伟" <sip:+8613812345678@pbx.example.com;user=phone>', "+8613812345678", "张伟"),
    ("Bob <sip:bob@example.com>", "bob", "Bob"),
    ("<sip:debtor@127.0.0.1>", "debtor", ""),
    ("sip:debtor@127.0.0.1:5070", "debtor", ""),
    ("sip:127.0.0.1", "", ""),
    ('"He said \\"hi\\"" <sip:a@b>', "a", 'He said "hi"'),
    ("<tel:+8613812345678;phone-context=x>", "+8613812345678", ""),
    ('"\x07Evil\x1b[31m Name\u202e" <sip:1\x00@h>', "1", "Evil[31m Name"),
    ("", "", ""),
    ("garbage", "", ""),
])
def test_parse_remote_party(remote_uri: str, number: str, name: str) -> None:
    assert parse_remote_party(remote_uri) == (number, name)


def test_long_display_names_are_capped() -> None:
    number, name = parse_remote_party('"' + "债" * 10_000 + '" <sip:' + "9" * 500 + "@h>")
    assert len(name) == MAX_CALLER_TEXT and len(number) == MAX_CALLER_TEXT


@given(st.text(max_size=500))
def test_sanitised_text_has_no_control_characters_and_is_capped(text: str) -> None:
    clean = sanitize_caller_text(text)
    assert len(clean) <= MAX_CALLER_TEXT
    assert clean == clean.strip()
    assert all(ch.isprintable() for ch in clean)


@given(st.text(max_size=300))
def test_parse_never_raises(text: str) -> None:
    number, name = parse_remote_party(text)
    assert len(number) <= MAX_CALLER_TEXT and len(name) <= MAX_CALLER_TEXT
