"""A database already at the newest schema starts without Alembic; HEAD_REVISION must follow the migrations."""

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from app.db.engine import create_database_engine
from app.db.migrate import HEAD_REVISION, alembic_config, head_revision, is_at_head, upgrade_to_head

ROOT = Path(__file__).resolve().parents[2]


def test_head_revision_constant_is_the_newest_migration() -> None:
    """Adding a migration means changing HEAD_REVISION too, or a database one revision behind would not upgrade."""
    assert HEAD_REVISION == head_revision()
    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [HEAD_REVISION]


def test_an_empty_database_is_not_at_head_until_upgraded(tmp_path: Path) -> None:
    engine = create_database_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert not is_at_head(engine)
    assert upgrade_to_head(engine) == HEAD_REVISION
    assert is_at_head(engine)
    engine.dispose()


def test_a_database_one_revision_behind_is_upgraded(tmp_path: Path) -> None:
    engine = create_database_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    upgrade_to_head(engine)
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(HEAD_REVISION).down_revision
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), str(previous))
    assert not is_at_head(engine)
    assert upgrade_to_head(engine) == HEAD_REVISION
    assert is_at_head(engine)
    engine.dispose()


def test_a_current_database_is_opened_without_loading_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    upgrade_to_head(url)
    probe = (
        "import sys\n"
        "from app.db.migrate import HEAD_REVISION, upgrade_to_head\n"
        f"assert upgrade_to_head({url!r}) == HEAD_REVISION\n"
        "print(sorted(name for name in sys.modules if name.startswith(('alembic', 'pypinyin'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
