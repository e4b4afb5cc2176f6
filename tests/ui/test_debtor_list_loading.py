"""The debtor list while the database opens: it says it is loading, asks nothing, and keeps what the agent types
(a search, Enter) for when the list is loaded."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.domain.debtors import DebtorRecord, DebtorSummary
from app.ui.debtor_list_panel import DebtorListPanel


def _summary(debtor_id: int, name: str) -> DebtorSummary:
    return DebtorSummary(debtor_id, name, "+8613800001111", "M1", 12, Decimal("100.00"), "CNY")


FIRST_PAGE = [_summary(1, "Li Na"), _summary(2, "Wang Fang")]


class _Directory:
    """Records what the panel asked for; the database "opens" when ``ready`` is set."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def list_debtors(self, limit: int = 200, offset: int = 0) -> list[DebtorSummary]:
        self.asked.append("list")
        return FIRST_PAGE

    def search(self, text: str, limit: int = 200) -> list[DebtorSummary]:
        self.asked.append(f"search {text}")
        return [row for row in FIRST_PAGE if text.lower() in row.full_name.lower()]

    def record(self, debtor_id: int) -> DebtorRecord:
        raise AssertionError("not opened in these tests")


@pytest.fixture
def loading_list(qtbot) -> tuple[DebtorListPanel, _Directory]:
    directory = _Directory()
    panel = DebtorListPanel(directory, "en")  # type: ignore[arg-type]  # a test double for the directory
    qtbot.addWidget(panel)
    panel.show_loading()
    panel.show()
    qtbot.waitExposed(panel)
    return panel, directory


def test_the_list_says_it_is_loading_and_fills_from_the_page_read_elsewhere(loading_list, qtbot) -> None:
    panel, directory = loading_list
    assert panel.count_label.text() == "Loading debtors…"
    assert panel.model.columnCount() == 5 and panel.model.rowCount() == 0  # labelled, empty
    panel.load(FIRST_PAGE)
    assert panel.model.rowCount() == 2 and panel.count_label.text().startswith("2 debtor")  # plural by translation
    assert directory.asked == []  # the first page came with the opened database


def test_a_search_typed_while_loading_waits_and_runs_once_loaded(loading_list, qtbot) -> None:
    panel, directory = loading_list
    panel.search_field.setFocus()
    qtbot.keyClicks(panel.search_field, "wang")
    panel.refresh()  # what the search delay's timer does: nothing to ask while loading
    assert directory.asked == [] and panel.count_label.text() == "Loading debtors…"
    with qtbot.waitSignal(panel.debtor_selected, raising=False, timeout=100) as blocker:
        qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)  # Enter while loading: remembered, nothing opened
    assert not blocker.signal_triggered
    with qtbot.waitSignal(panel.debtor_selected) as opened:
        panel.load(FIRST_PAGE)
    assert directory.asked == ["search wang"]  # what was typed, not the first page
    assert opened.args == [2]  # one match and Enter was pressed: opened, as Enter does
    assert panel.search_field.text() == "wang"
