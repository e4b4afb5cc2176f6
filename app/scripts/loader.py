"""Read call scripts from TOML files into the model; every problem names the file, the line and the field.

Reading checks the schema only; ``app.scripts.checks`` adds the template, graph and language checks, and
``load_library`` runs both so a script that fails either is listed as broken instead of loaded.
"""

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.scripts import limits
from app.scripts.answers import MAX_AMOUNT
from app.scripts.library_cache import cached_library
from app.scripts.limits import ScriptFileUnreadable, read_script_text, shown
from app.scripts.model import (
    AnswerKind,
    CallScript,
    Choice,
    Jump,
    MessageTemplate,
    NodeTag,
    Phase,
    Question,
    ScriptNode,
    ScriptPurpose,
    Transition,
)
from app.scripts.source_lines import Path as TomlPath
from app.scripts.source_lines import nearest_line, toml_lines

LIBRARY_DIR = Path(__file__).parent / "library"
LANGUAGES = ("en", "zh_CN")
CHANNELS = ("sms", "letter")
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")  # a variable templates reach as answers.<var>
_KEYS = {  # the keys each kind of table takes; any other is a typo (``minimun``) or a feature that does not exist
    "script": ("id", "version", "language", "title", "purpose", "start", "phases", "jumps", "messages", "nodes"),
    "phase": ("id", "title"),
    "jump": ("id", "label", "goto"),
    "message": ("id", "channel", "text"),
    "node": ("id", "phase", "title", "say", "hint", "tags", "outcome", "question", "next"),
    "question": ("kind", "var", "prompt", "required", "choices", "minimum", "maximum"),
    "choice": ("id", "label", "verifies", "outcome"),
    "transition": ("on", "when", "goto"),
}


@dataclass(frozen=True)
class ScriptProblem:
    source: str
    line: int | None
    field: str  # "nodes[3] 'explain'.say"
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ScriptFileError(ValueError):
    """A script file that cannot be used; the message lists every problem found."""

    def __init__(self, problems: list[ScriptProblem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:10])
        more = f"\n… and {len(problems) - 10} more" if len(problems) > 10 else ""
        super().__init__(shown + more)


class _Reader:
    """Collects problems while turning the parsed TOML into model objects."""

    def __init__(self, source: str, text: str) -> None:
        self.source = source
        self.lines = toml_lines(text)
        self.problems: list[ScriptProblem] = []

    def problem(self, path: TomlPath, field: str, message: str) -> None:
        self.problems.append(ScriptProblem(self.source, nearest_line(self.lines, path), field, message))

    def text(self, table: dict[str, Any], key: str, path: TomlPath, where: str, *, required: bool = True) -> str:
        value = table.get(key)
        if value is None and not required:
            return ""
        field = f"{where}.{key}" if where else key
        if not isinstance(value, str) or not value.strip():
            self.problem(path + (key,), field, "must be a non-empty text")
            return ""
        limit = limits.MAX_ID if key in ("id", "goto", "phase", "start", "var") else limits.MAX_TEXT
        if len(value) > limit:
            self.problem(path + (key,), field, f"is {len(value):,} characters; at most {limit:,} are allowed")
            return ""
        return value

    def keys(self, table: dict[str, Any], kind: str, path: TomlPath, where: str) -> None:
        unknown = [key for key in table if key not in _KEYS[kind]]
        if unknown:
            key = unknown[0][:limits.MAX_ID]
            self.problem(path + (unknown[0],), f"{where}.{key}" if where else key,
                         f"unknown key; a {kind} table takes: {', '.join(_KEYS[kind])}")

    def flag(self, table: dict[str, Any], key: str, path: TomlPath, where: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.problem(path + (key,), f"{where}.{key}", "must be true or false")
            return False
        return value

    def tables(self, table: dict[str, Any], key: str, path: TomlPath, where: str, most: int,
               kind: str) -> list[dict[str, Any]]:
        """The [[key]] tables, each with its keys checked; past ``most`` one problem, and only the first ones."""
        value = table.get(key, [])
        field = f"{where}.{key}" if where else key
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problem(path + (key,), field, f"must be a list of tables ([[{key}]])")
            return []
        if len(value) > most:
            self.problem(path + (key, most), field, f"has {len(value):,} tables; at most {most:,} are allowed")
            value = value[:most]
        for index, item in enumerate(value):
            self.keys(item, kind, path + (key, index), f"{field}[{index}]")
        return value

    def choice_of(self, table: dict[str, Any], key: str, allowed: tuple[str, ...], path: TomlPath, where: str,
                  default: str | None = None) -> str:
        value = table.get(key, default)
        if value not in allowed:
            self.problem(path + (key,), f"{where}.{key}" if where else key,
                         f"must be one of {', '.join(allowed)}; found {shown(value)}")
            return allowed[0]
        return str(value)


def read_script(path: Path) -> tuple[CallScript | None, list[ScriptProblem]]:
    """The script in the file and the schema problems found; the script is None when it cannot be built."""
    source = str(path)
    try:
        text = read_script_text(path)
    except ScriptFileUnreadable as error:
        return None, [ScriptProblem(source, None, "", str(error))]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"at line (\d+)", str(error))
        return None, [ScriptProblem(source, int(found.group(1)) if found else None, "", f"not valid TOML: {error}")]
    except RecursionError:  # tomllib recurses once per nested bracket
        return None, [ScriptProblem(source, None, "", "not valid TOML for a script: brackets are nested too deeply")]
    reader = _Reader(source, text)
    script = _script(reader, data)
    return (script if not reader.problems else None), reader.problems


