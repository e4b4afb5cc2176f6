"""Where CallDesk keeps its files, and the typed settings read from ``calldesk.toml``.

Precedence for the database URL: ``--db`` flag > ``CALLDESK_DB`` > config file > SQLite in the data dir.
Passwords never live here: SIP passwords are in the OS keyring (``calldesk account set-password NAME``).
The documented example is ``resources/calldesk.example.toml``.
"""

from __future__ import annotations

import getpass
import locale
import logging
import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from app.private_files import make_private_dir
from app.safe_echo import cut, echo_value, escape_control_characters
from app.secrets_policy import looks_like_secret, url_secret
from app.secrets_policy import redact_url as redact_url  # re-exported: the window and the log show URLs with it

APP_NAME = "CallDesk"
CONFIG_FILE_NAME = "calldesk.toml"
WINDOW_STATE_FILE_NAME = "window.ini"
DATABASE_ENV_VAR = "CALLDESK_DB"

LANGUAGES = ("zh_CN", "en")
RULE_PACKS = ("cn", "us")
RECORDING_POLICIES = ("always", "on_demand")
SIP_TRANSPORTS = ("udp", "tcp", "tls")
ECHO_CANCELLATION_MODES = ("auto", "on", "off")  # app.telephony.echo_canceller.wanted
DIAL_FORMATS = ("national", "e164")  # [sip] dial_format; app.telephony.dial_target.DIAL_FORMATS
DEFAULT_DEMO_DEBTORS = 200
CALL_OPTION_KEYS = ("auto_answer", "auto_answer_delay_ms", "session_timer", "session_expires_s", "dtmf_method",
                    "ring_timeout_s")

MAX_CONFIG_BYTES = 1_000_000  # a settings file is a few KB; more is a mistake (or /dev/zero), not settings
UNKNOWN_KEYS_SHOWN = 10

log = logging.getLogger(__name__)


class ConfigError(Exception):
    """The configuration cannot be used; the message names the file and what to change."""

    @property
    def user_message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    recordings_dir: Path
    cache_dir: Path

    def create(self) -> None:
        """Create the folders every run writes to, owner-only (config is written by the user, cache made when used)."""
        for folder in (self.data_dir, self.log_dir, self.recordings_dir):
            try:
                make_private_dir(folder)
            except OSError as error:
                raise ConfigError(
                    f"CallDesk cannot create its folder {folder}: {error.strerror or error}. "
                    "Choose a writable place with --data-dir DIR."
                ) from error


@dataclass(frozen=True)
class SipAccountSettings:
    name: str
    user: str
    display_name: str = ""
    registrar: str | None = None
    auth_user: str | None = None
    realm: str = "*"
    transport: str = "udp"
    local_port: int = 0
    outbound_proxy: str | None = None
    dial_prefix: str = ""
    codec_order: tuple[str, ...] = ()  # e.g. ("PCMA", "PCMU"); one order for the whole phone (the first account's)
    keepalive_s: int = 10  # OPTIONS to the registrar every so many seconds (0 = none); see telephony.accounts


