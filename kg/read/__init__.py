"""Stage 1: report files → text.

``find_reports`` turns the sources named on the command line into report files (and the files
it skipped, with why); ``read_report`` reads one into a :class:`~kg.model.SourceText`, the
decoded text every offset in the graph points into.
"""

from .files import REPORT_SUFFIXES, Skipped, find_reports, report_id
from .text import DEFAULT_MAX_BYTES, decode_report, read_report

__all__ = ["DEFAULT_MAX_BYTES", "REPORT_SUFFIXES", "Skipped", "decode_report", "find_reports", "read_report", "report_id"]
