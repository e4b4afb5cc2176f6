"""The window with its real parts: the GUI half of the composition root, called from app.__main__ only.

Builds the database (migrated, demo data on first start), the pjsua2 phone pumped by a QTimer, the simulated
debtor line in demo mode, the call session and the window; tears them down in the reverse order.
"""

import gc
import logging
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.config import Settings, redact_url
from app.db.call_log_repository import CallLogRepository
from app.db.caller_lookup import CallerLookupRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import has_debtors, seed_demo_data_if_empty
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.db.notes_repository import NotesRepository
from app.db.outcome_repository import FollowUpRepository
from app.db.work_queue_repository import WorkQueueRepository
from app.domain.next_action import load_next_actions
from app.domain.plan_rules import load_plan_rules
from app.phone_numbers import national_digits, to_e164
from app.scripts.context import DEFAULT_CENTRES, Centre
from app.scripts.loader import load_library
from app.services.audio_devices import AudioDevices
from app.services.call_controls import CallControls
from app.services.call_session import AgentIdentity, CallSession
from app.services.credentials import CredentialStore
from app.services.debtor_notes import SignedInAgentNotes
from app.services.dial_router import DialRouter
from app.services.first_start import no_debtors_notice
from app.services.follow_up_queue import FollowUpQueue
from app.services.language import LanguageSwitcher, install_translators
from app.services.plan_offers import PlanOffers
from app.services.recent_calls import RecentCalls
from app.services.recording_playback import RecordingPlayback
from app.services.screen_pop import ScreenPopService
from app.services.settings_store import SettingsStore
from app.services.sound_device_choice import apply_sound_devices, saved_sound_devices
from app.services.telephony_bridge import TelephonyBridge
from app.services.work_queue import WorkQueue
from app.telephony.accounts import AccountSettingsError, TelephonyAccount, default_bind_address
from app.telephony.call_options import CallOptions, InvalidCallOptions
from app.telephony.events import CallQualitySample, RegistrationStateChanged
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.recording_policy import RecordingSettings
from app.telephony.sim_line import SimulatedDebtorLine
from app.termination_signals import TerminationSignals
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.window_host import WindowHost

log = logging.getLogger(__name__)

WARM_UP_DELAY_MS = 1500  # after the window is up and idle


@dataclass
class Desktop:
    host: WindowHost
    session: CallSession
    bridge: TelephonyBridge
    demo_line: SimulatedDebtorLine | None
    dispose_database: Callable[[], None]
    keep_alive: list[object] = field(default_factory=list)

    @property
    def window(self) -> MainWindow:
        """The window in use (a language switch replaces it)."""
        return self.host.window

    def close(self) -> None:
        """Hang up and release the phone first (pjsua2 objects before libDestroy); then calls left without an
        outcome are closed as interrupted (the next start offers them), then the line and database go."""
        self.bridge.shutdown()
        self.session.close_unfinished_calls()
        if self.demo_line is not None:
            self.demo_line.stop()
        self.dispose_database()


def build_desktop(settings: Settings, app: QApplication) -> Desktop:
    """Everything the agent's window needs. Database errors raise DatabaseUnavailable (it has a user_message)."""
    translators = install_translators(app, settings.language, settings.paths.cache_dir)
    switcher = LanguageSwitcher(app, settings.language, settings.paths.cache_dir, installed=translators)
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
        dial_format=settings.dial_format,
        accounts=registered, password_lookup=CredentialStore().sip_password, call_options=call_options,
        recording=RecordingSettings.from_config(settings.recording_policy, settings.paths.recordings_dir),
    )
    phone.set_echo_cancellation(settings.audio_echo_cancellation)  # "auto" follows the devices chosen below
    bridge = TelephonyBridge(phone, one_event_per_turn=True)  # each event its own event-loop turn
    demo_line = SimulatedDebtorLine() if settings.demo_mode else None
    library = load_library(cache_dir=settings.paths.cache_dir)  # checked once, then read back (library_cache)
    directory = DebtorRepository(sessions)
    follow_ups = FollowUpRepository(sessions)
    screen_pop = ScreenPopService(CallerLookupRepository(sessions), directory)  # one lookup per INVITE, at ring
    router = _dial_router(demo_line, registered[0] if registered else None, account.dial_prefix if account else "",
                          settings.dial_format)
    session = CallSession(
        phone=phone, call_log=call_log, router=router, scripts=library,
        agent=AgentIdentity(settings.agent_login, settings.agent_name), language=settings.language,
        follow_ups=follow_ups, identify_caller=screen_pop.identify_caller, centre=_centre(settings),
        ring_timeout_ms=call_options.ring_timeout_s * 1000,
    )
    controls = CallControls(phone=phone, session=session, router=router, call_log=call_log)
    recent_calls = RecentCalls(call_log, settings.agent_login)
    work_queue = WorkQueue(WorkQueueRepository(sessions), settings.agent_login)
    session.call_completed.connect(lambda _debtor_id: work_queue.nudge())
    role = call_log.agent_role(settings.agent_login)
    playback = RecordingPlayback(phone=phone, call_log=call_log, agent_login=settings.agent_login, role=role)
    bridge.playback_state_changed.connect(playback.on_playback_state)
    _connect_session(bridge, session, controls, recent_calls)
    parts = _WindowParts(settings, directory, session, controls, recent_calls, screen_pop, playback, work_queue,
                         role=role,
                         notes=SignedInAgentNotes(NotesRepository(sessions), settings.agent_login),
                         settings_store=SettingsStore(settings.config_file, CredentialStore(),
                                                      data_dir=settings.paths.data_dir),
                         audio=phone, audio_choice=saved_sound_devices(settings))
    host = WindowHost(parts.make_window, session, switcher)
    parts.host = host
    _feed_windows(host, bridge, session, registered[0].name if registered else None)
    empty = no_debtors_notice(settings.demo_mode, has_debtors(engine))  # a registrar turns demo data off
    for problem in [*account_problems, *([option_problem] if option_problem else []), *([empty] if empty else [])]:
        host.show_problem(problem)
    try:
        bridge.start()
    except RuntimeError as error:
        host.show_problem(str(error))
    else:  # the saved [audio] devices; one that is gone gives the null device and the window's audio message
        apply_sound_devices(phone, settings)
    for problem in library.broken.values():
        host.show_problem(problem)
    recent_calls.refresh()
    queue = FollowUpQueue(follow_ups, settings.agent_login, load_plan_rules(settings.rule_pack).promise_grace_days,
                          parent=host)
    queue.promises_updated.connect(lambda _count: work_queue.nudge())  # kept or broken promises leave the queue
    queue.problem.connect(host.show_problem)
    session.call_completed.connect(lambda _debtor_id: queue.refresh())  # a new callback shows at once
    queue.start()
    QTimer.singleShot(WARM_UP_DELAY_MS, lambda: _warm_up(follow_ups))
    work_queue.start(read_now=False)  # the window reads it as it opens (MainWindow.load)
    return Desktop(host, session, bridge, demo_line, lambda: _close_database(queue, work_queue, engine.dispose),
                   [switcher, controls, recent_calls, playback, work_queue])


