"""The agent's window: debtors on the left, the record in the middle, phone and script on the right."""

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from app import __version__
from app.domain.call_log import OpenCallView
from app.domain.debtors import DebtorRecord
from app.domain.outcomes import OutcomeCode
from app.services.call_session import CallSession
from app.services.debtor_directory import DebtorDirectory
from app.services.plan_offers import PlanBasis, PlanOffers
from app.ui.debtor_list_panel import DebtorListPanel
from app.ui.debtor_record_view import DebtorRecordView
from app.ui.due_callbacks_panel import DueCallbacksPanel
from app.ui.incoming_call_banner import IncomingCallBanner
from app.ui.interrupted_call_summary import interrupted_call_summary
from app.ui.outcome_dialog import OutcomeDialog
from app.ui.outcome_flow import OutcomeFlow
from app.ui.script_pane import ScriptPane
from app.ui.shortcuts import keep_f4_for_combo_boxes, key_sequences
from app.ui.shortcuts_dialog import ShortcutsDialog
from app.ui.softphone_strip import SoftphoneStrip
from app.ui.wellbeing_banner import WellbeingBanner

DEFAULT_RULE_PACK = "cn"


class MainWindow(QMainWindow):
    outcome_dialog_shown = Signal(object)  # the OutcomeDialog, for tests and tooling

    def __init__(self, *, directory: DebtorDirectory, session: CallSession, language: str,
                 plan_offers: PlanOffers | None = None, parent: QWidget | None = None) -> None:
        """``plan_offers``: the configured rule pack's plan calculator (the composition root passes it)."""
        super().__init__(parent)
        self._directory = directory
        self._session = session
        self._language = language
        self._record: DebtorRecord | None = None
        self._call_record: DebtorRecord | None = None  # the debtor of the call in progress or awaiting its outcome
        self.setWindowTitle(self.tr("CallDesk %1").replace("%1", __version__))
        self.debtor_list = DebtorListPanel(directory, language, self)
        self.due_callbacks = DueCallbacksPanel(self)
        self.record_view = DebtorRecordView(language, self)
        self.softphone = SoftphoneStrip(session.dial_problem, self)
        self.incoming_banner = IncomingCallBanner(self)
        self.wellbeing_banner = WellbeingBanner(self)
        self.outcome_flow = OutcomeFlow(session, language, self)
        self.script_pane = ScriptPane(plan_offers or PlanOffers.for_pack(DEFAULT_RULE_PACK), language, self)
        self.problem_banner = QLabel(self)
        self.problem_banner.setWordWrap(True)
        self.problem_banner.setStyleSheet("background: #fdecea; color: #8c1d18; padding: 6px; border-radius: 4px;")
        self.problem_banner.hide()
        self._build_layout()
        self._build_menu()
        keep_f4_for_combo_boxes(self)
        self.context_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.context_label)
        self.registration_label: QLabel | None = None  # created by the first show_registration (accounts only)
        self.shortcuts_dialog: ShortcutsDialog | None = None  # created when Help → Shortcuts is first opened
        self._connect()
        self.resize(1366, 768)

    def _build_layout(self) -> None:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.incoming_banner)
        right_layout.addWidget(self.softphone)
        right_layout.addWidget(self.problem_banner)
        right_layout.addWidget(self.wellbeing_banner)
        right_layout.addWidget(self.script_pane, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.due_callbacks)
        left_layout.addWidget(self.debtor_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.record_view)
        splitter.addWidget(right)
        splitter.setSizes([440, 500, 426])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&Quit"), "quit", self.close))
        call_menu = self.menuBar().addMenu(self.tr("&Call"))
        call_menu.addActions([
            self._action(self.tr("Find debtor"), "find_debtor", lambda: self.debtor_list.search_field.setFocus()),
            self._action(self.tr("Next debtor"), "next_debtor", lambda: self._open_neighbour_debtor(1)),
            self._action(self.tr("Previous debtor"), "previous_debtor", lambda: self._open_neighbour_debtor(-1)),
            self._action(self.tr("Hang up"), "hang_up", self._session.hang_up),
        ])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("Keyboard shortcuts"), "shortcuts_help", self._show_shortcuts))
        about_action = QAction(self.tr("About CallDesk"), self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)

    def _action(self, text: str, shortcut_id: str, slot: Callable[[], object]) -> QAction:
        """A menu action whose keys come from the shortcuts table."""
        action = QAction(text, self)
        action.setShortcuts(key_sequences(shortcut_id))
        action.triggered.connect(slot)
        return action

    def _connect(self) -> None:
        self.debtor_list.debtor_selected.connect(self.show_debtor)
        self.due_callbacks.debtor_chosen.connect(self.show_debtor)
        self.record_view.dial_requested.connect(self._dial_from_record)
        self.softphone.dial_requested.connect(self._dial)
        self.softphone.hangup_requested.connect(self._session.hang_up)
        self.softphone.hold_requested.connect(self._session.toggle_hold)
        self.softphone.mute_requested.connect(self._session.toggle_mute)
        self.softphone.recording_pause_requested.connect(
            lambda pause: self._session.pause_recording() if pause else self._session.resume_recording())
        self._session.hold_changed.connect(self.softphone.show_held)
        self._session.mute_changed.connect(self.softphone.show_muted)
        self._session.recording_changed.connect(self.softphone.show_recording)
        self.script_pane.next_requested.connect(self._session.next_stage)
        self.script_pane.back_requested.connect(self._session.previous_stage)
        self.script_pane.skip_requested.connect(self._session.skip_stage)
        self.script_pane.branch_requested.connect(self._session.take_branch)
        self.script_pane.plan_offered.connect(self._session.offer_plan)
        self.incoming_banner.answer_requested.connect(self._session.answer_incoming)
        self.incoming_banner.reject_requested.connect(self._session.reject_incoming)
        self.wellbeing_banner.break_requested.connect(self._take_break)
        self.outcome_flow.dialog_shown.connect(self.outcome_dialog_shown)
        self.outcome_flow.outcome_saved.connect(self._after_outcome)
        self._session.call_state_changed.connect(self.softphone.show_call_state)
        self._session.call_state_changed.connect(lambda *_: self.problem_banner.hide())
        self._session.call_state_changed.connect(lambda *_: self.incoming_banner.hide())
        self._session.stage_changed.connect(self.script_pane.show_stage)
        self._session.script_refused.connect(self.script_pane.show_refusal)
        self._session.incoming_call.connect(self._on_incoming_call)
        self._session.outcome_required.connect(self._ask_outcome)
        self._session.call_completed.connect(self._refresh_if_shown)
        self._session.problem.connect(self.show_problem)

    def load(self) -> None:
        """Fill the list; called once the window is built."""
        self.debtor_list.refresh()

    def show_debtor(self, debtor_id: int) -> None:
        self._record = self._directory.record(debtor_id)
        self.record_view.show_record(self._record)
        own = [p for p in self._record.phones if p.owner == "self"] or list(self._record.phones)
        if own and not self._session.in_call:
            self.softphone.set_number(own[0].number)

    def show_context(self, agent_name: str, demo_mode: bool, database: str) -> None:
        """Who is signed in, which line calls go out on, which database: always visible in the status bar."""
        line = self.tr("Demo: simulated debtor line on 127.0.0.1") if demo_mode else self.tr("SIP account")
        self.context_label.setText(self.tr("Agent: %1").replace("%1", agent_name) + "  ·  " + line + "  ·  " + database)

    def show_problem(self, message: str) -> None:
        self.problem_banner.setText(message)
        self.problem_banner.show()
        self.statusBar().showMessage(message, 15000)

    def show_audio_status(self, null_device: bool, description: str) -> None:
        self.softphone.show_audio_status(null_device, description)

    def show_registration(self, state: str, plain_reason: str) -> None:
        """The SIP account's registration in the status bar; the plain reason (e.g. "wrong user or password") as
        its tooltip. ``state``: "registering" | "registered" | "failed" | "unregistered"."""
        texts = {
            "registering": self.tr("SIP: registering…"),
            "registered": self.tr("SIP: registered"),
            "failed": self.tr("SIP: not registered"),
            "unregistered": self.tr("SIP: not registered"),
        }
        reasons = {
            "wrong user or password": self.tr("wrong user or password"),
            "unknown user": self.tr("unknown user"),
            "registrar unreachable": self.tr("registrar unreachable"),
            "no password stored": self.tr("no password stored"),
            "registered": self.tr("registered"),
            "registering": self.tr("registering"),
            "not registered": self.tr("not registered"),
        }
        if self.registration_label is None:
            self.registration_label = QLabel(self)
            self.statusBar().addPermanentWidget(self.registration_label)
        self.registration_label.setText(texts.get(state, state))
        self.registration_label.setToolTip(reasons.get(plain_reason, plain_reason))
        self.registration_label.setStyleSheet("color: #8c1d18;" if state == "failed" else "")

    def offer_interrupted_calls(self, calls: list[OpenCallView]) -> None:
        """Ask the agent, one call at a time, to complete calls a crash cut off."""
        for call in calls:
            dialog = OutcomeDialog(self._language, interrupted_call_summary(call, self._language), self,
                                   ask_details=False)
            dialog.setWindowTitle(self.tr("Complete an interrupted call"))
            if dialog.exec() and dialog.outcome_code:
                self._session.complete_interrupted_call(call, dialog.outcome_code, dialog.note)

    def _dial_from_record(self, number: str) -> None:
        self.softphone.set_number(number)
        self._dial(number)

    def _dial(self, number: str) -> None:
        if self._record is None:
            self.show_problem(self.tr("Pick the debtor you are calling first, so the call is logged to their record."))
            return
        self.problem_banner.hide()
        self.wellbeing_banner.hide()
        if not (self._session.in_call or self._session.awaiting_outcome):  # else the session says why not
            self._start_call_with(self._record)
        self._session.dial(self._record, number)

    def _start_call_with(self, record: DebtorRecord | None) -> None:
        self._call_record = record
        self.script_pane.set_plan_basis(PlanBasis.of(record))

    def _on_incoming_call(self, caller_number: str, record: DebtorRecord | None) -> None:
        """Ringing: the banner asks to answer or reject; a caller on file pops up their record."""
        self._start_call_with(record)
        self.wellbeing_banner.hide()
        self.incoming_banner.show_call(caller_number, None if record is None else record.full_name)
        self.softphone.show_call_state("incoming", "")
        if record is not None:
            self._record = record
            self.record_view.show_record(record)

    @property
    def outcome_dialog(self) -> OutcomeDialog | None:
        return self.outcome_flow.dialog

    def _ask_outcome(self, _call_id: int) -> None:
        record, basis = self._call_record, PlanBasis.of(self._call_record)
        numbers = [] if record is None else [a.account_number for a in record.accounts]
        if basis is not None:  # the call's own account first: the dialog preselects it
            numbers.sort(key=lambda number: number != basis.account_number)
        self.outcome_flow.ask(numbers)

    def _after_outcome(self, code: str) -> None:
        self._start_call_with(None)
        self.softphone.show_call_state("disconnected", "")
        self.softphone.state_label.setText(self.tr("Idle"))
        if code == OutcomeCode.ABUSE_ENDED:
            self.wellbeing_banner.show()

    def _take_break(self, minutes: int) -> None:
        until = (datetime.now() + timedelta(minutes=minutes)).strftime("%H:%M")
        self.statusBar().showMessage(self.tr("On a short break until %1. Take your time.").replace("%1", until),
                                     minutes * 60 * 1000)

    def _open_neighbour_debtor(self, step: int) -> None:
        """Next (1) or previous (-1) debtor in the list, opened; never during a call, whose debtor stays shown."""
        if self._session.in_call or self._session.awaiting_outcome:
            self.statusBar().showMessage(self.tr("Finish the call before opening another debtor."), 5000)
            return
        self.debtor_list.select_next(step)

    def _refresh_if_shown(self, debtor_id: int) -> None:
        if self._record is not None and self._record.debtor_id == debtor_id:
            self.show_debtor(debtor_id)

    def _show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CallDesk"), self.tr(
            "CallDesk %1\nA softphone for collections agents: calm, lawful calls, every step logged."
        ).replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        """Closing mid-call hangs up; the outcome can be completed at the next start (the call is logged)."""
        if self._session.in_call:
            answer = QMessageBox.question(self, self.tr("Call in progress"), self.tr(
                "A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its "
                "outcome next time."))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self._session.hang_up()
        event.accept()
