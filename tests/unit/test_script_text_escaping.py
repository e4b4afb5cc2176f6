"""Debtor data shown by a script never reaches the screen or a terminal raw: control and bidi characters are escaped."""

from pathlib import Path

import pytest

from app.scripts.context import CallFacts
from app.scripts.engine import ScriptRun
from app.scripts.loader import load_script
from app.scripts.rendering import escape_controls, render_text

HOSTILE = "Zhang\x1b[2JWei\u202egnp.exe\x00\x07\u2066x"
SHOWN = "Zhang\\x1b[2JWei\\u202egnp.exe\\x00\\x07\\u2066x"


@pytest.mark.parametrize("template", ["{{ debtor.name }}", "{{ debtor.name | upper | lower }}",
                                      "{{ 'Dear ' ~ debtor.name }}", "{% set n = debtor.name %}{{ n }}"])
def test_a_hostile_name_is_shown_escaped_however_the_template_prints_it(template: str) -> None:
    shown = render_text(template, {"debtor": {"name": HOSTILE}}, "en")
    assert SHOWN.lower() in shown.lower()
    assert not any(c in shown for c in "\x1b\u202e\x00\x07\u2066")


def test_line_breaks_and_tabs_stay_and_escaping_twice_changes_nothing() -> None:
    text = "Room 5\tBlock 2\nBeijing"
    assert render_text("{{ a }}", {"a": text}, "en") == text
    assert escape_controls(escape_controls(HOSTILE)) == SHOWN


def test_the_script_pane_text_shows_the_name_escaped() -> None:
    script = load_script(Path(__file__).parent / "script_files" / "mini.en.toml")
    facts = CallFacts(spoken={"agent": {"name": "Wang Fang"}, "debtor": {"name": HOSTILE, "language": "en"},
                              "centre": {"name": "the Card Centre", "callback_number": "400-820-8888"}})
    run = ScriptRun(script, facts)
    node = run.start()
    assert SHOWN in run.render(node) and "\x1b" not in run.render(node)
