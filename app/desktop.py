"""The window with its real parts: the GUI half of the composition root, called from app.__main__ only.

Builds the database (migrated, demo data on first start), the pjsua2 phone pumped by a QTimer, the simulated
debtor line in demo mode, the call session and the window; tears them down in the reverse order.
"""

import logging
import signal
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config import Settings, redact_url
from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.outcome_repository import FollowUpRepository
from app.db.demo_data import seed_demo_data_if_empty
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.domain.debtors import DebtorRecord
from app.domain.plan_rules import load_plan_rules
from app.phone_numbers import to_e164
from app.scripts.context import DEFAULT_CENTRES, Centre
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.credentials import CredentialStore
from app.services.dial_router import DialRouter
from app.services.follow_up_queue import FollowUpQueue
from app.services.plan_offers import PlanOffers
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.accounts import AccountSettingsError, TelephonyAccount, default_bind_address
from app.telephony.call_options import CallOptions, InvalidCallOptions
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.recording_policy import RecordingSettings
from app.telephony.sim_line import SimulatedDebtorLine
from app.ui.main_window import MainWindow
from app.ui.translations import install_translators

log = logging.getLogger(__name__)


@dataclass
class Desktop:
    window: MainWindow
    session: CallSession
    bridge: TelephonyBridge
    demo_line: SimulatedDebtorLine | None
    dispose_database: object
    keep_alive: list[object] = field(default_factory=list)

    def close(self) -> None:
        """Hang up and release the phone first (pjsua2 objects before libDestroy), then the line and database."""
        self.bridge.shutdown()
        if self.demo_line is not None:
            self.demo_line.stop()
        self.dispose_database()  # type: ignore[operator]


def build_desktop(settings: Settings, app: QApplication) -> Desktop:
    """Everything the agent's window needs. Database errors raise DatabaseUnavailable (it has a user_message)."""
    keep_alive: list[object] = list(install_translators(app, settings.language, settings.paths.cache_dir))
    engine = create_database_engine(settings.database_url)
    upgrade_to_head(engine)
    if settings.demo_mode:
        seed_demo_data_if_empty(engine, settings.demo_debtors)
    sessions = session_factory(engine)
    call_log = CallLogRepository(sessions)
    call_log.ensure_agent(settings.agent_login, settings.agent_name)
    account = next((a for a in settings.sip_accounts if not a.registrar), None)  # the local account, no registrar
    registered, account_problems = telephony_accounts(settings)
    call_options, option_problem = _call_options(settings)
    phone = Pjsua2Phone(
        sip_port=account.local_port if account else 0, user=account.user if account else "agent",
        display_name=settings.agent_name, dial_prefix=account.dial_prefix if account else "",
        accounts=registered, password_lookup=CredentialStore().sip_password, call_options=call_options,
        recording=RecordingSettings.from_config(settings.recording_policy, settings.paths.recordings_dir),
    )
    bridge = TelephonyBridge(phone)
    demo_line = SimulatedDebtorLine() if settings.demo_mode else None
    library = load_library()
    directory = DebtorRepository(sessions)
    follow_ups = FollowUpRepository(sessions)
    session = CallSession(
        phone=phone, call_log=call_log, router=_dial_router(demo_line, registered[0] if registered else None, account.dial_prefix if account else ""),
        scripts=library, agent=AgentIdentity(settings.agent_login, settings.agent_name), language=settings.language,
        follow_ups=follow_ups, identify_caller=lambda number: _only_debtor(directory, number),
        centre=_centre(settings),
    )
    _connect_session(bridge, session)
    window = MainWindow(directory=directory, session=session, language=settings.language,
                        plan_offers=PlanOffers.for_pack(settings.rule_pack))
    window.show_context(settings.agent_name, settings.demo_mode, redact_url(settings.database_url))
    bridge.audio_device_status.connect(lambda event: window.show_audio_status(event.null_device, event.description))
    bridge.error.connect(lambda event: window.show_problem(event.message))
    if registered:  # the status bar follows the account calls go out on (the first one with a registrar)
        first = registered[0].name
        bridge.registration_state_changed.connect(
            lambda event: event.account == first and window.show_registration(event.state, event.plain_reason)
        )
    for problem in [*account_problems, *([option_problem] if option_problem else [])]:
        window.show_problem(problem)
    try:
        bridge.start()
    except RuntimeError as error:
        window.show_problem(str(error))
    for problem in library.broken.values():
        window.show_problem(problem)
    queue = FollowUpQueue(follow_ups, settings.agent_login, load_plan_rules(settings.rule_pack).promise_grace_days,
                          parent=window)
    queue.callbacks_changed.connect(window.due_callbacks.show_callbacks)
    queue.problem.connect(window.show_problem)
    session.call_completed.connect(lambda _debtor_id: queue.refresh())  # a new callback shows at once
    queue.start()
    return Desktop(window, session, bridge, demo_line, engine.dispose, keep_alive)


