"""The app's real parts around the window: the GUI half of the composition root after the first paint
(app.desktop_shell paints the window's shell first, then loads this module on a thread and calls complete_desktop).

``complete_desktop`` builds the services over the shell's database stand-ins and completes the same window with
them; the phone's modules then load on a thread and the phone starts. The simulated debtor line runs in demo mode.
Torn down in the reverse order.
"""

import gc
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.background_import import BackgroundImport
from app.config import Settings, redact_url
from app.database_opening import DatabaseOpener, OpenedDatabase, awaited
from app.desktop_phone import build_phone, call_options_from, connect_session, dial_router_for, feed_windows, telephony_accounts
from app.desktop_shell import Shell, build_shell, window_state
from app.domain.next_action import load_next_actions
from app.domain.plan_rules import load_plan_rules
from app.on_first_use import OnFirstUse
from app.phone_numbers import national_digits, to_e164
from app.scripts.context import DEFAULT_CENTRES, Centre
from app.scripts.loader import load_library
from app.services.audio_devices import AudioDevices
from app.services.call_controls import CallControls
from app.services.call_log_writer import CallLogWriter
from app.services.call_session import AgentIdentity, CallSession
from app.services.credentials import CredentialStore
from app.services.debtor_directory import DebtorDirectory
from app.services.debtor_notes import SignedInAgentNotes
from app.services.first_start import no_debtors_notice
from app.services.follow_up_queue import FollowUpQueue
from app.services.follow_ups import FollowUps
from app.services.plan_offers import PlanOffers
from app.services.recent_calls import RecentCalls
from app.services.recording_playback import RecordingPlayback
from app.services.screen_pop import ScreenPopService
from app.services.script_view import load_script_engine_in_background
from app.services.sound_device_choice import apply_sound_devices, saved_sound_devices
from app.services.telephony_bridge import TelephonyBridge
from app.services.work_queue import WorkQueue
from app.telephony.events import PlaybackStateChanged
from app.telephony.sim_line import SimulatedDebtorLine
from app.ui.lazy_qt_types import make_lazy_qt_types
from app.ui.main_window import MainWindow
from app.window_host import WindowHost

if TYPE_CHECKING:
    from app.telephony.pjsua2_adapter import Pjsua2Phone

log = logging.getLogger(__name__)

WARM_UP_DELAY_MS = 1500  # after the window is up and idle
PHONE_MODULE = "app.telephony.pjsua2_adapter"  # pjsua2 and numpy: loaded off the GUI thread after the paint
PHONE_AFTER_DATABASE_S = 2.0  # the phone's start waits this long at most for the database (a slow server)


