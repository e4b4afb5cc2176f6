"""Pools of demo building blocks, drawn once per seed: people, phone plans, account histories, earlier calls.

The generator combines one of each per debtor and fills in what must be unique (ids, resident ID, phone
numbers, account number, call uuid, amounts' cents), which is far faster than deciding every field per row.
"""

import random
from collections.abc import Callable
from datetime import date, timedelta
from functools import cache
from math import gcd
from typing import Any, NamedTuple

from app.db import demo_people as people
from app.db.name_keys import name_initials, name_search_key
from app.domain.buckets import BUCKETS

Pick = Callable[[], float]

SURNAMES = people.expand(people.SURNAMES)
DISTRICTS = tuple((city, district) for city in people.CITIES for district in city.districts)

# Resident IDs: an affine permutation of the debtor id picks (district, birth day, serial), so one seed never
# repeats an ID; the GB 11643 check character comes from precomputed partial sums.
BIRTH_FIRST = date(1960, 1, 1)
BIRTH_DAYS = (date(2003, 12, 31) - BIRTH_FIRST).days + 1
ID_SPACE = len(DISTRICTS) * BIRTH_DAYS * 500
ID_MULTIPLIER = next(m for m in range(7_368_787, 8_000_000) if gcd(m, ID_SPACE) == 1)
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"

BUCKET_POOL = tuple((b, *days) for b, w, days in zip(BUCKETS, (10, 30, 18, 12, 8, 6, 5, 11), (
    (0, 0), (1, 30), (31, 60), (61, 90), (91, 120), (121, 150), (151, 180), (181, 720)), strict=True) for _ in range(w))
_OUTCOME_POOL = tuple((code, answered) for code, w, answered in people.DEMO_CALL_OUTCOMES for _ in range(w))
_END_REASONS = {"no_answer": "408 Request Timeout", "busy": "486 Busy Here", "out_of_service": "404 Not Found"}
_PAYMENTS_PER_ACCOUNT = (0, 0, 1, 1, 1, 2)


class Person(NamedTuple):
    male: bool
    full_name: str
    search_key: str
    initials: str
    language: str
    surname: str  # Chinese surname, for relatives' names; "" for English names


class PhoneSlot(NamedTuple):
    phone_type: str
    owner: str
    landline: bool
    relative: tuple[str, str] | None  # ("surname", given name) -> debtor's surname + given; ("full", name)


class AccountTemplate(NamedTuple):
    bucket: str
    days_past_due: int
    due_day: Any
    product_zh: str
    product_en: str
    principal: int  # cents, before the per-account cents are added
    fees: int
    stored_fees: Any  # fees in stored form
    payments: tuple[tuple[Any, ...], ...]  # (paid_on, amount, channel) in stored form
    promise: tuple[Any, ...] | None  # (promised_on, due_on, amount, status)


class CallTemplate(NamedTuple):
    code: str
    answered: bool
    days_back: int
    second_of_day: int  # from 09:00 Beijing time
    ring_seconds: int
    talk_seconds: int
    note_zh: str
    note_en: str
    end_reason: str
    callback_days: int  # 0: no callback booked


def pick(rnd: Pick, values: tuple[Any, ...] | list[Any]) -> Any:
    return values[int(rnd() * len(values))]


def _digit_sum(digits: str, first_position: int) -> int:
    return sum(int(d) * w for d, w in zip(digits, _ID_WEIGHTS[first_position:], strict=False))


@cache
def birth_table() -> tuple[tuple[str, int, date], ...]:
    """Per day of the birth range: YYYYMMDD, its share of the ID checksum, the date."""
    days = (BIRTH_FIRST + timedelta(days=n) for n in range(BIRTH_DAYS))
    return tuple((f"{d:%Y%m%d}", _digit_sum(f"{d:%Y%m%d}", 6), d) for d in days)


REGION_SUMS = tuple(_digit_sum(district.region_code, 0) for _, district in DISTRICTS)
SERIALS = tuple((f"{n:03d}", _digit_sum(f"{n:03d}", 14)) for n in range(1000))


