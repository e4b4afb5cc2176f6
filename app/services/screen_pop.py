"""Screen pop: who an incoming call (or a number the agent typed) is about, looked up once per call.

Every phone on file counts, family and work numbers too, and each match says whose phone the number is for that
debtor. Exactly one match comes with the debtor's full record; several go to a chooser; none to the search. Numbers
that are withheld or are not phone numbers match nobody.

The call session asks ``identify_caller`` at ring (it writes the call row with the debtor); the window then takes
the same lookup with ``take`` instead of querying a second time. Listeners (``on_identified``) see each pop as soon
as it is made, before the session's call log writes: the window paints the record then (the screen-pop budget).
"""

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from app.domain.debtors import CallerMatch, DebtorRecord
from app.phone_numbers import InvalidPhoneNumber, to_e164

log = logging.getLogger(__name__)

WITHHELD = frozenset({"", "anonymous", "unknown", "private", "restricted", "unavailable", "withheld"})
_KEPT_POPS = 8  # INVITEs whose pop the window has not taken yet (a caller hung up before it was shown)


class CallerDirectory(Protocol):
    def callers(self, e164: str) -> list[CallerMatch]: ...


class RecordSource(Protocol):
    def record(self, debtor_id: int) -> DebtorRecord: ...


@dataclass(frozen=True)
class ScreenPop:
    number: str  # as the caller sent it or the agent typed it
    e164: str | None  # None: withheld or not a phone number
    matches: tuple[CallerMatch, ...] = ()
    record: DebtorRecord | None = None  # the debtor's record when exactly one matches

    @property
    def withheld(self) -> bool:
        return self.number.strip().lower() in WITHHELD

    @property
    def match(self) -> CallerMatch | None:
        """The one match (whose phone it is), when there is exactly one."""
        return self.matches[0] if len(self.matches) == 1 else None

    @property
    def several(self) -> bool:
        return len(self.matches) > 1

    @property
    def none(self) -> bool:
        return not self.matches


class ScreenPopService(QObject):
    identified = Signal(object)  # ScreenPop: every pop identify_caller makes, before it returns to the session

    def __init__(self, callers: CallerDirectory, records: RecordSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._callers = callers
        self._records = records
        self._pending: OrderedDict[str, ScreenPop] = OrderedDict()

    def on_identified(self, listener: Callable[[ScreenPop], None]) -> None:
        """Call ``listener`` with every pop ``identify_caller`` makes (a window's slot goes with its window)."""
        self.identified.connect(listener)

    def lookup(self, number: str) -> ScreenPop:
        """Every debtor with ``number`` on file; the record too when there is exactly one."""
        e164 = normalised(number)
        if e164 is None:
            return ScreenPop(number, None)
        matches = tuple(self._callers.callers(e164))
        record = self._records.record(matches[0].debtor_id) if len(matches) == 1 else None
        return ScreenPop(number, e164, matches, record)

    def record(self, debtor_id: int) -> DebtorRecord:
        """The full record of a debtor the agent picked among several matches."""
        return self._records.record(debtor_id)

    def identify_caller(self, number: str) -> DebtorRecord | None:
        """The call session's ``identify_caller``: looks up and keeps the pop for ``take``. A database that is away
        does not stop the call: it rings without a debtor, and the agent searches when it is back."""
        pop = self._lookup_or_nobody(number)
        self._pending[number] = pop
        self._pending.move_to_end(number)
        while len(self._pending) > _KEPT_POPS:
            self._pending.popitem(last=False)
        self.identified.emit(pop)
        return pop.record

    def take(self, number: str, record: DebtorRecord | None = None) -> ScreenPop:
        """The pop ``identify_caller`` made for ``number`` (once), else a fresh lookup.

        ``record``: what the session settled on; a kept pop that disagrees with it is stale and looked up again."""
        pop = self._pending.pop(number, None)
        if pop is None or _debtor_id(pop.record) != _debtor_id(record):
            return self._lookup_or_nobody(number)
        return pop

    def _lookup_or_nobody(self, number: str) -> ScreenPop:
        try:
            return self.lookup(number)
        except Exception as error:  # noqa: BLE001 - any storage failure; the call must still be logged and ring
            log.warning("screen pop lookup failed: %s", error)
            return ScreenPop(number, normalised(number))


def normalised(number: str) -> str | None:
    """E.164 of a caller's or typed number; None when withheld or not a valid phone number."""
    if number.strip().lower() in WITHHELD:
        return None
    try:
        return to_e164(number)
    except InvalidPhoneNumber:
        return None


def _debtor_id(record: DebtorRecord | None) -> int | None:
    return None if record is None else record.debtor_id
