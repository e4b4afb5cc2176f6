"""What widgets may ask about debtors; implemented by the database repository, faked in widget tests."""

from typing import Protocol

from app.domain.debtors import DebtorRecord, DebtorSummary


class DebtorDirectory(Protocol):
    def search(self, text: str, limit: int = 200) -> list[DebtorSummary]: ...

    def list_debtors(self, limit: int = 200, offset: int = 0) -> list[DebtorSummary]: ...

    def record(self, debtor_id: int) -> DebtorRecord: ...
