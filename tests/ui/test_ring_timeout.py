"""The ring timeout on the fake phone: a call nobody answers ends with 480 after the configured time, is logged as
missed (outcome no_answer, no dialog for the agent), the banner and the tray alert go, and the next caller rings
and is answered as usual; a call answered or cancelled in time is not touched."""

import pytest
from PySide6.QtWidgets import QMessageBox

from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.telephony_bridge import TelephonyBridge
from app.telephony.call_options import CallOptions, InvalidCallOptions
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record

DEBTOR_PHONE = "+8613812345678"
STRANGER = "13900000000"
RING_MS = 150


class FakeNotifier:
    def __init__(self) -> None:
        self.alerts: list[str] = []
        self.withdrawn = 0

    def notify(self, caller_text: str) -> bool:
        self.alerts.append(caller_text)
        return True

    def withdraw(self) -> None:
        self.withdrawn += 1


@pytest.fixture
def desk(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1, phone=DEBTOR_PHONE)])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    bridge = TelephonyBridge(phone)
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="en", ring_timeout_ms=RING_MS,
                          identify_caller=lambda number: directory.records[1] if number == DEBTOR_PHONE else None)
    bridge.call_state_changed.connect(session.on_call_state)
    bridge.incoming_call.connect(session.on_incoming_call)
    window = MainWindow(directory=directory, session=session, language="en")
    window.softphone.notifier = FakeNotifier()
    qtbot.addWidget(window)
    window.show()
    bridge.start()
    yield window, session, phone, call_log
    bridge.shutdown()


def test_an_unanswered_call_gets_480_is_logged_as_missed_and_the_next_caller_is_answered(qtbot, desk) -> None:
    window, session, phone, call_log = desk
    shown: list[object] = []
    window.outcome_dialog_shown.connect(shown.append)
    with qtbot.waitSignal(session.incoming_call):
        first = phone.remote_calls_in(DEBTOR_PHONE)
    assert window.incoming_banner.isVisible()
    with qtbot.waitSignal(session.call_missed, timeout=5000) as missed:
        pass
    assert missed.args == [1] and first not in phone.calls
    call = call_log.calls[1]
    assert call["end_reason"] == "480 Temporarily Unavailable" and call["outcome"] == "no_answer"
    assert call["note"].startswith(f"Missed call: not answered within {RING_MS / 1000:g} s")
    assert call_log.events[1][-1] == ("call_state", {"state": "disconnected", "sip_code": 480,
                                                     "reason": "Temporarily Unavailable"})
    assert not session.in_call and not session.awaiting_outcome and shown == []
    assert not window.incoming_banner.isVisible() and window.softphone.notifier.withdrawn == 1
    assert window.statusBar().currentMessage().startswith("Missed call")
    assert window.record_view.record.contact_history[0].outcome_code == "no_answer"  # the history shows it

    with qtbot.waitSignal(session.incoming_call):
        second = phone.remote_calls_in(STRANGER)
    window.incoming_banner.answer_button.click()
    qtbot.waitUntil(lambda: session.current_stage is not None)
    qtbot.wait(RING_MS * 2)
    assert second in phone.calls and session.in_call and call_log.calls[2]["outcome"] is None


def test_a_call_cancelled_in_time_asks_for_its_outcome_and_is_not_rejected_later(qtbot, desk) -> None:
    window, session, phone, call_log = desk
    with qtbot.waitSignal(session.incoming_call):
        key = phone.remote_calls_in(DEBTOR_PHONE)
    with qtbot.waitSignal(window.outcome_dialog_shown):
        phone.remote_hangs_up(key)
    with qtbot.assertNotEmitted(session.call_missed, wait=RING_MS * 2):
        pass
    assert session.awaiting_outcome and call_log.calls[1]["outcome"] is None


def test_waiting_behind_a_ringing_call_is_bounded_too(qtbot, desk) -> None:
    """A second caller while the first still rings waits (call waiting: 486 after its own limit); once the first
    rang out, the agent answers the waiting one."""
    _window, session, phone, call_log = desk
    with qtbot.waitSignal(session.incoming_call):
        phone.remote_calls_in(DEBTOR_PHONE)
    second = phone.remote_calls_in(STRANGER)
    qtbot.waitUntil(lambda: [v.call_key for v in session.call_waiting.waiting] == [second])
    qtbot.waitSignal(session.call_missed, timeout=5000).wait()
    assert call_log.calls[1]["outcome"] == "no_answer"
    assert session.call_waiting.answer(second)
    qtbot.waitUntil(lambda: session.current_stage is not None)


def test_the_ring_timeout_setting_is_checked() -> None:
    assert CallOptions.from_mapping({"ring_timeout_s": 20}).ring_timeout_s == 20
    assert CallOptions().ring_timeout_s == 45
    for bad in (4, 601, "45", True):
        with pytest.raises(InvalidCallOptions, match="ring_timeout_s"):
            CallOptions.from_mapping({"ring_timeout_s": bad})
