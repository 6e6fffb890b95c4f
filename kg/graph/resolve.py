"""Stage 3: resolve names to entities across the reports of a build.

What the finders return are mentions: a title here, a 文号 there, an organisation's name.
Resolution decides which mentions denote the same thing, before any triple is written:

* a document is identified by its canonical 文号; a title cited anywhere with its 文号 is that
  numbered document wherever it is cited; otherwise by its normalised title;
* an organisation by its name; when mentions disagree on its kind, the more specific reading
  wins (a listed enterprise over a name ending);
* a person by name;
* a name relative to the speaking government (区政府, 市司法局) by the body it denotes in the
  report's jurisdiction (深圳市光明区人民政府, 渭南市司法局), or, where the jurisdiction is not
  known, as the report's own (see ``relative_name``).

The result is a :class:`Resolution`: the IRI of every mention's entity and, per entity, the
facts to write once in the shared graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..extract.documents import title_key
from ..model import DocumentMention, DocumentNumber, Extraction, OrgKind
from .vocab import data_iri, iri_segment

# When mentions disagree on what a name is, a listed enterprise wins over a name ending.
ORG_KIND_PRIORITY = (OrgKind.ENTERPRISE, OrgKind.INSTITUTION, OrgKind.GOVERNMENT)


@dataclass
class DocumentEntity:
    """A cited document: its IRI, every title it is cited by, its number."""

    iri: str
    number: DocumentNumber | None = None
    titles: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        """The longest title (a full title beats a short form), else the number."""
        if self.titles:
            return sorted(self.titles, key=lambda t: (-len(t), t))[0]
        return self.number.canonical if self.number else self.iri


@dataclass
class OrganisationEntity:
    iri: str
    name: str
    kinds: set[OrgKind] = field(default_factory=set)
    parents: set[str] = field(default_factory=set)

    @property
    def kind(self) -> OrgKind:
        return next(k for k in ORG_KIND_PRIORITY if k in self.kinds)


@dataclass
class PersonEntity:
    iri: str
    name: str


@dataclass
class WorkEntity:
    """A creative work or publication a report names (纪录电影《…》): mentioned, not cited."""

    iri: str
    title: str


@dataclass
class PlaceEntity:
    """A place a report's government governs, and the place that contains it."""

    iri: str
    name: str
    parent: str | None = None


@dataclass
class Resolution:
    """Entities shared by the reports of one build, keyed by IRI."""

    documents: dict[str, DocumentEntity] = field(default_factory=dict)
    organisations: dict[str, OrganisationEntity] = field(default_factory=dict)
    people: dict[str, PersonEntity] = field(default_factory=dict)
    works: dict[str, WorkEntity] = field(default_factory=dict)
    places: dict[str, PlaceEntity] = field(default_factory=dict)
    numbers_by_title: dict[str, DocumentNumber] = field(default_factory=dict)

    def document(self, mention: DocumentMention) -> DocumentEntity:
        """The document a citation denotes (registered on first use)."""
        number = mention.number
        if number is None and mention.title:
            number = self.numbers_by_title.get(title_key(mention.title))
        iri = document_iri(number, mention.title)
        entity = self.documents.get(iri)
        if entity is None:
            entity = self.documents[iri] = DocumentEntity(iri, number)
        if mention.title:
            entity.titles.add(mention.title)
        return entity

    def organisation(self, name: str, kind: OrgKind, parent: str | None = None,
                     scope: str | None = None) -> OrganisationEntity:
        """The organisation ``name``; ``scope`` (a report's IRI) keeps a relative name the
        report's own when its jurisdiction is unknown."""
        iri = data_iri("org", name) if scope is None else f"{scope}/org/{iri_segment(name)}"
        entity = self.organisations.get(iri)
        if entity is None:
            entity = self.organisations[iri] = OrganisationEntity(iri, name)
        entity.kinds.add(kind)
        if parent:
            # 甲大学乙学院: the parent is named in the child's name and is of the same kind.
            entity.parents.add(self.organisation(parent, kind).iri)
        return entity

    def person(self, name: str) -> PersonEntity:
        iri = data_iri("person", name)
        return self.people.setdefault(iri, PersonEntity(iri, name))

    def work(self, title: str) -> WorkEntity:
        iri = data_iri("work", title_key(title))
        return self.works.setdefault(iri, WorkEntity(iri, title))

    def place(self, name: str, parents: tuple[str, ...] = ()) -> PlaceEntity:
        """The place ``name``, inside ``parents`` (outermost first), each a place of its own."""
        parent_iri = self.place(parents[-1], parents[:-1]).iri if parents else None
        iri = data_iri("place", name)
        entity = self.places.setdefault(iri, PlaceEntity(iri, name, parent_iri))
        if entity.parent is None:
            entity.parent = parent_iri
        return entity


