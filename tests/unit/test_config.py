"""Settings: paths, precedence of the database URL, defaults, and clear errors for bad config files."""

import logging
import os
import re
from pathlib import Path

import pytest

from app.config import ConfigError, SipAccountSettings, default_paths, load_settings, redact_url, system_language
from app.secrets_policy import looks_like_secret

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "calldesk.example.toml"
ENGLISH = {"LANG": "en_US.UTF-8"}


def write_config(folder: Path, text: str) -> Path:
    path = folder / "calldesk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_paths_follow_platformdirs_and_data_dir_moves_logs_and_recordings(tmp_path: Path) -> None:
    paths = default_paths()
    assert paths.data_dir.name == "CallDesk" and paths.config_dir.name == "CallDesk"
    assert paths.recordings_dir == paths.data_dir / "recordings"

    moved = default_paths(tmp_path / "desk")
    assert moved.data_dir == tmp_path / "desk"
    assert moved.log_dir == tmp_path / "desk" / "logs"
    assert moved.recordings_dir == tmp_path / "desk" / "recordings"
    assert moved.config_dir == paths.config_dir

    moved.create()
    assert moved.log_dir.is_dir() and moved.recordings_dir.is_dir()


def test_missing_default_config_file_gives_defaults(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, environ=ENGLISH)
    assert settings.config_file == default_paths().config_dir / "calldesk.toml"
    assert settings.database_url == f"sqlite:///{(tmp_path / 'calldesk.db').as_posix()}"
    assert settings.language == "en"
    assert settings.rule_pack == "cn"
    assert settings.sip_accounts == ()
    assert settings.demo_mode is True
    assert settings.demo_debtors > 0
    assert settings.recording_policy == "always"
    assert settings.agent_login and settings.agent_name == settings.agent_login


def test_database_url_precedence_flag_over_env_over_file_over_default(tmp_path: Path) -> None:
    config = write_config(tmp_path, '[database]\nurl = "sqlite:///from-file.db"\n')
    env = {**ENGLISH, "CALLDESK_DB": "sqlite:///from-env.db"}

    assert load_settings(config_file=config, database_url="sqlite:///flag.db", environ=env).database_url == "sqlite:///flag.db"
    assert load_settings(config_file=config, environ=env).database_url == "sqlite:///from-env.db"
    assert load_settings(config_file=config, environ=ENGLISH).database_url == "sqlite:///from-file.db"
    assert load_settings(data_dir=tmp_path, environ={**ENGLISH, "CALLDESK_DB": ""}).database_url.endswith("/calldesk.db")


def test_full_config_file_is_read_into_typed_settings(tmp_path: Path) -> None:
    config = write_config(
        tmp_path,
        """
[general]
language = "zh_CN"
rule_pack = "us"

[agent]
login = "agent07"
name = "王丽"

[recording]
policy = "on_demand"

[demo]
debtors = 50

[[sip_accounts]]
name = "office"
user = "1001"
registrar = "sip:pbx.example.com"
transport = "tcp"
local_port = 5070
dial_prefix = "9"
""",
    )
    settings = load_settings(config_file=config, environ=ENGLISH)
    assert (settings.language, settings.rule_pack, settings.recording_policy) == ("zh_CN", "us", "on_demand")
    assert (settings.agent_login, settings.agent_name, settings.demo_debtors) == ("agent07", "王丽", 50)
    assert settings.sip_accounts == (
        SipAccountSettings(
            name="office", user="1001", registrar="sip:pbx.example.com", transport="tcp", local_port=5070, dial_prefix="9"
        ),
    )
    assert settings.demo_mode is False  # a registrar is configured
    assert settings.sip_account("office") is settings.sip_accounts[0]
    assert settings.sip_account("other") is None


def test_demo_mode_can_be_set_explicitly(tmp_path: Path) -> None:
    config = write_config(tmp_path, "[demo]\nenabled = false\n")
    assert load_settings(config_file=config, environ=ENGLISH).demo_mode is False


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "C.UTF-8"}, "zh_CN"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_language_defaults_to_the_system_locale(environ: dict[str, str], language: str) -> None:
    assert system_language(environ) == language


def test_language_from_locale_unless_set_in_file(tmp_path: Path) -> None:
    assert load_settings(data_dir=tmp_path, environ={"LANG": "zh_CN.UTF-8"}).language == "zh_CN"
    config = write_config(tmp_path, '[general]\nlanguage = "en"\n')
    assert load_settings(config_file=config, environ={"LANG": "zh_CN.UTF-8"}).language == "en"


