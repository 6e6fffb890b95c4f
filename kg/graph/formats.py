"""Graph file formats: chosen by the output's extension, or named with ``--format``.

Turtle and N-Triples hold triples only: every named graph is merged into one.  TriG, N-Quads
and JSON-LD keep each report's named graph and the shared graph.  Serialisation is
Oxigraph's; the quads are sorted first, so the same graph always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GraphError, OutputError
from .vocab import OUTPUT_PREFIXES

if TYPE_CHECKING:
    import pyoxigraph as ox


@dataclass(frozen=True)
class GraphFormat:
    name: str
    suffixes: tuple[str, ...]
    media_type: str
    named_graphs: bool

    @property
    def rdf_format(self) -> "ox.RdfFormat":
        import pyoxigraph as ox

        return {
            "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
            "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
        }[self.name]


FORMATS: tuple[GraphFormat, ...] = (
    GraphFormat("turtle", (".ttl",), "text/turtle", False),
    GraphFormat("trig", (".trig",), "application/trig", True),
    GraphFormat("nquads", (".nq",), "application/n-quads", True),
    GraphFormat("ntriples", (".nt",), "application/n-triples", False),
    GraphFormat("jsonld", (".jsonld", ".json"), "application/ld+json", True),
)
FORMAT_NAMES = tuple(f.name for f in FORMATS)
_BY_NAME = {f.name: f for f in FORMATS}
_BY_SUFFIX = {suffix: f for f in FORMATS for suffix in f.suffixes}


def format_named(name: str) -> GraphFormat:
    return _BY_NAME[name]


def format_of_output(path: Path, override: str | None = None) -> GraphFormat:
    """The format to write ``path`` in: ``override`` if given, else by its extension."""
    if override is not None:
        return _BY_NAME[override]
    found = _BY_SUFFIX.get(path.suffix.lower())
    if found is None:
        known = ", ".join(s for f in FORMATS for s in f.suffixes)
        raise OutputError(f"unknown graph format {path.suffix or '(no extension)'!r}; use one of {known} or --format", path=path)
    return found


def format_of_file(path: Path) -> GraphFormat:
    """The format of a graph file to read, by its extension (Turtle when it has none we know)."""
    found = _BY_SUFFIX.get(path.suffix.lower())
    if found is None and path.suffix:
        raise GraphError(f"not a graph file this tool reads ({', '.join(_BY_SUFFIX)})", path=path)
    return found or _BY_NAME["turtle"]


def serialize(quads: Iterable["ox.Quad"], fmt: GraphFormat) -> bytes:
    """``quads`` (already in their final order) as bytes of ``fmt``."""
    import pyoxigraph as ox

    data: Iterable[ox.Quad] | Iterable[ox.Triple] = quads if fmt.named_graphs else (q.triple for q in quads)
    prefixes = OUTPUT_PREFIXES if fmt.name in ("turtle", "trig") else None
    return ox.serialize(data, format=fmt.rdf_format, prefixes=prefixes)
