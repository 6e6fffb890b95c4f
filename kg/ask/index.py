"""What a question is matched against, read once from the graph: names, reports, texts, figures.

* **Names.**  Every document (its titles, short titles and 文号), organisation, person and
  report is a key of an Aho-Corasick automaton (pyahocorasick), so the names a question holds
  are found in one pass, longest first, wherever they stand.
* **Reports.**  Each report's year, the year it reviews and its place (with the short names
  people use: 南山区 → 南山), so a place or a year in a question picks the report.
* **Texts and figures.**  Every text unit (items, passages, headings) and every figure with the
  clause around it, indexed for BM25 ranking (rank-bm25) over character bigrams, which need no
  segmentation and match the genre's compounds (新设立企业 ~ 企业).

Built from the store once per graph and kept beside the store's cache (a pickle in the cache
directory kg wrote itself), so a question on a large graph does not read it again.
"""

from __future__ import annotations

import gc
import pickle
import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..graph.network import most_specific_type
from ..graph.sparql import Query

if TYPE_CHECKING:
    from ..graph.store import GraphStore

INDEX_VERSION = 13  # bump when what is indexed changes
INDEX_FILE = "ask-index.pickle"
MIN_NAME = 2  # names shorter than this are not linked (一, 区)

ENTITY_NAMES = """
SELECT ?entity ?class ?name ?kind WHERE {
  VALUES ?class { kg:Document org:Organization kg:GovernmentBody kg:Enterprise kg:Institution kg:Person }
  ?entity a ?class .
  { ?entity rdfs:label ?name BIND ("label" AS ?kind) }
  UNION { ?entity dcterms:title ?name BIND ("title" AS ?kind) }
  UNION { ?entity skos:altLabel ?name BIND ("title" AS ?kind) }
  UNION { ?mention kg:mentionOf ?entity ; kg:resolvedBy ?how ; kg:quote ?name BIND ("title" AS ?kind) }
  UNION { ?entity kg:documentNumber ?name BIND ("number" AS ?kind) }
  FILTER NOT EXISTS { ?entity a kg:Report }
}"""

REPORTS = """
SELECT ?report ?label ?title ?year ?reviewed ?place ?issuer ?occasion ?speaker WHERE {
  ?report a kg:Report .
  OPTIONAL { ?report kg:occasion ?occasion }
  OPTIONAL { ?report kg:speaker/rdfs:label ?speaker }
  OPTIONAL { ?report rdfs:label ?label }
  OPTIONAL { ?report dcterms:title ?title }
  OPTIONAL { ?report kg:reportYear ?year }
  OPTIONAL { ?report kg:reviewedYear ?reviewed }
  OPTIONAL { ?report kg:jurisdiction/schema:containedInPlace*/rdfs:label ?place }
  OPTIONAL { ?report kg:issuedBy/rdfs:label ?issuer }
}"""

UNITS = """
SELECT ?unit ?class ?path ?text ?report ?heading ?begin ?end ?file ?role WHERE {
  VALUES ?class { kg:Measure kg:Problem kg:Plan kg:Passage kg:Section }
  ?unit a ?class ; kg:inReport ?report .
  OPTIONAL { ?unit kg:text ?text }
  OPTIONAL { ?unit kg:heading ?heading }
  OPTIONAL { ?unit kg:path ?path }
  OPTIONAL { ?unit kg:beginOffset ?begin }
  OPTIONAL { ?unit kg:endOffset ?end }
  OPTIONAL { ?unit prov:wasDerivedFrom/rdfs:label ?file }
  OPTIONAL { ?unit kg:role/skos:notation ?role }
}"""

