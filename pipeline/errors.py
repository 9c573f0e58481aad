"""The small error hierarchy. Third-party errors are wrapped at the boundary."""


class NewswireError(Exception):
    """Base of every error newswire raises on purpose."""


class ConfigError(NewswireError):
    """A setting is missing, malformed or contradicts another."""


class InvalidRecord(NewswireError):
    """A record cannot be decoded or misses required fields."""


class InputError(NewswireError):
    """An input file or stream cannot be read or understood."""


class BrokerError(NewswireError):
    """The local broker cannot be installed, started, stopped or reached."""


class AuthenticationError(BrokerError):
    """The broker refused our credentials: retrying with the same ones cannot help."""


class FetchError(NewswireError):
    """A feed could not be fetched; `kind` names the failure for metrics and backoff."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
