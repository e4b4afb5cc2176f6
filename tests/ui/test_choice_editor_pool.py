"""The choice editor's buttons are built with it: a call's first question only fills them in (built then, they were a
third of the stall of the call's connect)."""

from PySide6.QtWidgets import QRadioButton

from app.services.script_view import ChoiceView, QuestionView
from app.ui.script_answer_widgets import PREBUILT_CHOICES, ChoiceEditor

NONE = QuestionView(kind="choice", var="", prompt="", required=True, choices=(), answer=None)
PARTY = QuestionView(kind="choice", var="party", prompt="Who answered?", required=True, answer=None,
                     choices=(ChoiceView("right_party", "The debtor"), ChoiceView("third_party", "Someone else"),
                              ChoiceView("wrong_number", "Wrong number")))


def test_nine_buttons_wait_hidden_and_a_question_uses_them(qtbot) -> None:
    editor = ChoiceEditor(NONE)
    qtbot.addWidget(editor)
    editor.show()
    built = editor.findChildren(QRadioButton)
    assert len(built) == PREBUILT_CHOICES == 9 and not any(button.isVisible() for button in built)
    editor.show_question(PARTY)
    assert editor.findChildren(QRadioButton) == built  # none built at the question
    assert [button.text() for button in built if button.isVisible()] == [
        "1. The debtor", "2. Someone else", "3. Wrong number"]
    assert editor.choose_number(2) and editor.value() == "third_party"
    assert not editor.choose_number(4)  # a hidden spare is not a choice


def test_a_question_with_more_choices_than_built_gets_more_buttons(qtbot) -> None:
    many = QuestionView(kind="choice", var="reason", prompt="Why?", required=True, answer="r11",
                        choices=tuple(ChoiceView(f"r{n}", f"Reason {n}") for n in range(1, 12)))
    editor = ChoiceEditor(many)
    qtbot.addWidget(editor)
    assert len(editor.buttons) == 11 and editor.value() == "r11"
    assert editor.buttons[10].text() == "Reason 11"  # past 9: no number, no digit key
