"""Screen pop in the window: one match → the record (and whose phone), several → the chooser, none → the search;
for incoming calls and for typed numbers. Fake phone, in-memory log and directory (fast)."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from app.domain.call_log import CallEventKind
from app.domain.debtors import CallerMatch, PhoneOnFile
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.screen_pop import ScreenPopService
from app.telephony.events import CallStateChanged, IncomingCall
from app.telephony.fake_phone import FakePhone
from app.ui.caller_chooser_dialog import CallerChooserDialog
from app.ui.main_window import MainWindow
from app.ui.phone_owner_notice import PhoneOwnerNotice, whose_phone
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record
from tests.ui.guided_script import guided_library

SPOUSE_PHONE = "+8613900001111"  # 张伟's spouse 李娜 (sample_record); also 陈静's own phone in the shared fixture
LI_NA = CallerMatch(1, "张伟", "spouse", "mobile", "李娜")


class CallLogWithDebtors(FakeCallLog):
    def set_debtor(self, call_id: int, debtor_id: int, account_number: str | None = None) -> None:
        if self.calls[call_id]["debtor_id"] is None:
            self.calls[call_id]["debtor_id"] = debtor_id


class FakeCallers:
    """Every phone on file of the fake directory's records, as CallerLookupRepository answers."""

    def __init__(self, directory: FakeDirectory) -> None:
        self.directory = directory
        self.lookups = 0

    def callers(self, e164: str) -> list[CallerMatch]:
        self.lookups += 1
        found = {}
        for record in self.directory.records.values():
            for phone in record.phones:
                if phone.number == e164 and record.debtor_id not in found:
                    found[record.debtor_id] = CallerMatch(record.debtor_id, record.full_name, phone.owner,
                                                          phone.phone_type, phone.owner_name)
        return sorted(found.values(), key=lambda m: (not m.own_phone, m.debtor_id))


def _desk(qtbot, tmp_path, monkeypatch, records, ring_timeout_ms: int = 45_000):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory(records)
    call_log = CallLogWithDebtors(directory)
    callers = FakeCallers(directory)
    service = ScreenPopService(callers, directory)
    phone = FakePhone()
    phone.start()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "王芳"), language="zh_CN",
                          identify_caller=service.identify_caller, ring_timeout_ms=ring_timeout_ms)
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    phone.add_listener(lambda e: session.on_incoming_call(e) if isinstance(e, IncomingCall) else None)
    window = MainWindow(directory=directory, session=session, language="zh_CN", screen_pop=service)
    flow = window.screen_pop_flow
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitExposed(window)
    return window, flow, phone, call_log, callers


@pytest.fixture
def desk(qtbot, tmp_path, monkeypatch):
    """张伟 (spouse 李娜 on +8613900001111) and Emily Carter, whose own phone is 139 1111 2222."""
    emily = replace(sample_record(2, "Emily Carter"), phones=(PhoneOnFile("+8613911112222", "mobile", "self"),))
    return _desk(qtbot, tmp_path, monkeypatch, [sample_record(1), emily])


@pytest.fixture
def shared_desk(qtbot, tmp_path, monkeypatch):
    """Two debtors have +8613900001111 on file: 张伟's spouse's phone and 陈静's own."""
    chen = replace(sample_record(3, "陈静", SPOUSE_PHONE), phones=(PhoneOnFile(SPOUSE_PHONE, "mobile", "self"),))
    return _desk(qtbot, tmp_path, monkeypatch, [sample_record(1), chen])


# -- the parts --------------------------------------------------------------------------------------------------


def test_the_notice_says_whose_phone_and_nothing_for_the_debtors_own(qtbot) -> None:
    notice = PhoneOwnerNotice()
    qtbot.addWidget(notice)
    notice.show_for(LI_NA, outgoing=True)
    assert notice.text() == ("Calling the debtor's spouse's phone (李娜): a third party may answer — "
                             "do not disclose the debt")
    assert not notice.isHidden()
    notice.show_for(CallerMatch(1, "张伟", "employer", "work"), outgoing=False)
    assert notice.text().startswith("Call from the debtor's employer's phone: the caller may be a third party")
    notice.show_for(CallerMatch(1, "张伟", "self", "mobile"), outgoing=True)
    assert notice.isHidden() and notice.text() == ""
    notice.show_for(None, outgoing=False)
    assert notice.isHidden()


