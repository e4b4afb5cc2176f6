"""Append-only notes on a debtor: written once with author and time, never edited or deleted.

A correction is a newer note (the ORM guard in ``app.db.append_only`` refuses changes to written rows).
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.db.call_log_repository import agent_id_for
from app.db.debtor_record_parts import note_view, notes
from app.db.debtor_repository import DebtorNotFound
from app.db.models import Agent, Call, Debtor, Note, utc_now
from app.domain.debtors import NoteView, note_problem


class NoteRejected(ValueError):
    """The note cannot be written as given; ``str()`` says why and what to do."""


class NotesRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def add_note(self, debtor_id: int, author_login: str, body: str, call_id: int | None = None, *,
                 now: datetime | None = None) -> NoteView:
        """Write a note (surrounding blank space removed). ``call_id``: the call it was written on, which must be
        one of this debtor's calls. The author is created on first use, as ``start_call`` does."""
        problem = note_problem(body)
        if problem is not None:
            raise NoteRejected(problem)
        with self._sessions.begin() as session:
            if session.get(Debtor, debtor_id) is None:
                raise DebtorNotFound(f"debtor {debtor_id} does not exist")
            if call_id is not None:
                call_debtor = session.scalar(select(Call.debtor_id).where(Call.id == call_id))
                if call_debtor != debtor_id:
                    raise NoteRejected(f"Call {call_id} is not a call with this debtor, so the note cannot be "
                                       "linked to it. Save the note without the call.")
            note = Note(debtor_id=debtor_id, call_id=call_id, author_id=agent_id_for(session, author_login),
                        created_at=now or utc_now(), body=body.strip())
            session.add(note)
            session.flush()
            author = session.scalar(select(Agent.display_name).where(Agent.id == note.author_id)) or author_login
            return note_view(note, author)

    def notes(self, debtor_id: int) -> list[NoteView]:
        """The debtor's notes, newest first."""
        with self._sessions() as session:
            return list(notes(session, debtor_id))
