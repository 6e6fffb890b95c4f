"""Run SPARQL over a graph's store and format the results.

Tables are formatted here (CJK characters take two columns); SPARQL JSON, XML, CSV and TSV
results and Turtle / N-Triples for CONSTRUCT and DESCRIBE are Oxigraph's serialisations.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import QueryError
from .formats import rdf_bytes
from .vocab import OUTPUT_PREFIXES

if TYPE_CHECKING:
    import pyoxigraph as ox

    from .store import GraphStore

FORMATS = ("table", "json", "csv", "tsv", "xml", "turtle", "ntriples")
_GRAPH_FORMATS = ("turtle", "ntriples")


def _results_formats() -> dict[str, "ox.QueryResultsFormat"]:
    import pyoxigraph as ox

    return {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}


@dataclass(frozen=True)
class Output:
    """A query's result as text, and whether it is a negative answer (no rows, false, no triples)."""

    text: str
    empty: bool


def read_query(query_or_file: str) -> str:
    """The query text: the argument itself, or the contents of the ``.rq`` file it names."""
    looks_like_file = query_or_file.endswith(".rq") or (
        len(query_or_file) < 500 and "\n" not in query_or_file and "{" not in query_or_file)
    if looks_like_file:
        path = Path(query_or_file)
        if path.is_file():
            try:
                return path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise QueryError(f"cannot read query file: {exc}", path=path) from exc
        if query_or_file.endswith(".rq"):
            raise QueryError("query file not found", path=path)
    return query_or_file


def run_query(store: "GraphStore", text: str, fmt: str = "table") -> Output:
    """Run ``text`` on ``store`` and render its result in ``fmt``."""
    import pyoxigraph as ox

    answer = store.query(text)
    if isinstance(answer, (ox.QueryTriples, list)):  # a list: CONSTRUCT results of a SPARQL endpoint
        triples = list(answer)
        return Output(_graph_text(triples, fmt), not triples)
    if fmt in _GRAPH_FORMATS:
        raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE results; use table, json, csv, tsv or xml")
    if isinstance(answer, ox.QueryBoolean):
        if fmt == "table":
            return Output("true" if answer else "false", not answer)
        return Output(_results_bytes(answer, fmt).decode("utf-8").rstrip("\n"), not answer)
    if fmt == "table":
        names = [v.value for v in answer.variables]
        rows = [[term_text(solution[name]) for name in names] for solution in answer]
        return Output(format_table(names, rows), not rows)
    data = _results_bytes(answer, fmt)
    return Output(data.decode("utf-8").rstrip("\r\n"), _no_rows(data, fmt))


def _no_rows(data: bytes, fmt: str) -> bool:
    """Whether serialised SELECT results hold no row (read back, as the solutions are consumed)."""
    import pyoxigraph as ox

    if fmt in ("csv", "tsv"):  # a header line, then one line per row; CSV cannot be parsed back
        return not data.partition(b"\n")[2].strip()
    results = ox.parse_query_results(data, format=_results_formats()[fmt])
    if isinstance(results, ox.QueryBoolean):
        return not results
    return not any(True for _ in results)


def _results_bytes(answer: "ox.QuerySolutions | ox.QueryBoolean", fmt: str) -> bytes:
    data = answer.serialize(format=_results_formats()[fmt])
    assert data is not None  # no output file was given, so Oxigraph returns the bytes
    return data


def _graph_text(triples: list["ox.Triple"], fmt: str) -> str:
    import pyoxigraph as ox

    if fmt in ("table", "turtle"):
        return rdf_bytes(triples, ox.RdfFormat.TURTLE, OUTPUT_PREFIXES).decode("utf-8")
    if fmt == "ntriples":
        return rdf_bytes(triples, ox.RdfFormat.N_TRIPLES).decode("utf-8")
    raise QueryError(f"--format {fmt} is for SELECT and ASK results; use turtle or ntriples for a graph")


def term_text(term: object) -> str:
    """A result cell as text: an IRI or a literal's lexical form, empty when unbound."""
    if term is None:
        return ""
    value = getattr(term, "value", None)
    return str(value) if value is not None else str(term)


def format_table(names: list[str], rows: list[list[str]]) -> str:
    """A plain text table, columns padded to the widest cell (CJK characters count double)."""
    cells = [names] + [[" ".join(c.split()) for c in row] for row in rows]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(names))]
    lines = [_table_row(row, widths) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _table_row(row: list[str], widths: list[int]) -> str:
    return "  ".join(cell + " " * (width - display_width(cell)) for cell, width in zip(row, widths)).rstrip()


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
