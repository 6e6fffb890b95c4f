"""Precision and recall on the bundled report against the hand-written expected results."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.evaluate import evaluate

EXPECTED = Path(__file__).parent / "expected" / "weinan-gaoxin-2020-fazhi.json"
TARGETS = {"measures+items": 0.95, "documents": 0.95, "document numbers": 0.95, "enterprises": 0.95,
           "figures": 0.90, "citation usage": 0.90}


@pytest.fixture(scope="module")
def scores(bundled_graph: Graph):
    return {s.name: s for s in evaluate(bundled_graph, EXPECTED)}


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_precision_and_recall_meet_the_target(scores, name: str):
    result = scores[name]
    detail = f"{result}\nmissed: {result.missed}\nextra: {result.extra}"
    assert result.precision >= TARGETS[name], detail
    assert result.recall >= TARGETS[name], detail


def test_every_document_number_in_the_text_is_a_document_node(bundled_graph: Graph):
    import re

    from kg import rules
    from kg.documents import normalise_number
    from kg.namespaces import KG

    text = (Path(__file__).parent.parent / "data" / "reports" / "weinan-gaoxin-2020-fazhi.txt").read_text(encoding="utf-8")
    numbers = {normalise_number(m.group()).canonical for m in re.finditer(rules.DOCUMENT_NUMBER_PATTERN, text)}
    assert len(numbers) == 7
    for number in numbers:
        nodes = [n for n in bundled_graph.subjects(KG.documentNumber, None) if str(bundled_graph.value(n, KG.documentNumber)) == number]
        assert nodes and all((n, None, KG.Document) for n in nodes), number
