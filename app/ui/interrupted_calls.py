"""Completing calls a crash cut off: the same outcome form as after a normal call, with the call's trace above it
and what the trace supports preselected, so a promise or a callback saved here creates what it creates after a call.
"""

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.call_log import OpenCallView
from app.services.call_session import CallSession
from app.services.debtor_directory import DebtorDirectory
from app.services.plan_offers import PlanBasis
from app.ui.interrupted_call_summary import interrupted_call_summary
from app.ui.outcome_dialog import OutcomeDialog

log = logging.getLogger(__name__)


def complete_interrupted_calls(calls: Sequence[OpenCallView], session: CallSession, directory: DebtorDirectory,
                               language: str, parent: QWidget) -> None:
    """One modal outcome form per call, in order; a refused save (the message says why) keeps the form open."""
    for call in calls:
        dialog = interrupted_call_dialog(call, session, directory, language, parent)
        try:
            if not _complete(call, dialog, session):
                return  # CallDesk is closing (the loop was left unsaved): the rest are offered at the next start
        finally:
            dialog.deleteLater()


def _complete(call: OpenCallView, dialog: OutcomeDialog, session: CallSession) -> bool:
    """True once the call's outcome is saved; False when the form's loop ended without it (shutdown)."""
    while dialog.exec():  # only Save ends it, or leaving every event loop at shutdown
        outcome = dialog.call_outcome
        if outcome is None:
            continue
        try:
            session.interrupted.complete(call, outcome)
            return True
        except ValueError as error:
            dialog.show_error(str(error))
    return False


def interrupted_call_dialog(call: OpenCallView, session: CallSession, directory: DebtorDirectory, language: str,
                            parent: QWidget) -> OutcomeDialog:
    summary = interrupted_call_summary(call, session.interrupted.trace(call), language)
    dialog = OutcomeDialog(language, summary, parent, suggestion=session.interrupted.suggestion(call),
                           accounts=_account_numbers(call, directory))
    dialog.setWindowTitle(QCoreApplication.translate("InterruptedCalls", "Complete an interrupted call"))
    return dialog


def _account_numbers(call: OpenCallView, directory: DebtorDirectory) -> list[str]:
    """The debtor's accounts, the one a call is about first (as after a normal call)."""
    if call.debtor_id is None:
        return []
    try:
        record = directory.record(call.debtor_id)
    except (KeyError, LookupError):
        log.warning("interrupted call %d: debtor %d is no longer on file", call.call_id, call.debtor_id)
        return []
    numbers = [account.account_number for account in record.accounts]
    basis = PlanBasis.of(record)
    if basis is not None:
        numbers.sort(key=lambda number: number != basis.account_number)
    return numbers
