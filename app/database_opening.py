"""The database, opened after the window has painted: SQLAlchemy and Alembic (~250 ms to import) and the migration
check are off the path to the first paint. Part of the composition root: only app.desktop uses it.

``open_database`` imports app.db and does all of the opening (engine, migrations, first-start demo data, the
agent's row and role, the first page of debtors); ``DatabaseOpener`` runs it on a thread of its own and says on
the GUI thread when it is done. Until then the repositories the window and services were built with are
``Awaited`` stand-ins: a call on one waits for the database (an agent dialling in the first second loses nothing),
and raises the opening's error if it failed.
"""

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, Signal

from app.config import Settings

if TYPE_CHECKING:
    from app.db.call_log_repository import CallLogRepository
    from app.db.caller_lookup import CallerLookupRepository
    from app.db.debtor_repository import DebtorRepository
    from app.db.notes_repository import NotesRepository
    from app.db.outcome_repository import FollowUpRepository
    from app.db.work_queue_repository import WorkQueueRepository
    from app.domain.debtors import DebtorSummary

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True)
class OpenedDatabase:
    """The repositories over one migrated database, and what the window shows first from it."""

    call_log: "CallLogRepository"
    directory: "DebtorRepository"
    follow_ups: "FollowUpRepository"
    callers: "CallerLookupRepository"
    work_queue: "WorkQueueRepository"
    notes: "NotesRepository"
    role: str  # the signed-in agent's, from the agents table
    has_debtors: bool
    first_debtors: "list[DebtorSummary]"  # the debtor list's first page, read off the GUI thread
    dispose: Callable[[], None]


def open_database(settings: Settings) -> OpenedDatabase:
    """Open, migrate and (demo mode, empty database) seed; raises DatabaseUnavailable with a user_message."""
    from app.db.call_log_repository import CallLogRepository
    from app.db.caller_lookup import CallerLookupRepository
    from app.db.debtor_repository import DebtorRepository
    from app.db.engine import create_database_engine, session_factory
    from app.db.migrate import upgrade_to_head
    from app.db.notes_repository import NotesRepository
    from app.db.outcome_repository import FollowUpRepository
    from app.db.work_queue_repository import WorkQueueRepository

    engine = create_database_engine(settings.database_url)
    try:
        upgrade_to_head(engine)
        sessions = session_factory(engine)
        directory = DebtorRepository(sessions)
        first_debtors = directory.list_debtors()
        if not first_debtors and settings.demo_mode:  # the demo data's modules load only on a first start
            from app.db.demo_data import seed_demo_data_if_empty

            seed_demo_data_if_empty(engine, settings.demo_debtors)
            first_debtors = directory.list_debtors()
        call_log = CallLogRepository(sessions)
        call_log.ensure_agent(settings.agent_login, settings.agent_name)
        return OpenedDatabase(
            call_log=call_log, directory=directory, follow_ups=FollowUpRepository(sessions),
            callers=CallerLookupRepository(sessions), work_queue=WorkQueueRepository(sessions),
            notes=NotesRepository(sessions), role=call_log.agent_role(settings.agent_login),
            has_debtors=bool(first_debtors), first_debtors=first_debtors, dispose=engine.dispose,
        )
    except BaseException:
        engine.dispose()
        raise


class Awaited(Generic[T]):
    """Stands in for a part of an OpenedDatabase: every attribute is looked up on the real one, once the database
    is open (waiting for it until then)."""

    def __init__(self, database: "Future[OpenedDatabase]", part: Callable[[OpenedDatabase], T]) -> None:
        self._database = database
        self._part = part

    def __getattr__(self, name: str) -> Any:
        return getattr(self._part(self._database.result()), name)


def awaited(database: "Future[OpenedDatabase]", part: Callable[[OpenedDatabase], T]) -> T:
    """An ``Awaited`` typed as the part it stands in for (services take these by their Protocols)."""
    return cast(T, Awaited(database, part))


class DatabaseOpener(QObject):
    """Runs ``open_database`` on its own thread; ``opened(OpenedDatabase)`` or ``failed(Exception)`` follows on
    the thread this object lives on (queued). ``database`` is the Future the Awaited stand-ins wait on."""

    opened = Signal(object)
    failed = Signal(object)

    def __init__(self, settings: Settings, open_: Callable[[Settings], OpenedDatabase] = open_database,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database: Future[OpenedDatabase] = Future()
        self._settings = settings
        self._open = open_
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.database.set_running_or_notify_cancel()
        self._thread = threading.Thread(target=self._run, name="calldesk-open-database", daemon=True)
        self._thread.start()

    def open_here(self) -> OpenedDatabase:
        """Open on the calling thread (tests and benchmarks that build the desktop in one go); raises as it would."""
        self.database.set_running_or_notify_cancel()
        try:
            opened = self._open(self._settings)
        except BaseException as error:
            self.database.set_exception(error)
            raise
        self.database.set_result(opened)
        return opened

    @property
    def opened_database(self) -> OpenedDatabase | None:
        """The open database once opening succeeded, else None (not done, or failed)."""
        future = self.database
        return future.result() if future.done() and future.exception() is None else None

    def wait(self) -> None:
        """Until the opening is over (quitting during it: the engine is not disposed under it). Never started (a
        quit before the first paint): it never will be, and whatever waits for it is told so."""
        if self._thread is not None:
            self._thread.join()
        elif not self.database.done() and self.database.set_running_or_notify_cancel():
            self.database.set_exception(RuntimeError("CallDesk closed before the database was opened."))

    def _run(self) -> None:
        try:
            opened = self._open(self._settings)
        except Exception as error:  # handed to the GUI thread, which shows it and exits 1
            log.debug("database opening failed", exc_info=True)
            self.database.set_exception(error)
            self.failed.emit(error)
            return
        self.database.set_result(opened)
        self.opened.emit(opened)