@dataclass
class Desktop:
    host: WindowHost
    session: CallSession
    phone: "OnFirstUse[Pjsua2Phone]"  # built by start_phone, after the first paint (or when first used)
    demo_line: SimulatedDebtorLine | None
    opener: DatabaseOpener
    parts: "_WindowParts"
    shell: Shell
    registered_account: str | None  # the account whose registration the window shows
    keep_alive: list[object] = field(default_factory=list)
    database: OpenedDatabase | None = None  # once attach_database has run
    follow_up_queue: FollowUpQueue | None = None
    started_bridge: TelephonyBridge | None = None  # once start_phone has run

    @property
    def window(self) -> MainWindow:
        """The window in use (a language switch replaces it)."""
        return self.host.window

    @property
    def bridge(self) -> TelephonyBridge:
        if self.started_bridge is None:
            raise RuntimeError("the phone has not been started yet (Desktop.start_phone)")
        return self.started_bridge

    def start_phone(self) -> None:
        """The phone (pjsua2 and numpy load here unless run_desktop loaded them on a thread first), its bridge to the
        session and the window, and the saved [audio] devices; a phone that cannot start is said in the window."""
        parts = self.parts
        bridge = TelephonyBridge(self.phone.get(), one_event_per_turn=True)  # each event its own event-loop turn
        self.started_bridge = bridge
        connect_session(bridge, self.session, parts.controls, parts.recent_calls)
        feed_windows(self.host, bridge, self.session, self.registered_account)
        bridge.playback_state_changed.connect(parts.on_playback_state)
        try:
            bridge.start()
        except RuntimeError as error:
            self.host.show_problem(str(error))
        else:  # a saved device that is gone gives the null device and the window's audio message
            apply_sound_devices(self.parts.audio, self.parts.settings)

    def attach_database(self, opened: OpenedDatabase) -> None:
        """The database is open: the parts that read it on their own start, and the lists fill (unless the shell
        filled them already)."""
        self.database = opened
        settings, parts = self.parts.settings, self.parts
        rebuilt = opened.role != parts.role
        if rebuilt:  # what the window may show and play is the role's: built again with it
            parts.use_role(opened.role)
            self.host.rebuild()
        empty = no_debtors_notice(settings.demo_mode, opened.has_debtors)  # a registrar turns demo data off
        if empty:
            self.host.show_problem(empty)
        parts.recent_calls.refresh()
        queue = FollowUpQueue(opened.follow_ups, settings.agent_login,
                              load_plan_rules(settings.rule_pack).promise_grace_days, parent=self.host)
        queue.promises_updated.connect(lambda _count: parts.work_queue.nudge())  # kept or broken promises leave it
        queue.problem.connect(self.host.show_problem)
        self.session.call_completed.connect(lambda _debtor_id: queue.refresh())  # a new callback shows at once
        queue.start()
        self.follow_up_queue = queue
        QTimer.singleShot(WARM_UP_DELAY_MS, lambda: _warm_up(opened.follow_ups))
        if rebuilt and self.shell.lists_filled:
            self.window.load(opened.first_debtors)
        self.shell.fill_lists(opened)

    def load_phone(self) -> None:
        """The phone's modules load on a thread (pjsua2, numpy: ~200-300 ms of Python), then start_phone runs on
        the GUI thread (a few ms). Used before then, the phone is built at once (OnFirstUse)."""
        phone_modules = BackgroundImport(PHONE_MODULE, after=self.opener.database, wait_s=PHONE_AFTER_DATABASE_S,
                                         parent=self.host)
        phone_modules.done.connect(self.start_phone)
        phone_modules.start()
        self.keep_alive.append(phone_modules)

    def close(self) -> None:
        """Hang up and release the phone first (pjsua2 objects before libDestroy); then calls left without an
        outcome are closed as interrupted (the next start offers them), then the line and database go."""
        if self.started_bridge is not None:
            self.started_bridge.shutdown()
        elif self.phone.built:  # used before it was started
            self.phone.get().shutdown()
        self.opener.wait()  # quit while the database was still opening: it is closed once open
        opened = self.database or self.opener.opened_database
        if opened is not None:
            self.session.close_unfinished_calls()
        if self.demo_line is not None:
            self.demo_line.stop()
        if self.follow_up_queue is not None:  # both queues read on worker threads: each finishes before the engine
            self.follow_up_queue.stop()
        self.parts.work_queue.stop()
        if opened is not None:
            opened.dispose()


def build_desktop(settings: Settings, app: QApplication) -> Desktop:
    """Everything the agent's window needs, in one go (database opened on this thread, phone started): for tests
    and benchmarks; run_desktop paints first. Database errors raise DatabaseUnavailable (it has a user_message)."""
    desktop = build_window(settings, app)
    try:
        opened = desktop.opener.open_here()
    except Exception:
        desktop.close()
        raise
    desktop.start_phone()
    desktop.attach_database(opened)
    return desktop


def build_window(settings: Settings, app: QApplication) -> Desktop:
    """The window and every service, wired to repositories that wait for the database (``desktop.opener``, not
    started yet) and to a phone built when first used (``start_phone``): the shell, completed at once."""
    return complete_desktop(build_shell(settings, app))


