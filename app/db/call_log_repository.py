"""The append-only call log: the call row is written when the call starts and every event is committed at once.

Rules kept here:
- A call's timestamps (answered, ended) are set once; later attempts are ignored.
- A call's outcome is set once, by ``set_outcome``, together with an OUTCOME event.
- The single allowed change of an outcome: a call that a crash left open is closed by
  ``close_interrupted_calls`` with outcome ``interrupted``; the agent then completes it with
  ``complete_interrupted``, which replaces ``interrupted`` by the chosen code. Both steps are also
  written as events (INTERRUPTED, then OUTCOME), so the log still shows what happened and when.
- Such a call's end time is an estimate (its last event); ``link_recovered_recording`` may move it later, to the
  end the repaired recording shows, with an event saying so.
- Any other correction is a new event or note, never an edit.
"""

import logging
import threading
import time
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.db.call_row_write import CallRow, write_call_row
from app.db.models import Account, Agent, Call, CallEvent, Debtor, utc_now
from app.domain.call_log import CallEventKind, CallEventView, OpenCallView
from app.domain.call_views import RecentCallView
from app.domain.masking import mask_phone
from app.domain.outcomes import OutcomeCode, outcome_for
from app.phone_numbers import call_log_number

log = logging.getLogger(__name__)

INTERRUPTED_END_REASON = "interrupted"
CALL_COLUMNS_SET_WITH_AN_EVENT = ("answered_at", "ended_at", "end_reason")  # see append_event_updating_call
_SEQUENCE_RETRIES = 3


class CallLogError(Exception):
    """A call log write that breaks the log's rules (unknown call, outcome already recorded, ...)."""


class CallNotFound(CallLogError, LookupError):
    pass


class CallLogRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._with_event = threading.local()  # .update: (call id, column values) for the next append_event
        self._agent_ids: dict[str, int] = {}  # login -> id, for start_call (on the INVITE's path)

    def ensure_agent(self, login: str, display_name: str, role: str = "agent") -> int:
        """The agent's id, creating the agent on first use."""
        with self._sessions.begin() as session:
            agent_id = _ensure_agent(session, login, display_name, role)
        self._agent_ids[login] = agent_id
        return agent_id

    def agent_role(self, login: str) -> str:
        """"agent", "trainer", "qa" or "supervisor" (what the window may show and play); "agent" when unknown."""
        with self._sessions() as session:
            return session.scalar(select(Agent.role).where(Agent.login == login)) or "agent"

    def start_call(
        self, *, call_uuid: str, direction: str, number: str, agent_login: str, debtor_id: int | None,
        account_id: int | None = None, script_id: str | None, script_version: int | None,
        account_number: str | None = None,
    ) -> int:
        """Write the call row now (before any SIP traffic) and return its id.

        ``number`` is stored in E.164 when it is a phone number (a caller ID arrives national), else as it is;
        ``account_number``: the debtor's account the call is about, stored as ``account_id`` when it is theirs."""
        number = call_log_number(number)
        agent_id = self._agent_ids.get(agent_login)
        if agent_id is None:  # once per agent and process: the id is cached (agents are never deleted)
            agent_id = self.ensure_agent(agent_login, agent_login)
        call_id = write_call_row(self._sessions.kw["bind"], CallRow(
            call_uuid, str(direction), number, agent_id, debtor_id, account_id, account_number, utc_now(), script_id,
            script_version))
        log.info("call %d started: %s %s", call_id, direction, mask_phone(number))
        return call_id

    def append_event(self, call_id: int, kind: str, payload: dict[str, Any], wall_time: datetime | None = None,
                     monotonic_ns: int | None = None) -> int:
        """Commit one event as the call's next sequence number, and return that number.

        Core statements on a connection, no ORM session: every call event commits here, and a session's set-up and
        teardown were ~0.1-0.3 ms of each commit (bench/log_write.py), more than the disk's sync on a quiet disk."""
        for attempt in range(_SEQUENCE_RETRIES):
            try:
                with self._sessions.kw["bind"].begin() as connection:
                    sequence = _insert_event_on(connection, call_id, kind, payload, wall_time, monotonic_ns)
                    update_with = getattr(self._with_event, "update", None)
                    if update_with is not None and update_with[0] == call_id:
                        _set_once_on(connection, call_id, update_with[1])
                    return sequence
            except IntegrityError:
                if not self._call_exists(call_id):
                    raise CallNotFound(f"call {call_id} does not exist") from None
                if attempt == _SEQUENCE_RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def append_event_updating_call(self, call_id: int, kind: str, payload: dict[str, Any],
                                   call_values: dict[str, Any], wall_time: datetime | None = None,
                                   monotonic_ns: int | None = None) -> int:
        """``append_event``, and set-once columns of the call row in the same transaction: one commit (one fsync on
        SQLite) for what one SIP event changes, e.g. the CONFIRMED state and ``answered_at``. The first column decides
        "once" (``{"ended_at": t, "end_reason": r}`` is written while ``ended_at`` is empty). Runs through
        ``append_event``, so whatever wraps that (the kill -9 test announces each commit) sees the event."""
        if not call_values or any(column not in CALL_COLUMNS_SET_WITH_AN_EVENT for column in call_values):
            raise ValueError(f"only {', '.join(CALL_COLUMNS_SET_WITH_AN_EVENT)} go with an event, not {call_values!r}")
        self._with_event.update = (call_id, call_values)
        try:
            return self.append_event(call_id, kind, payload, wall_time, monotonic_ns)
        finally:
            self._with_event.update = None

    def mark_answered(self, call_id: int, when: datetime) -> None:
        self._set_once(call_id, Call.answered_at, {"answered_at": when})

    def mark_ended(self, call_id: int, when: datetime, end_reason: str) -> None:
        self._set_once(call_id, Call.ended_at, {"ended_at": when, "end_reason": end_reason[:200]})

    def set_recording(self, call_id: int, path: str, sha256: str | None, duration_ms: int | None) -> None:
        """The closed recording's file, hash and length: set once (a second call for the same call is ignored)."""
        if sha256 is not None and (len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256)):
            raise ValueError(f"a recording's sha256 must be 64 lowercase hex digits, not {sha256!r}")
        self._set_once(call_id, Call.recording_path, {
            "recording_path": path[:1000], "recording_sha256": sha256, "recording_duration_ms": duration_ms,
        })

    def set_quality_summary(self, call_id: int, summary: dict[str, Any]) -> None:
        """The end-of-call quality summary (JSON-ready dict): set once."""
        self._set_once(call_id, Call.quality_summary, {"quality_summary": dict(summary)})

    def set_outcome(self, call_id: int, code: str, note: str) -> None:
        """Record the agent's outcome: an OUTCOME event and the call row's outcome, once."""
        _check_selectable(code)
        with self._sessions.begin() as session:
            write_outcome(session, call_id, code, note)

    def set_debtor(self, call_id: int, debtor_id: int, account_number: str | None = None) -> None:
        """The debtor an inbound call from an unknown or shared number turned out to be about: set once, on a call
        that had none (the session logs who picked it as an event); with the account the call is about, when it is
        that debtor's."""
        values: dict[str, Any] = {"debtor_id": debtor_id}
        if account_number:
            with self._sessions() as session:
                values["account_id"] = session.scalar(select(Account.id).where(
                    Account.account_number == account_number, Account.debtor_id == debtor_id))
        self._set_once(call_id, Call.debtor_id, values)

    def close_interrupted_calls(self, agent_login: str | None = None) -> list[OpenCallView]:
        """Close calls a crash left open, and return every call still waiting for the agent to complete it.

        A call is open when it has no end time. It gets the time of its last event as end time, end reason
        ``interrupted``, outcome ``interrupted`` (unless it already had one) and an INTERRUPTED event.
        A call that ended but never got an outcome (CallDesk stopped while the outcome was being picked)
        keeps its end time and reason and gets outcome ``interrupted`` and an INTERRUPTED event.
        With ``agent_login``, only that agent's calls are touched (a shared server has other agents' live calls).
        """
        with self._sessions.begin() as session:
            open_calls = select(Call).where(Call.ended_at.is_(None)).order_by(Call.id).with_for_update()
            for call in session.scalars(_for_agent(open_calls, agent_login)):
                last_event = session.scalar(select(func.max(CallEvent.wall_time)).where(CallEvent.call_id == call.id))
                call.ended_at = max(last_event or call.started_at, call.started_at)
                call.end_reason = INTERRUPTED_END_REASON
                if call.outcome_code is None:
                    call.outcome_code = OutcomeCode.INTERRUPTED.value
                _insert_event(session, call.id, CallEventKind.INTERRUPTED,
                              {"reason": "CallDesk stopped before the call ended"})
                log.warning("call %d was left open by an earlier run; closed as interrupted", call.id)
            unfinished = (select(Call).where(Call.ended_at.is_not(None), Call.outcome_code.is_(None))
                          .order_by(Call.id).with_for_update())
            for call in session.scalars(_for_agent(unfinished, agent_login)):
                call.outcome_code = OutcomeCode.INTERRUPTED.value
                _insert_event(session, call.id, CallEventKind.INTERRUPTED,
                              {"reason": "CallDesk stopped before the outcome was recorded"})
                log.warning("call %d ended without an outcome in an earlier run; offered for completion", call.id)
        with self._sessions() as session:
            waiting = (
                select(Call, Debtor.full_name)
                .outerjoin(Debtor, Call.debtor_id == Debtor.id)
                .where(Call.outcome_code == OutcomeCode.INTERRUPTED.value)
                .order_by(Call.started_at, Call.id)
            )
            return [_open_call_view(session, call, name)
                    for call, name in session.execute(_for_agent(waiting, agent_login)).tuples()]

    def link_recovered_recording(self, call_id: int, path: str, sha256: str | None, duration_ms: int | None,
                                 estimated_end: datetime | None) -> None:
        """The recording of a call a crash cut off, repaired on recovery: linked to the call (set once) with a
        RECORDING ``stopped`` event marked ``repaired``. A call closed as interrupted mid-call got the time of its
        last event as end, an estimate; ``estimated_end`` (from the recording's length) replaces it when later."""
        with self._sessions.begin() as session:
            call = _call_for_update(session, call_id)
            if call.recording_path is not None:
                return
            call.recording_path, call.recording_sha256 = path[:1000], sha256
            call.recording_duration_ms = duration_ms
            payload: dict[str, Any] = {"state": "stopped", "path": path, "sha256": sha256,
                                       "duration_ms": duration_ms, "repaired": True}
            if (estimated_end is not None and call.end_reason == INTERRUPTED_END_REASON and call.ended_at is not None
                    and estimated_end > call.ended_at):
                call.ended_at = estimated_end
                payload["estimated_end"] = estimated_end.isoformat()
            _insert_event(session, call_id, CallEventKind.RECORDING, payload)

    def complete_interrupted(self, call_id: int, code: str, note: str) -> None:
        """The agent's outcome for an interrupted call: the one permitted change of a call's outcome."""
        _check_selectable(code)
        with self._sessions.begin() as session:
            write_outcome(session, call_id, code, note, completes_interrupted=True)

    def events(self, call_id: int) -> tuple[CallEventView, ...]:
        with self._sessions() as session:
            return _events(session, call_id)

    def recent_calls(self, agent_login: str, limit: int = 20) -> list[RecentCallView]:
        """The agent's latest calls, newest first, with the debtor's name and the talk time (None if never answered)."""
        query = (
            select(Call, Debtor.full_name)
            .outerjoin(Debtor, Call.debtor_id == Debtor.id)
            .order_by(Call.started_at.desc(), Call.id.desc())
            .limit(limit)
        )
        with self._sessions() as session:
            return [
                RecentCallView(call.id, call.started_at, call.direction, call.number, call.debtor_id, name,
                               _talk_seconds(call), call.outcome_code,
                               duration_estimated=call.end_reason == INTERRUPTED_END_REASON)
                for call, name in session.execute(_for_agent(query, agent_login)).tuples()
            ]

    def _set_once(self, call_id: int, column: Any, values: dict[str, Any]) -> None:
        with self._sessions.begin() as session:
            result = session.execute(
                update(Call).where(Call.id == call_id, column.is_(None)).values(**values),
                execution_options={"synchronize_session": False},
            )
            if result.rowcount == 0 and session.get(Call, call_id) is None:  # type: ignore[attr-defined]  # a DML statement's result has rowcount; the stubs type it as Result
                raise CallNotFound(f"call {call_id} does not exist")

    def _call_exists(self, call_id: int) -> bool:
        with self._sessions() as session:
            return session.get(Call, call_id) is not None


