"""SIP accounts with a registrar on pjsua2: transports, digest credentials, codec order, the registration state
as events, retry with backoff, and un-REGISTER on exit.

pjsua2 facts this relies on (pjsua2-python 2.15.1):
- registration is asynchronous: ``Account.create`` with ``registerOnAdd`` and ``setRegistration`` only send (UDP) or
  start connecting (TCP/TLS); the answer comes as ``onRegState`` inside ``libHandleEvents``. A registrar given by host
  name is resolved by the OS resolver when the REGISTER is sent (use an IP address where DNS may be slow);
- pjsua's own retry is switched off (``retryIntervalSec = 0``): the phone retries itself, with backoff, so the agent
  sees every attempt; ``dropCallsOnFail`` stays off, so calls go on when the registrar disappears;
- with a dead registrar on UDP a REGISTER fails after pjsip's transaction timeout (32 s, 408); on TCP a refused
  connection fails at once (503);
- codec priorities belong to the Endpoint, not to an account: the first account's codec order is the phone's;
- ``Account.sendRequest`` sends an out-of-dialog OPTIONS with the account's identity and route; its final answer
  (or pjsip's own 408/503 when none came) arrives as ``onSendRequest``: the keep-alive (registrar_probe) uses it.
"""

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pjsua2 as pj

from app.telephony.accounts import TelephonyAccount
from app.telephony.caller_id import sanitize_caller_text
from app.telephony.events import RegistrationStateChanged, TelephonyError, TelephonyEvent
from app.telephony.pjsua2_account import Pjsua2Account
from app.telephony.pjsua2_logging import never_raise
from app.telephony.registrar_probe import RegistrarProbe
from app.telephony.registration_reasons import (
    NO_PASSWORD,
    REGISTERED,
    UNREACHABLE,
    UNREGISTERED,
    RetryBackoff,
    is_worth_retrying,
    plain_reason,
)

log = logging.getLogger(__name__)

PasswordLookup = Callable[[str], str | None]
REGISTERING, REGISTERED_STATE, FAILED, UNREGISTERED_STATE = "registering", "registered", "failed", "unregistered"
UNREGISTER_WAIT_S = 1.5
TLS_HANDSHAKE_TIMEOUT_MS = 10_000
KEYRING_PROBLEM = "password could not be read from the keyring"
NO_ANSWER_TO_OPTIONS = "no answer to OPTIONS"
_TRANSPORT_KINDS = {"udp": pj.PJSIP_TRANSPORT_UDP, "tcp": pj.PJSIP_TRANSPORT_TCP, "tls": pj.PJSIP_TRANSPORT_TLS}
_CA_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora, RHEL
    "/etc/ssl/cert.pem",  # Alpine, macOS
)


class Pjsua2RegisteredAccount(Pjsua2Account):
    """Incoming calls as for the local account, plus each REGISTER result and each keep-alive answer handed on
    as plain values (``on_probe_answer(answered_by_registrar, code)``)."""

    def __init__(
        self,
        on_incoming: Callable[[int, str], None],
        on_reg_state: Callable[[int, str, int], None],
        on_probe_answer: Callable[[bool, int], None],
    ):
        super().__init__(on_incoming)
        self._on_reg_state = on_reg_state
        self._on_probe_answer = on_probe_answer

    @never_raise
    def onRegState(self, prm: "pj.OnRegStateParam") -> None:
        self._on_reg_state(int(prm.code), str(prm.reason), int(prm.expiration))

    @never_raise
    def onSendRequest(self, prm: "pj.OnSendRequestParam") -> None:
        state = prm.e.body.tsxState
        self._on_probe_answer(int(state.type) == pj.PJSIP_EVENT_RX_MSG, int(state.tsx.statusCode))


@dataclass(frozen=True)
class ActiveAccount:
    """The account outgoing calls use: the pjsua2 object and its settings (dial prefix, SIP domain)."""

    account: pj.Account
    settings: TelephonyAccount


@dataclass
class _Registration:
    settings: TelephonyAccount
    backoff: RetryBackoff = field(default_factory=RetryBackoff)
    account: Pjsua2RegisteredAccount | None = None
    password_stored: bool = True
    retry_at: float | None = None
    unregistering: bool = False
    probe: RegistrarProbe | None = None
    last: RegistrationStateChanged | None = None


