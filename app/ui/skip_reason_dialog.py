"""Asked when the agent skips a script step: why. A mandatory step cannot be skipped without a reason."""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

MAX_REASON_LENGTH = 300


class SkipReasonDialog(QDialog):
    def __init__(self, step_title: str, mandatory: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mandatory = mandatory
        self.setWindowTitle(self.tr("Skip this step"))
        self.setModal(True)
        question = (self.tr("“%1” is a mandatory step. Why are you skipping it? The reason is logged with the call.")
                    if mandatory else self.tr("Why are you skipping “%1”? (optional)")).replace("%1", step_title)
        prompt = QLabel(question, self)
        prompt.setWordWrap(True)
        self.reason_field = QComboBox(self)
        self.reason_field.setEditable(True)
        self.reason_field.setAccessibleName(self.tr("Reason for skipping"))
        self.reason_field.addItems(["", self.tr("The debtor will not answer this"),
                                    self.tr("Already covered earlier in the call"),
                                    self.tr("The debtor asked to move on"), self.tr("Not relevant to this call")])
        line = self.reason_field.lineEdit()
        assert line is not None, "the reason field is an editable combo box"
        line.setMaxLength(MAX_REASON_LENGTH)
        line.setPlaceholderText(self.tr("Pick or type a reason"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Skip step"))
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.reason_field)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_field.editTextChanged.connect(lambda _t: self._update())
        self._update()

    @property
    def reason(self) -> str:
        return self.reason_field.currentText().strip()[:MAX_REASON_LENGTH]

    def set_reason(self, text: str) -> None:
        self.reason_field.setEditText(text)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason) or not self._mandatory)

    def accept(self) -> None:
        if self.reason or not self._mandatory:
            super().accept()
