"""Debian's ``baresip`` as an independent third-party phone on 127.0.0.1, for interop tests.

``BaresipPhone`` writes a throwaway config dir (``baresip -f DIR``): SIP on 127.0.0.1:<free port>, no sound card
(the ``aufile`` source plays a WAV into every call; the ``aubridge`` player swallows what it hears), the
``sndfile`` filter dumps each call's sent and received audio as WAVs, and one local account with no registrar and
``answermode=auto``. It is driven over ``ctrl_tcp`` on loopback (netstring-framed JSON: commands in, responses and
call events such as ``CALL_ESTABLISHED``/``CALL_CLOSED`` out), started and stopped by the test, every wait bounded.

Needs the Debian package ``baresip`` (``baresip-core`` holds the modules used here).
"""

import array
import json
import math
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path
from types import TracebackType
from typing import Any

HOST = "127.0.0.1"
MODULE_DIR = Path("/usr/lib/baresip/modules")
MODULES = ("g711.so", "aufile.so", "aubridge.so", "sndfile.so")
APP_MODULES = ("account.so", "menu.so", "ctrl_tcp.so")
START_ATTEMPTS = 3


class BaresipError(RuntimeError):
    """baresip is missing, did not start, or refused a command; the message says which and what to do."""


def baresip_problem() -> str | None:
    """Why baresip cannot be used here, or None when it can."""
    if shutil.which("baresip") is None:
        return "baresip is not installed: run `apt-get install baresip` (./calldesk.sh test installs it)."
    missing = [name for name in (*MODULES, *APP_MODULES) if not (MODULE_DIR / name).is_file()]
    if missing:
        return f"baresip modules missing from {MODULE_DIR}: {', '.join(missing)}; reinstall the baresip-core package."
    return None


def free_sip_port() -> int:
    """A port free for UDP and TCP, with port+1 free for TCP too (baresip listens for SIP/TLS there)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((HOST, 0))
            port = probe.getsockname()[1]
        if port < 65535 and _tcp_free(port) and _tcp_free(port + 1):
            return port
    raise BaresipError("no free SIP port pair on 127.0.0.1")


def _tcp_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def _free_tcp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wav_rms(path: Path, skip_s: float = 0.0) -> float:
    """Root mean square of a 16-bit PCM WAV's samples (all channels), after skipping ``skip_s`` seconds."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit PCM, got {wav.getsampwidth() * 8}-bit")
        wav.readframes(int(skip_s * wav.getframerate()))
        samples = array.array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples))


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