def _script(reader: _Reader, data: dict[str, Any]) -> CallScript:
    reader.keys(data, "script", (), "")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        reader.problem(("version",), "version", "must be a whole number ≥ 1")
        version = 0
    phases = tuple(Phase(reader.text(t, "id", ("phases", i), f"phases[{i}]"),
                         reader.text(t, "title", ("phases", i), f"phases[{i}]"))
                   for i, t in enumerate(reader.tables(data, "phases", (), "", limits.MAX_PHASES, "phase")))
    if not phases:
        reader.problem((), "phases", "needs at least one [[phases]] table")
    nodes = tuple(_node(reader, t, i) for i, t in enumerate(reader.tables(data, "nodes", (), "", limits.MAX_NODES, "node")))
    if not nodes:
        reader.problem((), "nodes", "needs at least one [[nodes]] table")
    jumps = tuple(Jump(reader.text(t, "id", ("jumps", i), f"jumps[{i}]"),
                       reader.text(t, "label", ("jumps", i), f"jumps[{i}]"),
                       reader.text(t, "goto", ("jumps", i), f"jumps[{i}]"))
                  for i, t in enumerate(reader.tables(data, "jumps", (), "", limits.MAX_JUMPS, "jump")))
    messages = tuple(MessageTemplate(reader.text(t, "id", ("messages", i), f"messages[{i}]"),
                                     reader.choice_of(t, "channel", CHANNELS, ("messages", i), f"messages[{i}]"),
                                     reader.text(t, "text", ("messages", i), f"messages[{i}]"))
                     for i, t in enumerate(reader.tables(data, "messages", (), "", limits.MAX_MESSAGES, "message")))
    for kind, ids in (("nodes", [n.node_id for n in nodes]), ("phases", [p.phase_id for p in phases]),
                      ("jumps", [j.jump_id for j in jumps]), ("messages", [m.message_id for m in messages])):
        repeated = sorted(i for i, count in Counter(ids).items() if i and count > 1)
        if repeated:
            reader.problem((kind,), kind, f"ids must be unique; repeated: {', '.join(repeated)}")
    return CallScript(
        script_id=reader.text(data, "id", (), ""),
        version=version,
        language=reader.choice_of(data, "language", LANGUAGES, (), ""),
        title=reader.text(data, "title", (), ""),
        purpose=ScriptPurpose(reader.choice_of(data, "purpose", tuple(p.value for p in ScriptPurpose), (), "",
                                               default="outbound")),
        start=reader.text(data, "start", (), ""),
        phases=phases, nodes=nodes, jumps=jumps, messages=messages, source=reader.source,
    )


