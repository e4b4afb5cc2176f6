"""A small floor for the work queue tests, on SQLite (tests/unit) and PostgreSQL (tests/db): two agents, a portfolio,
the pool, callbacks, promises due today and a held case. Also the check of migration 0005."""

import warnings
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from sqlalchemy import Engine, select, text

from app.db import models
from app.db.engine import session_factory
from app.db.migrate import upgrade_to_head
from app.db.name_keys import name_initials, name_search_key
from app.db.work_queue_repository import WorkQueueRepository
from app.domain.work_queue import QueueFilter, QueueShow

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
TODAY = date(2026, 11, 23)
UNTIL = NOW + timedelta(hours=12)

# name, agent (None: pool), worst days past due, days since the last contact (None: never)
DEBTORS = (
    ("张伟明", "ana", 200, 30), ("李娜", "ana", 200, None), ("王芳", "ana", 35, 2), ("欧阳娜娜", "ana", 10, None),
    ("John Smith", "ana", 60, 5), ("赵六", None, 400, None), ("钱七", None, 90, 1), ("孙八", "ana", 300, None),
)


def build_floor(engine: Engine) -> dict[str, int]:
    """The debtors above; returns name -> debtor id."""
    ids: dict[str, int] = {}
    with session_factory(engine).begin() as session:
        agents = {login: models.Agent(login=login, display_name=login) for login in ("ana", "bo")}
        session.add_all(agents.values())
        session.flush()
        for number, (name, agent, days, contact) in enumerate(DEBTORS, start=1):
            debtor = models.Debtor(
                full_name=name, name_pinyin=name_search_key(name), name_initials=name_initials(name),
                national_id=f"11010119900101{number:04d}", address="", language="zh_CN",
                assigned_agent_id=agents[agent].id if agent else None,
                last_contact_at=None if contact is None else NOW - timedelta(days=contact),
            )
            session.add(debtor)
            session.flush()
            ids[name] = debtor.id
            for suffix, dpd in (("1", days), ("2", max(days - 20, 0))):  # the worst account decides the bucket
                session.add(models.Account(
                    debtor_id=debtor.id, account_number=f"62{number:04d}{suffix}", product="信用卡",
                    principal=Decimal("100"), total_due=Decimal("100"), minimum_due=Decimal("10"),
                    due_date=TODAY - timedelta(days=dpd), days_past_due=dpd, bucket="M0"))
        session.flush()
        for name, amount in (("欧阳娜娜", "500.00"), ("钱七", "80.00")):
            account_id = session.scalar(select(models.Account.id).where(models.Account.debtor_id == ids[name]))
            session.add(models.PromiseToPay(account_id=account_id, promised_on=TODAY - timedelta(days=7),
                                            due_on=TODAY, amount=Decimal(amount)))
        session.add_all([
            models.Callback(debtor_id=ids["John Smith"], agent_id=agents["ana"].id, due_at=NOW - timedelta(hours=1)),
            models.Callback(debtor_id=ids["王芳"], agent_id=agents["ana"].id, due_at=NOW + timedelta(hours=3)),
            models.Callback(debtor_id=ids["赵六"], agent_id=agents["ana"].id, due_at=NOW - timedelta(hours=1),
                            status="done"),
            models.RaisedCaseFlag(debtor_id=ids["孙八"], kind="hardship", raised_by_id=agents["ana"].id),
        ])
    return ids


def queue_names(repo: WorkQueueRepository, login: str, queue_filter: QueueFilter = QueueFilter()) -> list[str]:
    return [item.debtor_name for item in repo.queue(login, NOW, TODAY, UNTIL, queue_filter)]


def check_queue(engine: Engine) -> None:
    """The queue's sections, order and filters on ``engine`` (an empty, migrated database)."""
    build_floor(engine)
    repo = WorkQueueRepository(session_factory(engine))
    assert queue_names(repo, "ana") == ["John Smith", "欧阳娜娜", "王芳", "李娜", "张伟明"]
    assert queue_names(repo, "ana", QueueFilter(QueueShow.CALLBACKS)) == ["John Smith", "王芳"]
    assert queue_names(repo, "ana", QueueFilter(QueueShow.PROMISES_DUE)) == ["欧阳娜娜"]
    assert queue_names(repo, "ana", QueueFilter(QueueShow.BUCKET, "M6+")) == ["李娜", "张伟明"]
    # the same bucket: the one left alone longer first
    assert queue_names(repo, "ana", QueueFilter(QueueShow.BUCKET, "M2")) == ["John Smith", "王芳"]
    assert queue_names(repo, "ana", QueueFilter(text="娜")) == ["欧阳娜娜", "李娜"]
    assert queue_names(repo, "ana", QueueFilter(text="zwm")) == ["张伟明"]
    assert queue_names(repo, "ana", QueueFilter(text="Smith")) == ["John Smith"]
    assert queue_names(repo, "bo") == ["钱七", "赵六"]  # no portfolio: the pool's promise, then its worst case
    assert queue_names(repo, "nobody") == ["钱七", "赵六"]


def check_migration_0005(engine: Engine) -> None:
    """Down to 0004 with a debtor called twice, back up: last contact filled in, the schema matches the models."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from app.db.migrate import alembic_config

    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
        with connection.begin():
            command.downgrade(alembic_config(connection), "0004")
            connection.execute(text(
                "INSERT INTO agents (id, login, display_name, role, created_at) "
                "VALUES (1, 'ana', 'ana', 'agent', CURRENT_TIMESTAMP)"))
            connection.execute(text(
                "INSERT INTO debtors (id, full_name, national_id, address, time_zone, language, created_at) "
                "VALUES (1, '欧阳娜娜', '110101199001010001', '', 'Asia/Shanghai', 'zh_CN', CURRENT_TIMESTAMP), "
                "(2, '张伟明', '110101199001010002', '', 'Asia/Shanghai', 'zh_CN', CURRENT_TIMESTAMP)"))
            sqlite = connection.dialect.name == "sqlite"  # stored as naive UTC text there
            connection.execute(
                text("INSERT INTO calls (uuid, debtor_id, direction, number, agent_id, started_at) "
                     "VALUES (:uuid, 1, 'outbound', '+8613800000000', 1, :started)"),
                [{"uuid": f"u{n}", "started": _stored(NOW - timedelta(days=n), sqlite)} for n in (3, 1, 7)])
    upgrade_to_head(engine)
    with engine.connect() as connection, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "cannot reflect expression-based indexes": checked by name below
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, models.Base.metadata) == []
        indexes = set(connection.scalars(text(
            "SELECT name FROM sqlite_master WHERE type = 'index'" if connection.dialect.name == "sqlite"
            else "SELECT indexname FROM pg_indexes")))
        assert {"ix_debtors_name_from_2nd", "ix_debtors_name_from_3rd", "ix_debtors_assigned_agent_id",
                "ix_accounts_days_past_due", "ix_promises_to_pay_pending_due_on_amount"} <= indexes
        contacts = connection.execute(
            select(models.Debtor.id, models.Debtor.last_contact_at, models.Debtor.assigned_agent_id)
            .order_by(models.Debtor.id)).tuples().all()
    assert [(d, c.astimezone(timezone.utc) if c else None, a) for d, c, a in contacts] == [
        (1, NOW - timedelta(days=1), None), (2, None, None)]


def _stored(moment: datetime, sqlite: bool) -> object:
    return moment.replace(tzinfo=None).isoformat(" ", "microseconds") if sqlite else moment
