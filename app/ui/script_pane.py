"""The guided script: where the call is, what to say, what to record, and the ways on (next, back, skip, branch).

Thin: it shows the session's StageView and emits what the agent asks for; the script engine decides, and a
refused step comes back through ``show_refusal``. Keys: 1–9 pick a choice, Ctrl+Enter goes to the next step.

A new node is shown in place, while the agent talks: every widget is built once (one answer editor per question
kind, pooled branch buttons and phase steps) and the content sits in a scroll area, so what a node shows never
changes the pane's minimum size. Otherwise each node would lay out the whole window again (the splitter resizes
the debtor list and the record: tens of milliseconds with the event loop stalled).
"""

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.plan_offers import PlanBasis, PlanOffers
from app.services.script_view import BranchView, QuestionView, StageView
from app.ui.clamped_label import ClampedLabel
from app.ui.flow_layout import FlowLayout
from app.ui.plan_calculator_panel import PlanCalculatorPanel
from app.ui.script_answer_widgets import EDITORS, AnswerEditor
from app.ui.shortcuts import key_sequences, key_text
from app.ui.skip_reason_dialog import SkipReasonDialog

_DONE = "color: #5f6368;"
_CURRENT = "background: #1a5fb4; color: white; border-radius: 4px; padding: 2px 6px; font-weight: 600;"
_AHEAD = "color: #202124;"
_BADGE = "border-radius: 4px; padding: 1px 6px; font-weight: 600; color: white; background: %s;"
_HINT = "color: #5f4b00; background: #fff8e1; padding: 3px 6px; border-radius: 4px; font-size: 9pt;"
_REFUSAL = "color: #0d3c61; background: #e8f1fb; border: 1px solid #9cc2e8; padding: 6px; border-radius: 4px;"
PREBUILT_BRANCHES = 8  # branch buttons and phase steps built with the pane (more are added when a script needs them)
PREBUILT_STEPS = 6
HINT_LINES = 3  # the coaching hint's lines in view; the rest is in its tooltip
_BRANCH = "QPushButton { padding: 2px 8px; }"  # compact: seven branches must fit under nine answers at 1366×768