def test_broken_toml_names_file_and_line(tmp_path: Path) -> None:
    config = write_config(tmp_path, '[general]\nlanguage = "en"\nrule_pack = cn\n')
    with pytest.raises(ConfigError) as error:
        load_settings(config_file=config, environ=ENGLISH)
    message = error.value.user_message
    assert str(config) in message
    assert re.search(r"line 3\b", message)


@pytest.mark.parametrize(
    "text",
    [
        '[[sip_accounts]]\nname = "office"\nuser = "1001"\npassword = "hunter2"\n',
        '[database]\nsecret = "x"\n',
        '[agent]\nsip_password = "x"\n',
    ],
)
def test_password_keys_are_refused_with_keyring_advice(tmp_path: Path, text: str) -> None:
    config = write_config(tmp_path, text)
    with pytest.raises(ConfigError, match="keyring") as error:
        load_settings(config_file=config, environ=ENGLISH)
    assert "calldesk account set-password" in str(error.value)
    assert "hunter2" not in str(error.value)


def test_password_key_error_names_the_account(tmp_path: Path) -> None:
    config = write_config(tmp_path, '[[sip_accounts]]\nname = "office"\nuser = "1001"\npassword = "x"\n')
    with pytest.raises(ConfigError, match=r"set-password office") as error:
        load_settings(config_file=config, environ=ENGLISH)
    assert "line 4" in str(error.value)


def test_password_inside_database_url_is_refused(tmp_path: Path) -> None:
    config = write_config(tmp_path, '[database]\nurl = "postgresql+psycopg://desk:hunter2@db/calldesk"\n')
    with pytest.raises(ConfigError, match="pgpass") as error:
        load_settings(config_file=config, environ=ENGLISH)
    assert "hunter2" not in str(error.value)


def test_unknown_keys_are_warned_not_fatal(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = write_config(
        tmp_path,
        'colour = "red"\n[general]\nlanguage = "en"\nlangauge = "zh_CN"\n'
        '[[sip_accounts]]\nname = "a"\nuser = "1"\nregistar = "sip:x"\n',
    )
    with caplog.at_level(logging.WARNING, logger="app.config"):
        settings = load_settings(config_file=config, environ=ENGLISH)
    assert settings.language == "en"
    warning = " ".join(record.getMessage() for record in caplog.records)
    assert "general.langauge" in warning and "colour" in warning and "sip_accounts[0].registar" in warning
    assert str(config) in warning


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[general]\nlanguage = "fr"\n', r'line 2.*general\.language must be one of "zh_CN", "en"'),
        ('[general]\nrule_pack = "eu"\n', r"rule_pack must be one of"),
        ('[recording]\npolicy = "never"\n', r"recording\.policy must be one of"),
        ("[demo]\ndebtors = \"many\"\n", r"demo\.debtors must be a whole number"),
        ("[demo]\nenabled = 1\n", r"demo\.enabled must be true or false"),
        ('[[sip_accounts]]\nname = "a"\n', r"sip_accounts\[0\] needs a non-empty 'user'"),
        ('[[sip_accounts]]\nname = "a"\nuser = "1"\ntransport = "sctp"\n', r"transport must be one of"),
        ('[[sip_accounts]]\nname = "a"\nuser = "1"\nregistrar = "pbx.example.com"\n', r"must be a SIP URI"),
        ('[[sip_accounts]]\nname = "a"\nuser = "1"\nlocal_port = 70000\n', r"local_port must be 0-65535"),
        ('[[sip_accounts]]\nname = "a"\nuser = "1"\n[[sip_accounts]]\nname = "a"\nuser = "2"\n', r"unique; repeated: a"),
        ('general = "en"\n', r"'general' must be a table"),
    ],
)
def test_bad_values_name_the_file_key_and_allowed_values(tmp_path: Path, text: str, expected: str) -> None:
    config = write_config(tmp_path, text)
    with pytest.raises(ConfigError, match=expected) as error:
        load_settings(config_file=config, environ=ENGLISH)
    assert str(config) in str(error.value)


def test_explicit_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(config_file=tmp_path / "nope.toml", environ=ENGLISH)


