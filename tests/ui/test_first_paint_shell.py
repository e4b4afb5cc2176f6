"""The window's first paint is a shell (lists, menus, the phone column saying it starts) that the rest of the app
completes in place: what the agent typed or picked in the meantime is kept."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


def _shell(qtbot) -> tuple[MainWindow, FakeDirectory]:
    directory = FakeDirectory([sample_record(1), sample_record(2, "李强", "+8613700002222")])
    window = MainWindow(directory=directory, session=None, language="en")
    qtbot.addWidget(window)
    window.show_loading()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window, directory


def _complete(window: MainWindow, directory: FakeDirectory) -> CallSession:
    session = CallSession(phone=FakePhone(), call_log=FakeCallLog(directory), router=DialRouter(),
                          scripts=load_library(), agent=AgentIdentity("agent", "Agent"), language="en")
    window.complete(session)
    return session


def test_the_shell_has_menus_labelled_lists_and_says_the_phone_starts(qtbot) -> None:
    window, _directory = _shell(qtbot)
    assert not window.completed
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Call", "&Help"]
    assert window.debtor_list.model.columnCount() == 5 and window.debtor_list.model.rowCount() == 0
    assert window.debtor_list.count_label.text() == "Loading debtors…"
    assert any(label.text() == "Phone: starting…" for label in window.findChildren(QLabel))


def test_keys_in_the_shell_are_not_lost_and_need_no_phone(qtbot) -> None:
    window, directory = _shell(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find debtor
    qtbot.waitUntil(window.debtor_list.search_field.hasFocus)
    qtbot.keyClicks(window.debtor_list.search_field, "13700002222")  # the phone of 李强
    qtbot.keyClick(window.debtor_list.search_field, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # Next
    qtbot.keyClick(window.debtor_list.search_field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # Hang up
    qtbot.keyClick(window.debtor_list.search_field, Qt.Key.Key_F2)  # Call the debtor: none open, it says so
    assert window.problem_banner.isVisibleTo(window) and "Open a debtor" in window.problem_banner.text()
    window.load()
    _complete(window, directory)
    assert window.completed
    assert window.debtor_list.search_field.text() == "13700002222"
    qtbot.waitUntil(lambda: window.debtor_list.model.rowCount() == 1)  # the search typed in the shell ran
    assert not any(label.text() == "Phone: starting…" for label in window.findChildren(QLabel) if label.isVisible())


def test_a_debtor_picked_in_the_shell_opens_once_the_record_view_is_built(qtbot) -> None:
    window, directory = _shell(qtbot)
    window.load()
    qtbot.waitUntil(lambda: window.debtor_list.model.rowCount() == 2)
    window.debtor_list.select_row(1)
    _complete(window, directory)
    record = window.record_view.record
    assert record is not None and record.debtor_id == 2


def test_the_panel_modules_loaded_ahead_are_the_ones_complete_imports() -> None:
    """The composition root loads PANEL_MODULES on a thread so that complete() imports nothing on the GUI thread."""
    import ast
    import inspect

    from app.ui import main_window

    tree = ast.parse(inspect.getsource(main_window))
    builders = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name in ("complete", "_connect")]
    imported = {node.module for builder in builders for node in ast.walk(builder) if isinstance(node, ast.ImportFrom)}
    assert imported == set(main_window.PANEL_MODULES)
