"""Real SIP on 127.0.0.1: the app's Pjsua2Phone in this process, the simulated debtor in a child process.

Only one pjsua2 Endpoint can exist per process; each test's phone is shut down (libDestroy) before the next
test creates its own, which the wheel supports.
"""

import time
from collections.abc import Callable, Iterator

import pytest

from app.telephony.events import CallState, CallStateChanged, TelephonyEvent
from app.telephony.pjsua2_adapter import Pjsua2Phone
from app.telephony.sim_line import SimulatedDebtorLine

CALL_TIMEOUT_S = 15.0


class EventLog:
    """Collects every event the phone delivers, for assertions."""

    def __init__(self) -> None:
        self.events: list[TelephonyEvent] = []

    def __call__(self, event: TelephonyEvent) -> None:
        self.events.append(event)

    def of_type(self, kind: type) -> list:
        return [event for event in self.events if isinstance(event, kind)]

    def states(self, call_key: str) -> list[CallState]:
        return [e.state for e in self.of_type(CallStateChanged) if e.call_key == call_key]

    def last_state(self, call_key: str) -> CallStateChanged | None:
        events = [e for e in self.of_type(CallStateChanged) if e.call_key == call_key]
        return events[-1] if events else None

    def reached(self, call_key: str, state: CallState) -> Callable[[], bool]:
        return lambda: state in self.states(call_key)


def pump_until(phone: Pjsua2Phone, condition: Callable[[], bool], timeout_s: float = CALL_TIMEOUT_S) -> None:
    """Pump the phone (as the app's QTimer would) until ``condition`` holds; fail after ``timeout_s``. It pumps at
    least once: a condition on a peer (which runs on its own) may already hold before the phone has handed over the
    events of what the test just did."""
    deadline = time.monotonic() + timeout_s
    phone.pump()
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"condition not reached within {timeout_s} s")
        phone.pump()
        time.sleep(0.005)


@pytest.fixture(autouse=True)
def _null_audio(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never open a real sound card in tests (a developer's machine may have one)."""
    monkeypatch.setenv("CALLDESK_NULL_AUDIO", "1")


@pytest.fixture
def sim_line() -> Iterator[SimulatedDebtorLine]:
    line = SimulatedDebtorLine(answer_delay_ms=300)
    line.start()
    yield line
    assert line.stop() == 0, "the simulated debtor must exit 0"


@pytest.fixture
def event_log() -> EventLog:
    return EventLog()


@pytest.fixture
def phone(event_log: EventLog) -> Iterator[Pjsua2Phone]:
    agent = Pjsua2Phone(user="agent", display_name="Test Agent")
    agent.add_listener(event_log)
    agent.start()
    yield agent
    agent.shutdown()