def persons(rng: random.Random, count: int) -> tuple[Person, ...]:
    """Mostly Chinese names by surname frequency, about 15 % English names."""
    rnd = rng.random
    result = []
    for _ in range(count):
        male = rnd() < 0.5
        if rnd() < 0.15:
            first = pick(rnd, people.ENGLISH_MALE if male else people.ENGLISH_FEMALE)
            last = pick(rnd, people.ENGLISH_SURNAMES)
            language = "en" if rnd() < 0.8 else "zh_CN"  # some prefer Chinese though their name is English
            full_name = f"{first} {last}"
            result.append(Person(male, full_name, f"{first}{last}".lower(), name_initials(full_name), language, ""))
        else:
            surname, surname_key = pick(rnd, SURNAMES)
            given, given_key = pick(rnd, people.MALE_GIVEN if male else people.FEMALE_GIVEN)
            initials = _surname_initials(surname, surname_key) + name_initials(given)
            result.append(Person(male, surname + given, surname_key + given_key, initials, "zh_CN", surname))
    return tuple(result)


def _surname_initials(surname: str, surname_key: str) -> str:
    """As pypinyin reads the surname, unless it reads a surname like 曾 (zeng) or 覃 (qin) as the common word."""
    return name_initials(surname) if name_search_key(surname) == surname_key else surname_key[0]


def phone_plans(rng: random.Random, count: int, english: bool, male: bool) -> tuple[tuple[PhoneSlot, ...], ...]:
    """Whose numbers are on file: always the debtor's mobile; often a landline, a spouse's or a parent's."""
    rnd = rng.random
    plans = []
    for _ in range(count):
        slots = [PhoneSlot("mobile", "self", False, None)]
        if rnd() < 0.1:
            slots.append(PhoneSlot("mobile", "self", False, None))
        if rnd() < 0.25:
            slots.append(PhoneSlot("home", "self", True, None))
        if rnd() < 0.2:
            slots.append(PhoneSlot("work", "employer" if rnd() < 0.5 else "self", True, None))
        family = rnd()
        if family < 0.3:
            slots.append(PhoneSlot("mobile", "spouse", False, _relative(rnd, english, not male, same_surname=False)))
        elif family < 0.45:
            slots.append(PhoneSlot("mobile", "parent", False, _relative(rnd, english, rnd() < 0.5, same_surname=True)))
        elif family < 0.55:
            slots.append(PhoneSlot("mobile", "relative" if family < 0.5 else "friend", False, None))
        plans.append(tuple(slots))
    return tuple(plans)


def _relative(rnd: Pick, english: bool, male: bool, same_surname: bool) -> tuple[str, str]:
    if english:
        first = pick(rnd, people.ENGLISH_MALE if male else people.ENGLISH_FEMALE)
        return "full", f"{first} {pick(rnd, people.ENGLISH_SURNAMES)}"
    given = pick(rnd, people.MALE_GIVEN if male else people.FEMALE_GIVEN)[0]
    return ("surname", given) if same_surname else ("full", pick(rnd, SURNAMES)[0] + given)


