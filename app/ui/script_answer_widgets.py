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
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.script_view import QuestionView
from app.ui.flow_layout import FlowLayout
from app.ui.qt_dates import from_qdate, from_qdatetime, to_qdate, to_qdatetime

AMOUNT_PATTERN = r"\d{0,9}(\.\d{0,2})?"
MAX_TEXT_LENGTH = 1000
_FIELD_ERROR = "color: #b00020;"


class AnswerEditor(QWidget):
    """Base: ``value()`` is the typed answer or None; ``changed`` fires on every edit by the agent.

    An editor is built once per kind and reused: ``show_question`` puts the next question of its kind in the same
    widgets (a new node must not build, polish and lay out new widgets while the agent is talking).
    """

    changed = Signal()

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.stops: list[QWidget] = []
        self._loading = False

    def show_question(self, question: QuestionView) -> None:
        """Show ``question`` and the answer given so far; ``changed`` does not fire for it."""
        self.question = question
        self.setAccessibleName(question.prompt)
        self._loading = True
        try:
            self._load(question)
        finally:
            self._loading = False

    def _load(self, question: QuestionView) -> None:
        raise NotImplementedError

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def value(self) -> Any:
        raise NotImplementedError

    def choose_number(self, number: int) -> bool:
        """Keyboard digits: only choice questions use them."""
        return False

    def focus_widgets(self) -> list[QWidget]:
        """The editor's stops in the pane's tab order."""
        proxy = self.focusProxy()
        return self.stops or ([proxy] if proxy is not None else [])


PREBUILT_CHOICES = 9  # the buttons the digit keys reach, built (and styled) with the pane, not at a call's answer


class ChoiceEditor(AnswerEditor):
    """Radio buttons numbered 1–9 for the keyboard, side by side while they fit the pane's width (nine reasons must
    show without scrolling at 1366×768); buttons are kept for the next choice question. Nine are built with the editor:
    built when a call's first question showed (each styled and added to the layout), they were a third of the stall
    of the call's connect (bench/gui_stall.py)."""

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []  # the question's choices, in order
        self._pool: list[QRadioButton] = []
        self._layout = FlowLayout(self, spacing=2)
        self.group.idToggled.connect(self._toggled)
        self._grow(PREBUILT_CHOICES)
        self.show_question(question)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._edited()

    def _grow(self, count: int) -> None:
        """At least ``count`` buttons in the pool (hidden until a question uses them)."""
        while len(self._pool) < count:
            button = QRadioButton(self)
            button.setStyleSheet("font-size: 10pt; padding: 1px 8px 1px 1px;")
            button.hide()
            self.group.addButton(button, len(self._pool))
            self._pool.append(button)
            self._layout.addWidget(button)

    def _load(self, question: QuestionView) -> None:
        self._grow(len(question.choices))
        self.group.setExclusive(False)  # an exclusive group cannot clear its checked button
        for number, button in enumerate(self._pool, start=1):
            choice = question.choices[number - 1] if number <= len(question.choices) else None
            button.setChecked(choice is not None and choice.choice_id == question.answer)
            if choice is not None:
                button.setText(f"{number}. {choice.label}" if number <= 9 else choice.label)
                button.setAccessibleName(choice.label)
            button.setVisible(choice is not None)
        self.group.setExclusive(True)
        self.buttons = self._pool[:len(question.choices)]
        checked = self.group.checkedButton()
        # None clears the proxy: Qt takes it, the stubs do not say so.
        self.setFocusProxy(checked or (self.buttons[0] if self.buttons else None))  # type: ignore[arg-type]  # None clears the proxy; Qt takes it, the stubs do not say so

    def value(self) -> str | None:
        index = self.group.checkedId()
        return None if not 0 <= index < len(self.question.choices) else self.question.choices[index].choice_id

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
        self.field.setPlaceholderText(self.tr("Amount, e.g. 1500.00"))
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self.field))
        self.field.setMaxLength(13)
        self.field.setStyleSheet("font-size: 12pt;")
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
        self.show_question(question)

    def _load(self, question: QuestionView) -> None:
        self.field.setAccessibleName(question.prompt)
        self.field.setText(f"{question.answer:.2f}" if isinstance(question.answer, Decimal) else "")
        self.error.hide()

    def _on_text(self, _text: str) -> None:
        self.error.hide()
        self._edited()

    def value(self) -> Decimal | None:
        return parse_amount(self.field.text())