def _connect_session(bridge: TelephonyBridge, session: CallSession) -> None:
    """Every phone event the call log records goes to the call session."""
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.media_state_changed.connect(session.on_media_state)
    bridge.mute_changed.connect(session.on_mute_changed)
    bridge.dtmf_sent.connect(session.on_dtmf)
    bridge.dtmf_received.connect(session.on_dtmf)
    bridge.recording_state_changed.connect(session.on_recording_state)
    bridge.call_quality_summary.connect(session.on_quality_summary)
    bridge.incoming_call.connect(session.on_incoming_call)


def _centre(settings: Settings) -> Centre | None:
    """The centre named in calldesk.toml for the agent's language; None keeps the scripts' defaults."""
    default = DEFAULT_CENTRES.get(settings.language, DEFAULT_CENTRES["en"])
    name = settings.centre_name.get(settings.language)
    if not name and not settings.centre_callback_number:
        return None
    return Centre(name or default.name, settings.centre_callback_number or default.callback_number)


def _only_debtor(directory: DebtorRepository, caller_number: str) -> DebtorRecord | None:
    """The debtor a caller's number belongs to, when exactly one has it on file (else the agent searches)."""
    try:
        e164 = to_e164(caller_number)
    except ValueError:
        return None
    matches = directory.find_by_phone(e164)
    return directory.record(matches[0].debtor_id) if len(matches) == 1 else None


def _call_options(settings: Settings) -> tuple[CallOptions, str | None]:
    """The [calls] table; a bad value is reported and the defaults are used, so the phone still starts."""
    try:
        return CallOptions.from_mapping(settings.call_options), None
    except (InvalidCallOptions, ValueError) as error:
        return CallOptions(), f"{settings.config_file}: {error} Using the default call options."


def telephony_accounts(settings: Settings) -> tuple[list[TelephonyAccount], list[str]]:
    """The accounts with a registrar, as the phone takes them, and a message for each one it cannot use."""
    accounts, problems = [], []
    for account in settings.sip_accounts:
        if not account.registrar:
            continue
        try:
            accounts.append(TelephonyAccount(
                name=account.name, user=account.user, registrar=account.registrar,
                display_name=account.display_name or settings.agent_name, auth_user=account.auth_user,
                realm=account.realm, transport=account.transport, outbound_proxy=account.outbound_proxy,
                codec_order=account.codec_order, dial_prefix=account.dial_prefix, local_port=account.local_port,
                bind_address=default_bind_address(account.registrar),
            ))
        except AccountSettingsError as error:
            problems.append(f"{settings.config_file}: {error}")
    return accounts, problems


def _dial_router(demo_line: SimulatedDebtorLine | None, registered: TelephonyAccount | None, local_prefix: str) -> DialRouter:
    """Numbers go to the demo line in demo mode, else to the first registrar's domain with its dial prefix."""
    if registered is None:
        return DialRouter(demo_line=demo_line, dial_prefix=local_prefix)
    return DialRouter(demo_line=demo_line, dial_prefix=registered.dial_prefix, sip_domain=registered.sip_domain)


def run_desktop(settings: Settings, argv: list[str]) -> int:
    app = QApplication(argv)
    app.setApplicationName("CallDesk")
    try:
        desktop = build_desktop(settings, app)
    except Exception as error:
        _show_startup_error(error)
        raise
    _quit_on_termination_signals(app)
    try:
        desktop.window.show()
        desktop.window.load()
        log.info("window open")
        interrupted = desktop.session.recover_interrupted_calls()
        if interrupted:
            QTimer.singleShot(0, lambda: desktop.window.offer_interrupted_calls(interrupted))
        app.exec()
    finally:
        desktop.close()
    return 0


def _show_startup_error(error: Exception) -> None:
    """An agent started from a desktop icon sees no terminal: say it in a box too (main() prints it as well)."""
    message = getattr(error, "user_message", None)
    if isinstance(message, str) and QApplication.platformName() != "offscreen":
        QMessageBox.critical(None, "CallDesk", message)


def _quit_on_termination_signals(app: QApplication) -> None:
    """SIGTERM/SIGINT close the window cleanly (the phone pump returns to Python often enough to see them).

    The quit is queued, so a signal that lands before the event loop runs is not lost (quit() would be ignored).
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: QTimer.singleShot(0, app.quit))
