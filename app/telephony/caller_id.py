"""Caller number and display name from a SIP From/remote URI (and the far end's reason phrases), made safe to
show on screen and to store.

A caller controls these bytes, so control and format characters (including bidi overrides that can make
text read backwards) are removed and the length is capped before anything reaches the screen pop.

pjsua prints the remote party into a 256-byte buffer, so a From with a display name longer than about 200 bytes
comes back from ``CallInfo.remoteUri`` as ``<-error: uri too long->`` and the caller's number is lost.
``caller_from_invite`` therefore reads the From header of the INVITE itself and only falls back to the remote URI.
"""

import re
import unicodedata

MAX_CALLER_TEXT = 64
MAX_REASON_TEXT = 128

# Linear-time on purpose: the caller controls this text (a lazy token group before ``\s*<`` took 20 s on 4 KB of
# spaces). Anchored with match(); no two neighbouring parts can take the same characters.
_QUOTED_NAME_ADDR = re.compile(r'\s*"(?P<quoted>(?:[^"\\]|\\.)*)"\s*<(?P<uri>[^>]*)>')
_DROPPED_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_FROM_HEADER = re.compile(r"^(?:from|f)[ \t]*:(?P<value>.*)$", re.IGNORECASE)
_HEADER_END = re.compile(r"\r?\n\r?\n")


def sanitize_caller_text(text: str, limit: int = MAX_CALLER_TEXT) -> str:
    """Strip control/format characters, collapse whitespace (a tab separates words too), cap at ``limit``."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )
    return " ".join(kept.split())[:limit].rstrip()


def sanitize_reason(text: str) -> str:
    """A SIP reason phrase from the far end, safe to show and to store in the call log.

    Invalid UTF-8 arrives from pjsua2 as lone surrogates, which SQLite refuses to store; they go with the control
    characters."""
    return sanitize_caller_text(text, MAX_REASON_TEXT)


def parse_remote_party(remote_uri: str) -> tuple[str, str]:
    """Split ``"Name" <sip:user@host>`` into (number, display name), both sanitised.

    The number is the user part of the URI (what a PBX puts the calling number in); empty when there is none.
    """
    display, uri = _split_name_addr(remote_uri)
    return sanitize_caller_text(_user_part(uri)), sanitize_caller_text(display or "")


def _split_name_addr(text: str) -> tuple[str, str]:
    """(display name, URI) of ``"Name" <uri>`` or ``Name <uri>``; ("", text) when it is neither."""
    quoted = _QUOTED_NAME_ADDR.match(text)
    if quoted:
        return re.sub(r"\\(.)", r"\1", quoted.group("quoted")), quoted.group("uri")
    opening = text.find("<")
    closing = text.find(">", opening + 1) if opening >= 0 else -1
    if closing < 0 or '"' in text[:opening]:
        return "", text
    return text[:opening], text[opening + 1 : closing]


def caller_from_invite(invite: str, remote_uri: str) -> tuple[str, str]:
    """(number, display name) from the From header of the raw INVITE, else from pjsua's remote URI; sanitised."""
    from_value = from_header_value(invite)
    return parse_remote_party(from_value if from_value is not None else remote_uri)


def from_header_value(message: str) -> str | None:
    """The value of the From header (or its compact form ``f:``) of a raw SIP message; None when there is none.

    Only the header section is read; folded continuation lines are joined (RFC 3261 section 7.3.1).
    """
    head = _HEADER_END.split(message, maxsplit=1)[0]
    lines: list[str] = []
    for line in head.replace("\r\n", "\n").split("\n")[1:]:  # the first line is the request line
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    for line in lines:
        match = _FROM_HEADER.match(line)
        if match:
            return match.group("value").strip()
    return None


def _user_part(uri: str) -> str:
    scheme, colon, rest = uri.strip().partition(":")
    if not colon or scheme.lower() not in ("sip", "sips", "tel"):
        return ""
    if scheme.lower() == "tel":
        return rest.split(";", 1)[0]
    user, at, _host = rest.partition("@")
    return user.split(";", 1)[0] if at else ""
