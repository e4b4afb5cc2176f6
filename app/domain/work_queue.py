"""The agent's work queue: what to call next, in the order a collections floor works it.

1. callbacks the agent promised that are due now (overdue first): a broken callback promise loses the debtor's trust;
2. promises to pay falling due today, in the agent's portfolio (without one, the pool's): a reminder keeps them;
3. the agent's callbacks later today, so they are in sight before they fall due;
4. cases: the agent's portfolio (or the unassigned pool when the agent has none), the worst bucket first and,
   within a bucket, the debtor left alone longest first (never contacted before anyone else), then more days past due.

A debtor shows once, under the first of these that applies.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum

from app.domain.buckets import BUCKETS

DEFAULT_LIMIT = 200


class QueueItemKind(Enum):
    CALLBACK_DUE = "callback_due"
    PROMISE_DUE = "promise_due"
    CALLBACK_LATER = "callback_later"
    CASE = "case"


KIND_ORDER: tuple[QueueItemKind, ...] = tuple(QueueItemKind)


class QueueShow(Enum):
    """What the agent narrowed the queue to."""

    ALL = "all"
    CALLBACKS = "callbacks"  # due now and later today
    PROMISES_DUE = "promises_due"
    BUCKET = "bucket"  # cases in one bucket (see QueueFilter.bucket)


@dataclass(frozen=True)
class QueueFilter:
    show: QueueShow = QueueShow.ALL
    bucket: str | None = None  # with QueueShow.BUCKET: one of app.domain.buckets.BUCKETS
    text: str = ""  # part of the name, its pinyin or initials

    def __post_init__(self) -> None:
        if self.show is QueueShow.BUCKET and self.bucket not in BUCKETS:
            raise ValueError(f"a bucket filter needs one of {', '.join(BUCKETS)}, not {self.bucket!r}")

    def wants(self, kind: QueueItemKind) -> bool:
        if self.show is QueueShow.CALLBACKS:
            return kind in (QueueItemKind.CALLBACK_DUE, QueueItemKind.CALLBACK_LATER)
        if self.show is QueueShow.PROMISES_DUE:
            return kind is QueueItemKind.PROMISE_DUE
        if self.show is QueueShow.BUCKET:
            return kind is QueueItemKind.CASE
        return True


@dataclass(frozen=True)
class WorkQueueItem:
    """One line of the queue: who to call and why."""

    kind: QueueItemKind
    debtor_id: int
    debtor_name: str
    bucket: str  # of the debtor's worst account
    days_past_due: int
    last_contact_at: datetime | None  # aware, UTC; None: never called
    due_at: datetime | None = None  # callbacks: when (aware, UTC)
    amount_due: Decimal | None = None  # promises: the amount promised for today
    currency: str = "CNY"
    note: str = ""  # callbacks: what was agreed
    in_portfolio: bool = True  # False: from the unassigned pool
    callback_id: int | None = None


def bucket_rank(bucket: str) -> int:
    """Higher is worse (M6+ highest); an unknown label ranks below M0."""
    return BUCKETS.index(bucket) if bucket in BUCKETS else -1


def days_past_due_range(bucket: str) -> tuple[int | None, int | None]:
    """The days past due a bucket covers, as (first, last); None: open-ended (M0 includes not yet due)."""
    if bucket == BUCKETS[0]:
        return None, 0
    if bucket == BUCKETS[-1]:
        return 30 * (len(BUCKETS) - 2) + 1, None
    rank = BUCKETS.index(bucket)
    return 30 * (rank - 1) + 1, 30 * rank


def priority_key(item: WorkQueueItem) -> tuple[object, ...]:
    """Sort key: the kind's place in KIND_ORDER, then the order within the kind (see the module docstring)."""
    never = item.last_contact_at is None
    last_contact = item.last_contact_at.timestamp() if item.last_contact_at is not None else 0.0
    if item.kind in (QueueItemKind.CALLBACK_DUE, QueueItemKind.CALLBACK_LATER):
        due = item.due_at.timestamp() if item.due_at is not None else 0.0
        return (KIND_ORDER.index(item.kind), due, item.debtor_id)
    if item.kind is QueueItemKind.PROMISE_DUE:
        return (KIND_ORDER.index(item.kind), not item.in_portfolio, -item.days_past_due, item.debtor_id)
    return (KIND_ORDER.index(item.kind), -bucket_rank(item.bucket), not never, last_contact, -item.days_past_due,
            item.debtor_id)


def order_queue(items: Iterable[WorkQueueItem], limit: int = DEFAULT_LIMIT) -> list[WorkQueueItem]:
    """The queue in priority order, each debtor once (under its most urgent item), at most ``limit`` lines."""
    seen: set[int] = set()
    queue = []
    for item in sorted(items, key=priority_key):
        if item.debtor_id in seen:
            continue
        seen.add(item.debtor_id)
        queue.append(item)
        if len(queue) >= limit:
            break
    return queue


def count_by_kind(items: Sequence[WorkQueueItem]) -> dict[QueueItemKind, int]:
    counts = dict.fromkeys(QueueItemKind, 0)
    for item in items:
        counts[item.kind] += 1
    return counts
