"""The database opened after the paint: stand-ins wait for it, the opener answers on the GUI thread, and the phone
is built once, when first used."""

import threading
from typing import Any, cast

import pytest
from PySide6.QtCore import QThread

from app.config import Settings
from app.database_opening import DatabaseOpener, OpenedDatabase, awaited
from app.db.engine import DatabaseUnavailable
from app.on_first_use import OnFirstUse


class _CallLog:
    def recent_calls(self, agent_login: str, limit: int = 20) -> list[str]:
        return [f"{agent_login}'s call"]


def _opened() -> OpenedDatabase:
    parts = cast(Any, _CallLog())
    return OpenedDatabase(call_log=parts, directory=parts, follow_ups=parts, callers=parts, work_queue=parts,
                          notes=parts, role="agent", has_debtors=True, first_debtors=[], dispose=lambda: None)


def test_the_opener_answers_on_the_gui_thread_and_stand_ins_then_reach_the_repositories(qtbot) -> None:
    gate = threading.Event()
    opened_on: list[QThread] = []

    def open_slowly(_settings: Settings) -> OpenedDatabase:
        gate.wait(10)
        return _opened()

    opener = DatabaseOpener(cast(Settings, None), open_slowly)
    call_log = awaited(opener.database, lambda opened: opened.call_log)
    opener.opened.connect(lambda _opened: opened_on.append(QThread.currentThread()))
    opener.start()
    assert not opener.database.done() and opener.opened_database is None  # still opening
    with qtbot.waitSignal(opener.opened):
        gate.set()
    assert opened_on == [QThread.currentThread()]
    assert call_log.recent_calls("li") == ["li's call"]
    assert opener.opened_database is not None


def test_a_stand_in_used_while_opening_waits_for_the_database() -> None:
    opener = DatabaseOpener(cast(Settings, None), lambda _settings: _opened())
    call_log = awaited(opener.database, lambda opened: opened.call_log)
    answers: list[list[str]] = []
    asking = threading.Thread(target=lambda: answers.append(call_log.recent_calls("wang")))
    asking.start()  # e.g. the work queue's reader, asked for as the window showed
    asking.join(0.05)
    assert asking.is_alive() and answers == []
    opener.open_here()
    asking.join(5)
    assert answers == [["wang's call"]]


def test_a_failed_opening_is_said_once_and_every_stand_in_raises_it(qtbot) -> None:
    def fail(_settings: Settings) -> OpenedDatabase:
        raise DatabaseUnavailable("The database file /x/calldesk.db cannot be written. Check the folder.")

    opener = DatabaseOpener(cast(Settings, None), fail)
    call_log = awaited(opener.database, lambda opened: opened.call_log)
    with qtbot.waitSignal(opener.failed) as failed:
        opener.start()
    assert "cannot be written" in str(failed.args[0])
    with pytest.raises(DatabaseUnavailable):
        call_log.recent_calls("li")
    opener.wait()
    assert opener.opened_database is None


def test_the_phone_is_built_once_when_first_used_and_the_meter_does_not_build_it() -> None:
    built: list[int] = []

    class Phone:
        def microphone_level(self) -> float:
            return -20.0

    def build() -> Phone:
        built.append(1)
        return Phone()

    phone = OnFirstUse(build, until_built={"microphone_level": lambda: None})
    assert phone.microphone_level() is None and not phone.built and built == []
    assert phone.get().microphone_level() == -20.0
    assert phone.microphone_level() == -20.0 and phone.built and built == [1]


def test_closing_before_the_opening_started_releases_whatever_waits_for_it() -> None:
    opener = DatabaseOpener(cast(Settings, None), lambda _settings: _opened())
    call_log = awaited(opener.database, lambda opened: opened.call_log)
    errors: list[BaseException] = []

    def ask() -> None:  # the work queue's reader, asked for as the window showed
        try:
            call_log.recent_calls("li")
        except RuntimeError as error:
            errors.append(error)

    asking = threading.Thread(target=ask)
    asking.start()
    opener.wait()  # SIGTERM before the first paint: Desktop.close
    asking.join(5)
    assert not asking.is_alive() and "closed before the database was opened" in str(errors[0])
    assert opener.opened_database is None
