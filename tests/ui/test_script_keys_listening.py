"""The script's application-wide key filter is on only while the script shows a node: between calls every event of
the application (an outcome dialog opening: thousands) would otherwise pass through Python for keys that do nothing."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QVBoxLayout, QWidget

from app.services.plan_offers import PlanOffers
from app.services.script_view import ChoiceView, QuestionView, StageView
from app.ui.script_keys import ScriptKeys
from app.ui.script_pane import ScriptPane

PARTY = QuestionView(kind="choice", var="party", prompt="Who answered?", required=True, answer=None,
                     choices=(ChoiceView("right_party", "The debtor"), ChoiceView("third_party", "Someone else")))
STAGE = StageView(stage_id="identify", title="Identify", text="May I speak to Wang Fang?", hint="", index=0, count=2,
                  titles=("Opening", "Close"), question=PARTY)


class _Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.table = QTableWidget(3, 1, self)  # type-ahead would take a digit first without the application filter
        self.pane = ScriptPane(PlanOffers.for_pack("cn", lambda: date(2026, 11, 23)), "en", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.pane)
        self.keys = ScriptKeys(self, self.pane, lambda: 7)


@pytest.fixture
def window(qtbot) -> _Window:
    widget = _Window()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_digits_pick_the_answer_from_anywhere_while_a_node_shows(qtbot, window):
    assert not window.keys.listening  # no call: no filter on the application
    window.keys.show_stage(STAGE)
    assert window.keys.listening
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_2)
    assert window.pane.current_answer() == "third_party"


def test_the_filter_goes_when_the_call_ends_and_comes_back_with_the_next(qtbot, window):
    window.keys.show_stage(STAGE)
    window.keys.show_stage(None)
    assert not window.keys.listening
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_1)  # nothing to pick: the key is the table's
    assert window.pane.current_answer() is None
    window.keys.show_stage(STAGE)
    window.keys.show_stage(STAGE)  # the same node again: installed once, removed once
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_1)
    assert window.pane.current_answer() == "right_party"
    window.keys.show_stage(None)
    assert not window.keys.listening