@dataclass(frozen=True)
class Settings:
    paths: Paths
    config_file: Path
    database_url: str
    language: str  # "zh_CN" | "en"
    rule_pack: str  # "cn" | "us"
    agent_login: str
    agent_name: str
    sip_accounts: tuple[SipAccountSettings, ...]
    demo_mode: bool
    demo_debtors: int
    recording_policy: str  # "always" | "on_demand"
    call_options: Mapping[str, Any] = field(default_factory=dict)  # the [calls] table, checked by telephony
    centre_name: Mapping[str, str] = field(default_factory=dict)  # language -> how agents name the centre
    centre_callback_number: str = ""  # the number debtors (and third parties) are asked to call back
    audio_capture: str = ""  # [audio] capture: microphone by the phone's device name; "" = the system default
    audio_playback: str = ""  # [audio] playback: speaker or headset; "" = the system default
    audio_ringer: str = ""  # [audio] ringer: where incoming calls ring (the PC speaker); "" = the speaker
    # [audio] echo_cancellation: "auto" (on for built-in speaker and microphone, off for headsets and unknown
    # names), "on" or "off": WebRTC echo cancellation and noise suppression of the microphone
    audio_echo_cancellation: str = "auto"
    # [sip] dial_format: how a phone number is sent to the PBX: "national" (13812345678, 01012345678) or
    # "e164" (+8613812345678); each account's dial_prefix goes in front of either
    dial_format: str = "national"

    def sip_account(self, name: str) -> SipAccountSettings | None:
        return next((account for account in self.sip_accounts if account.name == name), None)

    @property
    def window_state_file(self) -> Path:
        """``window.ini`` beside calldesk.toml (also one given with --config), so one folder holds an agent's
        settings; in the config folder when the config file's folder cannot be written (a shared, read-only
        /etc/calldesk/calldesk.toml, say)."""
        folder = self.config_file.parent
        if folder != self.paths.config_dir and not os.access(folder, os.W_OK):
            folder = self.paths.config_dir
        return folder / WINDOW_STATE_FILE_NAME


def default_paths(data_dir: Path | None = None) -> Paths:
    """Per-OS folders from platformdirs; ``data_dir`` moves data, logs and recordings under it."""
    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    if data_dir is None:
        data, logs = dirs.user_data_path, dirs.user_log_path
    else:
        data = data_dir.expanduser().resolve()
        logs = data / "logs"
    return Paths(
        data_dir=data,
        config_dir=dirs.user_config_path,
        log_dir=logs,
        recordings_dir=data / "recordings",
        cache_dir=dirs.user_cache_path,
    )


