"""A call rings while CallDesk is behind another window: a tray message and a taskbar alert, so it is not missed.

The phone already plays the ringtone; this is the visual half. Nothing happens when the window is in front (the
banner is in plain sight). The tray is optional: desktops without one get the taskbar alert only.
"""

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

MESSAGE_MS = 15000


class Tray(Protocol):
    """The part of QSystemTrayIcon the notifier uses (tests pass a fake)."""

    def show(self) -> None: ...

    def hide(self) -> None: ...

    def showMessage(  # noqa: N802 (Qt API)
            self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int) -> None: ...


class Notifier(Protocol):
    """What the softphone panel needs: alert the agent, True when it did (tests pass a fake)."""

    def notify(self, caller_text: str) -> bool: ...

    def withdraw(self) -> None:
        """The call stopped ringing (answered, gone, timed out): take the alert back."""


class IncomingCallNotifier(QObject):
    def __init__(self, window: QWidget, tray: Tray | None = None, parent: QObject | None = None) -> None:
        """``tray``: None builds a QSystemTrayIcon on the first call, if the desktop has a tray."""
        super().__init__(parent)
        self._window = window
        self._tray = tray
        self.notified = 0  # how many times the agent was alerted (for tests and diagnostics)

    def notify(self, caller_text: str) -> bool:
        """Alert the agent about a ringing call unless the window is active; True when it alerted.
        ``caller_text`` is already safe to show (the debtor's name and a masked number)."""
        window = self._window.window()
        if window.isActiveWindow():
            return False
        tray = self._tray or self._default_tray(window)
        if tray is not None:
            tray.show()
            tray.showMessage(self.tr("Incoming call"), caller_text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        QApplication.alert(window, 0)  # flashes the taskbar entry until the window is activated
        self.notified += 1
        return True

    def withdraw(self) -> None:
        """The call stopped ringing: the tray icon (and with it its message) goes until the next call."""
        if self._tray is not None:
            self._tray.hide()

    def _default_tray(self, window: QWidget) -> Tray | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        icon = window.windowIcon()
        if icon.isNull():
            icon = QIcon.fromTheme("call-start")
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip(self.tr("CallDesk"))
        tray.activated.connect(lambda *_: _bring_forward(window))
        self._tray = tray
        return tray


def _bring_forward(window: QWidget) -> None:
    """A click on the tray icon or its message: the window comes to the front, as the agent left it."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
