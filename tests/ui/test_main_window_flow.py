"""The agent's whole call, driven through the widgets, with the fake phone and in-memory log (fast)."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.call_log import CallEventKind
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.plan_offers import PlanOffers
from app.telephony.events import AudioDeviceStatus, CallStateChanged, IncomingCall
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, FakeFollowUps, sample_record
from tests.ui.guided_script import guided_library


@pytest.fixture
def desk(qtbot, tmp_path, monkeypatch):
    # closing the window mid-call asks "hang up and quit?": answer it, so a failing test never hangs
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1), sample_record(2, "Emily Carter", "+8613911112222")])
    call_log = FakeCallLog(directory)
    follow_ups = FakeFollowUps(call_log)
    phone = FakePhone()
    phone.start()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "王芳"), language="zh_CN", follow_ups=follow_ups,
                          identify_caller=lambda number: directory.records[2] if number.endswith("2222") else None)
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    window = MainWindow(directory=directory, session=session, language="zh_CN", plan_offers=PlanOffers.for_pack("cn"))
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitExposed(window)
    window.follow_ups = follow_ups
    return window, phone, call_log, session


def _only_call(phone: FakePhone) -> str:
    (key,) = phone.calls
    return key


def _dial_and_answer(window, phone, qtbot) -> str:
    window.debtor_list.select_row(0)
    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)
    key = _only_call(phone)
    phone.remote_rings(key)
    phone.remote_answers(key)
    phone.pump()
    return key


def _steps(call_log: FakeCallLog) -> list[str]:
    return [p["step"] for kind, p in call_log.events[1] if kind == CallEventKind.SCRIPT_STEP_ENTERED]


def test_guided_call_plan_hang_up_outcome_with_promise_and_plan(desk, qtbot):
    window, phone, call_log, _session = desk
    window.debtor_list.select_row(0)
    assert window.record_view.name_label.text() == "张伟"
    assert window.softphone.number_field.text() == "138****5678"
    _dial_and_answer(window, phone, qtbot)
    pane = window.script_pane
    assert window.softphone.state_label.text() == "In call"
    assert "张伟" in pane.text_view.toPlainText() and pane.mandatory_badge.isVisible()

    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)  # no answer yet: refused, calmly
    assert pane.refusal_label.isVisible() and pane.title_label.text() == "Greeting and recording notice"
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_1)
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert pane.disclosure_badge.isVisible() and "¥11,700.50" in pane.text_view.toPlainText()
    qtbot.keyClicks(pane._editor.field, "6000")
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane._editor.field, "4500")
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    panel = pane.plan_panel
    assert panel.isVisible() and panel.selected_option().key == "affordable"
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert pane.next_button.text() == "Finish script" and pane.title_label.text() == "Close"

    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=2000) as shown:
        qtbot.mouseClick(window.softphone.hangup_button, Qt.MouseButton.LeftButton)
        phone.pump()
    dialog = shown.args[0]
    assert dialog is window.outcome_dialog
    dialog.reject()  # Escape must not dismiss it
    assert dialog.isVisible()
    assert dialog.outcome_code == "rpc_ptp" and dialog.plan_box.isVisible()
    assert dialog.promise_fields.amount == Decimal("1370.25")  # the first of the 9 payments
    dialog.note_edit.setPlainText("9 期分期，每月 1370.33 元")
    dialog.accept()

    (call,) = call_log.calls.values()
    assert call["outcome"] == "rpc_ptp"
    saved = window.follow_ups.outcomes[1]
    assert saved.promise.account_number == "6222020000001234" and saved.plan.kind == "instalment"
    assert len(saved.plan.instalments) == 9
    assert _steps(call_log) == ["greeting", "explain", "expenses", "plan", "close"]
    kinds = [kind for kind, _ in call_log.events[1]]
    assert "plan_offered" in kinds and "plan_accepted" in kinds
    assert kinds[-1] == CallEventKind.SCRIPT_STEP_LEFT  # hanging up closes the step in progress
    states = [p["state"] for kind, p in call_log.events[1] if kind == CallEventKind.CALL_STATE]
    assert states == ["calling", "early", "confirmed", "disconnected"]
    assert window.record_view.history_model.rowCount() == 1
    assert window.outcome_dialog is None and not window.wellbeing_banner.isVisible()
    assert "No call in progress" in pane.text_view.toPlainText()


def test_hang_up_any_time_and_a_refused_outcome_comes_back_with_the_reason(desk, qtbot):
    window, phone, call_log, _session = desk
    _dial_and_answer(window, phone, qtbot)
    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=2000) as shown:
        window.softphone.hangup_button.click()  # mid-greeting: the script never blocks the phone
        phone.pump()
    dialog = shown.args[0]
    dialog.choose("rpc_refusal")
    window.follow_ups.refuse_with = "This debtor's case is flagged 'cease_contact'."
    dialog.accept()
    assert dialog.isVisible() and "cease_contact" in dialog.error_label.text()
    assert call_log.calls[1]["outcome"] is None
    dialog.accept()
    assert call_log.calls[1]["outcome"] == "rpc_refusal"


def test_skip_a_mandatory_step_with_a_reason_is_logged(desk, qtbot):
    window, phone, call_log, _session = desk
    _dial_and_answer(window, phone, qtbot)
    pane = window.script_pane
    pane.skip_button.click()
    pane.skip_dialog.set_reason("The debtor will not answer this")
    pane.skip_dialog.ok_button.click()
    skips = [p for kind, p in call_log.events[1] if kind == "script_skip"]
    assert skips == [{"step": "greeting", "reason": "The debtor will not answer this", "mandatory": True}]
    assert pane.title_label.text() == "Message for the debtor"


def test_abuse_branch_ends_the_call_and_suggests_a_break(desk, qtbot):
    window, phone, call_log, _session = desk
    key = _dial_and_answer(window, phone, qtbot)
    pane = window.script_pane
    (abuse,) = pane._branch_buttons
    abuse.click()
    assert pane.title_label.text() == "End the call calmly" and pane.next_button.text() == "Finish script"
    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=2000) as shown:
        phone.remote_hangs_up(key)
        phone.pump()
    dialog = shown.args[0]
    assert dialog.outcome_code == "abuse_ended"
    dialog.accept()
    assert call_log.calls[1]["outcome"] == "abuse_ended"
    assert window.wellbeing_banner.isVisible()
    window.wellbeing_banner.break_button.click()
    assert not window.wellbeing_banner.isVisible()
    assert "break" in window.statusBar().currentMessage()


def test_incoming_call_pops_the_record_and_answers_with_f3(desk, qtbot):
    window, phone, call_log, session = desk
    phone.calls["in-1"] = "sip:+8613911112222@127.0.0.1"
    session.on_incoming_call(IncomingCall("in-1", "sip:+8613911112222@127.0.0.1", "+8613911112222", ""))
    banner = window.incoming_banner
    assert banner.isVisible()
    assert "Emily Carter" in banner.caller_label.text() and "139****2222" in banner.caller_label.text()
    assert window.record_view.name_label.text() == "Emily Carter"
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    phone.pump()
    assert not banner.isVisible()
    assert window.softphone.state_label.text() == "In call"
    assert window.script_pane.next_button.isEnabled()


def test_incoming_call_from_an_unknown_number_can_be_rejected(desk, qtbot):
    window, phone, call_log, session = desk
    phone.calls["in-2"] = "sip:+8613700000000@127.0.0.1"
    session.on_incoming_call(IncomingCall("in-2", "sip:+8613700000000@127.0.0.1", "+8613700000000", ""))
    banner = window.incoming_banner
    assert "not a number on file" in banner.caller_label.text() and "137****0000" in banner.caller_label.text()
    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=2000):
        banner.reject_button.click()
        phone.pump()
    assert not banner.isVisible() and "in-2" not in phone.calls


def test_the_shipped_standard_call_starts_by_asking_who_answered(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1)])
    call_log = FakeCallLog(directory)
    phone = FakePhone()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity("agent", "王芳"), language="zh_CN")
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    window = MainWindow(directory=directory, session=session, language="zh_CN", plan_offers=PlanOffers.for_pack("cn"))
    qtbot.addWidget(window)
    window.load()
    window.show()
    key = _dial_and_answer(window, phone, qtbot)
    pane = window.script_pane
    assert pane._editor is not None and len(pane._editor.buttons) >= 2 and len(pane._branch_buttons) >= 3
    for _ in range(2):  # the debtor answered; name and ID last four match
        assert pane.choose_number(1)
        qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert _steps(call_log) == ["greeting", "verify", "listen"]
    assert pane.verified_badge.isVisible() and pane.disclosure_badge.isVisible()
    phone.remote_hangs_up(key)
    phone.pump()


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
    pane = window.script_pane
    pane._editor.buttons[0].click()
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert window.problem_banner.isVisible()
    call_log.fail_writes = False
    qtbot.keyClicks(pane._editor.field, "6000")
    qtbot.mouseClick(pane.next_button, Qt.MouseButton.LeftButton)
    assert _steps(call_log) == ["greeting", "explain", "expenses"]
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


def test_a_headset_lost_and_back_mid_call_is_in_the_call_log(desk, qtbot):
    window, phone, call_log, session = desk
    window.debtor_list.select_row(0)
    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)
    key = _only_call(phone)
    phone.remote_answers(key)
    phone.pump()
    session.on_sound_device(AudioDeviceStatus(True, "The sound device stopped", "lost"))
    session.on_sound_device(AudioDeviceStatus(False, "Microphone: Jabra; speaker: Jabra", "back", "Jabra", "Jabra"))
    sound = [p for kind, p in call_log.events[1] if kind == CallEventKind.SOUND_DEVICE]
    assert sound == [{"reason": "lost", "silent": True}, {"reason": "back", "silent": False}]
    phone.remote_hangs_up(key)
    phone.pump()
    session.on_sound_device(AudioDeviceStatus(True, "The sound device stopped", "lost"))  # no call: not logged
    assert len([kind for kind, _ in call_log.events[1] if kind == CallEventKind.SOUND_DEVICE]) == 2
