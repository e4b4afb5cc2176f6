"""The debtor record view: header with flags and next step, the tabs, replay by role, notes with Ctrl+Enter."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.domain.debtors import (
    ContactHistoryEntry,
    DebtorRecord,
    NoteView,
    PaymentView,
    PhoneOnFile,
    PlanInstalmentView,
    PlanView,
    PromiseView,
)
from app.domain.follow_ups import CaseFlagView
from app.domain.next_action import Action
from app.domain.outcomes import CaseFlag
from app.ui.debtor_record_view import DebtorRecordView
from app.ui.payment_trend_chart import monthly_totals
from tests.ui.fakes import FakeNotes, sample_record

TODAY = date(2026, 11, 23)
WHEN = datetime(2026, 11, 20, 2, 30, tzinfo=timezone.utc)
CARD = "6222020000001234"


def full_record(**changes: object) -> DebtorRecord:
    history = (
        ContactHistoryEntry(7, WHEN, "outbound", "+8613812345678", "李娜", 95, "rpc_ptp", "下周一还", "/rec/7.wav"),
        ContactHistoryEntry(6, WHEN - timedelta(days=2), "inbound", "+8613812345678", "王强", None, None, None),
    )
    payments = (PaymentView(CARD, date(2026, 11, 2), Decimal("500.00"), "alipay"),
                PaymentView(CARD, date(2026, 9, 15), Decimal("300.00"), "bank"),
                PaymentView(CARD, date(2025, 1, 15), Decimal("999.00"), "bank"))
    promises = (PromiseView(CARD, date(2026, 11, 20), date(2026, 11, 27), Decimal("600.00"), "pending"),
                PromiseView(CARD, date(2026, 10, 1), date(2026, 10, 8), Decimal("600.00"), "broken"),
                PromiseView(CARD, date(2026, 9, 1), date(2026, 9, 8), Decimal("300.00"), "kept"))
    plans = (
        PlanView(2, CARD, "CNY", "settlement", "proposed", WHEN, Decimal("9000.00"), True,
                 (PlanInstalmentView(1, date(2026, 12, 1), Decimal("9000.00")),)),
        PlanView(1, CARD, "CNY", "instalment", "broken", WHEN - timedelta(days=60), Decimal("3000.00"), False,
                 tuple(PlanInstalmentView(n, date(2026, 9 + n, 1), Decimal("1000.00")) for n in (1, 2, 3))),
    )
    notes = (NoteView(1, 1, "王强", WHEN, "只在下午接电话", None),)
    record = replace(sample_record(), contact_history=history, payments=payments, promises=promises, plans=plans,
                     notes=notes)
    return replace(record, **changes)  # type: ignore[arg-type]  # keyword values that vary by test case


def _flag(kind: CaseFlag, account: str | None = None) -> CaseFlagView:
    return CaseFlagView(1, 1, kind, account, WHEN, "li.na", None, "说金额不对")


@pytest.fixture
def make_view(qtbot):
    def make(role: str = "agent", notes: FakeNotes | None = None) -> DebtorRecordView:
        view = DebtorRecordView("en", role=role, notes=notes, today=lambda: TODAY)
        qtbot.addWidget(view)
        view.resize(500, 700)
        view.show()
        return view
    return make


def test_models_pass_the_model_tester(make_view, qtmodeltester) -> None:
    view = make_view()
    view.show_record(full_record())
    for model in (view.accounts_model, view.payments_tab.model, view.promises_tab.model, view.history_model,
                  view.plans_tab.model, view.plans_tab.instalments_model, view.notes_tab.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_header_shows_masked_id_flags_and_the_next_step_from_the_ladder(make_view) -> None:
    view = make_view()
    assert view.placeholder.isVisible() and not view.tabs.isVisible()
    view.show_record(full_record(promises=()))
    assert view.header.facts["national_id"].text() == "110***********002X"
    assert view.header.facts["bucket"].text() == "M2"
    assert view.header.chips == []
    assert view.next_step is not None and view.next_step.action is Action.CALL
    assert view.header.next_action_label.text() == "Next step: Call the debtor · bucket M2"
    assert "COLLECTIONS" in view.header.next_action_label.toolTip()


def test_a_broken_latest_promise_moves_the_step_to_a_letter(make_view) -> None:
    view = make_view()
    view.show_record(full_record(promises=full_record().promises[1:]))
    assert view.header.next_action_label.text() == (
        "Next step: Send a formal letter · the latest promise was broken (bucket M2)")


def test_open_flags_show_as_chips_and_hold_collection(make_view) -> None:
    view = make_view()
    view.show_record(full_record(open_flags=(_flag(CaseFlag.DISPUTE, CARD), _flag(CaseFlag.CEASE_CONTACT))))
    assert [chip.text() for chip in view.header.chips] == ["Dispute (****1234)", "Cease contact"]
    assert "说金额不对" in view.header.chips[0].toolTip()
    assert view.header.next_action_label.text().startswith("Next step: Hold collection · case flag “Cease contact”")
    view.show_record(full_record(open_flags=(_flag(CaseFlag.HARDSHIP),)))
    assert [chip.text() for chip in view.header.chips] == ["Hardship or vulnerability"]
    view.show_record(full_record())
    assert view.header.chips == []


def test_payments_tab_has_a_table_and_a_twelve_month_trend(make_view) -> None:
    view = make_view()
    view.show_record(full_record())
    tab = view.payments_tab
    assert tab.model.rowCount() == 3
    assert [m.month for m in tab.chart.months][-1] == date(2026, 11, 1) and len(tab.chart.months) == 12
    totals = {m.month: m.total for m in tab.chart.months if m.total}
    assert totals == {date(2026, 11, 1): Decimal("500.00"), date(2026, 9, 1): Decimal("300.00")}
    assert tab.chart.summary == "Paid ¥800.00 in 2 of the last 12 months"
    tab.chart.grab()  # paints without error


def test_a_debtor_without_payments_plans_or_notes_shows_empty_tabs(make_view) -> None:
    view = make_view()
    view.show_record(sample_record())
    assert view.payments_tab.chart.summary == "Paid ¥0.00 in 0 of the last 12 months"
    view.payments_tab.chart.grab()
    assert view.plans_tab.instalments_model.rowCount() == 0 and view.notes_tab.model.rowCount() == 0
    assert view.promises_tab.summary_label.text() == "Pending 0 · Kept 0 · Broken 0"


def test_monthly_totals_cross_the_year() -> None:
    payments = [PaymentView(CARD, date(2026, 1, 31), Decimal(5), "x"), PaymentView(CARD, date(2025, 12, 1), Decimal(7), "x")]
    months = monthly_totals(payments, date(2026, 1, 10), months=3)
    assert [(m.month, m.total) for m in months] == [
        (date(2025, 11, 1), 0), (date(2025, 12, 1), 7), (date(2026, 1, 1), 5)]


def test_promises_tab_counts_pending_kept_broken(make_view) -> None:
    view = make_view()
    view.show_record(full_record())
    assert view.promises_tab.summary_label.text() == "Pending 1 · Kept 1 · Broken 1"
    texts = [view.promises_tab.model.index(r, 2).data() for r in range(3)]
    assert texts == ["Pending", "Broken", "Kept"]


def test_plans_tab_shows_the_payments_of_the_selected_plan(make_view) -> None:
    view = make_view()
    view.show_record(full_record())
    tab = view.plans_tab
    assert tab.model.index(0, 2).data() == "Proposed, awaiting approval"
    assert tab.instalments_model.rowCount() == 1
    tab.table.selectRow(1)
    assert tab.instalments_model.rowCount() == 3
    assert tab.instalments_model.index(2, 2).data() == "¥1,000.00"


def test_an_agent_sees_that_a_call_was_recorded_but_cannot_play_it(make_view, qtbot) -> None:
    view = make_view("agent")
    view.show_record(full_record())
    tab = view.history_tab
    assert tab.model.index(0, 1).data() == "Recorded" and tab.model.index(1, 1).data() == ""
    assert tab.model.index(0, 6).data() == "138****5678"
    assert not tab.play_button.isVisible()
    with qtbot.assertNotEmitted(view.play_recording_requested):
        tab.play_row(0)
        play_cell = tab.table.visualRect(tab.model.index(0, 1)).center()
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=play_cell)


def test_qa_plays_a_recording_from_the_play_column_or_the_button(make_view, qtbot) -> None:
    view = make_view("qa")
    view.show_record(full_record())
    view.tabs.setCurrentWidget(view.history_tab)
    tab = view.history_tab
    assert tab.model.index(0, 1).data() == "▶ Play"
    with qtbot.waitSignal(view.play_recording_requested) as blocker:
        play_cell = tab.table.visualRect(tab.model.index(0, 1)).center()
        qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=play_cell)
    assert blocker.args == [7]
    tab.table.selectRow(1)
    assert not tab.play_button.isEnabled()  # no recording of that call
    tab.table.selectRow(0)
    assert tab.play_button.isEnabled()
    with qtbot.waitSignal(view.play_recording_requested) as blocker:
        tab.play_button.click()
    assert blocker.args == [7]
    assert tab.model.index(0, 6).data() == "138****5678"  # QA scores calls; it does not need the full number


def test_a_supervisor_sees_full_numbers(make_view) -> None:
    view = make_view("supervisor")
    view.show_record(full_record())
    assert view.header.facts["national_id"].text() == "11010519491231002X"
    assert view.history_model.index(0, 6).data() == "138 1234 5678"
    assert "138 1234 5678" in view.phones_box.findChildren(type(view.history_tab.play_button))[0].text()


def test_ctrl_enter_saves_a_note_with_the_current_call(make_view, qtbot) -> None:
    notes = FakeNotes()
    view = make_view(notes=notes)
    view.show_record(full_record())
    view.set_current_call(7)
    view.tabs.setCurrentWidget(view.notes_tab)
    editor = view.notes_tab.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Asked to be called after 14:00")
    with qtbot.waitSignal(view.note_added) as blocker:
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    note = blocker.args[0]
    assert (note.body, note.call_id, note.debtor_id) == ("Asked to be called after 14:00", 7, 1)
    assert editor.toPlainText() == ""
    assert view.notes_tab.model.rowCount() == 2 and view.notes_tab.model.index(0, 1).data() == "李娜"
    assert view.record is not None and view.record.notes[0] == note


def test_an_empty_or_refused_note_keeps_the_text_and_says_why(make_view, qtbot) -> None:
    notes = FakeNotes()
    view = make_view(notes=notes)
    view.show_record(full_record())
    tab = view.notes_tab
    view.tabs.setCurrentWidget(tab)
    with qtbot.assertNotEmitted(view.note_added):
        tab.save_button.click()
    assert tab.problem_label.isVisible() and "empty" in tab.problem_label.text()
    tab.editor.setPlainText("will pay Friday")
    assert not tab.problem_label.isVisible()
    refusal = "The note was not saved: the database did not answer."
    notes.refuse_with = refusal
    tab.save_button.click()
    assert tab.problem_label.text() == refusal
    assert tab.editor.toPlainText() == "will pay Friday" and notes.saved == []
    tab.save_button.click()
    assert len(notes.saved) == 1


def test_without_a_notes_service_the_notes_are_read_only(make_view) -> None:
    view = make_view()
    view.show_record(full_record())
    view.tabs.setCurrentWidget(view.notes_tab)
    assert view.notes_tab.table.isVisible() and not view.notes_tab.editor.isVisible()
    assert view.notes_tab.save() is None


def test_click_to_dial_still_emits_the_number(make_view, qtbot) -> None:
    view = make_view()
    view.show_record(full_record())
    button = view.phones_box.findChildren(type(view.history_tab.play_button))[1]
    with qtbot.waitSignal(view.dial_requested) as blocker:
        button.click()
    assert blocker.args == ["+8613900001111"]


def test_fits_the_middle_column_at_1366_by_768(make_view) -> None:
    """The view gets about 500 x 700 px in the window: every tab title readable, the tables keep most height."""
    view = make_view()
    view.show_record(full_record(open_flags=(_flag(CaseFlag.DISPUTE, CARD), _flag(CaseFlag.HARDSHIP))))
    bar = view.tabs.tabBar()
    assert sum(bar.tabSizeHint(i).width() for i in range(bar.count())) <= view.width() - 20
    assert view.header.sizeHint().height() + view.phones_box.sizeHint().height() < 300
    assert view.tabs.height() >= 350


def test_ctrl_enter_in_the_note_field_is_taken_before_window_shortcuts(make_view) -> None:
    """In the window Ctrl+Enter is also the script's "next step". Qt offers a key to the focused widget first as a
    ShortcutOverride event; the note field accepts it, so the key saves the note instead of moving the script."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    view = make_view(notes=FakeNotes())
    view.show_record(full_record())

    def overridden(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
        event.ignore()
        QApplication.sendEvent(view.notes_tab.editor, event)
        return event.isAccepted()

    assert overridden(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert overridden(Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier)
    assert not overridden(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)  # F4 still hangs up from the note field


def test_a_second_record_reuses_the_phone_rows_and_dials_its_own_numbers(make_view, qtbot) -> None:
    """A screen pop changes texts, it does not build widgets: rows past the new record's phones are hidden, the
    kept buttons dial the new numbers, and a record with more phones gets more rows."""
    from PySide6.QtWidgets import QLabel, QPushButton

    view = make_view(role="supervisor")
    view.show_record(full_record())
    buttons = view.phones_box.findChildren(QPushButton)
    one_phone = (PhoneOnFile("+8613712345678", "home", "self"),)
    view.show_record(full_record(debtor_id=2, phones=one_phone))
    assert view.phones_box.findChildren(QPushButton) == buttons  # the same widgets
    assert buttons[0].isVisible() and not buttons[1].isVisible()
    assert "137 1234 5678" in buttons[0].text()
    owners = [label.text() for label in view.phones_box.findChildren(QLabel) if label.isVisible()]
    assert owners == ["Debtor, home"]
    with qtbot.waitSignal(view.dial_requested) as blocker:
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["+8613712345678"]
    three = (*one_phone, PhoneOnFile("+8613600002222", "work", "employer", "华为"),
             PhoneOnFile("+8613500003333", "mobile", "parent"))
    view.show_record(full_record(debtor_id=3, phones=three))
    shown = [b for b in view.phones_box.findChildren(QPushButton) if b.isVisible()]
    assert [b.text() for b in shown] == ["Call 137 1234 5678", "Call 136 0000 2222", "Call 135 0000 3333"]
    with qtbot.waitSignal(view.dial_requested) as blocker:
        qtbot.mouseClick(shown[2], Qt.MouseButton.LeftButton)
    assert blocker.args == ["+8613500003333"]


def test_chips_are_kept_and_take_the_colours_of_their_flag(make_view) -> None:
    view = make_view()
    view.show_record(full_record(open_flags=(_flag(CaseFlag.DISPUTE, CARD), _flag(CaseFlag.CEASE_CONTACT))))
    first, second = view.header.chips
    view.show_record(full_record(open_flags=(_flag(CaseFlag.HARDSHIP),)))
    assert view.header.chips == [first] and first.isVisible() and not second.isVisible()
    assert "#efe3fb" in first.styleSheet()  # hardship's colours now, not dispute's
    view.show_record(full_record())
    assert view.header.chips == [] and not first.isVisible()


def test_the_next_step_is_red_only_while_collection_is_held(make_view) -> None:
    from PySide6.QtGui import QColor, QPalette

    view = make_view()
    label = view.header.next_action_label
    plain = label.palette().color(QPalette.ColorRole.WindowText)
    view.show_record(full_record(open_flags=(_flag(CaseFlag.CEASE_CONTACT),)))
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#8c1d18")
    assert label.font().weight() == label.font().Weight.DemiBold
    view.show_record(full_record())
    assert label.palette().color(QPalette.ColorRole.WindowText) == plain


def test_a_note_typed_and_deleted_cannot_be_undone_into_the_next_debtors_field(make_view, qtbot) -> None:
    view = make_view(notes=FakeNotes())
    view.show_record(full_record())
    qtbot.keyClicks(view.notes_tab.editor, "only after 6pm")
    view.notes_tab.editor.selectAll()
    qtbot.keyClick(view.notes_tab.editor, Qt.Key.Key_Delete)
    view.show_record(full_record(debtor_id=2))
    qtbot.keyClick(view.notes_tab.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.notes_tab.editor.toPlainText() == ""


def test_a_fact_is_selected_with_the_mouse_and_its_selection_outlives_the_pointer(make_view, qtbot) -> None:
    """The header's facts are plain labels until the pointer is over one (a screen pop does not lay out text
    documents); then the agent drags over the ID number to copy it, as before."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QEnterEvent
    from PySide6.QtWidgets import QApplication

    view = make_view(role="supervisor")
    view.show_record(full_record())
    label = view.header.facts["national_id"]
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    QApplication.sendEvent(label, QEnterEvent(label.rect().center().toPointF(), label.rect().center().toPointF(),
                                              label.mapToGlobal(label.rect().center()).toPointF()))
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    middle = label.rect().center().y()
    qtbot.mousePress(label, Qt.MouseButton.LeftButton, pos=QPoint(1, middle))
    qtbot.mouseMove(label, QPoint(label.width() - 1, middle))
    qtbot.mouseRelease(label, Qt.MouseButton.LeftButton, pos=QPoint(label.width() - 1, middle))
    assert label.hasSelectedText()
    from PySide6.QtCore import QEvent
    QApplication.sendEvent(label, QEvent(QEvent.Type.Leave))
    assert label.hasSelectedText()  # kept for Ctrl+C after the pointer moved away
    other = view.header.facts["language"]
    QApplication.sendEvent(other, QEnterEvent(other.rect().center().toPointF(), other.rect().center().toPointF(),
                                              other.mapToGlobal(other.rect().center()).toPointF()))
    QApplication.sendEvent(other, QEvent(QEvent.Type.Leave))
    assert other.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction  # nothing selected: plain again
