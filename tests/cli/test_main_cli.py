"""The `calldesk` entry point: version, help, user errors without tracebacks, and `account` commands."""

import io
import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import __version__
from app.__main__ import COMMAND_MODULES, main
from app.cli import account
from app.config import default_paths
from app.services.credentials import CredentialStore

ROOT = Path(__file__).resolve().parents[2]
ACCOUNTS = """
[[sip_accounts]]
name = "office"
user = "1001"
registrar = "sip:pbx.example.com"

[[sip_accounts]]
name = "local"
user = "agent"
"""


def calldesk(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m app` as a user would, with the suite's in-memory keyring and temp XDG folders."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    """main() installs logging handlers; in-process runs must not leave them behind."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    umask = os.umask(0o022)
    os.umask(umask)
    yield
    os.umask(umask)  # main() sets the process umask to 0o077
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "calldesk.toml"
    path.write_text(ACCOUNTS, encoding="utf-8")
    return path


def test_version() -> None:
    result = calldesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"calldesk {__version__}"


def test_help_lists_global_flags_and_every_written_command() -> None:
    result = calldesk("--help")
    assert result.returncode == 0
    for flag in ("--config", "--db", "--data-dir", "--lang", "--version", "--verbose"):
        assert flag in result.stdout
    written = [name for name in COMMAND_MODULES if (ROOT / (name.replace(".", "/") + ".py")).is_file()]
    assert "app.cli.account" in written
    for module_name in written:
        command = module_name.rsplit(".", 1)[-1].replace("_", "-")
        assert command in result.stdout, f"{command} missing from --help"


def test_broken_config_is_one_line_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("[general\nlanguage = 'en'\n", encoding="utf-8")
    result = calldesk("--config", str(broken), "account", "list")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("calldesk: error: Config file") and str(broken) in result.stderr
    assert "line 1" in result.stderr


def test_verbose_adds_the_traceback(tmp_path: Path) -> None:
    result = calldesk("-v", "--config", str(tmp_path / "missing.toml"), "account", "list")
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "does not exist" in result.stderr


def test_unknown_config_keys_warn_on_stderr(tmp_path: Path) -> None:
    config = tmp_path / "calldesk.toml"
    config.write_text('colour = "red"\n', encoding="utf-8")
    result = calldesk("--config", str(config), "account", "list")
    assert result.returncode == 0
    assert "unknown keys ignored: colour" in result.stderr


def test_account_set_password_reads_a_piped_line(config_file: Path, tmp_path: Path) -> None:
    data_dir = str(tmp_path / "data")
    result = calldesk("--config", str(config_file), "--data-dir", data_dir, "account", "set-password", "office", stdin="s3cret\n")
    assert result.returncode == 0, result.stderr
    assert "saved in the keyring" in result.stdout
    assert "s3cret" not in result.stdout + result.stderr
    log = (tmp_path / "data" / "logs" / "calldesk.log").read_text(encoding="utf-8")
    assert "s3cret" not in log


def test_account_set_password_refuses_empty_input(config_file: Path) -> None:
    result = calldesk("--config", str(config_file), "account", "set-password", "office", stdin="\n")
    assert result.returncode == 1
    assert "empty" in result.stderr and "Traceback" not in result.stderr


def test_unknown_account_lists_the_configured_ones(config_file: Path) -> None:
    result = calldesk("--config", str(config_file), "account", "set-password", "ofice", stdin="x\n")
    assert result.returncode == 1
    assert "No SIP account named 'ofice'" in result.stderr
    assert "Configured: office, local" in result.stderr


def test_account_set_password_without_any_account_configured() -> None:
    result = calldesk("account", "set-password", "office", stdin="x\n")
    assert result.returncode == 1
    assert "configures none" in result.stderr and "[[sip_accounts]]" in result.stderr


def test_missing_keyring_is_a_clear_error(config_file: Path) -> None:
    result = calldesk(
        "--config", str(config_file), "account", "set-password", "office",
        stdin="pw\n", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "keyring" in result.stderr and "gnome-keyring" in result.stderr


def test_set_list_and_delete_in_process(
    config_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = CredentialStore()
    store.delete_sip_password("office")
    monkeypatch.setattr(sys, "stdin", io.StringIO("pa ss\n"))
    assert main(["--config", str(config_file), "account", "set-password", "office"]) == 0
    assert store.sip_password("office") == "pa ss"

    assert main(["--config", str(config_file), "account", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert any(line.startswith("office\t") and line.endswith("password stored: yes") for line in listing)
    assert any(line.startswith("local\t") and "no registrar" in line and line.endswith("password stored: no") for line in listing)

    assert main(["--config", str(config_file), "account", "delete-password", "office"]) == 0
    assert store.sip_password("office") is None


def test_terminal_input_is_asked_twice_and_must_match() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    answers = iter(["first", "second"])
    with pytest.raises(account.AccountCommandError, match="differ"):
        account.read_new_password("office", prompt=lambda _: next(answers), stdin=Terminal())
    answers = iter(["same", "same"])
    assert account.read_new_password("office", prompt=lambda _: next(answers), stdin=Terminal()) == "same"


def test_account_without_action_is_a_usage_error() -> None:
    result = calldesk("account")
    assert result.returncode == 2
    assert "ACTION" in result.stderr


def test_gui_without_display_explains_and_exits_3(tmp_path: Path) -> None:
    env = {name: value for name, value in os.environ.items() if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=False,
    )
    assert result.returncode == 3
    assert "CallDesk cannot start: no display" in result.stderr
    assert "Traceback" not in result.stderr


def test_deeply_nested_config_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "calldesk.toml"
    config.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    result = calldesk("--config", str(config), "--data-dir", str(tmp_path / "data"), "account", "list")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"calldesk: error: Config file {config} nests arrays or tables too deeply to be read. Write settings as "
        "the documented [tables] of plain values."
    ]


def test_control_characters_in_an_error_line_are_escaped(tmp_path: Path) -> None:
    result = calldesk("--config", str(tmp_path / "evil\x1b[2J\u202e.toml"), "account", "list")
    assert result.returncode == 1
    assert "evil\\x1b[2J\\u202e.toml does not exist" in result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr


def test_a_log_that_cannot_be_written_is_one_warning_and_the_command_still_runs(tmp_path: Path) -> None:
    (tmp_path / "data" / "logs" / "calldesk.log").mkdir(parents=True)  # unwritable as a file, even for root
    result = calldesk("--data-dir", str(tmp_path / "data"), "account", "list")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    warning = result.stderr.strip().splitlines()
    assert len(warning) == 1 and "calldesk.log cannot be written" in warning[0]
    assert "Going on without a log file" in warning[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_a_read_only_log_file_is_one_warning(tmp_path: Path) -> None:
    log_file = tmp_path / "data" / "logs" / "calldesk.log"
    log_file.parent.mkdir(parents=True)
    log_file.write_text("")
    log_file.chmod(0o400)
    result = calldesk("--data-dir", str(tmp_path / "data"), "account", "list")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "calldesk.log cannot be written" in result.stderr


def test_folders_and_files_are_made_owner_only_under_umask_022(tmp_path: Path) -> None:
    """A start under the common umask 022, over folders and files an earlier version left world-readable."""
    data = tmp_path / "data"
    logs = data / "logs"
    window_ini = default_paths().config_dir / "window.ini"
    for folder in (data, logs, data / "recordings", window_ini.parent):
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o755)
    for old_file in (logs / "calldesk.log", logs / "calldesk.log.1", window_ini):
        old_file.write_text("[earlier]\n")
        old_file.chmod(0o644)
    old = os.umask(0o022)
    try:
        assert main(["--data-dir", str(data), "db", "upgrade"]) == 0
    finally:
        os.umask(old)
    modes = {path.relative_to(data).as_posix(): stat.S_IMODE(path.stat().st_mode)
             for path in [data, *data.rglob("*")]}
    folders = {name: mode for name, mode in modes.items() if (data / name).is_dir()}
    files = {name: mode for name, mode in modes.items() if (data / name).is_file()}
    assert set(folders) == {".", "logs", "recordings"} and set(folders.values()) == {0o700}
    assert {"calldesk.db", "logs/calldesk.log", "logs/calldesk.log.1"} <= set(files)
    assert set(files.values()) == {0o600}, files
    for handler in logging.getLogger().handlers:
        handler.flush()
    log_text = (logs / "calldesk.log").read_text(encoding="utf-8")
    tightened = [line for line in log_text.splitlines() if "folders and files made readable by this account only" in line]
    assert len(tightened) == 1
    assert all(str(path) in tightened[0] for path in (data, logs, logs / "calldesk.log", logs / "calldesk.log.1",
                                                      data / "recordings", window_ini))
    assert stat.S_IMODE(window_ini.stat().st_mode) == 0o600
