"""The settings store: the user's comments survive, bad input is refused, passwords only in the keyring."""

import logging
import os
from dataclasses import replace
from pathlib import Path

import pytest

from app.config import SipAccountSettings, load_settings
from app.services.credentials import CredentialStore
from app.services.settings_store import SettingsSaveError, SettingsStore
from app.services.settings_values import database_url_problem, sip_account_problems
from tests.memory_keyring import MemoryKeyring

ENGLISH = {"LANG": "en_US.UTF-8"}
USER_FILE = """\
# My CallDesk settings -- keep this comment
[general]
language = "en"  # English for now
rule_pack = "cn"

[recording]
policy = "always"

# The office PBX
[[sip_accounts]]
name = "office"   # the main line
user = "1001"
registrar = "sip:pbx.example.com"
codec_order = ["PCMA", "PCMU"]

[[sip_accounts]]
name = "local"
user = "agent"

[centre]
callback_number = "400-820-8888"
"""


@pytest.fixture
def credentials() -> CredentialStore:
    return CredentialStore(backend=MemoryKeyring())


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "config" / "calldesk.toml"
    path.parent.mkdir()
    path.write_text(USER_FILE, encoding="utf-8")
    return path


def store_for(path: Path, credentials: CredentialStore) -> SettingsStore:
    return SettingsStore(path, credentials, environ=ENGLISH)


def test_round_trip_without_changes_keeps_the_file_byte_for_byte(
        config_file: Path, credentials: CredentialStore) -> None:
    store = store_for(config_file, credentials)
    result = store.save(store.load())
    assert config_file.read_text(encoding="utf-8") == USER_FILE
    assert result.restart_needed == () and not result.language_changed


def test_changes_touch_only_their_keys_and_keep_every_comment(config_file: Path, credentials: CredentialStore) -> None:
    store = store_for(config_file, credentials)
    loaded = store.load()
    office = replace(loaded.sip_accounts[0], user="1002", transport="tcp", codec_order=())
    new = SipAccountSettings(name="backup", user="2001", registrar="sip:10.0.0.5:5060")
    edited = replace(loaded, language="zh_CN", recording_policy="on_demand", database_url="sqlite:////tmp/desk.db",
                     sip_accounts=(office, loaded.sip_accounts[1], new))

    result = store.save(edited)

    text = config_file.read_text(encoding="utf-8")
    for comment in ("# My CallDesk settings -- keep this comment", "# English for now", "# The office PBX",
                    "# the main line"):
        assert comment in text
    assert 'language = "zh_CN"  # English for now' in text
    assert "codec_order" not in text  # back to the default: the key goes
    settings = load_settings(config_file=config_file, environ=ENGLISH)
    assert settings.language == "zh_CN" and settings.recording_policy == "on_demand"
    assert settings.database_url == "sqlite:////tmp/desk.db"
    assert settings.sip_accounts == (office, loaded.sip_accounts[1], new)
    assert settings.centre_callback_number == "400-820-8888"
    assert result.language_changed
    assert set(result.restart_needed) == {"sip_accounts", "database_url", "recording_policy"}
    assert store_for(config_file, credentials).load() == edited


def test_removing_and_reordering_accounts(config_file: Path, credentials: CredentialStore) -> None:
    store = store_for(config_file, credentials)
    loaded = store.load()
    office, local = loaded.sip_accounts
    store.save(replace(loaded, sip_accounts=(local, office)))
    assert load_settings(config_file=config_file, environ=ENGLISH).sip_accounts == (local, office)
    assert "# the main line" in config_file.read_text(encoding="utf-8")

    store.save(replace(loaded, sip_accounts=()))
    text = config_file.read_text(encoding="utf-8")
    assert "sip_accounts" not in text and "[centre]" in text
    assert load_settings(config_file=config_file, environ=ENGLISH).sip_accounts == ()


def test_a_missing_file_and_folder_are_created(tmp_path: Path, credentials: CredentialStore) -> None:
    path = tmp_path / "new" / "calldesk.toml"
    store = store_for(path, credentials)
    loaded = store.load()
    assert loaded.sip_accounts == () and loaded.database_url == ""
    account = SipAccountSettings(name="office", user="1001", registrar="sip:pbx.example.com")
    store.save(replace(loaded, recording_policy="on_demand", sip_accounts=(account,)))
    settings = load_settings(config_file=path, environ=ENGLISH)
    assert settings.sip_accounts == (account,) and settings.recording_policy == "on_demand"
    assert "language" not in path.read_text(encoding="utf-8")  # unchanged: still follows the system locale


