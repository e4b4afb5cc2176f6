"""Caller number and display name from a remote URI, safe for the screen pop."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.telephony.caller_id import (
    MAX_CALLER_TEXT,
    caller_from_invite,
    from_header_value,
    parse_remote_party,
    sanitize_caller_text,
    sanitize_reason,
)


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


def test_tabs_and_newlines_become_spaces_other_controls_vanish() -> None:
    assert sanitize_caller_text("张\t三\r\n李\x00四\x1b[0m\u202e") == "张 三 李四[0m"


def test_reason_phrases_lose_surrogates_and_controls() -> None:
    assert sanitize_reason("\udcff\udcfeBusy\x1b[31m here\x7f") == "Busy[31m here"
    assert len(sanitize_reason("x" * 1000)) == 128


INVITE_HEAD = "INVITE sip:agent@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5062;branch=z9hG4bK1\r\n"


@pytest.mark.parametrize(("headers", "expected"), [
    ('From: "Zhang" <sip:138@h>;tag=1\r\n', '"Zhang" <sip:138@h>;tag=1'),
    ("f:<sip:138@h>;tag=1\r\n", "<sip:138@h>;tag=1"),
    ("FROM :  <sip:138@h>\r\n", "<sip:138@h>"),
    ('From: "Zhang\r\n Wei" <sip:138@h>\r\n', '"Zhang Wei" <sip:138@h>'),  # folded onto two lines
    ("To: <sip:agent@h>\r\nFrom-Ish: x\r\n", None),
    ("To: <sip:agent@h>\r\n\r\nFrom: <sip:body@h>\r\n", None),  # the body is not a header
])
def test_from_header_value(headers: str, expected: str | None) -> None:
    assert from_header_value(INVITE_HEAD + headers + "\r\n") == expected


def test_caller_from_invite_reads_a_from_too_long_for_pjsua_and_falls_back_to_the_remote_uri() -> None:
    long_from = '"' + "债务人" * 400 + '" <sip:13812345678@127.0.0.1>;tag=9'
    number, name = caller_from_invite(INVITE_HEAD + f"From: {long_from}\r\n\r\n", "<-error: uri too long->")
    assert number == "13812345678" and name == "债务人" * 21 + "债"
    assert caller_from_invite("", '"Li" <sip:139@h>') == ("139", "Li")


@pytest.mark.parametrize("value", [" " * 3900, " \t" * 1950, '"' + "\\ " * 1950, "<" * 3900, '"' + " " * 3900 + "<"])
def test_caller_parsing_is_linear_on_pathological_from_headers(value: str) -> None:
    """A lazy regex once backtracked for 20 s on 4 KB of spaces; the caller controls these bytes."""
    started = time.perf_counter()
    _number, name = caller_from_invite(INVITE_HEAD + f"From: {value}\r\n\r\n", "")
    assert time.perf_counter() - started < 0.1
    assert len(name) <= MAX_CALLER_TEXT


@given(st.text(max_size=2000))
def test_from_header_value_never_raises(text: str) -> None:
    value = from_header_value(text)
    assert value is None or "\n" not in value


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
