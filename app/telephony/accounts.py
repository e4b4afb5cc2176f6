"""SIP account settings as the phone needs them: plain, typed, checked. No pjsua2, no config file.

The composition root builds a ``TelephonyAccount`` from each configured account that has a registrar
(app.config.SipAccountSettings); the password is not here: the phone asks a ``password_lookup`` for it when it
starts and hands it straight to pjsua2.
"""

import ipaddress
import re
from dataclasses import dataclass

TRANSPORTS = ("udp", "tcp", "tls")
DEFAULT_REGISTRATION_EXPIRY_S = 300
DEFAULT_KEEPALIVE_S = 10  # OPTIONS to the registrar: it is heard within 30 s of coming back (registrar_probe)
_URI = re.compile(
    r"^(?P<scheme>sips?):(?:(?P<user>[^@;]+)@)?(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)"
    r"(?::(?P<port>\d{1,5}))?(?P<params>(?:;[^;?\s]+)*)$")
_CODEC = re.compile(r"[A-Za-z0-9_.-]+(?:/\d+(?:/\d)?)?")


class AccountSettingsError(ValueError):
    """An account setting the phone cannot use; the message names the account, the key and what to write."""


@dataclass(frozen=True)
class TelephonyAccount:
    name: str  # the account's name in calldesk.toml; also the keyring entry for its password
    user: str  # SIP user part (extension)
    registrar: str  # sip:host[:port][;params]
    display_name: str = ""
    auth_user: str | None = None  # digest user name; None = ``user``
    realm: str = "*"  # "*" answers any realm the registrar asks for
    transport: str = "udp"  # "udp" | "tcp" | "tls" (opt-in; see README: the wheel's OpenSSL is old)
    outbound_proxy: str | None = None  # sip:proxy[:port]; every request of the account goes through it
    codec_order: tuple[str, ...] = ()  # e.g. ("PCMA", "PCMU", "G722"); applies to the whole phone (pjsua2 limit)
    dial_prefix: str = ""
    local_port: int = 0  # local SIP port of the account's transport; 0 = any free port
    bind_address: str = ""  # local address of its SIP and RTP sockets; "" = all interfaces
    registration_expiry_s: int = DEFAULT_REGISTRATION_EXPIRY_S
    keepalive_s: int = DEFAULT_KEEPALIVE_S  # seconds between OPTIONS to the registrar; 0 = none

    def __post_init__(self) -> None:
        where = f"SIP account '{self.name}'"
        if not self.name or not self.user:
            raise AccountSettingsError(f"{where}: 'name' and 'user' must not be empty.")
        if self.transport not in TRANSPORTS:
            raise AccountSettingsError(f"{where}: transport must be one of udp, tcp, tls, not {self.transport!r}.")
        if _URI.match(self.registrar) is None:
            raise AccountSettingsError(
                f"{where}: registrar must be a SIP URI such as sip:pbx.example.com or sip:10.0.0.5:5060, "
                f"not {self.registrar!r}."
            )
        if self.outbound_proxy is not None and _URI.match(self.outbound_proxy) is None:
            raise AccountSettingsError(
                f"{where}: outbound_proxy must be a SIP URI such as sip:proxy.example.com, not {self.outbound_proxy!r}."
            )
        if not 0 <= self.local_port <= 65535:
            raise AccountSettingsError(f"{where}: local_port must be 0-65535, not {self.local_port}.")
        if not 10 <= self.registration_expiry_s <= 3600:
            raise AccountSettingsError(f"{where}: registration expiry must be 10-3600 s, not {self.registration_expiry_s}.")
        if self.keepalive_s != 0 and not 2 <= self.keepalive_s <= 300:
            raise AccountSettingsError(f"{where}: keepalive must be 0 (off) or 2-300 s, not {self.keepalive_s}.")
        bad_codec = next((codec for codec in self.codec_order if not _CODEC.fullmatch(codec)), None)
        if bad_codec is not None:
            raise AccountSettingsError(
                f"{where}: codec_order holds {bad_codec!r}; write codec names such as \"PCMA\", \"PCMU\", \"G722\"."
            )

    @property
    def digest_user(self) -> str:
        return self.auth_user or self.user

    @property
    def registrar_host(self) -> str:
        return _parts(self.registrar)["host"]

    @property
    def sip_domain(self) -> str:
        """``host[:port]`` of the registrar: the domain of this account's address and of dialled numbers."""
        parts = _parts(self.registrar)
        return parts["host"] + (f":{parts['port']}" if parts["port"] else "")

    @property
    def address_of_record(self) -> str:
        return f"sip:{self.user}@{self.sip_domain}"

    def registrar_uri(self) -> str:
        """The registrar URI with ``;transport=tcp|tls`` added for those transports (pjsip then uses them)."""
        return _with_transport(self.registrar, self.transport)

    def proxy_uri(self) -> str | None:
        """The outbound proxy as a loose router (``;lr``) on the account's transport, or None."""
        if self.outbound_proxy is None:
            return None
        uri = _with_transport(self.outbound_proxy, self.transport)
        return uri if ";lr" in uri.lower() else uri + ";lr"


def default_bind_address(registrar: str) -> str:
    """127.0.0.1 for a registrar on this machine (nothing else can reach it), else all interfaces ("")."""
    match = _URI.match(registrar)
    return "127.0.0.1" if match is not None and _loopback(match["host"]) else ""


def _parts(uri: str) -> dict[str, str]:
    match = _URI.match(uri)
    assert match is not None  # checked in __post_init__
    return {key: value or "" for key, value in match.groupdict().items()}


def _with_transport(uri: str, transport: str) -> str:
    if transport == "udp" or ";transport=" in uri.lower():
        return uri
    return f"{uri};transport={transport}"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
