"""The script pane: each question kind gives a typed answer, skip asks why, refusals are explained, keys work."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from app.services.plan_offers import PlanBasis, PlanOffers
from app.services.script_view import BranchView, ChoiceView, QuestionView, StageView
from app.ui.script_pane import ScriptPane

TODAY = date(2026, 11, 23)
BASIS = PlanBasis("6222020000001234", Decimal("11700.50"), Decimal("585.03"), "CNY")


def stage(stage_id: str = "greeting", question: QuestionView | None = None, **extra) -> StageView:
    values = dict(stage_id=stage_id, title="Greeting", text="您好，我是王芳。本次通话将被录音。", hint="Speak slowly.",
                  index=0, count=3, titles=("Opening", "Talk", "Close"), question=question)
    return StageView(**{**values, **extra})


def question(kind: str, var: str = "answer", required: bool = True, answer=None, choices=()) -> QuestionView:
    return QuestionView(kind=kind, var=var, prompt="Question?", required=required, choices=tuple(choices),
                        answer=answer)


PARTY = question("choice", "party", choices=[ChoiceView("right_party", "The debtor"), ChoiceView("third_party", "Someone else"),
                                             ChoiceView("wrong_number", "Wrong number")])


@pytest.fixture
def pane(qtbot) -> ScriptPane:
    widget = ScriptPane(PlanOffers.for_pack("cn", lambda: TODAY), "en")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def next_answer(qtbot, pane: ScriptPane):
    with qtbot.waitSignal(pane.next_requested, timeout=1000) as sent:
        pane.next_button.click()
    return sent.args[0]


def test_no_call_shows_a_quiet_placeholder(pane):
    assert "No call in progress" in pane.text_view.toPlainText()
    assert not pane.next_button.isEnabled() and not pane.skip_button.isEnabled()
    assert not pane.question_box.isVisible() and not pane.refusal_label.isVisible()


def test_stage_shows_text_hint_badges_and_progress(pane):
    pane.show_stage(stage(index=1, mandatory=True, disclosure=False, verified=True, can_go_back=True))
    assert pane.title_label.text() == "Greeting"
    assert "本次通话将被录音" in pane.text_view.toPlainText()
    assert "Speak slowly." in pane.hint_label.text() and pane.hint_label.isVisible()
    assert pane.mandatory_badge.isVisible() and not pane.disclosure_badge.isVisible()
    assert pane.verified_badge.isVisible() and pane.back_button.isEnabled()
    labels = [label.text() for label in pane._step_labels if label.isVisible()]
    assert labels == ["✓ Opening", "2. Talk", "3. Close"]
    pane.show_stage(stage("close", is_end=True))
    assert pane.next_button.text() == "Finish script"


def test_choice_by_click_and_by_number_key(qtbot, pane):
    pane.show_stage(stage(question=PARTY))
    assert next_answer(qtbot, pane) is None  # nothing chosen yet: the engine asks for an answer
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_2)
    assert next_answer(qtbot, pane) == "third_party"
    qtbot.keyClick(pane._editor.buttons[1], Qt.Key.Key_3)  # digits work from the buttons too
    assert next_answer(qtbot, pane) == "wrong_number"
    pane._editor.buttons[0].click()
    assert next_answer(qtbot, pane) == "right_party"


def test_choice_shows_the_answer_given_before(pane):
    pane.show_stage(stage(question=QuestionView("choice", "party", "Who?", True, PARTY.choices, "third_party")))
    assert pane.current_answer() == "third_party"


def test_amount_is_a_decimal_and_letters_are_refused_at_the_field(qtbot, pane):
    pane.show_stage(stage("income", question("amount", "monthly_income")))
    field = pane._editor.field
    qtbot.keyClicks(field, "6a0x00.505")
    assert field.text() == "6000.50"
    assert pane._editor.error.isVisible()
    assert next_answer(qtbot, pane) == Decimal("6000.50")
    field.clear()
    assert next_answer(qtbot, pane) is None


def test_date_datetime_and_text_answers_are_typed(qtbot, pane):
    pane.show_stage(stage("promise_date", question("date", "promise_date")))
    pane._editor.field.setDate(QDate(2026, 11, 30))
    assert next_answer(qtbot, pane) == date(2026, 11, 30)

    pane.show_stage(stage("callback", question("datetime", "callback_at")))
    pane._editor.field.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(15, 30)))
    moment = next_answer(qtbot, pane)
    assert isinstance(moment, datetime) and moment.tzinfo is not None
    assert moment.replace(tzinfo=None) == datetime(2026, 11, 24, 15, 30)

    pane.show_stage(stage("why", question("text", "reason_text")))
    qtbot.keyClicks(pane._editor.field, "  lost his job  ")
    assert next_answer(qtbot, pane) == "lost his job"


def test_an_optional_date_can_be_left_out(qtbot, pane):
    pane.show_stage(stage("last_paid", question("date", "last_paid", required=False)))
    assert "(optional)" in pane.prompt_label.text()
    assert next_answer(qtbot, pane) is None
    pane._editor.given.setChecked(True)
    assert isinstance(next_answer(qtbot, pane), date)


def test_ctrl_enter_goes_to_the_next_step(qtbot, pane):
    pane.show_stage(stage(question=PARTY))
    pane.activateWindow()
    qtbot.waitActive(pane)
    pane._editor.buttons[0].click()
    pane._editor.buttons[0].setFocus()
    with qtbot.waitSignal(pane.next_requested, timeout=1000) as sent:
        qtbot.keyClick(pane._editor.buttons[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sent.args == ["right_party"]


def test_skipping_a_mandatory_step_asks_for_a_reason(qtbot, pane):
    pane.show_stage(stage(mandatory=True))
    pane.skip_button.click()
    dialog = pane.skip_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # refused without a reason
    assert dialog.isVisible()
    dialog.set_reason("The debtor will not answer this")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(pane.skip_requested, timeout=1000) as skipped:
        dialog.ok_button.click()
    assert skipped.args == ["The debtor will not answer this"]


def test_skipping_an_optional_step_needs_no_reason(qtbot, pane):
    pane.show_stage(stage(mandatory=False))
    pane.skip_button.click()
    assert pane.skip_dialog.ok_button.isEnabled()
    with qtbot.waitSignal(pane.skip_requested, timeout=1000) as skipped:
        pane.skip_dialog.ok_button.click()
    assert skipped.args == [""]


def test_refusal_is_explained_and_survives_the_same_node_redrawn(pane):
    pane.show_stage(stage(question=PARTY))
    pane.show_refusal("answer_required", "Who answered?")
    assert pane.refusal_label.isVisible()
    assert "Record an answer first" in pane.refusal_label.text()
    pane.show_stage(stage(question=PARTY))  # the session redraws the node after a refusal
    assert pane.refusal_label.isVisible()
    pane.show_refusal("answer_invalid", "an amount has at most two decimals")
    assert "an amount has at most two decimals" in pane.refusal_label.text()
    pane.show_stage(stage("explain"))
    assert not pane.refusal_label.isVisible()


@pytest.mark.parametrize("code", ["not_verified", "no_recording_notice", "answer_required", "answer_invalid",
                                  "reason_required", "no_outcome", "no_way_on", "not_at_end", "not_running",
                                  "script_error"])
def test_every_refusal_code_has_its_own_words(pane, code):
    assert code not in pane.refusal_text(code, "")


def test_branch_buttons_emit_their_jump_ids(qtbot, pane):
    pane.show_stage(stage(branches=(BranchView("abuse", "Debtor is abusive"), BranchView("hardship", "Hardship"))))
    buttons = pane._branch_buttons
    assert [b.text() for b in buttons] == ["Debtor is abusive", "Hardship"]
    with qtbot.waitSignal(pane.branch_requested, timeout=1000) as taken:
        buttons[1].click()
    assert taken.args == ["hardship"]
    pane.show_stage(stage("close"))
    assert pane._branch_buttons == [] and not pane.branch_title.isVisible()


def test_plan_question_offers_and_accepts_through_the_calculator(qtbot, pane):
    pane.set_plan_basis(BASIS)
    answers = {"monthly_income": Decimal("6000"), "essential_expenses": Decimal("4500")}
    pane.show_stage(stage("plan", question("plan", "plan"), answers=answers, disclosure=True))
    panel = pane.plan_panel
    assert panel.isVisible() and panel.model.rowCount() >= 5
    assert next_answer(qtbot, pane) is None  # no plan accepted yet
    panel.select_row(1)
    with qtbot.waitSignal(pane.plan_offered, timeout=1000) as offered:
        panel.offer_button.click()
    assert offered.args[0]["months"] == 6
    panel.accept_button.click()
    plan = next_answer(qtbot, pane)
    assert plan["kind"] == "instalment" and plan["months"] == 6 and plan["total"] == Decimal("12121.72")


def test_accessible_names_on_the_fields(pane):
    pane.show_stage(stage("income", question("amount", "monthly_income")))
    assert pane.text_view.accessibleName() and pane._editor.field.accessibleName() == "Question?"


def test_tab_goes_from_the_answer_to_the_branches_then_the_buttons(pane):
    pane.show_stage(stage("income", question("amount", "monthly_income"),
                          branches=(BranchView("abuse", "Debtor is abusive"),), can_go_back=True))
    order, widget = [], pane.text_view
    for _ in range(5):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(pane):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order == [pane._editor.field, pane._branch_buttons[0], pane.back_button, pane.skip_button, pane.next_button]
