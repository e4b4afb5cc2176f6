"""Who a phone number belongs to: every debtor with it on file (their own phone, or a family member's, an
employer's...), for the screen pop of an incoming call or of a number the agent typed.

One indexed equality on ``debtor_phones.number`` (ix_debtor_phones_number) and a primary-key lookup per match: a
few rows read whatever the size of the book.
"""

from sqlalchemy import bindparam, case, select
from sqlalchemy.orm import Session, sessionmaker

from app.db.models import Debtor, DebtorPhone
from app.domain.debtors import CallerMatch

MAX_CALLERS = 50  # a switchboard shared by many debtors' employers: the chooser lists this many, then search
_CALLERS = (  # built once, run at every ring (building a statement costs more than running this one)
    select(DebtorPhone.debtor_id, Debtor.full_name, DebtorPhone.owner, DebtorPhone.phone_type, DebtorPhone.owner_name)
    .join(Debtor, Debtor.id == DebtorPhone.debtor_id)
    .where(DebtorPhone.number == bindparam("e164"))
    .order_by(case((DebtorPhone.owner == "self", 0), else_=1), DebtorPhone.debtor_id, DebtorPhone.id)
)


class CallerLookupRepository:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def callers(self, e164: str, limit: int = MAX_CALLERS) -> list[CallerMatch]:
        """Debtors with ``e164`` on file, one match each (their own phone first when they have it twice), the debtors
        whose own phone it is first, then by id; at most ``limit``."""
        matches: dict[int, CallerMatch] = {}
        with self._sessions() as session:
            rows = session.connection().execute(_CALLERS, {"e164": e164}).tuples()
            for debtor_id, full_name, owner, phone_type, owner_name in rows:
                if debtor_id not in matches:
                    matches[debtor_id] = CallerMatch(debtor_id, full_name, owner, phone_type, owner_name)
                    if len(matches) >= limit:
                        break
        return list(matches.values())
