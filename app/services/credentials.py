"""SIP passwords in the operating system's secret store (keyring), never in files, database or logs.

Entries are stored under the service name "CallDesk" with the user name ``sip:<account name>``,
so they are easy to find in Seahorse, KWallet, Keychain Access or Windows Credential Manager.

A keyring that writes passwords to a file in plain text (keyrings.alt's PlaintextKeyring, base64 only) is refused,
also as one backend of keyring's chain, where a locked Secret Service would silently fall back to it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE_NAME = "CallDesk"

_WITHOUT_DESKTOP = (
    "Without a desktop session (SSH, a kiosk, a container): install GNOME Keyring "
    "(`sudo apt-get install gnome-keyring`), start a D-Bus session with `dbus-run-session -- bash`, unlock the "
    "keyring in it with `read -rs PW; printf '%s' \"$PW\" | gnome-keyring-daemon --unlock --components=secrets; "
    "unset PW` (the first unlock sets the keyring's password), and run calldesk from that same shell. "
    "See \"SIP passwords without a desktop\" in the README."
)
_PLAINTEXT_BACKENDS = ("PlaintextKeyring",)  # keyrings.alt.file: the password readable by anyone with the file


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

        backend = self._backend or keyring.get_keyring()
        plaintext = plaintext_backend(backend)
        if plaintext is not None:
            raise CredentialError(
                f"The keyring in use ({plaintext}) keeps passwords in a plain-text file, so CallDesk will not put a "
                "SIP password there. Uninstall keyrings.alt (`pip uninstall keyrings.alt`) or unset "
                "PYTHON_KEYRING_BACKEND, and use the system keyring. " + no_keyring_help()
            )
        return backend


def plaintext_backend(backend: KeyringBackend) -> str | None:
    """The class name of a plain-text file backend in use (alone or in keyring's chain), else None."""
    chained = getattr(backend, "backends", None)
    for candidate in chained if isinstance(chained, (list, tuple)) else (backend,):
        name = type(candidate).__name__
        if name in _PLAINTEXT_BACKENDS and type(candidate).__module__.startswith("keyrings.alt"):
            return f"{type(candidate).__module__}.{name}"
    return None


def no_keyring_help(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str:
    """What to do when no keyring answers, for this machine."""
    if platform in ("win32", "darwin"):
        return ("CallDesk uses the system keyring (Windows Credential Manager, macOS Keychain): log in to the "
                "computer as the agent who runs CallDesk and try again.")
    if not environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return ("There is no D-Bus session here (DBUS_SESSION_BUS_ADDRESS is not set), and the Secret Service "
                "keyring is reached through one. On a desktop, run calldesk from the desktop session. "
                + _WITHOUT_DESKTOP)
    return ("No Secret Service keyring answers on this D-Bus session. On a desktop, log in to the desktop session "
            "(GNOME Keyring or KWallet start with it). " + _WITHOUT_DESKTOP)


def _user_name(account: str) -> str:
    return f"sip:{account}"


@contextmanager
def _keyring_errors(action: str, account: str) -> Iterator[None]:
    """Turns keyring exceptions into one CredentialError with advice."""
    from keyring.errors import KeyringError, KeyringLocked, NoKeyringError

    what = f"Cannot {action} SIP account '{account}'"
    try:
        yield
    except CredentialError as error:
        raise CredentialError(f"{what}: {error}") from error
    except KeyringLocked as error:
        raise CredentialError(
            f"{what}: the keyring is locked and nothing here can ask for its password. On a desktop, unlock it "
            "(log in again, or open Passwords and Keys / KWallet) and try again. " + _WITHOUT_DESKTOP
        ) from error
    except NoKeyringError as error:
        raise CredentialError(f"{what}. CallDesk keeps SIP passwords only in the operating system's keyring. "
                              f"{no_keyring_help()}") from error
    except KeyringError as error:
        raise CredentialError(f"{what}: {error or type(error).__name__}. {no_keyring_help()}") from error
