"""Logs go to a rotating file and stderr, and no phone, ID or card number reaches either in clear."""

import logging
import logging.handlers
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logging_setup import (
    LOG_FILE_NAME,
    ControlCharacterFilter,
    LogFileUnavailable,
    PersonalDataFilter,
    add_file_log,
    configure_logging,
)

PHONE = "13812345678"
NATIONAL_ID = "11010519491231002X"
CARD = "6222021234567890123"


@pytest.fixture
def clean_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def make_record(msg: str, *args: object, exc_info: object = None) -> logging.LogRecord:
    return logging.LogRecord("app.test", logging.INFO, __file__, 1, msg, args, exc_info)  # type: ignore[arg-type]  # msg and args as logging gets them from any caller


def test_filter_masks_digits_in_message_and_arguments() -> None:
    record = make_record("dialling %s for debtor %s, card %s", PHONE, NATIONAL_ID, CARD)
    assert PersonalDataFilter().filter(record) is True
    text = record.getMessage()
    assert PHONE not in text and NATIONAL_ID not in text and CARD not in text
    assert "138****5678" in text
    assert "dialling" in text


def test_filter_masks_tracebacks() -> None:
    try:
        raise ValueError(f"bad number {PHONE}")
    except ValueError:
        import sys

        record = make_record("call failed", exc_info=sys.exc_info())
    PersonalDataFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert "ValueError: bad number 138****5678" in formatted
    assert PHONE not in formatted


def test_filter_keeps_records_with_bad_arguments() -> None:
    record = make_record("two %s %s", PHONE)
    assert PersonalDataFilter().filter(record) is True
    assert PHONE not in record.getMessage()


def test_file_and_stderr_logs_are_masked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clean_root_logger: None
) -> None:
    configure_logging()
    path = add_file_log(tmp_path / "logs")
    log = logging.getLogger("app.telephony.test")
    log.info("calling sip:%s@127.0.0.1", PHONE)
    log.warning("debtor %s did not answer", NATIONAL_ID)
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert path == tmp_path / "logs" / LOG_FILE_NAME
    written = path.read_text(encoding="utf-8")
    assert "calling sip:138****5678@127.0.0.1" in written
    assert "did not answer" in written
    assert PHONE not in written and NATIONAL_ID not in written

    stderr = capsys.readouterr().err
    assert "did not answer" in stderr and "calling" not in stderr  # stderr shows warnings only
    assert NATIONAL_ID not in stderr


def test_setting_up_twice_does_not_log_twice(tmp_path: Path, clean_root_logger: None) -> None:
    configure_logging()
    configure_logging(verbose=True)
    add_file_log(tmp_path)
    path = add_file_log(tmp_path)
    logging.getLogger("app").info("once")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.read_text(encoding="utf-8").count("once") == 1


HOSTILE = "Zhang\x1b[2J\x07Wei\x00\x85\x7f \u202eevil\u202c \u2066x\u2069\nFAKE 2026-01-01 INFO app: forged"
HOSTILE_ESCAPED = ("Zhang\\x1b[2J\\x07Wei\\x00\\x85\\x7f \\u202eevil\\u202c \\u2066x\\u2069\\n"
                   "FAKE 2026-01-01 INFO app: forged")


def test_control_characters_are_escaped_in_the_file_and_on_the_console(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], clean_root_logger: None
) -> None:
    configure_logging()
    path = add_file_log(tmp_path / "logs")
    log = logging.getLogger("calldesk.pjsip")
    log.warning("INVITE from %s", HOSTILE)
    try:
        raise ValueError("bad \x1b]0;title\x07 name")
    except ValueError:
        log.exception("call failed")
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = path.read_text(encoding="utf-8")
    console = capsys.readouterr().err
    for text in (written, console):
        assert f"INVITE from {HOSTILE_ESCAPED}" in text
        assert "ValueError: bad \\x1b]0;title\\x07 name" in text
        assert "Traceback (most recent call last):\n" in text  # a traceback keeps its lines
        assert not any(char in text for char in "\x1b\x07\x00\x85\x7f\u202e\u202c\u2066\u2069")
    assert "\nFAKE" not in written and len([line for line in written.splitlines() if "forged" in line]) == 1


def test_lone_surrogates_from_invalid_utf8_do_not_break_the_file_log(tmp_path: Path, clean_root_logger: None) -> None:
    path = add_file_log(tmp_path)
    logging.getLogger("app").warning("caller %s", b"Li\xff".decode("utf-8", "surrogateescape"))
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "caller Li\\udcff" in path.read_text(encoding="utf-8")


def test_escaping_keeps_tabs_and_is_idempotent() -> None:
    record = make_record("a\tb %s", "\x1b")
    ControlCharacterFilter().filter(record)
    ControlCharacterFilter().filter(record)
    assert record.getMessage() == "a\tb \\x1b"


def test_log_folder_and_files_are_owner_only_whatever_the_umask(tmp_path: Path, clean_root_logger: None) -> None:
    old = os.umask(0o022)
    try:
        path = add_file_log(tmp_path / "logs")
        handler = next(h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler))
        logging.getLogger("app").info("first file")
        handler.doRollover()
        logging.getLogger("app").info("second file")
        handler.flush()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.with_name(LOG_FILE_NAME + ".1").stat().st_mode) == 0o600


@pytest.mark.parametrize("blocker", ["log file is a folder", "log folder is a file"])
def test_a_log_file_that_cannot_be_written_is_a_clear_error(tmp_path: Path, blocker: str, clean_root_logger: None) -> None:
    if blocker == "log file is a folder":
        (tmp_path / "logs" / LOG_FILE_NAME).mkdir(parents=True)
    else:
        (tmp_path / "logs").write_text("x")
    with pytest.raises(LogFileUnavailable) as caught:
        add_file_log(tmp_path / "logs")
    assert caught.value.user_message.startswith(f"The log file {tmp_path / 'logs' / LOG_FILE_NAME} cannot be written")
    assert "--data-dir" in caught.value.user_message
