"""Benchmark: how long `scripts check` takes on generated scripts of growing size, and its peak memory.

    .venv/bin/python bench/script_check.py [--nodes 500 20000] [--text-mb 50] [--no-caps]

Each script is a chain of verified, disclosing nodes with a three-way choice, a condition and a shared end: every
graph check (reachability, every path to an outcome, the gates on every path) has work to do on every node.
``--text-mb`` adds one node whose text is that many megabytes. Prints one line per script: seconds, the process's peak memory and
the first problem found (or ok).
"""

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.scripts import limits
from app.scripts.checks import check_script
from app.scripts.loader import read_script

HEAD = '''id = "bench"
version = 1
language = "en"
title = "Generated"
purpose = "outbound"
start = "greeting"

[[phases]]
id = "talk"
title = "Talk"

[[jumps]]
id = "abuse"
label = "Abusive"
goto = "end"

[[nodes]]
id = "greeting"
phase = "talk"
title = "Greeting"
say = "Hello {{ debtor.name }}, this call is recorded."
tags = ["recording_notice", "verification"]
[nodes.question]
kind = "choice"
var = "party"
prompt = "Who answered?"
[[nodes.question.choices]]
id = "right_party"
label = "The debtor"
verifies = true
[[nodes.question.choices]]
id = "other"
label = "Someone else"
[[nodes.next]]
on = ["right_party"]
goto = "n0"
[[nodes.next]]
goto = "end"

[[nodes]]
id = "end"
phase = "talk"
title = "End"
say = "Goodbye."
outcome = "tp_message"
'''


def node(index: int, last: bool, say: str) -> str:
    following = "end" if last else f"n{index + 1}"
    return f'''
[[nodes]]
id = "n{index}"
phase = "talk"
title = "Step {index}"
say = "{say}"
tags = ["disclosure"]
[nodes.question]
kind = "choice"
var = "answer{index}"
prompt = "What did the debtor say?"
[[nodes.question.choices]]
id = "yes"
label = "Yes"
[[nodes.question.choices]]
id = "no"
label = "No"
outcome = "rpc_refusal"
[[nodes.question.choices]]
id = "later"
label = "Later"
[[nodes.next]]
on = ["no"]
goto = "end"
[[nodes.next]]
when = "answers.answer{index} == 'later' and verified"
goto = "end"
[[nodes.next]]
goto = "{following}"
'''


def generated(nodes: int, text_mb: float = 0) -> str:
    """A script of ``nodes`` nodes in all: the greeting, the end and a chain between them."""
    parts = [HEAD]
    chain = max(nodes - 2, 1)
    for index in range(chain):
        say = "You owe {{ account.total_due | money(account.currency) }}."
        if index == 0 and text_mb:
            say = "x" * int(text_mb * 1_000_000)
        parts.append(node(index, index == chain - 1, say))
    return "".join(parts)


def measure(label: str, text: str, folder: Path) -> None:
    path = folder / "bench.en.toml"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    script, problems = read_script(path)
    if script is not None:
        problems = check_script(script)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000  # the process's peak so far (Linux: kB)
    verdict = str(problems[0])[:120] if problems else "ok"
    print(f"{label}: {len(text) / 1e6:.1f} MB of TOML, {seconds:.2f} s, process peak {peak:.0f} MB: {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[500, 20_000])
    parser.add_argument("--text-mb", type=float, default=0, help="also check a 3-node script with this big a text")
    parser.add_argument("--no-caps", action="store_true",
                        help="lift the size caps, to time the checks themselves on scripts larger than allowed")
    args = parser.parse_args()
    if args.no_caps:
        limits.MAX_FILE_BYTES = limits.MAX_NODES = limits.MAX_TEXT = 10**9
    with tempfile.TemporaryDirectory() as folder:
        for count in args.nodes:
            measure(f"{count} nodes", generated(count), Path(folder))
        if args.text_mb:
            measure(f"{args.text_mb:g} MB text", generated(3, args.text_mb), Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
