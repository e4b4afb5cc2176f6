"""PySide's lazily made types and QtWidgets' signature table are made by the warm-up, not by the first call."""

import enum
import threading

from app.services.script_view import SCRIPT_ENGINE, load_script_engine_in_background
from app.ui.lazy_qt_types import make_lazy_qt_types


def test_after_the_warm_up_a_slot_matching_error_makes_no_more_enums(qapp, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel

    make_lazy_qt_types()
    made: list[str] = []
    create = enum.EnumType._create_

    def counting(cls, class_name, names, **kw):  # type: ignore[no-untyped-def]  # enum's own signature
        made.append(class_name)
        return create(cls, class_name, names, **kw)

    monkeypatch.setattr(enum.EnumType, "_create_", counting)
    try:
        QLabel().setMaximumWidth("x")  # type: ignore[arg-type]  # what PySide meets while matching a slot mid-call
    except TypeError:
        pass
    from PySide6.QtWidgets import QStyle, QTextEdit  # noqa: F401 - the answer's focus at connect needed QStyle's types

    QTextEdit().children()  # internal objects, as an application-wide event filter is handed them

    assert made == []


def test_the_script_engine_loads_on_a_thread(qapp) -> None:
    import sys

    thread = load_script_engine_in_background()
    assert thread is not threading.current_thread() and thread.daemon
    thread.join(30)
    assert SCRIPT_ENGINE in sys.modules
