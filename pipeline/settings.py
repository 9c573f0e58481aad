"""The one settings object. No other module reads the environment.

Precedence, lowest first: defaults, the TOML file (``--config`` or
``NEWSWIRE_CONFIG``), then ``NEWSWIRE_*`` environment variables.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import math
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

from .errors import ConfigError

ENV_PREFIX = "NEWSWIRE_"
SECRET_FIELDS = frozenset({"sasl_password", "ssl_password"})
TOPIC_NAMES = ("raw", "unique", "enriched", "conflict", "duplicates", "deadletter")


def _cache_dir() -> str:
    return platformdirs.user_cache_dir("newswire")


def _data_dir() -> str:
    return platformdirs.user_data_dir("newswire")


@dataclass(frozen=True, slots=True)
class Settings:
    # Kafka connection, handed to every client (poller, agents, replay, consume, admin).
    bootstrap: str = "127.0.0.1:9092"
    topic_prefix: str = ""
    security_protocol: str = "PLAINTEXT"  # PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL
    sasl_mechanism: str | None = None  # PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    sasl_username: str | None = None
    sasl_password: str | None = None
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    ssl_password: str | None = None
    # Topics.
    partitions: int = 6
    replication_factor: int = 1
    raw_retention_ms: int = 7 * 24 * 3600 * 1000
    output_retention_ms: int = 30 * 24 * 3600 * 1000
    # The embedded local broker (`newswire broker`).
    broker_home: str = dataclasses.field(default_factory=_data_dir)
    broker_cache: str = dataclasses.field(default_factory=_cache_dir)
    broker_heap: str = "512m"
    # Poller.
    feeds_file: str | None = None
    state_path: str | None = None  # SQLite file; default under the data dir
    user_agent_contact: str = "https://github.com/newswire/newswire"
    fetch_timeout_s: float = 20.0
    max_body_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 64
    per_host_concurrency: int = 2
    min_interval_s: int = 300
    max_interval_s: int = 6 * 3600
    allow_private_addresses: bool = False
    metrics_port: int | None = None
    # Where the poller's metrics and the worker's web server listen. Loopback by default:
    # a daemon should not offer its metrics to every network it is on unasked. In a
    # container, set 0.0.0.0 so that the scraper outside can reach them.
    listen_host: str = "127.0.0.1"
    # Worker.
    app_id: str = "newswire"
    store: str = "memory://"  # rocksdb:// in production (needs the rocksdb extra)
    table_dir: str | None = None
    web_port: int | None = None  # None: Faust's web server off
    dedupe_window_days: float = 7.0
    dedupe_max_distance: int = 6  # SimHash bits; small edits of a 3 KB story flip 2-8
    conflict_threshold: float = 0.5
    # A TOML file merged over the packaged conflict rules (docs/ARCHITECTURE.md, Enrichment),
    # for the worker and `newswire enrich`; None: the packaged rules alone.
    rules_file: str | None = None
    # Logging.
    log_level: str = "info"
    log_format: str = "text"  # text or json

    def topic(self, name: str) -> str:
        """The full name of a topic of the house plan, e.g. 'raw' -> 'news.raw'."""
        if name not in TOPIC_NAMES:
            raise ConfigError(f"unknown topic {name!r}; known: {', '.join(TOPIC_NAMES)}")
        return f"{self.topic_prefix}news.{name}"

    def kafka_client_options(self) -> dict[str, Any]:
        """Security options in kafka-python's spelling, for every client we create."""
        opts: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap.split(","),
            "security_protocol": self.security_protocol,
        }
        if self.sasl_mechanism:
            opts["sasl_mechanism"] = self.sasl_mechanism
            opts["sasl_plain_username"] = self.sasl_username
            opts["sasl_plain_password"] = self.sasl_password
        for ours, theirs in (
            ("ssl_cafile", "ssl_cafile"),
            ("ssl_certfile", "ssl_certfile"),
            ("ssl_keyfile", "ssl_keyfile"),
            ("ssl_password", "ssl_password"),
        ):
            value = getattr(self, ours)
            if value:
                opts[theirs] = value
        return opts

    def masked(self) -> dict[str, Any]:
        """Every setting, with secrets replaced by '***' (for `newswire config` and logs)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = "***" if (f.name in SECRET_FIELDS and value) else value
        return out

    def poller_state_path(self) -> str:
        return self.state_path or str(Path(self.broker_home) / "poller-state.db")

    def as_environment(self, base: Mapping[str, str]) -> dict[str, str]:
        """`base` without NEWSWIRE_* variables, plus these settings as NEWSWIRE_* variables:
        the environment that makes a child process load exactly these settings."""
        env = {k: v for k, v in base.items() if not k.startswith(ENV_PREFIX)}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                env[ENV_PREFIX + f.name.upper()] = str(value)
        return env

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.masked().items())
        return f"Settings({shown})"


def _convert(name: str, raw: Any, annotation: str) -> Any:
    if raw is None:
        return None
    if (
        isinstance(raw, str)
        and raw.strip().lower() in ("", "none", "null")
        and "None" in annotation
    ):
        return None
    try:
        if annotation.startswith("bool"):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            raise ValueError(f"not a boolean: {raw!r}")
        if annotation.startswith("int"):
            if isinstance(raw, bool):
                raise ValueError("a boolean is not an integer")
            return int(raw)
        if annotation.startswith("float"):
            return float(raw)
        return str(raw)
    except ValueError as exc:
        raise ConfigError(f"setting {name}: {exc}") from None


def load_settings(
    config_file: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build the Settings from defaults, a TOML file, the environment and explicit overrides."""
    env = os.environ if environ is None else environ
    known = {f.name: f for f in fields(Settings)}
    values: dict[str, Any] = {}

    path = config_file or env.get(ENV_PREFIX + "CONFIG")
    if path:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        table = data.get("newswire", data)
        for key, value in table.items():
            if key not in known:
                raise ConfigError(f"config file {path}: unknown setting {key!r}")
            values[key] = _convert(key, value, str(known[key].type))

    for name, f in known.items():
        env_name = ENV_PREFIX + name.upper()
        if env_name in env:
            values[name] = _convert(env_name, env[env_name], str(f.type))

    for key, value in overrides.items():
        if value is not None:
            if key not in known:
                raise ConfigError(f"unknown setting {key!r}")
            values[key] = value

    settings = Settings(**values)
    _validate(settings)
    return settings


