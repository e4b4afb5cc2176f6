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
from app.db.demo_data import seed_demo_data_if_empty
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.pjsua2_adapter import Pjsua2Phone
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
    account = settings.sip_accounts[0] if settings.sip_accounts else None
    phone = Pjsua2Phone(
        sip_port=account.local_port if account else 0, user=account.user if account else "agent",
        display_name=settings.agent_name, dial_prefix=account.dial_prefix if account else "",
    )
    bridge = TelephonyBridge(phone)
    demo_line = SimulatedDebtorLine() if settings.demo_mode else None
    library = load_library()
    session = CallSession(
        phone=phone, call_log=call_log, router=DialRouter(demo_line=demo_line, dial_prefix=account.dial_prefix if account else ""),
        scripts=library, agent=AgentIdentity(settings.agent_login, settings.agent_name), language=settings.language,
    )
    bridge.call_state_changed.connect(session.on_call_state)
    window = MainWindow(directory=DebtorRepository(sessions), session=session, language=settings.language)
    window.show_context(settings.agent_name, settings.demo_mode, redact_url(settings.database_url))
    bridge.audio_device_status.connect(lambda event: window.show_audio_status(event.null_device, event.description))
    bridge.error.connect(lambda event: window.show_problem(event.message))
    try:
        bridge.start()
    except RuntimeError as error:
        window.show_problem(str(error))
    for problem in library.broken.values():
        window.show_problem(problem)
    return Desktop(window, session, bridge, demo_line, engine.dispose, keep_alive)


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
