"""Plain records the extractors return; ``kg.graph.write`` is the one place that turns them into triples.

Every record carries the character offsets of the text it came from and, where a rule fired,
the rule's id, so each fact in the graph can be traced to an exact span and a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from decimal import Decimal
from enum import Enum


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range ``[begin, end)`` of code points in the decoded source and its text."""

    begin: int
    end: int
    text: str


@dataclass(frozen=True)
class SourceText:
    """A decoded report: the file name, its text exactly as decoded, and how it was decoded.

    ``sha256`` is the hash of the original file's bytes; ``format`` says what kind of file it
    was (text, html, docx, pdf) and ``encoding`` how its text was decoded.
    """

    name: str
    text: str
    sha256: str
    encoding: str
    format: str = "text"


class SectionKind(str, Enum):
    WORK = "work"
    PROBLEM = "problem"
    PLAN = "plan"


class ItemKind(str, Enum):
    MEASURE = "measure"
    PROBLEM = "problem"
    PLAN = "plan"


@dataclass(frozen=True)
class Header:
    """Metadata from the report's head and foot (发文字号, 签发人, 主送机关, 落款)."""

    number: Span | None = None
    signer: Span | None = None
    issuer: Span | None = None
    recipient: Span | None = None
    title: Span | None = None
    closing_body: Span | None = None
    date: Span | None = None
    date_value: Date | None = None
    year: int | None = None
    year_span: Span | None = None
    opening: Span | None = None


@dataclass(frozen=True)
class Section:
    """A numbered section (``一、``, level 1) or subsection (``（一）``, level 2)."""

    path: str
    number: int
    level: int
    kind: SectionKind
    marker: Span
    heading: Span
    body: Span
    lead: Span | None
    parent: str | None
    rule: str


@dataclass(frozen=True)
class Item:
    """A measure, problem or plan: one enumerated item or one unenumerated block."""

    path: str
    ordinal: int
    kind: ItemKind
    span: Span
    section: str
    subsection: str | None
    rule: str


@dataclass(frozen=True)
class Structure:
    header: Header
    sections: tuple[Section, ...]
    items: tuple[Item, ...]


@dataclass(frozen=True)
class DocumentNumber:
    """A 文号 such as 渭编发〔2020〕10号: issuer code, year and serial."""

    issuer: str
    year: int
    serial: int

    @property
    def canonical(self) -> str:
        return f"{self.issuer}〔{self.year}〕{self.serial}号"


class Usage(str, Enum):
    ISSUED = "issued"
    FOLLOWED = "followed"
    CITED = "cited"


@dataclass(frozen=True)
class DocumentMention:
    """A citation: a 《title》, a number, or both, found at ``span``."""

    span: Span
    title: str | None
    number: DocumentNumber | None
    usage: Usage
    rule: str
    usage_rule: str | None = None


class OrgKind(str, Enum):
    GOVERNMENT = "government"
    ENTERPRISE = "enterprise"
    INSTITUTION = "institution"


@dataclass(frozen=True)
class OrgMention:
    span: Span
    name: str
    kind: OrgKind
    rule: str
    parent: str | None = None


class Qualifier(str, Enum):
    EXACT = "exact"
    APPROXIMATE = "approximate"
    LOWER_BOUND = "lower_bound"
    UPPER_BOUND = "upper_bound"


@dataclass(frozen=True)
class Figure:
    """A statistic: ``value`` in ``unit`` (magnitudes such as 万 and 亿 already applied)."""

    span: Span
    value: Decimal
    unit: str
    qualifier: Qualifier
    qualifier_text: str | None
    phrase: str | None
    rule: str
    previous_value: Decimal | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything found in one report, before any IRI is minted."""

    source: SourceText
    report_id: str
    structure: Structure
    documents: tuple[DocumentMention, ...] = field(default=())
    organisations: tuple[OrgMention, ...] = field(default=())
    figures: tuple[Figure, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())