def _node(reader: _Reader, table: dict[str, Any], index: int) -> ScriptNode:
    path: TomlPath = ("nodes", index)
    node_id = table.get("id") if isinstance(table.get("id"), str) else "?"
    where = f"nodes[{index}] '{node_id}'"
    tags = table.get("tags", [])
    known_tags = tuple(t.value for t in NodeTag)
    if not isinstance(tags, list) or len(tags) > len(known_tags) or any(t not in known_tags for t in tags):
        reader.problem(path + ("tags",), f"{where}.tags", f"must be a list of: {', '.join(known_tags)}")
        tags = []
    outcome = _outcome(reader, table, path, where)
    question = table.get("question")
    if question is not None and not isinstance(question, dict):
        reader.problem(path + ("question",), f"{where}.question", "must be a table ([nodes.question])")
        question = None
    if question is not None:
        reader.keys(question, "question", path + ("question",), f"{where}.question")
    return ScriptNode(
        node_id=reader.text(table, "id", path, where),
        phase=reader.text(table, "phase", path, where),
        title=reader.text(table, "title", path, where),
        say=reader.text(table, "say", path, where),
        hint=reader.text(table, "hint", path, where, required=False),
        tags=frozenset(NodeTag(t) for t in tags),
        question=None if question is None else _question(reader, question, path + ("question",), f"{where}.question"),
        transitions=tuple(_transition(reader, t, path + ("next", i), f"{where}.next[{i}]")
                          for i, t in enumerate(reader.tables(table, "next", path, where, limits.MAX_TRANSITIONS,
                                                              "transition"))),
        outcome=outcome,
        line=reader.lines.get(path),
    )


def _outcome(reader: _Reader, table: dict[str, Any], path: TomlPath, where: str) -> str | None:
    outcome = table.get("outcome")
    if outcome is not None and (not isinstance(outcome, str) or len(outcome) > limits.MAX_ID):
        reader.problem(path + ("outcome",), f"{where}.outcome", f"must be an outcome code (text); found {shown(outcome)}")
        return None
    return outcome


def _question(reader: _Reader, table: dict[str, Any], path: TomlPath, where: str) -> Question:
    kind = AnswerKind(reader.choice_of(table, "kind", tuple(k.value for k in AnswerKind), path, where))
    tables = reader.tables(table, "choices", path, where, limits.MAX_CHOICES, "choice")
    choices = tuple(
        Choice(
            choice_id=reader.text(t, "id", path + ("choices", i), f"{where}.choices[{i}]"),
            label=reader.text(t, "label", path + ("choices", i), f"{where}.choices[{i}]"),
            verifies=reader.flag(t, "verifies", path + ("choices", i), f"{where}.choices[{i}]"),
            outcome=_outcome(reader, t, path + ("choices", i), f"{where}.choices[{i}]"),
        )
        for i, t in enumerate(tables)
    )
    if table.get("kind") == kind.value and (kind is AnswerKind.CHOICE) != bool(choices):
        reader.problem(path + ("choices",), f"{where}.choices",
                       "a choice question needs [[nodes.question.choices]]; other kinds take none")
    repeated = sorted(i for i, count in Counter(c.choice_id for c in choices).items() if i and count > 1)
    if repeated:
        reader.problem(path + ("choices",), f"{where}.choices", f"ids must be unique; repeated: {', '.join(repeated)}")
    bounds = {key: _bound(reader, table, key, kind, path, where) for key in ("minimum", "maximum")}
    low, high = bounds["minimum"], bounds["maximum"]
    if low is not None and high is not None and low > high:
        reader.problem(path + ("maximum",), f"{where}.maximum", f"is below the minimum ({high} < {low})")
    required = table.get("required", True)
    if not isinstance(required, bool):
        reader.problem(path + ("required",), f"{where}.required", "must be true or false")
        required = True
    var = reader.text(table, "var", path, where)
    if var and not _NAME.fullmatch(var):
        reader.problem(path + ("var",), f"{where}.var",
                       "must be a name of letters, digits and _ starting with a letter (it is used as answers.<var>)")
    return Question(kind=kind, var=var, prompt=reader.text(table, "prompt", path, where), choices=choices,
                    required=required, minimum=None if low is None else str(low),
                    maximum=None if high is None else str(high))


