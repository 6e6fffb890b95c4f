"""The error hierarchy: every error carries the file (and where known the line) it concerns.

Exit codes used by the CLI: 0 success, 1 a negative answer (violations, no results),
2 an error (bad input, unreadable graph, malformed query).
"""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(KgError):
    """A source report that cannot be read: empty, binary, undecodable or without structure."""


class GraphError(KgError):
    """A graph file that is missing or cannot be parsed."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run."""
