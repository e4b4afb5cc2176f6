"""The debtor list's rows: primary phone, worst account and its currency's total, read through covering indexes."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.db.debtor_record_reader import read_record
from app.db.debtor_summaries import debtor_summaries
from app.db.engine import session_factory
from app.db.models import Account, Debtor, DebtorPhone
from tests.db.helpers import migrated_sqlite

# name, phones (number, type, owner) in the order they were added, accounts (currency, total, days past due)
PEOPLE = (
    ("两种货币", [("+8613800000001", "mobile", "spouse"), ("+861080000001", "home", "self"),
              ("+8613800000002", "mobile", "self")],
     [("CNY", "100.00", 10), ("USD", "50.25", 90), ("USD", "20.10", 5), ("CNY", "7.00", 120)]),
    ("只有亲属电话", [("+8613800000003", "work", "employer"), ("+8613800000004", "mobile", "parent")],
     [("USD", "1.50", 0), ("USD", "2.50", 0)]),
    ("没有账户", [], []),
)


@pytest.fixture
def engine(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    with session_factory(engine).begin() as session:
        for n, (name, phones, accounts) in enumerate(PEOPLE):
            debtor = Debtor(full_name=name, national_id=f"11010119900101{n:04d}", address="x", language="zh_CN")
            session.add(debtor)
            session.flush()
            session.add_all(DebtorPhone(debtor_id=debtor.id, number=number, phone_type=kind, owner=owner)
                            for number, kind, owner in phones)
            session.add_all(
                Account(debtor_id=debtor.id, account_number=f"62{n}{a:014d}", product="信用卡", principal=Decimal(total),
                        total_due=Decimal(total), minimum_due=Decimal("1.00"), due_date=date(2026, 10, 1),
                        days_past_due=days, bucket="M0", currency=currency)
                for a, (currency, total, days) in enumerate(accounts))
    yield engine
    engine.dispose()


def test_the_worst_account_sets_bucket_and_currency_and_the_total_is_of_that_currency(engine: Engine) -> None:
    with engine.connect() as connection:
        both, relatives_only, no_accounts = debtor_summaries(connection, [1, 2, 3])
    assert (both.days_past_due, both.bucket, both.currency, both.total_due) == (120, "M4", "CNY", Decimal("107.00"))
    assert (relatives_only.currency, relatives_only.total_due, relatives_only.bucket) == ("USD", Decimal("4.00"), "M0")
    assert (no_accounts.days_past_due, no_accounts.currency, no_accounts.total_due) == (0, "CNY", Decimal("0.00"))
    assert isinstance(both.total_due, Decimal)


def test_the_primary_phone_is_the_debtors_own_mobile_then_their_own_then_anothers_mobile(engine: Engine) -> None:
    with engine.connect() as connection:
        rows = debtor_summaries(connection, [1, 2, 3])
    assert [row.primary_phone for row in rows] == ["+8613800000002", "+8613800000004", ""]


def test_rows_come_in_the_order_asked_and_unknown_ids_are_left_out(engine: Engine) -> None:
    with engine.connect() as connection:
        assert [row.debtor_id for row in debtor_summaries(connection, [3, 99, 1, 2])] == [3, 1, 2]
        assert debtor_summaries(connection, []) == []


def test_the_record_lists_phones_in_the_same_order_as_the_primary_phone(engine: Engine) -> None:
    with engine.connect() as connection:
        record = read_record(connection, 1)
        assert read_record(connection, 99) is None
    assert record is not None
    assert [(p.owner, p.phone_type) for p in record.phones] == [("self", "mobile"), ("self", "home"),
                                                               ("spouse", "mobile")]
    assert [a.days_past_due for a in record.accounts] == [120, 90, 10, 5]  # the worst first


def test_the_rows_are_read_from_the_covering_indexes_not_the_tables(engine: Engine) -> None:
    """Migration 0008: one index leaf per debtor for its phones and accounts (a table page each otherwise)."""
    from app.db import debtor_summaries as summaries

    plans = []
    with engine.connect() as connection:
        for statement in (summaries._NAMES_AND_PHONES, summaries._OWED_BY_CURRENCY):
            sql = str(statement.params(ids=[1, 2, 3]).compile(engine, compile_kwargs={"literal_binds": True}))
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql).all()
            plans.append(" | ".join(row[3] for row in rows))
    assert "COVERING INDEX ix_debtor_phones_summary" in plans[0], plans[0]
    assert "COVERING INDEX ix_accounts_summary" in plans[1] and "TEMP B-TREE" not in plans[1], plans[1]
