"""A real call to the simulated debtor that dies by SIGKILL mid-script, as a crash would.

``python -m tests.e2e.crash_driver DB_URL STEPS [pick]``: seeds the database if empty, dials debtor 1, answers and
advances the script STEPS times once the debtor answers; with ``pick``, then picks the next node's answer without
moving on (as an agent who clicked a choice); prints KILLING and kills itself with SIGKILL.
"""

import os
import signal
import sys
import time

from PySide6.QtCore import QCoreApplication

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data_if_empty
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sim_line import SimulatedDebtorLine
from tests.script_answers import right_party_answer


def main(database_url: str, steps: int, pick: bool = False) -> None:
    app = QCoreApplication([])
    engine = create_database_engine(database_url)
    upgrade_to_head(engine)
    seed_demo_data_if_empty(engine, 5)
    sessions = session_factory(engine)
    call_log = CallLogRepository(sessions)
    call_log.ensure_agent("agent", "Agent")
    phone = Pjsua2Phone(force_null_audio=True)
    bridge = TelephonyBridge(phone)
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(demo_line=SimulatedDebtorLine()),
                          scripts=load_library(), agent=AgentIdentity("agent", "Agent"), language="en")
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.start()
    record = DebtorRepository(sessions).record(1)
    assert session.dial(record, record.phones[0].number)
    deadline = time.monotonic() + 15
    while not session.in_call or session.current_stage is None:
        if time.monotonic() > deadline:
            sys.exit("the simulated debtor did not answer")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(steps):
        session.next_stage(right_party_answer(session.current_stage.question))
    if pick:
        session.pick_answer(right_party_answer(session.current_stage.question))
    print("KILLING", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3:] == ["pick"])
