"""Asking for a call's outcome: the dialog, prefilled from the script, saved through the session; when the
session refuses the details (a ValueError with a message for the agent) the dialog comes back with it."""

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.call_session import CallSession
from app.ui.outcome_dialog import OutcomeDialog


class OutcomeFlow(QObject):
    dialog_shown = Signal(object)  # the OutcomeDialog, for tests and tooling
    outcome_saved = Signal(str)  # outcome code

    def __init__(self, session: CallSession, language: str, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._language = language
        self._window = window
        self.dialog: OutcomeDialog | None = None

    def ask(self, account_numbers: Sequence[str]) -> OutcomeDialog:
        dialog = OutcomeDialog(self._language, parent=self._window, suggestion=self._session.outcome_suggestion,
                               accounts=account_numbers)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.open()
        self.dialog_shown.emit(dialog)
        return dialog

    def _save(self, dialog: OutcomeDialog) -> None:
        outcome = dialog.call_outcome
        if outcome is None:
            dialog.open()
            return
        try:
            self._session.record_outcome(outcome)
        except ValueError as error:
            dialog.show_error(str(error))
            dialog.open()
            return
        self.dialog = None
        dialog.deleteLater()
        self.outcome_saved.emit(outcome.code)
