"""The guided-script state machine: which stage the agent is on, and every move between stages."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from app.scripts.model import CallScript, ScriptStage
from app.scripts.rendering import ScriptRenderError, render_text


@dataclass(frozen=True)
class StageMove:
    """One move in the script; ``left`` is None at the start, ``entered`` is None at the end."""

    left: str | None
    entered: str | None


StageListener = Callable[[StageMove], None]


class ScriptRun:
    """One walk through a script during one call."""

    def __init__(self, script: CallScript, context: Mapping[str, Any], on_move: StageListener | None = None) -> None:
        self.script = script
        self._context = dict(context)
        self._on_move = on_move
        self._index: int | None = None
        self.visited: list[str] = []

    @property
    def started(self) -> bool:
        return self._index is not None

    @property
    def finished(self) -> bool:
        return self._index is not None and self._index >= len(self.script.stages)

    @property
    def current(self) -> ScriptStage | None:
        if self._index is None or self.finished:
            return None
        return self.script.stages[self._index]

    @property
    def position(self) -> int:
        return -1 if self._index is None else self._index

    def start(self) -> ScriptStage:
        if self._index is None:
            self._move_to(0)
        assert self.current is not None
        return self.current

    def advance(self) -> ScriptStage | None:
        """Go to the next stage; past the last one the run is finished and None is returned."""
        self._move_to(self.position + 1)
        return self.current

    def go_back(self) -> ScriptStage | None:
        if self.position > 0:
            self._move_to(self.position - 1)
        return self.current

    def go_to(self, stage_id: str) -> ScriptStage:
        index = next(i for i, s in enumerate(self.script.stages) if s.stage_id == stage_id)
        self._move_to(index)
        assert self.current is not None
        return self.current

    def finish(self) -> None:
        """End the run (call over); the stage in progress is logged as left."""
        if not self.finished:
            self._move_to(len(self.script.stages))

    def render(self, stage: ScriptStage) -> str:
        """The stage text for this debtor; a rendering problem is shown as text, never raised into the call."""
        try:
            return render_text(stage.say, self._context, self.script.language)
        except ScriptRenderError as error:
            return f"[{error}]\n\n{stage.say}"

    def _move_to(self, index: int) -> None:
        left = self.current.stage_id if self.current else None
        self._index = min(index, len(self.script.stages))
        entered = self.current.stage_id if self.current else None
        if entered is not None:
            self.visited.append(entered)
        if self._on_move is not None and left != entered:
            self._on_move(StageMove(left=left, entered=entered))
