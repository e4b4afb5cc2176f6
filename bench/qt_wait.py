"""Shared by the benchmarks: run the Qt event loop until a condition holds, with a deadline."""

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


class BenchError(RuntimeError):
    """A benchmark could not measure what it set out to (the message says what did not happen)."""


def run_until(condition: Callable[[], bool], failure: str, timeout_s: float) -> None:
    """Run the Qt event loop (timers pump the phone) until ``condition`` holds; BenchError after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)
    check.timeout.connect(lambda: loop.quit() if condition() or time.monotonic() > deadline else None)
    check.start()
    if not condition():
        loop.exec()
    check.stop()
    if not condition():
        raise BenchError(f"{failure} within {timeout_s:.0f} s")
