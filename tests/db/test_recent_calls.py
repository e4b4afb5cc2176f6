"""The agent's recent calls (softphone panel), on SQLite and on a throwaway PostgreSQL server."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.demo_data import seed_demo_data
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head
from app.domain.call_views import RecentCallView
from tests.db.helpers import migrated_sqlite


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        engine = migrated_sqlite(tmp_path)
    else:
        engine = create_database_engine(request.getfixturevalue("postgres_url"))
        upgrade_to_head(engine)
    seed_demo_data(engine, 3, seed=5)
    yield engine
    engine.dispose()


def _call(log: CallLogRepository, n: int, agent: str, debtor_id: int | None, direction: str = "outbound",
          number: str = "+8613812345678") -> int:
    return log.start_call(call_uuid=f"{n:032x}", direction=direction, number=number, agent_login=agent,
                          debtor_id=debtor_id, script_id="standard", script_version=1)


def test_recent_calls_are_the_agents_own_newest_first_with_name_talk_time_and_outcome(engine: Engine) -> None:
    sessions = session_factory(engine)
    log = CallLogRepository(sessions)
    debtor = DebtorRepository(sessions).record(1)

    talked = _call(log, 1, "li.na", debtor.debtor_id)
    start = _started_at(log, "li.na")
    log.mark_answered(talked, start + timedelta(seconds=5))
    log.mark_ended(talked, start + timedelta(seconds=66), "200 Normal call clearing")
    log.set_outcome(talked, "rpc_ptp", "")
    _call(log, 2, "wang.fang", debtor.debtor_id)  # another agent's call
    missed = _call(log, 3, "li.na", None, direction="inbound", number="13900000000")
    log.mark_ended(missed, start + timedelta(seconds=90), "486 agent busy")
    log.set_outcome(missed, "busy", "rejected automatically: the agent was on another call")

    recent = log.recent_calls("li.na")
    assert recent == [
        RecentCallView(missed, recent[0].started_at, "inbound", "+8613900000000", None, None, None, "busy"),
        RecentCallView(talked, recent[1].started_at, "outbound", "+8613812345678", debtor.debtor_id, debtor.full_name,
                       61, "rpc_ptp"),
    ]
    assert all(call.started_at.tzinfo is not None for call in recent)
    assert recent[0].started_at >= recent[1].started_at
    assert [c.call_id for c in log.recent_calls("li.na", limit=1)] == [missed]
    assert log.recent_calls("nobody") == []


def test_an_open_call_shows_without_talk_time_or_outcome(engine: Engine) -> None:
    log = CallLogRepository(session_factory(engine))
    open_call = _call(log, 4, "li.na", 2)
    [view] = log.recent_calls("li.na")
    assert (view.call_id, view.debtor_id, view.duration_seconds, view.outcome_code) == (open_call, 2, None, None)


def _started_at(log: CallLogRepository, agent: str):
    [view] = log.recent_calls(agent)
    return view.started_at
