"""A read-only table model over a list of frozen value objects, one column per (header, getter)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = frozenset((int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)))
_ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # ints made once, not per cell
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def refresh_rows(self, rows: Sequence[Row]) -> None:
        """``set_rows`` for a list read again (a queue polled every minute): when the rows are the same, their
        cells are only redrawn (a text may depend on the clock: "overdue", "today"), and the view keeps its
        selection, current row and scroll position instead of losing them to a reset: an agent moving down the
        queue with the arrow keys no longer starts again at the top when it is read again."""
        rows = list(rows)
        if rows != self._rows or not rows:
            self.set_rows(rows)
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self._columns) - 1))

    def set_headers(self, headers: Sequence[str]) -> None:
        self._columns = [Column(h, c.text, c.align_right) for h, c in zip(headers, self._columns, strict=True)]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A view asks for a dozen roles per cell on each paint: the ones not served return at the first test."""
        if role in _TEXT_ROLES:
            row = index.row()
            if not index.isValid() or not (0 <= row < len(self._rows)):
                return None
            return self._columns[index.column()].text(self._rows[row])
        if role == _ALIGNMENT_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            return _RIGHT if self._columns[index.column()].align_right else _LEFT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None
