"""The moment a window has painted for the first time: start-up work that can wait is started from there."""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """``painted`` once, on the event-loop turn after ``window``'s first paint event (so the frame is on screen
    before what follows runs); the filter removes itself then."""

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False
