"""Issue 5 on real SIP over 127.0.0.1: CallControls and call waiting, wired as the app wires them (phone -> bridge
-> CallSession/CallControls -> SQLite call log), against pjsua2 peers in child processes (tests.sip.peer).

Each test checks the far end (what the peers print) and the call log (the rows and events the database holds).
"""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.db.models import Call
from app.scripts.loader import load_library
from app.services import call_waiting
from app.services.call_controls import CallControls
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.pjsua2_adapter import Pjsua2Phone
from tests.db.helpers import migrated_sqlite
from tests.sip.peer import PeerPhone

pytestmark = [pytest.mark.sip, pytest.mark.timeout(60)]

TIMEOUT_MS = 15_000


@dataclass
class Desk:
    session: CallSession
    controls: CallControls
    call_log: CallLogRepository
    sessions: object
    record: object
    phone: Pjsua2Phone

    def kinds(self, call_id: int, *wanted: str) -> list[tuple[str, dict]]:
        return [(e.kind, e.payload) for e in self.call_log.events(call_id) if not wanted or e.kind in wanted]

    def row(self, call_id: int) -> Call:
        with self.sessions() as db:  # type: ignore[operator]  # a sessionmaker kept as an attribute
            call = db.scalar(select(Call).where(Call.id == call_id))
            assert call is not None
            db.expunge(call)
            return call


@pytest.fixture
def peers() -> Iterator[Callable[..., PeerPhone]]:
    started: list[PeerPhone] = []

    def start(user: str, **options: object) -> PeerPhone:
        peer = PeerPhone(user, **options)  # type: ignore[arg-type]  # keyword values that vary by test case
        started.append(peer)
        peer.start()
        return peer

    yield start
    codes = {peer.user: peer.stop() for peer in started}
    assert all(code == 0 for code in codes.values()), f"peer exit codes: {codes}"


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> Iterator[Desk]:
    with open_desk(tmp_path) as opened:
        yield opened


