"""The softphone panel, driven through its own methods and signals: the number field, the call controls, the dial
pad as DTMF keypad, registration light, quality bars, the ringing banner, transfer, waiting and recent calls."""

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.domain.call_views import RecentCallView, WaitingCallView
from app.ui.quality_bars import bars_for_mos
from app.ui.softphone_panel import SoftphonePanel


class FakeNotifier:
    def __init__(self) -> None:
        self.messages: list[str] = []
        self.withdrawn = 0

    def notify(self, caller_text: str) -> bool:
        self.messages.append(caller_text)
        return True

    def withdraw(self) -> None:
        self.withdrawn += 1


def _dial_problem(text: str) -> str | None:
    return None if text.startswith("+86") or text.isdigit() and len(text) >= 3 else "Not a number we can dial"


@pytest.fixture
def panel(qtbot) -> SoftphonePanel:
    widget = SoftphonePanel(_dial_problem, language="en", notifier=FakeNotifier())
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _talking(panel: SoftphonePanel) -> None:
    panel.show_call_state("calling", "")
    panel.show_call_state("confirmed", "")


def test_masked_number_dials_the_real_one_and_a_bad_number_is_stopped_at_the_field(panel, qtbot):
    panel.set_number("+8613812345678")
    assert panel.number_field.text() == "138****5678"
    with qtbot.waitSignal(panel.dial_requested) as dialled:
        panel.number_field.returnPressed.emit()
    assert dialled.args == ["+8613812345678"]
    panel.number_field.setText("12")
    assert panel.field_error.isVisible() and not panel.call_button.isEnabled()
    with qtbot.assertNotEmitted(panel.dial_requested):
        qtbot.mouseClick(panel.call_button, Qt.MouseButton.LeftButton)


def test_toggles_follow_the_phone_not_the_click(panel, qtbot):
    assert not panel.hold_button.isEnabled() and not panel.transfer_button.isEnabled()
    _talking(panel)
    with qtbot.waitSignal(panel.hold_requested):
        qtbot.mouseClick(panel.hold_button, Qt.MouseButton.LeftButton)
    assert not panel.hold_button.isChecked()
    panel.show_held(True)
    assert panel.hold_button.isChecked()
    panel.show_recording("recording")
    with qtbot.waitSignal(panel.recording_pause_requested) as paused:
        qtbot.mouseClick(panel.pause_recording_button, Qt.MouseButton.LeftButton)
    assert paused.args == [True]
    panel.show_call_state("disconnected", "")
    assert not panel.hold_button.isChecked() and not panel.hold_button.isEnabled()


