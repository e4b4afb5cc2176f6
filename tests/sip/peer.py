"""PeerPhone: starts ``python -m tests.sip.peer_endpoint`` and talks its line protocol (see that module).

A reader thread keeps every stdout line so the child never blocks on a full pipe; ``wait_for`` finds a line
printed after a given mark, ``command`` sends one command and waits for its ``OK``/``ERROR``.
"""

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[2]
READY = re.compile(r"^READY (sip:\S+)$")


class PeerError(RuntimeError):
    """The peer answered ``ERROR`` to a command."""


class PeerPhone:
    def __init__(self, user: str = "peer", auto_answer_ms: int | None = None, no_telephone_event: bool = False) -> None:
        self.user = user
        self._command = [sys.executable, "-m", "tests.sip.peer_endpoint", "--user", user]
        if auto_answer_ms is not None:
            self._command += ["--auto-answer-ms", str(auto_answer_ms)]
        if no_telephone_event:
            self._command.append("--no-telephone-event")
        self._process: subprocess.Popen[str] | None = None
        self._lines: list[str] = []
        self._stderr: list[str] = []
        self._changed = threading.Condition()
        self._threads: list[threading.Thread] = []
        self.uri = ""

    def start(self, timeout_s: float = 10.0) -> str:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        self._process = subprocess.Popen(
            self._command, cwd=ROOT, env=env, text=True, encoding="utf-8", errors="replace",
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        self._threads = [self._reader(self._process.stdout, self._lines), self._reader(self._process.stderr, self._stderr)]
        match = READY.match(self.wait_for(READY.pattern, timeout_s))
        assert match is not None
        self.uri = match.group(1)
        return self.uri

    def stop(self, timeout_s: float = 5.0) -> int:
        """``quit``, then SIGTERM, then kill; returns the exit code."""
        process = self._process
        assert process is not None
        if process.poll() is None:
            try:
                assert process.stdin is not None
                process.stdin.write("quit\n")
                process.stdin.flush()
                process.wait(timeout_s)
            except (OSError, subprocess.TimeoutExpired):
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout_s)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        for thread in self._threads:
            thread.join(timeout_s)
        return process.returncode

    def terminate(self, timeout_s: float = 5.0) -> int:
        """SIGTERM (as a service manager would), wait; returns the exit code."""
        assert self._process is not None
        self._process.send_signal(signal.SIGTERM)
        code = self._process.wait(timeout_s)
        for thread in self._threads:
            thread.join(timeout_s)
        return code

    @property
    def mark(self) -> int:
        """The number of lines printed so far: pass it to ``wait_for`` to see only later lines."""
        with self._changed:
            return len(self._lines)

    def lines(self, start: int = 0) -> list[str]:
        with self._changed:
            return self._lines[start:]

    def find(self, pattern: str, start: int = 0) -> str | None:
        """The first line from ``start`` on that matches the regex, or None (does not wait)."""
        regex = re.compile(pattern)
        with self._changed:
            return next((line for line in self._lines[start:] if regex.search(line)), None)

    def wait_for(self, pattern: str, timeout_s: float = 10.0, start: int = 0) -> str:
        """The first line from ``start`` on that matches the regex; raises TimeoutError (with the peer's output)."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                for line in self._lines[start:]:
                    if regex.search(line):
                        return line
                remaining = deadline - time.monotonic()
                alive = self._process is not None and (self._process.poll() is None or any(t.is_alive() for t in self._threads))
                if remaining <= 0 or not alive:
                    tail = "\n".join(self._lines[-15:] + self._stderr[-5:])
                    raise TimeoutError(f"peer {self.user}: no line matching {pattern!r} in {timeout_s} s; last lines:\n{tail}")
                self._changed.wait(min(remaining, 0.1))

    def command(self, text: str, timeout_s: float = 5.0) -> None:
        """Send one command and wait for its OK; raises PeerError on ERROR."""
        assert self._process is not None and self._process.stdin is not None
        start = self.mark
        self._process.stdin.write(text + "\n")
        self._process.stdin.flush()
        reply = self.wait_for(rf"^(OK|ERROR) {re.escape(text)}(:|$)", timeout_s, start)
        if reply.startswith("ERROR"):
            raise PeerError(reply)

    def __enter__(self) -> "PeerPhone":
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def _reader(self, stream: object, into: list[str]) -> threading.Thread:
        def read_all() -> None:
            for raw in stream:  # type: ignore[attr-defined]  # a text pipe, typed object to take either pipe
                with self._changed:
                    into.append(raw.rstrip("\r\n"))
                    self._changed.notify_all()
            with self._changed:
                self._changed.notify_all()

        thread = threading.Thread(target=read_all, name=f"peer-{self.user}", daemon=True)
        thread.start()
        return thread
