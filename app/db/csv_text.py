"""Imported text is clean text: no control or bidi characters in any field, line breaks only in the address.

Refused wherever they appear (one problem per field, naming the character as U+XXXX): C0 controls (NUL, BEL,
ESC…), DEL, C1 controls, the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks
(U+200E, U+200F, U+061C), the line and paragraph separators and a byte-order mark inside the text. They hide
or rewrite what an agent reads on screen, in a log or a terminal. Spaces, tabs and line breaks around a value
are trimmed as before; inside a one-line field a tab or line break is refused too. In a multi-line field (the
address) a line break is kept, written as LF (CR LF and CR become LF).
"""

from __future__ import annotations

import re
import unicodedata

_REFUSED = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_REFUSED_KEEPING_LF = re.compile(_REFUSED.pattern.replace("\x00-\x1f", "\x00-\x09\x0b-\x1f"))
_EDGE_WHITESPACE = " \t\r\n"
_SHORT_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x09: "tab", 0x0A: "line feed", 0x0D: "carriage return",
                0x1B: "ESC", 0x7F: "DEL"}


def clean_text(value: str, *, multiline: bool = False) -> tuple[str | None, str]:
    """(problem or None, the value trimmed): the problem names the first refused character and where it is."""
    if _REFUSED.search(value) is None:  # nearly every value: one scan
        return None, value.strip()
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    trimmed = value.strip()
    inner = value.strip(_EDGE_WHITESPACE)
    found = (_REFUSED_KEEPING_LF if multiline else _REFUSED).search(inner)
    if found is None:
        return None, trimmed
    position = len(value) - len(value.lstrip(_EDGE_WHITESPACE)) + found.start() + 1
    return (f"has the control character {describe(found.group())} at character {position}; remove it "
            "(it hides or changes what the agent sees)"), trimmed


def describe(char: str) -> str:
    """'U+001B (ESC)', 'U+202E (RIGHT-TO-LEFT OVERRIDE)'."""
    code = ord(char)
    name = _SHORT_NAMES.get(code) or unicodedata.name(char, "")
    return f"U+{code:04X}" + (f" ({name})" if name else "")
