"""Logging for the poller daemon: human text or JSON lines (settings.log_format)."""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any

from ..settings import SECRET_FIELDS, Settings

_STANDARD = set(vars(logging.makeLogRecord({})))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        # Fields passed as logging extra={...} (feed, kind, ...) become JSON keys.
        out.update({k: v for k, v in vars(record).items() if k not in _STANDARD and k != "message"})
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, default=str, ensure_ascii=False)


def configure_logging(settings: Settings, stream=None) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("newswire")
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    root.propagate = False
    # kafka-python is chatty at INFO and loud at ERROR while a broker is down, which we
    # already report once per incident ourselves: its records stay off our output. Its
    # warnings must still be created, though: pipeline.kafka reads a refused SASL login
    # from them (a CRITICAL level here turned a wrong password into a retry loop).
    kafka_log = logging.getLogger("kafka")
    kafka_log.setLevel(logging.WARNING)
    kafka_log.propagate = False
    redact_secrets(settings)


def _secret_forms(secret: str) -> set[str]:
    """A secret as it may appear in a log line: as is, in a str repr, in a bytes repr."""
    forms = {secret, repr(secret)[1:-1], repr(secret.encode("utf-8", "replace"))[2:-1]}
    return {f for f in forms if f}


def redact_secrets(settings: Settings) -> None:
    """Every log record created from now on has the settings' secrets replaced by '***'.

    Client libraries log what they send at debug level, the SASL handshake included
    (kafka-python: SaslAuthenticateRequest(sasl_auth_bytes=b'\\x00user\\x00password')),
    so redaction happens where every record is made, whatever logger or handler.
    """
    secrets = set()
    for name in SECRET_FIELDS:
        value = getattr(settings, name)
        if value:
            secrets |= _secret_forms(value)
    if not secrets:
        return
    ordered = sorted(secrets, key=len, reverse=True)
    previous = logging.getLogRecordFactory()
    if getattr(previous, "newswire_redacts", None) == ordered:
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the logging module's problem
            return record
        if any(s in message for s in ordered):
            for s in ordered:
                message = message.replace(s, "***")
            record.msg, record.args = message, None
        return record

    factory.newswire_redacts = ordered  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)
