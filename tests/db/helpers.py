"""Shared helpers for database tests: a migrated SQLite file, a content hash, CSV writing."""

import csv
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Engine, select

from app.db import models
from app.db.csv_rows import ALL_COLUMNS
from app.db.engine import create_database_engine, session_factory
from app.db.migrate import upgrade_to_head


def migrated_sqlite(folder: Path, name: str = "calldesk.db") -> Engine:
    engine = create_database_engine(f"sqlite:///{folder / name}")
    upgrade_to_head(engine)
    return engine


def content_hash(engine: Engine) -> str:
    """SHA-256 over every row of every table, in primary key order."""
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for table in models.Base.metadata.sorted_tables:
            for row in connection.execute(select(table).order_by(*table.primary_key.columns)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


GOOD_ROWS: tuple[dict[str, str], ...] = (
    {"account_number": "6225880000000011", "full_name": "张伟", "national_id": "11010519491231002X",
     "phone": "13812345678", "phone_type": "mobile", "phone_owner": "self", "address": "北京市朝阳区建设路1号",
     "product": "信用卡 金卡", "principal": "10000.00", "interest": "150.50", "fees": "50", "total_due": "10200.50",
     "minimum_due": "1020.05", "due_date": "2026-10-01", "days_past_due": "53", "currency": "CNY", "language": "zh_CN"},
    {"account_number": "6225880000000029", "full_name": "张伟", "national_id": "11010519491231002X",
     "phone": "010-62345678", "phone_type": "home", "phone_owner": "self", "address": "北京市朝阳区建设路1号",
     "product": "信用卡 现金分期", "principal": "3000", "interest": "0", "fees": "0", "total_due": "3000",
     "minimum_due": "300", "due_date": "2026-11-20", "days_past_due": "3", "currency": "CNY", "language": "zh_CN"},
    {"account_number": "6222020000000037", "full_name": "Emily Clark", "national_id": "44030519900101123X",
     "phone": "+86 139 1234 5678", "phone_type": "", "phone_owner": "", "address": "Room 1202, Nanshan, Shenzhen",
     "product": "Platinum Card", "principal": "25000.99", "interest": "1200", "fees": "100", "total_due": "26300.99",
     "minimum_due": "2630.10", "due_date": "2026-05-01", "days_past_due": "206", "currency": "", "language": "en"},
    {"account_number": "6217000000000045", "full_name": "欧阳娜娜", "national_id": "310104198507150025",
     "phone": "15912345678", "phone_type": "mobile", "phone_owner": "spouse", "address": "上海市徐汇区",
     "product": "信用卡 标准卡", "principal": "800", "interest": "12.30", "fees": "0", "total_due": "812.30",
     "minimum_due": "100", "due_date": "2026-11-30", "days_past_due": "0", "currency": "CNY", "language": "zh_CN"},
)


def write_csv(path: Path, rows: Iterable[dict[str, str]], columns: Sequence[str] = ALL_COLUMNS,
              encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def row_with(index: int, **changes: str) -> dict[str, str]:
    return {**GOOD_ROWS[index], **changes}


__all__ = ["GOOD_ROWS", "content_hash", "migrated_sqlite", "row_with", "session_factory", "write_csv"]


SEARCH_KEY_DEBTORS = (  # name, national ID, then the keys migration 0004 fills in
    ("张伟", "11010519491231002x", "zw", "002X"), ("欧阳娜娜", "310104198507150025", "oynn", "0025"),
    ("John Smith", "110101199003070036", "js", "0036"), ("张伟", "440305199001011234", "zw", "1234"),
)


def check_migration_0004_fills_search_keys(engine: Engine) -> None:
    """Down to 0003, debtors written as before, back up: the new search keys are filled in for every row."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import text

    from app.db.migrate import alembic_config

    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")  # as app.db.migrate does for batch copies
            connection.commit()
        with connection.begin():
            command.downgrade(alembic_config(connection), "0003")
            connection.execute(
                text("INSERT INTO debtors (full_name, national_id, address, time_zone, language, created_at) "
                     "VALUES (:name, :national_id, '', 'Asia/Shanghai', 'zh_CN', CURRENT_TIMESTAMP)"),
                [{"name": name, "national_id": national_id} for name, national_id, _, _ in SEARCH_KEY_DEBTORS],
            )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, models.Base.metadata) == []
        keys = connection.execute(
            select(models.Debtor.name_initials, models.Debtor.national_id_last4).order_by(models.Debtor.id)
        ).tuples().all()
    assert keys == [(initials, last4) for _, _, initials, last4 in SEARCH_KEY_DEBTORS]
