"""Every IRI and prefix kg uses, in one place, as plain strings (importing rdflib is not needed).

Own terms live in ``kg:``; a term that the ontology (``ontology/kg.ttl``) does not declare
raises ``AttributeError`` when used, so a misspelt term fails loudly instead of minting a new
IRI (``tests/test_vocab.py`` checks that this list and the ontology agree).  Instance IRIs are
minted by :func:`data_iri`, the one place where text becomes part of an IRI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

BASE = "https://w3id.org/govkg/"
KG_NS = BASE + "ontology#"
DATA_NS = BASE + "id/"
DOCTYPE_NS = BASE + "doctype/"
ONTOLOGY_IRI = BASE + "ontology"
SHARED_GRAPH = DATA_NS + "graph/shared"


class Namespace:
    """A namespace: ``NS.term`` and ``NS["term"]`` give the term's IRI as a string.

    Not a ``str`` subclass on purpose: ``DCTERMS.title`` must be the IRI, not ``str.title``.
    """

    def __init__(self, iri: str) -> None:
        self.iri = iri

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.iri + name

    def __getitem__(self, name: str) -> str:
        return self.iri + name

    def __str__(self) -> str:
        return self.iri

    def __repr__(self) -> str:
        return f"Namespace({self.iri!r})"


class Vocabulary(Namespace):
    """A closed namespace: only the declared terms exist."""

    def __init__(self, iri: str, terms: Iterable[str]) -> None:
        super().__init__(iri)
        self.terms = frozenset(terms)

    def __getattr__(self, name: str) -> str:
        if name in self.terms:
            return self.iri + name
        raise AttributeError(f"{name!r} is not a term of {self.iri!r}; declare it in ontology/kg.ttl and kg.graph.vocab")

    def __getitem__(self, name: str) -> str:
        return self.__getattr__(name)


RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
DOCTYPE = Namespace(DOCTYPE_NS)
DATA = Namespace(DATA_NS)

KG = Vocabulary(KG_NS, (
    # classes
    "Report", "Document", "CreativeWork", "Section", "ProblemSection", "PlanSection", "TextUnit", "Passage",
    "PassageRole", "ReportItem", "Measure", "Problem", "Plan", "Mention", "GovernmentBody", "Enterprise",
    "Institution", "Person", "Figure", "SourceFile", "DocumentType", "CitationUsage", "Qualifier",
    # report header
    "documentNumber", "issuerCode", "documentYear", "serialNumber", "documentType", "signer", "recipient",
    "issuedBy", "signedOn", "deliveredOn", "occasion", "speaker", "speakerRole", "jurisdiction", "reportYear",
    "reviewedYear", "publishedIn", "publishedOn",
    # structure
    "section", "subsection", "parentSection", "heading", "level", "path", "ordinal", "marker", "text", "role", "inSection",
    "inReport",
    # mentions and relations
    "cites", "issues", "follows", "mentions", "mentionOf", "inUnit", "usage", "rule", "resolvedBy", "inSeries", "ReportSeries", "FigureSeries",
    # figures
    "value", "previousValue", "unit", "qualifier", "qualifierText", "phrase", "figureOf",
    # provenance
    "beginOffset", "endOffset", "quote", "sha256", "encoding", "characterCount", "sourceFormat", "extractedText",
    # concepts
    "DocumentTypeScheme", "CitationUsageScheme", "QualifierScheme", "PassageRoleScheme", "Issued", "Followed",
    "Cited", "Exact", "Approximate", "LowerBound", "UpperBound", "Address", "OpeningRemarks", "Transition",
    "Summary", "Rhetoric", "Thanks", "Exhortation", "DraftingHistory", "HeadingLine", "Lead", "Note",
))

PREFIXES: dict[str, str] = {
    "kg": KG_NS, "kgd": DATA_NS, "kgt": DOCTYPE_NS, "org": ORG.iri, "eli": ELI.iri, "dcterms": DCTERMS.iri,
    "skos": SKOS.iri, "prov": PROV.iri, "schema": SCHEMA.iri, "xsd": XSD.iri, "rdf": RDF.iri, "rdfs": RDFS.iri,
    "owl": OWL.iri, "sh": SH.iri,
}
# Prefixes written into Turtle and TriG output: instance IRIs stay whole (a prefixed name
# cannot hold their slashes without escaping them, which makes them unreadable).
OUTPUT_PREFIXES: dict[str, str] = {k: v for k, v in PREFIXES.items() if k not in ("kgd", "sh", "owl")}


def local_name(iri: str) -> str:
    """The last segment of a term's IRI: containedInPlace for schema:containedInPlace, cites for kg:cites."""
    return re.split("[#/]", iri)[-1]