class AccountRegistrations:
    """Every account with a registrar: created at start (never waiting on the network), retried from ``retry_due``
    (called by the phone's pump), un-registered and released at shutdown. Events go to ``emit``. REGISTER and
    keep-alive answers arrive on the SIP thread and are handed to ``post``, which runs them on the GUI thread."""

    def __init__(
        self,
        accounts: Sequence[TelephonyAccount],
        password_lookup: PasswordLookup | None,
        emit: Callable[[TelephonyEvent], None],
        on_incoming: Callable[[int, str], None],
        clock: Callable[[], float] = time.monotonic,
        post: Callable[[Callable[[], None]], None] = lambda work: work(),  # the phone's inbox (pjsua2_adapter)
    ) -> None:
        names = [account.name for account in accounts]
        if len(set(names)) != len(names):
            raise ValueError(f"SIP account names must be unique: {', '.join(names)}")
        self._registrations = [
            _Registration(account, probe=RegistrarProbe(account.keepalive_s) if account.keepalive_s else None)
            for account in accounts
        ]
        self._password_lookup = password_lookup or (lambda _name: None)
        self._emit = emit
        self._on_incoming = on_incoming
        self._clock = clock
        self._post = post
        self._transports: dict[tuple[str, str, int], int] = {}

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self, endpoint: pj.Endpoint) -> None:
        """Apply the codec order, create transports and accounts, send the first REGISTERs. Problems become
        "failed" events (the phone stays usable for direct calls); nothing here waits for an answer."""
        self._apply_codec_order(endpoint)
        for registration in self._registrations:
            self._create(endpoint, registration)

    def retry_due(self) -> None:
        """Send the REGISTER of every failed account whose backoff delay is over, and the keep-alives that are due."""
        now = self._clock()
        for registration in self._registrations:
            if registration.retry_at is not None and now >= registration.retry_at and registration.account is not None:
                registration.retry_at = None
                self._register_again(registration)
            self._keep_alive(registration, now)

    def unregister_all(self, endpoint: pj.Endpoint, timeout_s: float = UNREGISTER_WAIT_S) -> None:
        """REGISTER with Expires: 0 for each registered account; wait up to ``timeout_s`` for the answers."""
        waiting = []
        for registration in self._registrations:
            registration.retry_at = None
            if registration.account is None or registration.last is None or registration.last.state != REGISTERED_STATE:
                continue
            registration.unregistering = True
            try:
                registration.account.setRegistration(False)
                waiting.append(registration)
            except pj.Error as error:
                log.info("un-REGISTER of %s not sent: %s", registration.settings.name, error.reason)
        deadline = time.monotonic() + timeout_s
        while any(r.unregistering for r in waiting) and time.monotonic() < deadline:
            endpoint.libHandleEvents(10)
        for registration in self._registrations:
            if registration.last is not None and registration.last.state != UNREGISTERED_STATE:
                self._publish(registration, UNREGISTERED_STATE, 0, "phone closed", UNREGISTERED)

    def release(self) -> None:
        """Delete the pjsua2 accounts (before libDestroy). Safe to call twice."""
        for registration in self._registrations:
            account, registration.account = registration.account, None
            if account is not None:
                account.shutdown()
        self._transports.clear()

    # -- state -----------------------------------------------------------------------------------------------

    def default_account(self) -> ActiveAccount | None:
        """The first account (in settings order) that is registered now, or None. An account whose registrar
        stopped answering keep-alives still counts: its registration may well be valid, and a call tried through
        it fails with a clear reason instead of leaving on the demo line."""
        for registration in self._registrations:
            if registration.account is not None and (self._is_registered(registration) or self._is_silent(registration)):
                return ActiveAccount(registration.account, registration.settings)
        return None

    def state(self, name: str) -> RegistrationStateChanged | None:
        return next((r.last for r in self._registrations if r.settings.name == name), None)

    # -- internals -------------------------------------------------------------------------------------------

    def _create(self, endpoint: pj.Endpoint, registration: _Registration) -> None:
        settings = registration.settings
        try:
            password = self._password_lookup(settings.name)
        except Exception as error:  # noqa: BLE001 - a keyring problem must not stop the phone
            log.warning("SIP account %s: %s", settings.name, error)
            self._publish(registration, FAILED, 0, str(error), KEYRING_PROBLEM)
            return
        registration.password_stored = bool(password)
        try:
            transport_id = self._transport(endpoint, settings)
        except RuntimeError as error:
            self._publish(registration, FAILED, 0, str(error), str(error))
            return
        account = Pjsua2RegisteredAccount(
            self._on_incoming,
            lambda *result: self._post(partial(self._on_reg_state, registration, *result)),
            lambda *answer: self._post(partial(self._on_probe_answer, registration, *answer)),
        )
        registration.account = account
        self._publish(registration, REGISTERING, 0, "", "registering")
        try:
            account.create(account_config(settings, password, transport_id))
        except pj.Error as error:
            registration.account = None
            self._publish(
                registration, FAILED, 0, error.reason,
                f"the account settings were refused ({error.reason}): check registrar, user and outbound proxy",
            )

    def _on_reg_state(self, registration: _Registration, code: int, reason: str, expiration: int) -> None:
        name = registration.settings.name
        log.info("SIP account %s: REGISTER answered %s %s (expires %s)", name, code, reason, expiration)
        if registration.unregistering:
            registration.unregistering = False
            self._publish(registration, UNREGISTERED_STATE, code, reason, UNREGISTERED)
        elif 200 <= code < 300 and expiration > 0:
            registration.backoff.reset()
            if registration.probe is not None:
                registration.probe.registered(self._clock())
            self._publish(registration, REGISTERED_STATE, code, reason, REGISTERED)
        elif 200 <= code < 300:
            self._publish(registration, UNREGISTERED_STATE, code, reason, UNREGISTERED)
        else:
            self._failed(registration, code, reason)

    @staticmethod
    def _is_registered(registration: _Registration) -> bool:
        return registration.last is not None and registration.last.state == REGISTERED_STATE

    @staticmethod
    def _is_silent(registration: _Registration) -> bool:
        return registration.probe is not None and registration.probe.unreachable

    def _register_again(self, registration: _Registration) -> None:
        assert registration.account is not None
        registration.retry_at = None
        self._publish(registration, REGISTERING, 0, "", "registering")
        try:
            registration.account.setRegistration(True)
        except pj.Error as error:
            self._failed(registration, 0, error.reason)

    def _keep_alive(self, registration: _Registration, now: float) -> None:
        """While registered (or after the registrar fell silent): say so when it stops answering, send the
        OPTIONS that is due. Its answer comes to ``_on_probe_answer``."""
        probe, account = registration.probe, registration.account
        if probe is None or account is None or registration.unregistering:
            return
        if not (self._is_registered(registration) or probe.unreachable):
            return  # registering, or failed with its own REGISTER retries
        if probe.became_unreachable(now):
            log.warning("SIP account %s: the registrar does not answer OPTIONS", registration.settings.name)
            self._publish(registration, FAILED, 0, NO_ANSWER_TO_OPTIONS, UNREACHABLE, probe.interval_s)
        if probe.due(now):
            probe.sent(now)
            request = pj.SendRequestParam()
            request.method = "OPTIONS"
            request.txOption.targetUri = registration.settings.address_of_record
            try:
                account.sendRequest(request)
            except pj.Error as error:  # e.g. no route now: counts as unanswered
                log.info("SIP account %s: OPTIONS not sent: %s", registration.settings.name, error.reason)

    def _on_probe_answer(self, registration: _Registration, answered_by_registrar: bool, code: int) -> None:
        """pjsip's own 408/503 (no answer came) is left to the probe's answer deadline."""
        probe = registration.probe
        if probe is None or not answered_by_registrar or registration.account is None:
            return
        if probe.answered(code) and not registration.unregistering:
            log.info("SIP account %s: the registrar answers again (%s): registering again", registration.settings.name, code)
            self._register_again(registration)

    def _failed(self, registration: _Registration, code: int, reason: str) -> None:
        plain = plain_reason(code, reason, password_stored=registration.password_stored)
        retry_in_s = registration.backoff.next_delay() if is_worth_retrying(code) else None
        registration.retry_at = None if retry_in_s is None else self._clock() + retry_in_s
        self._publish(registration, FAILED, code, reason, plain, retry_in_s)
        if plain == NO_PASSWORD:
            self._emit(TelephonyError(None, (
                f"No password is stored for SIP account '{registration.settings.name}'. "
                f"Run `calldesk account set-password {registration.settings.name}` and restart CallDesk."
            )))

    def _publish(
        self, registration: _Registration, state: str, code: int, reason: str, plain: str, retry_in_s: float | None = None
    ) -> None:
        """Queue the event unless it repeats the last one (a refresh that succeeds again is not news)."""
        event = RegistrationStateChanged(registration.settings.name, state, code, reason, plain, retry_in_s)
        last = registration.last
        registration.last = event
        if last is not None and (last.state, last.sip_code, last.plain_reason) == (state, code, plain) and retry_in_s is None:
            return
        self._emit(event)

    def _transport(self, endpoint: pj.Endpoint, settings: TelephonyAccount) -> int:
        """One transport per (kind, address, port), shared by the accounts that ask for the same one."""
        key = (settings.transport, settings.bind_address, settings.local_port)
        if key not in self._transports:
            self._transports[key] = create_transport(endpoint, *key)
        return self._transports[key]

    def _apply_codec_order(self, endpoint: pj.Endpoint) -> None:
        orders = [(r.settings.name, r.settings.codec_order) for r in self._registrations if r.settings.codec_order]
        if not orders:
            return
        first_name, first_order = orders[0]
        for name, order in orders[1:]:
            if order != first_order:
                self._emit(TelephonyError(None, (
                    f"SIP account '{name}': its codec_order is not used; one codec order applies to the whole phone, "
                    f"and it is the one of account '{first_name}'."
                )))
        problem = apply_codec_order(endpoint, first_order)
        if problem:
            self._emit(TelephonyError(None, f"SIP account '{first_name}': {problem}"))


