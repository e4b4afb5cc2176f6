"""The outcome dialog: each outcome asks for what its follow-up needs, prefilled from the script."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, Qt

from app.domain.call_outcome import CallOutcome, PromiseTerms
from app.services.outcome_suggestion import OutcomeSuggestion
from app.services.plan_offers import PlanBasis, PlanOffers
from app.ui.outcome_dialog import OutcomeDialog

NOW = datetime.now(timezone.utc).replace(second=0, microsecond=0)
TODAY = NOW.astimezone().date()
ACCOUNTS = ["6222020000001234", "6222020000005678"]


def make(qtbot, **options) -> OutcomeDialog:
    dialog = OutcomeDialog("en", **{"accounts": ACCOUNTS, "clock": lambda: NOW, **options})
    # the dialog ignores close(): left open, a modal dialog would block later tests' window shortcuts
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    return dialog


def accepted_plan() -> dict:
    offers = PlanOffers.for_pack("cn", lambda: TODAY)
    basis = PlanBasis(ACCOUNTS[0], Decimal("11700.50"), Decimal("585.03"), "CNY")
    return dict(next(o for o in offers.options(basis) if o.months == 12).summary)


def test_nothing_can_be_saved_before_an_outcome_is_picked(qtbot):
    dialog = make(qtbot)
    assert not dialog.save_button.isEnabled()
    assert dialog.missing_label.isVisible()
    dialog.reject()
    assert dialog.isVisible()  # Escape does not dismiss it
    dialog.choose("no_answer")
    assert dialog.save_button.isEnabled()
    assert dialog.call_outcome == CallOutcome("no_answer", "")


def test_promise_needs_an_amount_and_a_date_not_in_the_past(qtbot):
    dialog = make(qtbot)
    dialog.choose("rpc_ptp")
    fields = dialog.promise_fields
    assert fields.isVisible() and not dialog.callback_fields.isVisible()
    assert not dialog.save_button.isEnabled() and "amount" in dialog.missing_label.text()
    qtbot.keyClicks(fields.amount_field, "6x00.5")
    assert fields.amount_field.text() == "600.5"
    assert dialog.save_button.isEnabled()
    fields.date_field.setDate(QDate(TODAY - timedelta(days=3)))
    assert fields.date_field.date() == QDate(TODAY)  # the past is not on offer
    fields.date_field.setDate(QDate(TODAY + timedelta(days=7)))
    fields.account_field.setCurrentIndex(1)
    assert fields.account_field.currentText() == "Card ending 5678"
    dialog.note_edit.setPlainText("will pay from salary")
    assert dialog.call_outcome == CallOutcome(
        "rpc_ptp", "will pay from salary",
        promise=PromiseTerms(ACCOUNTS[1], Decimal("600.50"), TODAY + timedelta(days=7)))


def test_one_account_is_shown_masked_and_fixed(qtbot):
    dialog = make(qtbot, accounts=ACCOUNTS[:1])
    dialog.choose("rpc_ptp")
    assert dialog.promise_fields.account_field.currentText() == "Card ending 1234"
    assert not dialog.promise_fields.account_field.isEnabled()


def test_no_account_means_no_promise(qtbot):
    dialog = make(qtbot, accounts=[])
    dialog.choose("rpc_ptp")
    dialog.promise_fields.amount_field.setText("100")
    assert not dialog.save_button.isEnabled() and "no account" in dialog.missing_label.text()


def test_callback_needs_a_time_in_the_future(qtbot):
    clock = {"now": NOW}
    dialog = make(qtbot, clock=lambda: clock["now"])
    dialog.choose("rpc_callback")
    assert dialog.callback_fields.isVisible() and not dialog.promise_fields.isVisible()
    when = (NOW + timedelta(hours=3)).astimezone().replace(tzinfo=None)
    dialog.callback_fields.when_field.setDateTime(QDateTime(when))
    assert dialog.save_button.isEnabled()
    outcome = dialog.call_outcome
    assert outcome.callback_at == when.astimezone() and outcome.callback_at.tzinfo is not None
    assert outcome.promise is None
    clock["now"] = NOW + timedelta(hours=4)  # the agent waited: the time has passed
    dialog._update()
    assert not dialog.save_button.isEnabled() and "future" in dialog.missing_label.text()
    assert dialog.call_outcome is None


def test_prefilled_from_the_script_with_the_accepted_plan(qtbot):
    plan = accepted_plan()
    suggestion = OutcomeSuggestion(code="rpc_ptp", plan=plan)
    dialog = make(qtbot, suggestion=suggestion)
    assert dialog.outcome_code == "rpc_ptp"
    first = plan["instalments"][0]
    assert dialog.promise_fields.amount == first["amount"]
    assert dialog.promise_fields.date_field.date().toPython() == first["due_on"]
    assert dialog.plan_box.isVisible()
    assert "12 payment(s)" in dialog.plan_box.summary_label.text()
    outcome = dialog.call_outcome
    assert outcome.plan is not None and outcome.plan.kind == "instalment"
    assert outcome.plan.account_number == ACCOUNTS[0] and len(outcome.plan.instalments) == 12
    assert outcome.promise == PromiseTerms(ACCOUNTS[0], first["amount"], first["due_on"])
    dialog.plan_box.include_box.setChecked(False)
    assert dialog.call_outcome.plan is None
    dialog.choose("rpc_refusal")
    assert not dialog.plan_box.isVisible() and dialog.call_outcome.plan is None


def test_prefilled_promise_and_callback_answers(qtbot):
    callback = (NOW + timedelta(days=1)).replace(minute=0)
    dialog = make(qtbot, suggestion=OutcomeSuggestion(
        code="rpc_callback", promise_amount=Decimal("800.00"), promise_date=TODAY + timedelta(days=2),
        callback_at=callback))
    assert dialog.outcome_code == "rpc_callback"
    assert dialog.call_outcome.callback_at == callback
    dialog.choose("rpc_ptp")
    assert dialog.call_outcome.promise == PromiseTerms(ACCOUNTS[0], Decimal("800.00"), TODAY + timedelta(days=2))


def test_an_error_from_the_session_is_shown_until_the_agent_changes_something(qtbot):
    dialog = make(qtbot)
    dialog.choose("rpc_refusal")
    dialog.show_error("This debtor's case is flagged 'cease_contact'.")
    assert dialog.error_label.isVisible() and "cease_contact" in dialog.error_label.text()
    dialog.choose("rpc_paid")
    assert not dialog.error_label.isVisible()


def test_digit_keys_pick_outcomes_but_not_while_typing(qtbot):
    dialog = make(qtbot)
    dialog.outcome_list.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.outcome_code == "rpc_refusal"
    dialog.choose("rpc_ptp")
    qtbot.keyClick(dialog.promise_fields.amount_field, Qt.Key.Key_5)
    assert dialog.outcome_code == "rpc_ptp" and dialog.promise_fields.amount_field.text() == "5"


def test_interrupted_calls_ask_for_the_code_only(qtbot):
    dialog = make(qtbot, ask_details=False, context_text="This call was cut off.")
    dialog.choose("rpc_ptp")
    assert dialog.save_button.isEnabled() and not dialog.promise_fields.isVisible()
    assert dialog.call_outcome == CallOutcome("rpc_ptp", "")


def test_the_prepared_confirmation_sms_is_shown_to_send(qtbot):
    dialog = make(qtbot, suggestion=OutcomeSuggestion(code="rpc_ptp", messages=(
        ("confirmation_sms", "sms", "您已承诺于 2026年11月30日 还款 ¥585.03。"), ("confirmation_letter", "letter", "…"))))
    assert dialog.confirmation_view.isVisible() and "¥585.03" in dialog.confirmation_view.toPlainText()
    assert dialog.confirmation_view.isReadOnly()
    plain = make(qtbot, suggestion=OutcomeSuggestion(code="tp_message"))
    assert not plain.confirmation_view.isVisible()


def _active(qtbot, dialog: OutcomeDialog) -> OutcomeDialog:
    dialog.activateWindow()  # as on the agent's desktop: shortcuts (Ctrl+Enter) need the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_list_taking_the_focus_does_not_pick_an_outcome(qtbot):
    dialog = _active(qtbot, make(qtbot))
    dialog.outcome_list.setFocus()
    qtbot.waitUntil(dialog.outcome_list.hasFocus)
    assert dialog.outcome_code is None and not dialog.save_button.isEnabled()  # was "promise to pay" (row 1)


def test_a_promise_by_keyboard_tab_leaves_the_date_and_the_note_typed_after_it_is_saved(qtbot):
    dialog = _active(qtbot, make(qtbot))
    qtbot.keyClick(dialog.outcome_list, Qt.Key.Key_1)  # promise to pay
    assert dialog.outcome_code == "rpc_ptp"
    fields = dialog.promise_fields
    for expected in (fields.account_field, fields.amount_field):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is expected
    qtbot.keyClicks(fields.amount_field, "1500")
    qtbot.keyClick(fields.amount_field, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is fields.date_field
    qtbot.keyClick(fields.date_field, Qt.Key.Key_Tab)  # out of the field, not to its month
    assert dialog.focusWidget() is dialog.note_edit
    qtbot.keyClicks(dialog.note_edit, "pays on the 20th")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.call_outcome == CallOutcome("rpc_ptp", "pays on the 20th",
                                              promise=PromiseTerms(ACCOUNTS[0], Decimal("1500"), TODAY))


def test_tab_then_return_saves_an_outcome_without_details(qtbot):
    dialog = _active(qtbot, make(qtbot))
    qtbot.keyClick(dialog.outcome_list, Qt.Key.Key_2)  # paid already: nothing more to fill in
    qtbot.keyClick(dialog.outcome_list, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.note_edit
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.save_button
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert dialog.outcome_code == "rpc_paid"


def test_a_note_too_long_is_refused_with_its_length_not_cut(qtbot):
    dialog = make(qtbot)
    dialog.choose("rpc_paid")
    dialog.note_edit.setPlainText("x" * 2100)
    assert not dialog.save_button.isEnabled() and "2100" in dialog.missing_label.text()
    dialog.accept()
    assert dialog.isVisible() and len(dialog.note_edit.toPlainText()) == 2100
