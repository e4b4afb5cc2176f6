"""`calldesk account ...`: SIP account passwords in the keyring, and the accounts configured.

    calldesk account list
    calldesk account set-password NAME      (asks twice without echo; reads one line when piped)
    calldesk account delete-password NAME
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TextIO

from app.config import Settings
from app.services.credentials import CredentialError, CredentialStore

Prompt = Callable[[str], str]


class AccountCommandError(Exception):
    """A mistake in the command line or config; the message says how to fix it."""

    @property
    def user_message(self) -> str:
        return str(self)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("account", help="SIP account passwords (kept in the OS keyring)")
    actions = parser.add_subparsers(dest="account_action", metavar="ACTION", required=True)
    actions.add_parser("list", help="show the configured SIP accounts and whether a password is stored")
    set_password = actions.add_parser("set-password", help="store the password of a SIP account in the keyring")
    set_password.add_argument("name", metavar="ACCOUNT", help="account name from calldesk.toml")
    delete = actions.add_parser("delete-password", help="remove the password of a SIP account from the keyring")
    delete.add_argument("name", metavar="ACCOUNT", help="account name from calldesk.toml")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    store = CredentialStore()
    if args.account_action == "list":
        return list_accounts(settings, store)
    _require_account(settings, args.name)
    if args.account_action == "set-password":
        store.set_sip_password(args.name, read_new_password(args.name))
        print(f"Password for SIP account '{args.name}' saved in the keyring.")
    else:
        store.delete_sip_password(args.name)
        print(f"Password for SIP account '{args.name}' removed from the keyring.")
    return 0


def list_accounts(settings: Settings, store: CredentialStore, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    if not settings.sip_accounts:
        print(f"No SIP accounts configured in {settings.config_file}.", file=out)
        return 0
    for account in settings.sip_accounts:
        try:
            stored = "yes" if store.sip_password(account.name) is not None else "no"
        except CredentialError:
            stored = "unknown (no usable keyring)"
        where = account.registrar or "no registrar (direct calls)"
        print(f"{account.name}\tuser {account.user}\t{where}\tpassword stored: {stored}", file=out)
    return 0


def read_new_password(account: str, prompt: Prompt = getpass.getpass, stdin: TextIO | None = None) -> str:
    """Ask twice without echo on a terminal; read one line when input is piped (scripts, tests)."""
    stdin = stdin or sys.stdin
    if not stdin.isatty():
        password = stdin.readline().rstrip("\r\n")
    else:
        password = prompt(f"Password for SIP account '{account}': ")
        if password and prompt("Type it again: ") != password:
            raise AccountCommandError("The two passwords differ; nothing was saved.")
    if not password:
        raise AccountCommandError("The password is empty; nothing was saved.")
    return password


def _require_account(settings: Settings, name: str) -> None:
    if settings.sip_account(name) is not None:
        return
    if settings.sip_accounts:
        names = ", ".join(account.name for account in settings.sip_accounts)
        raise AccountCommandError(f"No SIP account named '{name}' in {settings.config_file}. Configured: {names}.")
    raise AccountCommandError(
        f"No SIP account named '{name}': {settings.config_file} configures none. Add a [[sip_accounts]] "
        "table with this name (see resources/calldesk.example.toml)."
    )
