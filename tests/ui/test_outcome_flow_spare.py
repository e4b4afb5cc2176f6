"""The outcome dialog for the next call is built while the window is idle; the end of a call only fills it in."""

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from app.domain.call_outcome import CallOutcome
from app.services.outcome_suggestion import OutcomeSuggestion
from app.ui.outcome_dialog import OutcomeDialog
from app.ui.outcome_flow import OutcomeFlow

ACCOUNTS = ["6222020000001234", "6222020000005678"]


class FakeSession:
    def __init__(self, suggestion: OutcomeSuggestion | None) -> None:
        self.outcome_suggestion = suggestion
        self.recorded: list[CallOutcome] = []

    def record_outcome(self, outcome: CallOutcome) -> None:
        self.recorded.append(outcome)


def make_flow(qtbot, suggestion: OutcomeSuggestion | None = None) -> tuple[OutcomeFlow, FakeSession, QWidget]:
    window = QWidget()
    qtbot.addWidget(window)
    session = FakeSession(suggestion)
    return OutcomeFlow(session, "en", window), session, window  # type: ignore[arg-type]  # a test double in place of the real object


def close(dialog: OutcomeDialog) -> None:
    dialog.done(0)  # modal and not dismissable: left open it would block later tests


def test_the_spare_dialog_is_built_after_start_up_and_used_for_the_call(qtbot):
    flow, _session, _window = make_flow(qtbot, OutcomeSuggestion(code="wrong_number"))
    qtbot.waitUntil(lambda: flow._spare is not None)
    spare = flow._spare
    assert not spare.isVisible()
    with qtbot.waitSignal(flow.dialog_shown) as shown:
        dialog = flow.ask(ACCOUNTS)
    assert dialog is spare is shown.args[0] is flow.dialog and flow._spare is None
    assert dialog.isVisible() and dialog.outcome_code == "wrong_number"
    assert dialog.promise_fields.account_field.count() == 2
    close(dialog)


def test_a_prepared_spare_is_the_dialog_the_constructor_builds(qtbot):
    suggestion = OutcomeSuggestion(code="rpc_ptp", promise_amount=Decimal("800"), promise_date=date.today(),
                                   messages=(("sms_ptp", "sms", "You promised 800."),))
    spare = OutcomeDialog("en")
    spare.prepare(suggestion, ACCOUNTS)
    built = OutcomeDialog("en", suggestion=suggestion, accounts=ACCOUNTS)
    for dialog in (spare, built):
        qtbot.addWidget(dialog, before_close_func=close)
    assert spare.call_outcome == built.call_outcome is not None
    assert spare.confirmation_view.toPlainText() == built.confirmation_view.toPlainText() == "You promised 800."
    assert spare.promise_fields.amount_field.text() == built.promise_fields.amount_field.text() == "800.00"


def test_after_a_saved_outcome_the_next_spare_is_built(qtbot):
    flow, session, _window = make_flow(qtbot)
    flow.build_spare()
    dialog = flow.ask(ACCOUNTS)
    dialog.choose("no_answer")
    with qtbot.waitSignal(flow.outcome_saved):
        dialog.accept()
    assert session.recorded == [CallOutcome("no_answer", "")] and flow.dialog is None
    qtbot.waitUntil(lambda: flow._spare is not None)
    assert flow._spare is not dialog
    second = flow.ask(ACCOUNTS[:1])
    assert second.outcome_code != "no_answer" and second.note == ""  # nothing of the last call
    assert second.promise_fields.account_field.count() == 1
    close(second)


def test_without_a_spare_the_dialog_is_built_on_the_spot(qtbot):
    flow, _session, _window = make_flow(qtbot)
    flow._spare_timer.stop()
    dialog = flow.ask(ACCOUNTS)
    assert flow.dialog is dialog
    qtbot.waitUntil(dialog.isVisible)  # in the next turn of the event loop: the call's end is painted first
    close(dialog)


def test_the_dialog_opens_in_the_next_turn_of_the_event_loop(qtbot):
    flow, _session, _window = make_flow(qtbot, OutcomeSuggestion(code="wrong_number"))
    flow.build_spare()
    dialog = flow.ask(ACCOUNTS)
    assert not dialog.isVisible() and dialog.outcome_code == "wrong_number"  # prepared now, painted after the call's end
    with qtbot.waitSignal(flow.dialog_shown):
        pass
    assert dialog.isVisible()
    close(dialog)


def test_a_dialog_done_before_it_opened_stays_closed(qtbot):
    flow, session, _window = make_flow(qtbot)
    flow.build_spare()
    dialog = flow.ask(ACCOUNTS)
    dialog.choose("no_answer")
    dialog.accept()  # saved from code (a test, a tool) before the next turn
    assert session.recorded == [CallOutcome("no_answer", "")]
    shown: list[object] = []
    flow.dialog_shown.connect(shown.append)
    qtbot.waitUntil(lambda: flow._spare is not None)  # the next spare is built: many turns have passed
    assert shown == [] and flow.dialog is None  # never opened (the dialog itself is deleted once saved)