def compact(iri: str) -> str:
    """``kg:Measure`` for an IRI in a known namespace, else the IRI itself."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and all(c.isalnum() or c in "_-." for c in local):
            return f"{prefix}:{local}"
    return iri


def sparql_prefixes() -> str:
    """PREFIX declarations for every namespace, to put in front of a query shown to a user."""
    return "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())


# --- instance IRIs -------------------------------------------------------------------------

# ASCII that may stand unescaped in an IRI path segment: RFC 3987 iunreserved and sub-delims,
# plus ':' and '@'.  '%' is not among them, so a name that holds '%' is escaped exactly once.
_ASCII_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")
# RFC 3987 ucschar: the non-ASCII code points an IRI may hold as they are.  Everything else
# (controls, surrogates, private use, U+FFF0–U+FFFF such as U+FFFD and U+FFFC, the variation
# selectors supplement, non-characters) is percent-encoded, which every RDF 1.1 parser,
# Turtle and Oxigraph accept.
_UCSCHAR = (
    (0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF), (0x10000, 0x1FFFD), (0x20000, 0x2FFFD),
    (0x30000, 0x3FFFD), (0x40000, 0x4FFFD), (0x50000, 0x5FFFD), (0x60000, 0x6FFFD), (0x70000, 0x7FFFD),
    (0x80000, 0x8FFFD), (0x90000, 0x9FFFD), (0xA0000, 0xAFFFD), (0xB0000, 0xBFFFD), (0xC0000, 0xCFFFD),
    (0xD0000, 0xDFFFD), (0xE1000, 0xEFFFD),
)


def _iri_char(char: str) -> str:
    if char in _ASCII_SAFE:
        return char
    code = ord(char)
    # Whitespace and format characters are legal ucschars but invisible: escaped for readability.
    if any(low <= code <= high for low, high in _UCSCHAR) and char.isprintable() and not char.isspace():
        return char
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))


# Segments made only of these need no escaping: the common case, checked in one regex pass.
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9\-._~!$&'()*+,;=:@\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e]*")


@lru_cache(maxsize=1 << 16)
def iri_segment(text: str) -> str:
    """``text`` as one IRI path segment: Chinese kept readable, everything else escaped once."""
    if _PLAIN_SEGMENT.fullmatch(text):
        return text
    return "".join(_iri_char(c) for c in text)


def data_iri(*parts: str) -> str:
    """A stable instance IRI under ``kgd:`` made from readable parts (each escaped as a segment)."""
    return DATA_NS + "/".join(iri_segment(p) for p in parts)


def report_iri(report_id: str) -> str:
    return data_iri("report", report_id)


def graph_of(subject: str) -> str:
    """The named graph a subject's statements belong to: its report's, or the shared graph.

    Everything a report states (the report node and every node minted under it) lives in the
    report's graph, whose IRI is the report's; documents, organisations, people and concepts
    that reports share live in :data:`SHARED_GRAPH`.  Because the rule reads only the subject's
    IRI, a merged Turtle file can be split into the same named graphs again when loaded.
    """
    prefix = DATA_NS + "report/"
    if subject.startswith(prefix):
        slash = subject.find("/", len(prefix))
        return subject if slash == -1 else subject[:slash]
    return SHARED_GRAPH
