"""Stage 4: findings and their resolution → RDF quads.  The one place where triples are written.

Every report's statements go to the report's named graph, the entities reports share
(documents, organisations, people, concepts) to the shared graph; :func:`~kg.graph.vocab.graph_of`
decides which from the subject's IRI.  Every text unit, mention and figure carries its source
file, offsets and exact text, so each fact can be checked against the report.
"""

from __future__ import annotations

import hashlib
import re
import multiprocessing
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol
from decimal import Decimal

import pyoxigraph as ox

from ..extract import rules
from ..model import DocumentNumber, Extraction, Fact, ItemKind, OrgKind, PassageRole, Qualifier, SectionKind, Span, Usage
from .formats import GraphFormat, join_chunks, serialize, term_value
from .ontology import ontology_triples
from .resolve import Journal, JournaledResolution, OrganisationEntity, Resolution, outside_inputs, relative_name, resolve
from .series import SeriesPlan, figure_iri, plan_series, write_series
from .terms import Term, decimal, integer, plain, year, zh
from .vocab import DCTERMS, DOCTYPE, KG, ORG, PROV, RDF, RDFS, SCHEMA, SHARED_GRAPH, SKOS, XSD, data_iri, graph_of, report_iri

ITEM_CLASS = {ItemKind.MEASURE: KG.Measure, ItemKind.PROBLEM: KG.Problem, ItemKind.PLAN: KG.Plan}
SECTION_CLASS = {SectionKind.PROBLEM: KG.ProblemSection, SectionKind.PLAN: KG.PlanSection}
ORG_CLASS = {OrgKind.GOVERNMENT: KG.GovernmentBody, OrgKind.ENTERPRISE: KG.Enterprise, OrgKind.INSTITUTION: KG.Institution}
USAGE_CONCEPT = {Usage.ISSUED: KG.Issued, Usage.FOLLOWED: KG.Followed, Usage.CITED: KG.Cited}
USAGE_PROPERTY = {Usage.ISSUED: KG.issues, Usage.FOLLOWED: KG.follows}
ROLE_CONCEPT = {
    PassageRole.ADDRESS: KG.Address, PassageRole.OPENING: KG.OpeningRemarks, PassageRole.TRANSITION: KG.Transition,
    PassageRole.SUMMARY: KG.Summary, PassageRole.RHETORIC: KG.Rhetoric, PassageRole.THANKS: KG.Thanks,
    PassageRole.EXHORTATION: KG.Exhortation, PassageRole.DRAFTING: KG.DraftingHistory,
    PassageRole.HEADING: KG.HeadingLine, PassageRole.LEAD: KG.Lead, PassageRole.NOTE: KG.Note,
}
QUALIFIER_CONCEPT = {
    Qualifier.EXACT: KG.Exact, Qualifier.APPROXIMATE: KG.Approximate,
    Qualifier.LOWER_BOUND: KG.LowerBound, Qualifier.UPPER_BOUND: KG.UpperBound,
}
# The properties whose objects are concepts described in the ontology; their labels are
# copied into the graph so that it answers with labels without loading the ontology.
CONCEPT_PROPERTIES = (KG.usage, KG.qualifier, KG.documentType, KG.role)
_CONCEPT_FACTS = (RDF.type, SKOS.prefLabel, SKOS.inScheme, SKOS.notation)
LABEL_LENGTH = 18
# The ordinal of an enumerated item (一是, 第二，) stands right before its text.
_ORDINAL_BEFORE = re.compile(rf"{rules.ORDINAL_PATTERN}\Z")
ORDINAL_REACH = 5

