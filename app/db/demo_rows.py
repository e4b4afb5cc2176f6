"""Rows for demo debtors, generated chunk by chunk as plain tuples (no ORM objects) for bulk inserts.

Deterministic: the rows depend only on the seed, the next free ids and the as-of date. Each debtor combines a
person, an address, a phone plan, one or two account histories and sometimes earlier calls from pools drawn
once per seed (app.db.demo_templates), and gets what must be its own: ids, a valid resident ID (unique within
a seed), phone numbers, account numbers, cents of the balance, call uuids and times.
Values come out in the form the database stores (see ``Storage``), because the bench asks for 50,000
debtors a second and converting them row by row would cost more than generating them.
"""

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any, NamedTuple

from app.db import demo_people as people
from app.db import demo_templates as pools
from app.db.demo_templates import (
    CARD_BIN_SHARES,
    DISTRICTS,
    ID_CHECK,
    ID_MULTIPLIER,
    ID_SPACE,
    REGION_SUMS,
    SERIAL_LUHN_SHARES,
    SERIALS,
)

Row = tuple[Any, ...]

COLUMNS: dict[str, tuple[str, ...]] = {
    "debtors": ("id", "full_name", "name_pinyin", "name_initials", "national_id", "national_id_last4", "address",
                "time_zone", "language", "created_at", "assigned_agent_id", "last_contact_at"),
    "debtor_phones": ("id", "debtor_id", "number", "phone_type", "owner", "owner_name"),
    "accounts": ("id", "debtor_id", "account_number", "product", "principal", "interest", "fees", "total_due",
                 "minimum_due", "due_date", "days_past_due", "bucket", "currency"),
    "payments": ("id", "account_id", "paid_on", "amount", "channel"),
    "calls": ("id", "uuid", "debtor_id", "account_id", "direction", "number", "agent_id", "started_at",
              "answered_at", "ended_at", "outcome_code", "outcome_note", "script_id", "script_version", "end_reason"),
    "call_events": ("id", "call_id", "sequence", "wall_time", "monotonic_ns", "kind", "payload"),
    "promises_to_pay": ("id", "account_id", "call_id", "promised_on", "due_on", "amount", "status"),
    "notes": ("id", "debtor_id", "call_id", "author_id", "created_at", "body"),
    "callbacks": ("id", "debtor_id", "call_id", "agent_id", "due_at", "status"),
}  # insert order: parents first

# Which columns hold ids of other seeded tables (besides debtor ids, which a chunk knows in advance).
REFERENCES: dict[str, dict[str, str]] = {
    "payments": {"account_id": "accounts"},
    "calls": {"account_id": "accounts"},
    "call_events": {"call_id": "calls"},
    "promises_to_pay": {"account_id": "accounts", "call_id": "calls"},
    "notes": {"call_id": "calls"},
    "callbacks": {"call_id": "calls"},
}


@dataclass(frozen=True)
class Storage:
    """How values reach the driver: stored forms for SQLite's executemany, or Python objects (Decimal, aware
    datetime) for SQLAlchemy Core. Times come in as naive UTC."""

    day: Callable[[date], Any]
    stamp: Callable[[datetime], Any]
    money: Callable[[int], Any]  # from cents
    payload: Callable[[dict[str, Any]], Any]
    missing: Any = None  # in the columns of MAYBE_MISSING


SQLITE_STORAGE = Storage(date.isoformat, lambda t: t.isoformat(" ", "microseconds"), lambda c: c / 100, json.dumps)
PYTHON_STORAGE = Storage(lambda d: d, lambda t: t.replace(tzinfo=timezone.utc), lambda c: Decimal(c).scaleb(-2),
                         lambda p: p)
# Chunk files (app.db.demo_worker): "" where NULL belongs, turned back by NULLIF when copied. Python's sqlite3
# binds None through its adapter look-up, several times slower than a string, and most debtors have three.
CHUNK_STORAGE = replace(SQLITE_STORAGE, missing="")
MAYBE_MISSING: dict[str, tuple[str, ...]] = {
    "debtors": ("assigned_agent_id", "last_contact_at"),
    "debtor_phones": ("owner_name",),
    "promises_to_pay": ("call_id",),
}