def test_whose_phone_reads_owner_name_and_type() -> None:
    assert whose_phone(LI_NA) == "spouse (李娜), mobile"
    assert whose_phone(CallerMatch(2, "X", "self", "home", "ignored")) == "debtor, home"
    assert whose_phone(CallerMatch(2, "X", "other", "work")) == "other contact, work"


def _chooser(qtbot) -> CallerChooserDialog:
    matches = [CallerMatch(3, "陈静", "self", "mobile"), LI_NA, CallerMatch(7, "Emily Carter", "employer", "work", "Acme")]
    dialog = CallerChooserDialog(SPOUSE_PHONE, matches)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_chooser_model_lists_name_and_whose_phone(qtbot, qtmodeltester) -> None:
    dialog = _chooser(qtbot)
    qtmodeltester.check(dialog.model)
    rows = [[dialog.model.index(r, c).data() for c in range(2)] for r in range(dialog.model.rowCount())]
    assert rows == [["陈静", "debtor, mobile"], ["张伟", "spouse (李娜), mobile"], ["Emily Carter", "employer (Acme), work"]]
    assert "139****1111" in dialog.intro.text()


def test_the_chooser_picks_with_arrows_and_enter(qtbot) -> None:
    dialog = _chooser(qtbot)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.chosen == CallerMatch(7, "Emily Carter", "employer", "work", "Acme")


def test_escape_in_the_chooser_means_none_of_them(qtbot) -> None:
    dialog = _chooser(qtbot)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.chosen is None


# -- incoming calls ---------------------------------------------------------------------------------------------


def test_a_call_from_the_spouses_phone_pops_the_debtor_with_the_notice(desk) -> None:
    window, flow, phone, call_log, callers = desk
    phone.remote_calls_in(SPOUSE_PHONE)
    phone.pump()
    assert window.record_view.name_label.text() == "张伟"
    assert "张伟" in window.incoming_banner.caller_label.text()
    assert flow.notice.isVisible() and "spouse's phone (李娜)" in flow.notice.text()
    assert call_log.calls[1]["debtor_id"] == 1
    assert callers.lookups == 1  # the session's lookup, taken by the window


def test_a_call_from_the_debtors_own_phone_pops_without_a_notice(desk) -> None:
    window, flow, phone, call_log, _callers = desk
    phone.remote_calls_in("13911112222")
    phone.pump()
    assert window.record_view.name_label.text() == "Emily Carter" and flow.notice.isHidden()


def test_a_shared_number_asks_who_then_attaches_the_pick_to_the_call(shared_desk, qtbot) -> None:
    window, flow, phone, call_log, _callers = shared_desk
    with qtbot.waitSignal(flow.chooser_shown, timeout=1000) as shown:
        phone.remote_calls_in(SPOUSE_PHONE)
        phone.pump()
    chooser = shown.args[0]
    assert call_log.calls[1]["debtor_id"] is None and window.incoming_banner.isVisible()
    assert [chooser.model.row_at(r).full_name for r in range(chooser.model.rowCount())] == ["陈静", "张伟"]
    qtbot.keyClick(chooser.table, Qt.Key.Key_Down)
    qtbot.keyClick(chooser.table, Qt.Key.Key_Return)
    assert window.record_view.name_label.text() == "张伟"
    assert "spouse's phone (李娜)" in flow.notice.text() and flow.notice.isVisible()
    assert call_log.calls[1]["debtor_id"] == 1
    identified = [p for kind, p in call_log.events[1] if kind == CallEventKind.CALLER_IDENTIFIED]
    assert identified and identified[0]["debtor_id"] == 1 and identified[0]["script_rebuilt"] is True
    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=2000) as dialog_shown:
        window.incoming_banner.reject_button.click()
        phone.pump()
    assert dialog_shown.args[0]._accounts == ["6222020000001234"]  # the outcome is for the picked debtor's account
    assert flow.notice.isHidden()


def test_escape_in_the_chooser_leaves_the_search_with_the_number(shared_desk, qtbot) -> None:
    window, flow, phone, call_log, _callers = shared_desk
    with qtbot.waitSignal(flow.chooser_shown, timeout=1000) as shown:
        phone.remote_calls_in(SPOUSE_PHONE)
        phone.pump()
    with qtbot.waitSignal(flow.search_prefilled, timeout=1000):
        qtbot.keyClick(shown.args[0].table, Qt.Key.Key_Escape)
    assert window.debtor_list.search_field.text() == "13900001111"
    assert call_log.calls[1]["debtor_id"] is None


