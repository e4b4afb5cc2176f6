"""Someone else's PostgreSQL database is refused, naming its tables, until `db upgrade --adopt` says so."""

import pytest
from sqlalchemy import inspect, text

from app.db.engine import create_database_engine
from app.db.migrate import HEAD_REVISION, ForeignDatabase, NewerSchema, upgrade_to_head

pytestmark = pytest.mark.postgres


def test_a_foreign_database_is_refused_then_adopted(postgres_url: str) -> None:
    engine = create_database_engine(postgres_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
            connection.execute(text("CREATE VIEW open_invoices AS SELECT id FROM invoices"))
        with pytest.raises(ForeignDatabase, match="it holds 'invoices', 'open_invoices'. .*--adopt"):
            upgrade_to_head(engine)
        assert sorted(inspect(engine).get_table_names()) == ["invoices"]
        assert upgrade_to_head(engine, adopt=True) == HEAD_REVISION
        assert "debtors" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_a_newer_calldesk_schema_is_refused(postgres_url: str) -> None:
    engine = create_database_engine(postgres_url)
    try:
        upgrade_to_head(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        with pytest.raises(NewerSchema, match=r"made by a newer CallDesk \(revision 0099"):
            upgrade_to_head(engine)
    finally:
        engine.dispose()