FIGURES = """
SELECT ?figure ?unit ?report ?phrase ?unitWord ?value ?quote ?begin ?qualifier ?qualifierText ?previous ?label ?series
WHERE {
  ?figure a kg:Figure ; kg:value ?value ; kg:inReport ?report .
  OPTIONAL { ?figure kg:figureOf ?unit }
  OPTIONAL { ?figure kg:phrase ?phrase }
  OPTIONAL { ?figure kg:unit ?unitWord }
  OPTIONAL { ?figure kg:quote ?quote }
  OPTIONAL { ?figure kg:beginOffset ?begin }
  OPTIONAL { ?figure kg:qualifier/skos:prefLabel ?qualifier FILTER (lang(?qualifier) = "en") }
  OPTIONAL { ?figure kg:qualifierText ?qualifierText }
  OPTIONAL { ?figure kg:previousValue ?previous }
  OPTIONAL { ?figure rdfs:label ?label }
  OPTIONAL { ?figure kg:inSeries ?series }
}"""

# Passages that say nothing a question asks for.
_SILENT_ROLES = ("address", "heading")
_PLACE_ENDINGS = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "新区", "省", "市",
                  "区", "县")
_CONTEXT_BACK = 60  # characters of a figure's clause kept before it
_CONTEXT_AHEAD = 24
_CLAUSE_STOPS = "。；;！？!?\n"
_COMMAS = "，,、"


def fold(text: str) -> str:
    """The form names are matched in: NFKC (full-width folded), lower case, no spaces and no
    quotation marks (稳增长“21”条 is asked as 稳增长“21条”)."""
    return re.sub(r"[\s“”‘’\"'「」]+", "", unicodedata.normalize("NFKC", text)).lower()


@dataclass(frozen=True)
class Named:
    iri: str
    label: str
    type: str  # Document, GovernmentBody, Enterprise, Institution, Organization, Person
    number: str | None = None
    title: str | None = None

    @property
    def is_document(self) -> bool:
        return self.type == "Document"


@dataclass(frozen=True)
class ReportInfo:
    iri: str
    label: str
    year: int | None
    reviewed: int | None
    places: tuple[str, ...]  # full names, outermost last, with their short forms
    issuer: str | None
    occasion: str | None = None  # the meeting it was delivered at (…第二届人民代表大会第三次会议)
    speaker: str | None = None  # who delivered it (姚任)

    @property
    def named(self) -> str:
        """The label as an answer shows it: with the place the report governs when the label does
        not say it (three districts' 2025年政府工作报告 are told apart only so)."""
        if not self.places or any(place in self.label for place in self.places):
            return self.label
        return f"{self.label}（{max(self.places, key=len)}）"  # the innermost place's full name is its longest


@dataclass(frozen=True)
class Unit:
    iri: str
    type: str  # Measure, Problem, Plan, Passage, Section
    path: str | None
    text: str
    report: str
    begin: int | None
    end: int | None
    file: str | None
    role: str | None


@dataclass(frozen=True)
class FigureInfo:
    iri: str
    unit: int | None  # index into QuestionIndex.units
    report: str
    phrase: str
    unit_word: str
    value: str
    quote: str
    begin: int | None
    qualifier: str | None
    qualifier_text: str | None
    previous: str | None
    label: str
    context: str  # the clause around the figure, as the report words it
    places: tuple[str, ...] = ()  # places the context names before the figure (武汉 in 武汉都市圈…)
    series: str | None = None  # the figure series (year on year) it belongs to


