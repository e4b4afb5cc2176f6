"""Vocabulary of the append-only call log."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class CallDirection(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class CallEventKind(StrEnum):
    DIALLED = "dialled"  # payload: {"target": sip uri, "account": last 4 digits} (written before the INVITE)
    CALL_STATE = "call_state"  # payload: {"state": "calling"|"early"|"confirmed"|"disconnected", "sip_code": int, "reason": str}
    MEDIA = "media"  # payload: {"audio": "active"|"hold"|"none", "null_audio_device": bool}
    SCRIPT_STEP_ENTERED = "script_step_entered"  # payload: {"step": str}
    SCRIPT_STEP_LEFT = "script_step_left"  # payload: {"step": str}
    SCRIPT_ANSWER = "script_answer"  # payload: {"step": str, "answer": ...}
    RECORDING = "recording"  # payload: {"state": "started"|"stopped", "path": str}
    OUTCOME = "outcome"  # payload: {"code": str, "note": str}
    INTERRUPTED = "interrupted"  # payload: {"reason": str}


@dataclass(frozen=True)
class CallEventView:
    sequence: int
    wall_time: datetime
    monotonic_ns: int
    kind: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class OpenCallView:
    """A call found open at start-up (the app crashed mid-call) and closed as interrupted."""

    call_id: int
    debtor_id: int | None
    debtor_name: str | None
    number: str
    started_at: datetime
    events: tuple[CallEventView, ...]
