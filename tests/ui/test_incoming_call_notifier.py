"""A call rings behind other windows: a tray message and a taskbar alert; nothing when the window is in front."""

from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from app.ui.incoming_call_notifier import IncomingCallNotifier


class FakeTray:
    def __init__(self) -> None:
        self.shown = False
        self.messages: list[tuple[str, str, QSystemTrayIcon.MessageIcon, int]] = []

    def show(self) -> None:
        self.shown = True

    def hide(self) -> None:
        self.shown = False

    def showMessage(self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int) -> None:
        self.messages.append((title, msg, icon, msecs))


class _WindowInFront(QWidget):
    """The offscreen platform never activates a window, so this one says it is the active one."""

    def isActiveWindow(self) -> bool:
        return True


def test_alerts_when_the_window_is_not_in_front(qtbot, monkeypatch):
    alerts: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, _ms=0: alerts.append(widget))
    window = QWidget()
    qtbot.addWidget(window)
    tray = FakeTray()
    notifier = IncomingCallNotifier(window, tray)
    assert notifier.notify("Incoming call from Emily Carter (139****2222)")
    assert tray.shown and tray.messages[0][:2] == ("Incoming call", "Incoming call from Emily Carter (139****2222)")
    assert alerts == [window] and notifier.notified == 1


def test_quiet_when_the_window_is_active(qtbot, monkeypatch):
    alerts: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, _ms=0: alerts.append(widget))
    window = _WindowInFront()
    qtbot.addWidget(window)
    tray = FakeTray()
    assert not IncomingCallNotifier(window, tray).notify("Incoming call")
    assert tray.messages == [] and alerts == []


def test_without_a_tray_the_taskbar_alert_still_happens(qtbot, monkeypatch):
    alerts: list[QWidget] = []
    monkeypatch.setattr(QApplication, "alert", lambda widget, _ms=0: alerts.append(widget))
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", lambda: False)
    window = QWidget()
    qtbot.addWidget(window)
    assert IncomingCallNotifier(window).notify("Incoming call")
    assert alerts == [window]


def test_the_alert_is_taken_back_when_the_call_stops_ringing(qtbot, monkeypatch):
    monkeypatch.setattr(QApplication, "alert", lambda widget, _ms=0: None)
    window = QWidget()
    qtbot.addWidget(window)
    tray = FakeTray()
    notifier = IncomingCallNotifier(window, tray)
    notifier.notify("Incoming call")
    notifier.withdraw()
    assert not tray.shown
