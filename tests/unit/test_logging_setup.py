"""Logs go to a rotating file and stderr, and no phone, ID or card number reaches either in clear."""

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.logging_setup import LOG_FILE_NAME, PersonalDataFilter, add_file_log, configure_logging

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
    return logging.LogRecord("app.test", logging.INFO, __file__, 1, msg, args, exc_info)  # type: ignore[arg-type]


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
