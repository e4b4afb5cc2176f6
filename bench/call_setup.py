"""Benchmark: call set-up time (dial → CONFIRMED) through CallDesk's telephony service vs a bare pjsua2 script.

    .venv/bin/python bench/call_setup.py [--calls 50] [--warmup 3] [--gap-ms 100]

Both sides call the same simulated debtor line (a child process on 127.0.0.1, answer delay 0) in one run:

- app: ``Pjsua2Phone`` (its SIP thread waking ``TelephonyBridge`` on a ``QCoreApplication``), with ``CallSession``
  logging every call to a real SQLite ``CallLogRepository`` through the call-log writer thread (migrated, a few
  demo debtors, in a temporary folder).
  Timed from ``CallSession.dial()`` to the session's "confirmed" signal. Each call is hung up and given an outcome
  before the next, as an agent would.
- bare: once the app's phone is shut down, a minimal ``pj.Endpoint``/``Account``/``Call`` in this process with the
  same endpoint settings (no worker threads, null sound device), pumped by ``libHandleEvents(10)``. Timed from
  ``makeCall()`` to ``onCallState`` with CONFIRMED.

Between calls both sides keep pumping for ``--gap-ms`` (an agent records an outcome anyway): pjlib returns a closed
socket's slot to its I/O queue only after 500 ms, so calls back to back at loopback speed (a few ms each) run the
queue dry (``pj_ioqueue_register_sock2`` assertion) after a few dozen calls.

Prints median and p95 of each side and both ratios (app / bare). The last line is always
``call_setup_ratio: X``, the ratio of the medians. Goal: at most 1.2.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pjsua2 as pj
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, SignalInstance

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.scripts.loader import load_library
from app.services.call_log_writer import CallLogWriter
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sim_line import SimulatedDebtorLine
from bench.qt_wait import BenchError

CALL_TIMEOUT_S = 15.0
DEBTOR_NUMBER = "13812345678"  # dialled as typed; in demo mode the router sends it to the simulated line


# -- the app's telephony service -----------------------------------------------------------------------------------


def app_calls(folder: Path, line: SimulatedDebtorLine, count: int, gap_s: float) -> list[tuple[float, float]]:
    """(set-up time, of which before the INVITE) in ms of ``count`` calls through CallSession + TelephonyBridge +
    Pjsua2Phone. Before the INVITE: the call's row is committed first (a dial attempt is on disk before any phone
    rings), on the writer thread."""
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])  # kept alive for the calls below
    engine = create_database_engine(f"sqlite:///{folder / 'calldesk.db'}")
    upgrade_to_head(engine)
    seed_demo_data(engine, 5, seed=11)
    sessions = session_factory(engine)
    call_log = CallLogRepository(sessions)
    call_log.ensure_agent("bench", "Bench Agent")
    record = DebtorRepository(sessions).record(DebtorRepository(sessions).list_debtors(limit=1)[0].debtor_id)
    phone = Pjsua2Phone(user="agent", display_name="Bench Agent", force_null_audio=True)
    bridge = TelephonyBridge(phone)
    writer = CallLogWriter()  # the call log's commits on a thread of their own, as app/desktop.py builds it
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(demo_line=line), scripts=load_library(),
                          agent=AgentIdentity("bench", "Bench Agent"), language="en", writer=writer)
    bridge.call_state_changed.connect(session.on_call_state)
    problems: list[str] = []
    session.problem.connect(problems.append)
    confirmed_at: list[float] = []
    session.call_state_changed.connect(
        lambda state, _reason: confirmed_at.append(time.perf_counter()) if state == "confirmed" else None)
    ended: list[int] = []
    session.outcome_required.connect(ended.append)
    invited_at: list[float] = []
    make_call = phone.make_call

    def timed_make_call(target: str) -> str:
        invited_at.append(time.perf_counter())
        return make_call(target)

    phone.make_call = timed_make_call  # type: ignore[method-assign]  # the bench notes when the INVITE goes
    bridge.start()
    times: list[tuple[float, float]] = []
    try:
        for _ in range(count):
            confirmed_at.clear()
            invited_at.clear()
            started = time.perf_counter()
            if not session.dial(record, DEBTOR_NUMBER):
                raise BenchError(f"the app could not dial: {problems[-1:]}")
            wait_for(session.call_state_changed, lambda: bool(confirmed_at), "the app's call was not confirmed")
            times.append(((confirmed_at[0] - started) * 1000, (invited_at[0] - started) * 1000))
            calls_ended = len(ended)
            session.hang_up()
            wait_for(session.outcome_required, lambda n=calls_ended: len(ended) > n, "the app's call did not end")
            session.record_outcome("no_answer", "benchmark call")
            pause = QTimer(singleShot=True, interval=round(gap_s * 1000))
            pause.start()
            wait_for(pause.timeout, lambda p=pause: not p.isActive(), "the pause between calls did not end")
    finally:
        bridge.shutdown()
        writer.stop()
        engine.dispose()
    return times


def wait_for(signal: SignalInstance, condition: Callable[[], bool], failure: str) -> None:
    """Run the event loop until ``condition`` holds, checked when ``signal`` fires: the app's GUI thread sleeps
    until something happens, as in the desktop (a polling timer would take the GIL from the SIP thread every ms)."""
    loop = QEventLoop()
    deadline = QTimer(singleShot=True, interval=round(CALL_TIMEOUT_S * 1000))
    deadline.timeout.connect(loop.quit)
    signal.connect(check := lambda *_: loop.quit() if condition() else None)
    deadline.start()
    if not condition():
        loop.exec()
    signal.disconnect(check)
    if not condition():
        raise BenchError(f"{failure} within {CALL_TIMEOUT_S:.0f} s")


# -- a bare pjsua2 script --------------------------------------------------------------------------------------------


class _BareCall(pj.Call):
    def __init__(self, account: pj.Account) -> None:
        super().__init__(account)
        self.confirmed_at: float | None = None
        self.over = False

    def onCallState(self, prm: "pj.OnCallStateParam") -> None:
        state = self.getInfo().state
        if state == pj.PJSIP_INV_STATE_CONFIRMED and self.confirmed_at is None:
            self.confirmed_at = time.perf_counter()
        elif state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self.over = True

    def onCallMediaState(self, prm: "pj.OnCallMediaStateParam") -> None:
        manager = pj.Endpoint.instance().audDevManager()
        for media in self.getInfo().media:
            if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                audio = self.getAudioMedia(media.index)
                audio.startTransmit(manager.getPlaybackDevMedia())
                manager.getCaptureDevMedia().startTransmit(audio)


def bare_calls(uri: str, count: int, gap_s: float) -> list[float]:
    """Set-up times in ms of ``count`` calls from a minimal pjsua2 endpoint (none other may exist now)."""
    endpoint = pj.Endpoint()
    endpoint.libCreate()
    config = pj.EpConfig()
    config.uaConfig.threadCnt = 0
    config.uaConfig.mainThreadOnly = True
    config.logConfig.level = 1
    config.logConfig.consoleLevel = 1
    endpoint.libInit(config)
    transport = pj.TransportConfig()
    transport.boundAddress = "127.0.0.1"
    transport_id = endpoint.transportCreate(pj.PJSIP_TRANSPORT_UDP, transport)
    endpoint.libStart()
    endpoint.audDevManager().setNullDev()
    account_config = pj.AccountConfig()
    port = endpoint.transportGetInfo(transport_id).localName.rsplit(":", 1)[1]
    account_config.idUri = f"sip:bare@127.0.0.1:{port}"
    account_config.sipConfig.transportId = transport_id
    account_config.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
    account = pj.Account()
    account.create(account_config)
    try:
        return [_bare_call(endpoint, account, uri, gap_s) for _ in range(count)]
    finally:
        account.shutdown()
        del account
        endpoint.libDestroy(pj.PJSUA_DESTROY_NO_RX_MSG)


def _bare_call(endpoint: pj.Endpoint, account: pj.Account, uri: str, gap_s: float) -> float:
    """One call: dial, time to CONFIRMED, hang up. The Call is gone when this returns (before any libDestroy)."""
    call = _BareCall(account)
    try:
        started = time.perf_counter()
        call.makeCall(uri, pj.CallOpParam(True))
        _poll_until(endpoint, lambda c=call: c.confirmed_at is not None or c.over, "the bare call was not confirmed")
        if call.confirmed_at is None:
            raise BenchError("the bare call ended before it was confirmed")
        return (call.confirmed_at - started) * 1000
    finally:
        if call.isActive():
            call.hangup(pj.CallOpParam())
            _poll_until(endpoint, lambda c=call: c.over, "the bare call did not end")
        del call  # outside its callbacks, before the next call can take its slot
        gap_over = time.monotonic() + gap_s
        _poll_until(endpoint, lambda: time.monotonic() >= gap_over, "the pause between calls did not end")


def _poll_until(endpoint: pj.Endpoint, condition: Callable[[], bool], failure: str) -> None:
    deadline = time.monotonic() + CALL_TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise BenchError(f"{failure} within {CALL_TIMEOUT_S:.0f} s")
        endpoint.libHandleEvents(10)


# -- report ----------------------------------------------------------------------------------------------------------


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[94]


def describe(name: str, values: list[float]) -> str:
    return (f"{name}: {len(values)} calls, median {statistics.median(values):.1f} ms, p95 {p95(values):.1f} ms, "
            f"min {min(values):.1f} ms, max {max(values):.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50, help="timed calls on each side (default 50)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed calls on each side first (default 3)")
    parser.add_argument("--gap-ms", type=int, default=100, help="pumping between calls (default 100)")
    args = parser.parse_args()
    if args.calls < 2:
        parser.error("--calls must be at least 2")
    with tempfile.TemporaryDirectory(prefix="calldesk-bench-") as folder:
        line = SimulatedDebtorLine(answer_delay_ms=0, prompt=None)
        try:
            uri = line.start()
            app_split = app_calls(Path(folder), line, args.warmup + args.calls, args.gap_ms / 1000)[args.warmup:]
            bare = bare_calls(uri, args.warmup + args.calls, args.gap_ms / 1000)[args.warmup:]
        except (BenchError, RuntimeError) as error:
            print(f"call_setup: {error}", file=sys.stderr)
            return 1
        finally:
            line.stop()
    app = [total for total, _ in app_split]
    print(describe("app (CallSession + TelephonyBridge + Pjsua2Phone, SQLite call log)", app))
    print(describe("  of which dial -> INVITE (the call's row committed first)", [before for _, before in app_split]))
    after = [total - before for total, before in app_split]
    print(describe("  of which INVITE -> confirmed", after))
    print(describe("bare pjsua2 (Endpoint/Account/Call, libHandleEvents loop)", bare))
    print(f"INVITE -> confirmed, median ratio app/bare: {statistics.median(after) / statistics.median(bare):.2f}")
    print(f"p95 ratio app/bare: {p95(app) / p95(bare):.2f}")
    print(f"median ratio app/bare: {statistics.median(app) / statistics.median(bare):.2f} (the figure below)")
    print(f"call_setup_ratio: {statistics.median(app) / statistics.median(bare):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
