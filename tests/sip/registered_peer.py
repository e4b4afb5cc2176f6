"""A second registered phone in a process of its own (one pjsua2 Endpoint per process), for the kamailio tests.

Child: ``python -m tests.sip.registered_peer REGISTRAR USER [EXPIRY_S]``, password in ``CALLDESK_TEST_SIP_PASSWORD``
(never on the command line). It is the app's own Pjsua2Phone with one account; it answers every incoming call and
prints one line per event: ``REG <state> <code>``, ``INCOMING``, ``STATE <state> <code>``; ``READY`` once registered.
It reads commands on stdin: ``DIAL <target>``, ``HANGUP`` (every call), ``QUIT``; it also quits on end of input.

Parent: ``RegisteredPeer`` starts the child and waits for its lines (same idea as SimulatedDebtorLine).
"""

import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

PASSWORD_ENV = "CALLDESK_TEST_SIP_PASSWORD"
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def main(registrar: str, user: str, expiry_s: str = "300") -> int:
    from app.telephony.accounts import TelephonyAccount, default_bind_address
    from app.telephony.events import CallStateChanged, IncomingCall, RegistrationStateChanged, TelephonyEvent
    from app.telephony.pjsua2_adapter import Pjsua2Phone

    account = TelephonyAccount(
        name="peer", user=user, registrar=registrar, bind_address=default_bind_address(registrar),
        registration_expiry_s=int(expiry_s),
    )
    phone = Pjsua2Phone(
        user=f"{user}-local", force_null_audio=True, accounts=[account],
        password_lookup=lambda _name: os.environ.get(PASSWORD_ENV),
    )
    ready = False

    def on_event(event: TelephonyEvent) -> None:
        nonlocal ready
        if isinstance(event, RegistrationStateChanged):
            print(f"REG {event.state} {event.sip_code}", flush=True)
            if event.state == "registered" and not ready:
                ready = True
                print("READY", flush=True)
        elif isinstance(event, IncomingCall):
            print("INCOMING", flush=True)
            phone.answer(event.call_key)
        elif isinstance(event, CallStateChanged):
            print(f"STATE {event.state.value} {event.sip_code}", flush=True)

    commands: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_read_commands, args=(commands,), daemon=True).start()
    phone.add_listener(on_event)
    phone.start()
    try:
        while True:
            phone.pump()
            try:
                command = commands.get(timeout=0.005)
            except queue.Empty:
                continue
            if command.startswith("DIAL "):
                phone.make_call(command.removeprefix("DIAL "))
            elif command == "HANGUP":
                for call_key in phone.active_call_keys:
                    phone.hangup(call_key)
            elif command == "QUIT":
                break
    finally:
        phone.shutdown()
        print("SHUTDOWN", flush=True)
    return 0


def _read_commands(commands: "queue.Queue[str]") -> None:
    for line in sys.stdin:
        commands.put(line.strip())
    commands.put("QUIT")


class RegisteredPeer:
    def __init__(self, registrar: str, user: str, password: str, expiry_s: int = 300) -> None:
        env = dict(os.environ)
        env[PASSWORD_ENV] = password
        env["PYTHONPATH"] = os.pathsep.join([str(PROJECT_ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))])
        env["PYTHONUNBUFFERED"] = "1"
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.sip.registered_peer", registrar, user, str(expiry_s)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
        )
        self._lines: list[str] = []
        self._changed = threading.Condition()
        self._reading = True
        threading.Thread(target=self._read, daemon=True).start()

    def wait_for_line(self, pattern: str, timeout_s: float, start: int = 0) -> str:
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                for line in self._lines[start:]:
                    if regex.search(line):
                        return line
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._process.poll() is not None and not self._reading:
                    raise TimeoutError(f"no peer line matching {pattern!r}; lines: {self._lines[-10:]}")
                self._changed.wait(min(remaining, 0.2))

    @property
    def line_count(self) -> int:
        with self._changed:
            return len(self._lines)

    def lines(self) -> list[str]:
        with self._changed:
            return list(self._lines)

    def send(self, command: str) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(command + "\n")
        self._process.stdin.flush()

    def stop(self, timeout_s: float = 10.0) -> int:
        """QUIT (the phone un-registers and shuts down), then kill if it hangs. Returns the exit code."""
        if self._process.poll() is None:
            try:
                self.send("QUIT")
                self._process.stdin.close()  # type: ignore[union-attr]  # present here, or the test fails on this line
            except (BrokenPipeError, OSError):
                pass
            try:
                self._process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        return self._process.returncode

    def __enter__(self) -> "RegisteredPeer":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for raw in self._process.stdout:
            with self._changed:
                self._lines.append(raw.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._reading = False
            self._changed.notify_all()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
