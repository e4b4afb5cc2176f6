"""The small Settings pages: language (applies at once), database and recording policy (at the next start)."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget

from app.config import redact_url
from app.services.settings_values import database_url_problem

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language, so anyone can find theirs
ERROR_STYLE = "color: #8c1d18;"


class _Page(QWidget):
    """Re-runs ``_retranslate`` when the language changes at runtime."""

    changed = Signal()

    def _retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class LanguagePage(_Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.label = QLabel(self)
        self.label.setBuddy(self.language_combo)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.label, self.language_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.language_combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Language of the &window:"))
        self.language_combo.setAccessibleName(self.tr("Language of the window"))
        self.note.setText(self.tr("The window changes language at once; no restart is needed."))

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def set_language(self, code: str) -> None:
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)


class DatabasePage(_Page):
    def __init__(self, url_in_use: str = "", parent: QWidget | None = None) -> None:
        """``url_in_use``: the URL this run uses (it may come from --db or CALLDESK_DB); shown without password."""
        super().__init__(parent)
        self._url_in_use = url_in_use
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("postgresql+psycopg://calldesk@db.example.com/calldesk")
        self.label = QLabel(self)
        self.label.setBuddy(self.url_edit)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.in_use_label = QLabel(self)
        self.in_use_label.setWordWrap(True)
        self.in_use_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.label, self.url_edit)
        form.addRow("", self.error_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.in_use_label)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.url_edit.textChanged.connect(self._check)
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Data&base URL:"))
        self.url_edit.setAccessibleName(self.tr("Database URL"))
        self.url_edit.setToolTip(self.tr("Leave empty for the SQLite file in CallDesk's data folder."))
        self.in_use_label.setText(self.tr("In use now: %1").replace("%1", redact_url(self._url_in_use))
                                  if self._url_in_use else "")
        self.note.setText(self.tr("A new database is used the next time CallDesk starts. "
                                  "The --db option and the CALLDESK_DB variable take precedence over this setting. "
                                  "Keep passwords out of the URL: PostgreSQL reads them from ~/.pgpass."))
        self._check()

    def url(self) -> str:
        return self.url_edit.text().strip()

    def set_url(self, url: str) -> None:
        self.url_edit.setText(redact_url(url))

    def problem(self) -> str | None:
        return database_url_problem(self.url())

    def _check(self) -> None:
        problem = self.problem()
        messages = {
            "password": self.tr("Leave the password out of the URL; PostgreSQL reads it from ~/.pgpass."),
            "not_a_url": self.tr("Write a URL such as sqlite:////home/me/calldesk.db or postgresql+psycopg://calldesk@dbhost/calldesk."),
            "unsupported": self.tr("CallDesk works with SQLite and PostgreSQL only."),
        }
        self.error_label.setText(messages.get(problem or "", ""))
        self.error_label.setVisible(problem is not None)
        self.url_edit.setAccessibleDescription(self.error_label.text())
        self.changed.emit()


class RecordingPage(_Page):
    POLICIES = ("always", "on_demand")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.always_radio = QRadioButton(self)
        self.on_demand_radio = QRadioButton(self)
        self.group = QButtonGroup(self)
        self.group.addButton(self.always_radio)
        self.group.addButton(self.on_demand_radio)
        self.always_radio.setChecked(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.always_radio)
        layout.addWidget(self.on_demand_radio)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self._retranslate()

    def _retranslate(self) -> None:
        self.always_radio.setText(self.tr("Al&ways: every call is recorded"))
        self.on_demand_radio.setText(self.tr("&On demand: the agent starts recording"))
        self.always_radio.setAccessibleName(self.tr("Record every call"))
        self.on_demand_radio.setAccessibleName(self.tr("Record on demand"))
        self.note.setText(self.tr("The recording policy changes the next time CallDesk starts."))

    def policy(self) -> str:
        return "on_demand" if self.on_demand_radio.isChecked() else "always"

    def set_policy(self, policy: str) -> None:
        (self.on_demand_radio if policy == "on_demand" else self.always_radio).setChecked(True)
