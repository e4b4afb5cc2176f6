"""A real call to the simulated debtor, stepped through the script until the test SIGKILLs this process.

``python -m tests.e2e.kill_driver DB_URL RECORDINGS_DIR SEED``, then ``HOST:PORT`` of a running simulated debtor
line as the first line on stdin (the test starts one per trial, alongside this process, in the same process group).

Migrates and seeds the database if needed, dials debtor 1 through CallSession (recording policy ``always``) and,
once the debtor answers, acts at random small intervals from a QTimer: the next script node mostly (answering its
question at random), sometimes hold/unhold, mute/unmute, pause/resume of the recording, and at the script's end
maybe a hang-up. It does not end on its own before ``MAX_LIFETIME_S`` (a guard should the test be gone): the test
kills it.

Stdout is a line protocol for the test, each line flushed at once: ``CALL <call_id>`` once the call row is
committed, ``COMMITTED <call_id> <sequence> <kind>`` after every event commit has returned (so a line means
durable; printed by the call-log writer thread, which commits the events as in the desktop app), ``ANSWERED
<call_id>`` once the script has started.

Why not one simulated debtor for all trials: a caller killed mid-call sends no BYE (or, while ringing, no ACK), so
its call stays on the line until SIP timers end it (up to 32 s), and the line takes four calls at a time.
"""

import argparse
import random
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from sqlalchemy.orm import Session, sessionmaker

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data_if_empty
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.scripts.loader import load_library
from app.services.call_log_writer import CallLogWriter
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.script_view import StageView
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.recording_policy import RecordingPolicy, RecordingSettings

AGENT = AgentIdentity("agent", "Agent")
ANSWER_TIMEOUT_S = 15.0
MAX_LIFETIME_S = 120
MIN_STEP_MS, MAX_STEP_MS = 20, 200


_STDOUT = threading.Lock()


def announce(line: str) -> None:
    """One whole line at once: the writer thread announces commits while the GUI thread announces the answer
    (``print`` writes the text and the newline separately, so two threads' lines could merge)."""
    with _STDOUT:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


class AnnouncingCallLog(CallLogRepository):
    """The real repository; each call row and each event, once its commit has returned, is announced on stdout."""

    last_call_id: int | None = None

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        super().__init__(sessions)
        self.sessions = sessions

    def start_call(self, **fields: Any) -> int:
        self.last_call_id = super().start_call(**fields)
        announce(f"CALL {self.last_call_id}")
        return self.last_call_id

    def append_event(self, call_id: int, kind: str, payload: dict[str, Any], wall_time: datetime | None = None,
                     monotonic_ns: int | None = None) -> int:
        sequence = super().append_event(call_id, kind, payload, wall_time, monotonic_ns)
        announce(f"COMMITTED {call_id} {sequence} {kind}")
        return sequence


class RandomAgent:
    """What an agent does on the answered call, one action per tick at random intervals."""

    def __init__(self, session: CallSession, rng: random.Random) -> None:
        self._session = session
        self._rng = rng
        self._recording_paused = False
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._act)

    def start(self) -> None:
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start(self._rng.randint(MIN_STEP_MS, MAX_STEP_MS))

    def _act(self) -> None:
        session = self._session
        if not session.in_call:
            return  # hung up: killed while the outcome would be picked
        stage, roll = session.current_stage, self._rng.random()
        if stage is not None and roll < 0.6:
            self._step(stage)
        elif roll < 0.7:
            session.toggle_hold()
        elif roll < 0.8:
            session.toggle_mute()
        elif roll < 0.9:
            (session.resume_recording if self._recording_paused else session.pause_recording)()
            self._recording_paused = not self._recording_paused
        elif (stage is None or stage.is_end) and roll < 0.95:
            session.hang_up()
        self._schedule()

    def _step(self, stage: StageView) -> None:
        """The next node, answering its question first: a choice at random, a plausible value otherwise.

        A step the script refuses (a gate, an answer it does not take) is simply not taken, as for an agent.
        """
        question = stage.question
        if question is None:
            self._session.next_stage()
        elif question.choices:
            self._session.next_stage(self._rng.choice(question.choices).choice_id)
        else:
            self._session.next_stage(_plausible_answer(question.kind))


def _plausible_answer(kind: str) -> Any:
    soon = datetime.now() + timedelta(days=3)
    return {"amount": "100.00", "date": soon.date().isoformat(), "datetime": soon.strftime("%Y-%m-%d 10:00"),
            "text": "noted"}.get(kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("recordings_dir")
    parser.add_argument("seed", type=int)
    args = parser.parse_args()
    app = QCoreApplication([])
    QTimer.singleShot(MAX_LIFETIME_S * 1000, lambda: app.exit(4))
    call_log = _announcing_call_log(args.database_url)
    recording = RecordingSettings(RecordingPolicy.ALWAYS, Path(args.recordings_dir))
    phone = Pjsua2Phone(force_null_audio=True, recording=recording)
    bridge = TelephonyBridge(phone)
    line_address = sys.stdin.readline().strip()  # the simulated debtor started meanwhile
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(sip_domain=line_address),
                          scripts=load_library(), agent=AGENT, language="en", writer=CallLogWriter())
    _connect(bridge, session)
    bridge.start()
    record = DebtorRepository(call_log.sessions).record(1)
    if not session.dial(record, record.phones[0].number):
        return 2
    agent = RandomAgent(session, random.Random(args.seed))
    deadline = time.monotonic() + ANSWER_TIMEOUT_S

    def wait_for_answer() -> None:
        if session.in_call and session.current_stage is not None:
            announce(f"ANSWERED {call_log.last_call_id}")
            agent.start()
        elif time.monotonic() > deadline or not session.in_call:
            print("the simulated debtor did not answer", file=sys.stderr, flush=True)
            app.exit(3)
        else:
            QTimer.singleShot(5, wait_for_answer)

    QTimer.singleShot(0, wait_for_answer)
    return app.exec()  # until SIGKILL


def _announcing_call_log(database_url: str) -> AnnouncingCallLog:
    engine = create_database_engine(database_url)
    upgrade_to_head(engine)
    seed_demo_data_if_empty(engine, 5)
    call_log = AnnouncingCallLog(session_factory(engine))
    call_log.ensure_agent(AGENT.login, AGENT.name)
    return call_log


def _connect(bridge: TelephonyBridge, session: CallSession) -> None:
    """As the desktop app wires them: every call event the session logs."""
    for signal, slot in ((bridge.call_state_changed, session.on_call_state),
                         (bridge.media_state_changed, session.on_media_state),
                         (bridge.mute_changed, session.on_mute_changed),
                         (bridge.recording_state_changed, session.on_recording_state),
                         (bridge.call_quality_summary, session.on_quality_summary)):
        signal.connect(slot)
    session.problem.connect(lambda text: print(f"PROBLEM {text}", file=sys.stderr, flush=True))


if __name__ == "__main__":
    sys.exit(main())
