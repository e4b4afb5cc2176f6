"""The window first: the GUI half of the composition root up to the first paint, called from app.__main__ only.

Only PySide6 and a few small modules of ours load before the window paints: the main window's shell (menus and
their keys, the work queue and debtor list, labelled and loading, a search field that keeps what is typed, the phone
column saying it starts). After the paint, in this order, each off the GUI thread where it can be: the database
opens (SQLAlchemy; Alembic only for a migration) and fills the lists; the rest of the app's modules load and
app.desktop completes the same window with its services; the phone's modules load and the phone starts.
"""

import logging
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app import system_check
from app.background_import import BackgroundImport
from app.config import Settings, redact_url
from app.database_opening import DatabaseOpener, OpenedDatabase, awaited
from app.first_paint import FirstPaint
from app.services.language import LanguageSwitcher, install_translators
from app.services.work_queue import WorkQueue
from app.termination_signals import TerminationSignals
from app.ui.main_window import PANEL_MODULES, MainWindow

if TYPE_CHECKING:
    from app.db.debtor_repository import DebtorRepository
    from app.desktop import Desktop

log = logging.getLogger("app.desktop")  # the start's milestones ("window painted", "window open") in one logger

DESKTOP_MODULES = ("app.desktop", *PANEL_MODULES)  # services, panels, scripts: on a thread once the lists are filled
DESKTOP_AFTER_DATABASE_S = 2.0  # the rest of the app waits this long at most for the database (a slow server)
# How long a loading thread may keep the GIL while the GUI thread waits for it (the interpreter's default: 5 ms).
# The database, the app's modules and the phone's load on threads after the paint, as Python; at 1 ms the window
# answers keys and paints between their slices at once. The phone sets the same once it runs (for its audio threads,
# app/telephony/pjsua2_audio.py), so the app runs with one value from its start.
GIL_SLICE_S = 0.001


@dataclass
class Shell:
    """What the window's first paint is made of; app.desktop.complete_desktop builds the rest around it."""

    settings: Settings
    switcher: LanguageSwitcher
    opener: DatabaseOpener
    directory: "DebtorRepository"  # an Awaited stand-in until the database is open
    work_queue: WorkQueue
    window: MainWindow  # the shell until completed; then the one the desktop's host starts with
    lists_filled: bool = False
    keep_alive: list[object] = field(default_factory=list)

    def fill_lists(self, opened: OpenedDatabase) -> None:
        """The database is open: the debtor list shows its first page and the work queue starts (once)."""
        if self.lists_filled:
            return
        self.lists_filled = True
        self.work_queue.start(read_now=False)  # the window asked for it as it showed loading
        self.window.load(opened.first_debtors)

    def close(self) -> None:
        """Closed before the desktop was complete: the database's readers end before it is closed."""
        self.opener.wait()
        self.work_queue.stop()
        opened = self.opener.opened_database
        if opened is not None:
            opened.dispose()


def build_shell(settings: Settings, app: QApplication) -> Shell:
    """Translators, the database opener (not started) and the shell window wired to stand-ins that wait for it.
    Nothing here imports SQLAlchemy, pjsua2, numpy or the panels of a complete window: test_first_paint checks."""
    translators = install_translators(app, settings.language, settings.paths.cache_dir)
    switcher = LanguageSwitcher(app, settings.language, settings.paths.cache_dir, installed=translators)
    opener = DatabaseOpener(settings)
    directory = awaited(opener.database, lambda opened: opened.directory)
    work_queue = WorkQueue(awaited(opener.database, lambda opened: opened.work_queue), settings.agent_login)
    window = MainWindow(directory=directory, session=None, language=switcher.language,
                        window_state=window_state(settings), work_queue=work_queue)
    window.show_context(settings.agent_name, settings.demo_mode, redact_url(settings.database_url))
    return Shell(settings, switcher, opener, directory, work_queue, window)


def window_state(settings: Settings) -> QSettings:
    """Window size, position and splitters, in an INI file beside calldesk.toml."""
    return QSettings(str(settings.window_state_file), QSettings.Format.IniFormat)


