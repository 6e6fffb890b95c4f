"""Print the README's tables of kg's own classes and properties, read from ontology/kg.ttl.

The README holds this output between the markers <!-- vocabulary --> and <!-- /vocabulary -->;
tests/test_readme.py checks that it is current.  Run: python scripts/vocabulary_tables.py --write
"""

from __future__ import annotations

import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.graph.ontology import ontology_file
from kg.graph.vocab import KG_NS, compact


def label(graph: Graph, term: URIRef, language: str) -> str:
    return next((str(l) for l in graph.objects(term, RDFS.label) if getattr(l, "language", None) == language), "")


def comment(graph: Graph, term: URIRef) -> str:
    return next((str(c) for c in graph.objects(term, RDFS.comment) if getattr(c, "language", None) == "en"), "")


def tables() -> str:
    graph = Graph().parse(ontology_file(), format="turtle")
    own = lambda kind: sorted(t for t in graph.subjects(RDF.type, kind) if str(t).startswith(KG_NS))  # noqa: E731
    lines = ["Classes:", "", "| class | 中文 | extends | meaning |", "|---|---|---|---|"]
    for term in own(OWL.Class):
        parents = ", ".join(sorted(compact(str(p)) for p in graph.objects(term, RDFS.subClassOf)))
        lines.append(f"| {compact(str(term))} | {label(graph, term, 'zh')} | {parents} | {comment(graph, term)} |")
    lines += ["", "Properties:", "", "| property | 中文 | extends | meaning |", "|---|---|---|---|"]
    for term in own(OWL.ObjectProperty) + own(OWL.DatatypeProperty):
        parents = ", ".join(sorted(compact(str(p)) for p in graph.objects(term, RDFS.subPropertyOf)))
        lines.append(f"| {compact(str(term))} | {label(graph, term, 'zh')} | {parents} | {comment(graph, term)} |")
    return "\n".join(lines)


def update_readme(readme: Path) -> None:
    """Put the tables between the README's <!-- vocabulary --> markers."""
    text = readme.read_text(encoding="utf-8")
    begin, end = "<!-- vocabulary -->\n", "\n<!-- /vocabulary -->"
    head, rest = text.split(begin, 1)
    _old, tail = rest.split(end, 1)
    readme.write_text(head + begin + tables() + end + tail, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        update_readme(Path(__file__).resolve().parent.parent / "README.md")
    else:
        print(tables())
