"""Plans, notes, flags and recordings in the debtor record, and the notes writer, on SQLite."""

from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.db.engine import session_factory
from app.db.notes_repository import NotesRepository
from app.domain.debtors import NoteView
from app.services.debtor_notes import NoteNotSaved, SignedInAgentNotes
from tests.db.helpers import migrated_sqlite
from tests.db.record_parts_checks import check_record_parts_and_notes, seed


def test_record_parts_and_notes_on_sqlite(tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    check_record_parts_and_notes(engine)
    engine.dispose()


def test_signed_in_agent_notes_writes_as_the_agent_and_explains_failures(tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    seed(engine)
    notes = SignedInAgentNotes(NotesRepository(session_factory(engine)), "li.na")
    note = notes.add_note(1, "会议后再联系")
    assert isinstance(note, NoteView) and note.author_name == "李娜"
    with pytest.raises(NoteNotSaved, match="empty"):
        notes.add_note(1, " ")
    with pytest.raises(NoteNotSaved, match="does not exist"):
        notes.add_note(42, "nobody")
    engine.dispose()


class _BrokenStore:
    def add_note(self, debtor_id: int, author_login: str, body: str, call_id: int | None = None) -> NoteView:
        raise ConnectionError("server closed the connection")


def test_a_database_failure_keeps_the_text_and_says_so() -> None:
    with pytest.raises(NoteNotSaved, match="still in the field"):
        SignedInAgentNotes(_BrokenStore(), "li.na").add_note(1, "text")


def test_note_time_is_kept_in_utc(tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    seed(engine)
    local = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc).astimezone()
    note = NotesRepository(session_factory(engine)).add_note(1, "li.na", "x", now=local)
    assert note.created_at == local
    assert NotesRepository(session_factory(engine)).notes(1)[0].created_at.tzinfo is not None
    engine.dispose()
