"""Promise to pay: kept, broken or pending from the payments, the promised date and the grace days."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.promise_status import PromiseStatus, evaluate_promise

PROMISED_ON = date(2026, 3, 1)  # the call in which the debtor promised
DUE_ON = date(2026, 3, 10)  # the day they promised to pay by
GRACE = 3
AMOUNT = Decimal("500.00")

PROPERTY = settings(max_examples=200, deadline=None)
payments = st.lists(st.tuples(st.dates(date(2026, 2, 20), date(2026, 3, 25)),
                              st.integers(0, 60_000).map(lambda cents: Decimal(cents).scaleb(-2))), max_size=6)
todays = st.dates(date(2026, 2, 25), date(2026, 4, 30))


def _status(paid: list[tuple[date, Decimal]], today: date) -> PromiseStatus:
    return evaluate_promise(AMOUNT, PROMISED_ON, DUE_ON, paid, today, GRACE)


@pytest.mark.parametrize(("paid", "today", "expected"), [
    ([], date(2026, 3, 5), "pending"),
    ([], date(2026, 3, 13), "pending"),  # last day of grace
    ([], date(2026, 3, 14), "broken"),
    ([(date(2026, 3, 10), Decimal("500.00"))], date(2026, 3, 10), "kept"),
    ([(date(2026, 3, 2), Decimal("500.00"))], date(2026, 3, 2), "kept"),  # early payment keeps it at once
    ([(date(2026, 3, 13), Decimal("500.00"))], date(2026, 4, 1), "kept"),  # within grace
    ([(date(2026, 3, 14), Decimal("500.00"))], date(2026, 4, 1), "broken"),  # after grace
    ([(date(2026, 2, 28), Decimal("500.00"))], date(2026, 4, 1), "broken"),  # before the promise was made
    ([(date(2026, 3, 1), Decimal("500.00"))], date(2026, 4, 1), "kept"),  # on the day of the promise
    ([(date(2026, 3, 3), Decimal("200.00")), (date(2026, 3, 9), Decimal("300.00"))], date(2026, 4, 1), "kept"),
    ([(date(2026, 3, 3), Decimal("200.00")), (date(2026, 3, 9), Decimal("299.99"))], date(2026, 3, 12), "pending"),
    ([(date(2026, 3, 3), Decimal("200.00")), (date(2026, 3, 9), Decimal("299.99"))], date(2026, 3, 14), "broken"),
    ([(date(2026, 3, 5), Decimal("800.00"))], date(2026, 3, 5), "kept"),  # paying more keeps it too
])
def test_examples(paid: list[tuple[date, Decimal]], today: date, expected: str) -> None:
    assert _status(paid, today) == expected


def test_status_is_a_plain_string() -> None:
    status = _status([], date(2026, 3, 5))
    assert isinstance(status, str) and status == "pending" and f"{status}" == "pending"


def test_no_grace_means_the_promised_day_is_the_last() -> None:
    assert evaluate_promise(AMOUNT, PROMISED_ON, DUE_ON, [], DUE_ON + timedelta(days=1), 0) == "broken"
    assert evaluate_promise(AMOUNT, PROMISED_ON, DUE_ON, [(DUE_ON, AMOUNT)], DUE_ON, 0) == "kept"


@pytest.mark.parametrize(("amount", "due_on", "paid", "grace", "message"), [
    (Decimal(0), DUE_ON, [], 3, "promised amount"),
    (500, DUE_ON, [], 3, "promised amount"),
    (AMOUNT, date(2026, 2, 28), [], 3, "before the day of the promise"),
    (AMOUNT, DUE_ON, [(DUE_ON, Decimal("-10.00"))], 3, "a payment must be"),
    (AMOUNT, DUE_ON, [(DUE_ON, 10.0)], 3, "a payment must be"),
    (AMOUNT, DUE_ON, [], -1, "grace_days"),
])
def test_bad_input_is_refused(amount: Decimal, due_on: date, paid: list[tuple[date, Decimal]], grace: int,
                              message: str) -> None:
    with pytest.raises(ValueError, match=message):
        evaluate_promise(amount, PROMISED_ON, due_on, paid, date(2026, 3, 5), grace)


@PROPERTY
@given(payments, payments, todays)
def test_adding_payments_never_makes_a_promise_worse(paid: list[tuple[date, Decimal]],
                                                     more: list[tuple[date, Decimal]], today: date) -> None:
    before, after = _status(paid, today), _status(paid + more, today)
    if before == "kept":
        assert after == "kept"
    else:
        assert after in (before, "kept")


@PROPERTY
@given(payments, todays, st.integers(1, 60))
def test_time_only_moves_pending_to_broken(paid: list[tuple[date, Decimal]], today: date, later_by: int) -> None:
    now, later = _status(paid, today), _status(paid, today + timedelta(days=later_by))
    assert later == now or (now == "pending" and later == "broken")


@PROPERTY
@given(payments, todays)
def test_status_matches_the_rule(paid: list[tuple[date, Decimal]], today: date) -> None:
    window_end = DUE_ON + timedelta(days=GRACE)
    in_window = sum((amount for day, amount in paid if PROMISED_ON <= day <= window_end), Decimal(0))
    expected = "kept" if in_window >= AMOUNT else "broken" if today > window_end else "pending"
    assert _status(paid, today) == expected
    assert _status(list(reversed(paid)), today) == expected  # order of payments does not matter
