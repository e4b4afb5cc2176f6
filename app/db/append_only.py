"""Guard for append-only tables (call events, notes): the ORM refuses to update or delete their rows.

Call records are evidence in disputes and court (COLLECTIONS.md, "Record everything"), so a correction
is always a new row. The guard covers unit-of-work flushes and ORM-enabled bulk UPDATE/DELETE statements.
"""

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction


class AppendOnly:
    """Marker for models whose rows are written once and never changed."""


class AppendOnlyViolation(Exception):
    """Somebody tried to change or remove a row of an append-only table."""


@event.listens_for(Session, "before_flush")
def _refuse_changes(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, AppendOnly):
            raise AppendOnlyViolation(f"{type(obj).__name__} rows are append-only: they cannot be deleted")
    for obj in session.dirty:
        if isinstance(obj, AppendOnly) and session.is_modified(obj, include_collections=False):
            raise AppendOnlyViolation(
                f"{type(obj).__name__} rows are append-only: write a new row instead of changing this one"
            )


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk_changes(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    for mapper in state.all_mappers:
        if issubclass(mapper.class_, AppendOnly):
            verb = "updated" if state.is_update else "deleted"
            raise AppendOnlyViolation(f"{mapper.class_.__name__} rows are append-only: they cannot be {verb}")
