"""The agent's work queue read from the database: each part is a bounded index read, merged in app.domain.work_queue.

An agent works a portfolio (debtors assigned to them) or, with none, the unassigned pool: promises due today and
cases come from one or the other, so agents with portfolios stay off each other's and the pool's debtors. Callbacks
are the agent's own, whoever the debtor is assigned to.

Sizes it is built for (1,000,000 debtors): callbacks come from the index on (agent, status, due time); a portfolio
(a few hundred to a few thousand debtors) from the index on the assigned agent; the pool's promises from the
partial index of pending promises by due day and amount (the largest first, one page), and its cases from its
worst ``POOL_WINDOW`` accounts read down the days-past-due index, then ordered like a portfolio. The text filter is
applied to these bounded sets, never to the whole table. Debtors whose collection an open debtor-wide case flag
holds are left out of promises and cases (their callbacks stay: a flag that ends contact cancelled them already).
"""

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, select, true, update
from sqlalchemy.orm import Session, sessionmaker

from app.db.models import Account, Agent, Callback, Debtor, PromiseToPay, RaisedCaseFlag
from app.db.name_keys import search_key_for_query
from app.domain.buckets import bucket_for_days_past_due
from app.domain.work_queue import (
    DEFAULT_LIMIT,
    QueueFilter,
    QueueItemKind,
    QueueShow,
    WorkQueueItem,
    days_past_due_range,
    order_queue,
)

POOL_WINDOW = 300  # accounts of the unassigned pool read, worst first
_IN_BATCH = 900  # ids per IN list (SQLite allows 999 parameters in older builds)


class WorkQueueRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def queue(self, agent_login: str, now: datetime, today: date, callbacks_until: datetime,
              queue_filter: QueueFilter = QueueFilter(), limit: int = DEFAULT_LIMIT) -> list[WorkQueueItem]:
        """The agent's queue in priority order. ``today`` is the agent's local date (promises due), callbacks
        due before ``callbacks_until`` are included (those after ``now`` as later today)."""
        text = _TextFilter(queue_filter.text)
        with self._sessions() as session:
            agent_id = session.scalar(select(Agent.id).where(Agent.login == agent_login))
            portfolio = agent_id if agent_id is not None and _has_portfolio(session, agent_id) else None
            items: list[WorkQueueItem] = []
            if agent_id is not None and queue_filter.wants(QueueItemKind.CALLBACK_DUE):
                items += _callbacks(session, agent_id, now, callbacks_until, text)
            if queue_filter.wants(QueueItemKind.PROMISE_DUE):
                items += _promises_due(session, portfolio, today, text, limit)
            before_cases = {i.debtor_id for i in items if i.kind is not QueueItemKind.CALLBACK_LATER}
            if queue_filter.wants(QueueItemKind.CASE) and len(before_cases) < limit:  # else no case would show
                bucket = queue_filter.bucket if queue_filter.show is QueueShow.BUCKET else None
                items += _cases(session, portfolio, bucket, text)
        return order_queue(items, limit)

    def assign(self, debtor_ids: Iterable[int], agent_login: str | None) -> int:
        """Put debtors in an agent's portfolio (None: back to the pool); returns how many were changed."""
        ids = list(debtor_ids)
        changed = 0
        with self._sessions.begin() as session:
            agent_id = None
            if agent_login is not None:
                agent_id = session.scalar(select(Agent.id).where(Agent.login == agent_login))
                if agent_id is None:
                    raise LookupError(f"no agent has the login {agent_login!r}")
            for start in range(0, len(ids), _IN_BATCH):
                result = session.execute(
                    update(Debtor).where(Debtor.id.in_(ids[start:start + _IN_BATCH]))
                    .values(assigned_agent_id=agent_id), execution_options={"synchronize_session": False})
                changed += result.rowcount  # type: ignore[attr-defined]  # a DML statement's result has rowcount; the stubs type it as Result
        return changed


class _TextFilter:
    """Part of the name, or the start of its pinyin or initials, as the debtor search reads a name."""

    def __init__(self, text: str) -> None:
        self._text = text.strip()
        self._key = search_key_for_query(self._text) if self._text else ""

    def matches(self, full_name: str, pinyin: str | None, initials: str | None) -> bool:
        if not self._text:
            return True
        if self._text.casefold() in full_name.casefold():
            return True
        return bool(self._key) and ((pinyin or "").startswith(self._key) or (initials or "").startswith(self._key))


def _callbacks(session: Session, agent_id: int, now: datetime, until: datetime,
               text: _TextFilter) -> list[WorkQueueItem]:
    rows = session.execute(
        select(Callback.id, Callback.debtor_id, Callback.due_at, Callback.note, Debtor.assigned_agent_id)
        .join(Debtor, Callback.debtor_id == Debtor.id)
        .where(Callback.agent_id == agent_id, Callback.status == "pending", Callback.due_at < until)
    ).tuples().all()
    if not rows:
        return []
    debtors = {d.debtor_id: d for d in _debtor_facts(session, _among({r[1] for r in rows}), leave_out_held=False)}
    return [
        WorkQueueItem(
            kind=QueueItemKind.CALLBACK_DUE if due_at <= now else QueueItemKind.CALLBACK_LATER,
            debtor_id=debtor_id, debtor_name=d.name, bucket=bucket_for_days_past_due(d.worst), days_past_due=d.worst,
            last_contact_at=d.last_contact, due_at=due_at, note=note or "", in_portfolio=assigned == agent_id,
            callback_id=callback_id,
        )
        for callback_id, debtor_id, due_at, note, assigned in rows
        if (d := debtors.get(debtor_id)) is not None and text.matches(d.name, d.pinyin, d.initials)
    ]


