"""Waiting calls and recent calls: the models pass qtmodeltester, numbers are masked, Enter/Delete/buttons emit."""

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from app.domain.call_views import RecentCallView, WaitingCallView
from app.ui.call_waiting_list import CallWaitingList
from app.ui.recent_calls_list import RecentCallsList

SINCE = datetime(2026, 11, 23, 9, 30, 5, tzinfo=timezone.utc)
WAITING = [WaitingCallView("w1", "+8613911112222", "Emily Carter", SINCE),
           WaitingCallView("w2", "+8613800001111", None, SINCE + timedelta(seconds=20))]


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def waiting(qtbot) -> CallWaitingList:
    widget = CallWaitingList()
    qtbot.addWidget(widget)
    widget.show_calls(WAITING)
    qtbot.waitExposed(widget)
    return widget


def test_waiting_model_and_masked_numbers(waiting, qtmodeltester):
    qtmodeltester.check(waiting.model)
    cells = _cells(waiting.model)
    assert [row[:2] for row in cells] == [["Emily Carter", "139****2222"], ["not on file", "138****1111"]]
    assert cells[0][2] == f"{SINCE.astimezone():%H:%M:%S}"
    assert waiting.title_label.text() == "Waiting: 2"
    assert not any("13911112222" in str(cell) for row in cells for cell in row)


def test_enter_answers_and_delete_rejects_the_selected_waiting_call(waiting, qtbot):
    waiting.table.setFocus()
    waiting.table.selectRow(1)
    with qtbot.waitSignal(waiting.answer_requested) as answered:
        qtbot.keyClick(waiting.table, Qt.Key.Key_Return)
    assert answered.args == ["w2"]
    with qtbot.waitSignal(waiting.reject_requested) as rejected:
        qtbot.keyClick(waiting.table, Qt.Key.Key_Delete)
    assert rejected.args == ["w2"]


def test_the_selection_stays_on_its_caller_when_the_list_changes(waiting):
    waiting.table.selectRow(1)
    waiting.show_calls([WAITING[1]])
    assert waiting.selected_call_key() == "w2"
    waiting.show_calls([])
    assert waiting.isHidden() and waiting.selected_call_key() is None


RECENT = [
    RecentCallView(9, datetime.now(timezone.utc), "inbound", "+8613911112222", None, None, None, None),
    RecentCallView(7, datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc), "outbound", "+8613812345678", 3, "张伟", 95,
                   "rpc_ptp"),
    RecentCallView(5, datetime(2026, 11, 19, 10, 0, tzinfo=timezone.utc), "outbound", "+8613812345678", 3, "张伟", 12,
                   "some_future_code"),
]


@pytest.fixture
def recent(qtbot) -> RecentCallsList:
    widget = RecentCallsList("en")
    qtbot.addWidget(widget)
    widget.show_calls(RECENT)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_recent_model_masks_numbers_and_names_outcomes(recent, qtmodeltester):
    qtmodeltester.check(recent.model)
    cells = _cells(recent.model)
    assert cells[0][1:] == ["In", "139****2222", "–", "(pending)"]
    assert cells[1][1:] == ["Out", "张伟", "01:35", "Right party: promise to pay"]
    assert cells[2][4] == "some_future_code"
    assert len(cells[0][0]) == 5  # today: the time only


def test_enter_opens_the_debtor_and_call_back_dials(recent, qtbot):
    assert recent.selected_call() == RECENT[0]
    assert not recent.open_button.isEnabled() and recent.call_back_button.isEnabled()  # unknown caller: no record
    recent.table.setFocus()
    recent.table.selectRow(1)
    with qtbot.waitSignal(recent.debtor_chosen) as chosen:
        qtbot.keyClick(recent.table, Qt.Key.Key_Return)
    assert chosen.args == [3]
    with qtbot.waitSignal(recent.dial_requested) as dialled:
        recent.call_back_button.click()
    assert dialled.args == ["+8613812345678"]
    recent.set_calling_allowed(False)
    assert not recent.call_back_button.isEnabled()
