"""Where CallDesk refuses secrets: config keys named like one, and any password in a database URL.

SIP passwords belong in the OS keyring (``calldesk account set-password NAME``), PostgreSQL's in ``~/.pgpass``.
A URL is parsed and shown with SQLAlchemy's own URL code (imported on first use, not at start), never by a
pattern of our own: a password holding '@' or ':' is found and hidden whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.safe_echo import cut

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# Found anywhere in a key ("sip_password", "dbPassword", "client_secret").
_SECRET_PARTS = ("password", "passwd", "passphrase", "secret", "apikey", "api_key", "privatekey", "private_key",
                 "auth_token", "access_token", "credential")
# Found as the whole key or its last word only ("pwd", "sip_pwd", "token"), not inside words such as "tokenizer".
_SECRET_WORDS = ("pwd", "pass", "token")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
HIDDEN = "***"


def looks_like_secret(name: str) -> bool:
    """Whether a config key or URL query parameter names a secret, case-insensitively."""
    low = name.lower().replace("-", "_")
    if any(part in low for part in _SECRET_PARTS):
        return True
    words = [word for word in _WORD_SPLIT.split(low) if word]
    return bool(words) and words[-1] in _SECRET_WORDS


def url_secret(url: str) -> str | None:
    """What in ``url`` is a password ("a password after the user name", "the query parameter 'sslpassword'"),
    or None. A plain file path has none; a URL that does not parse is left to the engine to refuse."""
    if url.startswith("sqlite:///") and "?" not in url:  # no user, no query: no secret (and no SQLAlchemy at start)
        return None
    parsed = _parse(url)
    if parsed is None:
        return None
    if parsed.password is not None:
        return "a password after the user name"
    secret_keys = [key for key in parsed.query if looks_like_secret(key)]
    if secret_keys:
        return f"the query parameter '{cut(secret_keys[0], 40)}'"
    return None


def redact_url(url: str) -> str:
    """The URL as it may be logged or shown: passwords and secret query parameters as '***'.

    A plain file path is shown as it is; a URL that cannot be parsed only by its scheme and length.
    """
    if "://" not in url:
        return url if _SCHEME.match(url) is None or _looks_like_windows_path(url) else unparsable_url(url)
    if url.startswith("sqlite:///") and "?" not in url:  # no user, no query: nothing to hide (and no import)
        return url
    parsed = _parse(url)
    if parsed is None:
        return unparsable_url(url)
    if parsed.password is not None and parsed.host and "@" in parsed.host:  # the password held '@' too
        parsed = parsed.set(host=parsed.host.rsplit("@", 1)[1])
    if any(looks_like_secret(key) for key in parsed.query):
        parsed = parsed.set(query={key: (HIDDEN if looks_like_secret(key) else value)
                                   for key, value in parsed.query.items()})
    return parsed.render_as_string(hide_password=True).replace("=%2A%2A%2A", f"={HIDDEN}")


def unparsable_url(url: str) -> str:
    """A URL that could not be parsed, shown without what may be a password: its scheme and its length."""
    match = _SCHEME.match(url.strip())
    scheme = cut(match.group(1), 30) if match else "?"
    return f"{scheme}://… ({len(url):,} characters)"


def _parse(url: str) -> URL | None:
    if "://" not in url:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url.strip())
    except (ArgumentError, ValueError):  # ValueError: e.g. 'postgresql://u@[::1', a port that is not a number
        return None


def _looks_like_windows_path(text: str) -> bool:
    return re.match(r"^[A-Za-z]:[\\/]", text) is not None
