"""Score a built graph against gold written by reading: precision and recall per category.

Gold files (``tests/gold/reports/*.json``, format in ``tests/gold/GUIDELINES.md``) say what a
careful reader finds in a report.  Each report is built on its own and read back through its
store, so the scores are of what a user of the graph gets.  Facts are compared by what they
are, never by IRI:

* items by the first characters of their text (markers such as 一是 and （一） removed), with
  and without their kind (measure, problem, plan);
* documents by normalised title (a short title inside a longer one counts) or 文号; laws and
  regulations the reader found cited without 《》 are scored on their own;
* organisations and figures inside the reader's region only (organisations by name, figures
  by value and unit), enterprises over the whole report;
* header facts field by field, a name matching when one ends with the other (市司法局 names
  the same body as 渭南市司法局).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .extract.documents import document_type
from .graph.sparql import IRI, Query
from .graph.vocab import report_iri

if TYPE_CHECKING:
    from .graph.store import LocalStore

T = TypeVar("T")

# Characters compared at the start of an item: enough to tell items apart, few enough that a
# boundary a character off (a marker, a space) still matches.
ITEM_PREFIX = 10
_ITEM_MARKER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]?|——|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])")
# Gold organisation classes as kg's three kinds.
ORG_CLASS = {"government": "GovernmentBody", "party": "GovernmentBody", "congress": "GovernmentBody",
             "judicial": "GovernmentBody", "institution": "Institution", "social": "Institution",
             "enterprise": "Enterprise"}
HEADER_FIELDS = ("title", "year", "date", "issuer", "jurisdiction", "speaker", "occasion", "number", "signer", "recipient")


@dataclass(frozen=True)
class Score:
    """Counts for one category; ``missed`` and ``extra`` name what differs."""

    name: str
    expected: int
    found: int
    correct_found: int
    correct_expected: int
    missed: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()

    @property
    def precision(self) -> float:
        return self.correct_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct_expected / self.expected if self.expected else 1.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.name, self.expected + other.expected, self.found + other.found,
                     self.correct_found + other.correct_found, self.correct_expected + other.correct_expected,
                     self.missed + other.missed, self.extra + other.extra)


@dataclass
class ReportGold:
    id: str
    file: Path
    split: str
    data: dict[str, Any] = field(repr=False)

    @classmethod
    def load(cls, path: Path, root: Path) -> "ReportGold":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(id=data["id"], file=root / data["file"], split=data.get("split", "dev"), data=data)


def key(text: str) -> str:
    """Text as compared: NFKC, without spaces and 《》 or quotes."""
    return re.sub(r"[\s《》“”\"'‘’]", "", unicodedata.normalize("NFKC", text))


def item_key(text: str) -> str:
    body = key(text)
    while True:
        stripped = _ITEM_MARKER.sub("", body, count=1)
        if stripped == body:
            return body[:ITEM_PREFIX]
        body = stripped


def same_name(a: str, b: str) -> bool:
    """One name ends with the other (市司法局 / 渭南市司法局), ignoring width and spaces."""
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    short, long = sorted((ka, kb), key=len)
    return long.endswith(short) and len(short) >= min(3, len(long))


def number_key(value: str) -> str:
    try:
        return format(Decimal(str(value)).normalize(), "f")
    except (InvalidOperation, ValueError):
        return str(value)


# --- reading the graph ---------------------------------------------------------------------

ITEMS = """
SELECT ?report ?unit ?class ?text WHERE {
  VALUES ?class { kg:Measure kg:Problem kg:Plan }
  ?unit a ?class ; kg:inReport ?report ; kg:text ?text .
}"""

DOCUMENTS = """
SELECT DISTINCT ?report ?doc ?title ?number ?label WHERE {
  ?unit kg:cites ?doc .
  ?unit kg:inReport? ?report .
  ?report a kg:Report .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc kg:documentNumber ?number }
  OPTIONAL { ?doc rdfs:label ?label }
}"""

MENTIONED_ORGANISATIONS = """
SELECT ?report ?name ?class ?begin ?end WHERE {
  ?mention kg:inReport ?report ; kg:mentionOf ?org ; kg:beginOffset ?begin ; kg:endOffset ?end .
  ?org a org:Organization ; a ?class .
  OPTIONAL { ?mention kg:quote ?quote }
  ?org rdfs:label ?label .
  BIND (COALESCE(?quote, ?label) AS ?name)
}"""

FIGURES = """
SELECT ?report ?figure ?value ?unit ?begin ?end ?quote WHERE {
  ?figure a kg:Figure ; kg:inReport ?report ; kg:value ?value ; kg:beginOffset ?begin ; kg:endOffset ?end .
  OPTIONAL { ?figure kg:unit ?unit }
  OPTIONAL { ?figure kg:quote ?quote }
}"""

HEADER = """
SELECT ?report ?title ?year ?date ?issuer ?jurisdiction ?speaker ?occasion ?number ?signer ?recipient WHERE {
  OPTIONAL { ?report dcterms:title ?title }
  OPTIONAL { ?report kg:reportYear ?year }
  OPTIONAL { ?report kg:signedOn|kg:deliveredOn ?date }
  OPTIONAL { ?report kg:issuedBy/rdfs:label ?issuer }
  OPTIONAL { ?report kg:jurisdiction/rdfs:label ?jurisdiction }
  OPTIONAL { ?report kg:speaker/rdfs:label ?speaker }
  OPTIONAL { ?report kg:occasion ?occasion }
  OPTIONAL { ?report kg:documentNumber ?number }
  OPTIONAL { ?report kg:signer/rdfs:label ?signer }
  OPTIONAL { ?report kg:recipient/rdfs:label ?recipient }
}"""


def _rows(store: "LocalStore", query: str, report: str) -> list[dict[str, str | None]]:
    return store.select(Query(query, {"report": IRI(report)}))


# --- scoring -------------------------------------------------------------------------------


def score_report(gold: ReportGold, store: "LocalStore", report_id: str, text: str) -> dict[str, Score]:
    """Scores of one report's graph (in ``store``) against its gold."""
    report = report_iri(report_id)
    region = _region(gold.data.get("region"), text)
    scores = {
        **_items(gold.data, _rows(store, ITEMS, report)),
        **_documents(gold.data, _rows(store, DOCUMENTS, report), text),
        **_organisations(gold.data, _rows(store, MENTIONED_ORGANISATIONS, report), region),
        "figures": _figures(gold.data, _rows(store, FIGURES, report), region),
        "header": _header(gold.data.get("header", {}), _rows(store, HEADER, report)),
    }
    # A gold file annotated for some categories only (its "scope") is scored on those.
    scope = gold.data.get("scope")
    return {name: score for name, score in scores.items() if scope is None or name in scope}