def short(text: str, length: int = LABEL_LENGTH) -> str:
    """The first ``length`` characters of ``text`` on one line, with an ellipsis if cut."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[:length] + "…"


class Sink(Protocol):
    """What writers add statements to."""

    def add(self, subject: str, predicate: str, obj: str | Term) -> None: ...


class Quads:
    """Collects distinct quads; each subject's graph comes from its IRI (see ``graph_of``).

    Each quad is kept under a key of plain strings (graph, subject, predicate, object), so that
    duplicates fall away and the final order is a sort of strings, not of pyoxigraph terms.
    """

    def __init__(self) -> None:
        self._quads: dict[tuple[str, str, str, str], ox.Quad] = {}
        self._nodes: dict[str, ox.NamedNode] = {}
        self._graphs: dict[str, str] = {}

    def node(self, iri: str) -> ox.NamedNode:
        found = self._nodes.get(iri)
        if found is None:
            found = self._nodes[iri] = ox.NamedNode(iri)
        return found

    def add(self, subject: str, predicate: str, obj: str | Term) -> None:
        graph = self._graphs.get(subject)
        if graph is None:
            graph = self._graphs[subject] = graph_of(subject)
        key = (graph, subject, predicate, f"<{obj}>" if isinstance(obj, str) else str(obj))
        if key not in self._quads:
            value = self.node(obj) if isinstance(obj, str) else obj
            self._quads[key] = ox.Quad(self.node(subject), self.node(predicate), value, self.node(graph))

    @property
    def quads(self) -> list[ox.Quad]:
        """The quads in the order they were added."""
        return list(self._quads.values())

    def in_order(self) -> list[ox.Quad]:
        """The quads in a fixed order (graph, subject, predicate, object): same input, same bytes."""
        return [self._quads[key] for key in sorted(self._quads)]


Statement = tuple[str, str, "str | ox.Literal"]


class _Routed:
    """A sink for one report's writer: its own graph's quads to one sink; those about shared
    entities (a document's alias) are kept aside for the shared graph, as ``graph_of`` says."""

    def __init__(self, report: str, own: Quads) -> None:
        self.report, self.own = report, own
        self.concepts: set[str] = set()
        self.to_shared: list[Statement] = []

    def add(self, subject: str, predicate: str, obj: str | Term) -> None:
        if predicate in CONCEPT_PROPERTIES and isinstance(obj, str):
            self.concepts.add(obj)
        if graph_of(subject) == self.report:
            self.own.add(subject, predicate, obj)
        else:
            self.to_shared.append((subject, predicate, obj.value if isinstance(obj, ox.NamedNode) else obj))


def graphs(extractions: list[Extraction]) -> Iterator[tuple[str, list[ox.Quad]]]:
    """The quads of every named graph as (graph IRI, quads), each graph's distinct and in a fixed
    order: the reports' graphs in the order of their IRIs as each is written, then the shared
    graph, complete only after the last report (its IRI sorts before every report's, so a file
    puts it first).  One report is written at a time: a large build never holds every quad.
    """
    resolution = resolve(extractions)
    series = plan_series(extractions)
    shared = Quads()
    concepts: set[str] = set()
    for extraction in sorted(extractions, key=lambda x: report_iri(x.report_id)):
        written = _write_report(extraction, resolution.numbers_by_title, series)
        written.contribution.apply(resolution, shared, concepts)
        yield report_iri(extraction.report_id), written.quads
    write_shared(shared, resolution, concepts)
    write_series(shared, series)
    yield SHARED_GRAPH, shared.in_order()


@dataclass
class Contribution:
    """What one report gives the shared graph: the entities it registers (journaled), its
    statements about shared entities, the concepts it uses."""

    journal: Journal
    to_shared: list[Statement]
    concepts: set[str]

    def apply(self, resolution: Resolution, shared: Quads, concepts: set[str]) -> None:
        self.journal.replay(resolution)
        for statement in self.to_shared:
            shared.add(*statement)
        concepts |= self.concepts


@dataclass
class _Written:
    """One report written on its own: its graph's quads and its contribution."""

    quads: list[ox.Quad]
    contribution: Contribution


def _write_report(extraction: Extraction, numbers_by_title: dict[str, DocumentNumber], series: SeriesPlan) -> _Written:
    """Write one report's graph from its findings and what it takes from the other reports
    (titles' 文号, series).  Entities are registered in a scratch resolution, which gives their
    IRIs, and journaled, so the build's resolution gets them in report order whether the report
    was written here, in a worker process or read from the cache."""
    report = report_iri(extraction.report_id)
    own = Quads()
    routed = _Routed(report, own)
    journal = Journal()
    scratch = JournaledResolution(Resolution(numbers_by_title=numbers_by_title), journal)
    _ReportWriter(routed, extraction, scratch, series).write()
    return _Written(own.in_order(), Contribution(journal, routed.to_shared, routed.concepts))


@dataclass
class ReportPart:
    """One report's graph as written in one format, and what it gave the shared graph: kept
    by :class:`PartCache` so that an unchanged report is not written again."""

    data: bytes
    count: int
    contribution: Contribution


class PartCache(Protocol):
    def get(self, key: str) -> ReportPart | None: ...

    def put(self, key: str, part: ReportPart) -> None: ...


def serialized_graphs(extractions: list[Extraction], fmt: GraphFormat, cache: PartCache | None = None,
                      salt: str = "", jobs: int = 1) -> tuple[list[bytes], int]:
    """The graphs of ``extractions`` serialised in ``fmt`` as the chunks of one file (the bytes
    ``serialize_graphs(graphs(extractions), fmt)`` gives), and the number of statements.

    Reports are written in ``jobs`` worker processes.  With a ``cache``, a report whose own graph
    would come out the same is not written again: its part is keyed by ``salt`` (the code that
    writes), the format, the report's source and what its graph takes from the other reports
    (a bare title's 文号, its series), and the cached part replays what the report gave the
    shared graph.
    """
    resolution = resolve(extractions)
    series = plan_series(extractions)
    ordered = sorted(extractions, key=lambda x: report_iri(x.report_id))
    keys = [_part_key(x, resolution, series, fmt, salt) for x in ordered] if cache is not None else []
    parts: list[ReportPart | None] = [cache.get(key) for key in keys] if cache is not None else [None] * len(ordered)
    missing = [i for i, part in enumerate(parts) if part is None]
    for i, part in zip(missing, _write_parts([ordered[i] for i in missing], resolution.numbers_by_title, series, fmt,
                                             jobs)):
        parts[i] = part
        if cache is not None:
            cache.put(keys[i], part)
    shared = Quads()
    concepts: set[str] = set()
    chunks: dict[str, bytes] = {}
    count = 0
    for extraction, found in zip(ordered, parts):
        assert found is not None
        found.contribution.apply(resolution, shared, concepts)
        chunks[report_iri(extraction.report_id)] = found.data
        count += found.count
    write_shared(shared, resolution, concepts)
    write_series(shared, series)
    quads = shared.in_order()
    chunks[SHARED_GRAPH] = serialize(quads, fmt)
    return join_chunks(chunks), count + len(quads)


def _part_key(extraction: Extraction, resolution: Resolution, series: SeriesPlan, fmt: GraphFormat, salt: str) -> str:
    report = report_iri(extraction.report_id)
    members = sorted((node, s) for node, s in series.members.items() if node == report or node.startswith(report + "/"))
    inputs = (salt, fmt.name, extraction.report_id, extraction.source.sha256, outside_inputs(extraction, resolution),
              members)
    return hashlib.sha256(repr(inputs).encode("utf-8", "surrogatepass")).hexdigest()


# What forked workers write from: set before the pool starts, inherited, never pickled.
_WORK: "tuple[list[Extraction], dict[str, DocumentNumber], SeriesPlan, GraphFormat] | None" = None
_WRITE_IN_PARALLEL_FROM = 8  # fewer reports than this are written in the process itself
_TASKS_PER_WORKER = 16


def _write_parts(extractions: list[Extraction], numbers_by_title: dict[str, DocumentNumber], series: SeriesPlan,
                 fmt: GraphFormat, jobs: int) -> list[ReportPart]:
    global _WORK
    if jobs < 2 or len(extractions) < _WRITE_IN_PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return [_part(x, numbers_by_title, series, fmt) for x in extractions]
    _WORK = (extractions, numbers_by_title, series, fmt)
    try:
        # A worker touching findings copies their pages from the parent; a fresh worker every
        # few reports gives them back (a fork costs milliseconds).
        with multiprocessing.get_context("fork").Pool(jobs, maxtasksperchild=_TASKS_PER_WORKER) as pool:
            return pool.map(_part_of, range(len(extractions)), chunksize=1)
    finally:
        _WORK = None


def _part_of(index: int) -> ReportPart:
    assert _WORK is not None
    extractions, numbers_by_title, series, fmt = _WORK
    return _part(extractions[index], numbers_by_title, series, fmt)


def _part(extraction: Extraction, numbers_by_title: dict[str, DocumentNumber], series: SeriesPlan,
          fmt: GraphFormat) -> ReportPart:
    written = _write_report(extraction, numbers_by_title, series)
    return ReportPart(serialize(written.quads, fmt), len(written.quads), written.contribution)


def to_quads(extractions: list[Extraction]) -> list[ox.Quad]:
    """Every quad of the reports in ``extractions``, distinct and in a fixed order (graph,
    subject, predicate, object): one named graph per report, plus the shared graph."""
    chunks = list(graphs(extractions))
    return [quad for _graph, quads in sorted(chunks, key=lambda chunk: chunk[0]) for quad in quads]


def write_shared(sink: Quads, resolution: Resolution, concepts: set[str]) -> None:
    """The shared graph: documents, organisations and people, and the concepts the data uses."""
    for doc in sorted(resolution.documents.values(), key=lambda d: d.iri):
        sink.add(doc.iri, RDF.type, KG.Document)
        sink.add(doc.iri, RDFS.label, zh(doc.label))
        if doc.number is not None:
            _number_facts(sink, doc.iri, doc.number)
        for title in sorted(doc.titles):
            sink.add(doc.iri, DCTERMS.title, zh(title))
        type_id = _document_type(doc.titles)
        if type_id:
            sink.add(doc.iri, KG.documentType, DOCTYPE[type_id])
    for org in sorted(resolution.organisations.values(), key=lambda o: o.iri):
        sink.add(org.iri, RDF.type, ORG.Organization)
        sink.add(org.iri, RDF.type, ORG_CLASS[org.kind])
        sink.add(org.iri, RDFS.label, zh(org.name))
        for parent in sorted(org.parents):
            sink.add(parent, ORG.hasSubOrganization, org.iri)
            sink.add(org.iri, ORG.subOrganizationOf, parent)
    for person in sorted(resolution.people.values(), key=lambda p: p.iri):
        sink.add(person.iri, RDF.type, KG.Person)
        sink.add(person.iri, RDFS.label, zh(person.name))
    for work in sorted(resolution.works.values(), key=lambda w: w.iri):
        sink.add(work.iri, RDF.type, KG.CreativeWork)
        sink.add(work.iri, RDFS.label, zh(work.title))
        sink.add(work.iri, DCTERMS.title, zh(work.title))
    for place in sorted(resolution.places.values(), key=lambda p: p.iri):
        sink.add(place.iri, RDF.type, SCHEMA.AdministrativeArea)
        sink.add(place.iri, RDFS.label, zh(place.name))
        if place.parent:
            sink.add(place.iri, SCHEMA.containedInPlace, place.parent)
    _copy_concepts(sink, concepts)


def _document_type(titles: Iterable[str]) -> str | None:
    from ..extract.documents import document_type

    for title in sorted(titles, key=lambda t: (-len(t), t)):
        found = document_type(title)
        if found:
            return found
    return None


def _number_facts(sink: "Sink", node: str, number: DocumentNumber) -> None:
    """The parts of a 文号 as facts of the document (or report) that carries it."""
    sink.add(node, KG.documentNumber, plain(number.canonical))
    sink.add(node, KG.issuerCode, plain(number.issuer))
    sink.add(node, KG.documentYear, year(number.year))
    sink.add(node, KG.serialNumber, integer(number.serial))


def _copy_concepts(sink: Quads, used: set[str]) -> None:
    """Copy the ontology's description (type, labels, scheme) of each concept the data uses."""
    used = used | {term_value(q.object) for q in sink.quads if q.predicate.value in CONCEPT_PROPERTIES}
    for triple in ontology_triples():
        subject = term_value(triple.subject)
        if subject in used and triple.predicate.value in _CONCEPT_FACTS:
            obj = triple.object
            sink.add(subject, triple.predicate.value, obj if isinstance(obj, ox.Literal) else term_value(obj))


@dataclass
class _Unit:
    """A text unit a mention can belong to: an item, a passage, a section or the report."""

    begin: int
    end: int
    iri: str
    depth: int


class _ReportWriter:
    """Writes one report's named graph."""

    def __init__(self, sink: _Routed, extraction: Extraction, resolution: JournaledResolution,
                 series: SeriesPlan) -> None:
        self.sink = sink
        self.series = series
        self.extraction = extraction
        self.resolution = resolution
        self.text = extraction.source.text
        self.report = report_iri(extraction.report_id)
        self.source = self.child("source")
        self.units: list[_Unit] = []
        # Spans the header already says what they name (省人民政府 → 河南省人民政府): another
        # finder's reading of the same span would give the one mention node two subjects.
        self.header_spans: set[tuple[int, int]] = set()
        self._unit_begins: list[int] = []

    def add(self, subject: str, predicate: str, obj: str | Term) -> None:
        self.sink.add(subject, predicate, obj)

    def child(self, *parts: str) -> str:
        return data_iri("report", self.extraction.report_id, *parts)

    def provenance(self, node: str, span: Span, rule: str | None = None, *, quote: bool = True) -> None:
        """Where ``node`` was read: source file, offsets and (unless its text is kg:text) the quote."""
        assert self.text[span.begin:span.end] == span.text, "a span must quote its source exactly"
        self.add(node, PROV.wasDerivedFrom, self.source)
        self.add(node, KG.beginOffset, integer(span.begin))
        self.add(node, KG.endOffset, integer(span.end))
        if quote:
            self.add(node, KG.quote, zh(span.text))
        if rule:
            self.add(node, KG.rule, plain(rule))

    def _ordinal_before(self, span: Span) -> str | None:
        """The ordinal written right before ``span`` (一是, 第二，), if there is one."""
        before = _ORDINAL_BEFORE.search(self.text, max(0, span.begin - ORDINAL_REACH), span.begin)
        return before.group() if before else None

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
        self.add(self.source, RDFS.label, plain(source.name))
        self.add(self.source, KG.sha256, plain(source.sha256))
        if source.encoding:
            self.add(self.source, KG.encoding, plain(source.encoding))
        self.add(self.source, KG.sourceFormat, plain(source.format))
        if source.format != "text":  # the offsets point into the extracted text, not the file
            self.add(self.source, KG.extractedText, plain(source.text))
        self.add(self.source, KG.characterCount, integer(len(source.text)))

    def _header(self) -> None:
        header = self.extraction.structure.header
        report = self.report
        self.add(report, RDF.type, KG.Report)
        if report in self.series.members:
            self.add(report, KG.inSeries, self.series.members[report])
        self.add(report, RDF.type, KG.Document)
        self.add(report, PROV.wasDerivedFrom, self.source)
        self.add(report, RDFS.label, zh(header.title.value if header.title else self.extraction.report_id))
        self.units.append(_Unit(0, len(self.text), report, 0))
        if header.title:
            self.add(report, DCTERMS.title, zh(header.title.value))
            self.add(report, KG.documentType, DOCTYPE["report"])
            self._fact_mention(header.title, report)
        if header.number:
            from ..extract.documents import normalise_number

            number = normalise_number(header.number.text)
            if number is not None:
                _number_facts(self.sink, report, number)
            self._header_mention(header.number, report, "header.number")
        if header.signer:
            person = self.resolution.person(header.signer.text)
            self.add(report, KG.signer, person.iri)
            self._header_mention(header.signer, person.iri, "header.signer")
        if header.speaker:
            person = self.resolution.person(header.speaker.value)
            self.add(report, KG.speaker, person.iri)
            self._fact_mention(header.speaker, person.iri)
        if header.speaker_role:
            self.add(report, KG.speakerRole, zh(header.speaker_role.value))
        if header.issuer:
            org = self.resolution.organisation(header.issuer.value, OrgKind.GOVERNMENT)
            self.add(report, KG.issuedBy, org.iri)
            self._fact_mention(header.issuer, org.iri)
        if header.recipient:
            org = self.resolution.organisation(header.recipient.text, OrgKind.GOVERNMENT)
            self.add(report, KG.recipient, org.iri)
            self._header_mention(header.recipient, org.iri, "header.recipient")
        if header.closing_body and not (header.issuer and header.issuer.span == header.closing_body):
            org = self.resolution.organisation(header.closing_body.text, OrgKind.GOVERNMENT)
            self._header_mention(header.closing_body, org.iri, "header.closing")
        if header.date:
            prop = KG.signedOn if header.date_kind == "signed" else KG.deliveredOn
            self.add(report, prop, ox.Literal(header.date.value, datatype=ox.NamedNode(XSD.date)))
            self._fact_mention(header.date, report)
        if header.occasion:
            self.add(report, KG.occasion, zh(header.occasion.value))
            self._fact_mention(header.occasion, report)
        for fact, prop in ((header.year, KG.reportYear), (header.reviewed_year, KG.reviewedYear)):
            if fact:
                self.add(report, prop, year(int(fact.value)))
                self._fact_mention(fact, report)
        if header.jurisdiction:
            place = self.resolution.place(header.jurisdiction.value, header.jurisdiction_parents)
            self.add(report, KG.jurisdiction, place.iri)
        if header.source_name:
            self.add(report, KG.publishedIn, zh(header.source_name.value))
        if header.published:
            self.add(report, KG.publishedOn, ox.Literal(header.published.value, datatype=ox.NamedNode(XSD.date)))

    def _fact_mention(self, fact: Fact, entity: str) -> None:
        """Where the text states a header fact; a fact read from the file name has no span."""
        if fact.span is not None:
            self._header_mention(fact.span, entity, fact.rule)

    def _header_mention(self, span: Span, entity: str, rule: str) -> None:
        self.header_spans.add((span.begin, span.end))
        mention = self.child("mention", f"{span.begin}-{span.end}")
        self.add(mention, RDF.type, KG.Mention)
        self.add(mention, KG.mentionOf, entity)
        self.add(mention, KG.inUnit, self.report)
        self.add(mention, KG.inReport, self.report)
        self.provenance(mention, span, rule)

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
            self.add(node, KG.path, plain(section.path))
            self.add(node, KG.ordinal, integer(section.number))
            self.add(node, KG.level, integer(section.level))
            self.add(node, KG.inReport, self.report)
            if section.parent:
                self.add(node, KG.parentSection, section_iri[section.parent])
            heading = Span(section.marker.begin, section.heading.end, self.text[section.marker.begin:section.heading.end])
            self.provenance(node, heading, section.rule)
            self.units.append(_Unit(section.marker.begin, section.body.end, node, section.level))
        for item in structure.items:
            node = self.child(item.kind.value, item.path)
            self.add(node, RDF.type, ITEM_CLASS[item.kind])
            self.add(node, RDFS.label, zh(f"{item.path} {short(item.span.text)}"))
            self.add(node, KG.text, zh(item.span.text))
            self.add(node, KG.path, plain(item.path))
            self.add(node, KG.ordinal, integer(item.ordinal))
            self.add(node, KG.section, section_iri[item.section])
            if item.subsection:
                self.add(node, KG.subsection, section_iri[item.subsection])
            self.add(node, KG.inReport, self.report)
            # The ordinal written before an enumerated item (一是): with the text, the quote a
            # reader cites
            marker = self._ordinal_before(item.span) if item.rule == rules.ENUMERATION_RULE_ID else None
            if marker:
                self.add(node, KG.marker, zh(marker))
            # The item's text is its exact source span: kg:text is the quote, stored once.
            self.provenance(node, item.span, item.rule, quote=False)
            self.units.append(_Unit(item.span.begin, item.span.end, node, 3))
        for passage in structure.passages:
            node = self.child("passage", f"{passage.span.begin}-{passage.span.end}")
            self.add(node, RDF.type, KG.Passage)
            self.add(node, KG.role, ROLE_CONCEPT[passage.role])
            self.add(node, RDFS.label, zh(short(passage.span.text)))
            self.add(node, KG.text, zh(passage.span.text))
            if passage.section:
                self.add(node, KG.inSection, section_iri[passage.section])
            self.add(node, KG.inReport, self.report)
            self.provenance(node, passage.span, passage.rule, quote=False)
            self.units.append(_Unit(passage.span.begin, passage.span.end, node, 3))

    def unit_at(self, offset: int) -> str:
        """The innermost text unit containing ``offset`` (item, passage, subsection, section, report)."""
        best = self.units[0]
        for unit in self.units[: bisect_right(self._unit_begins, offset)]:
            if unit.begin <= offset < unit.end and unit.depth >= best.depth:
                best = unit
        return best.iri

    def _mention(self, span: Span, entity: str, rule: str) -> tuple[str, str]:
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
            if citation.creative and citation.title:
                work = self.resolution.work(citation.title)
                _mention, unit = self._mention(citation.span, work.iri, citation.rule)
                self.add(unit, KG.mentions, work.iri)
                continue
            doc = self.resolution.document(citation)
            mention, unit = self._mention(citation.span, doc.iri, citation.rule)
            if citation.alias:
                self.add(doc.iri, SKOS.altLabel, zh(citation.alias))
            self.add(mention, KG.usage, USAGE_CONCEPT[citation.usage])
            if citation.usage_rule:
                self.add(mention, KG.rule, plain(citation.usage_rule))
            self.add(unit, KG.cites, doc.iri)
            if citation.usage in USAGE_PROPERTY:
                self.add(unit, USAGE_PROPERTY[citation.usage], doc.iri)

    def _organisations(self) -> None:
        for found in self.extraction.organisations:
            if (found.span.begin, found.span.end) in self.header_spans:
                continue
            org, resolved_by = self._organisation(found.name, found.kind, found.parent)
            mention, unit = self._mention(found.span, org.iri, found.rule)
            if resolved_by:
                self.add(mention, KG.resolvedBy, plain(resolved_by))
            self.add(unit, KG.mentions, org.iri)

    def _organisation(self, name: str, kind: OrgKind, parent: str | None) -> tuple[OrganisationEntity, str | None]:
        """The entity a name denotes: a name relative to the speaking government is read in the
        report's jurisdiction, or kept the report's own where that is unknown."""
        header = self.extraction.structure.header
        jurisdiction = header.jurisdiction.value if header.jurisdiction else None
        absolute = relative_name(name, jurisdiction, header.jurisdiction_parents)
        if absolute:
            return self.resolution.organisation(absolute, kind), rules.ORG_RELATIVE_RULE_ID
        if absolute == "":
            return self.resolution.organisation(name, kind, scope=self.report), rules.ORG_REPORT_SCOPED_RULE_ID
        return self.resolution.organisation(name, kind, parent), None

    def _figures(self) -> None:
        for figure in self.extraction.figures:
            node = figure_iri(self.extraction.report_id, figure.span.begin, figure.span.end)
            unit = self.unit_at(figure.span.begin)
            self.add(node, RDF.type, KG.Figure)
            self.add(node, KG.value, decimal(figure.value))
            self.add(node, KG.unit, plain(figure.unit))
            self.add(node, KG.qualifier, QUALIFIER_CONCEPT[figure.qualifier])
            if figure.qualifier_text:
                self.add(node, KG.qualifierText, zh(figure.qualifier_text))
            if figure.previous_value is not None:
                self.add(node, KG.previousValue, decimal(figure.previous_value))
            if figure.phrase:
                self.add(node, KG.phrase, zh(figure.phrase))
            self.add(node, RDFS.label, zh(f"{figure.phrase or ''} {figure.span.text}".strip()))
            self.add(node, KG.figureOf, unit)
            self.add(node, KG.inReport, self.report)
            self.provenance(node, figure.span, figure.rule)
            if node in self.series.members:
                self.add(node, KG.inSeries, self.series.members[node])


def triples(quads: Iterable[ox.Quad]) -> Iterator[ox.Triple]:
    return (quad.triple for quad in quads)


__all__ = ["PartCache", "Quads", "ReportPart", "serialized_graphs", "short", "to_quads", "triples"]
