"""Caller number and display name from a SIP From/remote URI, made safe to show on screen.

A caller controls these bytes, so control and format characters (including bidi overrides that can make
text read backwards) are removed and the length is capped before anything reaches the screen pop.
"""

import re
import unicodedata

MAX_CALLER_TEXT = 64

_NAME_ADDR = re.compile(r'^\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<token>[^<"]*?))\s*<(?P<uri>[^>]*)>')
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def sanitize_caller_text(text: str, limit: int = MAX_CALLER_TEXT) -> str:
    """Strip control/format characters, collapse whitespace, cap at ``limit`` characters."""
    kept = "".join(
        " " if unicodedata.category(ch) == "Zs" else ch
        for ch in text
        if unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )
    return " ".join(kept.split())[:limit].rstrip()


def parse_remote_party(remote_uri: str) -> tuple[str, str]:
    """Split ``"Name" <sip:user@host>`` into (number, display name), both sanitised.

    The number is the user part of the URI (what a PBX puts the calling number in); empty when there is none.
    """
    match = _NAME_ADDR.match(remote_uri)
    if match:
        display = match.group("quoted")
        display = re.sub(r"\\(.)", r"\1", display) if display is not None else match.group("token")
        uri = match.group("uri")
    else:
        display, uri = "", remote_uri
    return sanitize_caller_text(_user_part(uri)), sanitize_caller_text(display or "")


def _user_part(uri: str) -> str:
    scheme, colon, rest = uri.strip().partition(":")
    if not colon or scheme.lower() not in ("sip", "sips", "tel"):
        return ""
    if scheme.lower() == "tel":
        return rest.split(";", 1)[0]
    user, at, _host = rest.partition("@")
    return user.split(";", 1)[0] if at else ""
