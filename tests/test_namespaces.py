"""The ontology files and the code agree: every term used is declared, every class has a shape."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, URIRef

from kg import iris, rules
from kg.namespaces import DOCTYPE, KG, data_iri, iri_part
from kg.ontology import load_ontology, load_shapes
from kg.namespaces import SH


def declared_terms() -> set[URIRef]:
    ontology = load_ontology()
    return {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG._NS))}


def test_every_term_in_the_code_is_declared_in_the_ontology():
    code_terms = {URIRef(str(KG._NS) + name) for name in KG.__annotations__}
    assert code_terms - declared_terms() == set()


def test_every_term_in_the_ontology_is_known_to_the_code():
    code_terms = {URIRef(str(KG._NS) + name) for name in KG.__annotations__}
    assert declared_terms() - code_terms == set()


def test_every_declared_term_has_chinese_and_english_labels_and_a_comment():
    ontology = load_ontology()
    for term in declared_terms():
        kinds = set(ontology.objects(term, RDF.type))
        if kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}:
            langs = {label.language for label in ontology.objects(term, RDFS.label)}
            assert {"zh", "en"} <= langs, term
            assert ontology.value(term, RDFS.comment) is not None, term


def test_every_document_type_rule_is_a_concept_in_the_ontology():
    ontology = load_ontology()
    for doc_type in rules.DOCUMENT_TYPES:
        concept = DOCTYPE[doc_type.id]
        assert (concept, RDF.type, SKOS.Concept) in ontology, doc_type.id
        assert {str(l) for l in ontology.objects(concept, SKOS.prefLabel)} == {doc_type.label_zh, doc_type.label_en}


def test_every_class_has_a_shape():
    ontology, shapes = load_ontology(), load_shapes()
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class)}
    targeted = set(shapes.objects(None, SH.targetClass))
    abstract = {KG.TextUnit, KG.ReportItem, KG.DocumentType, KG.CitationUsage, KG.Qualifier, KG.GovernmentBody,
                KG.Enterprise, KG.Institution}
    # Abstract classes are checked through their subclasses, concepts and organisation kinds
    # through the shapes of the properties that point at them and the organisation shape.
    assert classes - targeted - abstract == set()


def test_plain_string_iris_match_the_rdflib_namespaces():
    assert iris.KG == str(KG._NS)
    assert iris.DOCTYPE == str(DOCTYPE)


def test_instance_iris_stay_readable_and_escape_what_iris_cannot_hold():
    assert str(data_iri("doc", "渭编发〔2020〕10号")) == "https://w3id.org/govkg/id/doc/渭编发〔2020〕10号"
    assert iri_part('a b/<c>"{d}') == "a%20b%2F%3Cc%3E%22%7Bd%7D"