def _has_portfolio(session: Session, agent_id: int) -> bool:
    return session.scalar(select(Debtor.id).where(Debtor.assigned_agent_id == agent_id).limit(1)) is not None


def _unassigned(debtor_id: Any) -> ColumnElement[bool]:
    """Per row, so the outer query keeps its own index order (a join would start from the 'unassigned' index)."""
    return select(Debtor.assigned_agent_id).where(Debtor.id == debtor_id).scalar_subquery().is_(None)


def _promises_due(session: Session, portfolio: int | None, today: date, text: _TextFilter,
                  limit: int) -> list[WorkQueueItem]:
    """Promises due today in the agent's portfolio, or the pool's ``limit`` largest without one."""
    columns = (Account.debtor_id, PromiseToPay.amount, PromiseToPay.due_on, Account.currency)
    if portfolio is not None:  # from the portfolio's accounts: a few hundred index probes, whatever the day brings
        accounts = select(Account.id).join(Debtor, Account.debtor_id == Debtor.id).where(
            Debtor.assigned_agent_id == portfolio)
        query = (select(*columns).join(Account, PromiseToPay.account_id == Account.id)
                 .where(PromiseToPay.account_id.in_(accounts), PromiseToPay.status == "pending"))
    else:  # down the (due day, amount) index, largest first, until enough are found in the pool
        query = (select(*columns).join(Account, PromiseToPay.account_id == Account.id)
                 .where(PromiseToPay.status == "pending", PromiseToPay.due_on == today, _unassigned(Account.debtor_id))
                 .order_by(PromiseToPay.amount.desc()).limit(limit))
    promised: dict[int, tuple[Decimal, str]] = {}
    for debtor_id, amount, due_on, currency in session.execute(query).tuples():
        if due_on == today:
            promised[debtor_id] = (promised.get(debtor_id, (Decimal("0"), ""))[0] + amount, currency)
    if not promised:
        return []
    debtors = {d.debtor_id: d for d in _debtor_facts(session, _among(promised))
               if text.matches(d.name, d.pinyin, d.initials)}
    largest = sorted(debtors, key=lambda d: (-promised[d][0], d))[:limit]
    return [
        WorkQueueItem(
            kind=QueueItemKind.PROMISE_DUE, debtor_id=debtor_id, debtor_name=debtors[debtor_id].name,
            bucket=bucket_for_days_past_due(debtors[debtor_id].worst), days_past_due=debtors[debtor_id].worst,
            last_contact_at=debtors[debtor_id].last_contact, amount_due=promised[debtor_id][0],
            currency=promised[debtor_id][1], in_portfolio=portfolio is not None,
        )
        for debtor_id in largest
    ]


def _cases(session: Session, portfolio: int | None, bucket: str | None, text: _TextFilter) -> list[WorkQueueItem]:
    """The agent's portfolio, or the worst of the unassigned pool without one."""
    if portfolio is not None:
        which = Debtor.assigned_agent_id == portfolio
    else:
        which = Debtor.id.in_(_pool_window(bucket))
    return [
        WorkQueueItem(
            kind=QueueItemKind.CASE, debtor_id=d.debtor_id, debtor_name=d.name,
            bucket=bucket_for_days_past_due(d.worst), days_past_due=d.worst, last_contact_at=d.last_contact,
            in_portfolio=portfolio is not None,
        )
        for d in _debtor_facts(session, which)
        if bucket in (None, bucket_for_days_past_due(d.worst)) and text.matches(d.name, d.pinyin, d.initials)
    ]


def _pool_window(bucket: str | None) -> Select[Any]:
    """Unassigned debtors of the worst POOL_WINDOW accounts (in ``bucket`` only, if given)."""
    window: Select[Any] = (
        select(Account.debtor_id).where(_unassigned(Account.debtor_id))
        .order_by(Account.days_past_due.desc()).limit(POOL_WINDOW)
    )
    if bucket is not None:
        first, last = days_past_due_range(bucket)
        window = window.where(*_between(Account.days_past_due, first, last))
    return window


def _between(column: Any, first: int | None, last: int | None) -> list[ColumnElement[bool]]:
    conditions = []
    if first is not None:
        conditions.append(column >= first)
    if last is not None:
        conditions.append(column <= last)
    return conditions


class _DebtorFacts(NamedTuple):
    debtor_id: int
    name: str
    pinyin: str | None
    initials: str | None
    last_contact: datetime | None
    worst: int  # days past due of the worst account


def _among(debtor_ids: Iterable[int]) -> ColumnElement[bool]:
    """One of these debtors (bounded sets: a day's callbacks, a page of promises)."""
    return Debtor.id.in_(sorted(debtor_ids))


def _debtor_facts(session: Session, which: ColumnElement[bool], leave_out_held: bool = True) -> list[_DebtorFacts]:
    """Name, search keys, last contact and worst days past due of the debtors ``which`` selects, leaving out
    (unless asked not to) those whose collection an open debtor-wide case flag holds."""
    held = (select(RaisedCaseFlag.id).where(RaisedCaseFlag.debtor_id == Debtor.id, RaisedCaseFlag.cleared_at.is_(None),
                                            RaisedCaseFlag.account_id.is_(None)).exists())
    rows = session.execute(
        select(Debtor.id, Debtor.full_name, Debtor.name_pinyin, Debtor.name_initials, Debtor.last_contact_at,
               func.coalesce(func.max(Account.days_past_due), 0))
        .outerjoin(Account, Account.debtor_id == Debtor.id)
        .where(which, ~held if leave_out_held else true()).group_by(Debtor.id)
    ).tuples()
    return [_DebtorFacts(*row) for row in rows]
