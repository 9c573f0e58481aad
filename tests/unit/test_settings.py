"""Settings: defaults, TOML file, environment precedence, validation, masking."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.errors import ConfigError
from pipeline.settings import Settings, env_names, load_settings


def test_environment_overrides_the_toml_file(tmp_path):
    config = tmp_path / "newswire.toml"
    config.write_text('[newswire]\nbootstrap = "kafka-a:9092"\npartitions = 12\n')
    settings = load_settings(config, environ={"NEWSWIRE_BOOTSTRAP": "kafka-b:9093"})
    assert settings.bootstrap == "kafka-b:9093"
    assert settings.partitions == 12


def test_topic_names_take_the_prefix():
    settings = load_settings(environ={"NEWSWIRE_TOPIC_PREFIX": "staging."})
    assert settings.topic("enriched") == "staging.news.enriched"
    with pytest.raises(ConfigError):
        settings.topic("nonsense")


def test_sasl_settings_reach_the_kafka_client_options():
    settings = load_settings(
        environ={
            "NEWSWIRE_SECURITY_PROTOCOL": "SASL_SSL",
            "NEWSWIRE_SASL_MECHANISM": "SCRAM-SHA-512",
            "NEWSWIRE_SASL_USERNAME": "alice",
            "NEWSWIRE_SASL_PASSWORD": "s3cret",
            "NEWSWIRE_SSL_CAFILE": "/etc/ca.pem",
        }
    )
    opts = settings.kafka_client_options()
    assert opts["security_protocol"] == "SASL_SSL"
    assert opts["sasl_mechanism"] == "SCRAM-SHA-512"
    assert opts["sasl_plain_username"] == "alice"
    assert opts["sasl_plain_password"] == "s3cret"
    assert opts["ssl_cafile"] == "/etc/ca.pem"


def test_secrets_are_masked_in_repr_and_masked_view():
    settings = load_settings(
        environ={
            "NEWSWIRE_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
            "NEWSWIRE_SASL_MECHANISM": "PLAIN",
            "NEWSWIRE_SASL_USERNAME": "alice",
            "NEWSWIRE_SASL_PASSWORD": "s3cret",
        }
    )
    assert "s3cret" not in repr(settings)
    assert settings.masked()["sasl_password"] == "***"


def test_config_command_masks_the_password():
    env = {
        "NEWSWIRE_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "NEWSWIRE_SASL_MECHANISM": "PLAIN",
        "NEWSWIRE_SASL_USERNAME": "alice",
        "NEWSWIRE_SASL_PASSWORD": "hunter2-secret",
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "config"], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert "hunter2-secret" not in out.stdout
    assert 'sasl_password = "***"' in out.stdout
    assert 'sasl_username = "alice"' in out.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSWIRE_PARTITIONS": "many"}, "NEWSWIRE_PARTITIONS"),
        ({"NEWSWIRE_SECURITY_PROTOCOL": "SASL_SSL"}, "sasl_mechanism"),
        ({"NEWSWIRE_SECURITY_PROTOCOL": "TLS"}, "security_protocol"),
        ({"NEWSWIRE_CONFLICT_THRESHOLD": "1.5"}, "conflict_threshold"),
        ({"NEWSWIRE_ALLOW_PRIVATE_ADDRESSES": "maybe"}, "boolean"),
        # values a worker would accept and then run wrong for months
        ({"NEWSWIRE_DEDUPE_MAX_DISTANCE": "40"}, "dedupe_max_distance"),
        ({"NEWSWIRE_DEDUPE_MAX_DISTANCE": "-1"}, "dedupe_max_distance"),
        ({"NEWSWIRE_DEDUPE_WINDOW_DAYS": "nan"}, "dedupe_window_days"),
        ({"NEWSWIRE_DEDUPE_WINDOW_DAYS": "inf"}, "dedupe_window_days"),
        ({"NEWSWIRE_DEDUPE_WINDOW_DAYS": "-1"}, "dedupe_window_days"),
        ({"NEWSWIRE_LOG_LEVEL": "verbose"}, "log_level"),
        ({"NEWSWIRE_RAW_RETENTION_MS": "-5"}, "raw_retention_ms"),
        ({"NEWSWIRE_WEB_PORT": "99999"}, "web_port"),
        ({"NEWSWIRE_STORE": "rocks"}, "store"),
        ({"NEWSWIRE_BOOTSTRAP": "kafka://h:9092"}, "scheme"),
        ({"NEWSWIRE_BOOTSTRAP": "127.0.0.1:99999"}, "bootstrap port must lie in 1..65535"),
        ({"NEWSWIRE_BOOTSTRAP": ""}, "bootstrap takes host:port"),
        ({"NEWSWIRE_BOOTSTRAP": "a:9092,"}, "bootstrap takes host:port"),
        ({"NEWSWIRE_BOOTSTRAP": "kafka"}, "bootstrap takes host:port"),
        ({"NEWSWIRE_FETCH_TIMEOUT_S": "0"}, "fetch_timeout_s"),
        ({"NEWSWIRE_MIN_INTERVAL_S": "600", "NEWSWIRE_MAX_INTERVAL_S": "60"}, "max_interval_s"),
        ({"NEWSWIRE_LISTEN_HOST": ""}, "listen_host"),
        ({"NEWSWIRE_LISTEN_HOST": "http://0.0.0.0"}, "listen_host"),
        ({"NEWSWIRE_LISTEN_HOST": "0.0.0.0:9108"}, "listen_host"),
    ],
)
def test_bad_values_are_clear_errors(env, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(environ=env)


def test_unknown_key_in_toml_is_refused(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text("bootstrapp = 'x:1'\n")
    with pytest.raises(ConfigError, match="unknown setting 'bootstrapp'"):
        load_settings(config, environ={})


def test_invalid_toml_is_a_clear_error(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text("bootstrap = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(config, environ={})


def test_boolean_and_optional_values_parse_from_the_environment():
    settings = load_settings(
        environ={"NEWSWIRE_ALLOW_PRIVATE_ADDRESSES": "yes", "NEWSWIRE_WEB_PORT": "6066"}
    )
    assert settings.allow_private_addresses is True
    assert settings.web_port == 6066


def test_metrics_listen_on_loopback_unless_an_address_is_given():
    assert load_settings(environ={}).listen_host == "127.0.0.1"
    for host in ("0.0.0.0", "::", "10.1.2.3", "metrics.internal"):
        assert load_settings(environ={"NEWSWIRE_LISTEN_HOST": host}).listen_host == host


def test_env_names_cover_every_setting():
    names = env_names()
    assert "NEWSWIRE_BOOTSTRAP" in names and "NEWSWIRE_SASL_PASSWORD" in names
    assert "NEWSWIRE_CONFIG" in names


def test_secrets_are_redacted_from_every_log_record(caplog):
    import logging

    from pipeline.feeds.logsetup import redact_secrets

    previous = logging.getLogRecordFactory()
    try:
        redact_secrets(Settings(sasl_password="pä$$-word", ssl_password="tls-key-pass"))
        log = logging.getLogger("kafka.conn.test")
        with caplog.at_level(logging.DEBUG, logger="kafka.conn.test"):
            log.debug(
                "Request 3: SaslAuthenticateRequest(%r)", b"\x00newswire\x00" + "pä$$-word".encode()
            )
            log.debug("ssl password %s, plain %s", "tls-key-pass", "pä$$-word")
        text = caplog.text
        assert "pä$$-word" not in text and "p\\xc3\\xa4$$-word" not in text
        assert "tls-key-pass" not in text and text.count("***") == 3
    finally:
        logging.setLogRecordFactory(previous)


def test_settings_passed_as_environment_load_back_identically():
    from pipeline.settings import Settings

    settings = Settings(bootstrap="k:1", partitions=3, allow_private_addresses=True, web_port=7)
    env = settings.as_environment({"PATH": "/bin", "NEWSWIRE_TOPIC_PREFIX": "stale."})
    assert env["PATH"] == "/bin" and env["NEWSWIRE_TOPIC_PREFIX"] == ""  # stale one replaced
    assert load_settings(environ=env) == settings
