"""The window as the agent left it: size, position, splitters and docks, restored at the next start.

Stored in an INI file beside calldesk.toml (not the registry or ~/.config/<org>), so one folder holds all of an
agent's settings. A saved geometry from a larger screen is clamped to the screen the window opens on.
"""

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

STATE_VERSION = 1  # bump when the window's layout changes so an old state is not applied to new docks


def save_window_state(settings: QSettings, window: QMainWindow, splitters: dict[str, QSplitter]) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState(STATE_VERSION))
    for name, splitter in splitters.items():
        settings.setValue(f"splitters/{name}", splitter.saveState())
    settings.sync()


def restore_window_state(settings: QSettings, window: QMainWindow, splitters: dict[str, QSplitter]) -> bool:
    """True when a saved state was applied; a missing or unreadable one leaves the defaults."""
    geometry = settings.value("window/geometry")
    if not isinstance(geometry, QByteArray) or not window.restoreGeometry(geometry):
        return False
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state, STATE_VERSION)
    for name, splitter in splitters.items():
        saved = settings.value(f"splitters/{name}")
        if isinstance(saved, QByteArray):
            splitter.restoreState(saved)
    _fit_on_screen(window)
    return True


def _fit_on_screen(window: QMainWindow) -> None:
    """A window saved on a 4K monitor and restored on a 1366×768 laptop must still fit and be reachable."""
    screen = window.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.geometry()
    width, height = min(frame.width(), available.width()), min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() - width + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - height + 1)
    window.setGeometry(left, top, width, height)
