"""The guided script: where the call is (listen, explain, propose a plan, record the outcome) and what to say."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.services.call_session import StageView

_DONE = "color: #5f6368;"
_CURRENT = "background: #1a5fb4; color: white; border-radius: 4px; padding: 2px 6px; font-weight: 600;"
_AHEAD = "color: #202124;"


class ScriptPane(QWidget):
    next_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress_row = QHBoxLayout()
        self._step_labels: list[QLabel] = []
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.text_view = QTextBrowser(self)
        self.text_view.setAccessibleName(self.tr("What to say"))
        self.text_view.setStyleSheet("font-size: 12pt;")
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #5f4b00; background: #fff8e1; padding: 6px; border-radius: 4px;")
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next step"), self)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.progress_row)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.hint_label)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.show_stage(None)

    def show_stage(self, stage: StageView | None) -> None:
        if stage is None:
            self.title_label.setText(self.tr("Script"))
            self.text_view.setPlainText(self.tr("The script starts when the debtor answers."))
            self.hint_label.hide()
            self.back_button.setEnabled(False)
            self.next_button.setEnabled(False)
            self._show_progress((), -1)
            return
        self.title_label.setText(stage.title)
        self.text_view.setPlainText(stage.text)
        self.hint_label.setText(stage.hint)
        self.hint_label.setVisible(bool(stage.hint))
        self.back_button.setEnabled(stage.index > 0)
        self.next_button.setEnabled(True)
        last = stage.index == stage.count - 1
        self.next_button.setText(self.tr("Finish script") if last else self.tr("Next step"))
        self._show_progress(stage.titles, stage.index)

    def _show_progress(self, titles: tuple[str, ...], current: int) -> None:
        while len(self._step_labels) < len(titles):
            label = QLabel(self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._step_labels.append(label)
            self.progress_row.addWidget(label)
        for i, label in enumerate(self._step_labels):
            label.setVisible(i < len(titles))
            if i < len(titles):
                mark = "✓ " if i < current else f"{i + 1}. "
                label.setText(mark + titles[i])
                label.setStyleSheet(_DONE if i < current else _CURRENT if i == current else _AHEAD)
