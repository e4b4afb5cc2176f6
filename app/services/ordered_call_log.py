"""The call log as a call's parts use it while a writer commits the events: in the order things happened.

Writes that only set columns of the call row (answered, ended, the recording, the quality summary, the debtor)
join the writer's queue behind the events before them, so the GUI thread does not wait for their commit either.
A write whose answer or error the caller needs (the outcome, closing interrupted calls) first waits for the queue
to drain (``flush``), then runs on the caller's thread: an OUTCOME event always follows the call's other events.
``start_call`` needs no wait: a new call row follows nothing.
"""

from datetime import datetime
from typing import Any

from app.domain.call_log import OpenCallView
from app.services.call_log import CallLog
from app.services.call_log_writer import CallLogWriter, Report


class OrderedCallLog:
    def __init__(self, call_log: CallLog, writer: CallLogWriter, report: Report) -> None:
        self._call_log = call_log
        self._writer = writer
        self._report = report  # a queued write that failed (held, retried): on the GUI thread

    def start_call(
        self, *, call_uuid: str, direction: str, number: str, agent_login: str, debtor_id: int | None,
        account_id: int | None = None, script_id: str | None, script_version: int | None,
        account_number: str | None = None,
    ) -> int:
        return self._call_log.start_call(
            call_uuid=call_uuid, direction=direction, number=number, agent_login=agent_login, debtor_id=debtor_id,
            account_id=account_id, script_id=script_id, script_version=script_version, account_number=account_number)

    def append_event(self, call_id: int, kind: str, payload: dict[str, Any], wall_time: datetime | None = None,
                     monotonic_ns: int | None = None) -> int:
        self._writer.flush()
        return self._call_log.append_event(call_id, kind, payload, wall_time, monotonic_ns)

    def mark_answered(self, call_id: int, when: datetime) -> None:
        self._writer.submit(lambda: self._call_log.mark_answered(call_id, when), self._report)

    def mark_ended(self, call_id: int, when: datetime, end_reason: str) -> None:
        self._writer.submit(lambda: self._call_log.mark_ended(call_id, when, end_reason), self._report)

    def set_debtor(self, call_id: int, debtor_id: int, account_number: str | None = None) -> None:
        self._writer.submit(lambda: self._call_log.set_debtor(call_id, debtor_id, account_number), self._report)

    def set_recording(self, call_id: int, path: str, sha256: str | None, duration_ms: int | None) -> None:
        self._writer.submit(lambda: self._call_log.set_recording(call_id, path, sha256, duration_ms), self._report)

    def set_quality_summary(self, call_id: int, summary: dict[str, Any]) -> None:
        values = dict(summary)
        self._writer.submit(lambda: self._call_log.set_quality_summary(call_id, values), self._report)

    def set_outcome(self, call_id: int, code: str, note: str) -> None:
        self._writer.flush()
        self._call_log.set_outcome(call_id, code, note)

    def close_interrupted_calls(self, agent_login: str | None = None) -> list[OpenCallView]:
        self._writer.flush()
        return self._call_log.close_interrupted_calls(agent_login=agent_login)

    def complete_interrupted(self, call_id: int, code: str, note: str) -> None:
        self._writer.flush()
        self._call_log.complete_interrupted(call_id, code, note)

    def link_recovered_recording(self, call_id: int, path: str, sha256: str | None, duration_ms: int | None,
                                 estimated_end: datetime | None) -> None:
        self._writer.flush()
        self._call_log.link_recovered_recording(call_id, path, sha256, duration_ms, estimated_end)
