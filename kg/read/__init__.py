"""Stage 1: report files → text.

``find_reports`` turns the sources named on the command line into report files (and the files
it skipped, with why); ``read_report`` reads one into a :class:`~kg.model.SourceText`, the
decoded text every offset in the graph points into.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .files import REPORT_SUFFIXES, Skipped, find_reports, report_id
    from .text import DEFAULT_MAX_BYTES, decode_report, read_report

# The parts are imported when first used: the commands that only read a graph use one helper of
# ``files`` (system_text) and should not pay for the data model that ``text`` brings in.
_PARTS = {"REPORT_SUFFIXES": "files", "Skipped": "files", "find_reports": "files", "report_id": "files",
          "DEFAULT_MAX_BYTES": "text", "decode_report": "text", "read_report": "text"}


def __getattr__(name: str) -> Any:
    if name not in _PARTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_PARTS[name]}", __name__), name)


__all__ = ["DEFAULT_MAX_BYTES", "REPORT_SUFFIXES", "Skipped", "decode_report", "find_reports", "read_report", "report_id"]
