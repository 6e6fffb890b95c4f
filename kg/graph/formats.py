"""Graph file formats: chosen by the output's extension, or named with ``--format``.

Turtle and N-Triples hold triples only: every named graph is merged into one.  TriG, N-Quads
and JSON-LD keep each report's named graph and the shared graph.  Serialisation is
Oxigraph's; the quads are sorted first, so the same graph always gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import GraphError, OutputError
from .vocab import OUTPUT_PREFIXES

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph


@dataclass(frozen=True)
class GraphFormat:
    name: str
    title: str
    suffixes: tuple[str, ...]
    media_type: str
    named_graphs: bool

    @property
    def rdf_format(self) -> ox.RdfFormat:
        return {
            "turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
            "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
        }[self.name]


FORMATS: tuple[GraphFormat, ...] = (
    GraphFormat("turtle", "Turtle", (".ttl",), "text/turtle", False),
    GraphFormat("trig", "TriG", (".trig",), "application/trig", True),
    GraphFormat("nquads", "N-Quads", (".nq",), "application/n-quads", True),
    GraphFormat("ntriples", "N-Triples", (".nt",), "application/n-triples", False),
    GraphFormat("jsonld", "JSON-LD", (".jsonld", ".json"), "application/ld+json", True),
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


def serialize(quads: Iterable[ox.Quad], fmt: GraphFormat) -> bytes:
    """``quads`` (already in their final order) as bytes of ``fmt``."""
    data: Iterable[ox.Quad] | Iterable[ox.Triple] = quads if fmt.named_graphs else (q.triple for q in quads)
    prefixes = OUTPUT_PREFIXES if fmt.name in ("turtle", "trig") else None
    return rdf_bytes(data, fmt.rdf_format, prefixes)


def serialize_graphs(graphs: Iterable[tuple[str, list[ox.Quad]]], fmt: GraphFormat) -> tuple[list[bytes], int]:
    """Graphs as ``graphs`` yields them, serialised one at a time, as the chunks of one file in
    the order of their graph IRIs, and how many quads they hold.

    Concatenated, the chunks are the bytes ``serialize`` gives for all the quads at once: every
    subject lives in one graph, and Turtle and TriG declare their prefixes in the first chunk
    only.  JSON-LD, one document, is serialised whole.
    """
    kept = sorted(((iri, quads) for iri, quads in graphs), key=lambda chunk: chunk[0]) \
        if fmt.name == "jsonld" else None
    if kept is not None:
        quads = [quad for _iri, graph in kept for quad in graph]
        return [serialize(quads, fmt)], len(quads)
    chunks: dict[str, bytes] = {}
    count = 0
    for iri, quads in graphs:
        chunks[iri] = serialize(quads, fmt)
        count += len(quads)
    return join_chunks(chunks), count


def join_chunks(chunks: dict[str, bytes]) -> list[bytes]:
    """Each graph's serialisation (by graph IRI) as the chunks of one file: in the order of the
    IRIs, with the prefixes declared once, at the top."""
    ordered = [chunks[iri] for iri in sorted(chunks)]
    return [ordered[0]] + [_without_prefixes(chunk) for chunk in ordered[1:]]


def _without_prefixes(chunk: bytes) -> bytes:
    """A Turtle or TriG chunk without the @prefix lines the first chunk already declares."""
    lines = chunk.split(b"\n")
    at = 0
    while at < len(lines) and lines[at].startswith(b"@prefix "):
        at += 1
    return b"\n".join(lines[at:])


def rdf_bytes(data: Iterable[ox.Quad] | Iterable[ox.Triple], rdf_format: ox.RdfFormat,
              prefixes: dict[str, str] | None = None) -> bytes:
    """Oxigraph's serialisation of ``data`` as bytes."""
    written = ox.serialize(data, format=rdf_format, prefixes=prefixes)
    assert written is not None  # no output file was given, so Oxigraph returns the bytes
    return written


def term_value(term: Term) -> str:
    """The IRI, blank node id or lexical form of a term (a quoted triple as N-Triples)."""
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term.value
    return str(term)
