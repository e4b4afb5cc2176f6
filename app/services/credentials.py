"""SIP passwords in the operating system's secret store (keyring), never in files, database or logs.

Entries are stored under the service name "CallDesk" with the user name ``sip:<account name>``,
so they are easy to find in Seahorse, KWallet, Keychain Access or Windows Credential Manager.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "CallDesk"

_NO_KEYRING_HELP = (
    "CallDesk keeps SIP passwords only in the operating system's keyring, and none is usable here. "
    "On Linux, install and unlock a Secret Service keyring (e.g. `sudo apt-get install gnome-keyring`, "
    "then log in to the desktop session); on Windows and macOS the system keyring is used."
)


class CredentialError(Exception):
    """The keyring could not be used; the message says what to do."""

    @property
    def user_message(self) -> str:
        return str(self)


class CredentialStore:
    """Reads and writes SIP account passwords in the keyring."""

    def __init__(self, service_name: str = SERVICE_NAME, backend: KeyringBackend | None = None) -> None:
        self._service_name = service_name
        self._backend = backend

    def set_sip_password(self, account: str, password: str) -> None:
        if not password:
            raise ValueError("An empty password cannot be stored.")
        with _keyring_errors("store the password for", account):
            self._keyring().set_password(self._service_name, _user_name(account), password)

    def sip_password(self, account: str) -> str | None:
        with _keyring_errors("read the password for", account):
            return self._keyring().get_password(self._service_name, _user_name(account))

    def delete_sip_password(self, account: str) -> None:
        """Remove the password; nothing happens when none is stored."""
        if self.sip_password(account) is None:
            return
        with _keyring_errors("delete the password for", account):
            self._keyring().delete_password(self._service_name, _user_name(account))

    def _keyring(self) -> KeyringBackend:
        """Imported on first use (~35 ms, and the window does not need it to open)."""
        import keyring

        return self._backend or keyring.get_keyring()


def _user_name(account: str) -> str:
    return f"sip:{account}"


@contextmanager
def _keyring_errors(action: str, account: str) -> Iterator[None]:
    """Turns keyring exceptions into one CredentialError with advice."""
    from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

    what = f"Cannot {action} SIP account '{account}'"
    try:
        yield
    except KeyringLocked as error:
        raise CredentialError(f"{what}: the keyring is locked. Unlock it and try again.") from error
    except NoKeyringError as error:
        raise CredentialError(f"{what}. {_NO_KEYRING_HELP}") from error
    except KeyringError as error:
        raise CredentialError(f"{what}: {error or type(error).__name__}. {_NO_KEYRING_HELP}") from error