@dataclass
class QuestionIndex:
    names: dict[str, list[Named]] = field(default_factory=dict)  # folded name → entities
    reports: list[ReportInfo] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    figures: list[FigureInfo] = field(default_factory=list)
    unit_tokens: list[list[str]] = field(default_factory=list)
    figure_tokens: list[list[str]] = field(default_factory=list)
    _automaton: Any = None
    _texts: str | None = None
    _folded_units: list[str] | None = None
    _unit_bm25: Any = None
    _figure_bm25: Any = None

    # --- names ---------------------------------------------------------------------------
    # A name as the report writes it (市司法局) names the body it was resolved to (渭南市司法局).

    def find_names(self, text: str) -> list[tuple[int, int, list[Named]]]:
        """The names in ``text`` (folded), longest first and not overlapping: (begin, end, entities)."""
        automaton = self.automaton()
        if automaton is None:
            return []
        found = [(end - len(key) + 1, end + 1, key) for end, key in automaton.iter(text)]
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        taken: list[tuple[int, int]] = []
        chosen: list[tuple[int, int, list[Named]]] = []
        for begin, end, key in found:
            if any(b < end and begin < e for b, e in taken):
                continue
            taken.append((begin, end))
            chosen.append((begin, end, self.names[key]))
        return sorted(chosen, key=lambda c: c[0])

    def automaton(self) -> Any:
        if self._automaton is None and self.names:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for key in self.names:
                automaton.add_word(key, key)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton

    def holds(self, term: str) -> bool:
        """Whether some text unit or figure uses ``term`` or one of its synonyms."""
        if self._texts is None:
            self._texts = "\n".join(fold(u.text) for u in self.units)
        from .understand import expansions

        return any(fold(word) in self._texts for word in expansions(term))

    def holds_apart(self, first: str, second: str, gap: int) -> bool:
        """Whether some text uses ``first`` and then ``second`` with one to ``gap`` characters
        of the same clause between them (全程|疫苗|接种 for the asker's 全程接种)."""
        self.holds("")
        assert self._texts is not None
        return re.search(re.escape(fold(first)) + f"[^\\n，,。；;：:]{{1,{gap}}}" + re.escape(fold(second)),
                         self._texts) is not None

    def written_out(self, name: str, stretch: int) -> str | None:
        """The long name some clause writes with the characters of ``name`` in order, within
        ``stretch`` times its length and from its first character to its last (亚洲青年运动会 of
        亚青会, 市场监督管理局 of 市场监管局): what the asker names short; None when none does."""
        self.holds("")
        assert self._texts is not None
        folded = fold(name)
        pattern = "".join(re.escape(c) + "[^\\n，,。；;：:、“”《》（）()]*?" for c in folded[:-1]) + re.escape(folded[-1:])
        return next((m.group() for m in re.finditer(pattern, self._texts) if len(m.group()) <= stretch * len(folded)),
                    None)

    def folded_text(self) -> str:
        """Every unit's text folded, joined by line breaks."""
        self.holds("")
        assert self._texts is not None
        return self._texts

    def folded_units(self) -> list[str]:
        """Each unit's text folded, in order (the joined texts split again: no second folding)."""
        if self._folded_units is None:
            self.holds("")
            assert self._texts is not None
            self._folded_units = self._texts.split("\n")
        return self._folded_units

    def holds_part(self, term: str) -> bool:
        """Whether the texts use ``term`` less its last or first character: 银行 for 银行业, 创业
        for 创业者 (the asker's word for something the reports name), but neither 保税 nor 税区."""
        return self.holds(term[:-1]) or self.holds(term[1:])

    # --- ranking -------------------------------------------------------------------------

    def rank_units(self, query: list[str], allowed: set[int] | None = None) -> list[tuple[float, int]]:
        if self._unit_bm25 is None:
            self._unit_bm25 = _bm25(self.unit_tokens)
        return _ranked(self._unit_bm25, query, allowed)

    def rank_figures(self, query: list[str], allowed: set[int] | None = None) -> list[tuple[float, int]]:
        if self._figure_bm25 is None:
            self._figure_bm25 = _bm25(self.figure_tokens)
        return _ranked(self._figure_bm25, query, allowed)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_automaton"] = None  # rebuilt on first use: quick, and not picklable everywhere
        # The scores are built from the words, which need not be kept: a corpus has millions.
        state["unit_tokens"], state["figure_tokens"] = [], []
        state["_folded_units"] = None  # split from the joined texts when wanted
        return state


def _bm25(corpus: list[list[str]]) -> "Postings":
    return Postings(corpus or [[""]])


