"""After every call the agent must say how it ended: an outcome code, the details it needs, an optional note.

A promise to pay needs the account, the amount and a date (today or later); a callback needs a time in the
future. The dialog is prefilled from what the script recorded (OutcomeSuggestion); the agent confirms.
"""

from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.call_outcome import CallOutcome
from app.domain.outcomes import OutcomeCode, OutcomeNeeds, outcome_for, selectable_outcomes
from app.services.outcome_suggestion import OutcomeSuggestion
from app.services.plan_offers import first_payment_promise
from app.ui.outcome_details import CallbackFields, PlanSummaryBox, PromiseFields

MAX_NOTE_LENGTH = 2000
PLAN_OUTCOMES = (OutcomeCode.PROMISE_TO_PAY, OutcomeCode.HARDSHIP)  # outcomes an accepted plan is saved with
_ERROR = "color: #8c1d18; background: #fdecea; padding: 6px; border-radius: 4px;"
_MISSING = "color: #5f6368;"


def _now() -> datetime:
    return datetime.now(timezone.utc)


class OutcomeDialog(QDialog):
    """Modal and not dismissable: the call log needs an outcome, so Escape and the close button do nothing."""

    def __init__(self, language: str, context_text: str = "", parent: QWidget | None = None, *,
                 suggestion: OutcomeSuggestion | None = None, accounts: Sequence[str] = (),
                 ask_details: bool = True, clock: Callable[[], datetime] = _now) -> None:
        """``accounts``: the debtor's account numbers, the call's own account first (shown by last four digits)."""
        super().__init__(parent)
        self._ask_details = ask_details
        self._clock = clock
        self._accounts: list[str] = []
        self.setWindowTitle(self.tr("Call outcome"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.outcome_list = QListWidget(self)
        self.outcome_list.setAccessibleName(self.tr("Outcome codes"))
        for number, outcome in enumerate(selectable_outcomes(), start=1):
            text = f"{number}. {outcome.label(language)}" if number <= 9 else outcome.label(language)
            item = QListWidgetItem(text, self.outcome_list)
            item.setData(Qt.ItemDataRole.UserRole, outcome.code.value)
        self.promise_fields = PromiseFields(self)
        self.callback_fields = CallbackFields(self)
        self.plan_box = PlanSummaryBox(language, self)
        self.confirmation_view = QPlainTextEdit(self)  # the confirmation SMS the script prepared, to send or copy
        self.confirmation_view.setReadOnly(True)
        self.confirmation_view.setAccessibleName(self.tr("Confirmation text to send"))
        self.confirmation_view.setMaximumHeight(90)
        self.confirmation_label = QLabel(self.tr("Confirmation SMS (prepared from the call, logged)"), self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Note (optional): what was agreed, what to do next"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)  # Tab leaves the note for Save; Return starts a new line
        self.note_edit.textChanged.connect(self._update)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("outcomeMissing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet(_MISSING)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("outcomeError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Save outcome"))
        self._build_layout(context_text)
        self.outcome_list.itemSelectionChanged.connect(self._update)
        self.outcome_list.itemDoubleClicked.connect(lambda _item: self.accept())
        for fields in (self.promise_fields, self.callback_fields, self.plan_box):
            fields.changed.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):  # save from any field, the note too
            QShortcut(keys, self, self.accept)
        self.resize(720, 600)
        self.prepare(suggestion, accounts)

    def prepare(self, suggestion: OutcomeSuggestion | None, accounts: Sequence[str]) -> None:
        """Fill in the call, as the constructor does with ``suggestion`` and ``accounts``: for a dialog built ahead of
        time without them (building one when the call ends stalls the window), once, when its call ends."""
        self._accounts = list(accounts)
        self.promise_fields.set_accounts(self._accounts, self._today())
        self.callback_fields.set_now(self._clock())
        self.outcome_list.setCurrentRow(-1)  # nothing picked, not even row 1 when the list takes the focus
        self._prefill(suggestion)
        self._update()

    def _build_layout(self, context_text: str) -> None:
        details = QVBoxLayout()
        for widget in (self.promise_fields, self.callback_fields, self.plan_box):
            details.addWidget(widget)
        details.addWidget(self.confirmation_label)
        details.addWidget(self.confirmation_view)
        details.addWidget(QLabel(self.tr("Note"), self))
        details.addWidget(self.note_edit, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.outcome_list, 1)
        columns.addLayout(details, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How did the call end? Pick one outcome (keys 1–9), then Tab through its "
                                        "details; Ctrl+Enter saves."), self))
        if context_text:
            context = QLabel(context_text, self)
            context.setObjectName("callContext")
            context.setWordWrap(True)
            layout.addWidget(context)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.outcome_list.setFocus()

    def _set_tab_order(self) -> None:
        """The order an agent fills it in: outcome, its details, the note, Save (hidden fields are skipped)."""
        promise, callback = self.promise_fields, self.callback_fields
        chain: list[QWidget] = [self.outcome_list, promise.account_field, promise.amount_field, promise.date_field,
                                callback.when_field, self.plan_box.include_box, self.note_edit, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.confirmation_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # read-only: selectable, not a Tab stop

    def _prefill(self, suggestion: OutcomeSuggestion | None) -> None:
        sms = next((text for _id, channel, text in suggestion.messages if channel == "sms"), "") if suggestion else ""
        self.confirmation_view.setPlainText(sms)
        self.confirmation_view.setVisible(bool(sms))
        self.confirmation_label.setVisible(bool(sms))
        if suggestion is None:
            return
        plan = suggestion.plan
        self.plan_box.show_plan(plan)
        amount, due_on = suggestion.promise_amount, suggestion.promise_date
        if plan is not None and amount is None and self._accounts:
            first = first_payment_promise(plan, self._accounts[0])
            if first is not None:
                amount, due_on = first.amount, due_on or first.due_on
        self.promise_fields.prefill(amount, due_on)
        self.callback_fields.prefill(suggestion.callback_at)
        if suggestion.code is not None:
            try:
                self.choose(suggestion.code)
            except KeyError:
                pass  # not an outcome the agent may pick: they choose

    def _today(self) -> date:
        return self._clock().astimezone().date()

    # -- what the agent chose ------------------------------------------------------------------------------------

    def choose(self, code: str) -> None:
        for row in range(self.outcome_list.count()):
            if self.outcome_list.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.outcome_list.setCurrentRow(row)
                return
        raise KeyError(code)

    @property
    def outcome_code(self) -> str | None:
        """The picked outcome: the selected row (the list's current row alone is only where its focus is)."""
        items = self.outcome_list.selectedItems()
        return None if not items else str(items[0].data(Qt.ItemDataRole.UserRole))

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _needs(self) -> OutcomeNeeds:
        code = self.outcome_code
        return OutcomeNeeds.NOTHING if code is None or not self._ask_details else outcome_for(code).needs

    def _with_plan(self) -> bool:
        return self._ask_details and self.plan_box.summary is not None and self.outcome_code in PLAN_OUTCOMES

    def problem(self) -> str | None:
        """Why the outcome cannot be saved yet, in words for the agent; None when it can."""
        if self.outcome_code is None:
            return self.tr("Pick the outcome that describes how the call ended.")
        if len(self.note) > MAX_NOTE_LENGTH:
            return self.tr("The note is %1 characters long; shorten it to %2 (longer notes go in the record's Notes "
                           "tab).").replace("%1", str(len(self.note))).replace("%2", str(MAX_NOTE_LENGTH))
        needs = self._needs()
        if needs is OutcomeNeeds.PROMISE:
            return self.promise_fields.problem(self._today())
        if needs is OutcomeNeeds.CALLBACK:
            return self.callback_fields.problem(self._clock())
        return None

    @property
    def call_outcome(self) -> CallOutcome | None:
        """The outcome with the details its follow-up needs; None until it is complete."""
        code = self.outcome_code
        if code is None or self.problem() is not None:
            return None
        needs = self._needs()
        plan_account = self._accounts[0] if self._accounts else None
        return CallOutcome(
            code=code, note=self.note,
            promise=self.promise_fields.terms() if needs is OutcomeNeeds.PROMISE else None,
            callback_at=self.callback_fields.when if needs is OutcomeNeeds.CALLBACK else None,
            plan=self.plan_box.agreed(plan_account) if self._with_plan() else None,
        )

    def show_error(self, text: str) -> None:
        """The session could not store the outcome (its message says why); the dialog stays for a correction."""
        self.error_label.setText(text)
        self.error_label.show()

    def _update(self) -> None:
        needs = self._needs()
        self.promise_fields.setVisible(needs is OutcomeNeeds.PROMISE)
        self.callback_fields.setVisible(needs is OutcomeNeeds.CALLBACK)
        self.plan_box.setVisible(self._with_plan())
        self.error_label.hide()
        problem = self.problem()
        self.missing_label.setText(problem or "")
        self.missing_label.setVisible(problem is not None)
        self.save_button.setEnabled(problem is None)

    # -- closing -------------------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()

    def reject(self) -> None:
        """Escape and closing the window are ignored until an outcome is picked."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        typing = isinstance(self.focusWidget(), (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox))
        if not typing and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            row = key - Qt.Key.Key_1
            if row < self.outcome_list.count():
                self.outcome_list.setCurrentRow(row)
                return
        super().keyPressEvent(event)
