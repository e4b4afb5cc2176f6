"""A whole call by keyboard only, as an agent works all day: the real window, the shipped script, a real SQLite
database, the fake phone for the far end. Every key goes to the widget that has the keyboard focus, as on a desk:
open the next debtor of the work queue, dial, answer the script with digit keys, hang up, fill in the outcome with a
promise date and a note, save; then what landed in the database."""

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db import models
from app.db.call_log_repository import CallLogRepository
from app.db.debtor_repository import DebtorRepository
from app.db.engine import session_factory
from app.db.outcome_repository import FollowUpRepository
from app.db.work_queue_repository import WorkQueueRepository
from app.domain.outcomes import selectable_outcomes
from app.scripts.loader import load_library
from app.services.call_session import AgentIdentity, CallSession
from app.services.dial_router import DialRouter
from app.services.plan_offers import PlanOffers
from app.services.work_queue import WorkQueue
from app.telephony.events import CallStateChanged
from app.telephony.fake_phone import FakePhone
from app.ui.main_window import MainWindow
from app.ui.outcome_dialog import OutcomeDialog
from tests.db.helpers import migrated_sqlite

AGENT = "ana"


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to whatever has the keyboard (a real keyboard cannot aim at a widget)."""
    qtbot.keyClick(_focused(), key, modifier)


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(_focused(), text)


def _add_debtor(db, agent: models.Agent, name: str, phone: str, account: str, days_past_due: int) -> int:
    debtor = models.Debtor(full_name=name, name_pinyin=name.lower().replace(" ", ""), national_id="110101199001011234",
                           language="en", assigned_agent_id=agent.id)
    db.add(debtor)
    db.flush()
    db.add(models.DebtorPhone(debtor_id=debtor.id, number=phone, phone_type="mobile", owner="self"))
    db.add(models.Account(debtor_id=debtor.id, account_number=account, product="Credit card", principal=Decimal("3000"),
                          total_due=Decimal("3200.00"), minimum_due=Decimal("320.00"),
                          due_date=date.today() - timedelta(days=days_past_due), days_past_due=days_past_due,
                          bucket="M2" if days_past_due > 30 else "M1"))
    return debtor.id


@pytest.fixture
def floor(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple]:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    engine = migrated_sqlite(tmp_path)
    sessions = session_factory(engine)
    with sessions.begin() as db:
        agent = models.Agent(login=AGENT, display_name="Ana")
        db.add(agent)
        db.flush()
        first = _add_debtor(db, agent, "Emily Carter", "+8613911112222", "6222020000005678", 60)
        _add_debtor(db, agent, "John Smith", "+8613712345678", "6222020000001111", 10)
    phone = FakePhone()
    phone.start()
    call_log = CallLogRepository(sessions)
    session = CallSession(phone=phone, call_log=call_log, router=DialRouter(), scripts=load_library(),
                          agent=AgentIdentity(AGENT, "Ana"), language="en", follow_ups=FollowUpRepository(sessions))
    phone.add_listener(lambda e: session.on_call_state(e) if isinstance(e, CallStateChanged) else None)
    queue = WorkQueue(WorkQueueRepository(sessions), AGENT)
    window = MainWindow(directory=DebtorRepository(sessions), session=session, language="en",
                        plan_offers=PlanOffers.for_pack("cn"), work_queue=queue)
    qtbot.addWidget(window)
    window.load()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    yield window, phone, sessions, first
    queue.stop()
    engine.dispose()


def test_a_whole_call_by_keyboard_lands_in_the_database(floor, qtbot: QtBot) -> None:
    window, phone, sessions, first_debtor = floor
    assert window.work_queue is not None
    qtbot.waitUntil(lambda: window.work_queue.model.rowCount() == 2)

    _press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # the next debtor of the work queue
    assert window.record_view.name_label.text() == "Emily Carter"  # most days past due first
    _press(qtbot, Qt.Key.Key_F2)  # call the debtor's own phone
    (key,) = phone.calls
    phone.remote_rings(key)
    phone.remote_answers(key)
    phone.pump()
    pane = window.script_pane
    assert pane.isAncestorOf(_focused()), "the keyboard is on the script once the call connects"

    for digit in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_1, None, Qt.Key.Key_2):
        # greeting: the debtor speaks; verify: details match; listen: forgot; explain (nothing to pick); the minimum
        if digit is not None:
            _press(qtbot, digit)
        _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pane.title_label.text() == "Promise: amount"
    _type(qtbot, "320")  # the amount field has the keyboard: digits are text here
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pane.title_label.text() == "Promise: date and how to pay"

    with qtbot.waitSignal(window.outcome_dialog_shown, timeout=3000) as shown:
        _press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # hang up
        phone.pump()
    dialog: OutcomeDialog = shown.args[0]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    dialog.activateWindow()  # as the window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    promise_date = date.today() + timedelta(days=3)
    _fill_outcome_by_keyboard(qtbot, dialog, promise_date, "Pays the minimum on Friday by the app")
    qtbot.waitUntil(lambda: window.outcome_dialog is None)

    with sessions() as db:
        (call,) = db.scalars(select(models.Call)).all()
        assert (call.direction, call.debtor_id, call.script_id) == ("outbound", first_debtor, "standard_call")
        assert call.answered_at is not None and call.ended_at is not None
        assert call.outcome_code == "rpc_ptp" and call.outcome_note == "Pays the minimum on Friday by the app"
        events = db.scalars(select(models.CallEvent).where(models.CallEvent.call_id == call.id)
                            .order_by(models.CallEvent.sequence)).all()
        answers = {e.payload.get("var"): e.payload.get("answer") for e in events if e.kind == "script_answer"}
        (promise,) = db.scalars(select(models.PromiseToPay)).all()
    assert answers["party"] == "speaking" and answers["identity"] == "verified" and answers["reason"] == "forgot"
    assert answers["pay_option"] == "minimum" and Decimal(str(answers["promise_amount"])) == Decimal("320")
    steps = [e.payload["step"] for e in events if e.kind == "script_step_entered"]
    assert steps == ["greeting", "verify", "listen", "explain", "options", "promise_amount", "promise_date"]
    assert (promise.call_id, promise.amount, promise.due_on) == (call.id, Decimal("320.00"), promise_date)
    assert window.softphone.timer_label.text() == "00:00" and window.softphone.state_label.text() == "Idle"


def _fill_outcome_by_keyboard(qtbot: QtBot, dialog: OutcomeDialog, promise_date: date, note: str) -> None:
    """Pick "promise to pay" by its number, Tab to the amount (prefilled from the script), the date and the note,
    type them, and save."""
    number = [o.code.value for o in selectable_outcomes()].index("rpc_ptp") + 1
    assert dialog.isAncestorOf(_focused())
    _press(qtbot, Qt.Key(Qt.Key.Key_0 + number))
    assert dialog.outcome_code == "rpc_ptp"
    _tab_to(qtbot, dialog.promise_fields.amount_field)
    assert dialog.promise_fields.amount == Decimal("320.00")
    _tab_to(qtbot, dialog.promise_fields.date_field)
    _type(qtbot, promise_date.strftime("%Y%m%d"))
    assert dialog.promise_fields.date_field.date().toPython() == promise_date
    _tab_to(qtbot, dialog.note_edit)
    _type(qtbot, note)
    assert dialog.note == note
    _save(qtbot, dialog)


def _tab_to(qtbot: QtBot, target: QWidget) -> None:
    for _ in range(12):
        if _focused() is target:
            return
        _press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()}; the keyboard is on {_focused()}")


def _save(qtbot: QtBot, dialog: OutcomeDialog) -> None:
    """Ctrl+Enter saves from anywhere in the dialog. A dialog without that key is saved as before it: Shift+Tab out
    of the note (where Return is a new line), then Return, which presses the default button, Save outcome."""
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    if dialog.isVisible():
        _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert _focused() is not dialog.note_edit
        _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
