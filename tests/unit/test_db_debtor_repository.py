"""Debtor search and the record view, read back as domain values."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorNotFound, DebtorRepository
from app.db.engine import session_factory
from app.db.models import Account, Debtor, DebtorPhone, Payment, PromiseToPay
from app.db.name_keys import name_initials, name_search_key
from app.domain.debtors import DebtorRecord, DebtorSummary
from tests.db.helpers import check_migration_0004_fills_search_keys, migrated_sqlite

PEOPLE = (
    # name, national id, phones (number, type, owner), accounts (number, total, dpd)
    ("张伟", "11010519491231002X", [("+8613812345678", "mobile", "self"), ("+861062345678", "home", "self")],
     [("6225880000000011", "10200.50", 53), ("6225880000000029", "3000.00", 3)]),
    ("张玲", "44030519900101123X", [("+8615912340000", "mobile", "self")], [("6222020000000037", "500.00", 0)]),
    ("王芳", "310104198507150025", [("+8613812345678", "mobile", "spouse"), ("+8618611112222", "mobile", "self")],
     [("6217000000000045", "812.30", 200)]),
    ("John Smith", "110101199003070036", [("+8613900001111", "mobile", "self")], [("6228480000000052", "99.99", 35)]),
)


@pytest.fixture
def repo(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    sessions = session_factory(engine)
    with sessions.begin() as session:
        for name, national_id, phones, accounts in PEOPLE:
            debtor = Debtor(full_name=name, name_pinyin=name_search_key(name), name_initials=name_initials(name),
                            national_id=national_id, address="x", language="en" if name.isascii() else "zh_CN")
            session.add(debtor)
            session.flush()
            session.add_all(DebtorPhone(debtor_id=debtor.id, number=n, phone_type=t, owner=o) for n, t, o in phones)
            for number, total, dpd in accounts:
                account = Account(debtor_id=debtor.id, account_number=number, product="信用卡", principal=Decimal(total),
                                  total_due=Decimal(total), minimum_due=Decimal("1.00"), due_date=date(2026, 10, 1),
                                  days_past_due=dpd, bucket="M0", currency="CNY")
                session.add(account)
                session.flush()
                session.add(Payment(account_id=account.id, paid_on=date(2026, 9, dpd % 28 + 1),
                                    amount=Decimal("10.00"), channel="alipay"))
                session.add(PromiseToPay(account_id=account.id, promised_on=date(2026, 11, 1), due_on=date(2026, 11, 9),
                                         amount=Decimal("20.00"), status="broken"))
    yield DebtorRepository(sessions), CallLogRepository(sessions)
    engine.dispose()


def names(found: list[DebtorSummary]) -> list[str]:
    return [d.full_name for d in found]


@pytest.mark.parametrize("query, expected", [
    ("张", ["张伟", "张玲"]),           # name prefix, in name order
    ("张伟", ["张伟"]),
    ("zhang", ["张玲", "张伟"]),        # pinyin, in pinyin order
    ("Zhang Wei", ["张伟"]),
    ("芳", ["王芳"]),                   # anywhere in the name
    ("smith", ["John Smith"]),          # Latin letters, any case, anywhere
    ("13812345678", ["张伟", "王芳"]),   # full national number: everyone with it on file
    ("+86 138 1234 5678", ["张伟", "王芳"]),
    ("1591234", ["张玲"]),              # leading digits
    ("0106234", ["张伟"]),              # a landline as dialled in China
    ("2222", ["王芳"]),                 # digits anywhere, when no number starts with them
    ("zw", ["张伟"]),                   # pinyin initials
    ("Z", ["张玲", "张伟"]),
    ("js", ["John Smith"]),
    ("002x", ["张伟"]),                 # last four of the national ID (尾号)
    ("0025", ["王芳"]),
    ("6222020000000037", ["张玲"]),     # account number
    ("310104198507150025", ["王芳"]),   # national ID
    ("nobody", []),
])
def test_search(repo, query: str, expected: list[str]) -> None:
    directory, _ = repo
    assert names(directory.search(query)) == expected


def test_search_respects_the_limit_and_an_empty_query_lists_everyone(repo) -> None:
    directory, _ = repo
    assert len(directory.search("张", limit=1)) == 1
    assert names(directory.search("  ")) == [p[0] for p in PEOPLE]


def test_summaries_show_the_worst_account_and_the_debtors_own_mobile(repo) -> None:
    directory, _ = repo
    zhang, _, wang, _ = directory.list_debtors()
    assert (zhang.primary_phone, zhang.days_past_due, zhang.bucket, zhang.total_due) == (
        "+8613812345678", 53, "M2", Decimal("13200.50"))
    assert wang.primary_phone == "+8618611112222"  # the spouse's phone is not the primary one
    assert names(directory.list_debtors(limit=2, offset=1)) == ["张玲", "王芳"]


def test_find_by_phone_lists_everyone_with_the_number(repo) -> None:
    directory, _ = repo
    assert names(directory.find_by_phone("+8613812345678")) == ["张伟", "王芳"]
    assert directory.find_by_phone("+8610000000000") == []


def test_record_has_accounts_payments_promises_and_contact_history_newest_first(repo) -> None:
    directory, call_log = repo
    zhang_id = directory.search("张伟")[0].debtor_id
    first = call_log.start_call(call_uuid="1" * 32, direction="outbound", number="+8613812345678",
                                agent_login="li.na", debtor_id=zhang_id, script_id=None, script_version=None)
    answered = datetime.now(timezone.utc)
    call_log.mark_answered(first, answered)
    call_log.mark_ended(first, answered + timedelta(seconds=95), "200")
    call_log.set_outcome(first, "rpc_ptp", "promised")
    second = call_log.start_call(call_uuid="2" * 32, direction="outbound", number="+861062345678",
                                 agent_login="li.na", debtor_id=zhang_id, script_id=None, script_version=None)

    record = directory.record(zhang_id)
    assert isinstance(record, DebtorRecord)
    assert (record.full_name, record.national_id, record.language) == ("张伟", "11010519491231002X", "zh_CN")
    assert [a.account_number for a in record.accounts] == ["6225880000000011", "6225880000000029"]  # worst first
    assert record.total_due == Decimal("13200.50") and record.days_past_due == 53
    assert [p.owner for p in record.phones] == ["self", "self"] and record.phones[0].phone_type == "mobile"
    assert [p.paid_on for p in record.payments] == sorted((p.paid_on for p in record.payments), reverse=True)
    assert {p.status for p in record.promises} == {"broken"}
    assert [h.call_id for h in record.contact_history] == [second, first]
    entry = record.contact_history[1]
    assert (entry.agent_name, entry.duration_seconds, entry.outcome_code, entry.note) == ("li.na", 95, "rpc_ptp", "promised")
    assert record.contact_history[0].duration_seconds is None


def test_an_unknown_debtor_is_a_clear_error(repo) -> None:
    directory, _ = repo
    with pytest.raises(DebtorNotFound):
        directory.record(12345)


def test_migration_0004_fills_the_search_keys_of_existing_debtors(tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path)
    check_migration_0004_fills_search_keys(engine)
    repo = DebtorRepository(session_factory(engine))
    assert names(repo.search("zw")) == ["张伟", "张伟"]
    assert names(repo.search("002X")) == ["张伟"]
    engine.dispose()


@pytest.mark.parametrize("name, initials", [
    ("张伟", "zw"), ("欧阳娜娜", "oynn"), ("John Smith", "js"), ("Mary-Jane O'Neil", "mjon"), ("李A明", "lam"), ("", ""),
])
def test_name_initials_take_the_first_letter_of_each_syllable_or_word(name: str, initials: str) -> None:
    assert name_initials(name) == initials