def _validate(s: Settings) -> None:
    protocols = ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL")
    if s.security_protocol not in protocols:
        raise ConfigError(f"security_protocol must be one of {', '.join(protocols)}")
    if s.security_protocol.startswith("SASL") and not s.sasl_mechanism:
        raise ConfigError("security_protocol SASL_* needs sasl_mechanism (PLAIN, SCRAM-SHA-256...)")
    if s.sasl_mechanism and not (s.sasl_username and s.sasl_password):
        raise ConfigError("sasl_mechanism is set but sasl_username or sasl_password is missing")
    if s.partitions < 1 or s.replication_factor < 1:
        raise ConfigError("partitions and replication_factor must be at least 1")
    if not 0.0 <= s.conflict_threshold <= 1.0:
        raise ConfigError("conflict_threshold must lie in 0..1")
    if s.log_format not in ("text", "json"):
        raise ConfigError("log_format must be 'text' or 'json'")
    if s.log_level.lower() not in _LOG_LEVELS:
        raise ConfigError(f"log_level must be one of {', '.join(_LOG_LEVELS)}, not {s.log_level!r}")
    if "://" in s.bootstrap:
        raise ConfigError(
            f"bootstrap takes host:port[,host:port], without a scheme: {s.bootstrap!r}"
        )
    for server in s.bootstrap.split(","):
        _check_server(server.strip(), s.bootstrap)
    if not s.store.startswith(("memory://", "rocksdb://")):
        raise ConfigError(f"store must be memory:// or rocksdb://, not {s.store!r}")
    # SimHash has 64 bits; beyond 31 most unrelated stories would be "near", and the
    # band index would scan everything.
    if not 0 <= s.dedupe_max_distance <= 31:
        raise ConfigError("dedupe_max_distance must lie in 0..31 (bits of a 64-bit SimHash)")
    _positive(s.dedupe_window_days, "dedupe_window_days")
    _positive(s.fetch_timeout_s, "fetch_timeout_s")
    for name in ("raw_retention_ms", "output_retention_ms"):
        if getattr(s, name) == 0 or getattr(s, name) < -1:
            raise ConfigError(f"{name} must be positive, or -1 for no limit")
    if not _is_host(s.listen_host):
        raise ConfigError(
            f"listen_host must be an address or a host name (127.0.0.1, 0.0.0.0, ::), "
            f"not {s.listen_host!r}"
        )
    for name in ("web_port", "metrics_port"):
        port = getattr(s, name)
        if port is not None and not 1 <= port <= 65535:
            raise ConfigError(f"{name} must lie in 1..65535")
    for name in ("max_body_bytes", "concurrency", "per_host_concurrency", "min_interval_s"):
        if getattr(s, name) < 1:
            raise ConfigError(f"{name} must be at least 1")
    if s.max_redirects < 0:
        raise ConfigError("max_redirects must be at least 0")
    if s.max_interval_s < s.min_interval_s:
        raise ConfigError("max_interval_s must be at least min_interval_s")


_LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


def _is_host(host: str) -> bool:
    """An IPv4 or IPv6 address, or a host name."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?", host) is not None
    return True


def _check_server(server: str, bootstrap: str) -> None:
    """One host:port of the bootstrap list: a host, and a port in 1..65535."""
    host, sep, port = server.rpartition(":")
    if not server or not sep or not host.strip("[]") or not port.isdigit():
        raise ConfigError(f"bootstrap takes host:port[,host:port], not {bootstrap!r}")
    if not 1 <= int(port) <= 65535:
        raise ConfigError(f"bootstrap port must lie in 1..65535, not {port} in {bootstrap!r}")


def _positive(value: float, name: str) -> None:
    if not (math.isfinite(value) and value > 0):
        raise ConfigError(f"{name} must be a finite number above 0, not {value}")


def env_names() -> list[str]:
    """Every environment variable the settings understand (docker-compose is checked against it)."""
    return [ENV_PREFIX + "CONFIG"] + [ENV_PREFIX + f.name.upper() for f in fields(Settings)]
