"""The twelve keys 0-9, * and #: they type into the number field before a call and send tones (DTMF) during one.

Keyboard first: with the pad focused (Ctrl+K) the agent types the digits on the keyboard; the buttons themselves
take no focus, so Tab moves past the pad in one step instead of twelve.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QToolButton, QWidget

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


class DialPad(QFrame):
    key_pressed = Signal(str)  # one of KEYS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Dial pad"))
        self.setAccessibleDescription(self.tr("Type 0-9, * or # on the keyboard, or click a key"))
        self.buttons: dict[str, QToolButton] = {}
        self._release = QTimer(self, singleShot=True, interval=120)  # lets a typed key show as pressed
        self._release.timeout.connect(self._release_keys)
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setSpacing(2)
        for i, key in enumerate(KEYS):
            button = QToolButton(self)
            button.setText(key)
            button.setAccessibleName(key)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFixedHeight(26)
            button.setStyleSheet("font-size: 12pt;")
            button.clicked.connect(lambda _checked=False, k=key: self.key_pressed.emit(k))
            self.buttons[key] = button
            grid.addWidget(button, i // 3, i % 3)

    def _release_keys(self) -> None:
        for button in self.buttons.values():
            button.setDown(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.text()
        if key in self.buttons and not event.modifiers() & _COMMAND_MODIFIERS:
            button = self.buttons[key]
            button.setDown(True)  # the agent sees which key went
            self._release.start()
            self.key_pressed.emit(key)
            event.accept()
            return
        super().keyPressEvent(event)
