"""Call outcome codes (dispositions) agents pick after a call, with bilingual labels and what each one needs."""

from dataclasses import dataclass
from enum import StrEnum


class OutcomeCode(StrEnum):
    PROMISE_TO_PAY = "rpc_ptp"
    PAID = "rpc_paid"
    REFUSAL = "rpc_refusal"
    DISPUTE = "rpc_dispute"
    HARDSHIP = "rpc_hardship"
    CALLBACK = "rpc_callback"
    THIRD_PARTY_MESSAGE = "tp_message"
    THIRD_PARTY_NONE = "tp_none"
    WRONG_NUMBER = "wrong_number"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    BUSY = "busy"
    OUT_OF_SERVICE = "out_of_service"
    ABUSE_ENDED = "abuse_ended"
    DECEASED = "deceased"
    BANKRUPTCY_LEGAL = "bankruptcy_legal"
    CEASE_CONTACT = "cease_contact"
    INTERRUPTED = "interrupted"


class OutcomeNeeds(StrEnum):
    """Details the agent must give with the outcome, so the follow-up can happen."""

    NOTHING = "nothing"
    PROMISE = "promise"  # amount and date: becomes a PromiseToPay, later kept or broken from the payments
    CALLBACK = "callback"  # a date and time: becomes a Callback in the agent's queue


class CaseFlag(StrEnum):
    """A standing fact about the debtor that an outcome raises; collection screens and rules read it."""

    DISPUTE = "dispute"  # collection on the disputed account stops until reviewed
    HARDSHIP = "hardship"  # collection paused, careful handling
    CEASE_CONTACT = "cease_contact"  # no more calls; other channels only
    DECEASED = "deceased"
    LEGAL = "legal"  # bankruptcy or court proceedings: handled by the legal team


@dataclass(frozen=True)
class Outcome:
    code: OutcomeCode
    label_en: str
    label_zh: str
    right_party_contact: bool
    agent_selectable: bool = True
    needs: OutcomeNeeds = OutcomeNeeds.NOTHING
    raises_flag: CaseFlag | None = None

    def label(self, language: str) -> str:
        return self.label_zh if language.startswith("zh") else self.label_en


OUTCOMES: tuple[Outcome, ...] = (
    Outcome(OutcomeCode.PROMISE_TO_PAY, "Right party: promise to pay", "本人：承诺还款", True, needs=OutcomeNeeds.PROMISE),
    Outcome(OutcomeCode.PAID, "Right party: already paid", "本人：已还款", True),
    Outcome(OutcomeCode.REFUSAL, "Right party: refusal", "本人：拒绝还款", True),
    Outcome(OutcomeCode.DISPUTE, "Right party: dispute", "本人：提出异议", True, raises_flag=CaseFlag.DISPUTE),
    Outcome(OutcomeCode.HARDSHIP, "Right party: hardship", "本人：经济困难", True, raises_flag=CaseFlag.HARDSHIP),
    Outcome(OutcomeCode.CALLBACK, "Right party: call back later", "本人：约定回电", True, needs=OutcomeNeeds.CALLBACK),
    Outcome(OutcomeCode.THIRD_PARTY_MESSAGE, "Third party: message left", "第三方：已留言", False),
    Outcome(OutcomeCode.THIRD_PARTY_NONE, "Third party: no message", "第三方：未留言", False),
    Outcome(OutcomeCode.WRONG_NUMBER, "Wrong number", "号码错误", False),
    Outcome(OutcomeCode.NO_ANSWER, "No answer", "无人接听", False),
    Outcome(OutcomeCode.VOICEMAIL, "Voicemail", "语音信箱", False),
    Outcome(OutcomeCode.BUSY, "Busy", "占线", False),
    Outcome(OutcomeCode.OUT_OF_SERVICE, "Number out of service", "空号/停机", False),
    Outcome(OutcomeCode.ABUSE_ENDED, "Ended for abuse", "因辱骂结束通话", True),
    Outcome(OutcomeCode.DECEASED, "Deceased", "本人已故", False, raises_flag=CaseFlag.DECEASED),
    Outcome(OutcomeCode.BANKRUPTCY_LEGAL, "Bankruptcy or legal", "破产/法律程序", False, raises_flag=CaseFlag.LEGAL),
    Outcome(OutcomeCode.CEASE_CONTACT, "Cease contact requested", "要求停止联系", True, raises_flag=CaseFlag.CEASE_CONTACT),
    Outcome(OutcomeCode.INTERRUPTED, "Interrupted (call cut off)", "通话中断", False, agent_selectable=False),
)

_BY_CODE = {o.code: o for o in OUTCOMES}


def outcome_for(code: str) -> Outcome:
    return _BY_CODE[OutcomeCode(code)]


def selectable_outcomes() -> tuple[Outcome, ...]:
    return tuple(o for o in OUTCOMES if o.agent_selectable)
