"""What the agent is told when no keyring can hold a SIP password, and the refusal of a plain-text keyring."""

import pytest
from keyring.errors import KeyringLocked, NoKeyringError

from app.services.credentials import CredentialError, CredentialStore, no_keyring_help, plaintext_backend
from tests.memory_keyring import MemoryKeyring
from tests.unit.test_credentials import BrokenKeyring


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (a base64 file anyone who can read it can decode)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class Chain(MemoryKeyring):
    """keyring's ChainerBackend: tries each backend in turn, so a locked Secret Service falls back to the next."""

    def __init__(self, *backends: object) -> None:
        super().__init__()
        self.backends = list(backends)


def test_no_dbus_session_says_so_and_gives_the_headless_recipe() -> None:
    text = no_keyring_help(environ={}, platform="linux")
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in text
    assert "dbus-run-session -- bash" in text
    assert "gnome-keyring-daemon --unlock --components=secrets" in text
    assert "sudo apt-get install gnome-keyring" in text


def test_a_session_without_a_keyring_points_to_the_desktop_or_the_recipe() -> None:
    text = no_keyring_help(environ={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}, platform="linux")
    assert "No Secret Service keyring answers" in text and "gnome-keyring-daemon --unlock" in text


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_use_the_system_keyring(platform: str) -> None:
    assert "system keyring" in no_keyring_help(environ={}, platform=platform)


def test_a_missing_keyring_names_the_account_and_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    store = CredentialStore(backend=BrokenKeyring(NoKeyringError("No recommended backend was available.")))
    with pytest.raises(CredentialError) as raised:
        store.set_sip_password("office", "pw")
    message = raised.value.user_message
    assert message.startswith("Cannot store the password for SIP account 'office'.")
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in message and "dbus-run-session" in message


def test_a_locked_keyring_says_how_to_unlock_it_without_a_desktop() -> None:
    store = CredentialStore(backend=BrokenKeyring(KeyringLocked("Failed to unlock the collection!")))
    with pytest.raises(CredentialError) as raised:
        store.sip_password("office")
    assert "locked" in raised.value.user_message
    assert "gnome-keyring-daemon --unlock --components=secrets" in raised.value.user_message


@pytest.mark.parametrize("backend", [PlaintextKeyring(), Chain(BrokenKeyring(KeyringLocked("locked")),
                                                                 PlaintextKeyring())])
def test_a_plain_text_keyring_is_refused_alone_or_in_the_chain(backend: MemoryKeyring) -> None:
    store = CredentialStore(backend=backend)
    with pytest.raises(CredentialError) as raised:
        store.set_sip_password("office", "s3cret")
    message = raised.value.user_message
    assert "keyrings.alt.file.PlaintextKeyring" in message and "plain-text file" in message
    assert "pip uninstall keyrings.alt" in message
    assert backend.get_password("CallDesk", "sip:office") is None


def test_the_memory_and_secret_service_keyrings_are_not_plain_text() -> None:
    assert plaintext_backend(MemoryKeyring()) is None
    assert plaintext_backend(Chain(MemoryKeyring())) is None