class ScriptPane(QWidget):
    next_requested = Signal(object)  # the answer to the node's question (typed), or None
    back_requested = Signal()
    skip_requested = Signal(str)  # the reason (required on mandatory nodes)
    branch_requested = Signal(str)  # jump id
    plan_offered = Signal(dict)  # plan_summary put to the debtor

    def __init__(self, plan_offers: PlanOffers, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stage: StageView | None = None
        self._plan_basis: PlanBasis | None = None
        self._editor: AnswerEditor | None = None
        self._branch_buttons: list[QPushButton] = []  # the ones shown, in order
        self._branch_pool: list[QPushButton] = []
        self._branch_jumps: dict[QPushButton, str] = {}
        self._shown_branches: tuple[BranchView, ...] = ()
        self._step_labels: list[QLabel] = []
        self.skip_dialog: SkipReasonDialog | None = None
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("scriptScroll")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = self._content = QWidget()
        self.script_label = QLabel(content)
        self.script_label.setStyleSheet("color: #5f6368;")
        self.script_label.setMinimumWidth(1)  # one line, cut at the badges: the script's name is context only
        self.progress_row = FlowLayout()
        self.title_label = QLabel(content)
        self.title_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.mandatory_badge = self._badge(self.tr("Mandatory"), "#1a5fb4")
        self.disclosure_badge = self._badge(self.tr("Disclosure"), "#6a3d9a")
        self.verified_badge = self._badge(self.tr("✓ Right party verified"), "#1b7f3b")
        self.text_view = _ScriptText(content)
        self.text_view.setAccessibleName(self.tr("What to say"))
        self.text_view.setStyleSheet("font-size: 13pt;")
        self.hint_label = ClampedLabel(HINT_LINES, content)
        self.hint_label.setAccessibleName(self.tr("Coaching hint"))
        self.hint_label.setStyleSheet(_HINT)
        self.question_box = QFrame(content)
        self.prompt_label = QLabel(self.question_box)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setStyleSheet("font-weight: 600;")
        self._answer_layout = QVBoxLayout(self.question_box)
        self._answer_layout.setContentsMargins(0, 0, 0, 0)
        self._answer_layout.addWidget(self.prompt_label)
        self.plan_panel = PlanCalculatorPanel(plan_offers, language, self.question_box)
        self._answer_layout.addWidget(self.plan_panel)
        self.refusal_label = QLabel(content)
        self.refusal_label.setObjectName("scriptRefusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet(_REFUSAL)
        self.refusal_label.setAccessibleName(self.tr("Why the step was not taken"))
        self._editors = self._build_editors()
        self.branch_title = QLabel(self.tr("If the call turns:"), content)
        self.branch_grid = FlowLayout()
        self.back_button = QPushButton(self.tr("Back"), self)  # the buttons stay in view, below the scroll area
        self.skip_button = QPushButton(self.tr("Skip…"), self)
        self.skip_button.setToolTip(self.tr("Go on without an answer; a mandatory step needs a reason"))
        self.next_button = QPushButton(self)
        self.next_button.setMinimumWidth(max(  # one width for its two texts: no relayout
            QPushButton(text).sizeHint().width() for text in (self.tr("Next step"), self.tr("Finish script"))))
        self.next_button.setDefault(True)
        self.next_button.setToolTip(self.tr("Next step (%1)").replace("%1", key_text("next_step", main_key_only=True)))
        self._build_layout()
        self._grow_pools(PREBUILT_BRANCHES, PREBUILT_STEPS)
        for keys in key_sequences("next_step"):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._request_next)
        self.back_button.clicked.connect(self.back_requested)
        self.skip_button.clicked.connect(self._ask_skip_reason)
        self.next_button.clicked.connect(self._request_next)
        self.plan_panel.plan_offered.connect(self.plan_offered)
        self.show_stage(None)
        content.ensurePolished()  # styled now, not when the first call is answered

    def _badge(self, text: str, colour: str) -> QLabel:
        badge = QLabel(text, self._content)
        badge.setStyleSheet(_BADGE % colour)
        return badge

    def _build_editors(self) -> dict[str, AnswerEditor]:
        """One hidden editor per question kind, reused for every question of that kind."""
        editors: dict[str, AnswerEditor] = {}
        for kind, editor_type in EDITORS.items():
            editor = editor_type(QuestionView(kind, "", "", True, (), None), self.question_box)
            editor.hide()
            editor.changed.connect(self.refusal_label.hide)  # the refusal was about the answer before the edit
            self._answer_layout.addWidget(editor)
            editors[kind] = editor
        return editors

    def _build_layout(self) -> None:
        script_row = QHBoxLayout()  # the badges beside the script's name: the node's title keeps the full width
        script_row.addWidget(self.script_label, 1)
        badges = FlowLayout()
        for badge in (self.mandatory_badge, self.disclosure_badge, self.verified_badge):
            badges.addWidget(badge)
        script_row.addLayout(badges)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = self._content_layout = QVBoxLayout(self._content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(script_row)
        layout.addLayout(self.progress_row)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.question_box)
        layout.addWidget(self.refusal_label)
        self.branch_grid.addWidget(self.branch_title)  # on the buttons' first line: a line saved for them
        layout.addLayout(self.branch_grid)
        self.scroll_area.setWidget(self._content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area, 1)
        outer.addLayout(buttons)

    # -- showing the node --------------------------------------------------------------------------------------

    def set_plan_basis(self, basis: PlanBasis | None) -> None:
        """The account the plan calculator works on (the call's focus account); None between calls."""
        self._plan_basis = basis

    def show_stage(self, stage: StageView | None) -> None:
        """Show the node in progress (None: no call). Each widget shown would lay out the pane at once, so the layout
        is off until everything is in place; it runs once, from the event loop (the layout request is posted)."""
        self._content_layout.setEnabled(False)
        try:
            self._show(stage)
        finally:
            self._content_layout.setEnabled(True)

    def _show(self, stage: StageView | None) -> None:
        previous, self._stage = self._stage, stage
        if stage is None:
            self._show_placeholder()
            return
        same_node = previous is not None and previous.stage_id == stage.stage_id
        if not same_node:
            self.refusal_label.hide()
            self._show_question(stage)
        self.script_label.setText(stage.script_title)
        self.script_label.setToolTip(stage.script_title)
        self.title_label.setText(stage.title)
        self.text_view.setPlainText(stage.text)
        self.hint_label.setText(self.tr("Coaching: %1").replace("%1", stage.hint))
        self.hint_label.setVisible(bool(stage.hint))
        self.mandatory_badge.setVisible(stage.mandatory)
        self.disclosure_badge.setVisible(stage.disclosure)
        self.verified_badge.setVisible(stage.verified)
        self.back_button.setEnabled(stage.can_go_back)
        self.skip_button.setEnabled(True)
        self.next_button.setEnabled(True)
        self.next_button.setText(self.tr("Finish script") if stage.is_end else self.tr("Next step"))
        self._show_branches(stage)
        self._show_progress(stage.titles, stage.index)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Top to bottom as shown: the text, the answer, the branches, then Back, Skip… and Next."""
        stops: list[QWidget] = [self.text_view]
        if self._editor is not None:
            stops += self._editor.focus_widgets()
        if not self.plan_panel.isHidden():
            stops += [self.plan_panel.table, self.plan_panel.accept_button]  # the panel orders its own inputs
        stops += [*self._branch_buttons, self.back_button, self.skip_button, self.next_button]
        for first, second in zip(stops, stops[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_placeholder(self) -> None:
        self.script_label.clear()
        self.title_label.setText(self.tr("Script"))
        self.text_view.setPlainText(self.tr("No call in progress. The script starts when the debtor answers."))
        for widget in (self.hint_label, self.refusal_label, self.question_box, self.mandatory_badge,
                       self.disclosure_badge, self.verified_badge):
            widget.hide()
        for button in (self.back_button, self.skip_button, self.next_button):
            button.setEnabled(False)
        self.next_button.setText(self.tr("Next step"))
        self._use_editor(None)
        self._show_branches(None)
        self._show_progress((), -1)

    def _show_question(self, stage: StageView) -> None:
        question = stage.question
        self.question_box.setVisible(question is not None)
        self.plan_panel.setVisible(question is not None and question.kind == "plan")
        self._use_editor(question)
        if question is None:
            return
        self.prompt_label.setText(question.prompt + ("" if question.required else " " + self.tr("(optional)")))
        self._content_layout.setStretchFactor(self.question_box, 3 if question.kind == "plan" else 0)
        if question.kind == "plan":
            accepted = question.answer if isinstance(question.answer, dict) else None
            self.plan_panel.show_context(self._plan_basis, stage.answers, accepted)
        focused = QApplication.focusWidget()
        if focused is None or self.isAncestorOf(focused):
            (self._editor or self.next_button).setFocus()

    def _use_editor(self, question: QuestionView | None) -> None:
        """The kind's editor, showing ``question``; the others hidden (None: no editor)."""
        editor = None if question is None else self._editors.get(question.kind)
        if self._editor is not None and self._editor is not editor:
            self._editor.hide()
        self._editor = editor
        if editor is not None and question is not None:
            editor.show_question(question)
            editor.show()

    def _show_branches(self, stage: StageView | None) -> None:
        branches = () if stage is None else stage.branches
        if branches == self._shown_branches:
            return
        self._shown_branches = branches
        self._grow_pools(len(branches), 0)
        for i, button in enumerate(self._branch_pool):
            if i < len(branches):
                self._branch_jumps[button] = branches[i].jump_id
                button.setText(branches[i].label)
                button.setAccessibleName(self.tr("Branch: %1").replace("%1", branches[i].label))
            button.setVisible(i < len(branches))
        self._branch_buttons = self._branch_pool[:len(branches)]
        self.branch_title.setVisible(bool(branches))

    def _grow_pools(self, branches: int, steps: int) -> None:
        """At least ``branches`` branch buttons and ``steps`` phase labels (hidden until used)."""
        while len(self._branch_pool) < branches:
            button = QPushButton(self._content)
            button.setStyleSheet(_BRANCH)
            button.hide()
            button.clicked.connect(lambda _checked=False, b=button: self.branch_requested.emit(self._branch_jumps[b]))
            self.branch_grid.addWidget(button)
            self._branch_pool.append(button)
        while len(self._step_labels) < steps:
            label = QLabel(self._content)
            label.hide()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._step_labels.append(label)
            self.progress_row.addWidget(label)

    def _show_progress(self, titles: tuple[str, ...], current: int) -> None:
        self._grow_pools(0, len(titles))
        for i, label in enumerate(self._step_labels):
            label.setVisible(i < len(titles))
            if i < len(titles):
                mark = "✓ " if i < current else f"{i + 1}. "
                label.setText(mark + titles[i])
                style = _DONE if i < current else _CURRENT if i == current else _AHEAD
                if label.styleSheet() != style:  # setting a style sheet polishes the label again, even the same one
                    label.setStyleSheet(style)
                label.setAccessibleName(self.tr("Phase %1 of %2: %3").replace("%1", str(i + 1)).replace(
                    "%2", str(len(titles))).replace("%3", titles[i]))

    # -- refusals ----------------------------------------------------------------------------------------------

    def show_refusal(self, code: str, detail: str) -> None:
        """A step the script did not take: say why, calmly, and what to do instead."""
        self.refusal_label.setText(self.refusal_text(code, detail))
        self.refusal_label.show()

    def refusal_text(self, code: str, detail: str) -> str:
        texts = {
            "not_verified": self.tr("Confirm you are speaking to the debtor before talking about the debt."),
            "no_recording_notice": self.tr("Tell the caller the call is recorded before asking any question."),
            "answer_required": self.tr("Record an answer first, or use Skip… to go on without one."),
            "answer_invalid": self.tr("That answer does not fit this question: %1").replace("%1", detail),
            "reason_required": self.tr("This step is mandatory: give a reason to skip it."),
            "no_outcome": self.tr("The script has no outcome yet. Take the step that records how the call ended, "
                                  "or hang up and pick the outcome afterwards."),
            "no_way_on": self.tr("The script has no next step for this answer. Take a branch below, or hang up "
                                 "and pick the outcome afterwards."),
            "not_at_end": self.tr("The script is not at its last step yet."),
            "not_running": self.tr("The script is not running: there is no answered call."),
            "script_error": self.tr("This step did not work because of a fault in the script; it has been logged. "
                                    "Take a branch below, or hang up and pick the outcome afterwards."),
        }
        return texts.get(code, self.tr("That step was not taken (%1).").replace("%1", code))

    # -- intent ------------------------------------------------------------------------------------------------

    def current_answer(self) -> Any:
        """What Next sends: the field's typed value, the accepted plan, or None."""
        stage = self._stage
        if stage is None or stage.question is None:
            return None
        if stage.question.kind == "plan":
            return self.plan_panel.accepted
        return None if self._editor is None else self._editor.value()

    def _request_next(self) -> None:
        if self._stage is not None and self.next_button.isEnabled():
            self.next_requested.emit(self.current_answer())

    def focus_answers(self) -> None:
        """Put the keyboard on the answer (or Next): where the agent works once a call connects."""
        (self._editor or self.next_button).setFocus()

    def choose_number(self, number: int) -> bool:
        """Pick the numbered choice of the question (what the digit keys do)."""
        return self._editor is not None and self._editor.choose_number(number)

    def _ask_skip_reason(self) -> None:
        stage = self._stage
        if stage is None:
            return
        dialog = SkipReasonDialog(stage.title, stage.mandatory, self)
        self.skip_dialog = dialog
        dialog.accepted.connect(lambda: self.skip_requested.emit(dialog.reason))
        dialog.finished.connect(lambda _result: self._forget_skip_dialog(dialog))
        dialog.open()

    def _forget_skip_dialog(self, dialog: SkipReasonDialog) -> None:
        if self.skip_dialog is dialog:
            self.skip_dialog = None
        dialog.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.choose_number(key - Qt.Key.Key_0):
            return
        super().keyPressEvent(event)


class _ScriptText(QTextBrowser):
    """What to say. Asks for three lines only: the pane's content is as tall as its parts ask (it scrolls when the
    window is short), and the text takes whatever room is left."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 3 + 2 * self.frameWidth() + 8)