def complete_desktop(shell: Shell) -> Desktop:
    """Every service over the shell's database stand-ins, and the shell's window completed with them (the host's
    first window). Nothing here imports SQLAlchemy, Alembic, pjsua2 or numpy: tests/ui/test_first_paint.py checks."""
    settings, switcher, opener = shell.settings, shell.switcher, shell.opener
    database = opener.database
    call_log = awaited(database, lambda opened: opened.call_log)
    follow_ups = awaited(database, lambda opened: opened.follow_ups)
    directory = shell.directory
    account = next((a for a in settings.sip_accounts if not a.registrar), None)  # the local account, no registrar
    registered, account_problems = telephony_accounts(settings)
    call_options, option_problem = call_options_from(settings)
    phone = OnFirstUse(lambda: build_phone(settings, account, registered, call_options),
                       until_built={"microphone_level": lambda: None})  # the meter looks before the phone starts
    demo_line = SimulatedDebtorLine() if settings.demo_mode else None
    library = load_library(cache_dir=settings.paths.cache_dir)  # checked once, then read back (library_cache)
    screen_pop = ScreenPopService(awaited(database, lambda opened: opened.callers), directory)  # one per INVITE
    router = dial_router_for(demo_line, registered[0] if registered else None, account.dial_prefix if account else "",
                          settings.dial_format)
    writer = CallLogWriter()  # the call log's commits, in order, off the GUI thread (its fsync no longer stalls it)
    session = CallSession(
        phone=phone, call_log=call_log, router=router, scripts=library,
        agent=AgentIdentity(settings.agent_login, settings.agent_name), language=settings.language,
        follow_ups=follow_ups, identify_caller=screen_pop.identify_caller, centre=_centre(settings),
        ring_timeout_ms=call_options.ring_timeout_s * 1000, writer=writer,
    )
    controls = CallControls(phone=phone, session=session, router=router, call_log=call_log, writer=writer)
    recent_calls = RecentCalls(call_log, settings.agent_login)
    work_queue = shell.work_queue
    session.call_completed.connect(lambda _debtor_id: work_queue.nudge())
    parts = _WindowParts(settings, directory, session, controls, recent_calls, screen_pop, work_queue,
                         notes=SignedInAgentNotes(awaited(database, lambda opened: opened.notes),
                                                  settings.agent_login),
                         audio=phone, audio_choice=saved_sound_devices(settings),
                         make_playback=lambda role: RecordingPlayback(
                             phone=phone, call_log=call_log, agent_login=settings.agent_login, role=role))
    parts.use_role("agent")  # the least a window may show, until the database says the agent's role
    parts.shell_window = shell.window
    host = WindowHost(parts.make_window, session, switcher)
    parts.host = host
    if registered:  # the light says so until the registrar answers
        host.show("registration", MainWindow.show_registration, "registering", "")
    for problem in [*account_problems, *([option_problem] if option_problem else []), *library.broken.values()]:
        host.show_problem(problem)
    return Desktop(host, session, phone, demo_line, opener, parts, shell, registered[0].name if registered else None,
                   [switcher, controls, recent_calls])


