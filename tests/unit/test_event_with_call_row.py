"""What one SIP event changes is committed once: the event and the call row's set-once columns together
(the answer time with CONFIRMED, the end with DISCONNECTED), through the journal and the repository."""

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import select

from app.db.call_log_repository import CallLogRepository, CallNotFound
from app.db.demo_data import seed_demo_data
from app.db.engine import session_factory
from app.db.models import Call
from app.domain.call_log import CallEventKind
from app.services.event_journal import CallUpdate, EventJournal, call_state_update
from app.telephony.events import CallState, CallStateChanged
from tests.db.helpers import migrated_sqlite

T0 = datetime(2026, 11, 23, 1, 0, tzinfo=timezone.utc)


@pytest.fixture
def engine(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    seed_demo_data(engine, 2, as_of=T0.date())
    yield engine
    engine.dispose()


class Announcing(CallLogRepository):
    """As the kill -9 driver does: every event commit that returned is announced."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.announced: list[tuple[int, str]] = []

    def append_event(self, call_id: int, kind: str, payload: dict[str, Any], wall_time: datetime | None = None,
                     monotonic_ns: int | None = None) -> int:
        sequence = super().append_event(call_id, kind, payload, wall_time, monotonic_ns)
        self.announced.append((sequence, kind))
        return sequence


def _start(log: CallLogRepository) -> int:
    return log.start_call(call_uuid="b" * 32, direction="outbound", number="+8613812345678", agent_login="li.na",
                          debtor_id=1, script_id="standard", script_version=3)


def _row(engine, call_id: int) -> Any:
    with engine.connect() as connection:
        return connection.execute(select(Call.answered_at, Call.ended_at, Call.end_reason)
                                  .where(Call.id == call_id)).one()


def _count_commits(engine) -> list[int]:
    commits = [0]
    sa_event.listen(engine, "commit", lambda _connection: commits.__setitem__(0, commits[0] + 1))
    return commits


def test_the_event_and_the_call_row_go_in_one_commit_and_wrappers_see_the_event(engine) -> None:
    log = Announcing(session_factory(engine))
    call_id = _start(log)
    commits = _count_commits(engine)
    log.append_event_updating_call(call_id, CallEventKind.CALL_STATE, {"state": "confirmed"}, {"answered_at": T0})
    assert commits[0] == 1 and log.announced == [(1, CallEventKind.CALL_STATE)]
    later = T0 + timedelta(minutes=1)
    log.append_event_updating_call(call_id, CallEventKind.CALL_STATE, {"state": "confirmed"}, {"answered_at": later})
    log.append_event_updating_call(call_id, CallEventKind.CALL_STATE, {"state": "disconnected"},
                                   {"ended_at": later, "end_reason": "200 Normal"})
    log.append_event(call_id, CallEventKind.SCRIPT_STEP_LEFT, {"step": "close"})  # no row update rides along
    assert _row(engine, call_id) == (T0, later, "200 Normal")  # set once: the second answer time is ignored
    assert [e.sequence for e in log.events(call_id)] == [1, 2, 3, 4]


def test_only_the_answer_and_end_columns_go_with_an_event(engine) -> None:
    log = CallLogRepository(session_factory(engine))
    call_id = _start(log)
    with pytest.raises(ValueError):
        log.append_event_updating_call(call_id, CallEventKind.CALL_STATE, {}, {"outcome_code": "no_answer"})
    with pytest.raises(CallNotFound):
        log.append_event_updating_call(call_id + 99, CallEventKind.CALL_STATE, {}, {"answered_at": T0})
    assert log.events(call_id) == ()


def test_the_journal_writes_a_call_state_with_its_row_change_in_one_commit(engine) -> None:
    log = CallLogRepository(session_factory(engine))
    call_id = _start(log)
    journal = EventJournal(log, lambda _message: None)
    commits = _count_commits(engine)
    confirmed = CallStateChanged("k", CallState.CONFIRMED, "sip:d@x", 200, "OK")
    journal.append(call_id, CallEventKind.CALL_STATE, {"state": "confirmed"}, call_state_update(confirmed, True))
    ended = CallStateChanged("k", CallState.DISCONNECTED, "sip:d@x", 200, "Normal call clearing")
    journal.append(call_id, CallEventKind.CALL_STATE, {"state": "disconnected"}, call_state_update(ended, False))
    assert commits[0] == 2
    answered_at, ended_at, reason = _row(engine, call_id)
    assert answered_at is not None and ended_at >= answered_at and reason == "200 Normal call clearing"
    assert call_state_update(CallStateChanged("k", CallState.EARLY, "sip:d@x", 180, "Ringing"), False) is None


class PlainLog:
    """A call log without the one-commit path (the test doubles): the row is written after the event."""

    def __init__(self) -> None:
        self.writes: list[tuple[str, Any]] = []
        self.failing = False

    def append_event(self, call_id: int, kind: str, payload: dict[str, Any], wall_time: datetime | None = None,
                     monotonic_ns: int | None = None) -> int:
        if self.failing:
            raise ConnectionError("database went away")
        self.writes.append(("event", kind))
        return len(self.writes)

    def mark_answered(self, call_id: int, when: datetime) -> None:
        self.writes.append(("answered", call_id))


def test_without_the_one_commit_path_the_row_follows_the_event_and_waits_with_it() -> None:
    log, problems = PlainLog(), []
    journal = EventJournal(log, problems.append)  # type: ignore[arg-type]  # a test double in place of the real object
    update = CallUpdate({"answered_at": T0}, lambda call_log, call_id: call_log.mark_answered(call_id, T0))
    log.failing = True
    journal.append(7, CallEventKind.CALL_STATE, {"state": "confirmed"}, update)
    assert journal.unsaved_count == 1 and problems and log.writes == []
    log.failing = False
    assert journal.flush()
    assert log.writes == [("event", CallEventKind.CALL_STATE), ("answered", 7)]
