"""SimulatedDebtorLine: starts ``python -m app sim-debtor`` as a child process and knows its SIP URI.

Used by demo mode (started on demand, stopped on exit) and by the SIP tests. The child's stdout is a line
protocol (see pjsua2_sim_debtor); a reader thread keeps reading it so the child never blocks on a full pipe,
and keeps the lines for ``wait_for_line``. The child's stderr goes to this process's logging.
"""

import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO

log = logging.getLogger(__name__)

READY_PATTERN = re.compile(r"^READY (sip:\S+)$")
PROJECT_ROOT = Path(__file__).resolve().parents[2]
MAX_KEPT_LINES = 2000


class SimulatedDebtorLine:
    def __init__(
        self,
        port: int = 0,
        answer_delay_ms: int | None = None,
        prompt: Path | None = None,
        hangup_after_s: float | None = None,
        startup_timeout_s: float = 10.0,
        python: str = sys.executable,
    ) -> None:
        self._command = [python, "-m", "app", "sim-debtor", "--port", str(port), "--exit-with-parent"]
        if answer_delay_ms is not None:
            self._command += ["--answer-delay-ms", str(answer_delay_ms)]
        if prompt is not None:
            self._command += ["--prompt", str(prompt)]
        if hangup_after_s is not None:
            self._command += ["--hangup-after-s", str(hangup_after_s)]
        self._startup_timeout_s = startup_timeout_s
        self._process: subprocess.Popen[str] | None = None
        self._uri: str | None = None
        self._exit_code: int | None = None
        self._lines: list[str] = []
        self._dropped_lines = 0
        self._lines_changed = threading.Condition()
        self._stderr_tail: list[str] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> str:
        """Start the child (once) and wait for its READY line; returns its SIP URI. Raises RuntimeError."""
        if self._uri is not None:
            return self._uri
        if self._process is not None:
            raise RuntimeError("The simulated debtor line was stopped; create a new one.")
        first_line = self.line_count
        self._process = subprocess.Popen(
            self._command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=self._child_env(),
        )
        self._threads = [
            self._reader(self._process.stdout, self._keep_stdout_line, "sim-debtor-stdout"),
            self._reader(self._process.stderr, self._keep_stderr_line, "sim-debtor-stderr"),
        ]
        try:
            ready = self.wait_for_line(READY_PATTERN.pattern, self._startup_timeout_s, start=first_line)
        except TimeoutError:
            code = self.stop()
            tail = " | ".join(self._stderr_tail[-5:]) or "no output"
            raise RuntimeError(
                f"The simulated debtor line did not start within {self._startup_timeout_s:.0f} s "
                f"(exit code {code}): {tail}"
            ) from None
        match = READY_PATTERN.match(ready)
        assert match is not None
        self._uri = match.group(1)
        return self._uri

    def ensure_started(self) -> str:
        """Start the line if needed (again, if it died on its own); returns its ``host:port`` for DialRouter."""
        process = self._process
        if process is not None and self._exit_code is None and process.poll() is not None:
            log.warning("the simulated debtor line ended on its own (exit code %s); starting it again", process.returncode)
            for thread in self._threads:
                thread.join(5)
            self._process, self._uri = None, None
        return self.start().partition("@")[2]

    @property
    def uri(self) -> str:
        if self._uri is None:
            raise RuntimeError("The simulated debtor line is not started.")
        return self._uri

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self, timeout_s: float = 5.0) -> int | None:
        """SIGTERM, wait, then kill. Returns the exit code (None if never started). Safe to call again."""
        process = self._process
        if process is None:
            return None
        if self._exit_code is None:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout_s)
                except subprocess.TimeoutExpired:
                    log.warning("simulated debtor line did not stop on SIGTERM; killing it")
                    process.kill()
                    process.wait()
            self._exit_code = process.returncode
            for thread in self._threads:
                thread.join(timeout_s)
        return self._exit_code

    def lines(self) -> list[str]:
        """The protocol lines printed so far (READY, INCOMING, CONFIRMED, DISCONNECTED...), the last 2000."""
        with self._lines_changed:
            return list(self._lines)

    @property
    def line_count(self) -> int:
        """How many lines the child has printed; pass it as ``start`` to wait only for lines printed later."""
        with self._lines_changed:
            return self._dropped_lines + len(self._lines)

    def wait_for_line(self, pattern: str, timeout_s: float, start: int = 0) -> str:
        """The first line number ``start`` or later matching the regex ``pattern``; raises TimeoutError."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout_s
        with self._lines_changed:
            while True:
                for line in self._lines[max(start - self._dropped_lines, 0) :]:
                    if regex.search(line):
                        return line
                remaining = deadline - time.monotonic()
                finished = self._process is None or (self._process.poll() is not None and not self._readers_alive())
                if remaining <= 0 or finished:
                    raise TimeoutError(f"no line matching {pattern!r} from the simulated debtor line")
                self._lines_changed.wait(min(remaining, 0.2))

    def __enter__(self) -> "SimulatedDebtorLine":
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    # -- internals -------------------------------------------------------------------------------------------

    def _child_env(self) -> dict[str, str]:
        """The child must import ``app`` even when this checkout is not installed."""
        env = dict(os.environ)
        paths = [str(PROJECT_ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
        env["PYTHONPATH"] = os.pathsep.join(paths)
        env["PYTHONUNBUFFERED"] = "1"
        return env

    def _reader(self, stream: IO[str] | None, keep: Callable[[str], None], name: str) -> threading.Thread:
        def read_all() -> None:
            assert stream is not None
            for raw in stream:
                keep(raw.rstrip("\r\n"))
            with self._lines_changed:
                self._lines_changed.notify_all()

        thread = threading.Thread(target=read_all, name=name, daemon=True)
        thread.start()
        return thread

    def _keep_stdout_line(self, line: str) -> None:
        with self._lines_changed:
            self._lines.append(line)
            if len(self._lines) > MAX_KEPT_LINES:
                self._dropped_lines += len(self._lines) - MAX_KEPT_LINES
                del self._lines[:-MAX_KEPT_LINES]
            self._lines_changed.notify_all()

    def _keep_stderr_line(self, line: str) -> None:
        self._stderr_tail = [*self._stderr_tail[-19:], line]
        log.info("sim-debtor: %s", line)

    def _readers_alive(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)
