"""What an open case flag means for a call about to be dialled: blocked, or a reminder of the hold."""

from PySide6.QtCore import QCoreApplication

from app.domain.follow_ups import CaseFlagView
from app.domain.outcomes import CaseFlag


def _blocking_messages() -> dict[CaseFlag, str]:
    translate = QCoreApplication.translate
    return {
        CaseFlag.CEASE_CONTACT: translate("CollectionHold", "This debtor asked not to be called (since %1). "
                                                            "Calls are blocked; use the channel they asked for."),
        CaseFlag.DECEASED: translate("CollectionHold", "This debtor is recorded as deceased (since %1). "
                                                       "Calls are blocked; the case is with the estates team."),
        CaseFlag.LEGAL: translate("CollectionHold", "This debtor is in bankruptcy or legal proceedings (since %1). "
                                                    "Calls are blocked; the legal team handles the case."),
    }


def _reminders() -> dict[CaseFlag, str]:
    translate = QCoreApplication.translate
    return {
        CaseFlag.HARDSHIP: translate("CollectionHold", "Hardship recorded on %1: collection is paused. "
                                                       "Only call as agreed, and make no payment demands."),
        CaseFlag.DISPUTE: translate("CollectionHold", "A dispute is open since %1: "
                                                      "collection on the disputed item is stopped until it is reviewed."),
    }


def hold_notice(hold: CaseFlagView) -> tuple[bool, str]:
    """(blocked, message): no call after cease-contact, death or legal proceedings; for hardship and disputes a
    reminder (a call the debtor agreed to is still allowed)."""
    since = hold.raised_at.astimezone().strftime("%Y-%m-%d")
    blocking = _blocking_messages()
    if hold.kind in blocking:
        return True, blocking[hold.kind].replace("%1", since)
    fallback = QCoreApplication.translate("CollectionHold", "Collection is on hold for this debtor since %1.")
    return False, _reminders().get(hold.kind, fallback).replace("%1", since)
