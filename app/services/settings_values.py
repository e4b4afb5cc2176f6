"""What the Settings dialog edits and how its fields are checked: no keyring, no database driver, so widgets
may import it (the import contracts keep keyring and SQLAlchemy out of app.ui). The store is settings_store.py.

Language and sound devices apply at once (the devices are saved too, and chosen again at every start);
SIP accounts, the database and the recording policy at the next start.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from app.config import SipAccountSettings
from app.secrets_policy import url_secret
from app.telephony.accounts import AccountSettingsError, TelephonyAccount

APPLY_AT_ONCE = ("language", "audio_devices", "audio_ringer")
APPLY_AT_NEXT_START = ("sip_accounts", "database_url", "recording_policy")
DATABASE_BACKENDS = ("sqlite", "postgresql", "postgres")
_CHECK_REGISTRAR = "sip:registrar.invalid"
_URL_PASSWORD = re.compile(r"//[^/:@]*:[^@/]+@")  # the rule app.config applies to database.url
_URL_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*):(?P<slashes>//)?")


class SettingsSaveError(Exception):
    """Nothing was saved; the message names the setting and what to change."""

    @property
    def user_message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class EditableSettings:
    """The part of calldesk.toml the Settings dialog edits, as the file says it (no flag or environment)."""

    language: str  # "zh_CN" | "en"
    recording_policy: str  # "always" | "on_demand"
    database_url: str  # "" = the default SQLite file in the data folder
    sip_accounts: tuple[SipAccountSettings, ...]
    audio_devices: tuple[str, str] = ("", "")  # [audio] (capture, playback); "" = the system default
    audio_ringer: str = ""  # [audio] ringer; "" = the speaker
    audio_echo_cancellation: str = "auto"  # [audio] echo_cancellation: "auto" | "on" | "off"


@dataclass(frozen=True)
class SaveResult:
    language_changed: bool
    restart_needed: tuple[str, ...]  # the names from APPLY_AT_NEXT_START that changed


class SettingsStorage(Protocol):
    """What the dialog needs from app.services.settings_store.SettingsStore."""

    def load(self) -> EditableSettings: ...

    def password_stored(self, account: str) -> bool: ...

    def save(self, edited: EditableSettings, passwords: Mapping[str, str] | None = None,
             renamed: Mapping[str, str] | None = None) -> SaveResult: ...


def database_url_problem(url: str) -> str | None:
    """None when ``url`` may be saved ("" = the default; a plain path = a SQLite file); else "password",
    "not_a_url" or "unsupported". The store parses the URL fully before it saves."""
    text = url.strip()
    if not text:
        return None
    if _URL_PASSWORD.search(text) or url_secret(text) is not None:  # also ?password= / ?sslpassword= (parsed)
        return "password"
    match = _URL_SCHEME.match(text)
    if match is None or (len(match["scheme"]) == 1 and "://" not in text):  # a path, or C:\ on Windows
        return None
    if not match["slashes"]:
        return "not_a_url"
    return None if match["scheme"].lower().split("+")[0] in DATABASE_BACKENDS else "unsupported"


def sip_account_problems(account: SipAccountSettings, other_names: Collection[str] = ()) -> frozenset[str]:
    """The fields of ``account`` the phone would refuse, by SipAccountSettings field name: the rules of
    app.telephony.accounts.TelephonyAccount, plus a unique, non-empty name."""
    problems: set[str] = set()
    if not account.name.strip() or account.name in other_names:
        problems.add("name")
    if not account.user.strip():
        problems.add("user")
    probes: dict[str, dict[str, Any]] = {
        "registrar": {"registrar": account.registrar or _CHECK_REGISTRAR},
        "outbound_proxy": {"outbound_proxy": account.outbound_proxy},
        "codec_order": {"codec_order": account.codec_order},
        "local_port": {"local_port": account.local_port},
        "transport": {"transport": account.transport},
    }
    for field_name, values in probes.items():
        try:
            TelephonyAccount(**{"name": "check", "user": "check", "registrar": _CHECK_REGISTRAR, **values})
        except AccountSettingsError:
            problems.add(field_name)
    return frozenset(problems)


def telephony_account(account: SipAccountSettings) -> TelephonyAccount | None:
    """The account as the phone builds it (raises AccountSettingsError); None without a registrar."""
    if not account.registrar:
        return None  # no registration: direct calls only; the phone never builds a TelephonyAccount from it
    return TelephonyAccount(
        name=account.name, user=account.user, registrar=account.registrar, display_name=account.display_name,
        auth_user=account.auth_user, realm=account.realm, transport=account.transport,
        outbound_proxy=account.outbound_proxy, codec_order=account.codec_order, dial_prefix=account.dial_prefix,
        local_port=account.local_port, keepalive_s=account.keepalive_s,
    )
