"""Debtors as the debtor list and the record view need them: domain values, never live ORM rows."""

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.debtor_record_parts import with_record_parts
from app.db.debtor_record_reader import read_record
from app.db.debtor_search import anywhere_search, debtor_searches
from app.db.debtor_summaries import debtor_summaries
from app.db.models import Debtor, DebtorPhone
from app.domain.debtors import DebtorRecord, DebtorSummary


class DebtorNotFound(LookupError):
    """No debtor has this id (deleted, or a stale list)."""


class DebtorRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def count(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(Debtor.id))) or 0

    def list_debtors(self, limit: int = 200, offset: int = 0) -> list[DebtorSummary]:
        with self._sessions() as session:
            connection = session.connection()
            ids = list(connection.scalars(select(Debtor.id).order_by(Debtor.id).limit(limit).offset(offset)))
            return debtor_summaries(connection, ids)

    def search(self, text: str, limit: int = 200) -> list[DebtorSummary]:
        """Debtors whose account number, national ID, phone or name matches ``text`` (see ``debtor_search``): the
        statements run in turn until the list is full; the last resort only when none found anyone."""
        query = text.strip()
        if not query:
            return self.list_debtors(limit)
        with self._sessions() as session:
            connection = session.connection()
            ids = _OrderedIds(limit)
            for statement, values in debtor_searches(query):
                ids.add(connection.scalars(statement, {**values, "limit": limit}))
                if ids.full:
                    break
            if ids.empty:
                ids.add(connection.scalars(anywhere_search(query).limit(limit)))
            return debtor_summaries(connection, ids.values)

    def find_by_phone(self, e164: str) -> list[DebtorSummary]:
        """Everyone with this exact number on file (their own, or as a relative's or employer's number)."""
        with self._sessions() as session:
            connection = session.connection()
            ids = list(connection.scalars(
                select(DebtorPhone.debtor_id).where(DebtorPhone.number == e164).distinct().order_by(DebtorPhone.debtor_id)
            ))
            return debtor_summaries(connection, ids)

    def record(self, debtor_id: int) -> DebtorRecord:
        with self._sessions() as session:
            record = read_record(session.connection(), debtor_id)
            if record is None:
                raise DebtorNotFound(f"debtor {debtor_id} does not exist")
            return with_record_parts(session, record)


class _OrderedIds:
    """Debtor ids in the order the searches found them, without repeats, up to a limit."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._seen: dict[int, None] = {}

    @property
    def full(self) -> bool:
        return len(self._seen) >= self._limit

    @property
    def empty(self) -> bool:
        return not self._seen

    @property
    def values(self) -> list[int]:
        return list(self._seen)[: self._limit]

    def add(self, ids: Iterable[int]) -> None:
        for debtor_id in ids:
            self._seen.setdefault(debtor_id, None)
