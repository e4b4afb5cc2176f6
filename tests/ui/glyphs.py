"""Find text a widget tree would draw as boxes: characters no installed font (with fallbacks) can render."""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def _model_texts(model: QAbstractItemModel) -> list[str]:
    root = QModelIndex()
    try:
        columns = max(model.columnCount(root), 1)
    except TypeError:  # list models hide columnCount
        columns = 1
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for row in range(model.rowCount(root)):
        for column in range(columns):
            texts.append(str(model.index(row, column).data() or ""))
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return [widget.text(), getattr(widget, "placeholderText", lambda: "")()]
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return [widget.toPlainText()]
    if isinstance(widget, QTabWidget):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _model_texts(widget.model())
    if isinstance(widget, QMainWindow):
        return [widget.windowTitle(), *(a.text() for a in widget.menuBar().actions())]
    return []


def missing_glyphs(root: QWidget) -> list[tuple[str, str]]:
    """(character, widget class) for every visible character no font can draw."""
    missing: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        metrics = QFontMetrics(widget.font())
        for text in _widget_texts(widget):
            for char in set(text):
                if char.isspace() or char == "&":
                    continue
                if not metrics.inFontUcs4(ord(char)):
                    missing.append((char, type(widget).__name__))
    return sorted(set(missing))