@contextmanager
def open_desk(tmp_path: Path) -> Iterator[Desk]:
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 3, seed=7)
    sessions = session_factory(engine)
    call_log = CallLogRepository(sessions)
    phone = Pjsua2Phone(force_null_audio=True)
    bridge = TelephonyBridge(phone)
    router = DialRouter()
    session = CallSession(phone=phone, call_log=call_log, router=router, scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en")
    controls = CallControls(phone=phone, session=session, router=router, call_log=call_log)
    bridge.incoming_call.connect(session.on_incoming_call)
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.media_state_changed.connect(session.on_media_state)
    bridge.call_state_changed.connect(controls.on_call_state)
    bridge.transfer_status.connect(controls.on_transfer_status)
    bridge.call_replaced.connect(controls.on_call_replaced)
    bridge.start()
    try:
        yield Desk(session, controls, call_log, sessions, DebtorRepository(sessions).record(1), phone)
    finally:
        bridge.shutdown()
        engine.dispose()


def seen(qtbot: QtBot, peer: PeerPhone, pattern: str, start: int = 0) -> None:
    """Let the app's event loop run (the bridge pumps the phone) until ``peer`` prints a matching line."""
    try:
        qtbot.waitUntil(lambda: peer.find(pattern, start) is not None, timeout=TIMEOUT_MS)
    except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError or whatever waitUntil raised: say what the peer did
        pytest.fail(f"peer {peer.user} never printed {pattern!r}; its last lines:\n" + "\n".join(peer.lines()[-15:]))


def talking_to(qtbot: QtBot, desk: Desk, peer: PeerPhone) -> int:
    """The agent dials the debtor on file (``peer`` plays the debtor's phone) and the call connects."""
    assert desk.session.dial(desk.record, peer.uri)
    qtbot.waitUntil(lambda: desk.session.current_stage is not None, timeout=TIMEOUT_MS)
    active = desk.session.active_call
    assert active is not None
    return active[1]


def test_blind_transfer_through_call_controls(qtbot: QtBot, desk: Desk, peers) -> None:
    alice, carol = peers("alice", auto_answer_ms=0), peers("carol", auto_answer_ms=0)
    call_id = talking_to(qtbot, desk, alice)
    with qtbot.waitSignal(desk.controls.transfer_finished, timeout=TIMEOUT_MS) as finished:
        assert desk.controls.transfer_blind(carol.uri)
    assert finished.args == [True, "200 OK"]
    seen(qtbot, carol, r"^INCOMING call=1 from=.*alice")
    seen(qtbot, carol, r"^STATE confirmed call=1")
    qtbot.waitUntil(lambda: desk.session.awaiting_outcome, timeout=TIMEOUT_MS)  # the agent left the call
    assert not carol.find(r"^STATE disconnected call=1")  # alice and carol talk on

    features = desk.kinds(call_id, "transfer_requested", "transfer_result")
    assert features == [("transfer_requested", {"mode": "blind", "target": carol.uri}),
                        ("transfer_result", {"mode": "blind", "sip_code": 200, "reason": "OK", "ok": True})]
    assert [p["state"] for _, p in desk.kinds(call_id, "call_state")][-1] == "disconnected"
    assert desk.row(call_id).ended_at is not None


def test_attended_transfer_after_a_consultation(qtbot: QtBot, desk: Desk, peers) -> None:
    alice, bob = peers("alice", auto_answer_ms=0), peers("bob", auto_answer_ms=300)
    call_id = talking_to(qtbot, desk, alice)
    mark = alice.mark
    assert desk.controls.start_consultation(bob.uri)
    seen(qtbot, alice, r"^MEDIA dir=sendonly", mark)  # the debtor is on hold while the agent consults
    qtbot.waitUntil(lambda: desk.controls.consultation_state == "connected", timeout=TIMEOUT_MS)

    with qtbot.waitSignal(desk.controls.transfer_finished, timeout=TIMEOUT_MS) as finished:
        assert desk.controls.complete_attended_transfer()
    assert finished.args == [True, "200 OK"]
    seen(qtbot, bob, r"^REPLACED call=1 new=2")
    qtbot.waitUntil(lambda: desk.controls.consultation_state == "none" and desk.session.awaiting_outcome,
                    timeout=TIMEOUT_MS)
    seen(qtbot, alice, r"^MEDIA dir=sendrecv status=active call=2")  # alice and bob talk directly

    consultation = [p["state"] for _, p in desk.kinds(call_id, "consultation")]
    assert consultation[0] == "calling" and consultation[-1] == "ended" and "connected" in consultation
    steps = [k for k, _ in desk.kinds(call_id, "consultation", "hold", "transfer_requested", "transfer_result")]
    assert steps.index("hold") < steps.index("transfer_requested") < steps.index("transfer_result")
    assert ("transfer_result", {"mode": "attended", "sip_code": 200, "reason": "OK", "ok": True}) in desk.kinds(call_id)
    with desk.sessions() as db:  # type: ignore[operator]  # a sessionmaker kept as an attribute
        assert db.scalars(select(Call.id)).all()[-1] == call_id  # the consultation has no call row


def test_call_waiting_reject_then_answer_once_free(qtbot: QtBot, desk: Desk, peers) -> None:
    alice, bob, carol = peers("alice", auto_answer_ms=0), peers("bob"), peers("carol")
    first = talking_to(qtbot, desk, alice)

    bob.command(f"call {desk.phone.local_uri()}")
    seen(qtbot, bob, r"^STATE early call=1 code=180")  # bob hears ringing, not busy
    qtbot.waitUntil(lambda: [v.number for v in desk.session.call_waiting.waiting] == ["bob"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: desk.phone.playing_tone == "call_waiting", timeout=TIMEOUT_MS)  # the agent hears a beep
    desk.session.call_waiting.reject(desk.session.call_waiting.waiting[0].call_key)
    seen(qtbot, bob, r"^STATE disconnected call=1 code=486")

    carol.command(f"call {desk.phone.local_uri()}")
    qtbot.waitUntil(lambda: [v.number for v in desk.session.call_waiting.waiting] == ["carol"], timeout=TIMEOUT_MS)
    carol_key = desk.session.call_waiting.waiting[0].call_key
    assert not desk.session.call_waiting.answer(carol_key)  # still talking to alice
    alice.command("hangup")
    qtbot.waitUntil(lambda: desk.session.awaiting_outcome, timeout=TIMEOUT_MS)
    desk.session.record_outcome("rpc_refusal")
    assert desk.session.call_waiting.answer(carol_key)
    seen(qtbot, carol, r"^STATE confirmed call=1")
    qtbot.waitUntil(lambda: desk.session.current_stage is not None, timeout=TIMEOUT_MS)
    carol.command("hangup")
    qtbot.waitUntil(lambda: desk.session.awaiting_outcome, timeout=TIMEOUT_MS)

    bob_row, carol_row = desk.row(first + 1), desk.row(first + 2)
    assert (bob_row.number, bob_row.direction, bob_row.end_reason, bob_row.outcome_code) == (
        "bob", "inbound", "486 agent busy", "busy")
    assert bob_row.outcome_note == "rejected by the agent while on another call"
    assert carol_row.number == "carol" and carol_row.answered_at is not None and carol_row.ended_at is not None
    carol_states = [p["state"] for _, p in desk.kinds(first + 2, "call_state")]
    assert carol_states[:2] == ["incoming", "waiting"] and carol_states[-2:] == ["confirmed", "disconnected"]


def test_a_waiting_caller_hears_busy_after_the_limit(qtbot: QtBot, tmp_path: Path, peers, monkeypatch) -> None:
    monkeypatch.setattr(call_waiting, "MAX_WAIT_MS", 1000)
    with open_desk(tmp_path) as desk:
        alice, bob = peers("alice", auto_answer_ms=0), peers("bob")
        first = talking_to(qtbot, desk, alice)
        started = time.monotonic()
        bob.command(f"call {desk.phone.local_uri()}")
        seen(qtbot, bob, r"^STATE disconnected call=1 code=486")
        waited = time.monotonic() - started
        assert 0.9 <= waited < 3.0, f"waited {waited:.2f} s"  # a coarse QTimer: within 5 %
        row = desk.row(first + 1)
        assert (row.end_reason, row.outcome_code) == ("486 agent busy", "busy")
        assert row.outcome_note == "not answered within 1 s: the agent was on another call"
        assert desk.session.in_call
