"""The field for one script question, by kind: choices, an amount, a date, a date and time, or free text.

Each editor shows the answer given so far and returns a typed value (choice id, Decimal, date, aware datetime,
str) or None when nothing usable is entered; the script engine decides whether None is acceptable.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QRegularExpression, QTime, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout,
    QWidget,
)

from app.services.script_view import QuestionView

AMOUNT_PATTERN = r"\d{0,9}(\.\d{0,2})?"
MAX_TEXT_LENGTH = 1000
_FIELD_ERROR = "color: #b00020;"


class AnswerEditor(QWidget):
    """Base: ``value()`` is the typed answer or None; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.stops: list[QWidget] = []
        self.setAccessibleName(question.prompt)

    def value(self) -> Any:
        raise NotImplementedError

    def choose_number(self, number: int) -> bool:
        """Keyboard digits: only choice questions use them."""
        return False

    def focus_widgets(self) -> list[QWidget]:
        """The editor's stops in the pane's tab order."""
        proxy = self.focusProxy()
        return self.stops or ([proxy] if proxy is not None else [])


class ChoiceEditor(AnswerEditor):
    """A column of radio buttons, numbered 1–9 for the keyboard."""

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, choice in enumerate(question.choices, start=1):
            text = f"{number}. {choice.label}" if number <= 9 else choice.label
            button = QRadioButton(text, self)
            button.setStyleSheet("font-size: 12pt; padding: 3px;")
            button.setAccessibleName(choice.label)
            button.setChecked(choice.choice_id == question.answer)
            self.group.addButton(button, number - 1)
            self.buttons.append(button)
            layout.addWidget(button)
        self.group.idToggled.connect(lambda _id, checked: checked and self.changed.emit())
        checked = self.group.checkedButton()
        if self.buttons:
            self.setFocusProxy(checked or self.buttons[0])

    def value(self) -> str | None:
        index = self.group.checkedId()
        return None if index < 0 else self.question.choices[index].choice_id

    def choose_number(self, number: int) -> bool:
        if 1 <= number <= min(9, len(self.buttons)):
            self.buttons[number - 1].setChecked(True)
            self.buttons[number - 1].setFocus()
            return True
        return False


class AmountEditor(AnswerEditor):
    """Digits with at most two decimals, refused at the field as they are typed."""

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(question.prompt)
        self.field.setPlaceholderText(self.tr("Amount, e.g. 1500.00"))
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self.field))
        self.field.setMaxLength(13)
        self.field.setStyleSheet("font-size: 12pt;")
        if isinstance(question.answer, Decimal):
            self.field.setText(f"{question.answer:.2f}")
        self.error = QLabel(self.tr("Type digits only, with at most two decimals (e.g. 1500.00)."), self)
        self.error.setStyleSheet(_FIELD_ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        self.setFocusProxy(self.field)
        self.field.textChanged.connect(self._on_text)
        self.field.inputRejected.connect(self.error.show)

    def _on_text(self, _text: str) -> None:
        self.error.hide()
        self.changed.emit()

    def value(self) -> Decimal | None:
        return parse_amount(self.field.text())


class DateEditor(AnswerEditor):
    """A date with a calendar popup; an optional question gets a tick box, so "no date" can be recorded."""

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.field = QDateEdit(self)
        self.field.setCalendarPopup(True)
        self.field.setDisplayFormat("yyyy-MM-dd")
        self.field.setAccessibleName(question.prompt)
        self.field.setDate(QDate(question.answer) if isinstance(question.answer, date) else QDate.currentDate())
        self.given = _optional_tick(self, question, self.field, self.tr("Record a date"))
        _row(self, self.given, self.field)
        self.field.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        if self.given is not None and not self.given.isChecked():
            return None
        return self.field.date().toPython()


class DateTimeEditor(AnswerEditor):
    """A local date and time (calendar popup); the answer is aware, in the agent's time zone."""

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.field = QDateTimeEdit(self)
        self.field.setCalendarPopup(True)
        self.field.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.field.setAccessibleName(question.prompt)
        self.field.setDateTime(_initial_moment(question.answer))
        self.given = _optional_tick(self, question, self.field, self.tr("Record a time"))
        _row(self, self.given, self.field)
        self.field.dateTimeChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> datetime | None:
        if self.given is not None and not self.given.isChecked():
            return None
        moment: datetime = self.field.dateTime().toPython()
        return moment.replace(second=0, microsecond=0).astimezone()


class TextEditor(AnswerEditor):
    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(question.prompt)
        self.field.setMaxLength(MAX_TEXT_LENGTH)
        self.field.setStyleSheet("font-size: 12pt;")
        if isinstance(question.answer, str):
            self.field.setText(question.answer)
        _row(self, None, self.field)
        self.field.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str | None:
        return self.field.text().strip() or None


EDITORS: dict[str, type[AnswerEditor]] = {
    "choice": ChoiceEditor, "amount": AmountEditor, "date": DateEditor, "datetime": DateTimeEditor, "text": TextEditor,
}


def parse_amount(text: str) -> Decimal | None:
    try:
        amount = Decimal(text.strip())
    except InvalidOperation:
        return None
    return amount.quantize(Decimal("0.01")) if amount.is_finite() and amount >= 0 else None


def _optional_tick(editor: AnswerEditor, question: QuestionView, field: QWidget, text: str) -> QCheckBox | None:
    if question.required:
        return None
    tick = QCheckBox(text, editor)
    tick.setChecked(question.answer is not None)
    field.setEnabled(tick.isChecked())
    tick.toggled.connect(field.setEnabled)
    tick.toggled.connect(lambda _on: editor.changed.emit())
    return tick


def _row(editor: AnswerEditor, tick: QCheckBox | None, field: QWidget) -> None:
    layout = QHBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    if tick is not None:
        layout.addWidget(tick)
        QWidget.setTabOrder(tick, field)
    layout.addWidget(field, 1)
    editor.setFocusProxy(tick if tick is not None else field)
    editor.stops = [w for w in (tick, field) if w is not None]


def _initial_moment(answer: Any) -> QDateTime:
    if isinstance(answer, datetime):
        return QDateTime(answer.astimezone().replace(tzinfo=None))
    start = (datetime.now() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    return QDateTime(QDate(start.date()), QTime(start.hour, 0))
