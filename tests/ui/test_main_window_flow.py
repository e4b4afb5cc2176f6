"""The agent's whole call, driven through the widgets, with the fake phone and in-memory log (fast)."""

import pytest
from PySide6.QtCore import Qt

from app.domain.call_log import CallEventKind
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.telephony.events import CallStateChanged
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


@pytest.fixture
def desk(qtbot):
    directory = FakeDirectory([sample_record(1), sample_record(2, "Emily Carter", "+8613911112222")])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    phone.start()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="zh_CN")
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    window = MainWindow(directory=directory, session=session, language="zh_CN")
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitExposed(window)
    return window, phone, call_log, session


def _only_call(phone: FakePhone) -> str:
    (key,) = phone.calls
    return key


def test_pick_call_step_hang_up_pick_outcome_shows_in_history(desk, qtbot):
    window, phone, call_log, _session = desk
    window.debtor_list.select_row(0)
    assert window.record_view.name_label.text() == "张伟"
    assert window.softphone.number_field.text() == "138****5678"

    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)
    key = _only_call(phone)
    phone.remote_rings(key)
    phone.remote_answers(key)
    phone.pump()
    assert window.softphone.state_label.text() == "In call"
    assert "张伟" in window.script_pane.text_view.toPlainText()

    for _ in range(3):
        qtbot.mouseClick(window.script_pane.next_button, Qt.MouseButton.LeftButton)
    assert window.script_pane.next_button.text() == "Finish script"

    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=2000) as shown:
        qtbot.mouseClick(window.softphone.hangup_button, Qt.MouseButton.LeftButton)
        phone.pump()
    dialog = shown.args[0]
    dialog.reject()  # Escape must not dismiss it
    assert dialog.isVisible()
    dialog.choose("rpc_ptp")
    dialog.note_edit.setPlainText("承诺 11 月 30 日还 600 元")
    dialog.accept()

    (call,) = call_log.calls.values()
    assert call["outcome"] == "rpc_ptp"
    kinds = [kind for kind, _ in call_log.events[1]]
    steps = [p["step"] for kind, p in call_log.events[1] if kind == CallEventKind.SCRIPT_STEP_ENTERED]
    assert steps == ["listen", "explain", "propose_plan", "record_outcome"]
    states = [p["state"] for kind, p in call_log.events[1] if kind == CallEventKind.CALL_STATE]
    assert states == ["calling", "early", "confirmed", "disconnected"]
    assert kinds[-1] == CallEventKind.SCRIPT_STEP_LEFT  # hanging up closes the stage in progress
    assert window.record_view.history_model.rowCount() == 1


def test_invalid_number_is_refused_at_the_field_and_nothing_is_dialled(desk, qtbot):
    window, phone, _call_log, _session = desk
    window.debtor_list.select_row(0)
    window.softphone.number_field.setText("12345")
    assert window.softphone.field_error.isVisible()
    assert not window.softphone.call_button.isEnabled()
    window.softphone.number_field.setText("sip:bad user@")
    window.softphone.number_field.returnPressed.emit()
    assert phone.dialled == []


def test_database_gone_mid_call_loses_no_event(desk, qtbot):
    window, phone, call_log, _session = desk
    window.debtor_list.select_row(0)
    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)
    key = _only_call(phone)
    call_log.fail_writes = True
    phone.remote_answers(key)
    phone.pump()
    qtbot.mouseClick(window.script_pane.next_button, Qt.MouseButton.LeftButton)
    assert window.problem_banner.isVisible()
    call_log.fail_writes = False
    qtbot.mouseClick(window.script_pane.next_button, Qt.MouseButton.LeftButton)
    steps = [p["step"] for kind, p in call_log.events[1] if kind == CallEventKind.SCRIPT_STEP_ENTERED]
    assert steps == ["listen", "explain", "propose_plan"]
    phone.remote_hangs_up(key)
    phone.pump()


def test_models_pass_the_model_tester(desk, qtmodeltester):
    window, *_ = desk
    window.debtor_list.select_row(0)
    qtmodeltester.check(window.debtor_list.model)
    qtmodeltester.check(window.record_view.accounts_model)
    qtmodeltester.check(window.record_view.history_model)


def test_hold_and_mute_follow_the_phone_and_are_logged(desk, qtbot):
    window, phone, call_log, session = desk
    window.debtor_list.select_row(0)
    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)
    key = _only_call(phone)
    assert not window.softphone.hold_button.isEnabled()
    phone.remote_answers(key)
    phone.pump()
    phone.add_listener(lambda e: session.on_media_state(e) if type(e).__name__ == "MediaStateChanged" else None)
    phone.add_listener(lambda e: session.on_mute_changed(e) if type(e).__name__ == "MuteChanged" else None)

    qtbot.mouseClick(window.softphone.hold_button, Qt.MouseButton.LeftButton)
    assert not window.softphone.hold_button.isChecked()  # not until the phone says so
    phone.pump()
    assert window.softphone.hold_button.isChecked() and key in phone.held
    qtbot.mouseClick(window.softphone.hold_button, Qt.MouseButton.LeftButton)
    phone.pump()
    assert not window.softphone.hold_button.isChecked() and key not in phone.held
    qtbot.mouseClick(window.softphone.mute_button, Qt.MouseButton.LeftButton)
    phone.pump()
    assert window.softphone.mute_button.isChecked() and key in phone.muted

    kinds = [(kind, p) for kind, p in call_log.events[1] if kind in (CallEventKind.HOLD, CallEventKind.MUTE)]
    assert kinds == [(CallEventKind.HOLD, {"held": True, "by": "agent"}), (CallEventKind.HOLD, {"held": False}),
                     (CallEventKind.MUTE, {"muted": True})]
    phone.remote_hangs_up(key)
    phone.pump()
    assert not window.softphone.mute_button.isChecked() and not window.softphone.mute_button.isEnabled()
