"""`calldesk seed --debtors N [--seed S] [--append]`: deterministic bilingual demo debtors."""

import argparse
import sys
import time
from typing import Any

from app.db.demo_data import DatabaseNotEmpty, seed_demo_data
from app.db.engine import display_url
from app.db.migrate import migrated_database

EXIT_REFUSED = 2


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "seed", help="fill the database with demo debtors",
        description="Add deterministic, realistic demo debtors (Chinese and English names, CN phones, accounts in "
        "every bucket, payments, promises, earlier calls). Refuses a database that already has debtors unless "
        "--append is given.",
    )
    parser.add_argument("--debtors", type=_count, required=True, metavar="N", help="how many debtors to add")
    parser.add_argument("--seed", type=int, default=42, metavar="S",
                        help="random seed; the same seed gives the same data (default 42)")
    parser.add_argument("--append", action="store_true", help="add to a database that already has debtors")
    parser.add_argument("--progress", action="store_true", help="show progress even when stderr is not a terminal")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Any) -> int:
    show_progress = args.progress or sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress and (done % 100_000 == 0 or done == total) and total >= 100_000:
            print(f"  {done:,} of {total:,} debtors", file=sys.stderr, flush=True)

    try:  # DatabaseUnavailable carries a user_message: app.__main__ prints it and exits 1
        with migrated_database(settings.database_url) as engine:
            started = time.perf_counter()
            added = seed_demo_data(engine, args.debtors, args.seed, append=args.append, progress=progress)
            elapsed = time.perf_counter() - started
            where = display_url(engine.url)
    except DatabaseNotEmpty as error:
        print(f"calldesk: error: {error} Use --append to add demo debtors anyway.", file=sys.stderr)
        return EXIT_REFUSED
    print(f"Added {added:,} demo debtors (seed {args.seed}) to {where} in {elapsed:.1f} s.")
    return 0


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("cannot be negative")
    return value
