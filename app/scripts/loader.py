"""Read call scripts from TOML files into the model; every problem names the file, the line and the field.

Reading checks the schema only; ``app.scripts.checks`` adds the template, graph and language checks, and
``load_library`` runs both so a script that fails either is listed as broken instead of loaded.
"""

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.scripts.library_cache import cached_library
from app.scripts.model import (
    AnswerKind, CallScript, Choice, Jump, MessageTemplate, NodeTag, Phase, Question, ScriptNode, ScriptPurpose,
    Transition,
)
from app.scripts.source_lines import Path as TomlPath
from app.scripts.source_lines import nearest_line, toml_lines

LIBRARY_DIR = Path(__file__).parent / "library"
LANGUAGES = ("en", "zh_CN")
CHANNELS = ("sms", "letter")


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
        if not isinstance(value, str) or not value.strip():
            self.problem(path + (key,), f"{where}.{key}" if where else key, "must be a non-empty text")
            return ""
        return value

    def flag(self, table: dict[str, Any], key: str, path: TomlPath, where: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.problem(path + (key,), f"{where}.{key}", "must be true or false")
            return False
        return value

    def tables(self, table: dict[str, Any], key: str, path: TomlPath, where: str) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.problem(path + (key,), f"{where}.{key}" if where else key, f"must be a list of tables ([[{key}]])")
            return []
        return value

    def choice_of(self, table: dict[str, Any], key: str, allowed: tuple[str, ...], path: TomlPath, where: str,
                  default: str | None = None) -> str:
        value = table.get(key, default)
        if value not in allowed:
            self.problem(path + (key,), f"{where}.{key}" if where else key,
                         f"must be one of {', '.join(allowed)}; found {value!r}")
            return allowed[0]
        return str(value)


def read_script(path: Path) -> tuple[CallScript | None, list[ScriptProblem]]:
    """The script in the file and the schema problems found; the script is None when it cannot be built."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return None, [ScriptProblem(source, None, "", f"cannot read the file ({error}); save it as UTF-8")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"at line (\d+)", str(error))
        return None, [ScriptProblem(source, int(found.group(1)) if found else None, "", f"not valid TOML: {error}")]
    reader = _Reader(source, text)
    script = _script(reader, data)
    return (script if not reader.problems else None), reader.problems


def _script(reader: _Reader, data: dict[str, Any]) -> CallScript:
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        reader.problem(("version",), "version", "must be a whole number ≥ 1")
        version = 0
    phases = tuple(Phase(reader.text(t, "id", ("phases", i), f"phases[{i}]"),
                         reader.text(t, "title", ("phases", i), f"phases[{i}]"))
                   for i, t in enumerate(reader.tables(data, "phases", (), "")))
    if not phases:
        reader.problem((), "phases", "needs at least one [[phases]] table")
    nodes = tuple(_node(reader, t, i) for i, t in enumerate(reader.tables(data, "nodes", (), "")))
    if not nodes:
        reader.problem((), "nodes", "needs at least one [[nodes]] table")
    jumps = tuple(Jump(reader.text(t, "id", ("jumps", i), f"jumps[{i}]"),
                       reader.text(t, "label", ("jumps", i), f"jumps[{i}]"),
                       reader.text(t, "goto", ("jumps", i), f"jumps[{i}]"))
                  for i, t in enumerate(reader.tables(data, "jumps", (), "")))
    messages = tuple(MessageTemplate(reader.text(t, "id", ("messages", i), f"messages[{i}]"),
                                     reader.choice_of(t, "channel", CHANNELS, ("messages", i), f"messages[{i}]"),
                                     reader.text(t, "text", ("messages", i), f"messages[{i}]"))
                     for i, t in enumerate(reader.tables(data, "messages", (), "")))
    for kind, ids in (("nodes", [n.node_id for n in nodes]), ("phases", [p.phase_id for p in phases]),
                      ("jumps", [j.jump_id for j in jumps]), ("messages", [m.message_id for m in messages])):
        repeated = sorted({i for i in ids if i and ids.count(i) > 1})
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
    if not isinstance(tags, list) or any(t not in known_tags for t in tags):
        reader.problem(path + ("tags",), f"{where}.tags", f"must be a list of: {', '.join(known_tags)}")
        tags = []
    outcome = table.get("outcome")
    if outcome is not None and not isinstance(outcome, str):
        reader.problem(path + ("outcome",), f"{where}.outcome", "must be an outcome code (text)")
        outcome = None
    question = table.get("question")
    if question is not None and not isinstance(question, dict):
        reader.problem(path + ("question",), f"{where}.question", "must be a table ([nodes.question])")
        question = None
    return ScriptNode(
        node_id=reader.text(table, "id", path, where),
        phase=reader.text(table, "phase", path, where),
        title=reader.text(table, "title", path, where),
        say=reader.text(table, "say", path, where),
        hint=reader.text(table, "hint", path, where, required=False),
        tags=frozenset(NodeTag(t) for t in tags),
        question=None if question is None else _question(reader, question, path + ("question",), f"{where}.question"),
        transitions=tuple(_transition(reader, t, path + ("next", i), f"{where}.next[{i}]")
                          for i, t in enumerate(reader.tables(table, "next", path, where))),
        outcome=outcome,
        line=reader.lines.get(path),
    )


def _question(reader: _Reader, table: dict[str, Any], path: TomlPath, where: str) -> Question:
    kind = AnswerKind(reader.choice_of(table, "kind", tuple(k.value for k in AnswerKind), path, where))
    choices = tuple(
        Choice(
            choice_id=reader.text(t, "id", path + ("choices", i), f"{where}.choices[{i}]"),
            label=reader.text(t, "label", path + ("choices", i), f"{where}.choices[{i}]"),
            verifies=reader.flag(t, "verifies", path + ("choices", i), f"{where}.choices[{i}]"),
            outcome=t.get("outcome") if isinstance(t.get("outcome"), str) else None,
        )
        for i, t in enumerate(reader.tables(table, "choices", path, where))
    )
    if table.get("kind") == kind.value and (kind is AnswerKind.CHOICE) != bool(choices):
        reader.problem(path + ("choices",), f"{where}.choices",
                       "a choice question needs [[nodes.question.choices]]; other kinds take none")
    bounds = {}
    for key in ("minimum", "maximum"):
        value = table.get(key)
        if value is not None and (kind is not AnswerKind.AMOUNT or not isinstance(value, (str, int))):
            reader.problem(path + (key,), f"{where}.{key}", "only amount questions take bounds, as \"1000.00\"")
        bounds[key] = None if value is None else str(value)
    required = table.get("required", True)
    if not isinstance(required, bool):
        reader.problem(path + ("required",), f"{where}.required", "must be true or false")
        required = True
    return Question(kind=kind, var=reader.text(table, "var", path, where),
                    prompt=reader.text(table, "prompt", path, where), choices=choices, required=required,
                    minimum=bounds["minimum"], maximum=bounds["maximum"])


def _transition(reader: _Reader, table: dict[str, Any], path: TomlPath, where: str) -> Transition:
    on = table.get("on", [])
    if isinstance(on, str):
        on = [on]
    if not isinstance(on, list) or not all(isinstance(c, str) for c in on):
        reader.problem(path + ("on",), f"{where}.on", "must be a choice id or a list of choice ids")
        on = []
    when = table.get("when")
    if when is not None and (not isinstance(when, str) or not when.strip()):
        reader.problem(path + ("when",), f"{where}.when", "must be a condition, e.g. \"answers.income < 3000\"")
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
        scripts = {key: s for key, s in scripts.items() if s.source != problem.source}
    return ScriptLibrary(scripts=scripts, broken=broken)
