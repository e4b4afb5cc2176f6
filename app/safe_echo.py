"""What CallDesk echoes back of text it did not write: cut to a readable length, control characters escaped.

A config value, a key or a URL may be megabytes long, and text from the network or an imported file may hold
terminal escapes (ESC, BEL), NUL or bidi overrides that rewrite what a log viewer or a terminal shows. Messages
and log records show such text through these functions only.
"""

from __future__ import annotations

import re
import reprlib

ECHO_LIMIT = 80

# C0 and C1 controls and DEL; the bidi embeddings, overrides and isolates and the marks; the line and paragraph
# separators (a viewer may break the line there); lone surrogates (invalid UTF-8 read with surrogateescape,
# which a UTF-8 log file cannot store). A tab is kept: it cannot hide or forge anything.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                      "\ud800-\udfff]")
_CONTROL_KEEPING_NEWLINES = re.compile(_CONTROL.pattern.replace("\x0a", "\x0b"))
_NAMED = {"\n": "\\n", "\r": "\\r"}

_SHORT_REPR = reprlib.Repr()
_SHORT_REPR.maxlevel = 3
_SHORT_REPR.maxstring = ECHO_LIMIT
_SHORT_REPR.maxother = ECHO_LIMIT


def cut(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text`` itself when short; else its first ``limit`` characters, '…' and how long it was."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


def echo_value(value: object) -> str:
    """A short repr for an error message: strings cut, nested lists and tables shown only a few levels deep
    (a plain repr of a deeply nested value raises RecursionError)."""
    if isinstance(value, str):
        return escape_control_characters(cut(repr(value)), keep_newlines=False)
    return escape_control_characters(cut(_SHORT_REPR.repr(value)), keep_newlines=False)


def escape_control_characters(text: str, *, keep_newlines: bool = False) -> str:
    """Control and bidi characters written as escapes (``\\x1b``, ``\\u202e``, ``\\n``); linear time.

    ``keep_newlines`` keeps line feeds (a traceback's lines); a carriage return is escaped either way.
    A backslash is not doubled, so escaping twice gives the same text.
    """
    pattern = _CONTROL_KEEPING_NEWLINES if keep_newlines else _CONTROL
    if pattern.search(text) is None:
        return text
    return pattern.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
