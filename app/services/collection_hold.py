"""What an open case flag means for a call about to be dialled: blocked, or a reminder of the hold."""

from PySide6.QtCore import QCoreApplication

from app.domain.follow_ups import CaseFlagView
from app.domain.outcomes import CaseFlag


def _tr(text: str) -> str:
    return QCoreApplication.translate("CollectionHold", text)


def hold_notice(hold: CaseFlagView) -> tuple[bool, str]:
    """(blocked, message): no call after cease-contact, death or legal proceedings; for hardship and disputes a
    reminder (a call the debtor agreed to is still allowed)."""
    since = hold.raised_at.astimezone().strftime("%Y-%m-%d")
    blocked = {
        CaseFlag.CEASE_CONTACT: _tr("This debtor asked not to be called (since %1). Calls are blocked; use the "
                                    "channel they asked for."),
        CaseFlag.DECEASED: _tr("This debtor is recorded as deceased (since %1). Calls are blocked; the case is "
                               "with the estates team."),
        CaseFlag.LEGAL: _tr("This debtor is in bankruptcy or legal proceedings (since %1). Calls are blocked; the "
                            "legal team handles the case."),
    }
    if hold.kind in blocked:
        return True, blocked[hold.kind].replace("%1", since)
    reminders = {
        CaseFlag.HARDSHIP: _tr("Hardship recorded on %1: collection is paused. Only call as agreed, and make no "
                               "payment demands."),
        CaseFlag.DISPUTE: _tr("A dispute is open since %1: collection on the disputed item is stopped until it is "
                              "reviewed."),
    }
    return False, reminders.get(hold.kind, _tr("Collection is on hold for this debtor since %1.")).replace("%1", since)
