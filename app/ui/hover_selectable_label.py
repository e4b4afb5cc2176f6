"""A label whose text the agent selects with the mouse, as with ``TextSelectableByMouse``, at a plain label's cost.

A selectable QLabel keeps its text in a text document that is laid out again on every ``setText``: about 0.1 ms a
label, 0.6-0.9 ms of each screen pop for the record header's facts (measured). Here the selection machinery exists
only while the pointer is over the label, or while a selection or the focus it took is kept; the text is drawn the
same either way (compared pixel for pixel: the header's facts and next step; not the 18 pt name, which stays a
plain selectable label).
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QEnterEvent, QFocusEvent
from PySide6.QtWidgets import QLabel, QWidget

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
_PLAIN = Qt.TextInteractionFlag.NoTextInteraction


class HoverSelectableLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(_PLAIN)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.setTextInteractionFlags(_SELECTABLE)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._rest()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the Copy menu keeps the selection
            self._rest()

    def _rest(self) -> None:
        if not self.underMouse() and not self.hasFocus() and not self.hasSelectedText():
            self.setTextInteractionFlags(_PLAIN)
