"""kg show and kg search: entity cards and text search, on the bundled report and a corpus report.

Cards and hits are checked against what rdflib finds in the same graph file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, URIRef

from kg.graph.cards import search, show
from kg.graph.store import open_store
from kg.graph.network import NETWORK_NODE_TYPES
from kg.graph.vocab import KG_NS as KG

from .conftest import CORPUS, corpus_or_skip

CORPUS_REPORT = CORPUS / "深圳市政府工作报告_2021年.txt"


def test_show_enterprise_card(run):
    result = run("show", "北人印机")
    assert result.exit_code == 0
    assert "Enterprise" in result.output
    assert "kg:mentions (提到)" in result.output
    assert "1.3.1 [1467–1471] «北人印机»" in result.output or "«北人印机»" in result.output


@pytest.mark.parametrize("name", ["渭编发〔2020〕10号", "渭编发[2020]10号", "渭编发（2020）10号",
                                  "https://w3id.org/govkg/id/doc/渭编发〔2020〕10号", "《渭南市市本级五个领域综合执法改革实施方案》"])
def test_show_document_by_number_title_or_iri(run, name: str):
    result = run("show", name, "--json")
    assert result.exit_code == 0, result.output
    card = json.loads(result.output)
    assert card["iri"] == "https://w3id.org/govkg/id/doc/渭编发〔2020〕10号"
    assert card["type"] == "Document"
    assert {"property": "kg:documentNumber", "value": "渭编发〔2020〕10号"}.items() <= next(
        p for p in card["properties"] if p["property"] == "kg:documentNumber").items()
    assert any(r["property"] == "kg:documentType" and r["value"] == "方案" for r in card["outgoing"])
    assert any(r["iri"].endswith("/measure/3.1.1") for r in card["incoming"])
    assert any("渭编发〔2020〕10号" in s["quote"] for s in card["sources"])


def test_show_a_measure_by_path_and_a_person_by_name(run):
    measure = json.loads(run("show", "3.1.1", "--json").output)
    assert measure["type"] == "Measure"
    assert any(p["property"] == "kg:text" and p["value"].startswith("按照《渭南市市本级") for p in measure["properties"])
    assert any(r["property"] == "kg:cites" for r in measure["outgoing"])
    person = json.loads(run("show", "薛清军", "--json").output)
    assert person["type"] == "Person"
    assert any(r["property"] == "kg:signer" for r in person["incoming"])


def test_show_a_part_of_a_name_is_enough(run):
    result = run("show", "北人印")
    assert result.exit_code == 0 and "北人印机" in result.output


def test_show_unknown_suggests_the_closest_names_and_exits_1(run):
    result = run("show", "北人印刷机")
    assert result.exit_code == 1
    assert "nothing in the graph is named" in result.output
    assert "closest names: 北人印机" in result.output
    nothing = run("show", "完全不存在的东西")
    assert nothing.exit_code == 1 and "closest names" not in nothing.output


def test_search_finds_entities_and_measures(run):
    result = run("search", "北人")
    assert result.exit_code == 0
    assert "Enterprise  北人印机" in result.output
    assert "Measure 1.3.1" in result.output and "Measure 1.3.4" in result.output
    hits = json.loads(run("search", "北人", "--json").output)
    assert {h["type"] for h in hits} == {"Enterprise", "Measure"}
    assert all("北人" in h["snippet"] for h in hits)
    assert run("search", "这段文字不在报告里").exit_code == 1


def test_search_is_case_insensitive_for_latin_text(run):
    assert run("search", "3d打印").exit_code == 0


# --- a corpus report ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    from kg.build import build

    corpus_or_skip()

    path = tmp_path_factory.mktemp("corpus-show") / "graph.ttl"
    build([CORPUS_REPORT], path)
    return open_store(path), Graph().parse(path, format="turtle")


@pytest.mark.corpus
def test_cards_of_every_mentioned_organisation_match_the_graph(corpus):
    store, graph = corpus
    organisations = sorted({o for o in graph.objects(None, URIRef(KG + "mentionOf"))
                            if (o, RDF.type, URIRef("http://www.w3.org/ns/org#Organization")) in graph})
    assert organisations
    for org in organisations[:15]:
        card = show(str(org), store)
        assert card is not None and card.iri == str(org)
        assert card.label == str(graph.value(org, RDFS.label))
        mentions = set(graph.subjects(URIRef(KG + "mentionOf"), org))
        assert len(card.sources) == len(mentions)
        assert {s["quote"] for s in card.sources} == {str(graph.value(m, URIRef(KG + "quote"))) for m in mentions}
        mentioning = {str(u) for u in graph.subjects(URIRef(KG + "mentions"), org)}
        assert {r.iri for r in card.incoming if r.property == "kg:mentions"} == mentioning


@pytest.mark.corpus
def test_card_by_name_finds_the_same_node_as_by_iri(corpus):
    store, graph = corpus
    document = sorted(graph.subjects(RDF.type, URIRef(KG + "Document")))[0]
    by_iri = show(str(document), store)
    by_name = show(str(graph.value(document, RDFS.label)), store)
    assert by_iri is not None and by_name is not None and by_name.iri == by_iri.iri


@pytest.mark.corpus
@pytest.mark.parametrize("needle_index", [0, 1, 2])
def test_search_matches_rdflib_substring_search(corpus, needle_index: int):
    store, graph = corpus
    enterprises = sorted(str(graph.value(e, RDFS.label)) for e in graph.subjects(RDF.type, URIRef(KG + "Enterprise")))
    needles = [name[:2] for name in enterprises] + ["改革", "发展", "建设"]
    needle = needles[needle_index % len(needles)]
    classes = {URIRef(iri) for iri, name in NETWORK_NODE_TYPES if name != "Figure"}
    expected = set()
    for node in set(graph.subjects(RDF.type, None)):
        if not classes & set(graph.objects(node, RDF.type)):
            continue
        values = [graph.value(node, RDFS.label), graph.value(node, URIRef(KG + "text"))]
        if any(v is not None and needle.lower() in str(v).lower() for v in values):
            expected.add(str(node))
    hits = search(needle, store, limit=10_000)
    assert {h.iri for h in hits} == expected


def test_a_text_unit_card_gives_its_own_text_as_source(run):
    card = json.loads(run("show", "3.1.1", "--json").output)
    own = card["sources"][0]
    assert own["unit"] == card["iri"] and own["path"] == "3.1.1"
    assert own["quote"].startswith("按照《渭南市市本级五个领域综合执法改革实施方案》") and own["end"] > own["begin"]