@pytest.mark.parametrize(("change", "named"), [
    ({"database_url": "postgresql+psycopg://calldesk:hunter2@db/calldesk"}, "database.url"),
    ({"database_url": "mysql://db/calldesk"}, "database.url"),
    ({"sip_accounts": (SipAccountSettings(name="office", user="1001", registrar="pbx.example.com"),)}, "registrar"),
    ({"sip_accounts": (SipAccountSettings(name="a", user="1", registrar="sip:pbx", outbound_proxy="proxy"),)},
     "outbound_proxy"),
    ({"sip_accounts": (SipAccountSettings(name="a", user="1", local_port=70000),)}, "local_port"),
    ({"sip_accounts": (SipAccountSettings(name="a", user="1"), SipAccountSettings(name="a", user="2"))}, "unique"),
    ({"sip_accounts": (SipAccountSettings(name="a", user=""),)}, "'user'"),
])
def test_invalid_input_is_refused_with_a_message_naming_the_field_and_nothing_written(
        config_file: Path, credentials: CredentialStore, change: dict[str, object], named: str) -> None:
    store = store_for(config_file, credentials)
    with pytest.raises(SettingsSaveError, match=named):
        store.save(replace(store.load(), **change))
    assert config_file.read_text(encoding="utf-8") == USER_FILE
    assert [p.name for p in config_file.parent.iterdir()] == ["calldesk.toml"]


def test_passwords_go_to_the_keyring_never_to_the_file_or_log(
        config_file: Path, credentials: CredentialStore, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = store_for(config_file, credentials)
    loaded = store.load()
    assert not store.password_stored("office")
    result = store.save(loaded, passwords={"office": "s3cret-Pa55"})
    assert credentials.sip_password("office") == "s3cret-Pa55" and store.password_stored("office")
    assert "s3cret-Pa55" not in config_file.read_text(encoding="utf-8")
    assert "s3cret-Pa55" not in caplog.text
    assert result.restart_needed == ("sip_accounts",)


def test_a_renamed_account_keeps_its_password_and_a_removed_one_loses_it(
        config_file: Path, credentials: CredentialStore) -> None:
    credentials.set_sip_password("office", "pw-office")
    credentials.set_sip_password("local", "pw-local")
    store = store_for(config_file, credentials)
    loaded = store.load()
    office = replace(loaded.sip_accounts[0], name="head-office")
    store.save(replace(loaded, sip_accounts=(office,)), renamed={"head-office": "office"})
    assert credentials.sip_password("head-office") == "pw-office"
    assert credentials.sip_password("office") is None and credentials.sip_password("local") is None
    assert "# the main line" in config_file.read_text(encoding="utf-8")


def test_a_password_for_an_unknown_account_is_refused(config_file: Path, credentials: CredentialStore) -> None:
    store = store_for(config_file, credentials)
    with pytest.raises(SettingsSaveError, match="unknown SIP account"):
        store.save(store.load(), passwords={"nobody": "x"})
    assert credentials.sip_password("nobody") is None


def test_write_is_atomic_a_failed_replace_leaves_the_old_file_and_no_temporary(
        config_file: Path, credentials: CredentialStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store = store_for(config_file, credentials)
    loaded = store.load()
    config_file.chmod(0o640)
    seen: list[str] = []

    def failing_replace(source: str, target: object) -> None:
        seen.append(Path(source).read_text(encoding="utf-8"))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(SettingsSaveError, match="No space left"):
        store.save(replace(loaded, recording_policy="on_demand"))
    assert 'policy = "on_demand"' in seen[0]  # the complete new file was written beside the old one first
    assert config_file.read_text(encoding="utf-8") == USER_FILE
    assert [p.name for p in config_file.parent.iterdir()] == ["calldesk.toml"]

    monkeypatch.undo()
    store.save(replace(loaded, recording_policy="on_demand"))
    assert config_file.stat().st_mode & 0o777 == 0o640


def test_edits_made_meanwhile_in_a_text_editor_are_kept(config_file: Path, credentials: CredentialStore) -> None:
    store = store_for(config_file, credentials)
    loaded = store.load()
    config_file.write_text(USER_FILE.replace('rule_pack = "cn"', 'rule_pack = "us"'), encoding="utf-8")
    store.save(replace(loaded, recording_policy="on_demand"))
    settings = load_settings(config_file=config_file, environ=ENGLISH)
    assert settings.rule_pack == "us" and settings.recording_policy == "on_demand"


def test_field_checks_follow_the_phone_rules() -> None:
    good = SipAccountSettings(name="office", user="1001", registrar="sip:pbx.example.com;transport=tcp",
                              outbound_proxy="sip:proxy.example.com;lr", codec_order=("PCMA", "G722"))
    assert sip_account_problems(good) == frozenset()
    assert sip_account_problems(good, other_names={"office"}) == {"name"}
    bad = SipAccountSettings(name=" ", user="", registrar="sip:", outbound_proxy="http://x", codec_order=("PC MA",),
                             local_port=-1, transport="sctp")
    assert sip_account_problems(bad) == {"name", "user", "registrar", "outbound_proxy", "codec_order", "local_port",
                                         "transport"}
    assert database_url_problem("") is None
    assert database_url_problem("postgresql+psycopg://calldesk@db/calldesk") is None
    assert database_url_problem("/home/me/calldesk.db") is None
    assert database_url_problem("postgresql://u:pw@db/x") == "password"
    assert database_url_problem("postgresql://u@db/x?password=pw") == "password"  # the field, like the config
    assert database_url_problem("postgresql://u@db/x?sslmode=require&SSLPassword=pw") == "password"
    assert database_url_problem("mysql://db/x") == "unsupported"
    assert database_url_problem("sqlite+:/x") == "not_a_url"
    assert database_url_problem("C:\\CallDesk\\calldesk.db") is None
