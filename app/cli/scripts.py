"""`calldesk scripts check FILE...` and `calldesk scripts render FILE --debtor ID`: for trainers writing scripts."""

import argparse
import sys
from pathlib import Path
from typing import Any

from app.db.debtor_repository import DebtorRepository
from app.db.engine import session_factory
from app.db.migrate import migrated_database
from app.scripts.checks import check_script, language_problems
from app.scripts.context import DEFAULT_CENTRES, call_facts
from app.scripts.engine import ScriptRun
from app.scripts.loader import ScriptProblem, read_script
from app.scripts.model import CallScript, ScriptNode
from app.scripts.rendering import escape_controls


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("scripts", help="check call script files, or show one as an agent would see it",
                                   description="Tools for the call scripts in app/scripts/library (see "
                                               "docs/script-format.md).")
    commands = parser.add_subparsers(title="scripts commands", metavar="SCRIPTS_COMMAND", required=True)
    check = commands.add_parser("check", help="validate script files: schema, templates, every path, both languages")
    check.add_argument("files", nargs="+", type=Path, metavar="FILE")
    check.set_defaults(func=run_check)
    render = commands.add_parser("render", help="print a script filled in for one debtor, node by node")
    render.add_argument("file", type=Path, metavar="FILE")
    render.add_argument("--debtor", type=int, required=True, metavar="ID", help="the debtor's id in the database")
    render.add_argument("--agent", default="Agent", help="the agent name to fill in (default: Agent)")
    render.set_defaults(func=run_render)


def run_check(args: argparse.Namespace, settings: Any) -> int:
    problems: list[ScriptProblem] = []
    good: list[CallScript] = []
    for path in args.files:
        script, found = read_script(path)
        if script is not None:
            found = check_script(script)
        problems += found
        if script is not None and not found:
            good.append(script)
    problems += language_problems(good + _siblings(good))
    for problem in problems:
        print(problem, file=sys.stderr)
    for script in good:
        if not any(p.source == script.source for p in problems):
            print(f"ok {script.source}: {script.script_id} v{script.version} ({script.language}), "
                  f"{len(script.nodes)} nodes, {len(script.jumps)} branches")
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
    return 1 if problems else 0


def _siblings(scripts: list[CallScript]) -> list[CallScript]:
    """The other languages of the checked scripts, from the same folder, so a lone file is compared too."""
    checked = {s.source for s in scripts}
    wanted = {(Path(s.source).parent, s.script_id) for s in scripts}  # each folder and id looked at once
    siblings = []
    for folder, script_id in sorted(wanted):
        for path in folder.glob(f"{script_id}.*.toml"):
            if str(path) not in checked:
                sibling, found = read_script(path)
                if sibling is not None and not found and sibling.script_id == script_id:
                    siblings.append(sibling)
                    checked.add(str(path))
    return siblings


def run_render(args: argparse.Namespace, settings: Any) -> int:
    script, problems = read_script(args.file)
    if script is not None:
        problems = check_script(script)
    if script is None or problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print("fix the problems above first (calldesk scripts check FILE)", file=sys.stderr)
        return 1
    with migrated_database(settings.database_url) as engine:
        try:
            record = DebtorRepository(session_factory(engine)).record(args.debtor)
        except LookupError:
            print(f"calldesk: error: no debtor with id {args.debtor}; find one with the app's search", file=sys.stderr)
            return 1
    centre = DEFAULT_CENTRES.get(script.language, DEFAULT_CENTRES["en"])
    run = ScriptRun(script, call_facts(record, args.agent, centre))
    run.verified = run.notice_given = True  # show disclosure nodes as the verified debtor would hear them
    name = escape_controls(record.full_name)  # as every template shows it
    print(f"{script.title} ({script.script_id} v{script.version}, {script.language}) for {name}\n")
    for node in script.nodes:
        print(_node_text(run, node))
    for message in script.messages:
        print(f"== message {message.message_id} ({message.channel}) ==\n{run.render_message(message)}\n")
    return 0


def _node_text(run: ScriptRun, node: ScriptNode) -> str:
    tags = f" [{', '.join(sorted(node.tags))}]" if node.tags else ""
    lines = [f"== {node.node_id}: {node.title}{tags} ==", run.render(node)]
    if node.hint:
        lines.append(f"   (hint: {node.hint})")
    if node.question is not None:
        lines.append(f"   ? {run.render_prompt(node)} [{node.question.kind.value} → answers.{node.question.var}]")
        lines += [f"     - {c.choice_id}: {c.label}" + (f" → outcome {c.outcome}" if c.outcome else "")
                  for c in node.question.choices]
    for transition in node.transitions:
        condition = f"on {', '.join(transition.on)} " if transition.on else ""
        condition += f"when {transition.when} " if transition.when else ""
        lines.append(f"   → {condition}go to {transition.goto}")
    if node.outcome:
        lines.append(f"   outcome: {node.outcome}")
    return "\n".join(lines) + "\n"
