"""Screen pop lookup: every phone on file counts, each match says whose phone it is; one lookup per INVITE."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.call_log_repository import CallLogRepository
from app.db.caller_lookup import CallerLookupRepository
from app.db.debtor_repository import DebtorRepository
from app.db.engine import session_factory
from app.db.models import Account, Call, Debtor, DebtorPhone
from app.domain.debtors import CallerMatch
from app.services.screen_pop import ScreenPopService, normalised
from tests.db.helpers import migrated_sqlite

SHARED = "+8613812345678"  # 张伟's own mobile and 王芳's spouse's
PEOPLE = (
    ("张伟", "11010519491231002X", [(SHARED, "mobile", "self", None), ("+861062345678", "home", "self", None)]),
    ("王芳", "310104198507150025", [("+8618611112222", "mobile", "self", None), (SHARED, "mobile", "spouse", "张伟")]),
    ("John Smith", "110101199003070036", [("+8613900001111", "mobile", "self", None),
                                          ("+861088886666", "work", "employer", "Acme Ltd")]),
)


@pytest.fixture
def db(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        for name, national_id, phones in PEOPLE:
            debtor = Debtor(full_name=name, name_pinyin=name, name_initials=name[:2], national_id=national_id,
                            address="x", language="en" if name.isascii() else "zh_CN")
            session.add(debtor)
            session.flush()
            session.add_all(DebtorPhone(debtor_id=debtor.id, number=n, phone_type=t, owner=o, owner_name=w)
                            for n, t, o, w in phones)
            session.add(Account(debtor_id=debtor.id, account_number=f"62258800000000{debtor.id:02d}", product="信用卡",
                                principal=Decimal("100"), total_due=Decimal("100"), minimum_due=Decimal("1"),
                                due_date=date(2026, 10, 1), days_past_due=30, bucket="M1", currency="CNY"))
    yield engine, sessions
    engine.dispose()


def test_every_debtor_with_the_number_says_whose_phone_it_is(db) -> None:
    _engine, sessions = db
    callers = CallerLookupRepository(sessions).callers(SHARED)
    assert callers == [CallerMatch(1, "张伟", "self", "mobile", None), CallerMatch(2, "王芳", "spouse", "mobile", "张伟")]
    assert callers[0].own_phone and not callers[1].own_phone
    assert CallerLookupRepository(sessions).callers("+861088886666") == [
        CallerMatch(3, "John Smith", "employer", "work", "Acme Ltd")]
    assert CallerLookupRepository(sessions).callers("+8617000000000") == []
    assert len(CallerLookupRepository(sessions).callers(SHARED, limit=1)) == 1


def test_a_debtor_with_the_number_twice_is_one_match_own_phone_first(db) -> None:
    _engine, sessions = db
    with sessions.begin() as session:
        session.add(DebtorPhone(debtor_id=2, number="+8618611112222", phone_type="home", owner="parent", owner_name="x"))
    assert CallerLookupRepository(sessions).callers("+8618611112222") == [CallerMatch(2, "王芳", "self", "mobile", None)]


def test_the_lookup_reads_the_number_index_not_the_table(db) -> None:
    engine, _sessions = db
    with engine.connect() as connection:
        plan = " ".join(row[3] for row in connection.execute(text(
            "EXPLAIN QUERY PLAN SELECT debtor_phones.debtor_id, debtors.full_name FROM debtor_phones "
            "JOIN debtors ON debtors.id = debtor_phones.debtor_id WHERE debtor_phones.number = '+8613812345678'")))
    assert "USING INDEX ix_debtor_phones_number" in plan and "SCAN" not in plan


@pytest.mark.parametrize("typed", ["13812345678", "+86 138 1234 5678", "0086 13812345678", "+8613812345678"])
def test_numbers_as_sent_or_typed_are_normalised(typed: str) -> None:
    assert normalised(typed) == SHARED


@pytest.mark.parametrize("number", ["", "anonymous", "Anonymous", "unknown", "private", "peer", "123", "1" * 60])
def test_withheld_or_invalid_numbers_match_nobody(db, number: str) -> None:
    _engine, sessions = db
    service = ScreenPopService(CallerLookupRepository(sessions), DebtorRepository(sessions))
    pop = service.lookup(number)
    assert pop.none and pop.e164 is None and pop.record is None and pop.match is None


def test_one_match_comes_with_the_record_several_without(db) -> None:
    _engine, sessions = db
    service = ScreenPopService(CallerLookupRepository(sessions), DebtorRepository(sessions))
    spouse = service.lookup("010 8888 6666")
    assert spouse.record is not None and spouse.record.full_name == "John Smith"
    assert spouse.match == CallerMatch(3, "John Smith", "employer", "work", "Acme Ltd")
    shared = service.lookup("13812345678")
    assert shared.several and shared.record is None and shared.match is None and len(shared.matches) == 2


class _CountingCallers:
    def __init__(self, inner: CallerLookupRepository) -> None:
        self.inner = inner
        self.lookups = 0

    def callers(self, e164: str) -> list[CallerMatch]:
        self.lookups += 1
        return self.inner.callers(e164)


def test_the_window_takes_the_sessions_lookup_instead_of_a_second_one(db) -> None:
    _engine, sessions = db
    callers = _CountingCallers(CallerLookupRepository(sessions))
    service = ScreenPopService(callers, DebtorRepository(sessions))
    record = service.identify_caller("+861088886666")
    assert record is not None and record.debtor_id == 3
    pop = service.take("+861088886666", record)
    assert pop.record == record and callers.lookups == 1
    service.take("+861088886666", record)  # taken once: a later take looks up again
    assert callers.lookups == 2
    service.identify_caller("13812345678")
    assert service.take("13812345678", None).several and callers.lookups == 3
    service.identify_caller("+861088886666")
    service.take("+861088886666", None)  # the session settled on something else: stale, looked up again
    assert callers.lookups == 5


def test_set_debtor_names_a_calls_debtor_once(db) -> None:
    _engine, sessions = db
    log = CallLogRepository(sessions)
    call_id = log.start_call(call_uuid="c" * 32, direction="inbound", number="+8613812345678", agent_login="li.na",
                             debtor_id=None, script_id=None, script_version=None)
    log.set_debtor(call_id, 2)
    log.set_debtor(call_id, 1)  # set once: the first pick stands (a correction would be a new event)
    with sessions() as session:
        assert session.get(Call, call_id).debtor_id == 2  # type: ignore[union-attr]  # present here, or the test fails on this line