def test_dial_pad_types_into_the_field_before_a_call_and_sends_tones_during_one(panel, qtbot):
    panel.set_number("+8613812345678")
    qtbot.mouseClick(panel.keypad_button, Qt.MouseButton.LeftButton)
    assert panel.dial_pad.isVisible()
    qtbot.waitUntil(panel.dial_pad.hasFocus)
    qtbot.keyClicks(panel.dial_pad, "1002")
    assert panel.number_field.text() == "1002"  # the masked number was replaced, not appended to
    _talking(panel)
    tones: list[str] = []
    panel.dtmf_requested.connect(tones.append)
    qtbot.keyClicks(panel.dial_pad, "12#")
    qtbot.mouseClick(panel.dial_pad.buttons["*"], Qt.MouseButton.LeftButton)
    assert tones == ["1", "2", "#", "*"]
    assert panel.number_field.text() == "1002"
    qtbot.keyClick(panel.dial_pad, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert tones == ["1", "2", "#", "*"]


def test_registration_light_colour_and_plain_reason(panel):
    light = panel.registration_light
    assert light.colour == "#9aa0a6"
    panel.show_registration("failed", "wrong user or password")
    assert light.colour == "#b3261e"
    assert light.toolTip() == "SIP: not registered — wrong user or password"
    assert light.accessibleDescription() == light.toolTip()
    panel.show_registration("registering", "registering")
    assert light.colour == "#c77700"
    panel.show_registration("registered", "registered")
    assert light.colour == "#1b7f3b" and light.toolTip() == "SIP: registered"


@pytest.mark.parametrize(("mos", "bars"), [(4.4, 4), (4.03, 4), (4.0, 3), (3.6, 3), (3.3, 2), (2.6, 1), (2.0, 0)])
def test_bars_follow_the_mos_bands(mos, bars):
    assert bars_for_mos(mos) == bars


def test_quality_figures_on_hover_and_cleared_after_the_call(panel):
    _talking(panel)
    panel.show_quality(3.4, "PCMA/8000", 180.0, 12.0, 2.5)
    bars = panel.quality_bars
    assert bars.bars == 2
    tip = bars.toolTip()
    for figure in ("MOS 3.40", "Codec: PCMA", "Round trip: 180 ms", "Jitter: 12 ms", "Packet loss: 2.5 %"):
        assert figure in tip
    panel.show_quality(4.3, "opus", None, 3.0, 0.0)
    assert bars.bars == 4 and "Round trip: not measured yet" in bars.toolTip()
    panel.show_call_state("disconnected", "")
    assert bars.bars is None


def test_incoming_call_banner_answers_with_f3_and_alerts_behind_other_windows(panel, qtbot):
    panel.show_incoming_call("+8613911112222", "Emily Carter")
    banner = panel.incoming_banner
    assert banner.isVisible() and "139****2222" in banner.caller_label.text()
    assert "13911112222" not in banner.caller_label.text()
    assert panel.notifier.messages == [banner.caller_label.text()]
    panel.activateWindow()
    qtbot.waitActive(panel)
    with qtbot.waitSignal(panel.answer_requested):
        qtbot.keyClick(panel, Qt.Key.Key_F3)
    panel.show_call_state("confirmed", "")
    assert not banner.isVisible() and panel.state_label.text() == "In call"
    panel.show_incoming_call("", None)
    with qtbot.waitSignal(panel.reject_requested):
        qtbot.mouseClick(banner.reject_button, Qt.MouseButton.LeftButton)


def test_ctrl_t_opens_the_transfer_dialog_and_its_requests_come_out_of_the_panel(panel, qtbot):
    _talking(panel)
    panel.activateWindow()
    qtbot.waitActive(panel)
    with qtbot.waitSignal(panel.transfer_requested):
        qtbot.keyClick(panel, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.transfer_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.target_field, "1002")
    with qtbot.waitSignal(panel.consultation_requested) as consulted:
        dialog.target_field.returnPressed.emit()
    assert consulted.args == ["1002"]
    panel.show_consultation("connected")
    assert panel.conference_button.isEnabled()
    with qtbot.waitSignal(panel.conference_requested):
        qtbot.mouseClick(panel.conference_button, Qt.MouseButton.LeftButton)
    assert not panel.conference_button.isChecked()  # not until the phone says so
    panel.show_conference(True)
    assert panel.conference_button.isChecked() and not panel.conference_button.isEnabled()
    with qtbot.waitSignal(panel.attended_transfer_completed):
        qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    panel.show_transfer_result(False, "486 Busy Here")
    assert panel.transfer_label.isVisible() and "(busy)" in panel.transfer_label.text()  # in the window's words
    assert panel.transfer_label.toolTip() == "486 Busy Here"
    panel.show_consultation("ended")
    panel.show_conference(False)
    assert not panel.conference_button.isEnabled() and not panel.conference_button.isChecked()
    panel.show_call_state("disconnected", "")
    panel.show_call_state("calling", "")
    assert not panel.transfer_label.isVisible()


def test_waiting_calls_show_masked_and_answer_by_key(panel, qtbot):
    since = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
    panel.show_waiting_calls([WaitingCallView("w1", "+8613911112222", "Emily Carter", since)])
    assert panel.waiting_list.isVisible()
    assert panel.notifier.messages == ["Call waiting: Emily Carter"]
    panel.show_waiting_calls([WaitingCallView("w1", "+8613911112222", "Emily Carter", since)])
    assert len(panel.notifier.messages) == 1  # the same caller still waiting: no second alert
    with qtbot.waitSignal(panel.waiting_call_answer_requested) as answered:
        qtbot.mouseClick(panel.waiting_list.answer_button, Qt.MouseButton.LeftButton)
    assert answered.args == ["w1"]
    panel.show_waiting_calls([])
    assert not panel.waiting_list.isVisible()


def test_recent_calls_open_the_debtor_or_call_back(panel, qtbot):
    call = RecentCallView(7, datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc), "outbound", "+8613812345678", 3,
                          "张伟", 95, "rpc_ptp")
    panel.show_recent_calls([call])
    assert panel.recent_button.text() == "Recent calls (1)"
    qtbot.keyClick(panel.recent_button, Qt.Key.Key_Space)
    assert panel.recent_list.isVisible()
    with qtbot.waitSignal(panel.recent_call_chosen) as chosen:
        qtbot.mouseClick(panel.recent_list.open_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [3]
    with qtbot.waitSignal(panel.recent_call_dial_requested) as dialled:
        qtbot.mouseClick(panel.recent_list.call_back_button, Qt.MouseButton.LeftButton)
    assert dialled.args == ["+8613812345678"]
    _talking(panel)
    assert not panel.recent_list.call_back_button.isEnabled()


def test_fits_the_right_column_names_every_control_and_tabs_in_order(panel):
    panel.show_call_state("confirmed", "")
    panel.keypad_button.click()
    assert panel.minimumSizeHint().width() <= 420
    controls = [panel.number_field, panel.call_button, panel.hangup_button, panel.hold_button, panel.mute_button,
                panel.pause_recording_button, panel.transfer_button, panel.conference_button, panel.keypad_button,
                panel.dial_pad, panel.recent_button]
    for widget in controls:
        assert widget.accessibleName() or widget.text(), widget
    chain: list[QWidget] = [panel.number_field]
    while len(chain) < 60 and (following := chain[-1].nextInFocusChain()) not in (panel.number_field, None):
        chain.append(following)
    assert [w for w in chain if w in controls] == controls


def test_the_incoming_banner_stays_while_pjsua_reports_its_own_ringing(panel):
    """The real adapter sends "incoming" then "early" (our 180 Ringing) right after the INVITE."""
    panel.show_incoming_call("+8613812345678", "张伟")
    for state in ("early", "connecting"):
        panel.show_call_state(state, "")
        assert panel.incoming_banner.isVisible()
    assert panel.state_label.text() != "Ringing…"
    panel.show_call_state("confirmed", "")
    assert not panel.incoming_banner.isVisible()
    panel.show_incoming_call("+8613812345678", "张伟")
    panel.show_call_state("disconnected", "")  # the caller gave up
    assert not panel.incoming_banner.isVisible()