def _region(region: dict[str, str] | None, text: str) -> tuple[int, int]:
    """Where the reader's region lies: ``from`` … ``to``, looked for after ``after`` when given
    (a text that holds its report twice names the copy the region is in)."""
    if not region:
        return 0, len(text)
    start = 0
    if "after" in region:
        start = text.find(region["after"])
        if start < 0:
            raise ValueError(f"gold region not found in the text: {region}")
    begin = text.find(region["from"], start)
    end = text.find(region["to"], max(begin, 0))
    if begin < 0 or end < 0:
        raise ValueError(f"gold region not found in the text: {region}")
    return begin, end + len(region["to"])


def _match(name: str, expected: Iterable[str], found: Iterable[str], same: Any) -> Score:
    """Precision and recall where ``same(a, b)`` decides whether a found fact is an expected one."""
    expected, found = list(expected), list(found)
    hit_found = [f for f in found if any(same(f, e) for e in expected)]
    hit_expected = [e for e in expected if any(same(f, e) for f in found)]
    missed = tuple(sorted(e for e in expected if e not in hit_expected))
    extra = tuple(sorted(f for f in found if f not in hit_found))
    return Score(name, len(expected), len(found), len(hit_found), len(hit_expected), missed, extra)


def _items(gold: dict[str, Any], rows: list[dict[str, str | None]]) -> dict[str, Score]:
    kinds = {"Measure": "measure", "Problem": "problem", "Plan": "plan"}
    found = [(item_key(r["text"] or ""), kinds[(r["class"] or "").rsplit("#", 1)[-1]]) for r in rows]
    expected = [(item_key(i["starts_with"]), i["kind"]) for i in gold.get("items", [])]
    found_keys, expected_keys = Counter(k for k, _ in found), Counter(k for k, _ in expected)
    any_kind = _counted("items found", expected_keys, found_keys)
    right_kind = _counted("items, right kind", Counter(expected), Counter(found))
    return {"items": any_kind, "items+kind": right_kind}