class _Start:
    """The steps after the first paint, each started by the one before, on the GUI thread."""

    def __init__(self, app: QApplication, shell: Shell) -> None:
        self.app = app
        self.shell = shell
        self.desktop: Desktop | None = None
        self.attached = False
        self.failed: list[BaseException] = []

    def after_first_paint(self) -> None:
        log.info("window painted")
        shell = self.shell
        shell.opener.start()
        threading.Thread(target=_warn_without_chinese_font, name="calldesk-font-check", daemon=True).start()
        modules = BackgroundImport(DESKTOP_MODULES, after=shell.opener.database, wait_s=DESKTOP_AFTER_DATABASE_S,
                                   parent=shell.window)
        modules.done.connect(self.complete)
        modules.start()
        shell.keep_alive.append(modules)

    def database_opened(self, opened: OpenedDatabase) -> None:
        self.shell.fill_lists(opened)
        if self.desktop is not None:
            self._attach(self.desktop, opened)

    def database_failed(self, error: BaseException) -> None:
        self.failed.append(error)
        show_startup_error(error, self.shell.window)
        self.app.exit(1)

    def complete(self) -> None:
        """The rest of the app's modules are in: the same window completed with its services, then the phone."""
        if self.failed:
            return
        from app.desktop import complete_desktop

        desktop = complete_desktop(self.shell)
        self.desktop = desktop
        opened = self.shell.opener.opened_database
        if opened is not None and self.shell.lists_filled:  # else database_opened attaches it, in its turn
            self._attach(desktop, opened)
        desktop.load_phone()

    def _attach(self, desktop: "Desktop", opened: OpenedDatabase) -> None:
        if self.attached:
            return
        self.attached = True
        desktop.attach_database(opened)
        log.info("window open")
        interrupted = desktop.session.interrupted.recover()
        if interrupted:
            QTimer.singleShot(0, lambda: desktop.window.offer_interrupted_calls(interrupted))

    def close(self) -> None:
        if self.desktop is not None:
            self.desktop.close()
        else:
            self.shell.close()


def run_desktop(settings: Settings, argv: list[str]) -> int:
    """The window until it is closed, or until SIGTERM (exit 0) or SIGINT (exit 130) ends it from any state.

    A database that cannot be opened is said in a box over the window, then raised as before (main prints it and
    exits 1)."""
    sys.setswitchinterval(GIL_SLICE_S)
    app = QApplication(argv)
    app.setApplicationName("CallDesk")
    signals = TerminationSignals()  # from here on, a signal during start-up is acted on as the window opens
    signals.received.connect(lambda _signum: _quit_from_any_state(app))
    try:
        shell = build_shell(settings, app)
    except Exception as error:
        signals.close()
        show_startup_error(error)
        raise
    start = _Start(app, shell)
    try:
        shell.opener.opened.connect(start.database_opened)
        shell.opener.failed.connect(start.database_failed)
        first_paint = FirstPaint(shell.window)
        first_paint.painted.connect(start.after_first_paint)
        shell.window.show_loading()
        shell.window.show()
        shell.window.activateWindow()
        app.exec()
    finally:
        window = shell.window if start.desktop is None else start.desktop.window
        if signals.signum is not None:
            window.save_window_state()  # closeEvent, which saves it on a normal quit, is not run
        started = time.monotonic()
        start.close()
        if signals.signum is not None:
            log.info("closed after %s in %.0f ms", signal.Signals(signals.signum).name,
                     (time.monotonic() - started) * 1000)
        signals.close()
    if start.failed and signals.signum is None:
        raise start.failed[0]
    return signals.exit_code


def _warn_without_chinese_font() -> None:
    """fc-list (~10 ms) off the path to the first paint; a missing font is a warning, as before the window."""
    for problem in system_check.check_cjk_font():
        print(f"Warning: {problem.message}", file=sys.stderr)


def show_startup_error(error: BaseException, parent: QWidget | None = None) -> None:
    """An agent started from a desktop icon sees no terminal: say it in a box too (main() prints it as well)."""
    message = getattr(error, "user_message", None)
    if isinstance(message, str) and QApplication.platformName() != "offscreen":
        QMessageBox.critical(parent, "CallDesk", message)


def _quit_from_any_state(app: QApplication) -> None:
    """Every dialog is closed unanswered (an outcome left open is closed as interrupted by Desktop.close) and every
    event loop, nested modal ones included, is left: exit(), unlike quit(), sends no close events, so no
    "Call in progress?" question is asked. Hang-up and clean-up follow in run_desktop."""
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    app.exit(0)
