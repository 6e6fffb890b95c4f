"""Every IRI and prefix the project uses, in one place.

The ontology files in ``ontology/`` and this module must agree; ``tests/test_namespaces.py``
checks it.  ``DefinedNamespace`` with ``_fail = True`` makes a misspelt term raise at import
time instead of silently minting a new IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from . import iris

BASE = iris.BASE
ONTOLOGY_IRI = URIRef(BASE + "ontology")

ELI = Namespace(iris.ELI)
SH = Namespace(iris.SH)


class KG(DefinedNamespace):
    """The project's own terms (classes, properties and concepts)."""

    _fail = True
    _NS = Namespace(iris.KG)

    # classes
    Report: URIRef
    Document: URIRef
    Section: URIRef
    ProblemSection: URIRef
    PlanSection: URIRef
    TextUnit: URIRef
    Opening: URIRef
    ReportItem: URIRef
    Measure: URIRef
    Problem: URIRef
    Plan: URIRef
    Mention: URIRef
    GovernmentBody: URIRef
    Enterprise: URIRef
    Institution: URIRef
    Person: URIRef
    Figure: URIRef
    SourceFile: URIRef
    DocumentType: URIRef
    CitationUsage: URIRef
    Qualifier: URIRef

    # report header
    documentNumber: URIRef
    issuerCode: URIRef
    documentYear: URIRef
    serialNumber: URIRef
    documentType: URIRef
    signer: URIRef
    recipient: URIRef
    issuedBy: URIRef
    signedOn: URIRef
    reportYear: URIRef
    opening: URIRef

    # structure
    section: URIRef
    subsection: URIRef
    parentSection: URIRef
    heading: URIRef
    level: URIRef
    path: URIRef
    ordinal: URIRef
    text: URIRef
    leadText: URIRef
    inReport: URIRef

    # mentions and relations
    cites: URIRef
    issues: URIRef
    follows: URIRef
    mentions: URIRef
    mentionOf: URIRef
    inUnit: URIRef
    usage: URIRef
    rule: URIRef

    # figures
    value: URIRef
    previousValue: URIRef
    unit: URIRef
    qualifier: URIRef
    qualifierText: URIRef
    phrase: URIRef
    figureOf: URIRef

    # provenance
    beginOffset: URIRef
    endOffset: URIRef
    quote: URIRef
    sha256: URIRef
    encoding: URIRef
    characterCount: URIRef

    # concepts
    DocumentTypeScheme: URIRef
    CitationUsageScheme: URIRef
    QualifierScheme: URIRef
    Issued: URIRef
    Followed: URIRef
    Cited: URIRef
    Exact: URIRef
    Approximate: URIRef
    LowerBound: URIRef
    UpperBound: URIRef


DATA = Namespace(iris.DATA)
DOCTYPE = Namespace(iris.DOCTYPE)

PREFIXES: dict[str, Namespace] = {prefix: Namespace(iri) for prefix, iri in iris.PREFIXES.items()}

# ASCII that may stand unescaped in an IRI path segment (RFC 3987 iunreserved + sub-delims).
_ASCII_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")


def _iri_char(char: str) -> str:
    # Non-ASCII letters are legal IRI characters (ucschar) and keep Chinese IRIs readable;
    # whitespace and private-use/non-character code points are escaped like unsafe ASCII.
    if char in _ASCII_SAFE or (ord(char) > 0x9F and not char.isspace() and char.isprintable()):
        return char
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))


def iri_part(text: str) -> str:
    """Return ``text`` as a readable, valid IRI path segment (Chinese kept, unsafe chars %-escaped)."""
    return "".join(_iri_char(c) for c in text.strip())


def data_iri(*parts: str) -> URIRef:
    """Mint a stable instance IRI under the data namespace from readable parts."""
    return URIRef(str(DATA) + "/".join(iri_part(p) for p in parts))