def account_config(settings: TelephonyAccount, password: str | None, transport_id: int) -> "pj.AccountConfig":
    """The pjsua2 config of one registered account. The password goes only into the digest credentials."""
    config = pj.AccountConfig()
    display = sanitize_caller_text(settings.display_name.replace("\\", "").replace('"', ""))
    config.idUri = f'"{display}" <{settings.address_of_record}>' if display else settings.address_of_record
    reg = config.regConfig
    reg.registrarUri = settings.registrar_uri()
    reg.registerOnAdd = True
    reg.timeoutSec = settings.registration_expiry_s
    reg.retryIntervalSec = 0  # the phone retries itself (AccountRegistrations.retry_due)
    reg.firstRetryIntervalSec = 0
    reg.dropCallsOnFail = False
    reg.unregWaitMsec = int(UNREGISTER_WAIT_S * 1000)
    config.sipConfig.transportId = transport_id
    if settings.transport != "udp":
        # A TCP/TLS Contact names the local port of its connection. When the registrar comes back, the REGISTER
        # goes over a new connection; pjsua only rewrites a Contact whose port changed behind a private address
        # (a LAN PBX, 127.0.0.1) when this is 2. Without it the registrar keeps the dead port and calls get 477.
        config.natConfig.contactRewriteUse = 2
    proxy = settings.proxy_uri()
    if proxy is not None:
        config.sipConfig.proxies.append(proxy)
    if password:
        config.sipConfig.authCreds.append(pj.AuthCredInfo("digest", settings.realm, settings.digest_user, 0, password))
    if settings.bind_address:
        config.mediaConfig.transportConfig.boundAddress = settings.bind_address
    config.mediaConfig.transportConfig.port = 0
    return config


