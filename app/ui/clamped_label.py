"""A word-wrapped label that shows at most a few lines: the rest is cut with "…" and the whole text is its tooltip.

The script pane's coaching hint uses it: a long hint must not push the answers and branch buttons out of view on
a 1366×768 screen, and the agent who wants the rest points at it.
"""

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QWidget


class ClampedLabel(QLabel):
    def __init__(self, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_lines = max_lines
        self._full = ""
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        self._full = text
        self.setToolTip(text)
        self._clamp()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._clamp()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), min(hint.height(), self._max_height()))

    def _max_height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * self._max_lines + margins.top() + margins.bottom() + 2

    def _clamp(self) -> None:
        """Show the lines that fit; the last one ends in "…" when text is left over."""
        width = self.contentsRect().width() - 2 * self.fontMetrics().averageCharWidth()  # the style's padding
        shown = self._full
        if width > 0 and self._full:
            layout = QTextLayout(self._full, self.font())
            layout.beginLayout()
            starts: list[tuple[int, int]] = []
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                starts.append((line.textStart(), line.textLength()))
            layout.endLayout()
            if len(starts) > self._max_lines:
                last_start = starts[self._max_lines - 1][0]
                rest = self._full[last_start:].replace("\n", " ")
                tail = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
                shown = self._full[:last_start] + tail
        if shown != super().text():
            super().setText(shown)
