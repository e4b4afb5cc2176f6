"""What the script pane shows for the node in progress: plain values built from a script run (no Qt)."""

import importlib
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.scripts.model import NodeTag

if TYPE_CHECKING:  # the engine imports jinja2: loaded when a call starts a script
    from app.scripts.engine import ScriptRun

log = logging.getLogger(__name__)
SCRIPT_ENGINE = "app.scripts.engine"


def load_script_engine_in_background() -> threading.Thread:
    """Import the script engine (jinja2: ~90 ms) on a thread while the agent is idle: the first dial imported it on
    the GUI thread, a 15-40 ms stall as the call was placed. A dial meanwhile waits for this import (Python's import
    lock), no longer than it would have taken on its own."""

    def load() -> None:
        try:
            importlib.import_module(SCRIPT_ENGINE)
        except Exception as error:  # noqa: BLE001 - the dial's own import fails again, with its error, where it is used
            log.debug("loading the script engine ahead failed: %s", error)

    thread = threading.Thread(target=load, name="calldesk-import", daemon=True)
    thread.start()
    return thread


@dataclass(frozen=True)
class ChoiceView:
    choice_id: str
    label: str


@dataclass(frozen=True)
class QuestionView:
    kind: str  # choice | amount | date | datetime | text | plan
    var: str
    prompt: str
    required: bool
    choices: tuple[ChoiceView, ...]
    answer: Any  # the answer given so far on this call, or None


@dataclass(frozen=True)
class BranchView:
    jump_id: str
    label: str


@dataclass(frozen=True)
class StageView:
    """The node in progress; ``phase_titles``/``phase_index`` drive the progress bar."""

    stage_id: str
    title: str
    text: str
    hint: str
    index: int  # phase index
    count: int  # number of phases
    titles: tuple[str, ...]  # phase titles
    question: QuestionView | None = None
    branches: tuple[BranchView, ...] = ()
    mandatory: bool = False
    disclosure: bool = False
    is_end: bool = False
    can_go_back: bool = False
    verified: bool = False
    proposed_outcome: str | None = None
    script_title: str = ""
    answers: dict[str, Any] | None = None  # everything answered so far (the plan calculator reads income/expenses)


def stage_view(run: "ScriptRun") -> StageView | None:
    node = run.current
    if node is None:
        return None
    question = None
    if node.question is not None:
        question = QuestionView(
            kind=node.question.kind.value, var=node.question.var, prompt=run.render_prompt(node),
            required=node.question.required,
            choices=tuple(ChoiceView(c.choice_id, c.label) for c in node.question.choices),
            answer=run.answers.get(node.question.var),
        )
    script = run.script
    return StageView(
        stage_id=node.node_id, title=node.title, text=run.render(node), hint=node.hint,
        index=script.phase_index(node.phase), count=len(script.phases), titles=tuple(p.title for p in script.phases),
        question=question, branches=tuple(BranchView(j.jump_id, j.label) for j in script.jumps if j.goto != node.node_id),
        mandatory=node.has(NodeTag.MANDATORY), disclosure=node.has(NodeTag.DISCLOSURE), is_end=node.is_end,
        can_go_back=len(run.visited) > 1, verified=run.verified, proposed_outcome=run.proposed_outcome,
        script_title=script.title, answers=dict(run.answers),
    )
