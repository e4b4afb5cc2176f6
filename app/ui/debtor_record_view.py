"""The middle column: who the debtor is, what is owed, which phones are on file, and the record in tabs
(accounts, payments, promises, contact history, plans, notes)."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.domain.debtors import AccountView, DebtorRecord, NoteView, PhoneOnFile
from app.domain.next_action import NextAction, NextActionRules, load_next_actions, next_action_for_record
from app.domain.roles import permissions_for
from app.services.debtor_notes import DebtorNotes
from app.ui import display
from app.ui.debtor_record_header import DebtorRecordHeader
from app.ui.notes_tab import NotesTab
from app.ui.read_only_table import read_only_table
from app.ui.record_history_tab import ContactHistoryTab
from app.ui.record_payments_tab import PaymentsTab
from app.ui.record_plans_tab import PlansTab
from app.ui.record_promises_tab import PromisesTab
from app.ui.record_words import last4
from app.ui.row_table_model import Column, RowTableModel

DEFAULT_RULE_PACK = "cn"
_COMPACT_TABS = (  # all six tabs in view in a ~430 px column (1366×768); the open one underlined in blue
    "QTabBar::tab { padding: 4px 4px; border: 1px solid palette(mid); border-bottom: none; margin-right: 1px; }"
    "QTabBar::tab:selected { background: palette(base); border-bottom: 2px solid #1a5fb4; }"
)


class DebtorRecordView(QWidget):
    dial_requested = Signal(str)  # E.164 number from the record (click-to-dial)
    play_recording_requested = Signal(int)  # call id; only emitted when the role may play recordings
    note_added = Signal(object)  # the NoteView just saved

    def __init__(self, language: str, parent: QWidget | None = None, *, role: str = "agent",
                 notes: DebtorNotes | None = None, next_actions: NextActionRules | None = None,
                 today: Callable[[], date] = date.today) -> None:
        """``role``: the signed-in agent's role (app.domain.roles); the default shows masked numbers and no play
        control. ``notes``: saves new notes; without it the notes tab is read-only. ``next_actions``: the rule
        pack's escalation ladder (default: the "cn" pack)."""
        super().__init__(parent)
        self._language = language
        self._record: DebtorRecord | None = None
        self._today = today
        self._next_actions = next_actions or load_next_actions(DEFAULT_RULE_PACK)
        permissions = permissions_for(role)
        self._full_numbers = permissions.see_full_numbers
        self.header = DebtorRecordHeader(language, self._full_numbers, self)
        self.name_label = self.header.name_label
        self.phones_box = QGroupBox(self.tr("Phones on file"), self)
        self._phones_layout = QFormLayout(self.phones_box)
        self._phone_numbers: list[str] = []  # E.164 of each phone row's call button, in row order
        self._phone_rows: list[tuple[QLabel, QPushButton]] = []  # whose phone, its call button
        self._phones_shown = 0  # rows in view; those past it are kept hidden for the next record
        self.accounts_model: RowTableModel[AccountView] = RowTableModel(self._account_columns(), self)
        self.payments_tab = PaymentsTab(language, self)
        self.promises_tab = PromisesTab(language, self)
        self.history_tab = ContactHistoryTab(language, permissions.play_recordings, self._full_numbers, self)
        self.history_model = self.history_tab.model
        self.plans_tab = PlansTab(language, self)
        self.notes_tab = NotesTab(language, notes, self)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setStyleSheet(_COMPACT_TABS)
        self.tabs.addTab(read_only_table(self.accounts_model, self.tr("Accounts"), self), self.tr("Accounts"))
        self.tabs.addTab(self.payments_tab, self.tr("Payments"))
        self.tabs.addTab(self.promises_tab, self.tr("Promises"))
        self.tabs.addTab(self.history_tab, self.tr("Contact history"))
        self.tabs.addTab(self.plans_tab, self.tr("Plans"))
        self.tabs.addTab(self.notes_tab, self.tr("Notes"))
        self.placeholder = QLabel(self.tr("Pick a debtor from the list, or search by name or phone."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.header)
        layout.addWidget(self.phones_box)
        layout.addWidget(self.tabs, 1)
        self.history_tab.play_recording_requested.connect(self.play_recording_requested)
        self.notes_tab.note_added.connect(self._on_note_added)
        self._show_content(False)

    @property
    def record(self) -> DebtorRecord | None:
        return self._record

    @property
    def next_step(self) -> NextAction | None:
        return next_action_for_record(self._next_actions, self._record) if self._record is not None else None

    def _account_columns(self) -> list[Column[AccountView]]:
        lang = self._language
        return [
            Column(self.tr("Account"), lambda a: last4(a.account_number)),
            Column(self.tr("Product"), lambda a: a.product),
            Column(self.tr("Total due"), lambda a: display.money(a.total_due, a.currency, lang), align_right=True),
            Column(self.tr("Minimum due"), lambda a: display.money(a.minimum_due, a.currency, lang), align_right=True),
            Column(self.tr("Due date"), lambda a: display.day(a.due_date, lang)),
            Column(self.tr("DPD"), lambda a: str(a.days_past_due), align_right=True),
            Column(self.tr("Bucket"), lambda a: a.bucket),
        ]

    def show_record(self, record: DebtorRecord) -> None:
        self._record = record
        self.header.show_record(record, next_action_for_record(self._next_actions, record))
        self._show_phones(record.phones)
        currencies = {a.account_number: a.currency for a in record.accounts}
        currency = record.accounts[0].currency if record.accounts else "CNY"
        self.accounts_model.set_rows(record.accounts)
        self.payments_tab.set_payments(record.payments, currencies, currency, self._today())
        self.promises_tab.set_promises(record.promises, currencies)
        self.history_tab.set_history(record.contact_history)
        self.plans_tab.set_plans(record.plans)
        self.notes_tab.set_notes(record.debtor_id, record.notes)
        self._show_content(True)

    def set_current_call(self, call_id: int | None) -> None:
        """Notes saved during a call are linked to it; None once the call is over."""
        self.notes_tab.set_call(call_id)

    def _on_note_added(self, note: NoteView) -> None:
        if self._record is not None and self._record.debtor_id == note.debtor_id:
            self._record = replace(self._record, notes=(note, *self._record.notes))
        self.note_added.emit(note)

    def _show_phones(self, phones: tuple[PhoneOnFile, ...]) -> None:
        """Rows are kept for the next record: a screen pop changes their texts, it does not build widgets."""
        self._phone_numbers = [phone.number for phone in phones]
        for row, phone in enumerate(phones):
            if row == len(self._phone_rows):
                self._add_phone_row()
            owner, button = self._phone_rows[row]
            shown = display.national_phone(phone.number) if self._full_numbers else display.masked_phone(phone.number)
            owner.setText(self._phone_owner_text(phone))
            button.setText(self.tr("Call %1").replace("%1", shown))
        for row in range(min(len(phones), self._phones_shown), max(len(phones), self._phones_shown)):
            self._phones_layout.setRowVisible(row, row < len(phones))  # only rows that appear or go (~0.15 ms each)
        self._phones_shown = len(phones)

    def _add_phone_row(self) -> None:
        row = len(self._phone_rows)
        button = QPushButton(self.phones_box)
        button.setAccessibleName(self.tr("Call this number"))
        button.clicked.connect(lambda _checked=False: self.dial_requested.emit(self._phone_numbers[row]))
        owner = QLabel(self.phones_box)
        owner.setBuddy(button)
        self._phones_layout.addRow(owner, button)
        self._phone_rows.append((owner, button))

    def _phone_owner_text(self, phone: PhoneOnFile) -> str:
        owners = {
            "self": self.tr("Debtor"), "spouse": self.tr("Spouse"), "parent": self.tr("Parent"),
            "relative": self.tr("Relative"), "employer": self.tr("Employer"), "friend": self.tr("Friend"),
        }
        types = {"mobile": self.tr("mobile"), "home": self.tr("home"), "work": self.tr("work")}
        owner = owners.get(phone.owner, self.tr("Other"))
        if phone.owner_name and phone.owner != "self":
            owner = f"{owner} ({phone.owner_name})"
        return self.tr("%1, %2").replace("%1", owner).replace("%2", types.get(phone.phone_type, phone.phone_type))

    def _show_content(self, visible: bool) -> None:
        self.placeholder.setVisible(not visible)
        for widget in (self.header, self.phones_box, self.tabs):
            widget.setVisible(visible)
