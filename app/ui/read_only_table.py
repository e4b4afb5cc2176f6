"""The read-only, row-selecting table view every list in the window uses."""

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

RESIZE_SAMPLE_ROWS = 50  # columns fit the first rows on screen; all 200 would read every cell on each refresh


def read_only_table(model: QAbstractItemModel, accessible_name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    table.horizontalHeader().setStretchLastSection(True)
    return table
