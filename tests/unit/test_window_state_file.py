"""window.ini lives beside calldesk.toml, also one given with --config (README, "Three columns")."""

import os
from pathlib import Path

import pytest

from app.config import default_paths, load_settings

ENGLISH = {"LANG": "en_US.UTF-8"}


def test_without_config_flag_it_is_in_the_config_folder(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, environ=ENGLISH)
    assert settings.window_state_file == default_paths().config_dir / "window.ini"


def test_with_config_flag_it_is_beside_that_file(tmp_path: Path) -> None:
    config = tmp_path / "desk" / "calldesk.toml"
    config.parent.mkdir()
    config.write_text('[general]\nlanguage = "en"\n', encoding="utf-8")
    settings = load_settings(config_file=config, data_dir=tmp_path, environ=ENGLISH)
    assert settings.window_state_file == tmp_path / "desk" / "window.ini"


def test_beside_a_read_only_shared_config_it_falls_back_to_the_config_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "etc" / "calldesk.toml"
    config.parent.mkdir()
    config.write_text("", encoding="utf-8")
    settings = load_settings(config_file=config, data_dir=tmp_path, environ=ENGLISH)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path) == config.parent else real_access(path, mode))
    assert settings.window_state_file == default_paths().config_dir / "window.ini"
