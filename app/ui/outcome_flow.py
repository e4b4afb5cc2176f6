"""Asking for a call's outcome: the dialog, prefilled from the script, saved through the session; when the
session refuses the details (a ValueError with a message for the agent) the dialog comes back with it.

The dialog for the next call is built while the window is idle (after start-up, after each saved outcome), so the
end of a call only fills it in and opens it: built then, it would stall the window just as the call ends. It opens
in the event loop's next turn: the end of the call (the phone panel, the script's placeholder) is painted first and
the keyboard is read in between, instead of one stall of both (bench/gui_stall.py).
"""

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.services.call_session import CallSession
from app.ui.outcome_dialog import OutcomeDialog

SPARE_DELAY_MS = 500  # after start-up or a saved outcome: the window has settled by then
# Not 0: Qt runs a 0 ms single shot as a posted call in the same pass of the event loop as the call's end, before
# the timers that were due meanwhile; 1 ms makes it a timer of its own, after the repaint of the call's end.
OPEN_AFTER_MS = 1


class OutcomeFlow(QObject):
    dialog_shown = Signal(object)  # the OutcomeDialog, for tests and tooling
    outcome_saved = Signal(str)  # outcome code

    def __init__(self, session: CallSession, language: str, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._language = language
        self._window = window
        self.dialog: OutcomeDialog | None = None
        self._spare: OutcomeDialog | None = None  # built ahead, not yet prepared for a call
        self._to_open: OutcomeDialog | None = None  # prepared, opening in the next turn
        self._spare_timer = QTimer(self)
        self._spare_timer.setSingleShot(True)
        self._spare_timer.setInterval(SPARE_DELAY_MS)
        self._spare_timer.timeout.connect(self.build_spare)
        self._spare_timer.start()

    def build_spare(self) -> None:
        """Build (and style) the next call's dialog now, hidden; does nothing while one is ready."""
        if self._spare is None:
            spare = OutcomeDialog(self._language, parent=self._window)
            spare.ensurePolished()
            self._spare = spare

    def ask(self, account_numbers: Sequence[str]) -> OutcomeDialog:
        dialog, self._spare = self._spare, None
        if dialog is None:
            dialog = OutcomeDialog(self._language, parent=self._window)
        dialog.prepare(self._session.outcome_suggestion, account_numbers)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save(dialog))
        self._to_open = dialog
        dialog.finished.connect(lambda _result: self._opened_or_done(dialog))
        QTimer.singleShot(OPEN_AFTER_MS, self, lambda: self._open(dialog))
        return dialog

    def _open(self, dialog: OutcomeDialog) -> None:
        """Open the dialog ``ask`` prepared, unless it was done with meanwhile (saved, or closed by code)."""
        if self._to_open is dialog:
            self._to_open = None
            dialog.open()
            self.dialog_shown.emit(dialog)

    def _opened_or_done(self, dialog: OutcomeDialog) -> None:
        if self._to_open is dialog:
            self._to_open = None

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
        self._spare_timer.start()
        self.outcome_saved.emit(outcome.code)
