"""The agent's window: debtors on the left, the record in the middle, phone and script on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaObject, QObject, QSettings, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from app import __version__
from app.domain.debtors import DebtorRecord, DebtorSummary
from app.domain.outcomes import OutcomeCode
from app.services.debtor_directory import DebtorDirectory
from app.services.work_queue import WorkQueue
from app.ui.debtor_list_panel import DebtorListPanel
from app.ui.dial_problem_words import dial_problem_text, translated_dial_problem
from app.ui.shortcuts import keep_f4_for_combo_boxes, key_sequences
from app.ui.window_state import restore_window_state, save_window_state
from app.ui.work_queue_panel import WorkQueuePanel

if TYPE_CHECKING:  # the panels of a complete window load after the first paint (complete())
    from app.domain.call_log import OpenCallView
    from app.domain.next_action import NextActionRules
    from app.services.call_controls import CallControls
    from app.services.call_session import CallSession
    from app.services.debtor_notes import DebtorNotes
    from app.services.plan_offers import PlanOffers
    from app.services.recent_calls import RecentCalls
    from app.services.recording_playback import RecordingPlayback
    from app.services.screen_pop import ScreenPopService
    from app.ui.outcome_dialog import OutcomeDialog
    from app.ui.shortcuts_dialog import ShortcutsDialog

DEFAULT_RULE_PACK = "cn"
# What complete() builds the window from: the composition root loads these on a thread before it calls complete()
# (tests/ui/test_first_paint_shell.py checks the list against what complete() imports).
PANEL_MODULES = (
    "app.domain.roles", "app.services.plan_offers", "app.ui.call_features", "app.ui.debtor_record_view",
    "app.ui.outcome_flow", "app.ui.recording_player_dialog", "app.ui.screen_pop_flow", "app.ui.script_keys",
    "app.ui.script_pane", "app.ui.softphone_panel", "app.ui.wellbeing_banner", "app.ui.answer_capture",
)


class MainWindow(QMainWindow):
    outcome_dialog_shown = Signal(object)  # the OutcomeDialog, for tests and tooling
    settings_requested = Signal()  # File → Settings: the composition root opens the dialog with its services

    def __init__(self, *, directory: DebtorDirectory, session: CallSession | None, language: str,
                 plan_offers: PlanOffers | None = None, window_state: QSettings | None = None,
                 controls: CallControls | None = None, recent_calls: RecentCalls | None = None,
                 role: str = "agent", notes: DebtorNotes | None = None, next_actions: NextActionRules | None = None,
                 screen_pop: ScreenPopService | None = None, playback: RecordingPlayback | None = None,
                 work_queue: WorkQueue | None = None, parent: QWidget | None = None) -> None:
        """``plan_offers``: the configured rule pack's plan calculator (the composition root passes it);
        ``window_state``: where size, position and splitters are kept between starts (None: not kept);
        ``controls``: DTMF, transfer and conference on the call in progress; ``recent_calls``: the agent's last calls;
        ``role``, ``notes``, ``next_actions``: what the record view may show and save (see DebtorRecordView);
        ``screen_pop``: finds the debtor of a caller or a typed number (a chooser for several, the search for none);
        ``playback``: plays a call's recording to the headset, for the roles that may; ``work_queue``: who to call
        next and why (callbacks due, promises due today, cases by bucket and last contact).

        Without a ``session`` the window is its first-paint shell: menus, the lists (labelled, loading, searchable)
        and the phone column saying it starts; ``complete()`` builds the rest into it once the app has loaded."""
        super().__init__(parent)
        self._window_state = window_state
        self._links: list[QMetaObject.Connection] = []
        self._directory = directory
        self._session_or_none: CallSession | None = None  # set by complete()
        self._language = language
        self._record: DebtorRecord | None = None
        self._call_record: DebtorRecord | None = None  # the debtor of the call in progress or awaiting its outcome
        self._debtor_to_open: int | None = None  # picked in the shell: opened once the record view is built
        self.setWindowTitle(self.tr("CallDesk %1").replace("%1", __version__))
        self.debtor_list = DebtorListPanel(directory, language, self)
        self.work_queue = None if work_queue is None else WorkQueuePanel(work_queue, language, self)
        self._neighbours_from_queue = work_queue is not None  # Ctrl+Down follows the list last opened from
        self.problem_banner = QLabel(self)
        self.problem_banner.setWordWrap(True)
        self.problem_banner.setStyleSheet("background: #fdecea; color: #8c1d18; padding: 6px; border-radius: 4px;")
        self.problem_banner.hide()
        self.phone_starting = QLabel(self.tr("Phone: starting…"), self)
        self._build_layout()
        self._build_menu()
        keep_f4_for_combo_boxes(self)
        self.context_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.context_label)
        self.registration_label: QLabel | None = None  # created by the first show_registration (accounts only)
        self.shortcuts_dialog: ShortcutsDialog | None = None  # created when Help → Shortcuts is first opened
        self.debtor_list.debtor_selected.connect(self.show_debtor)
        self.debtor_list.debtor_selected.connect(lambda _id: self._remember_list(from_queue=False))
        if self.work_queue is not None and work_queue is not None:
            self.work_queue.debtor_chosen.connect(self._open_from_queue)
            self._link(work_queue.changed, self.work_queue.refresh)
            self._link(work_queue.problem, self.show_problem)
        if session is not None:  # built whole: the splitters are sized below, with the panels in place
            self.complete(session, plan_offers=plan_offers, controls=controls, recent_calls=recent_calls, role=role,
                          notes=notes, next_actions=next_actions, screen_pop=screen_pop, playback=playback)
        self.left_column.setSizes([440, 300] if self.work_queue is not None else [740])
        self.columns.setSizes([440, 430, 496])  # the script pane needs the width at 1366×768 most
        self.resize(1366, 768)
        if window_state is not None:
            restore_window_state(window_state, self, self._splitters())

    @property
    def language(self) -> str:
        return self._language

    @property
    def completed(self) -> bool:
        return self._session_or_none is not None

    @property
    def _session(self) -> CallSession:
        if self._session_or_none is None:
            raise RuntimeError("the window is not complete yet (MainWindow.complete)")
        return self._session_or_none

    def _busy(self) -> bool:
        """In a call or its outcome: the call's debtor stays shown."""
        session = self._session_or_none
        return session is not None and (session.in_call or session.awaiting_outcome)

    def complete(self, session: CallSession, *, plan_offers: PlanOffers | None = None,
                 controls: CallControls | None = None, recent_calls: RecentCalls | None = None,
                 role: str = "agent", notes: DebtorNotes | None = None, next_actions: NextActionRules | None = None,
                 screen_pop: ScreenPopService | None = None, playback: RecordingPlayback | None = None) -> None:
        """The record, phone and script panels built into the window and wired to ``session`` (once); a debtor
        picked meanwhile is opened."""
        from app.domain.roles import may_see_full_numbers
        from app.services.plan_offers import PlanOffers
        from app.ui.call_features import connect_call_features, connect_recent_calls
        from app.ui.debtor_record_view import DebtorRecordView
        from app.ui.outcome_flow import OutcomeFlow
        from app.ui.recording_player_dialog import RecordingPlayers
        from app.ui.screen_pop_flow import ScreenPopFlow
        from app.ui.script_keys import ScriptKeys
        from app.ui.script_pane import ScriptPane
        from app.ui.softphone_panel import SoftphonePanel
        from app.ui.wellbeing_banner import WellbeingBanner

        if self._session_or_none is not None:
            raise RuntimeError("the window is complete already")
        self._session_or_none = session
        language = self._language
        self.record_view = DebtorRecordView(language, self, role=role, notes=notes, next_actions=next_actions)
        self.softphone = SoftphonePanel(translated_dial_problem(session.dial_problem), self, language=language)
        self.incoming_banner = self.softphone.incoming_banner
        self.wellbeing_banner = WellbeingBanner(self)
        self.outcome_flow = OutcomeFlow(session, language, self)
        self.screen_pop_flow = (None if screen_pop is None else
                                ScreenPopFlow(screen_pop, session, self.record_view, self.debtor_list, self))
        self.script_pane = ScriptPane(plan_offers or PlanOffers.for_pack(DEFAULT_RULE_PACK), language, self)
        self._place_panels()
        self.script_keys = ScriptKeys(  # 1–9 and Ctrl+Enter wherever the keyboard is; the keyboard follows the script
            self, self.script_pane, lambda: None if session.active_call is None else session.active_call[1])
        keep_f4_for_combo_boxes(self)
        self._connect()
        if controls is not None:
            connect_call_features(self.softphone, controls, session.call_waiting, self._link, self.show_problem)
            self.softphone.sound_status.set_level_source(controls.microphone_level)
        if recent_calls is not None:
            connect_recent_calls(self.softphone, recent_calls, self._link, self.show_problem)
            self.softphone.recent_call_chosen.connect(self._open_recent_debtor)
            self.softphone.recent_call_dial_requested.connect(self._dial_from_record)
        self.players = (None if playback is None else
                        RecordingPlayers(playback, language, may_see_full_numbers(role), self))
        if self.players is not None:
            self.record_view.play_recording_requested.connect(
                lambda call_id: self.players.open_call(self.record_view.record, call_id))
        if self._debtor_to_open is not None:
            debtor_id, self._debtor_to_open = self._debtor_to_open, None
            self.show_debtor(debtor_id)

    def _build_layout(self) -> None:
        """The shell's columns: the lists, a place for the record, the phone column saying it starts."""
        self.right_column = QWidget(self)
        self._right_layout = QVBoxLayout(self.right_column)
        self._right_layout.addWidget(self.phone_starting)
        self._right_layout.addWidget(self.problem_banner)
        self._right_layout.addStretch(1)
        self.left_column = QSplitter(Qt.Orientation.Vertical, self)
        self.left_column.setChildrenCollapsible(False)
        if self.work_queue is not None:
            self.left_column.addWidget(self.work_queue)
        self.left_column.addWidget(self.debtor_list)
        self.columns = QSplitter(Qt.Orientation.Horizontal, self)
        self.columns.setObjectName("columns")
        self.columns.addWidget(self.left_column)
        self.columns.addWidget(QWidget(self))  # the record view's place
        self.columns.addWidget(self.right_column)
        self.columns.setChildrenCollapsible(False)
        self.setCentralWidget(self.columns)

    def _place_panels(self) -> None:
        """complete(): the record view in its place, the phone, banners and script in the right column."""
        sizes = self.columns.sizes() if self.isVisible() else None  # as restored or dragged in the shown shell
        placeholder = self.columns.replaceWidget(1, self.record_view)
        if placeholder is not None:
            placeholder.deleteLater()
        layout = self._right_layout
        layout.takeAt(layout.count() - 1)  # the stretch: the script pane takes the height
        layout.replaceWidget(self.phone_starting, self.softphone)
        self.phone_starting.hide()
        self.phone_starting.deleteLater()
        layout.addWidget(self.wellbeing_banner)
        layout.addWidget(self.script_pane, 1)
        if sizes is not None:
            self.columns.setSizes(sizes)

    def _splitters(self) -> dict[str, QSplitter]:
        return {"columns": self.columns, "left_column": self.left_column}

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&Settings…"), "settings", self.settings_requested.emit))
        file_menu.addAction(self._action(self.tr("&Quit"), "quit", self.close))
        call_menu = self.menuBar().addMenu(self.tr("&Call"))
        call_menu.addActions([
            self._action(self.tr("Find debtor"), "find_debtor", lambda: self.debtor_list.search_field.setFocus()),
            self._action(self.tr("Next debtor"), "next_debtor", lambda: self._open_neighbour_debtor(1)),
            self._action(self.tr("Previous debtor"), "previous_debtor", lambda: self._open_neighbour_debtor(-1)),
            self._action(self.tr("Call the debtor"), "dial_debtor", self._dial_open_debtor),
            self._action(self.tr("Hang up"), "hang_up", self._hang_up),
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

    def _link(self, signal: SignalInstance, slot: Callable[..., object]) -> None:
        """Connect a signal of a longer-lived object (the session); detach() undoes it all."""
        self._links.append(signal.connect(slot))

    def detach(self) -> None:
        """Disconnect from the session before this window is replaced (e.g. by a language switch)."""
        for connection in self._links:
            QObject.disconnect(connection)
        self._links.clear()

    def _connect(self) -> None:
        from app.ui.answer_capture import AnswerCapture

        self.record_view.dial_requested.connect(self._dial_from_record)
        self.softphone.dial_requested.connect(self._dial)
        self.softphone.hangup_requested.connect(self._session.hang_up)
        self.softphone.hold_requested.connect(self._session.toggle_hold)
        self.softphone.mute_requested.connect(self._session.toggle_mute)
        self.softphone.recording_pause_requested.connect(
            lambda pause: self._session.pause_recording() if pause else self._session.resume_recording())
        self._link(self._session.hold_changed, self.softphone.show_held)
        self._link(self._session.mute_changed, self.softphone.show_muted)
        self._link(self._session.recording_changed, self.softphone.show_recording)
        self.script_pane.next_requested.connect(self._session.next_stage)
        self.answer_capture = AnswerCapture(self.script_pane, self._session.pick_answer)  # logged when picked
        self._link(self._session.stage_changed, lambda _stage: self.answer_capture.cancel())
        self.script_pane.back_requested.connect(self._session.previous_stage)
        self.script_pane.skip_requested.connect(self._session.skip_stage)
        self.script_pane.branch_requested.connect(self._session.take_branch)
        self.script_pane.plan_offered.connect(self._session.offer_plan)
        self.softphone.answer_requested.connect(self._session.answer_incoming)
        self.softphone.reject_requested.connect(self._session.reject_incoming)
        self.wellbeing_banner.break_requested.connect(self._take_break)
        self.outcome_flow.dialog_shown.connect(self.outcome_dialog_shown)
        self.outcome_flow.outcome_saved.connect(self._after_outcome)
        self._link(self._session.call_state_changed, self.softphone.show_call_state)
        self._link(self._session.call_state_changed, self._note_call_in_progress)
        self._link(self._session.call_state_changed, self.script_keys.on_call_state)
        self._link(self._session.call_state_changed, lambda *_: self.problem_banner.hide())
        self._link(self._session.stage_changed, self.script_keys.show_stage)
        self._link(self._session.script_refused, self.script_pane.show_refusal)
        self._link(self._session.incoming_call, self._on_incoming_call)
        self._link(self._session.outcome_required, self._ask_outcome)
        self._link(self._session.call_missed, self._after_missed_call)
        self._link(self._session.call_completed, self._refresh_if_shown)
        self._link(self._session.problem, self.show_problem)

    def _hang_up(self) -> None:
        if self._session_or_none is not None:
            self._session_or_none.hang_up()

    def _open_recent_debtor(self, debtor_id: int) -> None:
        if self._busy():
            self.statusBar().showMessage(self.tr("Finish the call before opening another debtor."), 5000)
            return
        self.show_debtor(debtor_id)

    def show_call_quality(self, mos: float, codec: str, rtt_ms: float | None, jitter_ms: float,
                          loss_percent: float) -> None:
        self.softphone.show_quality(mos, codec, rtt_ms, jitter_ms, loss_percent)

    def show_loading(self) -> None:
        """The lists say they are being read (the database opens after the window has painted) until ``load``.
        The work queue is asked for at once: its reader waits for the database off the GUI thread."""
        self.debtor_list.show_loading()
        if self.work_queue is not None:
            self.work_queue.show_loading()
            self.work_queue.refresh()

    def load(self, first_debtors: list[DebtorSummary] | None = None) -> None:
        """Fill the lists; called once the window is built and the database open. ``first_debtors``: the debtor
        list's first page, read off the GUI thread (shown unless a search was typed meanwhile)."""
        self.debtor_list.load(first_debtors)
        if self.work_queue is not None and not self.work_queue.asked:  # else asked as the window showed loading
            self.work_queue.refresh()

    def show_debtor(self, debtor_id: int) -> None:
        if self._session_or_none is None:  # the shell: opened by complete()
            self._debtor_to_open = debtor_id
            return
        self._record = self._directory.record(debtor_id)
        self.record_view.show_record(self._record)
        own = _own_phone(self._record)
        if own and not self._session.in_call:
            self.softphone.set_number(own)

    def show_context(self, agent_name: str, demo_mode: bool, database: str) -> None:
        """Who is signed in, which line calls go out on, which database: always visible in the status bar."""
        line = self.tr("Demo: simulated debtor line on 127.0.0.1") if demo_mode else self.tr("SIP account")
        self.context_label.setText(self.tr("Agent: %1").replace("%1", agent_name) + "  ·  " + line + "  ·  " + database)

    def show_problem(self, message: str) -> None:
        message = dial_problem_text(message)  # a bad dial or transfer target: telephony explains it in English
        self.problem_banner.setText(message)
        self.problem_banner.show()
        self.statusBar().showMessage(message, 15000)

    def show_audio_status(self, null_device: bool, description: str, reason: str = "",
                          devices: tuple[str, str, str] = ("", "", "")) -> None:
        """The devices in use in the phone panel; a sound lost or back also in the status bar."""
        self.softphone.show_audio_status(null_device, description, reason, devices)
        if self.softphone.sound_status.lost_or_back:
            self.statusBar().showMessage(self.softphone.audio_label.text(), 15000)

    def show_registration(self, state: str, plain_reason: str) -> None:
        """The SIP account's registration: the light in the phone panel, and in words in the status bar with the
        plain reason (e.g. "wrong user or password") as its tooltip.
        ``state``: "registering" | "registered" | "failed" | "unregistered"."""
        self.softphone.show_registration(state, plain_reason)
        light = self.softphone.registration_light
        if self.registration_label is None:
            self.registration_label = QLabel(self)
            self.statusBar().addPermanentWidget(self.registration_label)
        self.registration_label.setText(light.state_text)
        self.registration_label.setToolTip(light.reason_text)
        self.registration_label.setStyleSheet("color: #8c1d18;" if state == "failed" else "")

    def offer_interrupted_calls(self, calls: list[OpenCallView]) -> None:
        """Ask the agent, one call at a time, to complete calls a crash cut off."""
        from app.ui.interrupted_calls import complete_interrupted_calls

        complete_interrupted_calls(calls, self._session, self._directory, self._language, self)

    def _dial_open_debtor(self) -> None:
        """F2: the open debtor's own phone (the one the record opens with in the number field), through the same
        checks as the record's call button."""
        own = None if self._record is None else _own_phone(self._record)
        if own is None:
            self.show_problem(self.tr("Open a debtor with a phone on file first (Ctrl+Down opens the next one), "
                                      "or type a number and press Enter."))
            return
        if self._session.in_call or self._session.awaiting_outcome:
            self.statusBar().showMessage(self.tr("Finish the call and its outcome before calling again."), 5000)
            return
        self._dial_from_record(own)

    def _dial_from_record(self, number: str) -> None:
        self.softphone.set_number(number)
        self._dial(number)

    def _dial(self, number: str) -> None:
        flow = self.screen_pop_flow
        if self._record is None:
            if flow is not None:

                def debtor_found(record: DebtorRecord) -> None:  # the one debtor with this number, or the one picked
                    self._record = record
                    self._dial(number)

                if not flow.pop_outgoing(number, debtor_found).none:
                    return
            self.show_problem(self.tr("Pick the debtor you are calling first, so the call is logged to their record."))
            return
        self.problem_banner.hide()
        self.wellbeing_banner.hide()
        if not (self._session.in_call or self._session.awaiting_outcome):  # else the session says why not
            self._start_call_with(self._record)
            if flow is not None:
                flow.show_dialled_phone(self._record, number)  # a spouse's or employer's phone: say so
        self._session.dial(self._record, number)

    def _start_call_with(self, record: DebtorRecord | None) -> None:
        from app.services.plan_offers import PlanBasis

        self._call_record = record
        self.script_pane.set_plan_basis(PlanBasis.of(record))

    def _on_incoming_call(self, caller_number: str, record: DebtorRecord | None) -> None:
        """Ringing: the banner asks to answer or reject; the screen pop shows the caller's record (several debtors
        with the number: a chooser; none: the search, prefilled)."""
        self._start_call_with(record)
        self.wellbeing_banner.hide()
        self.softphone.show_incoming_call(caller_number, None if record is None else record.full_name)
        if record is not None:
            self._record = record
        flow = self.screen_pop_flow
        if flow is not None:

            def caller_chosen(chosen: DebtorRecord) -> None:  # picked in the chooser or the search: the call's debtor
                self._record = chosen
                self._start_call_with(chosen)

            flow.pop_incoming(caller_number, record, caller_chosen)
        elif record is not None:
            self.record_view.show_record(record)

    @property
    def outcome_dialog(self) -> OutcomeDialog | None:
        return self.outcome_flow.dialog

    def _ask_outcome(self, _call_id: int) -> None:
        from app.services.plan_offers import PlanBasis

        record, basis = self._call_record, PlanBasis.of(self._call_record)
        numbers = [] if record is None else [a.account_number for a in record.accounts]
        if basis is not None:  # the call's own account first: the dialog preselects it
            numbers.sort(key=lambda number: number != basis.account_number)
        self.outcome_flow.ask(numbers)

    def _note_call_in_progress(self, *_: object) -> None:
        """Notes written during a call (and until its outcome is saved) are linked to it."""
        active = self._session.active_call
        if active is not None:
            self.record_view.set_current_call(active[1])

    def _after_outcome(self, code: str) -> None:
        self.record_view.set_current_call(None)
        self._start_call_with(None)
        self.softphone.show_call_state("disconnected", "")
        self.softphone.show_idle()
        if code == OutcomeCode.ABUSE_ENDED:
            self.wellbeing_banner.show()

    def _after_missed_call(self, _call_id: int) -> None:
        """An incoming call rang out unanswered: the session logged it as missed; there is no outcome to pick."""
        self.record_view.set_current_call(None)
        self._start_call_with(None)
        self.softphone.show_idle()
        self.statusBar().showMessage(self.tr("Missed call: nobody answered in time. It is logged as missed."), 15000)

    def _take_break(self, minutes: int) -> None:
        until = (datetime.now() + timedelta(minutes=minutes)).strftime("%H:%M")
        self.statusBar().showMessage(self.tr("On a short break until %1. Take your time.").replace("%1", until),
                                     minutes * 60 * 1000)

    def _open_neighbour_debtor(self, step: int) -> None:
        """Next (1) or previous (-1) debtor in the list, opened; never during a call, whose debtor stays shown."""
        if self._busy():
            self.statusBar().showMessage(self.tr("Finish the call before opening another debtor."), 5000)
            return
        if self._neighbours_from_queue and self.work_queue is not None:
            self.work_queue.open_next(step)
        else:
            self.debtor_list.select_next(step)

    def _remember_list(self, from_queue: bool) -> None:
        self._neighbours_from_queue = from_queue

    def _open_from_queue(self, debtor_id: int) -> None:
        if self._busy():
            self.statusBar().showMessage(self.tr("Finish the call before opening another debtor."), 5000)
            return
        self._remember_list(from_queue=True)
        self.show_debtor(debtor_id)

    def _refresh_if_shown(self, debtor_id: int) -> None:
        if self._record is not None and self._record.debtor_id == debtor_id:
            self.show_debtor(debtor_id)

    def _show_shortcuts(self) -> None:
        from app.ui.shortcuts_dialog import ShortcutsDialog

        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CallDesk"), self.tr(
            "CallDesk %1\nA softphone for collections agents: calm, lawful calls, every step logged."
        ).replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing mid-call hangs up; the outcome can be completed at the next start (the call is logged)."""
        if self._session_or_none is not None and self._session_or_none.in_call:
            answer = QMessageBox.question(self, self.tr("Call in progress"), self.tr(
                "A call is in progress. Hang up and quit? The call stays in the log and you will be asked for its "
                "outcome next time."))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self._session.hang_up()
        self.save_window_state()
        event.accept()

    def show_language_pending(self) -> None:
        self.statusBar().showMessage(self.tr("The language changes as soon as this call's outcome is saved."), 15000)

    def save_window_state(self) -> None:
        if self._window_state is not None:
            save_window_state(self._window_state, self, self._splitters())


def _own_phone(record: DebtorRecord) -> str | None:
    """The debtor's own phone (the first on file when none is theirs): what the number field and F2 dial."""
    own = [p for p in record.phones if p.owner == "self"] or list(record.phones)
    return own[0].number if own else None
