"""A line above the debtor's record when the call's number is not the debtor's own phone: whoever answers (or is
calling) may be a spouse, a parent or an employer, and the debt must not be disclosed to them (COLLECTIONS.md)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.domain.debtors import CallerMatch

_STYLE = "background: #fff4e5; color: #7a4100; padding: 6px; border: 1px solid #f0b35a; border-radius: 4px;"
_CONTEXT = "PhoneOwnerWords"


def owner_word(owner: str) -> str:
    """Whose phone, as a noun: "spouse", "employer"…"""
    words = {
        "self": QCoreApplication.translate(_CONTEXT, "debtor"),
        "spouse": QCoreApplication.translate(_CONTEXT, "spouse"),
        "parent": QCoreApplication.translate(_CONTEXT, "parent"),
        "relative": QCoreApplication.translate(_CONTEXT, "relative"),
        "employer": QCoreApplication.translate(_CONTEXT, "employer"),
        "friend": QCoreApplication.translate(_CONTEXT, "friend"),
    }
    return words.get(owner, QCoreApplication.translate(_CONTEXT, "other contact"))


def phone_type_word(phone_type: str) -> str:
    types = {
        "mobile": QCoreApplication.translate(_CONTEXT, "mobile"),
        "home": QCoreApplication.translate(_CONTEXT, "home"),
        "work": QCoreApplication.translate(_CONTEXT, "work"),
    }
    return types.get(phone_type, phone_type)


def whose_phone(match: CallerMatch) -> str:
    """ "spouse (Li Na), mobile" / "debtor, mobile": a chooser row's second column."""
    owner = owner_word(match.phone_owner)
    if match.owner_name and not match.own_phone:
        owner = QCoreApplication.translate(_CONTEXT, "%1 (%2)").replace("%1", owner).replace("%2", match.owner_name)
    return QCoreApplication.translate(_CONTEXT, "%1, %2").replace("%1", owner).replace(
        "%2", phone_type_word(match.phone_type))


class PhoneOwnerNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneOwnerNotice")
        self.setWordWrap(True)
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Whose phone this is"))
        self.hide()

    def show_for(self, match: CallerMatch | None, outgoing: bool) -> None:
        """Say whose phone the number is when it is not the debtor's own; hide otherwise."""
        if match is None or match.own_phone:
            if self.text() or not self.isHidden():  # already hidden and empty: no relayout on a screen pop
                self.clear()
                self.hide()
            return
        if outgoing:
            text = (self.tr("Calling the debtor's %1's phone (%2): a third party may answer — do not disclose the debt")
                    if match.owner_name else
                    self.tr("Calling the debtor's %1's phone: a third party may answer — do not disclose the debt"))
        else:
            text = (self.tr("Call from the debtor's %1's phone (%2): the caller may be a third party — do not disclose the debt")
                    if match.owner_name else
                    self.tr("Call from the debtor's %1's phone: the caller may be a third party — do not disclose the debt"))
        self.setText(text.replace("%1", owner_word(match.phone_owner)).replace("%2", match.owner_name or ""))
        self.show()