class DateEditor(AnswerEditor):
    """A date with a calendar popup; an optional question gets a tick box, so "no date" can be recorded."""

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.field = QDateEdit(self)
        self.field.setCalendarPopup(True)
        self.field.setDisplayFormat("yyyy-MM-dd")
        self._tick = _row(self, self.field, self.tr("Record a date"))
        self.given: QCheckBox | None = None  # the tick, on an optional question
        self.field.dateChanged.connect(self._edited)
        self.show_question(question)

    def _load(self, question: QuestionView) -> None:
        self.field.setAccessibleName(question.prompt)
        self.field.setDate(to_qdate(question.answer) if isinstance(question.answer, date) else QDate.currentDate())
        self.given = _show_tick(self, self._tick, self.field, question)

    def value(self) -> date | None:
        if self.given is not None and not self.given.isChecked():
            return None
        return from_qdate(self.field.date())


class DateTimeEditor(AnswerEditor):
    """A local date and time (calendar popup); the answer is aware, in the agent's time zone."""

    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.field = QDateTimeEdit(self)
        self.field.setCalendarPopup(True)
        self.field.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._tick = _row(self, self.field, self.tr("Record a time"))
        self.given: QCheckBox | None = None
        self.field.dateTimeChanged.connect(self._edited)
        self.show_question(question)

    def _load(self, question: QuestionView) -> None:
        self.field.setAccessibleName(question.prompt)
        self.field.setDateTime(_initial_moment(question.answer))
        self.given = _show_tick(self, self._tick, self.field, question)

    def value(self) -> datetime | None:
        if self.given is not None and not self.given.isChecked():
            return None
        moment: datetime = from_qdatetime(self.field.dateTime())
        return moment.replace(second=0, microsecond=0).astimezone()


class TextEditor(AnswerEditor):
    def __init__(self, question: QuestionView, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.field = QLineEdit(self)
        self.field.setMaxLength(MAX_TEXT_LENGTH)
        self.field.setStyleSheet("font-size: 12pt;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        self.setFocusProxy(self.field)
        self.stops = [self.field]
        self.field.textChanged.connect(self._edited)
        self.show_question(question)

    def _load(self, question: QuestionView) -> None:
        self.field.setAccessibleName(question.prompt)
        self.field.setText(question.answer if isinstance(question.answer, str) else "")

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


def _row(editor: AnswerEditor, field: QWidget, tick_text: str) -> QCheckBox:
    """The tick (shown for optional questions only) and the field, in a row; the tick enables the field."""
    tick = QCheckBox(tick_text, editor)
    tick.toggled.connect(field.setEnabled)
    tick.toggled.connect(editor._edited)
    layout = QHBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(tick)
    layout.addWidget(field, 1)
    QWidget.setTabOrder(tick, field)
    return tick


def _show_tick(editor: AnswerEditor, tick: QCheckBox, field: QWidget, question: QuestionView) -> QCheckBox | None:
    """The tick for an optional question (checked when it has an answer), else None; sets focus and tab stops."""
    optional = not question.required
    tick.setVisible(optional)
    tick.setChecked(optional and question.answer is not None)
    field.setEnabled(tick.isChecked() or not optional)
    editor.setFocusProxy(tick if optional else field)
    editor.stops = [tick, field] if optional else [field]
    return tick if optional else None


def _initial_moment(answer: Any) -> QDateTime:
    if isinstance(answer, datetime):
        return to_qdatetime(answer.astimezone().replace(tzinfo=None))
    start = (datetime.now() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
    return QDateTime(to_qdate(start.date()), QTime(start.hour, 0))