def test_example_config_documents_only_real_keys(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Uncommenting every setting of the shipped example gives a valid file with no unknown keys."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    settings_lines = [line[2:] for line in lines if re.match(r"# (\[|\w+ = )", line)]
    config = write_config(tmp_path, "\n".join(settings_lines) + "\n")
    with caplog.at_level(logging.WARNING, logger="app.config"):
        settings = load_settings(config_file=config, environ=ENGLISH)
    assert not caplog.records
    assert [account.name for account in settings.sip_accounts] == ["office", "local"]
    documented = {match.group(1) for line in settings_lines if (match := re.match(r"(\w+) = ", line))}
    assert set(SipAccountSettings.__dataclass_fields__) <= documented


def test_redact_url_hides_only_the_password() -> None:
    assert redact_url("postgresql+psycopg://desk:s3cret@db:5432/calldesk") == "postgresql+psycopg://desk:***@db:5432/calldesk"
    assert redact_url("sqlite:////var/lib/calldesk.db") == "sqlite:////var/lib/calldesk.db"


def test_calls_table_is_passed_on_for_the_phone_to_check(tmp_path: Path) -> None:
    config = write_config(tmp_path, '[calls]\nauto_answer = true\ndtmf_method = "sip_info"\n')
    settings = load_settings(config_file=config, environ=ENGLISH)
    assert settings.call_options == {"auto_answer": True, "dtmf_method": "sip_info"}


URL_PASSWORD_FORMS = [
    "postgresql+psycopg://desk:hunter2@db/calldesk",
    "postgresql://nobody:p@hunter2@db/calldesk",  # '@' in the password
    "postgresql://desk:hun:ter2@db/calldesk",  # ':' in the password
    "postgresql://desk:hunter2/x@db/calldesk",  # '/' in the password
    "postgresql://desk@db/calldesk?password=hunter2",
    "postgresql://desk@db/calldesk?sslmode=require&sslpassword=hunter2",
    "postgresql://desk@db/calldesk?PASSWD=hunter2",
    "postgresql://desk@db/calldesk?Pwd=hunter2",
    "postgresql://desk@db/calldesk?pass%77ord=hunter2",  # percent-encoded key
]


@pytest.mark.parametrize("url", URL_PASSWORD_FORMS)
@pytest.mark.parametrize("source", ["flag", "env", "file"])
def test_every_form_of_password_in_a_database_url_is_refused(tmp_path: Path, url: str, source: str) -> None:
    config = write_config(tmp_path, f'[database]\nurl = "{url}"\n' if source == "file" else "")
    environ = {**ENGLISH, "CALLDESK_DB": url} if source == "env" else ENGLISH
    with pytest.raises(ConfigError, match="pgpass") as error:
        load_settings(config_file=config, database_url=url if source == "flag" else None, environ=environ)
    message = error.value.user_message
    assert "hunter2" not in message and "contains a password" in message
    assert {"flag": "--db", "env": "CALLDESK_DB", "file": "database.url"}[source] in message


def test_a_url_without_a_password_passes(tmp_path: Path) -> None:
    url = "postgresql+psycopg://desk@db/calldesk?sslmode=require&passfile=/home/desk/.pgpass"
    assert load_settings(data_dir=tmp_path, database_url=url, environ=ENGLISH).database_url == url


@pytest.mark.parametrize("key", ["pwd", "passwd", "secret", "token", "auth_token", "api_key", "apikey", "private_key",
                                 "sip_password", "SIP_PWD", "Api-Key", "dbPassword", "client_secret", "access_token"])
def test_keys_that_look_like_secrets_are_refused(tmp_path: Path, key: str) -> None:
    config = write_config(tmp_path, f'[[sip_accounts]]\nname = "office"\nuser = "1001"\n{key} = "hunter2"\n')
    with pytest.raises(ConfigError, match="keyring") as error:
        load_settings(config_file=config, environ=ENGLISH)
    assert "calldesk account set-password office" in str(error.value)
    assert "hunter2" not in str(error.value)


@pytest.mark.parametrize("key", ["auth_user", "session_timer", "tokenizer", "passage", "user", "display_name"])
def test_ordinary_keys_are_not_taken_for_secrets(key: str) -> None:
    assert not looks_like_secret(key)


def test_huge_values_and_unknown_keys_are_cut_in_messages(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = write_config(tmp_path, f'[general]\nlanguage = "{"x" * 500_000}"\n')
    with pytest.raises(ConfigError) as error:
        load_settings(config_file=config, environ=ENGLISH)
    assert len(str(error.value)) < 400 and "… (500,002 characters)" in str(error.value)

    keys = "".join(f"unknown_{index} = 1\n" for index in range(50))
    config = write_config(tmp_path, f'"{"k" * 100_000}" = 1\n{keys}')
    with caplog.at_level(logging.WARNING, logger="app.config"):
        load_settings(config_file=config, environ=ENGLISH)
    warning = caplog.records[-1].getMessage()
    assert len(warning) < 1000 and "… (100,000 characters)" in warning and "and 41 more" in warning


@pytest.mark.parametrize("text", [
    "x = " + "[" * 3000 + "]" * 3000 + "\n",
    "x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n",
])
def test_deeply_nested_toml_is_one_clear_error(tmp_path: Path, text: str) -> None:
    config = write_config(tmp_path, text)
    with pytest.raises(ConfigError, match="nests arrays or tables too deeply"):
        load_settings(config_file=config, environ=ENGLISH)


def test_a_deep_dotted_table_is_walked_without_recursion(tmp_path: Path) -> None:
    config = write_config(tmp_path, "[" + ".".join(["a"] * 3000) + ']\npassword = "hunter2"\n')
    with pytest.raises(ConfigError, match="keyring"):
        load_settings(config_file=config, environ=ENGLISH)
    config = write_config(tmp_path, "[calls." + ".".join(["a"] * 3000) + "]\nb = 1\n")
    with pytest.raises(ConfigError, match=r"calls\.a must be a single value"):
        load_settings(config_file=config, environ=ENGLISH)


def test_a_config_file_that_is_a_device_a_fifo_or_too_large_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(config_file=Path("/dev/zero"), environ=ENGLISH)
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="not a regular file"):  # and never blocks opening it
        load_settings(config_file=fifo, environ=ENGLISH)
    large = write_config(tmp_path, "# padding\n" * 200_000)
    with pytest.raises(ConfigError, match="too large"):
        load_settings(config_file=large, environ=ENGLISH)


def test_redact_url_hides_query_secrets_and_whole_passwords() -> None:
    assert redact_url("postgresql://nobody:p@ssW0rdX@db/x") == "postgresql://nobody:***@db/x"
    shown = redact_url("postgresql://u@db/x?sslmode=require&sslpassword=hunter2")
    assert shown == "postgresql://u@db/x?sslmode=require&sslpassword=***"
    assert redact_url("postgresql://u:hunter2@[::1") == "postgresql://… (27 characters)"
    assert redact_url("/home/me/calldesk.db") == "/home/me/calldesk.db"


def test_echo_cancellation_is_auto_unless_set_and_only_auto_on_or_off(tmp_path: Path) -> None:
    assert load_settings(config_file=write_config(tmp_path, ""), environ=ENGLISH).audio_echo_cancellation == "auto"
    config = write_config(tmp_path, '[audio]\necho_cancellation = "on"\n')
    assert load_settings(config_file=config, environ=ENGLISH).audio_echo_cancellation == "on"
    config = write_config(tmp_path, '[audio]\necho_cancellation = true\n')
    with pytest.raises(ConfigError, match=r"audio\.echo_cancellation must be"):
        load_settings(config_file=config, environ=ENGLISH)


def test_the_registrar_keepalive_is_read_per_account_and_reaches_the_phone(tmp_path: Path) -> None:
    from app.services.settings_values import telephony_account

    config = write_config(tmp_path, '[[sip_accounts]]\nname = "office"\nuser = "1001"\n'
                                    'registrar = "sip:pbx.example.com"\nkeepalive_s = 30\n')
    [account] = load_settings(config_file=config, environ=ENGLISH).sip_accounts
    assert account.keepalive_s == 30
    phone_account = telephony_account(account)
    assert phone_account is not None and phone_account.keepalive_s == 30
    default = write_config(tmp_path, '[[sip_accounts]]\nname = "office"\nuser = "1001"\n')
    assert load_settings(config_file=default, environ=ENGLISH).sip_accounts[0].keepalive_s == 10


@pytest.mark.parametrize("value", ["1", "301", "-5"])
def test_a_keepalive_out_of_range_names_the_line_and_the_allowed_values(tmp_path: Path, value: str) -> None:
    config = write_config(tmp_path, f'[[sip_accounts]]\nname = "office"\nuser = "1001"\nkeepalive_s = {value}\n')
    with pytest.raises(ConfigError, match=r"keepalive_s must be 0 \(no keep-alive\) or 2-300 seconds") as error:
        load_settings(config_file=config, environ=ENGLISH)
    assert "line 4" in str(error.value)
