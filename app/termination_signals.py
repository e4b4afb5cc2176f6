"""SIGTERM and SIGINT reach CallDesk in any state, modal dialogs and their nested event loops included.

A Python signal handler only runs once the interpreter gets control, and Qt's event loop (or a modal dialog's
nested one) may not give it that for a long time. So the C-level handler's wake-up byte (``signal.set_wakeup_fd``)
goes into a socket that a QSocketNotifier watches: the notifier's slot runs in whichever event loop is spinning,
reads which signal came, and reports the first one once. From then on a watchdog bounds the shutdown: should it
hang, the process logs a line and exits after ``WATCHDOG_S`` (faulthandler backs it up with the stacks of every
thread, for when Python itself cannot run).

Part of the composition root: only app.desktop uses it.
"""

import faulthandler
import logging
import os
import signal
import socket
import threading
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

# SIGTERM is a clean stop (exit 0: what service managers expect); SIGINT is the shell's Ctrl+C (exit 130, as
# the commands exit on Ctrl+C), after the same clean shutdown.
EXIT_CODES = {signal.SIGTERM: 0, signal.SIGINT: 130}
WATCHDOG_S = 5.0
BACKSTOP_S = 2.0  # faulthandler's exit, this long after the watchdog's, if Python code cannot run at all
EXIT_SHUTDOWN_HUNG = 1


def _note_signal(_signum: int, _frame: FrameType | None) -> None:
    """The C handler has already written the wake-up byte; acting here could interrupt any Python code."""


class TerminationSignals(QObject):
    received = Signal(int)  # the first SIGTERM or SIGINT, once, on the GUI thread

    def __init__(self, watchdog_s: float = WATCHDOG_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watchdog_s = watchdog_s
        self.signum: int | None = None
        self._watchdog: threading.Timer | None = None
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_wakeup_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous_handlers = {signum: signal.signal(signum, _note_signal) for signum in EXIT_CODES}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wake_up)

    @property
    def exit_code(self) -> int:
        """0 when no signal came or after SIGTERM, 130 after SIGINT."""
        return 0 if self.signum is None else EXIT_CODES[signal.Signals(self.signum)]

    def close(self) -> None:
        """The shutdown finished: stop the watchdog. After a signal, later ones are ignored (the process is about to
        exit: Python's default SIGINT handler would end it with a traceback); else Python's handlers come back."""
        self._on_wake_up()  # signals that came once the event loop had stopped: logged
        if self._watchdog is not None:
            self._watchdog.cancel()
            faulthandler.cancel_dump_traceback_later()
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_wakeup_fd)
        for signum, handler in self._previous_handlers.items():
            signal.signal(signum, handler if self.signum is None else signal.SIG_IGN)
        self._reader.close()
        self._writer.close()

    def _on_wake_up(self) -> None:
        for signum in self._drain():
            if signum not in EXIT_CODES:
                continue
            name = signal.Signals(signum).name
            if self.signum is not None:
                log.info("%s received while closing: the shutdown goes on", name)
                continue
            self.signum = signum
            log.info("%s received: closing CallDesk", name)
            self._start_watchdog(name)
            self.received.emit(signum)

    def _drain(self) -> bytes:
        data = b""
        while True:
            try:
                chunk = self._reader.recv(64)
            except (BlockingIOError, InterruptedError):
                return data
            if not chunk:
                return data
            data += chunk

    def _start_watchdog(self, name: str) -> None:
        self._watchdog = threading.Timer(self._watchdog_s, _give_up, args=(name, self._watchdog_s))
        self._watchdog.daemon = True
        self._watchdog.start()
        faulthandler.dump_traceback_later(self._watchdog_s + BACKSTOP_S, exit=True)


def _give_up(name: str, waited_s: float) -> None:
    """On the watchdog thread: the shutdown hung. Say so in the log, then end the process without cleanup."""
    log.error("CallDesk did not close within %g s after %s; exiting now (status %d)", waited_s, name,
              EXIT_SHUTDOWN_HUNG)
    for handler in logging.getLogger().handlers:
        try:
            handler.flush()
        except Exception:  # noqa: BLE001 - exiting anyway; a log that cannot be flushed must not stop that
            pass
    os._exit(EXIT_SHUTDOWN_HUNG)