@dataclass
class NextIds:
    """The next free primary key of each table; advanced as rows are generated."""

    debtors: int = 1
    debtor_phones: int = 1
    accounts: int = 1
    payments: int = 1
    calls: int = 1
    call_events: int = 1
    promises_to_pay: int = 1
    notes: int = 1
    callbacks: int = 1


@dataclass
class ChunkRows:
    """Each table's values in one flat list, row after row in ``COLUMNS`` order: the bulk writers bind them
    straight from it, so no tuple per row is kept, walked or freed."""

    tables: dict[str, list[Any]] = field(default_factory=lambda: {name: [] for name in COLUMNS})

    def count(self, table: str) -> int:
        return len(self.tables[table]) // len(COLUMNS[table])

    def rows(self, table: str) -> list[Row]:
        values = iter(self.tables[table])
        return list(zip(*[values] * len(COLUMNS[table]), strict=True))


RANDOM_BLOCK = 10_000  # debtors per stream of random draws (the chunk size of the first demo seeds)
_DAYS_BACK, _DAYS_AHEAD = 1000, 60  # the dates handed out lie in this range around the as-of date
DEMO_PORTFOLIO = 400  # debtors assigned to each demo agent: even ids in turn. Odd ids and the rest are the
# unassigned pool, so an agent who signs in without a portfolio (a trainer, a new login) has a queue to work too
_POOL_SIZES = {"persons": 8192, "plans": 512, "accounts": 8192, "calls": 2048, "addresses": 128}


