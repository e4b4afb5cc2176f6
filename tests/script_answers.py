"""How test drivers answer a script node: the right party answers and is verified; otherwise the first choice."""

from typing import Any

PREFERRED_ANSWERS = ("speaking", "verified", "job_loss")


def right_party_answer(question: Any) -> str | None:
    """A choice id for the node's question (a QuestionView), or None when the node asks nothing."""
    if question is None:
        return None
    ids = [choice.choice_id for choice in question.choices]
    return next((answer for answer in PREFERRED_ANSWERS if answer in ids), ids[0] if ids else None)
