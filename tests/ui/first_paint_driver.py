"""Runs `calldesk` (app.__main__.main, offscreen) and prints what the window was like at its first paint and once
the database was open, as ``FIRST_PAINT {json}`` lines; then quits. Run by tests/ui/test_first_paint.py.

    python tests/ui/first_paint_driver.py --data-dir DIR [more calldesk arguments]
"""

import json
import logging
import sys
from typing import Any

from app.__main__ import main

WATCHED_LIBRARIES = ("sqlalchemy", "alembic", "pjsua2", "numpy", "jinja2", "phonenumbers",
                     "app.services.call_session", "app.ui.script_pane", "app.ui.softphone_panel")  # a complete window's


def report(moment: str, **figures: Any) -> None:
    loaded = sorted(name for name in WATCHED_LIBRARIES if name in sys.modules)
    print("FIRST_PAINT " + json.dumps({"moment": moment, "loaded": loaded, **figures}), flush=True)


def window_state() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    window = next(widget for widget in QApplication.topLevelWidgets()
                  if getattr(widget, "debtor_list", None) is not None and widget.isVisible())
    debtors = window.debtor_list  # type: ignore[attr-defined]  # found by the attribute just above
    queue = window.work_queue  # type: ignore[attr-defined]  # the same window
    return {"active": window.isActiveWindow(), "focus": QApplication.focusWidget() is not None,
            "menus": [action.text() for action in window.menuBar().actions()],  # type: ignore[attr-defined]  # a QMainWindow
            "rows": debtors.model.rowCount(), "count_label": debtors.count_label.text(),
            "queue_title": queue.title.text(), "headers": debtors.model.columnCount(),
            "complete": window.completed}  # type: ignore[attr-defined]  # a MainWindow


class _Moments(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message == "window painted":
            report("painted", **window_state())
        elif message == "window open":
            report("open", **window_state())
            from PySide6.QtWidgets import QApplication

            QApplication.instance().exit(0)  # type: ignore[union-attr]  # the window is up


if __name__ == "__main__":
    logging.getLogger("app.desktop").addHandler(_Moments(logging.INFO))
    sys.exit(main(sys.argv[1:]))
