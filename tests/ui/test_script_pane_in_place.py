"""The script pane shows each node in place: its widgets are built once, and what a node shows never changes the
pane's minimum size (which would make the main window lay out every column again while the agent talks)."""

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from app.services.plan_offers import PlanOffers
from app.services.script_view import BranchView, ChoiceView, QuestionView
from app.ui.flow_layout import FlowLayout
from app.ui.script_pane import ScriptPane
from tests.ui.test_script_pane import PARTY, TODAY, question, stage

MANY_BRANCHES = tuple(BranchView(f"jump_{i}", f"A rather long branch label number {i}") for i in range(11))
LONG_TITLES = tuple(f"Phase with a long title {i}" for i in range(7))


def make_pane(qtbot) -> ScriptPane:
    pane = ScriptPane(PlanOffers.for_pack("cn", lambda: TODAY), "en")
    qtbot.addWidget(pane)
    pane.resize(420, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def nodes():
    return [
        stage(question=PARTY, branches=MANY_BRANCHES, mandatory=True, disclosure=True, verified=True),
        stage("income", question("amount", "monthly_income"), index=1),
        stage("when", question("date", "promise_date", required=False), index=2, titles=LONG_TITLES),
        stage("callback", question("datetime", "callback_at"), branches=MANY_BRANCHES[:2], index=3),
        stage("why", question("text", "reason_text"), index=1),
        stage("explain", branches=(), index=2, hint=""),
        stage("who", question=QuestionView("choice", "who", "Who?", True, tuple(
            ChoiceView(f"c{i}", f"Choice {i}") for i in range(12)), "c11")),
        None,
    ]


def test_a_new_node_reuses_the_widgets(qtbot):
    pane = make_pane(qtbot)
    for node in nodes():  # every kind once: pools grow to what the script needs
        pane.show_stage(node)
    editors = {kind: editor for kind, editor in pane._editors.items()}
    children = set(pane.findChildren(QWidget))
    for node in nodes():
        pane.show_stage(node)
        if node is not None and node.question is not None:
            assert pane._editor is editors[node.question.kind]
    assert set(pane.findChildren(QWidget)) == children  # nothing built, nothing deleted
    pane.show_stage(stage(question=PARTY, branches=MANY_BRANCHES[:2]))
    assert [b.text() for b in pane._branch_buttons] == [b.label for b in MANY_BRANCHES[:2]]
    assert all(isinstance(b, QPushButton) and b.isVisible() for b in pane._branch_buttons)
    assert [b.text() for b in pane._editor.buttons] == ["1. The debtor", "2. Someone else", "3. Wrong number"]
    assert pane.current_answer() is None  # the answer of the 12-choice question is not carried over


def test_reused_editors_show_the_answer_of_their_own_question(qtbot):
    pane = make_pane(qtbot)
    pane.show_stage(stage("who", question=QuestionView("choice", "who", "Who?", True, PARTY.choices, "wrong_number")))
    assert pane.current_answer() == "wrong_number"
    pane.show_stage(stage("other", question=PARTY))
    assert pane.current_answer() is None
    pane.show_stage(stage("when", question("date", "promise_date", required=False)))
    assert pane._editor.given is not None and pane.current_answer() is None
    pane.show_stage(stage("due", question("date", "due_date")))
    assert pane._editor.given is None and pane._editor.field.isEnabled() and pane.current_answer() is not None


def test_refusal_hides_when_the_reused_editor_is_edited_not_when_it_is_filled(qtbot):
    pane = make_pane(qtbot)
    pane.show_stage(stage("income", question("amount", "monthly_income")))
    pane.show_refusal("answer_required", "")
    pane.show_stage(stage("income", question("amount", "monthly_income")))  # the same node redrawn
    assert pane.refusal_label.isVisible()
    qtbot.keyClicks(pane._editor.field, "12")
    assert not pane.refusal_label.isVisible()


def test_what_a_node_shows_never_changes_the_panes_minimum_size(qtbot):
    pane = make_pane(qtbot)
    minimum = pane.minimumSizeHint()
    for node in nodes():
        pane.show_stage(node)
        QApplication.sendPostedEvents()  # the pane's own layout runs from the event loop
        assert pane.minimumSizeHint() == minimum
        assert pane.scroll_area.widget().width() <= pane.scroll_area.viewport().width()  # wraps, no sideways scroll


def test_flow_layout_wraps_to_the_width_it_gets(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    labels = [QLabel(f"Item number {i}", host) for i in range(6)]
    for label in labels:
        flow.addWidget(label)
    widest = max(label.sizeHint().width() for label in labels)
    assert flow.minimumSize().width() == widest
    assert flow.heightForWidth(widest) > flow.heightForWidth(10_000) == max(lb.sizeHint().height() for lb in labels)
    host.resize(widest + 10, flow.heightForWidth(widest + 10))
    host.show()
    qtbot.waitExposed(host)
    assert len({label.y() for label in labels}) == 6  # one per line
    labels[1].hide()
    assert flow.count() == 6 and flow.sizeHint().width() < sum(label.sizeHint().width() for label in labels) + 30
