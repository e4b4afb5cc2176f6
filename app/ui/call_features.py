"""The phone panel's call features joined to their services: keypad, transfer, conference, waiting calls, recent
calls. ``link`` connects a service signal so the window can undo it when it is replaced (MainWindow._link)."""

from collections.abc import Callable

from PySide6.QtCore import SignalInstance

from app.services.call_controls import CallControls
from app.services.call_waiting import CallWaiting
from app.services.recent_calls import RecentCalls
from app.ui.softphone_panel import SoftphonePanel

Link = Callable[[SignalInstance, Callable[..., object]], None]


def connect_call_features(panel: SoftphonePanel, controls: CallControls, waiting: CallWaiting, link: Link,
                          show_problem: Callable[[str], None]) -> None:
    panel.dtmf_requested.connect(controls.send_dtmf)
    panel.blind_transfer_requested.connect(controls.transfer_blind)
    panel.consultation_requested.connect(controls.start_consultation)
    panel.attended_transfer_completed.connect(controls.complete_attended_transfer)
    panel.consultation_cancelled.connect(controls.cancel_consultation)
    panel.conference_requested.connect(controls.conference)
    link(controls.consultation_state_changed, panel.show_consultation)
    link(controls.transfer_finished, panel.show_transfer_result)
    link(controls.conference_changed, panel.show_conference)
    link(controls.problem, show_problem)
    panel.waiting_call_answer_requested.connect(waiting.answer)
    panel.waiting_call_reject_requested.connect(waiting.reject)
    link(waiting.waiting_calls_changed, panel.show_waiting_calls)
    link(waiting.problem, show_problem)


def connect_recent_calls(panel: SoftphonePanel, recent_calls: RecentCalls, link: Link,
                         show_problem: Callable[[str], None]) -> None:
    link(recent_calls.changed, panel.show_recent_calls)
    link(recent_calls.problem, show_problem)
    panel.show_recent_calls(recent_calls.calls)
