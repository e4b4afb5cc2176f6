"""Settings → SIP accounts: the list, and Add / Edit / Remove through SipAccountEditor.

Nothing is saved here: the page keeps the edited accounts, the newly typed passwords and the renames until the
dialog saves them through the settings store.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.config import SipAccountSettings
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel
from app.ui.settings_sip_editor import SipAccountEditor


@dataclass(frozen=True)
class AccountRow:
    account: SipAccountSettings
    original_name: str | None  # the name in the file; None for an account added in this dialog
    password_state: str  # "stored" | "new" | "none"


class SipAccountsPage(QWidget):
    changed = Signal()

    def __init__(self, password_stored: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._password_stored = password_stored
        self._rows: list[AccountRow] = []
        self._passwords: dict[str, str] = {}  # original or new name -> typed password
        self.model: RowTableModel[AccountRow] = RowTableModel([
            Column("", lambda row: row.account.name),
            Column("", lambda row: row.account.user),
            Column("", lambda row: row.account.registrar or "—"),
            Column("", self._password_text),
        ], self)
        self.table = read_only_table(self.model, "", self)
        self.table.doubleClicked.connect(lambda index: self.edit_account(index.row()))
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_account)
        self.edit_button.clicked.connect(lambda: self.edit_account(self._selected_row()))
        self.remove_button.clicked.connect(lambda: self.remove_account(self._selected_row()))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._retranslate()

    def _retranslate(self) -> None:
        self.model.set_headers([self.tr("Name"), self.tr("User"), self.tr("Registrar"), self.tr("Password")])
        self.table.setAccessibleName(self.tr("SIP accounts"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.add_button.setAccessibleName(self.tr("Add a SIP account"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected SIP account"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected SIP account"))
        self.note.setText(self.tr("SIP accounts take effect the next time CallDesk starts. "
                                  "Passwords are kept in the system keyring."))
        self.model.set_rows(self._rows)  # the password column's words

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _password_text(self, row: AccountRow) -> str:
        if row.password_state == "new":
            return self.tr("new, saved with the settings")
        return self.tr("stored") if row.password_state == "stored" else self.tr("not stored")

    # -- state --------------------------------------------------------------------------------------------------

    def set_accounts(self, accounts: Sequence[SipAccountSettings]) -> None:
        self._passwords.clear()
        self._rows = [AccountRow(account, account.name, "stored" if self._password_stored(account.name) else "none")
                      for account in accounts]
        self.model.set_rows(self._rows)

    def accounts(self) -> tuple[SipAccountSettings, ...]:
        return tuple(row.account for row in self._rows)

    def passwords(self) -> dict[str, str]:
        """New passwords by the account's (new) name."""
        return {row.account.name: self._passwords[key] for row in self._rows
                if (key := self._password_key(row)) in self._passwords}

    def renamed(self) -> dict[str, str]:
        """New name -> name in the file, for the accounts renamed here."""
        return {row.account.name: row.original_name for row in self._rows
                if row.original_name is not None and row.original_name != row.account.name}

    # -- intent -------------------------------------------------------------------------------------------------

    def add_account(self) -> SipAccountEditor:
        """Open an empty editor (window-modal, not blocking); it is returned so tests can fill it in."""
        return self._open_editor(None)

    def edit_account(self, row: int) -> SipAccountEditor | None:
        if not 0 <= row < len(self._rows):
            return None
        return self._open_editor(row)

    def remove_account(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        removed = self._rows.pop(row)
        self._passwords.pop(self._password_key(removed), None)
        self.model.set_rows(self._rows)
        self.changed.emit()

    def _open_editor(self, row: int | None) -> SipAccountEditor:
        current = self._rows[row] if row is not None else None
        others = [r.account.name for index, r in enumerate(self._rows) if index != row]
        editor = SipAccountEditor(current.account if current else None, others,
                                  current is not None and current.password_state == "stored", self)
        editor.accepted.connect(lambda: self._take(editor, row))
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    def _take(self, editor: SipAccountEditor, row: int | None) -> None:
        account, password = editor.account(), editor.password()
        if row is None:
            entry = AccountRow(account, None, "new" if password else "none")
            self._rows.append(entry)
        else:
            old = self._rows[row]
            password = password or self._passwords.pop(self._password_key(old), "")  # typed earlier in this dialog
            entry = AccountRow(account, old.original_name, "new" if password else old.password_state)
            self._rows[row] = entry
        if password:
            self._passwords[self._password_key(entry)] = password
        self.model.set_rows(self._rows)
        self.table.selectRow(self._rows.index(entry))
        self.changed.emit()

    @staticmethod
    def _password_key(row: AccountRow) -> str:
        return row.original_name if row.original_name is not None else "\0new:" + row.account.name

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_buttons(self) -> None:
        selected = self._selected_row() >= 0
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
