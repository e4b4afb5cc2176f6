"""A call script as data: nodes with words to say, questions with typed answers, transitions, tags and branches.

The file format is described in docs/script-format.md.
"""

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property


class AnswerKind(StrEnum):
    CHOICE = "choice"
    AMOUNT = "amount"
    DATE = "date"
    DATETIME = "datetime"
    TEXT = "text"
    PLAN = "plan"  # the plan calculator: the accepted plan becomes ``plan.*``


class NodeTag(StrEnum):
    MANDATORY = "mandatory"  # skipping needs a reason, which is logged
    DISCLOSURE = "disclosure"  # speaks about the debt: only after the right party is verified
    RECORDING_NOTICE = "recording_notice"  # no question may be answered before it on a recorded call
    VERIFICATION = "verification"  # its choices with ``verifies`` mark the right party verified


class ScriptPurpose(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"
    PROMISE_FOLLOW_UP = "promise_follow_up"
    BROKEN_PROMISE = "broken_promise"


@dataclass(frozen=True)
class Choice:
    choice_id: str
    label: str
    verifies: bool = False
    outcome: str | None = None  # an OutcomeCode value proposed when chosen


@dataclass(frozen=True)
class Question:
    kind: AnswerKind
    var: str
    prompt: str
    choices: tuple[Choice, ...] = ()
    required: bool = True
    minimum: str | None = None  # amount bounds, as decimal text
    maximum: str | None = None

    def choice(self, choice_id: str) -> Choice:
        for choice in self.choices:
            if choice.choice_id == choice_id:
                return choice
        raise KeyError(choice_id)


@dataclass(frozen=True)
class Transition:
    goto: str
    on: tuple[str, ...] = ()  # choice ids
    when: str | None = None  # a sandboxed jinja2 expression
    line: int | None = None

    @property
    def is_default(self) -> bool:
        return not self.on and self.when is None


@dataclass(frozen=True)
class ScriptNode:
    node_id: str
    phase: str
    title: str
    say: str  # jinja2 template source, rendered in the sandbox
    hint: str = ""
    tags: frozenset[NodeTag] = frozenset()
    question: Question | None = None
    transitions: tuple[Transition, ...] = ()
    outcome: str | None = None  # an OutcomeCode value proposed on entering
    line: int | None = None

    @property
    def is_end(self) -> bool:
        return not self.transitions

    def has(self, tag: NodeTag) -> bool:
        return tag in self.tags


@dataclass(frozen=True)
class Phase:
    phase_id: str
    title: str


@dataclass(frozen=True)
class Jump:
    """A branch the agent can take from any node: abuse, hardship, dispute, third party…"""

    jump_id: str
    label: str
    goto: str


@dataclass(frozen=True)
class MessageTemplate:
    """A text sent after the call (confirmation SMS or letter), rendered from the call's variables."""

    message_id: str
    channel: str  # sms | letter
    text: str


@dataclass(frozen=True)
class CallScript:
    script_id: str
    version: int
    language: str
    title: str
    purpose: ScriptPurpose
    start: str
    phases: tuple[Phase, ...]
    nodes: tuple[ScriptNode, ...]
    jumps: tuple[Jump, ...] = ()
    messages: tuple[MessageTemplate, ...] = ()
    source: str = ""  # the file it came from, for error messages

    def node(self, node_id: str) -> ScriptNode:
        return self._nodes_by_id[node_id]

    @cached_property
    def _nodes_by_id(self) -> dict[str, ScriptNode]:
        """Built once: the checks look nodes up once per state of every path, the engine once per step."""
        return {node.node_id: node for node in reversed(self.nodes)}  # a repeated id finds its first node

    def jump(self, jump_id: str) -> Jump:
        for jump in self.jumps:
            if jump.jump_id == jump_id:
                return jump
        raise KeyError(jump_id)

    def phase_index(self, phase_id: str) -> int:
        return next((i for i, p in enumerate(self.phases) if p.phase_id == phase_id), -1)
