"""newswire: streaming news ingestion, enrichment and routing."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newswire")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
