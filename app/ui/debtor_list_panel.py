"""The left column: search by name or phone, and the list of debtors to pick from.

Keyboard: Enter in the search field searches at once and opens the debtor when only one matches (several: the
keyboard goes to the first line); in the list, Enter, Space or a click opens the debtor of the line."""

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.debtors import DebtorSummary
from app.services.debtor_directory import DebtorDirectory
from app.ui import display
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel

SEARCH_DELAY_MS = 200


class DebtorListPanel(QWidget):
    debtor_selected = Signal(int)

    def __init__(self, directory: DebtorDirectory, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self._language = language
        self._loading = False  # show_loading() until load(): the database is still opening
        self._enter_while_loading = False
        self.search_field = QLineEdit(self)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search by name or phone…"))
        self.search_field.setAccessibleName(self.tr("Search debtors"))
        self.model: RowTableModel[DebtorSummary] = RowTableModel(self._columns(), self)
        self.table = read_only_table(self.model, self.tr("Debtors"), self)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_field.returnPressed.connect(self._search_now)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(self._on_activated)  # Enter (or a double-click) on a line

    def _columns(self) -> list[Column[DebtorSummary]]:
        language = self._language
        return [
            Column(self.tr("Name"), lambda d: d.full_name),
            Column(self.tr("Phone"), lambda d: display.masked_phone(d.primary_phone)),
            Column(self.tr("Bucket"), lambda d: d.bucket),
            Column(self.tr("DPD"), lambda d: str(d.days_past_due), align_right=True),
            Column(self.tr("Total due"), lambda d: display.money(d.total_due, d.currency, language), align_right=True),
        ]

    def show_loading(self) -> None:
        """Until ``load``: the list says it is being read, and a search typed meanwhile waits for it."""
        self._loading = True
        self.count_label.setText(self.tr("Loading debtors…"))
        self.table.setAccessibleDescription(self.count_label.text())

    def load(self, first_page: list[DebtorSummary] | None = None) -> None:
        """The list filled: ``first_page`` (read elsewhere) when given and nothing was typed, else read now; a
        search typed while loading runs now (Enter pressed meanwhile opens its debtor as it would have)."""
        self._loading = False
        enter_pressed, self._enter_while_loading = self._enter_while_loading, False
        if first_page is not None and not self.search_field.text().strip():
            self._show_rows(first_page)
        elif enter_pressed:
            self._search_now()
        else:
            self.refresh()

    def refresh(self) -> None:
        self._search_timer.stop()
        if self._loading:
            return  # load() searches for what is typed
        text = self.search_field.text().strip()
        self._show_rows(self._directory.search(text) if text else self._directory.list_debtors())

    def _show_rows(self, rows: list[DebtorSummary]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n debtor(s) shown", "", len(rows)))
        self.table.setAccessibleDescription(self.count_label.text())

    def _search_now(self) -> None:
        if self._loading:
            self._enter_while_loading = True
            return
        self.refresh()
        count = self.model.rowCount()
        if count == 1:
            self._on_activated(self.model.index(0, 0))
        elif count > 1:
            self.table.selectionModel().setCurrentIndex(self.model.index(0, 0),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.setFocus()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def select_next(self, step: int) -> None:
        """Select (and so open) the debtor ``step`` rows on from the selected one; with none selected, the first row
        going down or the last going up. Stops at either end of the list."""
        count = self.model.rowCount()
        if count == 0:
            return
        selected = self.table.selectionModel().selectedRows()
        if selected:
            row = min(max(selected[0].row() + step, 0), count - 1)
        else:
            row = 0 if step > 0 else count - 1
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        """Opens the line's debtor; the selection follows (opening it when it moves, so once)."""
        if not index.isValid():
            return
        if self.table.selectionModel().isRowSelected(index.row()):
            self.debtor_selected.emit(self.model.row_at(index.row()).debtor_id)  # opened again, e.g. after the queue
        else:
            self.table.selectRow(index.row())

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if indexes:
            self.debtor_selected.emit(self.model.row_at(indexes[0].row()).debtor_id)