@dataclass
class _WindowParts:
    """What every main window is built from; a language switch builds a new window from the same parts."""

    settings: Settings
    directory: DebtorRepository
    session: CallSession
    controls: CallControls
    recent_calls: RecentCalls
    screen_pop: ScreenPopService
    playback: RecordingPlayback
    work_queue: WorkQueue
    role: str
    notes: SignedInAgentNotes
    settings_store: SettingsStore
    audio: AudioDevices
    host: WindowHost | None = None
    audio_choice: tuple[str, str] | None = None  # the devices in use: the saved ones, then the dialog's choice

    def make_window(self, language: str) -> MainWindow:
        settings = self.settings
        window = MainWindow(
            directory=self.directory, session=self.session, language=language,
            plan_offers=PlanOffers.for_pack(settings.rule_pack), window_state=_window_state(settings),
            controls=self.controls, recent_calls=self.recent_calls, screen_pop=self.screen_pop, role=self.role,
            notes=self.notes, next_actions=load_next_actions(settings.rule_pack), playback=self.playback,
            work_queue=self.work_queue,
        )
        window.show_context(settings.agent_name, settings.demo_mode, redact_url(settings.database_url))
        window.settings_requested.connect(lambda: self.open_settings(window))
        return window

    def open_settings(self, window: MainWindow) -> None:
        dialog = SettingsDialog(self.settings_store, self.audio, database_url_in_use=self.settings.database_url,
                                audio_choice=self.audio_choice, in_call=lambda: self.session.in_call, parent=window)
        dialog.audio_devices_chosen.connect(self._remember_audio_choice)
        if self.host is not None:
            dialog.language_chosen.connect(self.host.request_language)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _remember_audio_choice(self, capture: str, playback: str) -> None:
        self.audio_choice = (capture, playback)


def _feed_windows(host: WindowHost, bridge: TelephonyBridge, session: CallSession, account: str | None) -> None:
    """Phone state the window shows, through the host so a replaced window shows the latest too."""
    bridge.audio_device_status.connect(lambda event: host.show(
        "audio", MainWindow.show_audio_status, event.null_device, event.description, event.reason,
        (event.microphone, event.speaker, event.ringer)))
    bridge.error.connect(lambda event: host.show_problem(event.message))
    bridge.call_quality_sample.connect(lambda event: _show_quality(host, session, event))
    if account is not None:  # the light follows the account calls go out on (the first one with a registrar)

        def show_registration(event: RegistrationStateChanged) -> None:
            if event.account == account:
                host.show("registration", MainWindow.show_registration, event.state, event.plain_reason)

        bridge.registration_state_changed.connect(show_registration)


def _show_quality(host: WindowHost, session: CallSession, sample: CallQualitySample) -> None:
    active = session.active_call
    if active is not None and active[0] == sample.call_key:  # not a consultation or a waiting call
        host.window.show_call_quality(sample.mos, sample.codec, sample.rtt_ms, sample.jitter_ms,
                                      sample.loss_percent)


