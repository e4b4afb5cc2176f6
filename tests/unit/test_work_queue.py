"""The work queue's order and filters, without a database."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from app.domain.buckets import BUCKETS, bucket_for_days_past_due
from app.domain.work_queue import (
    QueueFilter,
    QueueItemKind,
    QueueShow,
    WorkQueueItem,
    count_by_kind,
    days_past_due_range,
    order_queue,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


def item(kind: QueueItemKind, debtor_id: int, *, days: int = 40, contact: datetime | None = None,
         due: datetime | None = None, in_portfolio: bool = True) -> WorkQueueItem:
    return WorkQueueItem(kind=kind, debtor_id=debtor_id, debtor_name=f"d{debtor_id}",
                         bucket=bucket_for_days_past_due(days), days_past_due=days, last_contact_at=contact, due_at=due,
                         amount_due=Decimal("100.00") if kind is QueueItemKind.PROMISE_DUE else None,
                         in_portfolio=in_portfolio)


def test_callbacks_due_come_first_then_promises_then_later_callbacks_then_cases() -> None:
    items = [
        item(QueueItemKind.CASE, 1, days=400),
        item(QueueItemKind.CALLBACK_LATER, 2, due=NOW + timedelta(hours=2)),
        item(QueueItemKind.PROMISE_DUE, 3),
        item(QueueItemKind.CALLBACK_DUE, 4, due=NOW - timedelta(minutes=1)),
        item(QueueItemKind.CALLBACK_DUE, 5, due=NOW - timedelta(hours=1)),
    ]
    assert [i.debtor_id for i in order_queue(items)] == [5, 4, 3, 2, 1]


def test_cases_worst_bucket_first_then_longest_untouched_then_days_past_due() -> None:
    long_ago, lately = NOW - timedelta(days=30), NOW - timedelta(days=1)
    items = [
        item(QueueItemKind.CASE, 1, days=35, contact=long_ago),  # M2
        item(QueueItemKind.CASE, 2, days=200, contact=lately),  # M6+
        item(QueueItemKind.CASE, 3, days=190, contact=long_ago),  # M6+, untouched longer
        item(QueueItemKind.CASE, 4, days=185, contact=None),  # M6+, never contacted
        item(QueueItemKind.CASE, 5, days=300, contact=long_ago),  # M6+, same contact as 3, more days
    ]
    assert [i.debtor_id for i in order_queue(items)] == [4, 5, 3, 2, 1]


def test_promises_in_the_portfolio_before_the_pool() -> None:
    items = [item(QueueItemKind.PROMISE_DUE, 1, days=300, in_portfolio=False),
             item(QueueItemKind.PROMISE_DUE, 2, days=10)]
    assert [i.debtor_id for i in order_queue(items)] == [2, 1]


def test_a_debtor_shows_once_under_the_most_urgent_item_and_the_limit_holds() -> None:
    items = [item(QueueItemKind.CASE, 7), item(QueueItemKind.CALLBACK_DUE, 7, due=NOW),
             item(QueueItemKind.CASE, 8), item(QueueItemKind.CASE, 9)]
    queue = order_queue(items, limit=2)
    assert [(i.debtor_id, i.kind) for i in queue] == [(7, QueueItemKind.CALLBACK_DUE), (8, QueueItemKind.CASE)]
    assert count_by_kind(queue)[QueueItemKind.CALLBACK_DUE] == 1


@pytest.mark.parametrize("show, wanted", [
    (QueueShow.ALL, set(QueueItemKind)),
    (QueueShow.CALLBACKS, {QueueItemKind.CALLBACK_DUE, QueueItemKind.CALLBACK_LATER}),
    (QueueShow.PROMISES_DUE, {QueueItemKind.PROMISE_DUE}),
])
def test_filter_kinds(show: QueueShow, wanted: set[QueueItemKind]) -> None:
    assert {k for k in QueueItemKind if QueueFilter(show).wants(k)} == wanted


def test_a_bucket_filter_shows_cases_and_needs_a_known_bucket() -> None:
    assert [k for k in QueueItemKind if QueueFilter(QueueShow.BUCKET, "M3").wants(k)] == [QueueItemKind.CASE]
    with pytest.raises(ValueError, match="M6\\+"):
        QueueFilter(QueueShow.BUCKET, "M9")


@pytest.mark.parametrize("bucket", BUCKETS)
def test_days_past_due_range_matches_the_buckets(bucket: str) -> None:
    first, last = days_past_due_range(bucket)
    for days in (first, last):
        if days is not None:
            assert bucket_for_days_past_due(days) == bucket
    if first is not None:
        assert bucket_for_days_past_due(first - 1) != bucket
    if last is not None:
        assert bucket_for_days_past_due(last + 1) != bucket
