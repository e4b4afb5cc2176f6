"""SIP passwords live in the keyring only; keyring failures become one clear CredentialError."""

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError, PasswordSetError

from app.services.credentials import CredentialError, CredentialStore
from tests.memory_keyring import MemoryKeyring


class BrokenKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # keyring declares priority as a class property

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self._error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self._error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self._error

    def delete_password(self, service: str, username: str) -> None:
        raise self._error


def test_store_read_and_delete_a_sip_password() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend=backend)
    assert store.sip_password("office") is None

    store.set_sip_password("office", "s3cret")
    assert store.sip_password("office") == "s3cret"
    assert backend.get_password("CallDesk", "sip:office") == "s3cret"
    assert store.sip_password("home") is None

    store.delete_sip_password("office")
    assert store.sip_password("office") is None
    store.delete_sip_password("office")  # deleting twice is fine


def test_service_name_separates_stores() -> None:
    backend = MemoryKeyring()
    CredentialStore("CallDesk-Test", backend=backend).set_sip_password("office", "a")
    assert CredentialStore(backend=backend).sip_password("office") is None


def test_default_backend_is_the_configured_keyring() -> None:
    store = CredentialStore()  # conftest selects the in-memory keyring through PYTHON_KEYRING_BACKEND
    store.set_sip_password("default-backend-test", "pw")
    assert store.sip_password("default-backend-test") == "pw"
    store.delete_sip_password("default-backend-test")


def test_empty_password_is_refused() -> None:
    with pytest.raises(ValueError):
        CredentialStore(backend=MemoryKeyring()).set_sip_password("office", "")


@pytest.mark.parametrize(
    ("error", "advice"),
    [
        (NoKeyringError("No recommended backend was available."), "gnome-keyring"),
        (KeyringLocked("Failed to unlock the collection!"), "locked"),
        (PasswordSetError("Failed to store"), "Failed to store"),
    ],
)
def test_keyring_failures_become_credential_errors(error: Exception, advice: str) -> None:
    store = CredentialStore(backend=BrokenKeyring(error))
    for action in (lambda: store.set_sip_password("office", "pw"), lambda: store.sip_password("office")):
        with pytest.raises(CredentialError) as raised:
            action()
        assert advice in raised.value.user_message
        assert "'office'" in raised.value.user_message
