"""The dial plan: how a phone number reaches the PBX ([sip] dial_format), read from the config and applied where the
dial target URI is built."""

from pathlib import Path

import pytest

from app.config import DIAL_FORMATS, ConfigError, Settings, load_settings
from app.services.dial_router import DialRouter
from app.telephony import dial_target
from app.telephony.dial_target import normalize_dial_target
from app.telephony.port import InvalidDialTarget

ENGLISH = {"LANG": "en_US.UTF-8"}


def settings_from(tmp_path: Path, text: str) -> Settings:
    config = tmp_path / "calldesk.toml"
    config.write_text(text, encoding="utf-8")
    return load_settings(config_file=config, data_dir=tmp_path, environ=ENGLISH)


def test_config_and_dial_target_name_the_same_formats() -> None:
    assert DIAL_FORMATS == dial_target.DIAL_FORMATS


def test_dial_format_defaults_to_national(tmp_path: Path) -> None:
    assert load_settings(data_dir=tmp_path, environ=ENGLISH).dial_format == "national"


def test_dial_format_is_read_from_the_sip_table(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, '[sip]\ndial_format = "e164"\n')
    assert settings.dial_format == "e164"


@pytest.mark.parametrize("value", ['"E.164"', '"prefix"', '""', "164"])
def test_a_wrong_dial_format_names_the_line_and_the_choices(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError) as error:
        settings_from(tmp_path, f"[sip]\ndial_format = {value}\n")
    message = str(error.value)
    assert "line 2" in message and "sip.dial_format" in message
    assert '"national"' in message or "text in quotes" in message


@pytest.mark.parametrize(("typed", "national", "e164"), [
    ("13812345678", "sip:13812345678@pbx.example.com", "sip:+8613812345678@pbx.example.com"),
    ("010-12345678", "sip:01012345678@pbx.example.com", "sip:+861012345678@pbx.example.com"),
    ("+86 755 1234 5678", "sip:075512345678@pbx.example.com", "sip:+8675512345678@pbx.example.com"),
    ("+1 415 555 0123", "sip:0014155550123@pbx.example.com", "sip:+14155550123@pbx.example.com"),
])
def test_numbers_are_sent_national_or_e164(typed: str, national: str, e164: str) -> None:
    assert normalize_dial_target(typed, default_domain="pbx.example.com") == national
    assert normalize_dial_target(typed, default_domain="pbx.example.com", dial_format="national") == national
    assert normalize_dial_target(typed, default_domain="pbx.example.com", dial_format="e164") == e164


def test_the_dial_prefix_goes_in_front_of_either_format() -> None:
    assert normalize_dial_target("13812345678", "9", "pbx", "national") == "sip:913812345678@pbx"
    assert normalize_dial_target("13812345678", "9", "pbx", "e164") == "sip:9+8613812345678@pbx"


def test_sip_addresses_are_sent_unchanged_whatever_the_format() -> None:
    assert normalize_dial_target("sip:1001@pbx", dial_format="e164") == "sip:1001@pbx"


def test_an_unknown_format_is_refused_with_what_to_fix() -> None:
    with pytest.raises(InvalidDialTarget, match=r"dial format in the settings \('intl'\).*national, e164"):
        normalize_dial_target("13812345678", dial_format="intl")


def test_the_router_builds_the_uri_in_the_configured_format() -> None:
    router = DialRouter(sip_domain="10.0.0.5:5060", dial_format="e164")
    assert router.route("138 1234 5678") == "sip:+8613812345678@10.0.0.5:5060"
    assert router.problem("13812345678") is None
    assert DialRouter(sip_domain="10.0.0.5:5060").route("13812345678") == "sip:13812345678@10.0.0.5:5060"


def test_the_settings_dialog_keeps_the_dial_format_when_it_saves(tmp_path: Path) -> None:
    from dataclasses import replace

    from app.services.credentials import CredentialStore
    from app.services.settings_store import SettingsStore
    from tests.memory_keyring import MemoryKeyring

    config = tmp_path / "calldesk.toml"
    config.write_text('[general]\nlanguage = "zh_CN"\n\n[sip]\ndial_format = "e164"\n', encoding="utf-8")
    store = SettingsStore(config, CredentialStore(backend=MemoryKeyring()), environ=ENGLISH)
    store.save(replace(store.load(), language="en"))
    assert load_settings(config_file=config, data_dir=tmp_path, environ=ENGLISH).dial_format == "e164"
    assert 'language = "en"' in config.read_text(encoding="utf-8")