class Postings:
    """BM25 (Okapi) scores as rank_bm25 computes them, kept as an inverted index.

    rank_bm25 gives the weights (its idf, document lengths and average) but scores a query by
    visiting every document for every word, and its one dictionary per document takes about a
    second to unpickle for the whole corpus.  Here each word's postings are slices of two arrays:
    a query touches only the documents that hold its words, with the same arithmetic, so the
    scores are the same to the last bit.
    """

    def __init__(self, corpus: list[list[str]]) -> None:
        import numpy as np
        from rank_bm25 import BM25Okapi

        okapi = BM25Okapi(corpus)
        postings: dict[str, list[tuple[int, int]]] = {}
        for document, frequencies in enumerate(okapi.doc_freqs):
            for word, frequency in frequencies.items():
                postings.setdefault(word, []).append((document, frequency))
        vocabulary = sorted(postings)
        self.words = {word: i for i, word in enumerate(vocabulary)}
        self.idf = np.array([okapi.idf[word] for word in vocabulary], dtype=np.float64)
        self.offsets = np.cumsum([0] + [len(postings[word]) for word in vocabulary], dtype=np.int64)
        self.documents = np.array([d for word in vocabulary for d, _ in postings[word]], dtype=np.int64)
        self.frequencies = np.array([f for word in vocabulary for _, f in postings[word]], dtype=np.int64)
        self.lengths = np.array(okapi.doc_len)
        self.average = okapi.avgdl
        self.k1, self.b, self.size = okapi.k1, okapi.b, okapi.corpus_size

    def get_scores(self, query: list[str]) -> Any:
        import numpy as np

        score = np.zeros(self.size)
        for word in query:
            i = self.words.get(word)
            if i is None or not self.idf[i]:
                continue
            lo, hi = self.offsets[i], self.offsets[i + 1]
            documents, frequency = self.documents[lo:hi], self.frequencies[lo:hi]
            score[documents] += self.idf[i] * (frequency * (self.k1 + 1) / (
                frequency + self.k1 * (1 - self.b + self.b * self.lengths[documents] / self.average)))
        return score


def _ranked(bm25: Any, query: list[str], allowed: set[int] | None) -> list[tuple[float, int]]:
    if not query:
        return []
    import numpy as np

    scores = bm25.get_scores(query)
    positive = np.flatnonzero(scores > 0)
    ranked = [(float(scores[i]), int(i)) for i in positive if allowed is None or int(i) in allowed]
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    return ranked


def tokens(text: str) -> list[str]:
    """Character bigrams of the Chinese in ``text`` (a lone character stands for itself) and
    its Latin words, lower case: what BM25 counts."""
    result: list[str] = []
    for run in re.findall(r"[\u4e00-\u9fff]+|[A-Za-z0-9%.]+", fold(text)):
        if run[0] >= "\u4e00":
            result.extend(run[i:i + 2] for i in range(max(1, len(run) - 1)))
        else:
            result.append(run)
    return result


# --- building -----------------------------------------------------------------------------


def question_index(store: "GraphStore") -> QuestionIndex:
    """The index of the graph in ``store``: from memory, from the store's cache, or built."""
    cached = _MEMORY.get(id(store))
    if cached is not None and cached[0] is store:
        return cached[1]
    index = _load(store) or _build(store)
    _MEMORY[id(store)] = (store, index)
    while len(_MEMORY) > MEMORY_SIZE:  # the oldest first: a process that opens many graphs keeps few
        del _MEMORY[next(iter(_MEMORY))]
    return index


MEMORY_SIZE = 4  # indexes kept in memory, for the graphs asked most recently
_MEMORY: dict[int, tuple[Any, QuestionIndex]] = {}


def _load(store: "GraphStore") -> QuestionIndex | None:
    path = _cache_path(store)
    if path is None:
        return None
    # Pickle is safe here: kg wrote this file itself in its own cache directory, keyed by the
    # graph's hash; anything unreadable is rebuilt.
    # The collector would walk the hundreds of thousands of objects being made, again and
    # again, for nothing: nothing unpickled here is garbage yet.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as handle:
            version, index = pickle.load(handle)
    except Exception:
        return None
    finally:
        if collecting:
            gc.enable()
    return index if version == INDEX_VERSION and isinstance(index, QuestionIndex) else None


