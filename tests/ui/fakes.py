"""In-memory stand-ins for the database, so widget tests run in milliseconds."""

from dataclasses import replace
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from app.domain.call_log import CallEventView, OpenCallView
from app.domain.debtors import AccountView, ContactHistoryEntry, DebtorRecord, DebtorSummary, PhoneOnFile


def sample_record(debtor_id: int = 1, name: str = "张伟", phone: str = "+8613812345678") -> DebtorRecord:
    account = AccountView(
        account_number="6222020000001234", product="信用卡", principal=Decimal("10000"), interest=Decimal("1500.50"),
        fees=Decimal("200"), total_due=Decimal("11700.50"), minimum_due=Decimal("585.03"), due_date=date(2026, 10, 5),
        days_past_due=49, bucket="M2", currency="CNY",
    )
    return DebtorRecord(
        debtor_id=debtor_id, full_name=name, national_id="11010519491231002X", language="zh_CN",
        time_zone="Asia/Shanghai", address="北京市朝阳区建国路88号",
        phones=(PhoneOnFile(phone, "mobile", "self"), PhoneOnFile("+8613900001111", "mobile", "spouse", "李娜")),
        accounts=(account,),
    )


class FakeDirectory:
    def __init__(self, records: list[DebtorRecord]) -> None:
        self.records = {r.debtor_id: r for r in records}

    def _summary(self, r: DebtorRecord) -> DebtorSummary:
        return DebtorSummary(r.debtor_id, r.full_name, r.phones[0].number, r.accounts[0].bucket, r.days_past_due,
                             r.total_due, r.accounts[0].currency)

    def search(self, text: str, limit: int = 200) -> list[DebtorSummary]:
        return [self._summary(r) for r in self.records.values()
                if text in r.full_name or any(text in p.number for p in r.phones)][:limit]

    def list_debtors(self, limit: int = 200, offset: int = 0) -> list[DebtorSummary]:
        return [self._summary(r) for r in self.records.values()][offset:offset + limit]

    def record(self, debtor_id: int) -> DebtorRecord:
        return self.records[debtor_id]


class FakeCallLog:
    def __init__(self, directory: FakeDirectory | None = None) -> None:
        self.calls: dict[int, dict[str, Any]] = {}
        self.events: dict[int, list[tuple[str, dict[str, Any]]]] = {}
        self.directory = directory
        self.fail_writes = False

    def start_call(self, *, call_uuid: str, direction: str, number: str, agent_login: str, debtor_id: int | None,
                   account_id: int | None = None, script_id: str | None, script_version: int | None,
                   account_number: str | None = None) -> int:
        call_id = len(self.calls) + 1
        self.calls[call_id] = {"debtor_id": debtor_id, "number": number, "account_number": account_number,
                               "started_at": datetime.now(timezone.utc),
                               "ended_at": None, "outcome": None, "note": None}
        self.events[call_id] = []
        return call_id

    def append_event(self, call_id: int, kind: str, payload: dict[str, Any], wall_time: datetime | None = None,
                     monotonic_ns: int | None = None) -> int:
        if self.fail_writes:
            raise ConnectionError("database went away")
        self.events[call_id].append((str(kind), payload))
        return len(self.events[call_id])

    def mark_answered(self, call_id: int, when: datetime) -> None:
        self.calls[call_id]["answered_at"] = when

    def mark_ended(self, call_id: int, when: datetime, end_reason: str) -> None:
        self.calls[call_id]["ended_at"] = when
        self.calls[call_id].setdefault("end_reason", end_reason)

    def set_outcome(self, call_id: int, code: str, note: str) -> None:
        self.calls[call_id].update(outcome=code, note=note)
        debtor_id = self.calls[call_id]["debtor_id"]
        if self.directory is not None and debtor_id in self.directory.records:
            record = self.directory.records[debtor_id]
            entry = ContactHistoryEntry(call_id, self.calls[call_id]["started_at"], "outbound",
                                        self.calls[call_id]["number"], "Agent", 30, code, note)
            self.directory.records[debtor_id] = replace(record, contact_history=(entry, *record.contact_history))

    def set_debtor(self, call_id: int, debtor_id: int, account_number: str | None = None) -> None:
        self.calls[call_id]["debtor_id"] = self.calls[call_id]["debtor_id"] or debtor_id

    def set_recording(self, call_id: int, path: str, sha256: str | None, duration_ms: int | None) -> None:
        self.calls[call_id].setdefault("recording", (path, sha256, duration_ms))

    def set_quality_summary(self, call_id: int, summary: dict[str, Any]) -> None:
        self.calls[call_id].setdefault("quality_summary", dict(summary))

    def close_interrupted_calls(self, agent_login: str | None = None) -> list[OpenCallView]:
        views = []
        for call_id, call in self.calls.items():
            if call["ended_at"] is None:
                call["ended_at"] = datetime.now(timezone.utc)
                call["outcome"] = "interrupted"
                events = tuple(CallEventView(i, call["started_at"], 0, k, p) for i, (k, p) in enumerate(self.events[call_id], 1))
                views.append(OpenCallView(call_id, call["debtor_id"], "张伟", call["number"], call["started_at"], events))
        return views

    def complete_interrupted(self, call_id: int, code: str, note: str) -> None:
        self.calls[call_id].update(outcome=code, note=note)


class FakeFollowUps:
    """Records outcomes as the follow-up repository would; ``refuse_with`` makes the next save fail once."""

    def __init__(self, call_log: FakeCallLog) -> None:
        self.call_log = call_log
        self.outcomes: dict[int, Any] = {}  # call id -> CallOutcome
        self.refuse_with: str | None = None

    def record_outcome(self, call_id: int, outcome: Any, agent_login: str) -> None:
        if self.refuse_with is not None:
            message, self.refuse_with = self.refuse_with, None
            raise ValueError(message)
        self.outcomes[call_id] = outcome
        self.call_log.set_outcome(call_id, outcome.code, outcome.note)

    def collection_hold(self, debtor_id: int, account_number: str | None = None) -> Any:
        return None


class FakeNotes:
    """The record view's notes service: keeps saved notes in memory; ``refuse_with`` makes the next save fail."""

    def __init__(self, author_name: str = "李娜") -> None:
        self.author_name = author_name
        self.saved: list[Any] = []  # NoteView, oldest first
        self.refuse_with: str | None = None

    def add_note(self, debtor_id: int, body: str, call_id: int | None = None) -> Any:
        from app.domain.debtors import NoteView
        from app.services.debtor_notes import NoteNotSaved

        if self.refuse_with is not None:
            message, self.refuse_with = self.refuse_with, None
            raise NoteNotSaved(message)
        note = NoteView(len(self.saved) + 1, debtor_id, self.author_name, datetime.now(timezone.utc), body, call_id)
        self.saved.append(note)
        return note
