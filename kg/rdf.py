"""Stage 4: turn extractions into RDF.  The one place where triples are written.

Entities are resolved here: one document node per 文号 (or per title when it has none), one
organisation node per name, across all reports of a build.  Every measure, mention and
figure carries its source file, offsets and quoted text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from decimal import Decimal

from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import ORG

from .documents import document_type, normalise_number, title_key
from .model import (
    DocumentMention, DocumentNumber, Extraction, ItemKind, OrgKind, Qualifier, SectionKind, Span, Usage,
)
from .namespaces import DOCTYPE, KG, PREFIXES, data_iri

ITEM_CLASS = {ItemKind.MEASURE: KG.Measure, ItemKind.PROBLEM: KG.Problem, ItemKind.PLAN: KG.Plan}
SECTION_CLASS = {SectionKind.PROBLEM: KG.ProblemSection, SectionKind.PLAN: KG.PlanSection}
ORG_CLASS = {OrgKind.GOVERNMENT: KG.GovernmentBody, OrgKind.ENTERPRISE: KG.Enterprise, OrgKind.INSTITUTION: KG.Institution}
USAGE_CONCEPT = {Usage.ISSUED: KG.Issued, Usage.FOLLOWED: KG.Followed, Usage.CITED: KG.Cited}
USAGE_PROPERTY = {Usage.ISSUED: KG.issues, Usage.FOLLOWED: KG.follows}
QUALIFIER_CONCEPT = {
    Qualifier.EXACT: KG.Exact, Qualifier.APPROXIMATE: KG.Approximate,
    Qualifier.LOWER_BOUND: KG.LowerBound, Qualifier.UPPER_BOUND: KG.UpperBound,
}
# When mentions disagree on what a name is, a listed enterprise wins over a name ending.
ORG_KIND_PRIORITY = (OrgKind.ENTERPRISE, OrgKind.INSTITUTION, OrgKind.GOVERNMENT)
LABEL_LENGTH = 18


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def document_iri(number: DocumentNumber | None, title: str | None) -> URIRef:
    if number is not None:
        return data_iri("doc", number.canonical)
    return data_iri("doc", "title", title_key(title or ""))


def org_iri(name: str) -> URIRef:
    return data_iri("org", name)


def to_graph(extractions: list[Extraction]) -> Graph:
    """The graph of all ``extractions``; documents and organisations are shared between reports."""
    graph = new_graph()
    titled_numbers = _numbers_by_title(extractions)
    org_kinds: dict[str, set[OrgKind]] = {}
    org_parents: set[tuple[str, str]] = set()
    for extraction in extractions:
        _ReportWriter(graph, extraction, titled_numbers, org_kinds, org_parents).write()
    _write_organisations(graph, org_kinds, org_parents)
    _label_documents(graph)
    _copy_concepts(graph)
    return graph


def _copy_concepts(graph: Graph) -> None:
    """Copy the ontology's description of each concept the data uses (type, labels, scheme).

    The graph then answers "which measures follow …" with labels without loading the ontology.
    """
    from .ontology import load_ontology

    ontology = load_ontology()
    used = {o for p in (KG.usage, KG.qualifier, KG.documentType) for o in graph.objects(None, p)}
    for concept in used:
        for predicate, value in ontology.predicate_objects(concept):
            if predicate in (RDF.type, SKOS.prefLabel, SKOS.inScheme, SKOS.notation):
                graph.add((concept, predicate, value))


def _label_documents(graph: Graph) -> None:
    """Label each cited document by its longest title (a full title beats a short form), else its number."""
    for doc in sorted({d for d in graph.subjects(RDF.type, KG.Document) if isinstance(d, URIRef)}):
        if (doc, RDF.type, KG.Report) in graph:
            continue
        titles = sorted((str(t) for t in graph.objects(doc, DCTERMS.title)), key=lambda t: (-len(t), t))
        numbers = sorted(str(n) for n in graph.objects(doc, KG.documentNumber))
        label = titles[0] if titles else numbers[0]
        graph.add((doc, RDFS.label, zh(label)))


def _numbers_by_title(extractions: list[Extraction]) -> dict[str, DocumentNumber]:
    """A title cited once with its 文号 is that numbered document wherever it is cited."""
    numbers: dict[str, DocumentNumber] = {}
    for extraction in extractions:
        for mention in extraction.documents:
            if mention.title and mention.number:
                numbers.setdefault(title_key(mention.title), mention.number)
    return numbers


def _write_organisations(graph: Graph, kinds: dict[str, set[OrgKind]], parents: set[tuple[str, str]]) -> None:
    for name, found in kinds.items():
        iri = org_iri(name)
        kind = next(k for k in ORG_KIND_PRIORITY if k in found)
        graph.add((iri, RDF.type, ORG.Organization))
        graph.add((iri, RDF.type, ORG_CLASS[kind]))
        graph.add((iri, RDFS.label, zh(name)))
    for parent, child in parents:
        graph.add((org_iri(parent), ORG.hasSubOrganization, org_iri(child)))
        graph.add((org_iri(child), ORG.subOrganizationOf, org_iri(parent)))


@dataclass
class _Unit:
    """A text unit a mention can belong to: an item, a section, the opening or the report."""

    begin: int
    end: int
    iri: URIRef
    depth: int


class _ReportWriter:
    def __init__(
        self, graph: Graph, extraction: Extraction, titled_numbers: dict[str, DocumentNumber],
        org_kinds: dict[str, set[OrgKind]], org_parents: set[tuple[str, str]],
    ) -> None:
        self.graph = graph
        self.extraction = extraction
        self.text = extraction.source.text
        self.report = data_iri("report", extraction.report_id)
        self.source = data_iri("source", extraction.source.sha256)
        self.titled_numbers = titled_numbers
        self.org_kinds = org_kinds
        self.org_parents = org_parents
        self.units: list[_Unit] = []

    def add(self, s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        self.graph.add((s, p, o))

    def child(self, *parts: str) -> URIRef:
        return data_iri("report", self.extraction.report_id, *parts)

    def provenance(self, node: URIRef, span: Span, rule: str | None = None) -> None:
        assert self.text[span.begin:span.end] == span.text, "a span must quote its source exactly"
        self.add(node, PROV.wasDerivedFrom, self.source)
        self.add(node, KG.beginOffset, Literal(span.begin))
        self.add(node, KG.endOffset, Literal(span.end))
        self.add(node, KG.quote, zh(span.text))
        if rule:
            self.add(node, KG.rule, Literal(rule))

    def write(self) -> None:
        self._source_file()
        self._header()
        self._structure()
        self.units.sort(key=lambda u: (u.begin, -u.end))
        self._unit_begins = [u.begin for u in self.units]
        self._documents()
        self._organisations()
        self._figures()

    def _source_file(self) -> None:
        source = self.extraction.source
        self.add(self.source, RDF.type, KG.SourceFile)
        self.add(self.source, RDFS.label, Literal(source.name))
        self.add(self.source, DCTERMS.title, Literal(source.name))
        self.add(self.source, KG.sha256, Literal(source.sha256))
        self.add(self.source, KG.encoding, Literal(source.encoding))
        self.add(self.source, KG.characterCount, Literal(len(source.text)))

    def _header(self) -> None:
        header = self.extraction.structure.header
        report = self.report
        self.add(report, RDF.type, KG.Report)
        self.add(report, RDF.type, KG.Document)
        self.add(report, PROV.wasDerivedFrom, self.source)
        label = header.title.text if header.title else self.extraction.source.name.rsplit(".", 1)[0]
        self.add(report, RDFS.label, zh(label))
        if header.title:
            self.add(report, DCTERMS.title, zh(header.title.text))
            self.add(report, KG.documentType, DOCTYPE["report"])
            self._header_mention(header.title, report, "header.title")
        if header.number:
            number = normalise_number(header.number.text)
            if number is not None:
                self._number_properties(report, number)
            self._header_mention(header.number, report, "header.number")
        if header.signer:
            person = data_iri("person", header.signer.text)
            self.add(person, RDF.type, KG.Person)
            self.add(person, RDFS.label, zh(header.signer.text))
            self.add(report, KG.signer, person)
            self._header_mention(header.signer, person, "header.signer")
        if header.issuer:
            self.add(report, KG.issuedBy, self._org(header.issuer.text, OrgKind.GOVERNMENT))
            self._header_mention(header.issuer, org_iri(header.issuer.text), "header.issuer")
        if header.recipient:
            self.add(report, KG.recipient, self._org(header.recipient.text, OrgKind.GOVERNMENT))
            self._header_mention(header.recipient, org_iri(header.recipient.text), "header.recipient")
        if header.date_value and header.date:
            self.add(report, KG.signedOn, Literal(header.date_value.isoformat(), datatype=XSD.date))
            self._header_mention(header.date, report, "header.date")
        if header.closing_body:
            self._header_mention(header.closing_body, self._org(header.closing_body.text, OrgKind.GOVERNMENT), "header.closing")
        if header.year:
            self.add(report, KG.reportYear, Literal(str(header.year), datatype=XSD.gYear))
            if header.year_span:
                self._header_mention(header.year_span, report, "header.year")
        self.units.append(_Unit(0, len(self.text), report, 0))
        if header.opening:
            opening = self.child("opening")
            self.add(opening, RDF.type, KG.Opening)
            self.add(opening, RDFS.label, zh("开头"))
            self.add(opening, KG.text, zh(header.opening.text))
            self.add(opening, KG.path, Literal("0"))
            self.add(opening, KG.inReport, report)
            self.add(report, KG.opening, opening)
            self.provenance(opening, header.opening, "header.opening")
            self.units.append(_Unit(header.opening.begin, header.opening.end, opening, 1))

    def _header_mention(self, span: Span, entity: URIRef, rule: str) -> None:
        mention = self.child("mention", f"{span.begin}-{span.end}")
        self.add(mention, RDF.type, KG.Mention)
        self.add(mention, KG.mentionOf, entity)
        self.add(mention, KG.inUnit, self.report)
        self.add(mention, KG.inReport, self.report)
        self.provenance(mention, span, rule)

    def _number_properties(self, node: URIRef, number: DocumentNumber) -> None:
        self.add(node, KG.documentNumber, Literal(number.canonical))
        self.add(node, KG.issuerCode, Literal(number.issuer))
        self.add(node, KG.documentYear, Literal(str(number.year), datatype=XSD.gYear))
        self.add(node, KG.serialNumber, Literal(number.serial))

    def _structure(self) -> None:
        structure = self.extraction.structure
        section_iri = {s.path: self.child("section", s.path) for s in structure.sections}
        for section in structure.sections:
            node = section_iri[section.path]
            self.add(node, RDF.type, KG.Section)
            if section.kind in SECTION_CLASS:
                self.add(node, RDF.type, SECTION_CLASS[section.kind])
            self.add(node, RDFS.label, zh(f"{section.path} {section.heading.text}"))
            self.add(node, KG.heading, zh(section.heading.text))
            self.add(node, KG.path, Literal(section.path))
            self.add(node, KG.ordinal, Literal(section.number))
            self.add(node, KG.level, Literal(section.level))
            self.add(node, KG.inReport, self.report)
            if section.parent:
                self.add(node, KG.parentSection, section_iri[section.parent])
            if section.lead:
                self.add(node, KG.leadText, zh(section.lead.text))
            self.provenance(node, Span(section.marker.begin, section.heading.end, self.text[section.marker.begin:section.heading.end]), section.rule)
            self.units.append(_Unit(section.marker.begin, section.body.end, node, section.level))
        for item in structure.items:
            node = self.child(item.kind.value, item.path)
            self.add(node, RDF.type, ITEM_CLASS[item.kind])
            self.add(node, RDFS.label, zh(f"{item.path} {short(item.span.text)}"))
            self.add(node, KG.text, zh(item.span.text))
            self.add(node, KG.path, Literal(item.path))
            self.add(node, KG.ordinal, Literal(item.ordinal))
            self.add(node, KG.section, section_iri[item.section])
            if item.subsection:
                self.add(node, KG.subsection, section_iri[item.subsection])
            self.add(node, KG.inReport, self.report)
            self.provenance(node, item.span, item.rule)
            self.units.append(_Unit(item.span.begin, item.span.end, node, 3))

    def unit_at(self, offset: int) -> URIRef:
        """The innermost text unit containing ``offset`` (item, subsection, section, opening, report)."""
        best = self.units[0]
        for unit in self.units[: bisect_right(self._unit_begins, offset)]:
            if unit.begin <= offset < unit.end and unit.depth >= best.depth:
                best = unit
        return best.iri

    def _mention(self, span: Span, entity: URIRef, rule: str) -> tuple[URIRef, URIRef]:
        mention = self.child("mention", f"{span.begin}-{span.end}")
        unit = self.unit_at(span.begin)
        self.add(mention, RDF.type, KG.Mention)
        self.add(mention, KG.mentionOf, entity)
        self.add(mention, KG.inUnit, unit)
        self.add(mention, KG.inReport, self.report)
        self.provenance(mention, span, rule)
        return mention, unit

    def _documents(self) -> None:
        for citation in self.extraction.documents:
            doc = self._document(citation)
            mention, unit = self._mention(citation.span, doc, citation.rule)
            self.add(mention, KG.usage, USAGE_CONCEPT[citation.usage])
            if citation.usage_rule:
                self.add(mention, KG.rule, Literal(citation.usage_rule))
            self.add(unit, KG.cites, doc)
            if citation.usage in USAGE_PROPERTY:
                self.add(unit, USAGE_PROPERTY[citation.usage], doc)

    def _document(self, citation: DocumentMention) -> URIRef:
        number = citation.number or (self.titled_numbers.get(title_key(citation.title)) if citation.title else None)
        doc = document_iri(number, citation.title)
        self.add(doc, RDF.type, KG.Document)
        if number is not None:
            self._number_properties(doc, number)
        if citation.title:
            self.add(doc, DCTERMS.title, zh(citation.title))
            type_id = document_type(citation.title)
            if type_id:
                self.add(doc, KG.documentType, DOCTYPE[type_id])
        return doc

    def _org(self, name: str, kind: OrgKind) -> URIRef:
        self.org_kinds.setdefault(name, set()).add(kind)
        return org_iri(name)

    def _organisations(self) -> None:
        for found in self.extraction.organisations:
            org = self._org(found.name, found.kind)
            _mention, unit = self._mention(found.span, org, found.rule)
            self.add(unit, KG.mentions, org)
            if found.parent:
                self._org(found.parent, found.kind)
                self.org_parents.add((found.parent, found.name))

    def _figures(self) -> None:
        for figure in self.extraction.figures:
            node = self.child("figure", f"{figure.span.begin}-{figure.span.end}")
            unit = self.unit_at(figure.span.begin)
            self.add(node, RDF.type, KG.Figure)
            self.add(node, KG.value, decimal_literal(figure.value))
            self.add(node, KG.unit, Literal(figure.unit))
            self.add(node, KG.qualifier, QUALIFIER_CONCEPT[figure.qualifier])
            if figure.qualifier_text:
                self.add(node, KG.qualifierText, zh(figure.qualifier_text))
            if figure.previous_value is not None:
                self.add(node, KG.previousValue, decimal_literal(figure.previous_value))
            if figure.phrase:
                self.add(node, KG.phrase, zh(figure.phrase))
            self.add(node, RDFS.label, zh(f"{figure.phrase or ''} {figure.span.text}".strip()))
            self.add(node, KG.figureOf, unit)
            self.add(node, KG.inReport, self.report)
            self.provenance(node, figure.span, figure.rule)


def decimal_literal(value: Decimal) -> Literal:
    """An xsd:decimal in its canonical lexical form (2.0, 6.9), which Turtle round-trips unchanged."""
    lexical = format(value, "f")
    if "." not in lexical:
        lexical += ".0"
    return Literal(lexical, datatype=XSD.decimal)


def short(text: str, length: int = LABEL_LENGTH) -> str:
    """The first ``length`` characters of ``text`` on one line, with an ellipsis if cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length] + "…"

