"""A call script as data: stages in call order, each with words to say and a hint for the agent."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ScriptStage:
    stage_id: str
    title: str
    say: str  # jinja2 template source, rendered in the sandbox
    hint: str


@dataclass(frozen=True)
class CallScript:
    script_id: str
    version: int
    language: str
    title: str
    stages: tuple[ScriptStage, ...]
    source: str  # the file it came from, for error messages

    def stage(self, stage_id: str) -> ScriptStage:
        for stage in self.stages:
            if stage.stage_id == stage_id:
                return stage
        raise KeyError(stage_id)
