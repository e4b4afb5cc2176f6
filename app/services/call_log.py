"""The call log as the call session needs it: implemented by the database repository."""

from datetime import datetime
from typing import Any, Protocol

from app.domain.call_log import OpenCallView


class CallLog(Protocol):
    def start_call(
        self, *, call_uuid: str, direction: str, number: str, agent_login: str, debtor_id: int | None,
        account_id: int | None = None, script_id: str | None, script_version: int | None,
    ) -> int: ...

    def append_event(self, call_id: int, kind: str, payload: dict[str, Any], wall_time: datetime | None = None,
                     monotonic_ns: int | None = None) -> int: ...

    def mark_answered(self, call_id: int, when: datetime) -> None: ...

    def mark_ended(self, call_id: int, when: datetime, end_reason: str) -> None: ...

    def set_outcome(self, call_id: int, code: str, note: str) -> None: ...

    def set_recording(self, call_id: int, path: str, sha256: str | None, duration_ms: int | None) -> None: ...

    def set_quality_summary(self, call_id: int, summary: dict[str, Any]) -> None: ...

    def close_interrupted_calls(self, agent_login: str | None = None) -> list[OpenCallView]: ...

    def complete_interrupted(self, call_id: int, code: str, note: str) -> None: ...
