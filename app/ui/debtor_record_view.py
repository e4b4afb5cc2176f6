"""The middle column: who the debtor is, what is owed, which phones are on file, every earlier contact."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.domain.debtors import AccountView, ContactHistoryEntry, DebtorRecord, PhoneOnFile
from app.domain.outcomes import outcome_for
from app.ui import display
from app.ui.read_only_table import read_only_table
from app.ui.row_table_model import Column, RowTableModel


class DebtorRecordView(QWidget):
    dial_requested = Signal(str)  # E.164 number from the record (click-to-dial)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._record: DebtorRecord | None = None
        self.name_label = QLabel(self)
        self.name_label.setObjectName("debtorName")
        self.name_label.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._facts: dict[str, QLabel] = {}
        self._fact_title_labels: list[QLabel] = []
        facts = QGridLayout()
        for i, (key, title) in enumerate(self._fact_titles()):
            label = QLabel(self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._facts[key] = label
            title_label = QLabel(title, self)
            self._fact_title_labels.append(title_label)
            facts.addWidget(title_label, i // 3, (i % 3) * 2)
            facts.addWidget(label, i // 3, (i % 3) * 2 + 1)
        self.phones_box = QGroupBox(self.tr("Phones on file"), self)
        self._phones_layout = QFormLayout(self.phones_box)
        self.accounts_model: RowTableModel[AccountView] = RowTableModel(self._account_columns(), self)
        self.history_model: RowTableModel[ContactHistoryEntry] = RowTableModel(self._history_columns(), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(read_only_table(self.accounts_model, self.tr("Accounts"), self), self.tr("Accounts"))
        self.tabs.addTab(read_only_table(self.history_model, self.tr("Contact history"), self), self.tr("Contact history"))
        self.placeholder = QLabel(self.tr("Pick a debtor from the list, or search by name or phone."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.name_label)
        layout.addLayout(facts)
        layout.addWidget(self.phones_box)
        layout.addWidget(self.tabs, 1)
        self._show_content(False)

    @property
    def record(self) -> DebtorRecord | None:
        return self._record

    def _fact_titles(self) -> list[tuple[str, str]]:
        return [
            ("national_id", self.tr("ID number:")), ("language", self.tr("Language:")), ("bucket", self.tr("Bucket:")),
            ("dpd", self.tr("Days past due:")), ("total", self.tr("Total due:")), ("minimum", self.tr("Minimum due:")),
        ]

    def _account_columns(self) -> list[Column[AccountView]]:
        lang = self._language
        return [
            Column(self.tr("Account"), lambda a: "****" + a.account_number[-4:]),
            Column(self.tr("Product"), lambda a: a.product),
            Column(self.tr("Total due"), lambda a: display.money(a.total_due, a.currency, lang), align_right=True),
            Column(self.tr("Minimum due"), lambda a: display.money(a.minimum_due, a.currency, lang), align_right=True),
            Column(self.tr("Due date"), lambda a: display.day(a.due_date, lang)),
            Column(self.tr("DPD"), lambda a: str(a.days_past_due), align_right=True),
            Column(self.tr("Bucket"), lambda a: a.bucket),
        ]

    def _history_columns(self) -> list[Column[ContactHistoryEntry]]:
        lang = self._language
        return [
            Column(self.tr("Time"), lambda c: display.moment(c.started_at, lang)),
            Column(self.tr("Direction"), lambda c: self.tr("Outbound") if c.direction == "outbound" else self.tr("Inbound")),
            Column(self.tr("Number"), lambda c: display.masked_phone(c.number) if c.number.startswith("+") else c.number),
            Column(self.tr("Agent"), lambda c: c.agent_name),
            Column(self.tr("Duration"), lambda c: display.duration(c.duration_seconds), align_right=True),
            Column(self.tr("Outcome"), lambda c: outcome_for(c.outcome_code).label(lang) if c.outcome_code else self.tr("(pending)")),
            Column(self.tr("Note"), lambda c: c.note or ""),
        ]

    def show_record(self, record: DebtorRecord) -> None:
        self._record = record
        self.name_label.setText(record.full_name)
        currency = record.accounts[0].currency if record.accounts else "CNY"
        bucket = max((a.bucket for a in record.accounts), default="–", key=lambda b: (len(b), b))
        values = {
            "national_id": display.masked_id(record.national_id),
            "language": "中文" if record.language.startswith("zh") else "English",
            "bucket": bucket,
            "dpd": str(record.days_past_due),
            "total": display.money(record.total_due, currency, self._language),
            "minimum": display.money(record.minimum_due, currency, self._language),
        }
        for key, value in values.items():
            self._facts[key].setText(value)
        self._show_phones(record.phones)
        self.accounts_model.set_rows(record.accounts)
        self.history_model.set_rows(record.contact_history)
        self._show_content(True)

    def _show_phones(self, phones: tuple[PhoneOnFile, ...]) -> None:
        while self._phones_layout.rowCount():
            self._phones_layout.removeRow(0)
        for phone in phones:
            button = QPushButton(self.tr("Call %1").replace("%1", display.masked_phone(phone.number)), self.phones_box)
            button.setAccessibleName(self.tr("Call this number"))
            button.clicked.connect(lambda _checked=False, number=phone.number: self.dial_requested.emit(number))
            self._phones_layout.addRow(self._phone_owner_text(phone), button)

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
        for widget in (self.name_label, self.phones_box, self.tabs):
            widget.setVisible(visible)
        for label in [*self._facts.values(), *self._fact_title_labels]:
            label.setVisible(visible)
