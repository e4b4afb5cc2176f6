"""The keep-alive to the registrar: when to send the next OPTIONS and what its answer means. Plain Python.

Why it exists: a registrar that keeps registrations in memory (kamailio's usrloc ``db_mode=0``, a restarted
PBX) forgets the agent when it restarts, yet the phone's registration looks valid until its next refresh,
minutes later; meanwhile every call to the agent gets 404. An OPTIONS to the agent's own address every
``interval_s`` notices it:
- no answer within ``answer_wait_s`` of the oldest unanswered probe: the registrar is unreachable;
- any answer after that: it is back, register again at once;
- an answer with another status than the first one after registering (kamailio relays the OPTIONS to a
  registered phone, which answers 200, and answers 404 itself once it forgot us): register again at once.
Comparing with the first answer rather than with 200 keeps a PBX that always answers, say, 404 to OPTIONS
from making the phone re-register on every probe.

On UDP an unanswered OPTIONS is retransmitted for 32 s (every 4 s at most), so a registrar that comes back is
heard within about 4 s; on TCP the next probe (``interval_s`` later) opens a new connection.
"""

from dataclasses import dataclass

DEFAULT_ANSWER_WAIT_S = 5.0


@dataclass
class RegistrarProbe:
    interval_s: float
    answer_wait_s: float = DEFAULT_ANSWER_WAIT_S
    next_probe_at: float | None = None  # None: the first probe waits one interval after registering
    waiting_since: float | None = None  # when the oldest probe not answered yet was sent
    unreachable: bool = False
    first_answer_code: int | None = None  # the status the registrar answers while it knows us

    def due(self, now: float) -> bool:
        """Whether a probe should be sent now (the caller sends only while registered or unreachable)."""
        if self.next_probe_at is None:
            self.next_probe_at = now + self.interval_s
        return now >= self.next_probe_at

    def sent(self, now: float) -> None:
        self.next_probe_at = now + self.interval_s
        if self.waiting_since is None:
            self.waiting_since = now

    def answered(self, code: int) -> bool:
        """The registrar answered a probe with ``code``. True: register again now."""
        self.waiting_since = None
        if self.unreachable:
            self.unreachable = False
            self.first_answer_code = None
            return True
        if self.first_answer_code is None:
            self.first_answer_code = code
            return False
        if code != self.first_answer_code:
            self.first_answer_code = None
            return True
        return False

    def became_unreachable(self, now: float) -> bool:
        """True once, when the oldest unanswered probe has waited ``answer_wait_s``."""
        if self.unreachable or self.waiting_since is None or now - self.waiting_since < self.answer_wait_s:
            return False
        self.unreachable = True
        return True

    def registered(self, now: float) -> None:
        """A REGISTER succeeded: the registrar knows us again; probe one interval from now."""
        self.unreachable = False
        self.waiting_since = None
        self.first_answer_code = None
        self.next_probe_at = now + self.interval_s
