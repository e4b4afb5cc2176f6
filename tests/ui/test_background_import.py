"""app.background_import: a module loaded on a thread, the answer on the GUI thread, after other work if asked."""

import sys
import threading
from concurrent.futures import Future

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.background_import import BackgroundImport


def test_the_module_is_imported_off_the_gui_thread_and_done_arrives_on_it(qtbot: QtBot) -> None:
    sys.modules.pop("colorsys", None)
    loader = BackgroundImport("colorsys")
    seen: list[bool] = []
    loader.done.connect(lambda: seen.append(threading.current_thread() is threading.main_thread()))
    with qtbot.waitSignal(loader.done, timeout=5000):
        loader.start()
    assert "colorsys" in sys.modules
    qtbot.waitUntil(lambda: seen == [True])


def test_it_waits_for_the_work_before_it_and_a_failing_import_still_says_done(qtbot: QtBot) -> None:
    before: Future[object] = Future()
    loader = BackgroundImport("app.no_such_module", after=before, wait_s=10.0)
    done: list[bool] = []
    loader.done.connect(lambda: done.append(before.done()))
    loader.start()
    assert loader._thread is not None and loader._thread.is_alive() and done == []  # held by the unfinished work
    before.set_result(None)
    qtbot.waitUntil(lambda: done == [True], timeout=5000)


def test_a_loader_whose_parent_is_gone_ends_quietly(qtbot: QtBot) -> None:
    parent = QObject()
    before: Future[object] = Future()
    loader = BackgroundImport("colorsys", after=before, wait_s=10.0, parent=parent)
    loader.start()
    thread = loader._thread
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    before.set_result(None)
    assert thread is not None
    thread.join(5)
    assert not thread.is_alive()


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True