def _set_once_on(connection: Connection, call_id: int, values: dict[str, Any]) -> None:
    """Set ``values`` on the call row inside the caller's transaction, if its first column is still empty."""
    guard = getattr(Call, next(iter(values)))
    connection.execute(update(Call).where(Call.id == call_id, guard.is_(None)).values(**values))


def write_outcome(session: Session, call_id: int, code: str, note: str, *,
                  completes_interrupted: bool = False) -> Call:
    """The outcome rule, inside the caller's transaction (also used by the follow-up repository).

    Set once, with an OUTCOME event; with ``completes_interrupted``, the one permitted change: ``interrupted``
    replaced by the agent's code. Returns the locked call row.
    """
    _check_selectable(code)
    call = _call_for_update(session, call_id)
    payload: dict[str, Any] = {"code": code, "note": note}
    if completes_interrupted:
        if call.outcome_code != OutcomeCode.INTERRUPTED.value:
            raise CallLogError(f"call {call_id} is not waiting for completion (outcome {call.outcome_code!r})")
        payload["completes"] = OutcomeCode.INTERRUPTED.value
    elif call.outcome_code is not None:
        raise CallLogError(
            f"call {call_id} already has outcome {call.outcome_code!r}; record a correction as a new event"
        )
    _insert_event(session, call_id, CallEventKind.OUTCOME, payload)
    call.outcome_code, call.outcome_note = code, note
    return call


