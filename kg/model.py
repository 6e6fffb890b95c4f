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
    was (text, html, docx, pdf) and ``encoding`` how its bytes were decoded (None for Word and
    PDF files, which say it themselves).  For other formats than text, ``text`` is what their
    reader extracted, not the file.
    """

    name: str
    text: str
    sha256: str
    encoding: str | None
    format: str = "text"


class SectionKind(str, Enum):
    """What a section is about: the work done, its problems, the plans, or the past and then the plans."""

    WORK = "work"
    PROBLEM = "problem"
    PLAN = "plan"
    MIXED = "mixed"  # a review followed by plans in one section (“十四五”成就和“十五五”目标)
    NOTES = "notes"  # glossaries and other notes that hold no items


class ItemKind(str, Enum):
    MEASURE = "measure"
    PROBLEM = "problem"
    PLAN = "plan"


class PassageRole(str, Enum):
    """Why a paragraph is text of its section and not an item."""

    ADDRESS = "address"  # 各位代表：
    OPENING = "opening"  # 现在，我代表…向大会报告…
    TRANSITION = "transition"  # 一年来，主要做了以下工作。
    SUMMARY = "summary"  # 过去一年，…较好完成了…目标任务。
    RHETORIC = "rhetoric"  # 展望未来，…
    THANKS = "thanks"  # …表示衷心感谢
    EXHORTATION = "exhortation"  # 让我们…！
    DRAFTING = "drafting"  # 我们编制了《…纲要（草案）》
    HEADING = "heading"  # a short title line of the paragraph that follows
    LEAD = "lead"  # the words before 一是 in the paragraph that enumerates
    NOTE = "note"  # an entry of the glossary printed after the report (有关名词解释)


@dataclass(frozen=True)
class Fact:
    """A header fact: its value, where the text states it (None when the file name does), the rule."""

    value: str
    span: Span | None
    rule: str


@dataclass(frozen=True)
class Header:
    """The report as a document: its head (title, 文号, date and occasion, speaker) and foot (落款)."""

    title: Fact | None = None
    number: Span | None = None
    signer: Span | None = None
    issuer: Fact | None = None  # the full name of the body that issues or delivers the report
    recipient: Span | None = None
    closing_body: Span | None = None
    date: Fact | None = None  # ISO date: delivered (——…在…会议上) or signed (落款)
    date_kind: str | None = None  # "delivered" or "signed"
    occasion: Fact | None = None
    speaker: Fact | None = None
    speaker_role: Fact | None = None
    year: Fact | None = None
    reviewed_year: Fact | None = None
    jurisdiction: Fact | None = None
    jurisdiction_parents: tuple[str, ...] = ()  # the places that contain it, outermost first
    source_name: Fact | None = None
    published: Fact | None = None


@dataclass(frozen=True)
class Section:
    """A numbered section (``一、``, level 1), subsection (``（一）``, level 2) or unnumbered part title."""

    path: str
    number: int
    level: int
    kind: SectionKind
    marker: Span
    heading: Span
    body: Span
    parent: str | None
    rule: str


@dataclass(frozen=True)
class Item:
    """A measure, problem or plan: one paragraph, or one element of an enumeration (一是…)."""

    path: str
    ordinal: int
    kind: ItemKind
    span: Span
    section: str
    subsection: str | None
    rule: str


@dataclass(frozen=True)
class Passage:
    """A paragraph (or the lead of one) that belongs to its section's text but is not an item."""

    span: Span
    role: PassageRole
    section: str | None
    rule: str


@dataclass(frozen=True)
class Structure:
    header: Header
    sections: tuple[Section, ...]
    items: tuple[Item, ...]
    passages: tuple[Passage, ...] = ()


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
    """A citation: a 《title》, a number, or both, found at ``span``.

    ``creative`` marks a title that names a creative work or publication (纪录电影《…》), which
    the text mentions but does not cite as policy.
    """

    span: Span
    title: str | None
    number: DocumentNumber | None
    usage: Usage
    rule: str
    usage_rule: str | None = None
    creative: bool = False
    alias: str | None = None  # the short name the text gives the document here (以下简称…, a glossary entry)


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