class BaresipPhone:
    """One baresip process: ``start()`` → its SIP URI; ``dial``/``hangup``/``accept``; events; ``stop()``."""

    def __init__(
        self,
        workdir: Path,
        source_wav: Path,
        user: str = "peer",
        answer_mode: str = "auto",
        startup_timeout_s: float = 10.0,
    ) -> None:
        problem = baresip_problem()
        if problem is not None:
            raise BaresipError(problem)
        with wave.open(str(source_wav), "rb") as wav:
            if (wav.getsampwidth(), wav.getnchannels()) != (2, 1):
                raise BaresipError(f"{source_wav}: baresip's aufile needs a 16-bit mono WAV")
        self.workdir = workdir
        self.dump_dir = workdir / "dumps"
        self._source_wav = source_wav
        self._user = user
        self._answer_mode = answer_mode
        self._startup_timeout_s = startup_timeout_s
        self._process: subprocess.Popen[bytes] | None = None
        self._control: socket.socket | None = None
        self._reader: threading.Thread | None = None
        self._messages: list[dict[str, Any]] = []
        self._changed = threading.Condition()
        self._next_token = 1
        self._sip_port = 0
        self._exit_code: int | None = None

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> str:
        """Start baresip and connect to its control port; returns its SIP URI. Raises BaresipError."""
        if self._process is not None:
            return self.uri
        self.dump_dir.mkdir(parents=True, exist_ok=True)
        last_problem = ""
        for _ in range(START_ATTEMPTS):  # a free port can be taken between probing it and baresip binding it
            self._sip_port, control_port = free_sip_port(), _free_tcp_port()
            self._write_config(control_port)
            log = open(self.log_path, "ab")  # noqa: SIM115 - the child keeps it; closed with the process
            try:
                self._process = subprocess.Popen(
                    ["baresip", "-f", str(self.workdir)], stdin=subprocess.DEVNULL, stdout=log,
                    stderr=subprocess.STDOUT, cwd=self.workdir,
                )
            finally:
                log.close()
            try:
                self._connect(control_port)
                return self.uri
            except BaresipError as error:
                last_problem = str(error)
                self._terminate()
                self._process = None
        raise BaresipError(f"baresip did not start after {START_ATTEMPTS} attempts: {last_problem}")

    def stop(self, timeout_s: float = 5.0) -> int | None:
        """``quit`` over the control port, then SIGTERM, then SIGKILL. Returns the exit code; safe to call again."""
        if self._process is None:
            return None
        if self._exit_code is None:
            if self._process.poll() is None and self._control is not None:
                try:
                    self._send("quit", "")
                    self._process.wait(timeout_s)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            self._terminate(timeout_s)
            self._exit_code = self._process.returncode
            if self._control is not None:
                self._control.close()
            if self._reader is not None:
                self._reader.join(timeout_s)
        return self._exit_code

    def __enter__(self) -> "BaresipPhone":
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- calls -----------------------------------------------------------------------------------------------

    @property
    def uri(self) -> str:
        return f"sip:{self._user}@{HOST}:{self._sip_port}"

    @property
    def log_path(self) -> Path:
        return self.workdir / "baresip.log"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def dial(self, uri: str) -> None:
        self.command("dial", uri)

    def accept(self) -> None:
        self.command("accept")

    def hangup(self) -> None:
        self.command("hangup")

    def command(self, name: str, params: str = "", timeout_s: float = 5.0) -> str:
        """Run one menu command and return its response text; raises BaresipError when baresip refuses it."""
        token = self._send(name, params)
        response = self._wait(lambda m: m.get("response") and m.get("token") == token, timeout_s, f"reply to {name}")
        if not response.get("ok"):
            raise BaresipError(f"baresip refused '{name} {params}': {response.get('data')}")
        return str(response.get("data", ""))

    def message_count(self) -> int:
        with self._changed:
            return len(self._messages)

    def events(self) -> list[dict[str, Any]]:
        with self._changed:
            return [m for m in self._messages if m.get("event")]

    def find_event(self, kind: str, start: int = 0) -> dict[str, Any] | None:
        """The first event of type ``kind`` at message index ≥ ``start``, or None; never blocks (pump meanwhile)."""
        with self._changed:
            return next((m for m in self._messages[start:] if m.get("event") and m.get("type") == kind), None)

    def wait_for_event(self, kind: str, timeout_s: float = 10.0, start: int = 0) -> dict[str, Any]:
        """The first event of type ``kind`` (``CALL_ESTABLISHED``, ``CALL_CLOSED``...) at index ≥ ``start``."""
        return self._wait(lambda m: m.get("event") and m.get("type") == kind, timeout_s, f"event {kind}", start)

    def dumps(self, direction: str) -> list[Path]:
        """sndfile's per-call WAVs, oldest first: ``direction`` "enc" (what baresip sent) or "dec" (what it heard)."""
        return sorted(self.dump_dir.glob(f"dump-*-{direction}.wav"), key=lambda p: p.stat().st_mtime)

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        kept = [line for line in text.replace("\r", "\n").splitlines() if line.strip()]  # status lines end in \r
        return "\n".join(kept[-lines:])

    # -- internals -------------------------------------------------------------------------------------------

    def _write_config(self, control_port: int) -> None:
        settings = [
            ("poll_method", "epoll"),
            ("sip_listen", f"{HOST}:{self._sip_port}"),
            ("net_interface", HOST),  # SDP and Contact on loopback, never the machine's other addresses
            ("audio_player", "aubridge,nowhere"),
            ("audio_alert", "aubridge,nowhere"),
            ("audio_source", f"aufile,{self._source_wav}"),
            ("audio_level", "no"),
            ("module_path", str(MODULE_DIR)),
            *(("module", name) for name in MODULES),
            *(("module_app", name) for name in APP_MODULES),
            ("ctrl_tcp_listen", f"{HOST}:{control_port}"),
            ("snd_path", str(self.dump_dir)),
            ("call_local_timeout", "30"),
        ]
        config = "".join(f"{key}\t\t{value}\n" for key, value in settings)
        (self.workdir / "config").write_text(config, encoding="utf-8")
        account = f"<{self.uri}>;regint=0;answermode={self._answer_mode};audio_codecs=PCMU,PCMA\n"
        (self.workdir / "accounts").write_text(account, encoding="utf-8")
        (self.workdir / "contacts").write_text("", encoding="utf-8")

    def _connect(self, control_port: int) -> None:
        deadline = time.monotonic() + self._startup_timeout_s
        assert self._process is not None
        while True:
            if self._process.poll() is not None:
                raise BaresipError(f"baresip exited with code {self._process.returncode}: {self.log_tail(5)}")
            try:
                self._control = socket.create_connection((HOST, control_port), timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise BaresipError(
                        f"baresip's control port did not open within {self._startup_timeout_s} s"
                    ) from None
                time.sleep(0.05)
        self._control.settimeout(None)
        self._reader = threading.Thread(target=self._read_messages, name="baresip-ctrl", daemon=True)
        self._reader.start()
        self.command("help", timeout_s=self._startup_timeout_s)  # answers once the UA is ready

    def _send(self, name: str, params: str) -> str:
        if self._control is None:
            raise BaresipError("baresip is not started")
        token = f"t{self._next_token}"
        self._next_token += 1
        body = json.dumps({"command": name, "params": params, "token": token}).encode()
        self._control.sendall(str(len(body)).encode() + b":" + body + b",")
        return token

    def _read_messages(self) -> None:
        """Netstrings ``LEN:JSON,`` from the control socket into ``_messages`` until the socket closes."""
        assert self._control is not None
        buffer = b""
        while True:
            try:
                chunk = self._control.recv(65536)
            except OSError:
                chunk = b""
            if not chunk:
                break
            buffer += chunk
            while b":" in buffer:
                length, _, rest = buffer.partition(b":")
                if len(rest) < int(length) + 1:
                    break
                message = json.loads(rest[: int(length)])
                buffer = rest[int(length) + 1 :]
                with self._changed:
                    self._messages.append(message)
                    self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def _wait(self, match: Any, timeout_s: float, what: str, start: int = 0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                for message in self._messages[start:]:
                    if match(message):
                        return message
                remaining = deadline - time.monotonic()
                if remaining <= 0 or not self.running:
                    state = "running" if self.running else "not running"
                    raise BaresipError(f"no {what} from baresip within {timeout_s} s ({state}): {self.log_tail(5)}")
                self._changed.wait(min(remaining, 0.2))

    def _terminate(self, timeout_s: float = 5.0) -> None:
        process = self._process
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
