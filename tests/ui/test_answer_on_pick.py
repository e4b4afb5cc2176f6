"""An answer is in the call log the moment the agent picks it, not only when they move on: a crash in between keeps
it. "Next step" stays its own event and does not log the answer twice."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.call_log import CallEventKind
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.plan_offers import PlanOffers
from app.telephony.events import CallStateChanged
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, FakeFollowUps, sample_record
from tests.ui.guided_script import guided_library


@pytest.fixture
def desk(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1)])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    phone.start()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "王芳"), language="en", follow_ups=FakeFollowUps(call_log))
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    window = MainWindow(directory=directory, session=session, language="en", plan_offers=PlanOffers.for_pack("cn"))
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitExposed(window)
    window.debtor_list.select_row(0)
    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)
    (key,) = phone.calls
    phone.remote_rings(key)
    phone.remote_answers(key)
    phone.pump()
    return window, call_log


def _answers(call_log: FakeCallLog) -> list[tuple[str, object]]:
    return [(p["var"], p["answer"]) for kind, p in call_log.events[1] if kind == CallEventKind.SCRIPT_ANSWER]


def _kinds(call_log: FakeCallLog) -> list[str]:
    return [kind for kind, _ in call_log.events[1]]


def test_a_picked_choice_is_logged_at_once_and_next_step_does_not_log_it_again(desk, qtbot):
    window, call_log = desk
    pane = window.script_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_2)  # changes their mind: both picks are in the log, in order
    qtbot.keyClick(pane, Qt.Key.Key_1)
    first_var = _answers(call_log)[0][0]
    assert [value for _var, value in _answers(call_log)] == [pane._editor.question.choices[1].choice_id,
                                                            pane._editor.question.choices[0].choice_id]
    assert _kinds(call_log)[-1] != CallEventKind.SCRIPT_STEP_LEFT  # still on the step: a crash now keeps the answer
    logged = len(_answers(call_log))
    qtbot.keyClick(pane, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # next step, its own events
    assert len(_answers(call_log)) == logged and _answers(call_log)[-1][0] == first_var
    assert CallEventKind.SCRIPT_STEP_LEFT in _kinds(call_log)


def test_a_typed_answer_is_logged_once_the_agent_pauses(desk, qtbot):
    window, call_log = desk
    pane = window.script_pane
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_1)
    qtbot.keyClick(pane, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pane._editor is not None and pane._editor.question.kind == "amount"
    before = len(_answers(call_log))
    qtbot.keyClicks(pane._editor.field, "6000")
    qtbot.waitUntil(lambda: len(_answers(call_log)) == before + 1)
    assert str(_answers(call_log)[-1][1]) == "6000.00"