def _cache_path(store: "GraphStore") -> Any:
    directory = getattr(store, "cache_dir", None)
    return directory / INDEX_FILE if directory is not None else None


def _build(store: "GraphStore") -> QuestionIndex:
    index = QuestionIndex()
    index.names = _names(store)
    index.reports = _reports(store)
    index.units = _units(store)
    index.figures = _figures(store, index.units)
    index.unit_tokens = [tokens(u.text) for u in index.units]
    index.figure_tokens = [tokens(f"{f.phrase} {f.context}") for f in index.figures]
    # Built now, so that the cached index holds them ready.
    index._unit_bm25 = _bm25(index.unit_tokens)
    index._figure_bm25 = _bm25(index.figure_tokens)
    index.holds("")  # the texts joined once, kept with the rest
    path = _cache_path(store)
    if path is not None:
        try:
            temporary = path.with_name(f".{path.name}.tmp")
            with temporary.open("wb") as handle:
                pickle.dump((INDEX_VERSION, index), handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(path)
        except OSError:
            pass  # an unwritable cache only costs time
    return index


def _names(store: "GraphStore") -> dict[str, list[Named]]:
    by_iri: dict[str, dict[str, Any]] = {}
    for row in store.select(Query(ENTITY_NAMES)):
        entry = by_iri.setdefault(row["entity"] or "", {"classes": set(), "label": None, "titles": [], "number": None})
        entry["classes"].add(row["class"] or "")
        if row["kind"] == "label":
            entry["label"] = row["name"]
        elif row["kind"] == "title":
            entry["titles"].append(row["name"])
        else:
            entry["number"] = row["name"]
    names: dict[str, list[Named]] = {}
    for iri in sorted(by_iri):
        entry = by_iri[iri]
        titles = sorted(t for t in entry["titles"] if t)
        label = entry["label"] or (titles[0] if titles else None) or entry["number"] or iri
        named = Named(iri, label, most_specific_type(entry["classes"]), entry["number"], titles[0] if titles else None)
        spoken = [form for title in (label, *titles) if title for form in plan_spoken_forms(title)]
        for name in {label, *titles, entry["number"], *spoken}:
            if name and len(fold(name)) >= MIN_NAME:
                names.setdefault(fold(name), []).append(named)
    return names


_FIVE_YEAR_PLAN = re.compile(r"第(?P<n>[一二三四五六七八九十]{1,3})个五年规划")


def plan_spoken_forms(title: str) -> list[str]:
    """How people name a five-year plan's documents: …第十四个五年规划和2035年远景目标纲要（草案）
    is the 十四五规划纲要 (草案), the party's …第十五个五年规划的建议 the 十五五规划建议, with the
    place before them or not (广东省十五五规划纲要)."""
    found = _FIVE_YEAR_PLAN.search(title)
    if found is None:
        return []
    plan = f"{found.group('n')}五规划"
    place = re.match(r"(?:中共)?(?P<place>[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|自治区))(?=国民经济|关于)", title)
    kinds = [kind for kind in ("纲要", "建议") if kind in title[found.end():]]
    forms = [plan + kind + draft for kind in kinds for draft in ("", "草案") if not draft or "草案" in title]
    return forms + [place.group("place") + form for form in forms] if place else forms


def _reports(store: "GraphStore") -> list[ReportInfo]:
    rows: dict[str, dict[str, Any]] = {}
    for row in store.select(Query(REPORTS)):
        entry = rows.setdefault(row["report"] or "", {"row": row, "places": []})
        if row["place"] and row["place"] not in entry["places"]:
            entry["places"].append(row["place"])
    reports = []
    for iri in sorted(rows):
        row = rows[iri]["row"]
        places: list[str] = []
        for place in rows[iri]["places"]:
            own = own_place_name(place, rows[iri]["places"])
            places.extend(p for p in (place, short_place(place), own, own and short_place(own)) if p and p not in places)
        reports.append(ReportInfo(iri, row["title"] or row["label"] or iri, as_int(row["year"]), as_int(row["reviewed"]),
                                  tuple(places), row["issuer"], row["occasion"], row["speaker"]))
    return reports


def own_place_name(name: str, around: list[str]) -> str | None:
    """深圳市南山区 inside 深圳市 → 南山区: a place's name without the place that holds it, as
    people say it when the holder goes without saying."""
    holders = [p for p in around if p != name and name.startswith(p) and len(name) - len(p) >= 2]
    return name[len(max(holders, key=len)):] if holders else None


def short_place(name: str) -> str | None:
    """南山区 → 南山, 四川省 → 四川, 广西壮族自治区 → 广西: the name people use in questions."""
    for ending in _PLACE_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[: -len(ending)]
    return None


def _units(store: "GraphStore") -> list[Unit]:
    units: dict[str, Unit] = {}
    for row in store.select(Query(UNITS)):
        iri = row["unit"] or ""
        if iri in units:
            continue
        kind = (row["class"] or "").rsplit("#", 1)[-1]
        text = row["text"] or row["heading"] or ""
        if not text or (kind == "Passage" and row["role"] in _SILENT_ROLES):
            continue
        units[iri] = Unit(iri, kind, row["path"], text, row["report"] or "", as_int(row["begin"]), as_int(row["end"]),
                          row["file"], row["role"])
    return sorted(units.values(), key=lambda u: (u.report, u.begin if u.begin is not None else -1, u.iri))


def _figures(store: "GraphStore", units: list[Unit]) -> list[FigureInfo]:
    position = {unit.iri: i for i, unit in enumerate(units)}
    figures: dict[str, FigureInfo] = {}
    for row in store.select(Query(FIGURES)):
        iri = row["figure"] or ""
        if iri in figures:
            continue
        unit_index = position.get(row["unit"] or "")
        begin = as_int(row["begin"])
        quote = row["quote"] or ""
        context = _context(units[unit_index], begin, quote) if unit_index is not None and begin is not None else quote
        figures[iri] = FigureInfo(iri, unit_index, row["report"] or "", row["phrase"] or "", row["unitWord"] or "",
                                  row["value"] or "", quote, begin, row["qualifier"], row["qualifierText"],
                                  row["previous"], row["label"] or quote, context, _places_before(context, quote),
                                  row["series"])
    return sorted(figures.values(), key=lambda f: (f.report, f.begin if f.begin is not None else -1, f.iri))


def _places_before(context: str, quote: str) -> tuple[str, ...]:
    """The places the words before a figure name, as written and in full (武汉, 武汉市)."""
    from ..extract.places import gazetteer

    at = context.rfind(quote)
    before = context[:at] if at >= 0 else context
    named: list[str] = []
    for found in gazetteer().find(before):
        for name in (before[found.begin:found.end], found.place.name):
            if name not in named:
                named.append(name)
    return tuple(named)


def _context(unit: Unit, begin: int, quote: str) -> str:
    """The words of ``unit`` that say what the figure at ``begin`` counts: its sentence up to
    the end of the figure's own clause (a later clause counts something else)."""
    if unit.begin is None:
        return quote
    start = begin - unit.begin
    if not 0 <= start <= len(unit.text):
        return quote
    text = unit.text
    floor = max(0, start - _CONTEXT_BACK)
    left = max(text.rfind(c, floor, start) for c in _CLAUSE_STOPS) + 1 or floor
    end = start + len(quote)
    ahead = [i for i in (text.find(c, end, end + _CONTEXT_AHEAD) for c in _CLAUSE_STOPS + _COMMAS) if i != -1]
    return text[left: min(ahead) if ahead else min(len(text), end + _CONTEXT_AHEAD)]


def as_int(value: str | None) -> int | None:
    """A literal's integer, or None."""
    try:
        return int(value) if value else None
    except ValueError:
        return None
