"""The keys an agent uses all day, each on its own: Enter and F2 dial, Enter opens a search result, the keyboard goes to
the script when a call connects, the script's keys work wherever the keyboard is (but in text fields), and the call
timer is not left showing the last call while idle."""

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services.dial_permission import DialDecision, DialPermission
from app.telephony.events import IncomingCall
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from app.ui.shortcuts import window_shortcuts
from tests.ui.test_main_window_flow import _only_call, _steps, desk  # noqa: F401 (the fixture)
from tests.ui.test_work_queue_service import window_with_a_queue  # noqa: F401 (the fixture)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _activate(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.waitActive(window)


def _connect(phone: FakePhone) -> str:
    key = _only_call(phone)
    phone.remote_rings(key)
    phone.remote_answers(key)
    phone.pump()
    return key


def test_enter_in_the_number_field_dials_what_is_typed(desk, qtbot):
    window, phone, *_ = desk
    _activate(window, qtbot)
    window.debtor_list.select_row(0)  # the call is logged to the open debtor
    field = window.softphone.number_field
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, "13812345678")
    with qtbot.waitSignal(window.softphone.dial_requested) as dialled:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialled.args == ["13812345678"] and len(phone.calls) == 1


def test_f2_calls_the_open_debtors_own_phone(desk, qtbot):
    window, phone, call_log, _session = desk
    _activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F2)  # nobody open yet: says what to do, dials nothing
    assert not phone.calls and "Ctrl+Down" in window.problem_banner.text()
    qtbot.keyClick(_focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.record_view.name_label.text() == "张伟"
    qtbot.keyClick(_focused(), Qt.Key.Key_F2)
    assert list(phone.calls.values()) == ["sip:13812345678@127.0.0.1"]  # the debtor's own phone, national
    (call,) = call_log.calls.values()
    assert call["number"] == "+8613812345678" and call["debtor_id"] == 1
    qtbot.keyClick(_focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # in a call: nothing more
    assert len(phone.calls) == 1 and "Finish the call" in window.statusBar().currentMessage()


def test_f2_goes_through_the_same_dial_permission_as_the_call_button(desk, qtbot, monkeypatch):
    window, phone, _call_log, session = desk
    refusal = DialPermission([lambda _record, _number: DialDecision(False, ("Cease contact: do not call.",))])
    monkeypatch.setattr(session, "_dial_permission", refusal)
    _activate(window, qtbot)
    window.debtor_list.select_row(0)
    qtbot.keyClick(_focused(), Qt.Key.Key_F2)
    assert not phone.calls and window.problem_banner.text() == "Cease contact: do not call."


def test_enter_opens_a_search_result(desk, qtbot):
    window, *_ = desk
    _activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.debtor_list.search_field
    assert _focused() is search
    qtbot.keyClicks(search, "Emily")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # one match: opened at once
    assert window.record_view.name_label.text() == "Emily Carter"
    search.clear()
    qtbot.keyClick(search, Qt.Key.Key_Return)  # every debtor: the keyboard goes to the first line
    table = window.debtor_list.table
    assert _focused() is table and table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.record_view.name_label.text() == "张伟"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Enter)
    assert window.record_view.name_label.text() == "Emily Carter"


def test_a_connected_call_puts_the_keyboard_on_the_script_and_its_keys_work_anywhere(desk, qtbot):
    window, phone, call_log, _session = desk
    _activate(window, qtbot)
    window.debtor_list.select_row(0)
    window.softphone.call_button.setFocus()  # the agent clicked Call
    qtbot.keyClick(window.softphone.call_button, Qt.Key.Key_Space)
    _connect(phone)
    pane = window.script_pane
    assert pane.isAncestorOf(_focused())
    window.debtor_list.table.setFocus()  # a table would take a digit for its type-ahead search
    qtbot.keyClick(window.debtor_list.table, Qt.Key.Key_1)
    assert pane.current_answer() == "right_party"
    qtbot.keyClick(window.debtor_list.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _steps(call_log) == ["greeting", "explain"]
    assert window.record_view.name_label.text() == "张伟"  # the table kept its line: no debtor opened


def test_digits_stay_text_in_text_fields(desk, qtbot):
    window, phone, call_log, _session = desk
    _activate(window, qtbot)
    window.debtor_list.select_row(0)
    window.softphone.call_button.click()
    _connect(phone)
    pane = window.script_pane
    qtbot.keyClick(_focused(), Qt.Key.Key_1)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _steps(call_log) == ["greeting", "explain"]
    amount = _focused()  # the income field of the next step
    assert pane.isAncestorOf(amount)
    qtbot.keyClicks(amount, "6000")
    assert pane.current_answer() == Decimal("6000")
    search = window.debtor_list.search_field
    search.setFocus()
    qtbot.keyClicks(search, "139")
    assert search.text() == "139"


def test_f3_answer_moves_the_keyboard_from_the_number_field_to_the_script(desk, qtbot):
    window, phone, _call_log, session = desk
    _activate(window, qtbot)
    window.softphone.number_field.setFocus()
    phone.calls["in-1"] = "sip:+8613911112222@127.0.0.1"
    session.on_incoming_call(IncomingCall("in-1", "sip:+8613911112222@127.0.0.1", "+8613911112222", ""))
    qtbot.keyClick(_focused(), Qt.Key.Key_F3)
    phone.pump()
    assert window.softphone.state_label.text() == "In call"
    assert window.script_pane.isAncestorOf(_focused())
    field = window.softphone.number_field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_1)  # read-only during the call: a script key
    assert field.text() == ""
    assert window.script_pane.current_answer() is not None


def test_the_timer_is_cleared_and_greyed_once_the_outcome_is_saved(desk, qtbot):
    window, phone, _call_log, _session = desk
    timer = window.softphone.timer_label
    assert timer.text() == "00:00" and "#9aa0a6" in timer.styleSheet()
    window.debtor_list.select_row(0)
    window.softphone.call_button.click()
    key = _connect(phone)
    assert "#9aa0a6" not in timer.styleSheet()
    timer.setText("00:41")  # as the clock would after 41 s
    with qtbot.waitSignal(window.outcome_dialog_shown) as shown:
        phone.remote_hangs_up(key)
        phone.pump()
    assert timer.text() == "00:41" and "#9aa0a6" in timer.styleSheet()  # the length, while the outcome is picked
    dialog = shown.args[0]
    dialog.choose("no_answer")
    dialog.accept()
    assert timer.text() == "00:00" and "#9aa0a6" in timer.styleSheet()
    assert window.softphone.state_label.text() == "Idle"


def test_the_new_keys_are_in_the_shortcut_table():
    keys = {s.id: s.key_text for s in window_shortcuts()}
    assert keys["dial_debtor"] == "F2 / Ctrl+D" and keys["dial_typed"] == "Enter" and keys["open_debtor"] == "Enter"


def test_enter_on_a_work_queue_line_opens_its_debtor(window_with_a_queue, qtbot):
    window, _source, _queue = window_with_a_queue
    window.load()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    panel = window.work_queue
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert window.record_view.name_label.text() == "张伟"


def test_on_the_dial_pad_a_digit_is_a_tone_not_a_script_answer(desk, qtbot):
    window, phone, _call_log, _session = desk
    _activate(window, qtbot)
    window.debtor_list.select_row(0)
    window.softphone.call_button.click()
    _connect(phone)
    qtbot.keyClick(_focused(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _focused() is window.softphone.dial_pad)  # a button's key clicks it a moment later
    with qtbot.waitSignal(window.softphone.dtmf_requested) as tone:
        qtbot.keyClick(_focused(), Qt.Key.Key_1)
    assert tone.args == ["1"] and window.script_pane.current_answer() is None