def _counted(name: str, expected: Counter[Any], found: Counter[Any]) -> Score:
    correct = expected & found
    n = sum(correct.values())
    return Score(name, sum(expected.values()), sum(found.values()), n, n,
                 tuple(sorted(str(k) for k in (expected - correct).elements())),
                 tuple(sorted(str(k) for k in (found - correct).elements())))


def _documents(gold: dict[str, Any], rows: list[dict[str, str | None]], text: str) -> dict[str, Score]:
    by_doc: dict[str, set[str]] = {}
    for row in rows:
        names = by_doc.setdefault(row["doc"] or "", set())
        for column in ("title", "number", "label"):
            if row[column]:
                names.add(row[column] or "")
    found = ["|".join(sorted(names)) for names in by_doc.values()]
    expected = ["|".join(n for n in [doc.get("title"), doc.get("number"), *doc.get("aliases", [])] if n)
                for doc in gold.get("documents", [])]

    def same(found_names: str, expected_names: str) -> bool:
        return any(_same_title(f, e) for f in found_names.split("|") for e in expected_names.split("|"))

    laws = [e for e, doc in zip(expected, gold.get("documents", []))
            if not doc.get("quoted", True) and doc.get("type") in ("law", "regulation")]
    # Found laws without 《》: documents named like a law or regulation that the text never puts in 《》.
    unquoted_laws = [f for f in found if any(document_type(n) in ("law", "regulation") for n in f.split("|"))
                     and not any("《" + n in text for n in f.split("|"))]
    return {"documents": _match("documents", expected, found, same),
            "laws without 《》": _match("laws without 《》", laws, unquoted_laws, same)}


def _same_title(a: str, b: str) -> bool:
    ka, kb = key(a), key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long = sorted((ka, kb), key=len)
    # A title cited with its issuer or a trailer ((试行), (2021—2025年)) is the same document.
    return len(short) >= 4 and short in long and len(short) >= 0.6 * len(long)


def _organisations(gold: dict[str, Any], rows: list[dict[str, str | None]], region: tuple[int, int]) -> dict[str, Score]:
    begin, end = region
    classes: dict[str, set[str]] = {}
    for row in rows:
        if begin <= int(row["begin"] or -1) and int(row["end"] or 0) <= end:
            classes.setdefault(row["name"] or "", set()).add((row["class"] or "").rsplit("#", 1)[-1])
    expected = {o["name"]: ORG_CLASS.get(o.get("class", ""), "GovernmentBody") for o in gold.get("organisations", [])}
    aliases = {alias: o["name"] for o in gold.get("organisations", []) for alias in o.get("aliases", [])}

    def same(found_name: str, expected_name: str) -> bool:
        return key(found_name) == key(expected_name) or aliases.get(found_name) == expected_name

    names = _match("organisations", expected, classes, same)
    kinds = {"Enterprise", "Institution", "GovernmentBody"}
    typed_found = [f"{n}:{(classes[n] & kinds or {'?'}).pop()}" for n in classes]
    typed_expected = [f"{n}:{c}" for n, c in expected.items()]

    def same_typed(f: str, e: str) -> bool:
        fn, fc = f.rsplit(":", 1)
        en, ec = e.rsplit(":", 1)
        return same(fn, en) and fc == ec

    return {"organisations": names, "organisations+class": _match("organisations+class", typed_expected, typed_found, same_typed)}


def score_enterprises(gold: dict[str, Any], names: Iterable[str]) -> Score:
    expected = list(dict.fromkeys(gold.get("enterprises", [])))
    return _match("enterprises", expected, sorted(set(names)), lambda f, e: key(f) == key(e))


ENTERPRISES = """
SELECT DISTINCT ?report ?name WHERE {
  ?mention kg:inReport ?report ; kg:mentionOf ?org ; kg:quote ?name .
  ?org a kg:Enterprise .
}"""


def _figures(gold: dict[str, Any], rows: list[dict[str, str | None]], region: tuple[int, int]) -> Score:
    begin, end = region
    found = Counter((number_key(r["value"] or ""), r["unit"] or "") for r in rows
                    if begin <= int(r["begin"] or -1) and int(r["end"] or 0) <= end)
    expected = Counter((number_key(f["value"]), f.get("unit") or "") for f in gold.get("figures", []))
    return _counted("figures", expected, found)