def test_an_unknown_number_prefills_the_search_and_a_pick_there_names_the_caller(desk, qtbot) -> None:
    window, flow, phone, call_log, _callers = desk
    with qtbot.waitSignal(flow.search_prefilled, timeout=1000):
        phone.remote_calls_in("+8613700000000")
        phone.pump()
    field = window.debtor_list.search_field
    assert field.text() == "13700000000" and field.hasFocus()
    assert "not a number on file" in window.incoming_banner.caller_label.text()
    field.setText("Emily")
    window.debtor_list.refresh()
    window.debtor_list.select_row(0)
    assert window.record_view.name_label.text() == "Emily Carter"
    assert call_log.calls[1]["debtor_id"] == 2


def test_a_withheld_number_focuses_an_empty_search(desk, qtbot) -> None:
    window, flow, phone, call_log, _callers = desk
    with qtbot.waitSignal(flow.search_prefilled, timeout=1000) as prefilled:
        phone.remote_calls_in("anonymous")
        phone.pump()
    assert prefilled.args == [""] and window.debtor_list.search_field.hasFocus()
    assert call_log.calls[1]["debtor_id"] is None


# -- typed numbers ----------------------------------------------------------------------------------------------


def _type_and_call(window, qtbot, number: str) -> None:
    window.softphone.number_field.setText(number)
    qtbot.mouseClick(window.softphone.call_button, Qt.MouseButton.LeftButton)


def test_a_typed_number_of_one_debtor_opens_the_record_and_dials(desk, qtbot) -> None:
    window, flow, phone, call_log, _callers = desk
    _type_and_call(window, qtbot, "139 0000 1111")
    assert window.record_view.name_label.text() == "张伟"
    assert "Calling the debtor's spouse's phone (李娜)" in flow.notice.text()
    assert len(phone.calls) == 1 and call_log.calls[1]["debtor_id"] == 1


def test_a_typed_shared_number_dials_after_the_pick(shared_desk, qtbot) -> None:
    window, flow, phone, call_log, _callers = shared_desk
    with qtbot.waitSignal(flow.chooser_shown, timeout=1000) as shown:
        _type_and_call(window, qtbot, "13900001111")
    assert not phone.calls
    qtbot.keyClick(shown.args[0].table, Qt.Key.Key_Return)
    assert window.record_view.name_label.text() == "陈静" and flow.notice.isHidden()
    assert len(phone.calls) == 1 and call_log.calls[1]["debtor_id"] == 3


def test_a_typed_unknown_number_goes_to_the_search_and_does_not_dial(desk, qtbot) -> None:
    window, flow, phone, _call_log, _callers = desk
    _type_and_call(window, qtbot, "13700000000")
    assert window.debtor_list.search_field.text() == "13700000000"
    assert not phone.calls and window.problem_banner.isVisible()


# -- latency: painted before the call log's writes, only when the agent is free ------------------------------------


def test_the_callers_record_is_on_screen_before_the_call_row_is_written(desk) -> None:
    window, flow, phone, call_log, _callers = desk
    on_screen_at_write: list[object] = []
    start_call = call_log.start_call

    def watching_start_call(**fields):
        record = window.record_view.record
        on_screen_at_write.append(None if record is None else (record.debtor_id, flow.notice.isVisible()))
        return start_call(**fields)

    call_log.start_call = watching_start_call
    phone.remote_calls_in(SPOUSE_PHONE)
    phone.pump()
    assert on_screen_at_write == [(1, True)]
    assert window.record_view.name_label.text() == "张伟" and "李娜" in flow.notice.text()


def test_a_second_callers_record_does_not_replace_the_call_in_progress(desk, qtbot) -> None:
    window, flow, phone, call_log, _callers = desk
    first = phone.remote_calls_in("13911112222")
    phone.pump()
    window.incoming_banner.answer_button.click()
    phone.remote_answers(first)
    phone.pump()
    assert window.record_view.name_label.text() == "Emily Carter"
    phone.remote_calls_in(SPOUSE_PHONE)  # 张伟's spouse calls while the agent talks to Emily Carter
    phone.pump()
    assert window.record_view.name_label.text() == "Emily Carter" and flow.notice.isHidden()


