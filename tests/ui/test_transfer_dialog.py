"""The transfer dialog: blind or attended, the target checked at the field, the caller never left on hold."""

import pytest
from PySide6.QtCore import Qt

from app.ui.transfer_dialog import TransferDialog


def _dial_problem(text: str) -> str | None:
    return None if text.isdigit() else "Not a number we can dial"


@pytest.fixture
def dialog(qtbot) -> TransferDialog:
    widget = TransferDialog(_dial_problem)
    qtbot.addWidget(widget)
    widget.start_over()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_attended_is_the_default_and_a_bad_target_is_stopped_at_the_field(dialog, qtbot):
    assert dialog.attended_choice.isChecked() and dialog.start_button.text() == "Call &first"
    qtbot.keyClicks(dialog.target_field, "10a")
    assert dialog.field_error.isVisible() and dialog.field_error.text() == "Not a number we can dial"
    assert not dialog.start_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.consultation_requested):
        dialog.target_field.returnPressed.emit()


def test_blind_transfer_hands_over_and_closes(dialog, qtbot):
    dialog.blind_choice.click()
    assert dialog.start_button.text() == "Transfer &now" and not dialog.complete_button.isVisible()
    qtbot.keyClicks(dialog.target_field, "1002")
    with qtbot.waitSignal(dialog.blind_transfer_requested) as blind:
        qtbot.keyClick(dialog.target_field, Qt.Key.Key_Return)
    assert blind.args == ["1002"] and not dialog.isVisible()


def test_attended_consults_first_then_completes(dialog, qtbot):
    qtbot.keyClicks(dialog.target_field, "1002")
    with qtbot.waitSignal(dialog.consultation_requested) as consulted:
        dialog.start_button.click()
    assert consulted.args == ["1002"]
    assert dialog.target_field.isReadOnly() and not dialog.blind_choice.isEnabled()
    assert dialog.back_button.isVisible() and not dialog.complete_button.isEnabled()
    dialog.show_consultation("ringing")
    assert "Ringing your colleague" in dialog.status_label.text()
    dialog.show_consultation("connected")
    assert dialog.complete_button.isEnabled() and dialog.conference_button.isEnabled()
    with qtbot.waitSignal(dialog.attended_transfer_completed):
        dialog.complete_button.click()
    assert not dialog.isVisible()


def test_escape_during_a_consultation_takes_the_caller_back(dialog, qtbot):
    qtbot.keyClicks(dialog.target_field, "1002")
    dialog.start_button.click()
    dialog.show_consultation("confirmed")
    with qtbot.waitSignal(dialog.consultation_cancelled):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not dialog.consulting


def test_back_to_the_caller_keeps_the_dialog_for_another_try(dialog, qtbot):
    qtbot.keyClicks(dialog.target_field, "1002")
    dialog.start_button.click()
    dialog.show_consultation("ended")
    assert dialog.status_label.text() == "The call with your colleague ended: you are back with the caller."
    assert not dialog.consulting and dialog.start_button.isEnabled()  # the colleague did not answer: try again
    dialog.start_button.click()
    with qtbot.waitSignal(dialog.consultation_cancelled):
        dialog.back_button.click()
    assert dialog.isVisible() and dialog.status_label.text() == "Back with the caller."


def test_conference_joins_all_three_and_the_dialog_stays_to_finish(dialog, qtbot):
    qtbot.keyClicks(dialog.target_field, "1002")
    dialog.start_button.click()
    dialog.show_consultation("connected")
    with qtbot.waitSignal(dialog.conference_requested):
        dialog.conference_button.click()
    dialog.show_conference(True)
    assert dialog.isVisible() and dialog.status_label.text() == "All three of you are in the call."
    assert not dialog.conference_button.isEnabled() and dialog.complete_button.isEnabled()
    with qtbot.waitSignal(dialog.consultation_cancelled):  # the colleague leaves, the agent stays with the caller
        dialog.back_button.click()


def test_the_services_consultation_words_and_call_states_mean_the_same(dialog, qtbot):
    qtbot.keyClicks(dialog.target_field, "1002")
    dialog.start_button.click()
    for service_word, call_state in (("ringing", "early"), ("connected", "confirmed"), ("ended", "disconnected")):
        dialog.show_consultation(service_word)
        shown = dialog.status_label.text()
        dialog.show_consultation(call_state)
        assert dialog.status_label.text() == shown and dialog.consultation_state == service_word
