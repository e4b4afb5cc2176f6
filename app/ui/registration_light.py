"""The SIP account's registration as a coloured light, with the plain reason ("wrong user or password") on hover.

Green registered, amber registering or registrar unreachable (the phone keeps trying by itself), red failed
(someone has to act: a password, an extension), grey no account or not registered. The colour is never the only
cue: the tooltip and the accessible description say the state and the reason in words.
"""

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = {"registered": "#1b7f3b", "registering": "#c77700", "failed": "#b3261e"}
NO_ACCOUNT_COLOUR = "#9aa0a6"
UNREACHABLE = "registrar unreachable"  # app.telephony.registration_reasons.UNREACHABLE (ui does not import telephony)


class RegistrationLight(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = "none"
        self.plain_reason = ""  # untranslated, from app.telephony.registration_reasons
        self.state_text = ""  # translated, e.g. "SIP: not registered"
        self.reason_text = ""  # translated plain reason, e.g. "wrong user or password"
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("SIP registration"))
        self.setToolTip(self.tr("No SIP account: calls go out on the demo line"))
        self.setAccessibleDescription(self.toolTip())

    def sizeHint(self) -> QSize:
        return QSize(14, 14)

    @property
    def colour(self) -> str:
        if self.state == "failed" and self.plain_reason == UNREACHABLE:
            return COLOURS["registering"]
        return COLOURS.get(self.state, NO_ACCOUNT_COLOUR)

    def show_registration(self, state: str, plain_reason: str) -> None:
        """``state``: "registering" | "registered" | "failed" | "unregistered"; ``plain_reason`` from
        app.telephony.registration_reasons, shown translated when it is one of the known phrases."""
        self.state, self.plain_reason = state, plain_reason
        texts = {
            "registering": self.tr("SIP: registering…"),
            "registered": self.tr("SIP: registered"),
            "failed": self.tr("SIP: not registered"),
            "unregistered": self.tr("SIP: not registered"),
        }
        reasons = {
            "wrong user or password": self.tr("wrong user or password"),
            "unknown user": self.tr("unknown user"),
            "registrar unreachable": self.tr("registrar unreachable"),
            "no password stored": self.tr("no password stored"),
            "registered": self.tr("registered"),
            "registering": self.tr("registering"),
            "not registered": self.tr("not registered"),
        }
        text = texts.get(state, state)
        reason = reasons.get(plain_reason, plain_reason)
        self.state_text, self.reason_text = text, reason
        self.setToolTip(f"{text} — {reason}" if reason and reason not in text else text)
        self.setAccessibleDescription(self.toolTip())
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 2
        painter.setPen(QColor("#5f6368"))
        painter.setBrush(QColor(self.colour))
        painter.drawEllipse((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        painter.end()