@dataclass
class _WindowParts:
    """What every main window is built from; a language switch builds a new window from the same parts."""

    settings: Settings
    directory: DebtorDirectory
    session: CallSession
    controls: CallControls
    recent_calls: RecentCalls
    screen_pop: ScreenPopService
    work_queue: WorkQueue
    notes: SignedInAgentNotes
    audio: AudioDevices
    make_playback: Callable[[str], RecordingPlayback]  # role -> the playback service it may use
    host: WindowHost | None = None
    shell_window: MainWindow | None = None  # the painted shell: the first make_window completes it
    audio_choice: tuple[str, str] | None = None  # the devices in use: the saved ones, then the dialog's choice
    role: str = "agent"
    playback: RecordingPlayback | None = None  # the role's (use_role)

    def use_role(self, role: str) -> None:
        """Windows built from now on show and play what ``role`` may (start_phone sends the phone's playback events
        to the playback service of the role)."""
        self.role = role
        self.playback = self.make_playback(role)

    def on_playback_state(self, event: PlaybackStateChanged) -> None:
        if self.playback is not None:
            self.playback.on_playback_state(event)

    def make_window(self, language: str) -> MainWindow:
        settings = self.settings
        panels: dict[str, Any] = dict(
            plan_offers=PlanOffers.for_pack(settings.rule_pack), controls=self.controls,
            recent_calls=self.recent_calls, screen_pop=self.screen_pop, role=self.role, notes=self.notes,
            next_actions=load_next_actions(settings.rule_pack), playback=self.playback,
        )
        shell, self.shell_window = self.shell_window, None
        if shell is not None and language == shell.language:  # the window on screen since the first paint
            shell.complete(self.session, **panels)
            window = shell
        else:
            window = MainWindow(directory=self.directory, session=self.session, language=language,
                                window_state=window_state(settings), work_queue=self.work_queue, **panels)
        window.show_context(settings.agent_name, settings.demo_mode, redact_url(settings.database_url))
        window.settings_requested.connect(lambda: self.open_settings(window))
        return window

    def open_settings(self, window: MainWindow) -> None:
        from app.services.settings_store import SettingsStore  # it checks database URLs: SQLAlchemy, not at start
        from app.ui.settings_dialog import SettingsDialog

        store = SettingsStore(self.settings.config_file, CredentialStore(), data_dir=self.settings.paths.data_dir)
        dialog = SettingsDialog(store, self.audio, database_url_in_use=self.settings.database_url,
                                audio_choice=self.audio_choice, in_call=lambda: self.session.in_call, parent=window)
        dialog.audio_devices_chosen.connect(self._remember_audio_choice)
        if self.host is not None:
            dialog.language_chosen.connect(self.host.request_language)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _remember_audio_choice(self, capture: str, playback: str) -> None:
        self.audio_choice = (capture, playback)


def _warm_up(follow_ups: FollowUps) -> None:
    """What the first call would otherwise pay for in the middle of it, done while the agent is still idle:
    libphonenumber compiles its patterns on first use (~6 ms) and the collection-hold query its statement.

    Then the start-up objects (Qt wrappers, scripts, number metadata, SQLAlchemy's caches: ~115,000) are moved out
    of the garbage collector's reach with ``gc.freeze``: they live as long as the process, and a full collection
    walking them took 50–100 ms, a stall in the middle of a call whenever it happened to run.
    """
    national_digits(to_e164("13800138000"))
    _load_pyside_signatures()
    make_lazy_qt_types()
    load_script_engine_in_background()
    try:
        follow_ups.collection_hold(0)
    except Exception as error:  # noqa: BLE001 - a warm-up; the real call reports a database problem itself
        log.debug("warm-up query failed: %s", error)
    gc.collect()
    gc.freeze()


def _load_pyside_signatures() -> None:
    """PySide builds its tables of Qt's call signatures the first time a call into Qt is given arguments it does
    not take (~20 ms, once): a call's teardown does that (a TypeError PySide raises and handles itself while a
    deleted object's slots are matched), which stalled the GUI thread mid-call (bench/gui_stall.py). Paid here."""
    try:
        QTimer.singleShot("warm-up", None)  # type: ignore[call-overload]  # the wrong arguments, on purpose
    except TypeError:
        pass


def _centre(settings: Settings) -> Centre | None:
    """The centre named in calldesk.toml for the agent's language; None keeps the scripts' defaults."""
    default = DEFAULT_CENTRES.get(settings.language, DEFAULT_CENTRES["en"])
    name = settings.centre_name.get(settings.language)
    if not name and not settings.centre_callback_number:
        return None
    return Centre(name or default.name, settings.centre_callback_number or default.callback_number)
