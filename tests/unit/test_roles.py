"""Who may replay recordings and see full numbers: QA and supervisors replay; only supervisors see full numbers."""

import pytest

from app.domain.roles import Role, may_play_recordings, may_see_full_numbers, permissions_for


@pytest.mark.parametrize("role, plays, full", [
    ("agent", False, False), ("trainer", False, False), ("qa", True, False), ("supervisor", True, True),
])
def test_permissions_by_role(role: str, plays: bool, full: bool) -> None:
    assert (may_play_recordings(role), may_see_full_numbers(role)) == (plays, full)


def test_an_unknown_role_gets_no_more_than_an_agent() -> None:
    assert permissions_for("admin") == permissions_for(Role.AGENT)


def test_every_role_of_the_database_has_permissions() -> None:
    from app.db.models import AGENT_ROLES

    assert {r.value for r in Role} == set(AGENT_ROLES)
