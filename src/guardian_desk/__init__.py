"""Guardian Desk: case management for legal-aid teams representing displaced children."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("guardian-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
