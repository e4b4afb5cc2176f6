"""Load call scripts from TOML files; a broken file is reported with its name and field, never fatal."""

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.scripts.model import CallScript, ScriptStage
from app.scripts.rendering import template_problem

LIBRARY_DIR = Path(__file__).parent / "library"


class ScriptFileError(ValueError):
    """A script file that cannot be used; the message names the file and what is wrong."""


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


def _required(table: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = table.get(key)
    if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        raise ScriptFileError(f"{where}: field '{key}' must be a non-empty {kind.__name__}")
    return value


def _stage(table: Any, index: int, source: str) -> ScriptStage:
    where = f"{source}: stages[{index}]"
    if not isinstance(table, dict):
        raise ScriptFileError(f"{where}: must be a table ([[stages]])")
    stage = ScriptStage(
        stage_id=_required(table, "id", str, where),
        title=_required(table, "title", str, where),
        say=_required(table, "say", str, where),
        hint=str(table.get("hint", "")),
    )
    problem = template_problem(stage.say)
    if problem:
        raise ScriptFileError(f"{where} ('{stage.stage_id}'): field 'say': {problem}")
    return stage


def load_script(path: Path) -> CallScript:
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ScriptFileError(f"{source}: cannot read the file ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise ScriptFileError(f"{source}: not valid TOML ({error})") from None
    raw_stages = data.get("stages")
    if not isinstance(raw_stages, list) or not raw_stages:
        raise ScriptFileError(f"{source}: needs at least one [[stages]] table")
    stages = tuple(_stage(table, i, source) for i, table in enumerate(raw_stages))
    ids = [s.stage_id for s in stages]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ScriptFileError(f"{source}: stage ids must be unique, repeated: {', '.join(duplicates)}")
    return CallScript(
        script_id=_required(data, "id", str, source),
        version=_required(data, "version", int, source),
        language=_required(data, "language", str, source),
        title=_required(data, "title", str, source),
        stages=stages,
        source=source,
    )


def load_library(directory: Path = LIBRARY_DIR) -> ScriptLibrary:
    """Every *.toml script in the folder; broken files are listed with their error, the rest still load."""
    scripts: dict[tuple[str, str], CallScript] = {}
    broken: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        try:
            script = load_script(path)
        except ScriptFileError as error:
            broken[str(path)] = str(error)
            continue
        scripts[(script.script_id, script.language)] = script
    return ScriptLibrary(scripts=scripts, broken=broken)
