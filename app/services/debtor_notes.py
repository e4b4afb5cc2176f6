"""Writing notes on a debtor from the record view, as the signed-in agent.

The widget gets a ``DebtorNotes`` and never learns the agent's login; ``SignedInAgentNotes`` binds it and turns
every failure into ``NoteNotSaved`` with a message an agent can act on.
"""

import logging
from typing import Protocol

from app.domain.debtors import NoteView

log = logging.getLogger(__name__)


class NoteNotSaved(Exception):
    """The note was not written; ``str()`` says why and what to do."""


class NoteStore(Protocol):
    """The append-only notes table (``app.db.notes_repository.NotesRepository``)."""

    def add_note(self, debtor_id: int, author_login: str, body: str, call_id: int | None = None) -> NoteView: ...


class DebtorNotes(Protocol):
    """What the record view may do with notes: add one, as whoever is signed in."""

    def add_note(self, debtor_id: int, body: str, call_id: int | None = None) -> NoteView:
        """The saved note; raises NoteNotSaved."""
        ...


class SignedInAgentNotes:
    def __init__(self, store: NoteStore, agent_login: str) -> None:
        self._store = store
        self._agent_login = agent_login

    def add_note(self, debtor_id: int, body: str, call_id: int | None = None) -> NoteView:
        try:
            return self._store.add_note(debtor_id, self._agent_login, body, call_id)
        except (ValueError, LookupError) as error:  # the note or the debtor: the message says what to do
            raise NoteNotSaved(str(error)) from error
        except Exception as error:
            log.exception("could not save a note on debtor %s", debtor_id)
            raise NoteNotSaved("The note was not saved: the database did not answer. "
                               "Your text is still in the field; try again in a moment.") from error
