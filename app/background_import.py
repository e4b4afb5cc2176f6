"""A module imported on a thread of its own, so the GUI thread stays free while its Python code loads.

The phone's modules (pjsua2, numpy for the echo canceller, the adapter: ~200-300 ms, almost all of the phone's
start) load this way after the first paint; starting the phone on the GUI thread then takes a few milliseconds.
The GIL is shared, so the loading thread gives the GUI thread a turn every few milliseconds instead of holding it
for the whole import; Python's import lock makes a GUI-thread import of the same module wait for this one.
"""

import importlib
import logging
import threading
from concurrent.futures import Future, wait
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class BackgroundImport(QObject):
    """``start()`` imports ``module`` (one name, or several in order) on a daemon thread; ``done`` follows on the
    thread this object lives on (queued), whether the import worked or not (a failing import fails again, with its
    error, where the module is used).

    ``after``: work to let finish first, for at most ``wait_s`` (both are Python code sharing one GIL: taking turns
    every few ms, neither would end sooner than one after the other)."""

    done = Signal()

    def __init__(self, module: str | tuple[str, ...], after: "Future[Any] | None" = None, wait_s: float = 0.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._modules = (module,) if isinstance(module, str) else module
        self._after = after
        self._wait_s = wait_s
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="calldesk-import", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        if self._after is not None:
            wait([self._after], timeout=self._wait_s)
        for module in self._modules:
            try:
                importlib.import_module(module)
            except Exception as error:  # noqa: BLE001 - the GUI thread's import says it where the module is used
                log.debug("background import of %s failed: %s", module, error)
        try:
            self.done.emit()
        except RuntimeError:  # the window and this object are gone: CallDesk closed while the module loaded
            log.debug("background import of %s ended after the window closed", ", ".join(self._modules))