def test_dialling_the_spouses_phone_from_the_record_shows_the_notice(desk, qtbot) -> None:
    window, flow, phone, _call_log, _callers = desk
    window.debtor_list.select_row(0)
    assert window.record_view.name_label.text() == "张伟" and flow.notice.isHidden()
    window.record_view.dial_requested.emit(SPOUSE_PHONE)
    assert flow.notice.isVisible() and flow.notice.text().startswith("Calling the debtor's spouse's phone (李娜)")
    assert len(phone.calls) == 1


# -- the session: the picked debtor goes on the call --------------------------------------------------------------


def _session(tmp_path):
    directory = FakeDirectory([sample_record(1)])
    call_log = CallLogWithDebtors(directory)
    phone = FakePhone()
    phone.start()
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=guided_library(tmp_path),
                          agent=AgentIdentity("agent", "王芳"), language="zh_CN", identify_caller=lambda _n: None)
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    phone.add_listener(lambda e: session.on_incoming_call(e) if isinstance(e, IncomingCall) else None)
    return session, phone, call_log, directory.records[1]


def test_attach_caller_after_answering_keeps_the_script_and_logs_the_pick(qtbot, tmp_path) -> None:
    session, phone, call_log, record = _session(tmp_path)
    key = phone.remote_calls_in("+8613700000000")
    phone.pump()
    session.answer_incoming()
    phone.remote_answers(key)
    phone.pump()
    assert session.attach_caller(record) is True
    assert call_log.calls[1]["debtor_id"] == 1
    (identified,) = [p for kind, p in call_log.events[1] if kind == CallEventKind.CALLER_IDENTIFIED]
    assert identified["script_rebuilt"] is False and identified["by"] == "agent"
    assert session.attach_caller(record) is False  # the call has its debtor now


def test_attach_caller_needs_an_inbound_call_without_a_debtor(qtbot, tmp_path) -> None:
    session, phone, call_log, record = _session(tmp_path)
    assert session.attach_caller(record) is False  # no call
    assert session.dial(record, "13812345678")
    assert session.attach_caller(record) is False  # outbound: its debtor was picked before dialling


def test_a_database_that_is_away_does_not_stop_an_incoming_call(qtbot, tmp_path, monkeypatch) -> None:
    """The lookup fails: the call still rings and is logged, with no debtor; the agent searches later."""
    window, _flow, phone, call_log, callers = _desk(qtbot, tmp_path, monkeypatch, [sample_record(1)])

    def away(_e164: str) -> list:
        raise OSError("database is locked")

    monkeypatch.setattr(callers, "callers", away)
    phone.remote_calls_in("+8613812345678")
    phone.pump()
    qtbot.waitUntil(lambda: window.incoming_banner.isVisible())
    assert call_log.calls[1]["debtor_id"] is None


def test_a_replaced_window_no_longer_hears_the_screen_pop(qtbot, tmp_path, monkeypatch) -> None:
    """A language switch deletes the old window and its flow: the service must not call into the deleted flow."""
    _window, flow, _phone, _log, _callers = _desk(qtbot, tmp_path, monkeypatch, [sample_record(1)])
    service = flow._service
    flow.deleteLater()
    qtbot.waitUntil(lambda: not isValid(flow))
    assert service.identify_caller("+8613812345678") is not None  # no RuntimeError from the deleted flow



def test_a_call_that_rings_out_closes_the_chooser(qtbot, tmp_path, monkeypatch) -> None:
    chen = replace(sample_record(3, "陈静", SPOUSE_PHONE), phones=(PhoneOnFile(SPOUSE_PHONE, "mobile", "self"),))
    window, flow, phone, call_log, _callers = _desk(qtbot, tmp_path, monkeypatch, [sample_record(1), chen],
                                                    ring_timeout_ms=100)
    with qtbot.waitSignal(flow.chooser_shown, timeout=1000) as shown:
        phone.remote_calls_in(SPOUSE_PHONE)
        phone.pump()
    chooser = shown.args[0]
    qtbot.waitUntil(lambda: phone.calls == {}, timeout=2000)  # 480 sent
    phone.pump()  # its DISCONNECTED delivered
    qtbot.waitUntil(lambda: not chooser.isVisible(), timeout=1000)
    assert flow.chooser is None and call_log.calls[1]["outcome"] == "no_answer"
