"""The ontology files and the code agree: every term used is declared, every class has a shape."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.extract import rules
from kg.graph.ontology import load_ontology, load_shapes
from kg.graph.vocab import DCTERMS, DOCTYPE, KG, KG_NS, SH, data_iri, graph_of, iri_segment, report_iri, SHARED_GRAPH


def declared_terms() -> set[str]:
    return {str(s) for s in load_ontology().subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)}


def code_terms() -> set[str]:
    return {KG_NS + name for name in KG.terms}


def test_every_term_in_the_code_is_declared_in_the_ontology():
    assert code_terms() - declared_terms() == set()


def test_every_term_in_the_ontology_is_known_to_the_code():
    assert declared_terms() - code_terms() == set()


def test_a_misspelt_term_raises_instead_of_minting_an_iri():
    with pytest.raises(AttributeError, match="not a term"):
        KG.Meausre  # noqa: B018
    assert KG.Measure == KG_NS + "Measure"


def test_open_namespaces_give_the_term_not_a_string_method():
    assert DCTERMS.title == "http://purl.org/dc/terms/title"


def test_every_declared_term_has_chinese_and_english_labels_and_a_comment():
    ontology = load_ontology()
    for term in map(URIRef, declared_terms()):
        kinds = set(ontology.objects(term, RDF.type))
        if kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}:
            langs = {label.language for label in ontology.objects(term, RDFS.label)}
            assert {"zh", "en"} <= langs, term
            assert ontology.value(term, RDFS.comment) is not None, term


def test_every_document_type_rule_is_a_concept_in_the_ontology():
    ontology = load_ontology()
    for doc_type in rules.DOCUMENT_TYPES:
        concept = URIRef(DOCTYPE[doc_type.id])
        assert (concept, RDF.type, SKOS.Concept) in ontology, doc_type.id
        assert {str(l) for l in ontology.objects(concept, SKOS.prefLabel)} == {doc_type.label_zh, doc_type.label_en}


def test_every_class_has_a_shape():
    ontology, shapes = load_ontology(), load_shapes()
    classes = {str(c) for c in ontology.subjects(RDF.type, OWL.Class)}
    targeted = {str(c) for c in shapes.objects(None, URIRef(SH.targetClass))}
    abstract = {KG.TextUnit, KG.ReportItem, KG.DocumentType, KG.CitationUsage, KG.PassageRole, KG.Qualifier, KG.GovernmentBody,
                KG.Enterprise, KG.Institution}
    # Abstract classes are checked through their subclasses, concepts and organisation kinds
    # through the shapes of the properties that point at them and the organisation shape.
    assert classes - targeted - abstract == set()


def test_instance_iris_stay_readable_and_escape_what_iris_cannot_hold():
    assert data_iri("doc", "渭编发〔2020〕10号") == "https://w3id.org/govkg/id/doc/渭编发〔2020〕10号"
    assert iri_segment('a b/<c>"{d}') == "a%20b%2F%3Cc%3E%22%7Bd%7D"
    assert iri_segment("50%") == "50%25"


@pytest.mark.parametrize("name", ["a\nb", "50%", "x\ufffdy", "x\ufffcy", "片\U000e0100", "a\u200bb", "tab\tname", "\ud800"])
def test_escaped_iris_are_valid_for_rdflib_turtle_and_oxigraph(name: str):
    """One escaping function: every name gives an IRI that Turtle and Oxigraph read back unchanged."""
    import pyoxigraph as ox

    iri = data_iri("org", name)
    assert "%25" not in iri or "%" in name  # a percent sign is escaped once, nothing is escaped twice
    turtle = f"<{iri}> <{RDFS.label}> {Literal('x').n3()} .\n"
    assert str(next(iter(Graph().parse(data=turtle, format="turtle").subjects()))) == iri
    assert next(ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)).subject.value == iri
    ox.NamedNode(iri)  # raises on an invalid IRI


def test_every_subject_of_a_report_lives_in_the_report_graph():
    report = report_iri("r 1")
    assert graph_of(report) == report
    assert graph_of(report + "/measure/1.1") == report
    assert graph_of(data_iri("doc", "甲")) == SHARED_GRAPH
