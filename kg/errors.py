"""The error hierarchy: every error carries the file (and where known the line) it concerns.

The command line prints an error as one line and exits with its code: 0 success, 1 a negative
answer (violations, no results), 2 an error (bad input, unreadable graph, malformed query,
an output that cannot be written).
"""

from __future__ import annotations

import os
from pathlib import Path


def shown_path(path: str | Path | bytes) -> str:
    """A path as one printable line: bytes that are not text and control characters escaped.

    File names on Chinese systems may be GBK bytes and may hold newlines; an error message
    must still be one line that names the file recognisably.
    """
    if isinstance(path, bytes):
        text = path.decode("utf-8", "backslashreplace")
    else:
        raw = os.fsencode(path)
        text = raw.decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped."""
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in text)


class KgError(Exception):
    """Base class: a problem the user can fix, reported as one line."""

    exit_code = 2

    def __init__(self, message: str, *, path: str | Path | bytes | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = shown_path(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where += f":{self.line}"
        message = one_line(self.message)
        return f"{where}: {message}" if where else message


class InputError(KgError):
    """A source report that cannot be read: empty, binary, undecodable, too large, unsupported."""


class OutputError(KgError):
    """An output that must not or cannot be written (an input, a device, a read-only file)."""


class GraphError(KgError):
    """A graph file that is missing or cannot be parsed."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or run."""


class EndpointError(KgError):
    """A SPARQL server that cannot be reached or answers with an error."""
