"""The checked script library cache: reused while nothing changed, rebuilt on any change or damage, and broken
files are still reported with their file and line when the result comes from the cache."""

import os
import shutil
from pathlib import Path

import pytest

from app.scripts import checks
from app.scripts.library_cache import CACHE_FILE_NAME, library_key
from app.scripts.loader import LIBRARY_DIR, load_library


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    shutil.copytree(LIBRARY_DIR, folder)
    return folder


@pytest.fixture
def no_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any check from here on fails the test: the library must come from the cache."""

    def fail(*_args: object) -> None:
        raise AssertionError("the scripts were checked again")

    monkeypatch.setattr(checks, "check_script", fail)
    monkeypatch.setattr(checks, "language_problems", fail)


def test_the_second_load_comes_from_the_cache_and_equals_a_full_check(
        library_dir: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    cache = tmp_path / "cache"
    first = load_library(library_dir, cache_dir=cache)
    assert (cache / CACHE_FILE_NAME).is_file()
    assert first == load_library(library_dir)
    request.getfixturevalue("no_checks")
    assert load_library(library_dir, cache_dir=cache) == first


def test_a_changed_script_is_checked_again_and_a_broken_one_reported_from_the_cache_too(
        library_dir: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    cache = tmp_path / "cache"
    load_library(library_dir, cache_dir=cache)
    script = library_dir / "standard_call.en.toml"
    script.write_text(script.read_text(encoding="utf-8").replace("[[nodes]]", "[[nodes]]\nsay = 3", 1),
                      encoding="utf-8")
    checked = load_library(library_dir, cache_dir=cache)
    assert str(script) in checked.broken
    message = checked.broken[str(script)]
    assert message.startswith(f"{script}:") and message.split(":")[1].isdigit()  # file:line
    request.getfixturevalue("no_checks")
    assert load_library(library_dir, cache_dir=cache).broken == checked.broken


def test_a_damaged_cache_file_is_ignored_and_replaced(library_dir: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / CACHE_FILE_NAME).write_bytes(b"\x80\x05not a pickle at all")
    library = load_library(library_dir, cache_dir=cache)
    assert library == load_library(library_dir)
    assert (cache / CACHE_FILE_NAME).read_bytes()[:1] == b"\x80"
    assert load_library(library_dir, cache_dir=cache) == library


def test_a_cache_folder_that_cannot_be_written_only_costs_time(library_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert load_library(library_dir, cache_dir=blocker) == load_library(library_dir)


def test_the_key_follows_the_script_files(library_dir: Path) -> None:
    before = library_key(library_dir)
    assert library_key(library_dir) == before
    (library_dir / "extra.en.toml").write_text("id = 'x'\n", encoding="utf-8")
    assert library_key(library_dir) != before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_the_library_is_listed_as_broken_and_the_start_goes_on(library_dir: Path, tmp_path: Path) -> None:
    os.mkfifo(library_dir / "stuck.en.toml")  # reading it would wait for a writer for ever
    library = load_library(library_dir, cache_dir=tmp_path / "cache")
    assert "not a script file" in library.broken[str(library_dir / "stuck.en.toml")]
    assert library.has("standard_call")
