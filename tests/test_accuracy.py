"""Precision and recall against gold written by reading (tests/gold/reports, see GUIDELINES.md).

The floors sit just under the scores kg reaches today, per category and split, so that a
regression fails; they are raised when extraction improves.  The test split is never used to
tune rules.  ``make bench`` prints the full table.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from kg.evaluate import CATEGORIES, ReportGold, evaluate, item_key, totals

from .conftest import GOLD, ROOT

GOLD_FILES = sorted((GOLD / "reports").glob("*.json"))
# (precision, recall) floors per category, for the dev and the test split.
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "dev": {
        "items": (0.94, 0.97), "items+kind": (0.93, 0.96), "documents": (0.92, 0.75), "laws without 《》": (0.98, 0.98),
        "organisations": (0.82, 0.80), "organisations+class": (0.77, 0.75), "enterprises": (0.72, 0.70),
        "figures": (0.93, 0.94), "header": (0.98, 0.96),
    },
    "test": {
        "items": (0.88, 0.97), "items+kind": (0.89, 0.98), "documents": (0.87, 0.53), "laws without 《》": (0.86, 0.86),
        "organisations": (0.73, 0.71), "organisations+class": (0.70, 0.68), "enterprises": (0.65, 0.60),
        "figures": (0.95, 0.92), "header": (0.95, 0.85),
    },
}


@pytest.fixture(scope="module")
def golds() -> list[ReportGold]:
    return [ReportGold.load(path, ROOT) for path in GOLD_FILES]


@pytest.fixture(scope="module")
def results(golds: list[ReportGold]):
    return evaluate(golds, workers=os.cpu_count() or 1)  # in as many processes as there are cores


def test_there_is_gold_for_the_bundled_report_and_both_corpus_folders(golds: list[ReportGold]):
    ids = {g.id for g in golds}
    assert "weinan-gaoxin-2020-fazhi" in ids
    assert len(golds) >= 16
    assert {g.split for g in golds} == {"dev", "test"}
    assert any("2026年" in g.file.name for g in golds) and any(g.file.name.endswith(("_2010.txt", "_2019.txt")) for g in golds)


@pytest.mark.parametrize("path", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])
def test_gold_quotes_the_text_verbatim(path: Path):
    """Every string a gold file quotes is in its text, so the gold describes this very text."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / gold["file"]).read_text(encoding="utf-8")
    assert "by reading" in gold["made"]
    # A file made for some categories only says which; the others must then be absent.
    scope = gold.get("scope", CATEGORIES)
    assert set(scope) <= set(CATEGORIES)
    assert ("items" in scope) == ("items" in gold) and ("enterprises" in scope) == ("enterprises" in gold)
    for item in gold.get("items", []):
        assert item["starts_with"] in text, item
        assert item["kind"] in ("measure", "problem", "plan")
    region_begin = text.find(gold["region"]["from"])
    region_end = text.find(gold["region"]["to"], region_begin) + len(gold["region"]["to"])
    assert 0 <= region_begin < region_end
    region = text[region_begin:region_end]
    for figure in gold.get("figures", []):
        assert figure["quote"] in region, figure
    for organisation in gold["organisations"]:
        assert organisation["name"] in text, organisation
    for name in gold.get("enterprises", []):
        assert name in text, name


@pytest.mark.parametrize("split", ["dev", "test"])
@pytest.mark.parametrize("category", CATEGORIES)
def test_scores_stay_above_their_floors(results, golds: list[ReportGold], split: str, category: str):
    summed = totals(results, [g.id for g in golds if g.split == split])[category]
    floor_p, floor_r = FLOORS[split][category]
    detail = f"{category} ({split}): P {summed.precision:.1%} R {summed.recall:.1%}\nmissed: {summed.missed[:20]}\nextra: {summed.extra[:20]}"
    assert summed.precision >= floor_p, detail
    assert summed.recall >= floor_r, detail


def test_the_scorer_can_fail(golds: list[ReportGold], results):
    """A graph that misses every item scores zero recall: the metric measures something."""
    from kg.evaluate import _items

    gold = next(g for g in golds if g.id == "weinan-gaoxin-2020-fazhi")
    empty = _items(gold.data, [])
    assert empty["items"].recall == 0.0 and empty["items"].expected == len(gold.data["items"])
    assert results[gold.id]["items"].recall > 0.5


def test_item_keys_ignore_markers():
    assert item_key("一是精简审批事项") == item_key("精简审批事项")
    assert item_key("（三）加强监督") == item_key("加强监督")


def test_every_document_number_in_the_bundled_report_is_a_document_node(bundled_graph):
    from rdflib import URIRef

    from kg.extract import rules
    from kg.extract.documents import normalise_number
    from kg.graph.vocab import KG

    text = (ROOT / "data" / "reports" / "weinan-gaoxin-2020-fazhi.txt").read_text(encoding="utf-8")
    numbers = {normalise_number(m.group()).canonical for m in re.finditer(rules.DOCUMENT_NUMBER_PATTERN, text)}
    assert len(numbers) == 7
    documents = {str(n): str(s) for s, n in bundled_graph.subject_objects(URIRef(KG.documentNumber))}
    assert numbers <= set(documents)
