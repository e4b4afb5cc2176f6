"""One SIP account in the Settings dialog: every field checked as it is typed, with the phone's own rules.

The password field is write-only: a stored password is never read back, the editor only says whether one is
stored; what is typed goes to the keyring when the settings are saved.
"""

from collections.abc import Collection

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from app.config import SIP_TRANSPORTS, SipAccountSettings
from app.services.settings_values import sip_account_problems

ERROR_STYLE = "color: #8c1d18;"


class SipAccountEditor(QDialog):
    def __init__(self, account: SipAccountSettings | None, other_names: Collection[str], password_stored: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._other_names = frozenset(other_names)
        self._password_stored = password_stored
        self.name_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.display_name_edit = QLineEdit(self)
        self.registrar_edit = QLineEdit(self)
        self.registrar_edit.setPlaceholderText("sip:pbx.example.com")
        self.auth_user_edit = QLineEdit(self)
        self.realm_edit = QLineEdit(self)
        self.realm_edit.setPlaceholderText("*")
        self.transport_combo = QComboBox(self)
        self.transport_combo.addItems(list(SIP_TRANSPORTS))
        self.local_port_spin = QSpinBox(self)
        self.local_port_spin.setRange(0, 65535)
        self.outbound_proxy_edit = QLineEdit(self)
        self.outbound_proxy_edit.setPlaceholderText("sip:proxy.example.com;lr")
        self.dial_prefix_edit = QLineEdit(self)
        self.codec_order_edit = QLineEdit(self)
        self.codec_order_edit.setPlaceholderText("PCMA, PCMU")
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_state = QLabel(self)
        self._fields: dict[str, QWidget] = {
            "name": self.name_edit, "user": self.user_edit, "display_name": self.display_name_edit,
            "registrar": self.registrar_edit, "auth_user": self.auth_user_edit, "realm": self.realm_edit,
            "transport": self.transport_combo, "local_port": self.local_port_spin,
            "outbound_proxy": self.outbound_proxy_edit, "dial_prefix": self.dial_prefix_edit,
            "codec_order": self.codec_order_edit, "password": self.password_edit,
        }
        self._labels = {key: QLabel(self) for key in self._fields}
        self._errors = {key: QLabel(self) for key in ("name", "user", "registrar", "outbound_proxy", "codec_order",
                                                      "local_port", "transport")}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self._retranslate()
        self._show(account or SipAccountSettings(name="", user=""))
        for edit in (self.name_edit, self.user_edit, self.registrar_edit, self.outbound_proxy_edit,
                     self.codec_order_edit):
            edit.textChanged.connect(self._check)
        self.local_port_spin.valueChanged.connect(self._check)
        self.transport_combo.currentIndexChanged.connect(self._check)
        self._check()

    def _build_layout(self) -> None:
        form = QFormLayout()
        previous: QWidget | None = None
        for key, widget in self._fields.items():
            self._labels[key].setBuddy(widget)
            form.addRow(self._labels[key], widget)
            if key == "password":
                form.addRow("", self.password_state)
            if key in self._errors:
                error = self._errors[key]
                error.setStyleSheet(ERROR_STYLE)
                error.setWordWrap(True)
                error.hide()
                form.addRow("", error)
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("SIP account"))
        self.setAccessibleName(self.tr("SIP account"))
        texts = {
            "name": self.tr("&Name:"), "user": self.tr("&User (extension):"),
            "display_name": self.tr("&Display name:"), "registrar": self.tr("&Registrar:"),
            "auth_user": self.tr("&Authentication user:"), "realm": self.tr("Real&m:"),
            "transport": self.tr("&Transport:"), "local_port": self.tr("Local &port:"),
            "outbound_proxy": self.tr("Outbound pro&xy:"), "dial_prefix": self.tr("Dial pre&fix:"),
            "codec_order": self.tr("&Codecs, best first:"), "password": self.tr("Pass&word:"),
        }
        names = {
            "name": self.tr("Account name"), "user": self.tr("SIP user"), "display_name": self.tr("Display name"),
            "registrar": self.tr("Registrar"), "auth_user": self.tr("Authentication user"), "realm": self.tr("Realm"),
            "transport": self.tr("Transport"), "local_port": self.tr("Local port"),
            "outbound_proxy": self.tr("Outbound proxy"), "dial_prefix": self.tr("Dial prefix"),
            "codec_order": self.tr("Codecs, best first"), "password": self.tr("SIP password"),
        }
        for key, widget in self._fields.items():
            self._labels[key].setText(texts[key])
            widget.setAccessibleName(names[key])
        self.local_port_spin.setSpecialValueText(self.tr("any free port"))
        self.registrar_edit.setToolTip(self.tr("Leave empty for direct calls without registration."))
        self.auth_user_edit.setPlaceholderText(self.tr("same as the user"))
        if self._password_stored:
            self.password_state.setText(self.tr("A password is stored in the keyring."))
            self.password_edit.setPlaceholderText(self.tr("type a new one to replace it"))
        else:
            self.password_state.setText(self.tr("No password is stored."))
            self.password_edit.setPlaceholderText(self.tr("stored in the keyring, never in the file"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- the account --------------------------------------------------------------------------------------------

    def _show(self, account: SipAccountSettings) -> None:
        self.name_edit.setText(account.name)
        self.user_edit.setText(account.user)
        self.display_name_edit.setText(account.display_name)
        self.registrar_edit.setText(account.registrar or "")
        self.auth_user_edit.setText(account.auth_user or "")
        self.realm_edit.setText("" if account.realm == "*" else account.realm)
        index = self.transport_combo.findText(account.transport)
        if index < 0:
            self.transport_combo.addItem(account.transport)
            index = self.transport_combo.count() - 1
        self.transport_combo.setCurrentIndex(index)
        self.local_port_spin.setValue(account.local_port)
        self.outbound_proxy_edit.setText(account.outbound_proxy or "")
        self.dial_prefix_edit.setText(account.dial_prefix)
        self.codec_order_edit.setText(", ".join(account.codec_order))

    def account(self) -> SipAccountSettings:
        """The account as typed (surrounding spaces dropped)."""
        codecs = tuple(part.strip() for part in self.codec_order_edit.text().split(",") if part.strip())
        return SipAccountSettings(
            name=self.name_edit.text().strip(),
            user=self.user_edit.text().strip(),
            display_name=self.display_name_edit.text().strip(),
            registrar=self.registrar_edit.text().strip() or None,
            auth_user=self.auth_user_edit.text().strip() or None,
            realm=self.realm_edit.text().strip() or "*",
            transport=self.transport_combo.currentText(),
            local_port=self.local_port_spin.value(),
            outbound_proxy=self.outbound_proxy_edit.text().strip() or None,
            dial_prefix=self.dial_prefix_edit.text().strip(),
            codec_order=codecs,
        )

    def password(self) -> str:
        """What was typed in the password field ("" = keep the stored one)."""
        return self.password_edit.text()

    def problems(self) -> frozenset[str]:
        return sip_account_problems(self.account(), self._other_names)

    def _check(self) -> None:
        problems = self.problems()
        messages = {
            "name": self.tr("Give the account a name that no other account has."),
            "user": self.tr("The SIP user (extension) must not be empty."),
            "registrar": self.tr("Write a SIP address such as sip:pbx.example.com or sip:10.0.0.5:5060."),
            "outbound_proxy": self.tr("Write a SIP address such as sip:proxy.example.com, or leave it empty."),
            "codec_order": self.tr("Write codec names separated by commas, such as PCMA, PCMU, G722."),
            "local_port": self.tr("The port must be 0 to 65535."),
            "transport": self.tr("Choose udp, tcp or tls."),
        }
        for key, label in self._errors.items():
            label.setText(messages[key])
            label.setVisible(key in problems)
            self._fields[key].setAccessibleDescription(messages[key] if key in problems else "")
        self.ok_button.setEnabled(not problems)

    def accept(self) -> None:
        if self.problems():
            return
        super().accept()