def insert_call_event(session: Session, call_id: int, kind: str, payload: dict[str, Any]) -> int:
    """Append one event inside the caller's transaction; returns its sequence number."""
    return _insert_event(session, call_id, kind, payload)


def agent_id_for(session: Session, login: str) -> int:
    """The agent's id inside the caller's transaction, creating the agent on first use (as ``start_call`` does)."""
    return _ensure_agent(session, login, login)


def _ensure_agent(session: Session, login: str, display_name: str, role: str = "agent") -> int:
    agent_id = session.scalar(select(Agent.id).where(Agent.login == login))
    if agent_id is not None:
        return agent_id
    try:
        with session.begin_nested():
            agent = Agent(login=login, display_name=display_name, role=role, created_at=utc_now())
            session.add(agent)
        return agent.id
    except IntegrityError:  # another seat created the same agent a moment ago
        agent_id = session.scalar(select(Agent.id).where(Agent.login == login))
        assert agent_id is not None
        return agent_id


_NEXT_SEQUENCE = (
    select(func.coalesce(func.max(CallEvent.sequence), 0) + 1)
    .where(CallEvent.call_id == bindparam("event_call_id"))
    .scalar_subquery()
)
# Built once with bound parameters, so SQLAlchemy compiles it once: an event commit is on the call path.
_INSERT_EVENT = (
    insert(CallEvent.__table__)  # type: ignore[arg-type]  # a Table at run time; the declarative stub says FromClause
    .values(
        call_id=bindparam("event_call_id"), sequence=_NEXT_SEQUENCE, wall_time=bindparam("event_wall_time"),
        monotonic_ns=bindparam("event_monotonic_ns"), kind=bindparam("event_kind"),
        payload=bindparam("event_payload", type_=CallEvent.__table__.c.payload.type),
    )
    .returning(CallEvent.__table__.c.sequence)
)


def _insert_event(session: Session, call_id: int, kind: str, payload: dict[str, Any],
                  wall_time: datetime | None = None, monotonic_ns: int | None = None) -> int:
    """One INSERT whose sequence is computed in the same statement: the next number for this call."""
    return _insert_event_on(session.connection(), call_id, kind, payload, wall_time, monotonic_ns)


def _insert_event_on(connection: Connection, call_id: int, kind: str, payload: dict[str, Any],
                     wall_time: datetime | None = None, monotonic_ns: int | None = None) -> int:
    parameters = {
        "event_call_id": call_id, "event_wall_time": wall_time or utc_now(),
        "event_monotonic_ns": time.monotonic_ns() if monotonic_ns is None else monotonic_ns,
        "event_kind": str(kind), "event_payload": payload,
    }
    return int(connection.execute(_INSERT_EVENT, parameters).scalar_one())


def _call_for_update(session: Session, call_id: int) -> Call:
    call = session.scalar(select(Call).where(Call.id == call_id).with_for_update())
    if call is None:
        raise CallNotFound(f"call {call_id} does not exist")
    return call


def _for_agent(statement: Any, agent_login: str | None) -> Any:
    if agent_login is None:
        return statement
    return statement.where(Call.agent_id == select(Agent.id).where(Agent.login == agent_login).scalar_subquery())


def _open_call_view(session: Session, call: Call, debtor_name: str | None) -> OpenCallView:
    return OpenCallView(call.id, call.debtor_id, debtor_name, call.number, call.started_at, _events(session, call.id),
                        answered_at=call.answered_at, ended_at=call.ended_at,
                        ended_by_crash=call.end_reason == INTERRUPTED_END_REASON, recording_path=call.recording_path,
                        script_id=call.script_id)


def _talk_seconds(call: Call) -> int | None:
    if call.answered_at is None or call.ended_at is None:
        return None
    return max(0, int((call.ended_at - call.answered_at).total_seconds()))


def _check_selectable(code: str) -> None:
    try:
        outcome = outcome_for(code)
    except ValueError:
        raise ValueError(f"{code!r} is not an outcome code") from None
    if not outcome.agent_selectable:
        raise ValueError(f"outcome {code!r} is set by CallDesk, not by an agent")


def _events(session: Session, call_id: int) -> tuple[CallEventView, ...]:
    rows = session.scalars(select(CallEvent).where(CallEvent.call_id == call_id).order_by(CallEvent.sequence))
    return tuple(CallEventView(e.sequence, e.wall_time, e.monotonic_ns, e.kind, dict(e.payload)) for e in rows)
