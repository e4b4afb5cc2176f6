"""Run the real window at 1366×768 on an X server, walk a demo call to the script's listen and objections steps,
take a screenshot of each and report what an agent could not see without scrolling.

Run as ``python -m tests.ui.layout_driver --lang en --out DIR --data-dir DIR`` with DISPLAY set. Prints one JSON
line: the files written, and per step the texts of options and branch buttons that are hidden, cut off or elided;
also the work queue's headers and dates that do not fit their column, and whether every record tab is in view.
"""

import json
import sys

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QTableView, QWidget

from app.ui.main_window import MainWindow
from tests.script_answers import right_party_answer
from tests.ui.screenshot_driver import _settle, _wait, start_demo_desktop

SCREEN = (1366, 768)
WINDOW = (1366, 700)  # what a maximised window keeps on a 1366×768 screen: less a title bar and a task bar


def hidden_buttons(window: MainWindow) -> list[str]:
    """Options and branch buttons of the current step that are not wholly on screen (clipped by the scroll area
    or the window) or whose text does not fit."""
    pane = window.script_pane
    editor = pane._editor
    buttons: list[QAbstractButton] = list(getattr(editor, "buttons", [])) + list(pane._branch_buttons)
    buttons += [pane.back_button, pane.skip_button, pane.next_button]
    hidden = []
    for button in buttons:
        whole = button.rect()
        if not button.isVisible() or button.visibleRegion().boundingRect() != whole \
                or not _on_screen(button) or button.sizeHint().width() > button.width() + 1:
            hidden.append(button.text())
    return hidden


def _on_screen(widget: QWidget) -> bool:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return QRect(0, 0, *WINDOW).contains(QRect(top_left, widget.size()))


def clipped_queue_cells(table: QTableView) -> list[str]:
    """Column titles whose header or cells do not fit the column ("Why" excepted: it is cut with "…" by design,
    its tooltip whole), and "scrolled" when the table needs a horizontal scroll bar to show them."""
    header: QHeaderView = table.horizontalHeader()
    model = table.model()
    clipped = []
    for column in range(1, model.columnCount()):
        needed = max(header.sectionSizeFromContents(column).width(), table.sizeHintForColumn(column))
        if needed > header.sectionSize(column):
            clipped.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
    if table.horizontalScrollBar().isVisible():
        clipped.append("scrolled")
    return clipped


def main() -> int:
    args, app, desktop = start_demo_desktop()
    window = desktop.window
    shots: dict[str, str] = {}
    hidden: dict[str, list[str]] = {}
    stages: dict[str, str] = {}

    def snap(name: str) -> None:
        _settle(app)
        path = args.out / f"layout_{name}_{args.lang}.png"
        window.grab().save(str(path))
        shots[name] = str(path)
        hidden[name] = hidden_buttons(window)
        stages[name] = stage_id()

    def stage_id() -> str:
        stage = desktop.session.current_stage
        return "" if stage is None else stage.stage_id

    def answer_until(wanted: str) -> None:
        for _ in range(10):
            stage = desktop.session.current_stage
            assert stage is not None
            if stage.stage_id == wanted:
                return
            choice = right_party_answer(stage.question)
            if choice is not None and stage.question is not None:
                window.script_pane.choose_number([c.choice_id for c in stage.question.choices].index(choice) + 1)
            window.script_pane.next_button.click()
            _wait(app, lambda left=stage.stage_id: stage_id() not in ("", left))
        raise TimeoutError(f"the script did not reach {wanted}")

    try:
        window.setGeometry(0, 0, *WINDOW)
        window.show()
        window.load()
        _wait(app, lambda: window.work_queue is None or window.work_queue.model.rowCount() > 0)
        _settle(app)
        queue_clipped = [] if window.work_queue is None else clipped_queue_cells(window.work_queue.table)
        window.debtor_list.select_row(0)
        _settle(app)
        tabs = window.record_view.tabs
        record_tabs_fit = tabs.tabBar().sizeHint().width() <= tabs.width()  # no scroll arrows: every tab in view
        window.softphone.call_button.click()
        _wait(app, window.script_pane.next_button.isEnabled)
        answer_until("listen")
        snap("listen")
        (refusal,) = [b for b in window.script_pane._branch_buttons if window.script_pane._branch_jumps[b] == "refusal"]
        refusal.click()
        _wait(app, lambda: stage_id() not in ("", "listen"))
        snap("objections")
        window.softphone.hangup_button.click()
        _wait(app, lambda: window.outcome_dialog is not None)
        window.outcome_dialog.reject()
    finally:
        desktop.close()
    print(json.dumps({"shots": shots, "hidden": hidden, "stages": stages, "queue_clipped": queue_clipped,
                      "record_tabs_fit": record_tabs_fit}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
