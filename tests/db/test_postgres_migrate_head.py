"""The cheap "already at head" check on PostgreSQL: at head after an upgrade, not one revision behind."""

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from app.db.engine import create_database_engine
from app.db.migrate import HEAD_REVISION, alembic_config, is_at_head, upgrade_to_head

pytestmark = pytest.mark.postgres


def test_head_check_and_upgrade_from_one_revision_behind(postgres_url: str) -> None:
    engine = create_database_engine(postgres_url)
    try:
        assert not is_at_head(engine)
        assert upgrade_to_head(engine) == HEAD_REVISION
        assert is_at_head(engine)
        previous = ScriptDirectory.from_config(alembic_config()).get_revision(HEAD_REVISION).down_revision
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), str(previous))
        assert not is_at_head(engine)
        assert upgrade_to_head(engine) == HEAD_REVISION
        assert is_at_head(engine)
    finally:
        engine.dispose()