def _warm_up(follow_ups: FollowUpRepository) -> None:
    """What the first call would otherwise pay for in the middle of it, done while the agent is still idle:
    libphonenumber compiles its patterns on first use (~6 ms) and the collection-hold query its statement.

    Then the start-up objects (Qt wrappers, scripts, number metadata, SQLAlchemy's caches: ~115,000) are moved out
    of the garbage collector's reach with ``gc.freeze``: they live as long as the process, and a full collection
    walking them took 50–100 ms, a stall in the middle of a call whenever it happened to run.
    """
    national_digits(to_e164("13800138000"))
    try:
        follow_ups.collection_hold(0)
    except Exception as error:  # noqa: BLE001 - a warm-up; the real call reports a database problem itself
        log.debug("warm-up query failed: %s", error)
    gc.collect()
    gc.freeze()


def _close_database(queue: FollowUpQueue, work_queue: WorkQueue, dispose_engine: Callable[[], None]) -> None:
    """Both queues read on worker threads: each finishes its read before the engine goes."""
    queue.stop()
    work_queue.stop()
    dispose_engine()


def _connect_session(bridge: TelephonyBridge, session: CallSession, controls: CallControls,
                     recent_calls: RecentCalls) -> None:
    """Every phone event the call log records goes to the call session (and the call controls)."""
    bridge.call_state_changed.connect(controls.on_call_state)
    bridge.transfer_status.connect(controls.on_transfer_status)
    bridge.call_replaced.connect(controls.on_call_replaced)
    session.call_completed.connect(recent_calls.refresh)  # the call shows with its outcome
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.media_state_changed.connect(session.on_media_state)
    bridge.mute_changed.connect(session.on_mute_changed)
    bridge.audio_device_status.connect(session.on_sound_device)
    bridge.dtmf_sent.connect(session.on_dtmf)
    bridge.dtmf_received.connect(session.on_dtmf)
    bridge.recording_state_changed.connect(session.on_recording_state)
    bridge.call_quality_summary.connect(session.on_quality_summary)
    bridge.incoming_call.connect(session.on_incoming_call)


def _window_state(settings: Settings) -> QSettings:
    """Window size, position and splitters, in an INI file beside calldesk.toml."""
    return QSettings(str(settings.window_state_file), QSettings.Format.IniFormat)


def _centre(settings: Settings) -> Centre | None:
    """The centre named in calldesk.toml for the agent's language; None keeps the scripts' defaults."""
    default = DEFAULT_CENTRES.get(settings.language, DEFAULT_CENTRES["en"])
    name = settings.centre_name.get(settings.language)
    if not name and not settings.centre_callback_number:
        return None
    return Centre(name or default.name, settings.centre_callback_number or default.callback_number)


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


def _dial_router(demo_line: SimulatedDebtorLine | None, registered: TelephonyAccount | None, local_prefix: str,
                 dial_format: str) -> DialRouter:
    """Numbers go to the demo line in demo mode, else to the first registrar's domain with its dial prefix; in the
    [sip] dial_format either way."""
    if registered is None:
        return DialRouter(demo_line=demo_line, dial_prefix=local_prefix, dial_format=dial_format)
    return DialRouter(demo_line=demo_line, dial_prefix=registered.dial_prefix, sip_domain=registered.sip_domain,
                      dial_format=dial_format)


def run_desktop(settings: Settings, argv: list[str]) -> int:
    """The window until it is closed, or until SIGTERM (exit 0) or SIGINT (exit 130) ends it from any state."""
    app = QApplication(argv)
    app.setApplicationName("CallDesk")
    signals = TerminationSignals()  # from here on, a signal during start-up is acted on as the window opens
    signals.received.connect(lambda _signum: _quit_from_any_state(app))
    try:
        desktop = build_desktop(settings, app)
    except Exception as error:
        signals.close()
        _show_startup_error(error)
        raise
    try:
        desktop.window.show()
        desktop.window.load()
        log.info("window open")
        interrupted = desktop.session.interrupted.recover()
        if interrupted:
            QTimer.singleShot(0, lambda: desktop.window.offer_interrupted_calls(interrupted))
        app.exec()
    finally:
        if signals.signum is not None:
            desktop.window.save_window_state()  # closeEvent, which saves it on a normal quit, is not run
        started = time.monotonic()
        desktop.close()
        if signals.signum is not None:
            log.info("closed after %s in %.0f ms", signal.Signals(signals.signum).name,
                     (time.monotonic() - started) * 1000)
        signals.close()
    return signals.exit_code


def _show_startup_error(error: Exception) -> None:
    """An agent started from a desktop icon sees no terminal: say it in a box too (main() prints it as well)."""
    message = getattr(error, "user_message", None)
    if isinstance(message, str) and QApplication.platformName() != "offscreen":
        QMessageBox.critical(None, "CallDesk", message)


def _quit_from_any_state(app: QApplication) -> None:
    """Every dialog is closed unanswered (an outcome left open is closed as interrupted by Desktop.close) and every
    event loop, nested modal ones included, is left: exit(), unlike quit(), sends no close events, so no
    "Call in progress?" question is asked. Hang-up and clean-up follow in run_desktop."""
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    app.exit(0)