def account_templates(rng: random.Random, count: int, day: Callable[[int], Any],
                      money: Callable[[int], Any]) -> tuple[AccountTemplate, ...]:
    """Bucket, days past due consistent with it, balance, payment history and perhaps a promise to pay."""
    rnd = rng.random
    result = []
    for _ in range(count):
        bucket, low, high = pick(rnd, BUCKET_POOL)
        days_past_due = low + int(rnd() * (high - low + 1))
        due_offset = -days_past_due if days_past_due else int(rnd() * 21)
        principal = min(max(int(rng.lognormvariate(9.6, 0.8)), 800), 300_000) * 100  # most a few thousand yuan
        fees = min(days_past_due // 30 + (days_past_due > 0), 12) * 5_000
        minimum = minimum_due(principal + fees, days_past_due)
        payments = [  # earlier part payments, between 100 yuan and the minimum due
            (day(min(due_offset - 1 - int(rnd() * 180), 0)),
             money((100 + int(rnd() * max(1, minimum // 100 - 100))) * 100), pick(rnd, people.PAYMENT_CHANNELS))
            for _ in range(pick(rnd, _PAYMENTS_PER_ACCOUNT))
        ]
        promise = None
        if days_past_due and rnd() < 0.35:
            due = -60 + int(rnd() * 75)
            amount = max(10_000, minimum // 10_000 * 10_000)
            status = "pending" if due >= 0 else "kept" if rnd() < 0.45 else "broken"
            if status == "kept":
                payments.append((day(due - int(rnd() * 3)), money(amount), pick(rnd, people.PAYMENT_CHANNELS)))
            promise = (day(due - 3 - int(rnd() * 12)), day(due), money(amount), status)
        result.append(AccountTemplate(
            bucket, days_past_due, day(due_offset), pick(rnd, people.PRODUCTS_ZH), pick(rnd, people.PRODUCTS_EN),
            principal, fees, money(fees), tuple(payments), promise,
        ))
    return tuple(result)


def minimum_due(total: int, days_past_due: int) -> int:
    """10 % of the balance per month overdue, at least 100 yuan, at most the balance (all in cents)."""
    return min(total, max(10_000, total // 10 * (1 + days_past_due // 30)))


def call_templates(rng: random.Random, count: int) -> tuple[CallTemplate, ...]:
    rnd = rng.random
    result = []
    for _ in range(count):
        code, answered = pick(rnd, _OUTCOME_POOL)
        notes_zh, notes_en = people.CALL_NOTES_ZH.get(code), people.CALL_NOTES_EN.get(code)
        ring_seconds = 4 + int(rnd() * 22) if answered else 20 + int(rnd() * 25)
        result.append(CallTemplate(
            code, answered, 1 + int(rnd() * 60), int(rnd() * 39_600), ring_seconds,
            20 + int(rnd() * 580) if answered else 0, pick(rnd, notes_zh) if notes_zh else "",
            pick(rnd, notes_en) if notes_en else "", _END_REASONS.get(code, "200 Normal call clearing"),
            1 + int(rnd() * 3) if code == "rpc_callback" else 0,
        ))
    return tuple(result)


def address_pools(rng: random.Random, per_district: int) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per district: (Chinese addresses, English addresses)."""
    rnd = rng.random
    pools = []
    for city, district in DISTRICTS:
        both = [_address(rnd, city, district) for _ in range(per_district)]
        pools.append((tuple(zh for zh, _ in both), tuple(en for _, en in both)))
    return pools


def _address(rnd: Pick, city: people.City, district: people.District) -> tuple[str, str]:
    street_zh, street_en = pick(rnd, people.STREETS)
    number, building, unit = 1 + int(rnd() * 399), 1 + int(rnd() * 30), 1 + int(rnd() * 4)
    room = f"{1 + int(rnd() * 32)}{1 + int(rnd() * 6):02d}"
    zh = f"{city.province_zh}{city.name_zh}{district.name_zh}{street_zh}{number}号{building}栋{unit}单元{room}室"
    en = (f"Room {room}, Unit {unit}, Building {building}, No. {number} {street_en}, {district.name_en} District, "
          f"{city.name_en}")
    return zh, en


def uuid4_hex(rng: random.Random) -> str:
    """A version-4 UUID as 32 hex digits, the form the call session stores."""
    return f"{rng.getrandbits(128) & ~(0xF << 76) & ~(0x3 << 62) | (0x4 << 76) | (0x2 << 62):032x}"


# Account numbers: 16 digits like a card: issuer BIN (6), a 9-digit serial unique per debtor id and first or
# second account (613 is coprime with 10**9; the serial rises with the debtor id, which keeps the unique index
# cheap to fill, and needs no account id, which a chunk built apart does not know yet), Luhn digit.
_LUHN_DOUBLE = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)


def _luhn_share(digits: str) -> int:
    """Luhn sum of ``digits`` as the right end of a body whose check digit follows (rightmost doubled)."""
    return sum(_LUHN_DOUBLE[int(d)] if i % 2 == 0 else int(d) for i, d in enumerate(reversed(digits)))


# Per issuer BIN, and per group of three serial digits (low, middle, high): their share of the Luhn sum.
CARD_BIN_SHARES = tuple((bin_, _luhn_share(bin_ + "0" * 9)) for bin_ in people.CARD_BINS)
SERIAL_LUHN_SHARES = tuple(tuple(_luhn_share(f"{v:03d}" + "0" * (3 * group)) for v in range(1000)) for group in range(3))
