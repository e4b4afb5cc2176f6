"""Any part of a Chinese name is found through the name-part expression indexes (migration 0005), not a scan."""

from pathlib import Path

import pytest
from sqlalchemy import Engine

from app.db.debtor_repository import DebtorRepository
from app.db.debtor_search import name_searches
from app.db.engine import session_factory
from app.db.models import Debtor
from app.db.name_keys import name_initials, name_search_key
from tests.db.helpers import migrated_sqlite

NAMES = ("张伟明", "欧阳娜娜", "张伟", "李明", "买买提·艾力", "John Smith")


@pytest.fixture
def engine(tmp_path: Path):
    engine = migrated_sqlite(tmp_path)
    with session_factory(engine).begin() as session:
        session.add_all(
            Debtor(full_name=name, name_pinyin=name_search_key(name), name_initials=name_initials(name),
                   national_id=f"11010119900101{n:04d}", address="")
            for n, name in enumerate(NAMES))
    yield engine
    engine.dispose()


@pytest.mark.parametrize("query, expected", [
    ("伟明", ["张伟明"]),  # from the 2nd character
    ("娜娜", ["欧阳娜娜"]),  # from the 3rd: the given name after a compound surname
    ("阳娜", ["欧阳娜娜"]),
    ("张伟", ["张伟", "张伟明"]),  # the start of the name first
    ("明", ["李明", "张伟明"]),  # from the 2nd, then from the 3rd
    ("艾力", ["买买提·艾力"]),  # further in: the last resort, a scan, as nothing else matched
    ("mith", ["John Smith"]),
])
def test_parts_of_names_are_found(engine: Engine, query: str, expected: list[str]) -> None:
    repo = DebtorRepository(session_factory(engine))
    assert [d.full_name for d in repo.search(query)] == expected


def test_name_part_searches_read_the_expression_indexes(engine: Engine) -> None:
    plans = []
    with engine.connect() as connection:
        for statement, values in name_searches("伟明"):
            bound = statement.params(**values, limit=200)
            sql = str(bound.compile(engine, compile_kwargs={"literal_binds": True}))
            plans.append(" ".join(row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)))
    assert all("USING" in plan and "SCAN" not in plan for plan in plans), plans
    assert any("ix_debtors_name_from_2nd" in p for p in plans) and any("ix_debtors_name_from_3rd" in p for p in plans)


def test_percent_underscore_and_slash_in_a_query_are_letters_not_patterns(tmp_path: Path) -> None:
    engine = migrated_sqlite(tmp_path, "escapes.db")
    names = ("A_B", "AXB", "C%D", "CXD", "E/F", "E//F")
    with session_factory(engine).begin() as session:
        session.add_all(Debtor(full_name=name, national_id=f"11010119900101{n:04d}", address="")
                        for n, name in enumerate(names))
    repo = DebtorRepository(session_factory(engine))
    try:
        assert [[d.full_name for d in repo.search(query)] for query in ("A_", "C%", "E/F")] == [["A_B"], ["C%D"], ["E/F"]]
    finally:
        engine.dispose()