def load_settings(
    *,
    config_file: Path | None = None,
    database_url: str | None = None,
    data_dir: Path | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Settings:
    """Read the config file (missing = defaults) and apply flag and environment overrides."""
    paths = default_paths(data_dir)
    file = (config_file.expanduser().resolve() if config_file else paths.config_dir / CONFIG_FILE_NAME)
    if config_file is not None and not file.exists():
        raise ConfigError(f"Config file {file} does not exist.")
    reader = _ConfigReader(file)
    return reader.settings(paths, database_url=database_url, environ=environ)


def settings_from_text(
    text: str, file: Path, *, data_dir: Path | None = None, environ: Mapping[str, str] = os.environ
) -> Settings:
    """Settings from TOML ``text`` as though it were ``file`` (no overrides): the settings store checks a file
    this way before it replaces the real one, so a saved file always loads."""
    reader = _ConfigReader(file, text=text, read_file=False)
    return reader.settings(default_paths(data_dir), database_url=None, environ=environ)


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """'zh_CN' for a Chinese system locale (zh_CN, zh_TW, zh_HK...), else 'en'."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    name = (locale.getlocale()[0] or "").lower()
    return "zh_CN" if name.startswith(("zh", "chinese")) else "en"


def _default_agent_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name for this uid (e.g. in a bare container)
        return "agent"


@dataclass
class _ConfigReader:
    """Turns one TOML file into Settings, collecting unknown keys for a single warning."""

    file: Path
    data: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    unknown: list[str] = field(default_factory=list)
    read_file: bool = True

    def __post_init__(self) -> None:
        if self.read_file:  # else ``text`` was given (settings_from_text) and is checked as though it were the file's
            self.text = _read_config_text(self.file)
        if len(self.text) > MAX_CONFIG_BYTES:
            raise ConfigError(f"Config file {self.file} is too large ({len(self.text):,} characters; a config file "
                              f"is at most {MAX_CONFIG_BYTES:,}). Check that it is the right file.")
        try:
            self.data = tomllib.loads(self.text)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"Config file {self.file} is not valid TOML: {error}.") from error
        except RecursionError:  # tomllib parses nested arrays and inline tables recursively
            raise ConfigError(f"Config file {self.file} nests arrays or tables too deeply to be read. Write "
                              "settings as the documented [tables] of plain values.") from None
        self._refuse_secrets(self.data)

    def settings(self, paths: Paths, *, database_url: str | None, environ: Mapping[str, str]) -> Settings:
        general = self._table(self.data, "general", ("language", "rule_pack"))
        database = self._table(self.data, "database", ("url",))
        agent = self._table(self.data, "agent", ("login", "name"))
        recording = self._table(self.data, "recording", ("policy",))
        demo = self._table(self.data, "demo", ("enabled", "debtors"))
        calls = self._table(self.data, "calls", CALL_OPTION_KEYS)
        centre = self._table(self.data, "centre", ("name_en", "name_zh_CN", "callback_number"))
        audio = self._table(self.data, "audio", ("capture", "playback", "ringer", "echo_cancellation"))
        sip = self._table(self.data, "sip", ("dial_format",))
        accounts = self._sip_accounts()
        self._note_unknown(self.data, "", ("general", "database", "agent", "recording", "demo", "calls", "centre",
                                           "audio", "sip", "sip_accounts"))
        if self.unknown:
            shown = [echo_key(key) for key in self.unknown[:UNKNOWN_KEYS_SHOWN]]
            more = len(self.unknown) - len(shown)
            log.warning("Config file %s: unknown keys ignored: %s%s", self.file, ", ".join(shown),
                        f" and {more:,} more" if more > 0 else "")

        file_url = self._value(database, "database.url", str, None)
        _refuse_url_password(database_url, "The --db URL")
        _refuse_url_password(environ.get(DATABASE_ENV_VAR), f"The URL in {DATABASE_ENV_VAR}")
        _refuse_url_password(file_url, f"{self._where('url')}: database.url")
        url = database_url or environ.get(DATABASE_ENV_VAR) or file_url or _default_database_url(paths)
        login = self._value(agent, "agent.login", str, None) or _default_agent_login()
        has_registrar = any(account.registrar for account in accounts)
        debtors = self._value(demo, "demo.debtors", int, DEFAULT_DEMO_DEBTORS)
        if debtors < 0:
            raise ConfigError(f"{self._where('debtors')}: demo.debtors must be 0 or more, not {debtors}.")
        return Settings(
            paths=paths,
            config_file=self.file,
            database_url=url,
            language=self._choice(general, "general.language", LANGUAGES, system_language(environ)),
            rule_pack=self._choice(general, "general.rule_pack", RULE_PACKS, "cn"),
            agent_login=login,
            agent_name=self._value(agent, "agent.name", str, None) or login,
            sip_accounts=accounts,
            demo_mode=self._value(demo, "demo.enabled", bool, not has_registrar),
            demo_debtors=debtors,
            recording_policy=self._choice(recording, "recording.policy", RECORDING_POLICIES, "always"),
            call_options=self._call_options(calls),
            centre_name={language: name for language in LANGUAGES
                         if (name := self._value(centre, f"centre.name_{language}", str, None))},
            centre_callback_number=self._value(centre, "centre.callback_number", str, None) or "",
            audio_capture=self._value(audio, "audio.capture", str, "").strip(),
            audio_playback=self._value(audio, "audio.playback", str, "").strip(),
            audio_ringer=self._value(audio, "audio.ringer", str, "").strip(),
            audio_echo_cancellation=self._choice(audio, "audio.echo_cancellation", ECHO_CANCELLATION_MODES,
                                                 "auto"),
            dial_format=self._choice(sip, "sip.dial_format", DIAL_FORMATS, "national"),
        )

    def _call_options(self, calls: dict[str, Any]) -> dict[str, Any]:
        """The [calls] values for telephony to check; each must be one plain value, not a table or a list."""
        for key, value in calls.items():
            if isinstance(value, (dict, list)):
                raise ConfigError(f"{self._where(key)}: calls.{echo_key(key)} must be a single value, "
                                  f"not {echo_value(value)}.")
        return dict(calls)

    def _sip_accounts(self) -> tuple[SipAccountSettings, ...]:
        entries = self.data.get("sip_accounts", [])
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise ConfigError(f"{self._where('sip_accounts')}: write SIP accounts as [[sip_accounts]] tables.")
        accounts = tuple(self._sip_account(entry, f"sip_accounts[{index}]") for index, entry in enumerate(entries))
        names = [account.name for account in accounts]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            repeated = ", ".join(echo_key(name) for name in duplicates[:UNKNOWN_KEYS_SHOWN])
            raise ConfigError(f"{self.file}: SIP account names must be unique; repeated: {repeated}.")
        return accounts

    def _sip_account(self, entry: dict[str, Any], where: str) -> SipAccountSettings:
        known = tuple(f.name for f in fields(SipAccountSettings))
        self._note_unknown(entry, where + ".", known)
        for required in ("name", "user"):
            if not entry.get(required):
                raise ConfigError(f"{self.file}: {where} needs a non-empty '{required}'.")
        defaults = SipAccountSettings(name="", user="")
        registrar = self._value(entry, f"{where}.registrar", str, None) or None
        if registrar and not registrar.startswith(("sip:", "sips:")):
            raise ConfigError(
                f"{self._where('registrar')}: {where}.registrar must be a SIP URI such as "
                f"sip:pbx.example.com, not {echo_value(registrar)}."
            )
        port = self._value(entry, f"{where}.local_port", int, defaults.local_port)
        if not 0 <= port <= 65535:
            raise ConfigError(f"{self._where('local_port')}: {where}.local_port must be 0-65535, not {port}.")
        keepalive = self._value(entry, f"{where}.keepalive_s", int, defaults.keepalive_s)
        if keepalive != 0 and not 2 <= keepalive <= 300:
            raise ConfigError(f"{self._where('keepalive_s')}: {where}.keepalive_s must be 0 (no keep-alive) or "
                              f"2-300 seconds, not {keepalive}.")
        return SipAccountSettings(
            name=self._value(entry, f"{where}.name", str, ""),
            user=self._value(entry, f"{where}.user", str, ""),
            display_name=self._value(entry, f"{where}.display_name", str, defaults.display_name),
            registrar=registrar,
            auth_user=self._value(entry, f"{where}.auth_user", str, None) or None,
            realm=self._value(entry, f"{where}.realm", str, defaults.realm),
            transport=self._choice(entry, f"{where}.transport", SIP_TRANSPORTS, defaults.transport),
            local_port=port,
            outbound_proxy=self._value(entry, f"{where}.outbound_proxy", str, None) or None,
            dial_prefix=self._value(entry, f"{where}.dial_prefix", str, defaults.dial_prefix),
            codec_order=self._codec_order(entry, f"{where}.codec_order"),
            keepalive_s=keepalive,
        )

    def _codec_order(self, entry: dict[str, Any], dotted: str) -> tuple[str, ...]:
        value = entry.get("codec_order", [])
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            raise ConfigError(
                f'{self._where("codec_order")}: {dotted} must be a list of codec names such as ["PCMA", "PCMU"], '
                f"not {echo_value(value)}."
            )
        return tuple(item.strip() for item in value)

    def _table(self, parent: dict[str, Any], name: str, known: tuple[str, ...]) -> dict[str, Any]:
        table = parent.get(name, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{self._where(name)}: '{name}' must be a table ([{name}]).")
        self._note_unknown(table, name + ".", known)
        return table

    def _note_unknown(self, table: dict[str, Any], prefix: str, known: tuple[str, ...]) -> None:
        self.unknown.extend(prefix + key for key in table if key not in known)

    def _value(self, table: dict[str, Any], dotted: str, kind: type, default: Any) -> Any:
        key = dotted.rsplit(".", 1)[-1]
        if key not in table:
            return default
        value = table[key]
        # bool is a subclass of int in Python; `port = true` must not pass as 1.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ConfigError(f"{self._where(key)}: {dotted} must be {_KIND_NAMES[kind]}, not {echo_value(value)}.")
        return value

    def _choice(self, table: dict[str, Any], dotted: str, allowed: tuple[str, ...], default: str) -> str:
        value: str = self._value(table, dotted, str, default)
        if value not in allowed:
            choices = ", ".join(f'"{choice}"' for choice in allowed)
            raise ConfigError(f"{self._where(dotted.rsplit('.', 1)[-1])}: {dotted} must be one of {choices}, "
                              f"not {echo_value(value)}.")
        return value

    def _refuse_secrets(self, data: dict[str, Any]) -> None:
        """Refuse any key named like a secret, at any depth; a loop, not recursion (tables may nest deeply)."""
        pending: list[tuple[Any, str]] = [(data, "")]
        while pending:
            value, path = pending.pop()
            if isinstance(value, list):
                pending.extend((item, f"{path}[{index}]") for index, item in enumerate(value))
            elif isinstance(value, dict):
                for key, item in value.items():
                    dotted = f"{path}.{key}" if path else key
                    if looks_like_secret(key):
                        name = value.get("name")
                        account = echo_key(name) if isinstance(name, str) else "NAME"
                        raise ConfigError(
                            f"{self._where(key)}: '{echo_key(dotted)}' looks like a password or other secret, and "
                            "secrets are not kept in the config file. A SIP password goes in the OS keyring: run "
                            f"`calldesk account set-password {account}` and delete this key."
                        )
                    pending.append((item, dotted))

    def _where(self, key: str) -> str:
        """'FILE, line N' when the key appears on exactly one line of the file, else just FILE."""
        if len(key) > 200:  # no such key is ours; do not build a pattern of a megabyte
            return str(self.file)
        pattern = re.compile(rf"^\s*\[*\s*\"?{re.escape(key)}\"?\s*[=\]]")
        lines = [number for number, line in enumerate(self.text.splitlines(), 1) if pattern.match(line)]
        return f"{self.file}, line {lines[0]}" if len(lines) == 1 else str(self.file)


_KIND_NAMES = {str: "text in quotes", int: "a whole number", bool: "true or false"}


def echo_key(key: str) -> str:
    """A key, name or dotted path as a message shows it: cut, control characters escaped."""
    return escape_control_characters(cut(key))


def _read_config_text(file: Path) -> str:
    """The file's text ("" when there is none), refused with a clear line when it is not a regular file or is
    too large to be settings (the size is checked before reading, so /dev/zero or a FIFO is never read)."""
    try:
        status = file.stat()
        if not stat.S_ISREG(status.st_mode):
            raise ConfigError(f"Config file {file} is not a regular file (a folder, device, FIFO or socket). "
                              "Give the path of a calldesk.toml with --config.")
        if status.st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"Config file {file} is too large ({status.st_size:,} bytes; a config file is at "
                              f"most {MAX_CONFIG_BYTES:,}). Check that it is the right file.")
        with file.open("rb") as handle:
            raw = handle.read(MAX_CONFIG_BYTES + 1)
        return raw.decode("utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"Cannot read config file {file}: {error}") from error


def _refuse_url_password(url: str | None, where: str) -> None:
    """A password in a database URL is refused wherever the URL comes from: PostgreSQL reads it from ~/.pgpass."""
    if not url:
        return
    secret = url_secret(url)
    if secret is not None:
        raise ConfigError(
            f"{where} contains a password ({secret}). Leave it out of the URL: PostgreSQL reads the password "
            "from ~/.pgpass (or the file named by PGPASSFILE)."
        )


def _default_database_url(paths: Paths) -> str:
    return f"sqlite:///{(paths.data_dir / 'calldesk.db').as_posix()}"