def _header(gold: dict[str, Any], rows: list[dict[str, str | None]]) -> Score:
    row = rows[0] if rows else {}
    expected = [f"{name}={gold[name]}" for name in HEADER_FIELDS if gold.get(name) not in (None, "")]
    found = [f"{name}={row[name]}" for name in HEADER_FIELDS if row.get(name)]

    def same(f: str, e: str) -> bool:
        fname, fvalue = f.split("=", 1)
        ename, evalue = e.split("=", 1)
        if fname != ename:
            return False
        if fname in ("year", "date", "number"):
            return key(fvalue) == key(evalue)
        return same_name(fvalue, evalue)

    return _match("header", expected, found, same)


def evaluate(golds: list[ReportGold], *, recogniser: bool = True, workers: int = 1) -> dict[str, dict[str, Score]]:
    """Build each gold report and score it; scores by report id, then by category.
    ``recogniser=False`` scores the organisation rules alone; with ``workers`` above one, reports
    are scored in that many processes.  A report two gold files annotate is extracted once."""
    import functools

    scores = _sharing_extractions(functools.partial(_evaluate_one, recogniser=recogniser), golds, workers)
    return {gold.id: score for gold, score in zip(golds, scores)}


def _evaluate_one(gold: ReportGold, recogniser: bool, cache: Path | None) -> dict[str, Score]:
    from .build import BuildOptions, build_quads
    from .graph.store import LocalStore, load_quads
    from .read import read_report, report_id

    quads = build_quads([gold.file], BuildOptions(use_cache=False, recogniser=recogniser), cache=cache)
    store = LocalStore(load_quads(quads), gold.file)
    text = read_report(gold.file).text
    scores = score_report(gold, store, report_id(gold.file), text)
    names = [r["name"] or "" for r in _rows(store, ENTERPRISES, report_iri(report_id(gold.file)))]
    if "scope" not in gold.data or "enterprises" in gold.data["scope"]:
        scores["enterprises"] = score_enterprises(gold.data, names)
    return scores


CATEGORIES = ("items", "items+kind", "documents", "laws without 《》", "organisations", "organisations+class",
              "enterprises", "figures", "header")


def totals(results: dict[str, dict[str, Score]], ids: Iterable[str]) -> dict[str, Score]:
    """Scores summed over the reports ``ids``, per category (micro-averaged)."""
    summed: dict[str, Score] = {}
    for report in ids:
        for name, score in results[report].items():
            summed[name] = summed[name] + score if name in summed else score
    return summed


def table(results: dict[str, dict[str, Score]], golds: list[ReportGold]) -> str:
    """Precision and recall per category for the dev and test splits, side by side."""
    splits = {split: [g.id for g in golds if g.split == split] for split in ("dev", "test")}
    summed = {split: totals(results, ids) for split, ids in splits.items() if ids}
    lines = [f"{'category':<22}" + "".join(f"{split + ' P':>9}{split + ' R':>9}{'n':>6}" for split in summed)]
    for name in CATEGORIES:
        cells = ""
        for split in summed:
            score = summed[split].get(name)
            cells += f"{score.precision:>9.0%}{score.recall:>9.0%}{score.expected:>6}" if score else " " * 24
        lines.append(f"{name:<22}{cells}")
    lines.append("reports: " + "; ".join(f"{split} {', '.join(ids)}" for split, ids in splits.items()))
    return "\n".join(lines)


# --- questions ----------------------------------------------------------------------------
#
# Question gold (tests/gold/questions/*.json) holds what an analyst asks of a graph, in their own
# words, with the answer read from the text.  Each set is built into one graph (one or several
# reports) and every question is put to ``kg ask``'s library, as a user would.


@dataclass
class QuestionSet:
    id: str
    graph: list[Path]
    questions: list[dict[str, Any]]

    @classmethod
    def load(cls, path: Path, root: Path) -> "QuestionSet":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(id=data["set"], graph=[root / g for g in data["graph"]], questions=data["questions"])


@dataclass
class QuestionResult:
    id: str
    split: str
    category: str
    question: str
    correct: bool
    why: str
    seconds: float


def score_questions(sets: list[QuestionSet], *, workers: int = 1) -> list[QuestionResult]:
    """Ask every question of its set's graph and judge the answer against the expectation; with
    ``workers`` above one, sets are scored in that many processes.  A report in several sets'
    graphs is extracted once."""
    return [result for results in _sharing_extractions(_score_set, sets, workers) for result in results]


