"""Words for a call that a crash cut off, shown when the agent is asked to complete it."""

from PySide6.QtCore import QCoreApplication

from app.domain.call_log import CallEventKind, OpenCallView
from app.ui import display




def interrupted_call_summary(call: OpenCallView, language: str) -> str:
    number = display.masked_phone(call.number) if call.number.startswith("+") else call.number
    steps = [str(e.payload.get("step")) for e in call.events if e.kind == CallEventKind.SCRIPT_STEP_ENTERED]
    states = [str(e.payload.get("state")) for e in call.events if e.kind == CallEventKind.CALL_STATE]
    lines = [
        QCoreApplication.translate("InterruptedCallSummary", "This call was cut off when CallDesk stopped unexpectedly. Please complete it."),
        QCoreApplication.translate("InterruptedCallSummary", "Debtor: %1").replace("%1", call.debtor_name or "–"),
        QCoreApplication.translate("InterruptedCallSummary", "Number: %1").replace("%1", number),
        QCoreApplication.translate("InterruptedCallSummary", "Started: %1").replace("%1", display.moment(call.started_at, language)),
        QCoreApplication.translate("InterruptedCallSummary", "Call states logged: %1").replace("%1", " → ".join(states) or "–"),
        QCoreApplication.translate("InterruptedCallSummary", "Script steps reached: %1").replace("%1", " → ".join(steps) or "–"),
    ]
    return "\n".join(lines)