class DemoGenerator:
    def __init__(self, seed: int, as_of: date, agent_ids: list[int], storage: Storage = PYTHON_STORAGE) -> None:
        self._seed = seed
        self._as_of = as_of
        self._agent_ids = tuple(agent_ids)
        self._storage = storage
        self._id_offset = (seed * 2_654_435_761 + 97) % ID_SPACE
        first_day = as_of - timedelta(days=_DAYS_BACK)
        self._days = [storage.day(first_day + timedelta(days=n)) for n in range(_DAYS_BACK + _DAYS_AHEAD + 1)]
        self._noon = datetime(as_of.year, as_of.month, as_of.day, 4)  # 12:00 in Beijing, as naive UTC
        self._created = [storage.stamp(self._noon - timedelta(days=n)) for n in range(30, 900)]
        self._birth = pools.birth_table()
        rng = random.Random(f"calldesk-demo-pools:{seed}:{as_of.isoformat()}")
        self._persons = pools.persons(rng, _POOL_SIZES["persons"])
        self._plans = {(english, male): pools.phone_plans(rng, _POOL_SIZES["plans"], english, male)
                       for english in (False, True) for male in (False, True)}
        self._accounts = pools.account_templates(rng, _POOL_SIZES["accounts"], self._day, storage.money)
        self._calls = pools.call_templates(rng, _POOL_SIZES["calls"])
        self._call_parts = {english: tuple(self._stored_call(t, english) for t in self._calls) for english in (False, True)}
        self._addresses = pools.address_pools(rng, _POOL_SIZES["addresses"])

    def _day(self, offset: int) -> Any:
        return self._days[offset + _DAYS_BACK]

    def chunk(self, count: int, ids: NextIds) -> ChunkRows:
        """Rows for ``count`` debtors starting at ``ids.debtors``; ``ids`` is advanced past them.

        The random draws start afresh at the chunk's first debtor and every ``RANDOM_BLOCK`` debtors after
        it, so chunks of any multiple of that size give the same rows.
        """
        rows = ChunkRows()
        for start in range(0, count, RANDOM_BLOCK):
            self._add_block(min(RANDOM_BLOCK, count - start), ids, rows.tables)
        return rows

    def _add_block(self, count: int, ids: NextIds, tables: dict[str, list[Any]]) -> None:
        """One flat loop with everything it touches bound to locals: at a million debtors every attribute
        look-up and helper call per row shows in the seeding speed. The draws from ``rnd`` come in a fixed
        order (person, region, address, creation day, phones, accounts, calls), which keeps a seed's rows stable.
        """
        debtors, phones, accounts = tables["debtors"].extend, tables["debtor_phones"].extend, tables["accounts"].extend
        payments, promises = tables["payments"].extend, tables["promises_to_pay"].extend
        rng = random.Random(f"calldesk-demo:{self._seed}:{ids.debtors}")
        rnd = rng.random
        persons, n_persons, plan_pools = self._persons, len(self._persons), self._plans
        address_pools, created, n_created = self._addresses, self._created, len(self._created)
        templates, n_templates, money = self._accounts, len(self._accounts), self._storage.money
        birth, n_birth, id_offset = self._birth, len(self._birth), self._id_offset
        mobile_prefixes, n_prefixes = people.MOBILE_PREFIXES, len(people.MOBILE_PREFIXES)
        bins, n_bins, luhn_shares = CARD_BIN_SHARES, len(CARD_BIN_SHARES), SERIAL_LUHN_SHARES
        n_districts = len(DISTRICTS)
        first_debtor, phone_id, account_id = ids.debtors, ids.debtor_phones, ids.accounts
        payment_id, promise_id = ids.payments, ids.promises_to_pay
        portfolios_end, missing = 2 * len(self._agent_ids) * DEMO_PORTFOLIO, self._storage.missing
        for debtor_id in range(first_debtor, first_debtor + count):
            male, full_name, search_key, initials, language, surname = persons[int(rnd() * n_persons)]
            x, serial = divmod((debtor_id * ID_MULTIPLIER + id_offset) % ID_SPACE, 500)
            region, day = divmod(x, n_birth)
            birth_digits, birth_sum, _ = birth[day]
            serial_digits, serial_sum = SERIALS[serial * 2 + male]
            national_id = (f"{DISTRICTS[region][1].region_code}{birth_digits}{serial_digits}"
                           f"{ID_CHECK[(REGION_SUMS[region] + birth_sum + serial_sum) % 11]}")
            if rnd() >= 0.6:  # most people live where their ID was issued
                region = int(rnd() * n_districts)
            english = language == "en"
            addresses = address_pools[region][english]
            address = addresses[int(rnd() * len(addresses))]
            created_at = created[int(rnd() * n_created)]
            city = DISTRICTS[region][0]
            plans = plan_pools[(not surname, male)]
            numbers = []
            for phone_type, owner, landline, relative in plans[int(rnd() * len(plans))]:
                if landline:
                    rest = city.local_digits - 1
                    number = f"+86{city.area_code}{2 + int(rnd() * 6)}{int(rnd() * 10**rest):0{rest}d}"
                else:
                    number = f"+86{mobile_prefixes[int(rnd() * n_prefixes)]}{int(rnd() * 100_000_000):08d}"
                owner_name = missing if relative is None else surname + relative[1] if relative[0] == "surname" \
                    else relative[1]
                phones((phone_id, debtor_id, number, phone_type, owner, owner_name))
                phone_id += 1
                numbers.append(number)
            first_account = account_id
            for nth in range(1 + (rnd() < 0.3)):
                bucket, days_past_due, due_day, product_zh, product_en, principal, fees, stored_fees, history, \
                    promise = templates[int(rnd() * n_templates)]
                principal += int(rnd() * 10_000)
                interest = principal * 5 * days_past_due // 10_000  # 0.05 % a day (日息万分之五)
                total = principal + interest + fees
                bin_, bin_share = bins[int(rnd() * n_bins)]
                serial = (120_000_000 + (2 * debtor_id + nth) * 613) % 1_000_000_000
                high, low = divmod(serial, 1_000_000)
                middle, low = divmod(low, 1000)
                luhn = bin_share + luhn_shares[0][low] + luhn_shares[1][middle] + luhn_shares[2][high]
                accounts((
                    account_id, debtor_id, f"{bin_}{serial:09d}{-luhn % 10}", product_en if english else product_zh,
                    money(principal), money(interest), stored_fees, money(total),
                    money(min(total, max(10_000, total // 10 * (1 + days_past_due // 30)))),  # pools.minimum_due
                    due_day, days_past_due, bucket, "CNY",
                ))
                for payment in history:
                    payments((payment_id, account_id, *payment))
                    payment_id += 1
                if promise is not None:
                    promises((promise_id, account_id, missing, *promise))
                    promise_id += 1
                account_id += 1
            last_contact_at = missing
            if rnd() < 0.12:  # some debtors were called before
                last_contact_at = max(  # the latest call's start
                    self._call(rnd, rng, ids, tables, debtor_id, range(first_account, account_id), numbers, english)
                    for _ in range(1 + (rnd() < 0.5)))
            debtors((debtor_id, full_name, search_key, initials, national_id, national_id[-4:], address,
                     "Asia/Shanghai", language, created_at,
                     (self._assigned_agent(debtor_id) or missing) if debtor_id <= portfolios_end else missing,
                     last_contact_at))
        ids.debtors, ids.debtor_phones, ids.accounts = first_debtor + count, phone_id, account_id
        ids.payments, ids.promises_to_pay = payment_id, promise_id

    def _assigned_agent(self, debtor_id: int) -> int | None:
        agents = len(self._agent_ids)
        if not agents or debtor_id % 2 or debtor_id > 2 * agents * DEMO_PORTFOLIO:
            return None
        return self._agent_ids[(debtor_id // 2 - 1) % agents]

    def _stored_call(self, template: pools.CallTemplate, english: bool) -> "StoredCall":
        """What a call drawn from ``template`` stores whoever was called: times, outcome, note, follow-ups."""
        stamp = self._storage.stamp
        started = self._noon - timedelta(days=template.days_back, hours=3, seconds=-template.second_of_day)
        answered = started + timedelta(seconds=template.ring_seconds) if template.answered else None
        ended = (answered or started) + timedelta(seconds=template.talk_seconds if answered else template.ring_seconds)
        note = template.note_en if english else template.note_zh
        callback = None
        if template.callback_days:
            due_at = ended + timedelta(days=template.callback_days)
            callback = (stamp(due_at), "pending" if due_at.date() >= self._as_of else "done")
        return StoredCall(
            (stamp(started), stamp(answered) if answered else None, stamp(ended), template.code, note,
             "standard" if answered else None, 1 if answered else None, template.end_reason),
            self._storage.payload({"code": template.code, "note": note}),
            template.code in ("rpc_hardship", "rpc_dispute"), callback,
        )

    def _call(self, rnd: Callable[[], float], rng: random.Random, ids: NextIds, tables: dict[str, list[Any]],
              debtor_id: int, account_ids: range, numbers: list[str], english: bool) -> Any:
        """Adds an earlier call with its outcome event and follow-ups; returns its start as stored."""
        call_id = ids.calls
        ids.calls += 1
        parts = self._call_parts[english]
        call = parts[int(rnd() * len(parts))]
        agent_id = self._agent_ids[int(rnd() * len(self._agent_ids))]
        uuid = pools.uuid4_hex(rng)
        account_id = account_ids[int(rnd() * len(account_ids))]
        number = numbers[int(rnd() * len(numbers))]
        tables["calls"].extend((call_id, uuid, debtor_id, account_id, "outbound", number, agent_id, *call.row))
        ended_at = call.row[2]
        tables["call_events"].extend((ids.call_events, call_id, 1, ended_at, int(rnd() * 2**40), "outcome",
                                      call.payload))
        ids.call_events += 1
        if call.writes_note:
            tables["notes"].extend((ids.notes, debtor_id, call_id, agent_id, ended_at, call.row[4]))
            ids.notes += 1
        if call.callback is not None:
            tables["callbacks"].extend((ids.callbacks, debtor_id, call_id, agent_id, *call.callback))
            ids.callbacks += 1
        return call.row[0]


class StoredCall(NamedTuple):
    row: Row  # the calls columns from started_at on
    payload: Any  # the outcome event's
    writes_note: bool
    callback: tuple[Any, str] | None  # due_at, status
