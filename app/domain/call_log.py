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
    #                            ("waiting": an incoming call held in the call-waiting list, app/services/call_waiting.py)
    MEDIA = "media"  # payload: {"audio": "active"|"hold"|"none", "null_audio_device": bool}
    # Script events (app/scripts/engine.py); each also carries "recording_offset_ms" while the call is recorded.
    SCRIPT_STEP_ENTERED = "script_step_entered"  # payload: {"step", "phase", "via": start|next|back|skip|branch}
    SCRIPT_STEP_LEFT = "script_step_left"  # payload: {"step", "via": next|back|skip|branch|finish|call_ended}
    SCRIPT_ANSWER = "script_answer"  # payload: {"step", "var", "kind", "answer": JSON-safe value}
    SCRIPT_GATE = "script_gate"  # payload: {"gate": recording_notice|right_party_verified|outcome_recorded|<refusal
    #                                          code>, "passed": bool, "step"}
    SCRIPT_SKIP = "script_skip"  # payload: {"step", "reason", "mandatory": bool}
    SCRIPT_BRANCH = "script_branch"  # payload: {"branch", "from", "to"}
    SCRIPT_ERROR = "script_error"  # payload: {"step", "reason": exception type}: the step broke on a fault in
    #                                  the script; the call goes on and the agent sees a calm message
    PLAN_OFFERED = "plan_offered"  # payload: {"step", "plan": plan summary}
    PLAN_ACCEPTED = "plan_accepted"  # payload: {"step", "plan": plan summary}
    OUTCOME_PROPOSED = "outcome_proposed"  # payload: {"code", "step"}: what the script suggests; OUTCOME is final
    CONFIRMATION_PREPARED = "confirmation_prepared"  # payload: {"message", "channel": sms|letter, "text"}
    # payload: {"state": "recording"|"paused"|"stopped", "path": str, "offset_ms": ms into the file,
    #           and when stopped "sha256": hex, "duration_ms": int}
    RECORDING = "recording"
    QUALITY_SUMMARY = "quality_summary"  # payload: {"samples", "codec", "mos_min", "mos_avg", "loss_percent_max", ...}
    DTMF = "dtmf"  # payload: {"direction": "sent"|"received", "keys": count, "method": "rfc2833"|"sip_info"} never the keys
    HOLD = "hold"  # payload: {"held": bool, "by": "agent"|"far_end"} ("by" only when held)
    MUTE = "mute"  # payload: {"muted": bool}
    # The headset during the call (app/telephony/pjsua2_headset.py): lost (unplugged, sound server stopped), back, or
    # switched in Settings; the call itself goes on either way.
    SOUND_DEVICE = "sound_device"  # payload: {"reason": lost|back|in_use|not_found|failed|null_chosen, "silent": bool}
    # Transfers, consultation and conference (app/services/call_controls.py), always on the debtor's call:
    TRANSFER_REQUESTED = "transfer_requested"  # payload: {"mode": "blind"|"attended", "target": sip uri (blind only)}
    TRANSFER_RESULT = "transfer_result"  # payload: {"mode", "sip_code", "reason", "ok": bool} (the final NOTIFY)
    CONSULTATION = "consultation"  # payload: {"state": calling|ringing|connected|ended|cancelled, "target" (calling),
    #                                         "sip_code", "reason" (ended)}: the second call, which has no row of its own
    CONFERENCE = "conference"  # payload: {"joined": bool, "parties": 3}
    CALL_REPLACED = "call_replaced"  # payload: {"which": "debtor"|"consultation", "remote": uri} (INVITE with Replaces)
    OUTCOME = "outcome"  # payload: {"code": str, "note": str}
    INTERRUPTED = "interrupted"  # payload: {"reason": str}
    # The agent named an inbound call's debtor (chooser or search); the call row's debtor is set then:
    CALLER_IDENTIFIED = "caller_identified"  # payload: {"debtor_id", "by", "script", "script_version", "script_rebuilt"}
    # Follow-ups written with the outcome ("account": last 4 digits only):
    PROMISE_RECORDED = "promise_recorded"  # payload: {"promise_id", "account", "amount": str, "due_on": iso date}
    CALLBACK_SCHEDULED = "callback_scheduled"  # payload: {"callback_id", "due_at": iso time}
    PLAN_AGREED = "plan_agreed"  # payload: {"plan_id", "kind", "account", "total": str, "instalments": n, "status"}
    FLAG_RAISED = "flag_raised"  # payload: {"flag_id", "kind", "account": last 4 or None, "cancelled_callbacks": [ids]}
    # Someone replayed the call's recording (app/services/recording_playback.py), as it starts playing:
    RECORDING_PLAYED = "recording_played"  # payload: {"by": agent login, "role": seat role}


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
    answered_at: datetime | None = None
    ended_at: datetime | None = None  # for a call cut off mid-call, an estimate (see ended_by_crash)
    ended_by_crash: bool = False  # cut off mid-call, not while its outcome was being picked
    recording_path: str | None = None
    script_id: str | None = None
