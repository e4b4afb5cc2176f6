"""Write validated CSV rows: debtors matched by national ID, accounts keyed by account number, new phones added.

Runs inside the caller's transaction, in batches, with Core statements (a 100,000-row file stays quick).
Re-importing a file updates what is there and creates no duplicates.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from app.db.csv_rows import DebtorRow, RowProblem
from app.db.models import Account, Base, Debtor, DebtorPhone, utc_now
from app.db.name_keys import name_initials, name_search_key
from app.domain.masking import mask_national_id

BATCH_ROWS = 5_000
_debtors = Base.metadata.tables[Debtor.__tablename__]
_accounts = Base.metadata.tables[Account.__tablename__]
_phones = Base.metadata.tables[DebtorPhone.__tablename__]
_AMOUNT_FIELDS = ("product", "principal", "interest", "fees", "total_due", "minimum_due", "due_date", "days_past_due",
                  "bucket", "currency")


@dataclass
class ImportCounts:
    debtors_created: int = 0
    debtors_updated: int = 0
    accounts_created: int = 0
    accounts_updated: int = 0
    phones_added: int = 0


def write_rows(connection: Connection, rows: Sequence[DebtorRow], counts: ImportCounts,
               progress: Callable[[str, int], None] | None = None) -> list[RowProblem]:
    """Write ``rows``; return the rows refused because their account belongs to someone else."""
    conflicts: list[RowProblem] = []
    handled: set[str] = set()  # national IDs whose debtor this import already created or refreshed
    for start in range(0, len(rows), BATCH_ROWS):
        conflicts += _write_batch(connection, rows[start:start + BATCH_ROWS], counts, handled)
        if progress is not None:
            progress("imported", min(start + BATCH_ROWS, len(rows)))
    return conflicts


def _write_batch(connection: Connection, batch: Sequence[DebtorRow], counts: ImportCounts,
                 handled: set[str]) -> list[RowProblem]:
    known_accounts = {
        number: (account_id, national_id)
        for number, account_id, national_id in connection.execute(
            select(_accounts.c.account_number, _accounts.c.id, _debtors.c.national_id)
            .join(_debtors, _accounts.c.debtor_id == _debtors.c.id)
            .where(_accounts.c.account_number.in_({r.account_number for r in batch}))
        ).tuples()
    }
    conflicts = [
        RowProblem(r.line, "account_number", f"{r.account_number} belongs to another debtor in the database "
                                             f"(national ID {mask_national_id(known_accounts[r.account_number][1])})")
        for r in batch if r.account_number in known_accounts and known_accounts[r.account_number][1] != r.national_id
    ]
    refused = {p.line for p in conflicts}
    rows = [r for r in batch if r.line not in refused]
    debtor_ids = _debtor_ids(connection, rows, counts, handled)
    _add_phones(connection, rows, debtor_ids, counts)
    _write_accounts(connection, rows, debtor_ids, known_accounts, counts)
    return conflicts


def _debtor_ids(connection: Connection, rows: Sequence[DebtorRow], counts: ImportCounts,
                handled: set[str]) -> dict[str, int]:
    """national ID -> debtor id, creating new debtors and refreshing the name, address and language of known
    ones from the person's first row in the file."""
    latest: dict[str, DebtorRow] = {}
    for row in rows:
        latest.setdefault(row.national_id, row)
    ids: dict[str, int] = dict(connection.execute(
        select(_debtors.c.national_id, func.min(_debtors.c.id))
        .where(_debtors.c.national_id.in_(latest)).group_by(_debtors.c.national_id)
    ).tuples().all())
    existing = set(ids)
    new = [_debtor_values(r) for national_id, r in latest.items() if national_id not in existing]
    if new:
        created = connection.execute(
            insert(_debtors).returning(_debtors.c.national_id, _debtors.c.id, sort_by_parameter_order=True), new
        ).tuples().all()
        ids.update(created)
        counts.debtors_created += len(created)
    known = [
        {"_id": ids[national_id], "full_name": r.full_name, "name_pinyin": name_search_key(r.full_name),
         "name_initials": name_initials(r.full_name), "language": r.language, "address": r.address}
        for national_id, r in latest.items() if national_id in existing and national_id not in handled
    ]
    handled.update(latest)
    if known:
        connection.execute(
            update(_debtors).where(_debtors.c.id == bindparam("_id")).values(
                full_name=bindparam("full_name"), name_pinyin=bindparam("name_pinyin"),
                name_initials=bindparam("name_initials"), language=bindparam("language"), address=bindparam("address"),
            ), known,
        )
        counts.debtors_updated += len(known)
    return ids


def _debtor_values(row: DebtorRow) -> dict[str, Any]:
    return {"full_name": row.full_name, "name_pinyin": name_search_key(row.full_name),
            "name_initials": name_initials(row.full_name), "national_id": row.national_id,
            "national_id_last4": row.national_id[-4:], "address": row.address, "time_zone": "Asia/Shanghai",
            "language": row.language, "created_at": utc_now()}


def _add_phones(connection: Connection, rows: Sequence[DebtorRow], debtor_ids: dict[str, int],
                counts: ImportCounts) -> None:
    on_file = set(connection.execute(
        select(_phones.c.debtor_id, _phones.c.number).where(_phones.c.debtor_id.in_(set(debtor_ids.values())))
    ).tuples().all())
    new = []
    for row in rows:
        key = (debtor_ids[row.national_id], row.phone)
        if key not in on_file:
            on_file.add(key)
            new.append({"debtor_id": key[0], "number": row.phone, "phone_type": row.phone_type,
                        "owner": row.phone_owner, "owner_name": None})
    if new:
        connection.execute(insert(_phones), new)
        counts.phones_added += len(new)


def _write_accounts(connection: Connection, rows: Sequence[DebtorRow], debtor_ids: dict[str, int],
                    known: dict[str, tuple[int, str]], counts: ImportCounts) -> None:
    new = [
        {"debtor_id": debtor_ids[r.national_id], "account_number": r.account_number, **_amounts(r)}
        for r in rows if r.account_number not in known
    ]
    if new:
        connection.execute(insert(_accounts), new)
        counts.accounts_created += len(new)
    changed = [{"_id": known[r.account_number][0], **_amounts(r)} for r in rows if r.account_number in known]
    if changed:
        connection.execute(
            update(_accounts).where(_accounts.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in _AMOUNT_FIELDS}),
            changed,
        )
        counts.accounts_updated += len(changed)


def _amounts(row: DebtorRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _AMOUNT_FIELDS}