def _bound(reader: _Reader, table: dict[str, Any], key: str, kind: AnswerKind, path: TomlPath,
           where: str) -> Decimal | None:
    """An amount question's minimum or maximum, checked now so answering never meets a bound it cannot read."""
    value = table.get(key)
    if value is None:
        return None
    field = f"{where}.{key}"
    if kind is not AnswerKind.AMOUNT:
        reader.problem(path + (key,), field, f"only amount questions take bounds; this is a {kind.value} question")
        return None
    amount = None
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        try:
            amount = Decimal(str(value).strip())
        except InvalidOperation:
            amount = None
    if amount is None or not amount.is_finite() or not 0 <= amount <= MAX_AMOUNT \
            or amount != amount.quantize(Decimal("0.01")):
        reader.problem(path + (key,), field, f"must be an amount from 0 to {MAX_AMOUNT} with at most two decimals, "
                                             f"as \"1000.00\"; found {shown(value)}")
        return None
    return amount


def _transition(reader: _Reader, table: dict[str, Any], path: TomlPath, where: str) -> Transition:
    on = table.get("on", [])
    if isinstance(on, str):
        on = [on]
    if not isinstance(on, list) or len(on) > limits.MAX_CHOICES or not all(isinstance(c, str) and len(c) <= limits.MAX_ID
                                                                    for c in on):
        reader.problem(path + ("on",), f"{where}.on", "must be a choice id or a list of choice ids")
        on = []
    when = table.get("when")
    if when is not None and (not isinstance(when, str) or not when.strip() or len(when) > limits.MAX_TEXT):
        reader.problem(path + ("when",), f"{where}.when",
                       f"must be a condition of at most {limits.MAX_TEXT:,} characters, e.g. \"answers.income < 3000\"")
        when = None
    return Transition(goto=reader.text(table, "goto", path, where), on=tuple(on), when=when,
                      line=reader.lines.get(path))


@dataclass(frozen=True)
class ScriptLibrary:
    scripts: dict[tuple[str, str], CallScript]  # (script_id, language) -> script
    broken: dict[str, str]  # file -> error message

    def get(self, script_id: str, language: str) -> CallScript:
        """The script in the language, falling back to English, then to any language."""
        for key in ((script_id, language), (script_id, "en")):
            if key in self.scripts:
                return self.scripts[key]
        for (found_id, _), script in sorted(self.scripts.items()):
            if found_id == script_id:
                return script
        raise KeyError(f"no script '{script_id}' loaded" + (f"; broken files: {', '.join(self.broken)}" if self.broken else ""))

    def has(self, script_id: str) -> bool:
        return any(found_id == script_id for found_id, _ in self.scripts)


def load_script(path: Path) -> CallScript:
    """One script, fully checked; ScriptFileError lists every problem."""
    from app.scripts.checks import check_script  # checks imports this module

    script, problems = read_script(path)
    if script is not None:
        problems = check_script(script)
    if problems or script is None:
        raise ScriptFileError(problems)
    return script


def load_library(directory: Path = LIBRARY_DIR, cache_dir: Path | None = None) -> ScriptLibrary:
    """Every *.toml script in the folder; broken files are listed with their error, the rest still load.

    With ``cache_dir``, the checked result is kept there and reused while no file it depends on changed
    (``app.scripts.library_cache``): the window's start skips ~300 ms of checks.
    """
    if cache_dir is not None:
        return cached_library(directory, cache_dir, load_library)
    from app.scripts.checks import language_problems

    scripts: dict[tuple[str, str], CallScript] = {}
    broken: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            script = load_script(path)
        except ScriptFileError as error:
            broken[str(path)] = str(error)
            continue
        scripts[(script.script_id, script.language)] = script
    for problem in language_problems(list(scripts.values())):
        broken.setdefault(problem.source, str(problem))
    scripts = {key: s for key, s in scripts.items() if s.source not in broken}
    return ScriptLibrary(scripts=scripts, broken=broken)
