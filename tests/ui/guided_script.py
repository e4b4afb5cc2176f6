"""A small guided call script for widget tests (the shipped scripts are data that trainers change)."""

from pathlib import Path

from app.scripts.loader import ScriptLibrary, load_script

GUIDED_CALL = '''
id = "standard_call"
version = 1
language = "en"
title = "Guided test call"
purpose = "outbound"
start = "greeting"

[[phases]]
id = "opening"
title = "Opening"

[[phases]]
id = "talk"
title = "Talk"

[[phases]]
id = "close"
title = "Close"

[[jumps]]
id = "abuse"
label = "Debtor is abusive"
goto = "abuse_end"

[[nodes]]
id = "greeting"
phase = "opening"
title = "Greeting and recording notice"
say = "Hello, this is {{ agent.name }} from {{ centre.name }}. This call is recorded. May I speak with {{ debtor.name }}?"
hint = "Speak slowly; wait for the answer."
tags = ["mandatory", "recording_notice", "verification"]

[nodes.question]
kind = "choice"
var = "party"
prompt = "Who answered?"

[[nodes.question.choices]]
id = "right_party"
label = "The debtor (name and ID last four confirmed)"
verifies = true

[[nodes.question.choices]]
id = "third_party"
label = "Someone else"

[[nodes.question.choices]]
id = "wrong_number"
label = "Wrong number"
outcome = "wrong_number"

[[nodes.next]]
on = ["right_party"]
goto = "explain"

[[nodes.next]]
on = ["wrong_number"]
goto = "wrong_number_end"

[[nodes.next]]
goto = "third_party"

[[nodes]]
id = "third_party"
phase = "close"
title = "Message for the debtor"
say = "Please ask {{ debtor.name }} to call {{ centre.callback_number }}."
outcome = "tp_message"

[[nodes]]
id = "wrong_number_end"
phase = "close"
title = "Wrong number"
say = "Sorry to have troubled you."

[[nodes]]
id = "explain"
phase = "talk"
title = "The amount due"
say = "The amount due is {{ account.total_due | money(account.currency) }}."
tags = ["disclosure", "mandatory"]

[nodes.question]
kind = "amount"
var = "monthly_income"
prompt = "Monthly income?"

[[nodes.next]]
goto = "expenses"

[[nodes]]
id = "expenses"
phase = "talk"
title = "Essential expenses"
say = "And what must you spend each month on rent, food and family?"

[nodes.question]
kind = "amount"
var = "essential_expenses"
prompt = "Essential expenses a month?"

[[nodes.next]]
goto = "plan"

[[nodes]]
id = "plan"
phase = "talk"
title = "Propose a plan"
say = """{% if plan %}{{ plan.months }} payments of {{ plan.monthly_amount | money(account.currency) }}.\\
{% else %}Let us find a plan you can keep.{% endif %}"""
tags = ["disclosure"]

[nodes.question]
kind = "plan"
var = "plan"
prompt = "Which plan did the debtor accept?"

[[nodes.next]]
goto = "close"

[[nodes]]
id = "close"
phase = "close"
title = "Close"
say = "Thank you. You will receive a confirmation by SMS."
outcome = "rpc_ptp"

[[nodes]]
id = "abuse_end"
phase = "close"
title = "End the call calmly"
say = "I am going to end this call now. You can call us back on {{ centre.callback_number }}. Goodbye."
outcome = "abuse_ended"
'''


def guided_library(directory: Path) -> ScriptLibrary:
    path = directory / "standard_call.en.toml"
    path.write_text(GUIDED_CALL, encoding="utf-8")
    script = load_script(path)
    return ScriptLibrary(scripts={(script.script_id, script.language): script}, broken={})
