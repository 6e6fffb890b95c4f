"""Run SPARQL over a graph and format the results as a table, SPARQL JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path
from typing import cast

from rdflib import Graph
from rdflib.query import Result, ResultRow

from .errors import QueryError
from .namespaces import PREFIXES

FORMATS = ("table", "json", "csv")


def read_query(query_or_file: str) -> str:
    """The query text: the argument itself, or the contents of the ``.rq`` file it names."""
    if query_or_file.endswith(".rq") or (len(query_or_file) < 500 and "\n" not in query_or_file and Path(query_or_file).is_file()):
        path = Path(query_or_file)
        if not path.is_file():
            raise QueryError("query file not found", path=path)
        return path.read_text(encoding="utf-8")
    return query_or_file


def run_query(graph: Graph, query: str) -> Result:
    """Run ``query``; the project's prefixes (kg:, org:, prov:, …) are predeclared."""
    try:
        return graph.query(query, initNs={k: v for k, v in PREFIXES.items()})
    except Exception as exc:  # rdflib raises pyparsing and other errors for bad queries
        message = " ".join(str(exc).split()) or type(exc).__name__
        raise QueryError(f"bad SPARQL query: {message[:300]}") from exc


def term_text(term: object) -> str:
    """A result cell as text: an IRI or a literal's lexical form, empty when unbound."""
    return "" if term is None else str(term)


def format_result(result: Result, fmt: str) -> str:
    """Render a query result; ``json`` is the SPARQL 1.1 Query Results JSON format."""
    if fmt == "json":
        if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
            raise QueryError("JSON results are for SELECT and ASK queries; use --format table")
        data = cast(bytes, result.serialize(format="json"))  # bytes when no destination is given
        return json.dumps(json.loads(data), ensure_ascii=False, indent=2)
    if result.type == "ASK":
        return "true" if result.askAnswer else "false"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return cast(Graph, result.graph).serialize(format="turtle")  # set for graph results
    names = [str(v) for v in result.vars or []]
    rows = [[term_text(row[i]) for i in range(len(names))] for row in _select_rows(result)]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buffer.getvalue().rstrip("\n")
    return format_table(names, rows)


def _select_rows(result: Result) -> list[ResultRow]:
    """A SELECT result's rows; iterating a result is typed for triples and ASK answers too."""
    return [row for row in result if isinstance(row, ResultRow)]


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
