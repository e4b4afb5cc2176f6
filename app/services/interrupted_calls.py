"""Calls a crash cut off: closed at the next start, their recordings repaired, and completed by the agent.

The same outcome path as a normal call (``store_outcome``), so an outcome saved for an interrupted call creates
the promise, callback, plan or flags it creates after any call.
"""

from collections.abc import Callable

from app.domain.call_log import OpenCallView
from app.domain.call_outcome import CallOutcome
from app.scripts.loader import ScriptLibrary
from app.services.call_log import CallLog
from app.services.follow_ups import FollowUps
from app.services.interrupted_trace import InterruptedTrace, interrupted_trace
from app.services.outcome_suggestion import OutcomeSuggestion
from app.services.recording_recovery import recover_recordings


def store_outcome(call_id: int, outcome: CallOutcome, agent_login: str, follow_ups: FollowUps | None,
                  without_follow_ups: Callable[[int, str, str], None]) -> None:
    """The outcome with its follow-ups when the session has them, else the bare code and note
    (``without_follow_ups(call_id, code, note)``). ValueError (a message for the agent) stores nothing."""
    if follow_ups is not None:
        follow_ups.record_outcome(call_id, outcome, agent_login)
    else:
        without_follow_ups(call_id, outcome.code, outcome.note)


class InterruptedCalls:
    def __init__(self, call_log: CallLog, follow_ups: FollowUps | None, scripts: ScriptLibrary, agent_login: str,
                 language: Callable[[], str], completed: Callable[[int], None]) -> None:
        self._call_log = call_log
        self._follow_ups = follow_ups
        self._scripts = scripts
        self._agent_login = agent_login
        self._language = language
        self._completed = completed  # the debtor whose call got its outcome

    def recover(self) -> list[OpenCallView]:
        """Close calls a crash left open (outcome 'interrupted') and return them for the agent to complete; their
        recordings are repaired and linked first (so the views carry them, and the call's estimated end)."""
        calls = self._call_log.close_interrupted_calls(agent_login=self._agent_login)
        if calls and recover_recordings(self._call_log, calls):
            calls = self._call_log.close_interrupted_calls(agent_login=self._agent_login)  # read again, linked
        return calls

    def trace(self, call: OpenCallView) -> InterruptedTrace:
        """The call's trace in the agent's language: step titles, questions and choice labels."""
        return interrupted_trace(call, self._scripts, self._language())

    def suggestion(self, call: OpenCallView) -> OutcomeSuggestion:
        """What the interrupted call's trace supports for its outcome dialog (possibly nothing)."""
        return OutcomeSuggestion.from_trace(call.events)

    def complete(self, call: OpenCallView, outcome: CallOutcome | str, note: str = "") -> None:
        """The agent's outcome for a call a crash cut off; ValueError (a message for the agent) leaves it waiting."""
        if isinstance(outcome, str):
            outcome = CallOutcome(code=outcome, note=note)
        store_outcome(call.call_id, outcome, self._agent_login, self._follow_ups, self._call_log.complete_interrupted)
        if call.debtor_id is not None:
            self._completed(call.debtor_id)
