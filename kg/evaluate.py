"""Compare a built graph with a hand-written expected-results file: precision and recall.

The expected file (JSON, see ``tests/expected/``) lists a report's items, citations,
enterprises and figures as a reader found them.  Facts are compared by what they are, not by
IRI: an item by its path, kind and opening words; a citation by the unit citing it and the
document's title or number; a figure by its unit, value and unit of measure.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from rdflib import DCTERMS, RDF, RDFS, Graph, URIRef
from rdflib.term import Node

from .documents import title_key
from .namespaces import KG

_ITEM_KIND = {KG.Measure: "measure", KG.Problem: "problem", KG.Plan: "plan"}
_USAGE = {KG.Issued: "issued", KG.Followed: "followed", KG.Cited: "cited"}
_USAGE_ORDER = ("issued", "followed", "cited")

# A fact as compared: the strings that identify it (a unit's path, a title, a value, ...).
Fact = tuple[str, ...]


@dataclass(frozen=True)
class Score:
    """Counts for one kind of fact; ``missed`` and ``extra`` name what differs."""

    name: str
    expected: int
    found: int
    correct: int
    missed: tuple[str, ...]
    extra: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    def __str__(self) -> str:
        return (f"{self.name:<18} precision {self.precision:6.1%}  recall {self.recall:6.1%}  "
                f"({self.correct} correct of {self.found} found, {self.expected} expected)")


def score(name: str, expected: Counter[Fact], found: Counter[Fact]) -> Score:
    correct = expected & found
    missed = tuple(sorted(str(k) for k in (expected - correct).elements()))
    extra = tuple(sorted(str(k) for k in (found - correct).elements()))
    return Score(name, sum(expected.values()), sum(found.values()), sum(correct.values()), missed, extra)


def evaluate(graph: Graph, expected_file: Path) -> list[Score]:
    """Scores for items, documents, document numbers, citation usage, enterprises and figures."""
    gold = json.loads(expected_file.read_text(encoding="utf-8"))
    return [
        _items(graph, gold),
        *_citations(graph, gold),
        _enterprises(graph, gold),
        _figures(graph, gold),
    ]


def _path_of(graph: Graph, unit: Node | None) -> str:
    if unit is None:
        return ""
    path = graph.value(unit, KG.path)
    return str(path) if path is not None else ""


def _items(graph: Graph, gold: dict[str, Any]) -> Score:
    """An item is right when its path and kind match and its text starts as the reader wrote."""
    openings = {(i["path"], i["kind"]): i["starts_with"] for i in gold["items"]}
    found: Counter[Fact] = Counter()
    for cls, kind in _ITEM_KIND.items():
        for item in graph.subjects(RDF.type, cls):
            path, text = _path_of(graph, item), str(graph.value(item, KG.text))
            opening = openings.get((path, kind))
            found[(path, kind, opening if opening and text.startswith(opening) else text[:12])] += 1
    return score("measures+items", Counter((i["path"], i["kind"], i["starts_with"]) for i in gold["items"]), found)


def _citations(graph: Graph, gold: dict[str, Any]) -> list[Score]:
    documents: Counter[Fact] = Counter()
    numbers: Counter[Fact] = Counter()
    usage_rank: dict[tuple[str, str], int] = {}
    for mention in graph.subjects(KG.usage, None):
        doc = graph.value(mention, KG.mentionOf)
        unit = _path_of(graph, graph.value(mention, KG.inUnit))
        titles = sorted(title_key(str(t)) for t in graph.objects(doc, DCTERMS.title))
        number = graph.value(doc, KG.documentNumber)
        key = (unit, titles[0] if titles else str(number))
        documents[key] = 1
        # A document cited twice in one unit counts once, with its strongest use (issued > followed > cited).
        rank = _USAGE_ORDER.index(_USAGE[cast(URIRef, graph.value(mention, KG.usage))])
        usage_rank[key] = min(rank, usage_rank.get(key, rank))
        if number is not None:
            numbers[(unit, str(number))] = 1
    usages: Counter[Fact] = Counter({key + (_USAGE_ORDER[rank],): 1 for key, rank in usage_rank.items()})
    expected_docs: Counter[Fact] = Counter(
        (c["unit"], title_key(c["title"]) if c["title"] else c["number"]) for c in gold["citations"]
    )
    expected_numbers: Counter[Fact] = Counter((c["unit"], c["number"]) for c in gold["citations"] if c["number"])
    expected_usage: Counter[Fact] = Counter(
        (c["unit"], title_key(c["title"]) if c["title"] else c["number"], c["usage"]) for c in gold["citations"]
    )
    return [
        score("documents", expected_docs, documents),
        score("document numbers", expected_numbers, numbers),
        score("citation usage", expected_usage, usages),
    ]


def _enterprises(graph: Graph, gold: dict[str, Any]) -> Score:
    found: Counter[Fact] = Counter()
    for unit, org in graph.subject_objects(KG.mentions):
        if (org, RDF.type, KG.Enterprise) in graph:
            found[(str(graph.value(org, RDFS.label)), _path_of(graph, unit))] = 1
    expected: Counter[Fact] = Counter((e["name"], unit) for e in gold["enterprises"] for unit in e["units"])
    return score("enterprises", expected, found)


def _figures(graph: Graph, gold: dict[str, Any]) -> Score:
    found: Counter[Fact] = Counter()
    for figure in graph.subjects(RDF.type, KG.Figure):
        value = Decimal(str(graph.value(figure, KG.value)))
        found[(_path_of(graph, graph.value(figure, KG.figureOf)), _number(value), str(graph.value(figure, KG.unit)))] += 1
    expected: Counter[Fact] = Counter((f["unit"], _number(Decimal(f["value"])), f["unit_of_measure"]) for f in gold["figures"])
    return score("figures", expected, found)


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")
