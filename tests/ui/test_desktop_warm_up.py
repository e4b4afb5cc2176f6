"""The warm-up after start: the first call's one-off costs paid while idle, and start-up objects frozen so a full
garbage collection (50–100 ms over them) cannot stall a call."""

import gc

from app.desktop import _warm_up


class _FollowUps:
    def __init__(self) -> None:
        self.asked: list[int] = []

    def collection_hold(self, debtor_id: int) -> None:
        self.asked.append(debtor_id)


def test_warm_up_compiles_the_first_queries_and_freezes_start_up_objects() -> None:
    follow_ups = _FollowUps()
    before = gc.get_freeze_count()
    try:
        _warm_up(follow_ups)  # type: ignore[arg-type]  # a test double in place of the real object
        assert follow_ups.asked == [0]
        assert gc.get_freeze_count() > before
        assert len(gc.get_objects(generation=2)) < 10_000  # what a full collection still has to walk
    finally:
        gc.unfreeze()


def test_a_database_that_is_away_does_not_stop_the_warm_up() -> None:
    class Away:
        def collection_hold(self, debtor_id: int) -> None:
            raise OSError("database is locked")

    try:
        _warm_up(Away())  # type: ignore[arg-type]  # a test double in place of the real object
    finally:
        gc.unfreeze()
