"""Reads and writes the settings the agent may change in the Settings dialog, in the user's calldesk.toml.

The file is edited with tomlkit so the user's comments, order and layout survive; only the keys that changed
are touched. Before anything is written the new text is read back through app.config (and the SIP rules of
app.telephony.accounts), so a saved file always loads; the file is then replaced atomically. SIP passwords go
only to the keyring (CredentialStore), never into the file or a log line.

Language and sound devices apply at once (the devices are saved too, and chosen again at every start);
SIP accounts, the database and the recording policy at the next start.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import fields
from pathlib import Path

import tomlkit
from tomlkit.items import AoT, Table

from app.config import ConfigError, SipAccountSettings, settings_from_text
from app.db.engine import DatabaseUnavailable, parse_database_url
from app.output_paths import replace_file
from app.services.credentials import CredentialError, CredentialStore
from app.services.settings_values import (
    APPLY_AT_NEXT_START,
    APPLY_AT_ONCE,
    EditableSettings,
    SaveResult,
    SettingsSaveError,
    database_url_problem,
    telephony_account,
)
from app.telephony.accounts import AccountSettingsError

__all__ = ["APPLY_AT_NEXT_START", "APPLY_AT_ONCE", "EditableSettings", "SaveResult", "SettingsSaveError",
           "SettingsStore"]

log = logging.getLogger(__name__)

_DEFAULT_ACCOUNT = SipAccountSettings(name="", user="")
_AUDIO_KEYS = ("capture", "playback")  # EditableSettings.audio_devices, in this order
_DATABASE_PROBLEMS = {  # database_url_problem's answers, for the store's own message
    "password": "leave the password out of the URL; PostgreSQL reads it from ~/.pgpass.",
    "not_a_url": "write a URL such as sqlite:////home/me/calldesk.db or postgresql+psycopg://calldesk@dbhost/calldesk.",
    "unsupported": "CallDesk works with SQLite and PostgreSQL only.",
}


class SettingsStore:
    def __init__(self, config_file: Path, credentials: CredentialStore, *, data_dir: Path | None = None,
                 environ: Mapping[str, str] = os.environ) -> None:
        self._file = config_file
        self._credentials = credentials
        self._data_dir = data_dir
        self._environ = environ
        self._baseline: EditableSettings | None = None

    @property
    def config_file(self) -> Path:
        return self._file

    def load(self) -> EditableSettings:
        """The file's settings (raises ConfigError for a file that does not load); later saves change only
        what differs from this, so edits made meanwhile in a text editor are kept."""
        self._baseline = self._editable(self._read_text())
        return self._baseline

    def password_stored(self, account: str) -> bool:
        try:
            return self._credentials.sip_password(account) is not None
        except CredentialError:
            return False

    def save(self, edited: EditableSettings, passwords: Mapping[str, str] | None = None,
             renamed: Mapping[str, str] | None = None) -> SaveResult:
        """Write ``edited``; ``passwords`` (account name -> new password) go to the keyring, ``renamed`` maps a new
        account name to its old one so its stored password follows. Raises SettingsSaveError, writing nothing."""
        passwords = {name: secret for name, secret in (passwords or {}).items() if secret}
        renamed = dict(renamed or {})
        text = self._read_text()
        baseline = self._baseline or self._editable(text)
        document = tomlkit.parse(text)
        _apply(document, baseline, edited, renamed)
        new_text = tomlkit.dumps(document)
        self._check(new_text, edited, passwords)
        self._store_passwords(edited, passwords, renamed)
        if new_text != text:
            self._write_atomically(new_text)
        kept = {account.name for account in edited.sip_accounts}
        old_names = {renamed.get(name, name) for name in kept}
        for gone in ({account.name for account in baseline.sip_accounts} - old_names) | (set(renamed.values()) - kept):
            with suppress(CredentialError):
                self._credentials.delete_sip_password(gone)
        self._baseline = edited
        restart = tuple(name for name in APPLY_AT_NEXT_START if getattr(edited, name) != getattr(baseline, name))
        if passwords and "sip_accounts" not in restart:
            restart = ("sip_accounts", *restart)
        log.info("settings saved to %s (restart needed for: %s)", self._file, ", ".join(restart) or "nothing")
        return SaveResult(language_changed=edited.language != baseline.language, restart_needed=restart)

    # -- steps ------------------------------------------------------------------------------------------------

    def _read_text(self) -> str:
        try:
            return self._file.read_text(encoding="utf-8") if self._file.is_file() else ""
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"Cannot read config file {self._file}: {error}") from error

    def _editable(self, text: str) -> EditableSettings:
        settings = settings_from_text(text, self._file, data_dir=self._data_dir, environ=self._environ)
        database = tomllib.loads(text).get("database", {})
        return EditableSettings(
            language=settings.language,
            recording_policy=settings.recording_policy,
            database_url=str(database.get("url", "")),
            sip_accounts=settings.sip_accounts,
            audio_devices=(settings.audio_capture, settings.audio_playback),
            audio_ringer=settings.audio_ringer,
            audio_echo_cancellation=settings.audio_echo_cancellation,
        )

    def _check(self, new_text: str, edited: EditableSettings, passwords: Mapping[str, str]) -> None:
        unknown = sorted(set(passwords) - {account.name for account in edited.sip_accounts})
        if unknown:
            raise SettingsSaveError(f"A password was given for an unknown SIP account: {', '.join(unknown)}.")
        problem = database_url_problem(edited.database_url)
        if problem is not None:
            raise SettingsSaveError(f"database.url: {_DATABASE_PROBLEMS[problem]}")
        if edited.database_url.strip():
            try:
                parse_database_url(edited.database_url)
            except DatabaseUnavailable as error:
                raise SettingsSaveError(f"database.url: {error.user_message}") from error
        try:
            settings_from_text(new_text, self._file, data_dir=self._data_dir, environ=self._environ)
        except ConfigError as error:
            raise SettingsSaveError(str(error)) from error
        for index, account in enumerate(edited.sip_accounts):
            try:
                telephony_account(account)
            except AccountSettingsError as error:
                raise SettingsSaveError(f"sip_accounts[{index}]: {error}") from error

    def _store_passwords(self, edited: EditableSettings, passwords: Mapping[str, str],
                         renamed: Mapping[str, str]) -> None:
        try:
            for account in edited.sip_accounts:
                old_name = renamed.get(account.name, account.name)
                if account.name in passwords:
                    self._credentials.set_sip_password(account.name, passwords[account.name])
                elif old_name != account.name and (secret := self._credentials.sip_password(old_name)):
                    self._credentials.set_sip_password(account.name, secret)
        except CredentialError as error:
            raise SettingsSaveError(str(error)) from error

    def _write_atomically(self, text: str) -> None:
        """The old file or the new one, never half of it (app.output_paths.replace_file: a temporary file in the
        same folder, on disk, renamed; a link followed, its mode kept; a folder, device or FIFO refused)."""
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            replace_file(self._file, lambda out: out.write(text), encoding="utf-8")
        except OSError as error:
            raise SettingsSaveError(f"Cannot write {self._file}: {error.strerror or error}.") from error

# -- the TOML document ------------------------------------------------------------------------------------


def _apply(document: tomlkit.TOMLDocument, baseline: EditableSettings, edited: EditableSettings,
           renamed: Mapping[str, str]) -> None:
    """Change in ``document`` only what differs between ``baseline`` and ``edited``."""
    if edited.language != baseline.language:
        _table(document, "general")["language"] = edited.language
    if edited.recording_policy != baseline.recording_policy:
        _table(document, "recording")["policy"] = edited.recording_policy
    if edited.database_url != baseline.database_url:
        _set_or_remove(document, "database", "url", edited.database_url.strip())
    if edited.sip_accounts != baseline.sip_accounts:
        _apply_accounts(document, baseline, edited, renamed)
    for key, old, new in zip(_AUDIO_KEYS, baseline.audio_devices, edited.audio_devices, strict=True):
        if old != new:
            _set_or_remove(document, "audio", key, new.strip())
    if edited.audio_ringer != baseline.audio_ringer:
        _set_or_remove(document, "audio", "ringer", edited.audio_ringer.strip())
    if edited.audio_echo_cancellation != baseline.audio_echo_cancellation:  # "auto" is the default: no key
        mode = edited.audio_echo_cancellation
        _set_or_remove(document, "audio", "echo_cancellation", "" if mode == "auto" else mode)


def _apply_accounts(document: tomlkit.TOMLDocument, baseline: EditableSettings, edited: EditableSettings,
                    renamed: Mapping[str, str]) -> None:
    tables: AoT = document["sip_accounts"] if isinstance(document.get("sip_accounts"), AoT) else tomlkit.aot()
    by_name = {str(table.get("name", "")): table for table in tables}
    before = {account.name: account for account in baseline.sip_accounts}
    wanted: list[Table] = []
    for account in edited.sip_accounts:
        old_name = renamed.get(account.name, account.name)
        table = by_name.get(old_name)
        if table is None:
            table = tomlkit.table()
            _write_account(table, _DEFAULT_ACCOUNT, account)
            table.add(tomlkit.nl())
        else:
            _write_account(table, before.get(old_name, _DEFAULT_ACCOUNT), account)
        wanted.append(table)
    current = list(tables)
    for index in reversed(range(len(current))):
        if all(table is not current[index] for table in wanted):
            del tables[index]
    kept = list(tables)
    if all(a is b for a, b in zip(kept, wanted, strict=False)):
        for table in wanted[len(kept):]:
            tables.append(table)
    else:  # reordered: a new array of the same tables (their comments go with them)
        tables = tomlkit.aot()
        for table in wanted:
            tables.append(table)
    if not wanted:
        if "sip_accounts" in document:
            del document["sip_accounts"]
    elif document.get("sip_accounts") is not tables:
        document["sip_accounts"] = tables


def _write_account(table: Table, before: SipAccountSettings, after: SipAccountSettings) -> None:
    for item in fields(SipAccountSettings):
        key = item.name
        old, new = getattr(before, key), getattr(after, key)
        if old == new:
            continue
        value = list(new) if isinstance(new, tuple) else new
        if value is None or value == [] or (value == getattr(_DEFAULT_ACCOUNT, key) and key not in table):
            if key in table:
                del table[key]
        else:
            table[key] = value


def _set_or_remove(document: tomlkit.TOMLDocument, table: str, key: str, value: str) -> None:
    """``value`` under [table], or no key at all for "" (the default); the table is made when first needed."""
    if value:
        _table(document, table)[key] = value
    elif isinstance(document.get(table), Table) and key in document[table]:
        del document[table][key]


def _table(document: tomlkit.TOMLDocument, name: str) -> Table:
    existing = document.get(name)
    if isinstance(existing, Table):
        return existing
    table = tomlkit.table()
    document[name] = table
    return table

