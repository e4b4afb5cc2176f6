"""Keyboard-first: every control a screen reader or the Tab key reaches has a name, and Tab reaches them all."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QMessageBox, QWidget

from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


@pytest.fixture
def window(qtbot, monkeypatch) -> MainWindow:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    directory = FakeDirectory([sample_record(1), sample_record(2, "Emily Carter", "+8613911112222")])
    session = CallSession(phone=FakePhone(), call_log=FakeCallLog(directory), router=DialRouter(),
                          scripts=load_library(), agent=AgentIdentity("agent", "王芳"), language="en")
    window = MainWindow(directory=directory, session=session, language="en")
    qtbot.addWidget(window)
    window.load()
    window.show()
    qtbot.waitExposed(window)
    window.show_debtor(1)
    return window


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text() or widget.toolTip()
    return ""


def _controls(window: MainWindow) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    return [w for w in window.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_every_visible_control_has_an_accessible_name(window: MainWindow) -> None:
    unnamed = [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
               for w in _controls(window) if not _name(w).strip()]
    assert unnamed == []


def test_tab_reaches_every_visible_control(window: MainWindow) -> None:
    chain: set[int] = set()
    widget: QWidget = window
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        chain.add(id(widget))
        if widget is window:
            break
    unreachable = [f"{type(w).__name__} {_name(w)!r}" for w in _controls(window) if id(w) not in chain]
    assert unreachable == []
