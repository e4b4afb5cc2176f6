"""A throwaway kamailio registrar/proxy on 127.0.0.1 for the registration tests.

``KamailioServer(users={"agent": "secret"})`` writes a kamailio.cfg into a temp folder and runs
``kamailio -DD -E -f kamailio.cfg`` in the foreground (its own process group, so ``kill()`` takes the workers too)
on one free port, UDP and TCP. The cfg:
- challenges REGISTER (401) and INVITE from a known user (407) with digest auth against the plaintext
  credentials written into the cfg (auth module ``pv_auth_check``; no database);
- keeps registrations in memory (usrloc ``db_mode=0``), so a restart forgets them, like a crashed registrar;
- proxies calls between registered users with ``lookup("location")`` and no ``record_route``, so in-dialog
  requests (re-INVITE, BYE) go end to end and a call survives the proxy being killed.

It prints ``CALLDESK`` lines to stderr (with ``-E``) that tests wait for: ``CALLDESK REGISTERED user=U expires=E``
after each successful REGISTER (E = 0 for an un-REGISTER), ``CALLDESK AUTH-FAILED user=U code=C`` and
``CALLDESK INVITE from=F to=T``.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

KAMAILIO = shutil.which("kamailio") or "/usr/sbin/kamailio"
MODULES_DIR = Path("/usr/lib/x86_64-linux-gnu/kamailio/modules")
HOST = "127.0.0.1"
START_TIMEOUT_S = 10.0
_SAFE_TEXT = re.compile(r"[A-Za-z0-9._~!*+=-]+")


class KamailioServer:
    def __init__(self, users: Mapping[str, str], port: int = 0, min_expires_s: int = 1) -> None:
        for user, password in users.items():
            if not (_SAFE_TEXT.fullmatch(user) and _SAFE_TEXT.fullmatch(password)):
                raise ValueError(f"test users and passwords must match {_SAFE_TEXT.pattern}: {user!r}")
        self.users = dict(users)
        self.port = port or free_udp_and_tcp_port()
        self._min_expires_s = min_expires_s
        self._folder = Path(tempfile.mkdtemp(prefix="calldesk-kamailio-"))
        self._process: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None
        self._lines: list[str] = []
        self._lines_changed = threading.Condition()
        self.starts = 0

    @property
    def uri(self) -> str:
        """The registrar URI, e.g. ``sip:127.0.0.1:5099``."""
        return f"sip:{HOST}:{self.port}"

    @property
    def host_port(self) -> str:
        return f"{HOST}:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    # -- lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start kamailio (again, on the same port) and wait until it answers OPTIONS over UDP."""
        if self.running:
            return
        if not Path(KAMAILIO).exists():
            raise RuntimeError("kamailio is not installed: run `apt-get install -y kamailio`.")
        config = self._folder / "kamailio.cfg"
        config.write_text(self._config_text(), encoding="utf-8")
        runtime = self._folder / "run"
        runtime.mkdir(exist_ok=True)
        self._process = subprocess.Popen(
            [KAMAILIO, "-DD", "-E", "-f", str(config), "-m", "32", "-M", "8", "-Y", str(runtime), "-w", str(self._folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            start_new_session=True,  # its own process group: kill() reaches the worker processes too
        )
        self.starts += 1
        self._reader = threading.Thread(target=self._read_stderr, args=(self._process,), daemon=True)
        self._reader.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._answers_options():
            if self._process.poll() is not None or time.monotonic() > deadline:
                self.kill()
                tail = " | ".join(self.lines()[-8:]) or "no output"
                raise RuntimeError(f"kamailio did not start on {self.host_port}: {tail}")
            time.sleep(0.05)

    def stop(self, timeout_s: float = 5.0) -> None:
        """SIGTERM the process group, wait, then SIGKILL. Safe to call when stopped."""
        self._signal_group(signal.SIGTERM, timeout_s)

    def kill(self) -> None:
        """SIGKILL kamailio and its workers at once, like a crashed or unplugged registrar."""
        self._signal_group(signal.SIGKILL, 5.0)

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> "KamailioServer":
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- its log ---------------------------------------------------------------------------------------------

    def lines(self) -> list[str]:
        with self._lines_changed:
            return list(self._lines)

    @property
    def line_count(self) -> int:
        with self._lines_changed:
            return len(self._lines)

    def wait_for_line(self, pattern: str, timeout_s: float, start: int = 0) -> str:
        """The first stderr line number ``start`` or later matching the regex; raises TimeoutError."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout_s
        with self._lines_changed:
            while True:
                for line in self._lines[start:]:
                    if regex.search(line):
                        return line
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"no kamailio line matching {pattern!r} within {timeout_s} s")
                self._lines_changed.wait(min(remaining, 0.2))

    def count(self, pattern: str, start: int = 0) -> int:
        regex = re.compile(pattern)
        return sum(1 for line in self.lines()[start:] if regex.search(line))

    # -- internals -------------------------------------------------------------------------------------------

    def _signal_group(self, signum: int, timeout_s: float) -> None:
        process = self._process
        if process is None:
            return
        if process.poll() is None or signum == signal.SIGKILL:
            try:
                os.killpg(process.pid, signum)  # the group this harness created (start_new_session)
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout_s)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout_s)
        _wait_for_group_gone(process.pid, timeout_s)
        if self._reader is not None:
            self._reader.join(timeout_s)
        self._process = None

    def _read_stderr(self, process: "subprocess.Popen[str]") -> None:
        assert process.stderr is not None
        for raw in process.stderr:
            with self._lines_changed:
                self._lines.append(raw.rstrip("\r\n"))
                self._lines_changed.notify_all()

    def _answers_options(self) -> bool:
        call_id = uuid.uuid4().hex
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind((HOST, 0))
            probe.settimeout(0.2)
            local_port = probe.getsockname()[1]
            request = (
                f"OPTIONS sip:{self.host_port} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP {HOST}:{local_port};branch=z9hG4bK{call_id}\r\n"
                "Max-Forwards: 70\r\n"
                f"From: <sip:probe@{HOST}>;tag={call_id[:8]}\r\n"
                f"To: <sip:{self.host_port}>\r\n"
                f"Call-ID: {call_id}\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
            )
            try:
                probe.sendto(request.encode(), (HOST, self.port))
                reply = probe.recv(4096)
            except OSError:
                return False
        return reply.startswith(b"SIP/2.0 200")

    def _config_text(self) -> str:
        passwords = "\n".join(
            f'    {"if" if index == 0 else "else if"} ($au == "{user}") $var(password) = "{password}";'
            for index, (user, password) in enumerate(self.users.items())
        )
        return _CONFIG.format(
            host=HOST, port=self.port, modules=MODULES_DIR, min_expires=self._min_expires_s, passwords=passwords
        ).replace("[[", "{").replace("]]", "}")


def free_udp_and_tcp_port() -> int:
    """A port free for both UDP and TCP on 127.0.0.1 right now."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.bind((HOST, 0))
            port = udp.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
                tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                try:
                    tcp.bind((HOST, port))
                except OSError:
                    continue
                return port
    raise RuntimeError("no free UDP+TCP port on 127.0.0.1")


def _wait_for_group_gone(pgid: int, timeout_s: float) -> None:
    """Workers may outlive the main process for a moment; wait until none is left (they hold the port)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# [[ and ]] stand for kamailio's braces (str.format uses single ones).
_CONFIG = """#!KAMAILIO
debug=2
log_stderror=yes
log_prefix=""
children=2
tcp_children=2
auto_aliases=no
listen=udp:{host}:{port}
listen=tcp:{host}:{port}
alias="{host}:{port}"
tcp_connection_lifetime=3605
dns=no
rev_dns=no
use_dns_cache=no

mpath="{modules}"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "sanity.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "auth.so"

modparam("usrloc", "db_mode", 0)
modparam("registrar", "min_expires", {min_expires})
modparam("registrar", "max_expires", 3600)
modparam("auth", "nonce_expire", 300)

request_route [[
    if (!mf_process_maxfwd_header("10")) [[
        sl_send_reply("483", "Too Many Hops");
        exit;
    ]]
    if (!sanity_check("17895", "7")) [[
        exit;
    ]]
    if (is_method("CANCEL")) [[
        if (t_check_trans()) t_relay();
        exit;
    ]]
    if (has_totag()) [[
        # No record_route: only ACKs of negative replies relayed by this proxy come back here.
        if (is_method("ACK") && t_check_trans()) t_relay();
        else sl_send_reply("404", "Not here");
        exit;
    ]]
    t_check_trans();
    if (is_method("OPTIONS") && $rU == $null) [[
        sl_send_reply("200", "Keepalive");
        exit;
    ]]
    if (is_method("REGISTER")) [[
        route(AUTH);
        if (!save("location")) sl_reply_error();
        else xlog("L_NOTICE", "CALLDESK REGISTERED user=$tU expires=$hdr(Expires)\\n");
        exit;
    ]]
    if (is_method("INVITE")) [[
        route(AUTH);
        xlog("L_NOTICE", "CALLDESK INVITE from=$fU to=$rU\\n");
    ]]
    if ($rU == $null) [[
        sl_send_reply("484", "Address Incomplete");
        exit;
    ]]
    if (!lookup("location")) [[
        t_newtran();
        t_reply("404", "Not Found");
        exit;
    ]]
    if (!t_relay()) sl_reply_error();
    exit;
]]

route[AUTH] [[
    $var(password) = "";
{passwords}
    if ($var(password) == "") [[
        if (!is_present_hf("Authorization") && !is_present_hf("Proxy-Authorization")) [[
            auth_challenge("$fd", "1");
            exit;
        ]]
        xlog("L_NOTICE", "CALLDESK AUTH-FAILED user=$au code=unknown\\n");
        sl_send_reply("404", "Unknown user");
        exit;
    ]]
    pv_auth_check("$fd", "$var(password)", "0", "1");
    $var(rc) = $rc;
    if ($var(rc) < 0) [[
        if ($var(rc) != -5) xlog("L_NOTICE", "CALLDESK AUTH-FAILED user=$au code=$var(rc)\\n");
        auth_challenge("$fd", "1");
        exit;
    ]]
    consume_credentials();
]]
"""


# The accounts the registration tests register: the agent and a debtor's phone that calls the agent.
AGENT_PASSWORD = "correct-horse-battery"  # no digits: the SIP log masks digits, which could hide a leak
PEER = "13812345678"
PEER_PASSWORD = "peer-staple"


@contextmanager
def kamailio_for_agent_and_peer() -> Iterator[KamailioServer]:
    """A started kamailio that knows the agent and the peer (AGENT_PASSWORD, PEER/PEER_PASSWORD); closed after."""
    server = KamailioServer({"agent": AGENT_PASSWORD, PEER: PEER_PASSWORD})
    server.start()
    try:
        yield server
    finally:
        server.close()