@dataclass
class Journal:
    """The registrations one report makes, in order, so that a report whose graph is cached
    still contributes its entities (their names, titles, kinds, parents) to the shared graph."""

    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def replay(self, resolution: Resolution) -> None:
        for name, args in self.calls:
            getattr(resolution, name)(*args)


class JournaledResolution:
    """A resolution that writes each registration of one report into its journal."""

    def __init__(self, resolution: Resolution, journal: Journal) -> None:
        self.resolution, self.journal = resolution, journal

    def document(self, mention: DocumentMention) -> DocumentEntity:
        self.journal.calls.append(("document", (mention,)))
        return self.resolution.document(mention)

    def organisation(self, name: str, kind: OrgKind, parent: str | None = None,
                     scope: str | None = None) -> OrganisationEntity:
        self.journal.calls.append(("organisation", (name, kind, parent, scope)))
        return self.resolution.organisation(name, kind, parent, scope)

    def person(self, name: str) -> PersonEntity:
        self.journal.calls.append(("person", (name,)))
        return self.resolution.person(name)

    def work(self, title: str) -> WorkEntity:
        self.journal.calls.append(("work", (title,)))
        return self.resolution.work(title)

    def place(self, name: str, parents: tuple[str, ...] = ()) -> PlaceEntity:
        self.journal.calls.append(("place", (name, parents)))
        return self.resolution.place(name, parents)


def outside_inputs(extraction: Extraction, resolution: Resolution) -> list[tuple[str, str]]:
    """What a report's own graph takes from the other reports of the build: the 文号 of titles
    it cites bare that another report cites with their number."""
    titles = sorted({title_key(m.title) for m in extraction.documents if m.title and m.number is None})
    return [(t, resolution.numbers_by_title[t].canonical) for t in titles if t in resolution.numbers_by_title]


def document_iri(number: DocumentNumber | None, title: str | None) -> str:
    if number is not None:
        return data_iri("doc", number.canonical)
    return data_iri("doc", "title", title_key(title or ""))


def organisation_iri(name: str) -> str:
    return data_iri("org", name)


def relative_name(name: str, jurisdiction: str | None, parents: tuple[str, ...]) -> str | None:
    """The absolute name of ``name`` if it is relative to the speaking government: 区政府 in
    深圳市光明区's report is 深圳市光明区人民政府, 市司法局 in 渭南高新区's is 渭南市司法局.

    Returns ``""`` for a relative name whose level the jurisdiction does not reach (or with no
    jurisdiction), and None for a name that is not relative.
    """
    from ..extract import rules

    bare = name[1:] if name.startswith(rules.ORG_RELATIVE_PREFIXES) else name
    level = next((lv for lv in rules.ORG_RELATIVE_LEVELS if bare.startswith(lv)), None)
    if level is None or len(bare) == len(level) or bare[len(level):].startswith(rules.ORG_RELATIVE_NOT_AFTER):
        return None  # 区域养老服务中心 and 市场监管局 are no level and a body
    body = bare[len(level):]
    body = rules.ORG_RELATIVE_BODIES.get(body, body)
    for place in ([jurisdiction] if jurisdiction else []) + list(reversed(parents)):
        if place.endswith(level) and not (level == "区" and place.endswith("自治区")):
            return place + body
    return ""


def resolve(extractions: list[Extraction]) -> Resolution:
    """A resolution primed with what must be known before any report is written.

    Titles cited with their 文号 anywhere in the build are collected first, so that a title
    cited bare in an earlier report already resolves to the numbered document.
    """
    resolution = Resolution()
    for extraction in extractions:
        for mention in extraction.documents:
            if mention.title and mention.number:
                resolution.numbers_by_title.setdefault(title_key(mention.title), mention.number)
    return resolution