def _sharing_extractions(function: Callable[..., T], items: list[Any], workers: int) -> list[T]:
    """``function`` of each item, given a temporary extraction cache (``cache=``) all calls share,
    so that a report two items hold is extracted once; in ``workers`` processes when above one."""
    import functools
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-scoring-") as folder:
        apply = functools.partial(function, cache=Path(folder))
        if workers > 1 and len(items) > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawned, not forked: the caller may hold threads (a test session's servers)
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
                return list(pool.map(apply, items))
        return [apply(item) for item in items]


def _score_set(question_set: QuestionSet, cache: Path | None = None) -> list[QuestionResult]:
    import time

    from .ask import answer
    from .build import build_quads
    from .graph.store import LocalStore, load_quads

    results: list[QuestionResult] = []
    store = LocalStore(load_quads(build_quads(question_set.graph, cache=cache)), question_set.graph[0])
    for question in question_set.questions:
        start = time.perf_counter()
        found = answer(question["question"], store)
        seconds = time.perf_counter() - start
        correct, why = judge(question["expect"], found)
        results.append(QuestionResult(question["id"], question["split"], question["category"], question["question"],
                                      correct, why, seconds))
    return results


def judge(expect: dict[str, Any], found: Any) -> tuple[bool, str]:
    """Whether an answer meets the expectation of the question gold (see GUIDELINES.md)."""
    items = found.items
    top = _folded(" ".join([found.summary] + [_item_text(i) for i in items[:5]]))
    everything = _folded(" ".join([found.summary] + [_item_text(i) for i in items]))
    if expect.get("absent"):
        return (found.absent and not items), "should say the graph does not hold it"
    if found.absent and not ("yes" in expect and found.yes is not None):
        return False, "said not mentioned"  # (a no that says the report does not give it is a no)
    if "yes" in expect:
        return found.yes is expect["yes"], f"yes/no: expected {expect['yes']}, got {found.yes}"
    quotes = [_folded(q) for q in expect.get("quotes", [])]
    share = expect.get("min_share")
    if share is not None:
        hits = sum(q in everything for q in quotes)
        if hits < share * len(quotes):
            return False, f"list: {hits} of {len(quotes)} found"
    else:
        missing = [q for q in quotes if q not in top]
        if missing:
            return False, f"missing {missing}"
    any_quotes = [_folded(q) for q in expect.get("any_quotes", [])]
    if any_quotes and not any(q in top for q in any_quotes):
        return False, "none of the expected passages"
    reports = expect.get("reports")
    if reports:
        # a report is named by its year (an integer) or by its place (甘肃), which its label holds
        years = {str(item.extra.get("reportYear")) for item in items}
        labels = " ".join(str(item.extra.get("reportLabel") or "") for item in items)
        missing_reports = [r for r in reports if (str(r) not in years if isinstance(r, int)
                                                  else not any(n in labels for n in _REPORT_NAMES.get(str(r), (str(r),))))]
        if missing_reports:
            return False, f"reports not covered: {missing_reports}"
    return True, ""


def _item_text(item: Any) -> str:
    return " ".join(str(part) for part in (item.label, item.text, item.source) if part)


# The nation's report, named by gold as 全国 or 中国, is labelled by who delivers it.
_REPORT_NAMES = {"全国": ("全国", "国务院"), "中国": ("中国", "国务院"), "国家": ("国家", "国务院")}


def _folded(text: str) -> str:
    """Full- and half-width forms and spaces do not decide a match."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def question_table(results: list[QuestionResult]) -> str:
    """Share of questions answered right, per category, for the dev and test splits."""
    categories = sorted({r.category for r in results})
    lines = [f"{'category':<12}" + "".join(f"{split:>12}" for split in ("dev", "test"))]
    for category in categories + ["all"]:
        cells = ""
        for split in ("dev", "test"):
            chosen = [r for r in results if r.split == split and (category == "all" or r.category == category)]
            right = sum(r.correct for r in chosen)
            cells += f"{f'{right}/{len(chosen)}':>12}" if chosen else " " * 12
        lines.append(f"{category:<12}{cells}")
    for split in ("dev", "test"):
        chosen = [r for r in results if r.split == split]
        if chosen:
            times = sorted(r.seconds for r in chosen)
            lines.append(f"{split}: {sum(r.correct for r in chosen) / len(chosen):.0%} right, "
                         f"median {times[len(times) // 2] * 1000:.0f} ms per question")
    return "\n".join(lines)
