"""The window keeps its size, place and splitters between starts, and fits a 1366×768 laptop and a 4K screen."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from tests.ui.fakes import FakeCallLog, FakeDirectory, sample_record


@pytest.fixture
def make_window(qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)

    def make(state: QSettings | None) -> MainWindow:
        directory = FakeDirectory([sample_record(1)])
        session = CallSession(phone=FakePhone(), call_log=FakeCallLog(directory), router=DialRouter(),
                              scripts=load_library(), agent=AgentIdentity("agent", "王芳"), language="zh_CN")
        window = MainWindow(directory=directory, session=session, language="zh_CN", window_state=state)
        qtbot.addWidget(window)
        window.load()
        return window

    return make


def test_size_and_splitters_come_back_at_the_next_start(make_window, tmp_path) -> None:
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = make_window(state)
    first.resize(760, 560)  # within the offscreen platform's 800×600 screen
    first.columns.setSizes([200, 360, 200])
    sizes = first.columns.sizes()
    first.close()
    second = make_window(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    assert (second.width(), second.height()) == (760, 560)
    assert second.columns.sizes() == sizes


def test_a_window_saved_on_a_bigger_screen_is_fitted_to_this_one(make_window, tmp_path) -> None:
    state = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = make_window(state)
    first.resize(3840, 2160)
    first.close()
    second = make_window(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    available = second.screen().availableGeometry()
    assert available.contains(second.geometry())


def test_a_broken_state_file_leaves_the_default_layout(make_window, tmp_path) -> None:
    (tmp_path / "window.ini").write_text("[window]\ngeometry=not a geometry\n", encoding="utf-8")
    window = make_window(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    assert (window.width(), window.height()) == (1366, 768)


@pytest.mark.parametrize("size", [(1366, 768), (3840, 2160)])
def test_the_window_fits_a_laptop_and_a_4k_screen(make_window, qtbot, size) -> None:
    window = make_window(None)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40  # a taskbar takes ~40 px of a 768-line screen
    assert (window.width(), window.height()) == size
    assert all(width > 0 for width in window.columns.sizes())  # no column squeezed away
