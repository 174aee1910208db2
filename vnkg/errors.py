"""vnkg's exceptions, in one place, each with a message that names the thing and the fix."""

from __future__ import annotations


class VnkgError(Exception):
    """Base of every error vnkg raises on purpose."""


class InputError(VnkgError):
    """An input file (or one line of it) cannot be read as an article."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class StoreError(VnkgError):
    """A store cannot be opened, read or written."""


class QueryError(VnkgError):
    """A SPARQL query is unknown, malformed or failed."""


class ExportError(VnkgError):
    """An export cannot be written."""


class UsageError(VnkgError):
    """The caller asked for something that does not exist (a format, a store kind…)."""