def create_transport(endpoint: pj.Endpoint, kind: str, bind_address: str, port: int) -> int:
    """A SIP transport; RuntimeError with what to change when it cannot be created."""
    config = pj.TransportConfig()
    config.port = port
    config.boundAddress = bind_address
    if kind == "tls":
        _configure_tls(config.tlsConfig)
    try:
        return int(endpoint.transportCreate(_TRANSPORT_KINDS[kind], config))
    except pj.Error as error:
        where = f"{bind_address or 'all interfaces'}:{port or 'any port'}"
        if kind == "tls":
            raise RuntimeError(
                f"TLS is not available ({error.reason}). Set transport = \"udp\" or \"tcp\" for this account."
            ) from None
        raise RuntimeError(
            f"cannot listen for SIP over {kind.upper()} on {where} ({error.reason}): "
            "choose another local_port for this account, or 0 for any free port"
        ) from None


def _configure_tls(tls: "pj.TlsConfig") -> None:
    """TLS 1.2, the registrar's certificate checked against the system's CA certificates."""
    bundle = next((path for path in _CA_BUNDLES if Path(path).is_file()), None)
    if bundle is None:
        raise RuntimeError(
            "TLS needs the system's CA certificates and none were found (on Debian: apt-get install ca-certificates)."
        )
    tls.method = pj.PJSIP_TLSV1_2_METHOD
    tls.CaListFile = bundle
    tls.verifyServer = True
    tls.msecTimeout = TLS_HANDSHAKE_TIMEOUT_MS


def apply_codec_order(endpoint: pj.Endpoint, order: Sequence[str]) -> str | None:
    """Give the named codecs (``"PCMA"`` or ``"PCMA/8000"``) the highest priorities, in order; the others keep theirs.
    Returns a message naming codecs this phone does not have, else None."""
    available = [info.codecId for info in endpoint.codecEnum2()]
    missing = []
    for rank, name in enumerate(order):
        wanted = name.lower()
        matches = [codec for codec in available if codec.lower() == wanted or codec.lower().startswith(wanted + "/")]
        if not matches:
            missing.append(name)
        for codec in matches:
            endpoint.codecSetPriority(codec, max(240 - rank, 131))
    if missing:
        names = ", ".join(sorted({codec.split("/")[0] for codec in available}))
        return f"codec_order names {', '.join(missing)}, which this phone does not have (it has {names})."
    return None
