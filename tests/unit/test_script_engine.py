"""The skeleton's script: both languages load, render in the sandbox, and every move is reported."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from app.scripts.engine import ScriptRun, StageMove
from app.scripts.loader import load_library, load_script
from app.scripts.rendering import ScriptRenderError, render_text

CONTEXT = {
    "agent": {"name": "王芳"}, "debtor": {"name": "张伟", "language": "zh_CN"},
    "account": {"total_due": Decimal("11700.5"), "minimum_due": Decimal("585.03"), "currency": "CNY",
                "due_date": date(2026, 10, 5), "days_past_due": 49},
}


def test_shipped_scripts_load_in_both_languages_with_the_same_stages() -> None:
    library = load_library()
    assert library.broken == {}
    zh, en = library.get("standard_call", "zh_CN"), library.get("standard_call", "en")
    assert [s.stage_id for s in zh.stages] == [s.stage_id for s in en.stages] == [
        "listen", "explain", "propose_plan", "record_outcome"]


def test_walk_reports_every_stage_entered_and_left() -> None:
    moves: list[StageMove] = []
    run = ScriptRun(load_library().get("standard_call", "zh_CN"), CONTEXT, moves.append)
    stage = run.start()
    texts = []
    while stage is not None:
        texts.append(run.render(stage))
        stage = run.advance()
    assert "¥11,700.50" in texts[1] and "2026年10月5日" in texts[1] and "张伟" in texts[0]
    assert moves[0] == StageMove(None, "listen") and moves[-1] == StageMove("record_outcome", None)
    assert run.finished and len(moves) == 5


def test_sandbox_refuses_escapes_and_unknown_variables() -> None:
    for attack in ("{{ ''.__class__.__mro__ }}", "{{ debtor.__class__ }}", "{{ cycler.__init__.__globals__ }}"):
        try:
            render_text(attack, CONTEXT, "en")
        except ScriptRenderError:
            continue
        raise AssertionError(f"rendered: {attack}")
    try:
        render_text("{{ debtor.salary }}", CONTEXT, "en")
    except ScriptRenderError as error:
        assert "salary" in str(error)
    else:
        raise AssertionError("undefined variable rendered")


def test_broken_script_file_is_listed_and_the_others_still_load(tmp_path: Path) -> None:
    good = Path(load_library().get("standard_call", "en").source)
    (tmp_path / good.name).write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.en.toml").write_text('id = "x"\nversion = 1\n[[stages]]\nid = "a"\nsay = "{{ oops"\n', encoding="utf-8")
    library = load_library(tmp_path)
    assert ("standard_call", "en") in library.scripts
    (problem,) = library.broken.values()
    assert "broken.en.toml" in problem and "stages[0]" in problem


def test_script_file_errors_name_the_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('id = "x"\nversion = "one"\nlanguage = "en"\ntitle = "t"\n[[stages]]\nid = "a"\ntitle = "A"\nsay = "hi"\n')
    try:
        load_script(path)
    except ValueError as error:
        assert "'version'" in str(error) and "bad.toml" in str(error)
    else:
        raise AssertionError("bad version accepted")
