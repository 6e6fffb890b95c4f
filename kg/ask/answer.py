"""Answer a question over a graph: recognise it, run its query with bound values, shape items.

``ask(question, graph_path)`` returns an :class:`Answer`: the kind, the SPARQL that ran (with
its values written in a VALUES block), and items each with ``iri``, ``label``, ``type``,
``text``, ``path`` and ``source`` (the exact source text).  A question that is not understood,
or names nothing in the graph, gets the closest names and the supported forms instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..graph.names import Entity, Names
from ..graph.network import most_specific_type
from ..graph.sparql import IRI, Query, Row
from . import queries
from .parse import Parsed, parse
from .patterns import EXAMPLE_FALLBACKS, KINDS, MESSAGES, Kind

if TYPE_CHECKING:
    from ..graph.store import LocalStore

DEFAULT_TOP = 10
MAX_TARGETS = 5  # a partial title may match several documents; answer for at most this many
CONTEXT_CHARS = 30  # characters of the unit's text shown on each side of a figure


@dataclass
class Item:
    """One answer: an entity, text unit, figure or path, with the exact text it came from."""

    iri: str | None
    label: str
    type: str
    text: str | None = None
    path: str | None = None
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "label": self.label, "type": self.type, "text": self.text,
                "path": self.path, "source": self.source, **self.extra}


@dataclass
class Answer:
    """What ``kg ask`` prints: the recognised kind, the queries run and the items found."""

    question: str
    kind: str | None
    pattern: str | None = None
    summary: str = ""
    items: list[Item] = field(default_factory=list)
    queries: list[Query] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    understood: bool = True
    lang: str = "en"
    # When not understood: (kind, Chinese example, English example), named from this graph.
    forms: list[tuple[Kind, str, str]] = field(default_factory=list)

    # How many rows each of ``queries`` returned: the first that found any is the answer's query.
    counts: list[int] = field(default_factory=list)

    @property
    def sparql(self) -> str:
        """The one query that found this answer's rows, runnable as is with ``kg query``."""
        if not self.queries:
            return ""
        main = next((q for q, n in zip(self.queries, self.counts) if n), self.queries[0])
        return main.shown()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "question": self.question, "kind": self.kind, "pattern": self.pattern, "understood": self.understood,
            "summary": self.summary, "sparql": self.sparql, "queries": [q.shown() for q in self.queries],
            "answers": [item.to_json() for item in self.items],
            "suggestions": self.suggestions,
        }
        if not self.understood:
            data["forms"] = [{"kind": k.id, "summary": k.summary, "zh": zh, "en": en} for k, zh, en in self.forms]
        return data


class Context:
    """A store, the queries run on it so far, and the entity index, loaded on first use."""

    def __init__(self, store: "LocalStore") -> None:
        self.store = store
        self.queries: list[Query] = []
        self.counts: list[int] = []
        self.names = Names(store)

    def run(self, text: str, **bindings: str | IRI | int) -> list[Row]:
        query = Query(text, dict(bindings))
        rows = self.store.select(query)
        self.queries.append(query)
        self.counts.append(len(rows))
        return rows



def ask(question: str, graph_path: Path, *, use_cache: bool = True) -> Answer:
    """Answer ``question`` (Chinese or English) from the graph file at ``graph_path``."""
    from ..graph.store import open_store

    return answer(question, open_store(graph_path, use_cache=use_cache))


def question_forms(store: "LocalStore") -> list[tuple[Kind, str, str]]:
    """Every kind with an example in each language, using names this graph actually holds."""
    names = dict(EXAMPLE_FALLBACKS)
    for row in store.select(Query(queries.EXAMPLE_NAMES)):
        if row["kind"] and row["name"]:
            names[row["kind"]] = row["name"]
    return [(kind, *kind.examples(names)) for kind in KINDS]


def answer(question: str, store: "LocalStore") -> Answer:
    """Answer ``question`` from an open store."""
    context = Context(store)
    parsed = parse(question)
    if parsed is None:
        parsed = _bare_entity(question, context)
    if parsed is None:
        lang = question_language(question)
        return Answer(question=question, kind=None, understood=False, lang=lang,
                      summary=message("not-understood", lang, name=question), suggestions=context.names.closest(question),
                      forms=question_forms(store))
    result = HANDLERS[parsed.kind](context, parsed)
    result.question, result.pattern, result.lang = question, parsed.pattern, parsed.lang
    result.queries, result.counts = context.queries, context.counts
    return result


def _bare_entity(question: str, context: Context) -> Parsed | None:
    """A question that is just a name: a document's facts, or the units mentioning an entity."""
    matches = context.names.resolve(question)
    if not matches:
        return None
    kind = "document" if all(e.is_document for e in matches) else "mentions"
    return Parsed(question=question, kind=kind, pattern=f"{kind}.bare-name", lang=question_language(question),
                  args={"a": question})


def question_language(question: str) -> str:
    """zh if the question's words (not just its names) are Chinese, else en."""
    return "en" if re.match(r"\s*[A-Za-z]", question) else "zh"


def message(key: str, lang: str, **values: object) -> str:
    """A summary line from MESSAGES in the question's language."""
    return MESSAGES[key].get(lang, MESSAGES[key]["en"]).format(**values)


# --- entity questions -------------------------------------------------------------------


def _citing_or_mentions(context: Context, parsed: Parsed) -> Answer:
    """Units that cite the named document, or mention the named organisation or person."""
    argument = parsed.args.get("a", "")
    targets = context.names.resolve(argument)
    if not targets:
        return _unknown(context, parsed, argument)
    # The verb suggests a kind, but what the name turns out to be decides it.
    kind = "citing" if targets[0].is_document else "mentions"
    targets = [t for t in targets if t.is_document == (kind == "citing")][:MAX_TARGETS]
    items: list[Item] = []
    for target in targets:
        rows = context.run(queries.CITING if kind == "citing" else queries.MENTIONS, target=IRI(target.iri))
        for item in _units(rows):
            item.extra["target"] = {"iri": target.iri, "label": target.label, "number": target.number}
            items.append(item)
    names = "; ".join(_describe(t) for t in targets)
    return Answer(question=parsed.question, kind=kind, items=items,
                  summary=message(kind, parsed.lang, n=len(items), name=names))


def _document(context: Context, parsed: Parsed) -> Answer:
    """What a document is (title, number, type, issuer code, year) and where it is cited."""
    argument = parsed.args.get("a", "")
    targets = context.names.resolve(argument, documents_only=True)[:MAX_TARGETS]
    if not targets:
        if context.names.resolve(argument):  # 北人印机是什么: not a document, so where it is named
            return _citing_or_mentions(context, parsed)
        return _unknown(context, parsed, argument)
    items: list[Item] = []
    for target in targets:
        rows = context.run(queries.DOCUMENT, document=IRI(target.iri))
        if not rows:
            continue
        row = rows[0]
        citing = _units(context.run(queries.CITING, target=IRI(target.iri)))
        evidence = next((u.extra.get("evidence") for u in citing if u.extra.get("evidence")), None)
        items.append(Item(
            iri=target.iri, label=row["title"] or row["label"] or target.label,
            type=most_specific_type(r["class"] or "" for r in rows), text=row["title"] or row["label"],
            source=evidence[0] if evidence else None,
            extra={"number": row["number"], "title": row["title"], "documentType": row["typeZh"],
                   "documentTypeEn": row["typeEn"], "issuerCode": row["issuerCode"], "year": row["year"],
                   "serialNumber": row["serial"],
                   "citedBy": [{"iri": u.iri, "path": u.path, "type": u.type, "usage": u.extra.get("usage")} for u in citing]},
        ))
    return Answer(question=parsed.question, kind="document", items=items,
                  summary=message("document", parsed.lang, n=len(items), name="; ".join(_describe(t) for t in targets)))


def _figures(context: Context, parsed: Parsed) -> Answer:
    """Figures whose phrase matches the question's phrase, with value, unit, qualifier, source."""
    phrase = parsed.args.get("phrase", "").strip("《》“”\"' ").removeprefix("关于").removesuffix("的")
    if not phrase:
        return _unknown(context, parsed, parsed.question)
    rows = context.run(queries.FIGURES_CONTAINING, needle=phrase)
    if not rows:
        rows = context.run(queries.FIGURES_CONTAINED, needle=phrase)
        longest = max((len(r["phrase"] or "") for r in rows), default=0)
        rows = [r for r in rows if len(r["phrase"] or "") == longest]
    unit = parsed.args.get("unit")
    if unit and any((r["unitWord"] or "").endswith(unit) for r in rows):
        rows = [r for r in rows if (r["unitWord"] or "").endswith(unit)]
    items = [_figure_item(row) for row in _distinct(rows, "figure")]
    items.sort(key=lambda i: (_path_key(i.path), i.extra.get("begin") or 0))
    return Answer(question=parsed.question, kind="figures", items=items,
                  summary=message("figures", parsed.lang, n=len(items), name=phrase))


def _figure_item(row: Row) -> Item:
    context_text = None
    if row["text"] and row["begin"] and row["unitBegin"]:
        start = int(row["begin"]) - int(row["unitBegin"])
        end = start + len(row["quote"] or "")
        if 0 <= start <= len(row["text"]):
            context_text = row["text"][max(0, start - CONTEXT_CHARS): end + CONTEXT_CHARS // 3]
    return Item(
        iri=row["figure"], label=row["label"] or f"{row['phrase']} {row['quote']}", type="Figure",
        text=context_text or row["label"], path=row["path"], source=row["quote"],
        extra={"value": row["value"], "unit": row["unitWord"], "qualifier": row["qualifier"],
               "qualifierText": row["qualifierText"], "previousValue": row["previous"], "phrase": row["phrase"],
               "unitIri": row["unit"], "begin": int(row["begin"]) if row["begin"] else None},
    )


# --- structure ----------------------------------------------------------------------------


def _section(context: Context, parsed: Parsed) -> Answer:
    """The measures, problems and plans of a numbered section (第三部分 → section 3)."""
    path = parsed.section
    if path is None:
        return _unknown(context, parsed, parsed.args.get("n", ""))
    rows = context.run(queries.SECTION_ITEMS, sectionPath=path)
    headings = sorted({r["heading"] for r in rows if r["heading"]})
    items = _units(rows)
    return Answer(question=parsed.question, kind="section", items=items,
                  summary=message("section", parsed.lang, n=len(items), name=path)
                  + (f" ({'; '.join(headings)})" if headings else ""))


def _problems(context: Context, parsed: Parsed) -> Answer:
    items = _units(context.run(queries.PROBLEMS))
    return Answer(question=parsed.question, kind="problems", items=items, summary=message("problems", parsed.lang, n=len(items)))


def _plans(context: Context, parsed: Parsed) -> Answer:
    items = _units(context.run(queries.PLANS))
    return Answer(question=parsed.question, kind="plans", items=items, summary=message("plans", parsed.lang, n=len(items)))


def _report(context: Context, parsed: Parsed) -> Answer:
    """The report's signer, issuing body, recipient, date, number, title or year (or all)."""
    wanted = parsed.report_field
    reports = _distinct(context.run(queries.REPORT), "report")
    sources = sorted((row["report"] or "", row["rule"] or "", row["quote"] or "") for row in context.run(queries.REPORT_SOURCES))

    def source(report: str, prefixes: tuple[str, ...]) -> str | None:
        # A fact's rule names how it was read (header.issuer.closing): its field is the prefix.
        return next((quote for r, rule, quote in sources if r == report and rule.startswith(prefixes)), None)

    items: list[Item] = []
    for row in reports:
        report_label = row["title"] or row["label"] or ""
        for name, value_column, iri_column, prefixes, type_name in queries.REPORT_FIELDS:
            if (wanted and name != wanted) or not row[value_column]:
                continue
            items.append(Item(
                iri=row[iri_column] if iri_column else row["report"], label=row[value_column] or "", type=type_name,
                text=f"{name}: {row[value_column]}", source=source(row["report"] or "", prefixes),
                extra={"field": name, "report": row["report"], "reportLabel": report_label},
            ))
    return Answer(question=parsed.question, kind="report", items=items,
                  summary=message("report", parsed.lang, n=len(items)))


# --- rankings -----------------------------------------------------------------------------


def _top_documents(context: Context, parsed: Parsed) -> Answer:
    rows = context.run(queries.TOP_DOCUMENTS)[: parsed.top or DEFAULT_TOP]
    items = [Item(iri=r["document"], label=r["label"] or r["number"] or "", type="Document",
                  text=r["label"], source=None,
                  extra={"number": r["number"], "count": int(r["count"] or 0)}) for r in rows]
    _add_sources(context, items)
    return Answer(question=parsed.question, kind="top-documents", items=items,
                  summary=message("top-documents", parsed.lang, n=len(items)))


def _top_measures(context: Context, parsed: Parsed) -> Answer:
    rows = context.run(queries.TOP_MEASURES)
    rows.sort(key=lambda r: (-int(r["count"] or 0), _path_key(r["path"])))
    items = [Item(iri=r["unit"], label=r["label"] or "", type="Measure", text=r["text"], path=r["path"],
                  source=r["quote"], extra={"count": int(r["count"] or 0), "documents": (r["documents"] or "").split(" | ")})
             for r in rows[: parsed.top or DEFAULT_TOP]]
    return Answer(question=parsed.question, kind="top-measures", items=items,
                  summary=message("top-measures", parsed.lang, n=len(items)))


def _top_organisations(context: Context, parsed: Parsed) -> Answer:
    rows = context.run(queries.TOP_ORGANISATIONS)[: parsed.top or DEFAULT_TOP]
    items = [Item(iri=r["org"], label=r["label"] or "", type=most_specific_type((r["classes"] or "").split()),
                  text=r["label"], source=r["source"],
                  extra={"count": int(r["count"] or 0), "units": int(r["units"] or 0)}) for r in rows]
    return Answer(question=parsed.question, kind="top-organisations", items=items,
                  summary=message("top-organisations", parsed.lang, n=len(items)))


# --- connections --------------------------------------------------------------------------


def _connection(context: Context, parsed: Parsed) -> Answer:
    """Shortest paths between two named entities through the entity network."""
    from .connect import shortest_paths

    if parsed.args.get("pair"):
        pair = context.names.split_pair(parsed.args["pair"])
        if pair is None:
            return _unknown(context, parsed, parsed.args["pair"])
        sources, targets = pair
    else:
        sources = context.names.resolve(parsed.args.get("a", ""))
        targets = context.names.resolve(parsed.args.get("b", ""))
        if not sources or not targets:
            missing = parsed.args.get("a", "") if not sources else parsed.args.get("b", "")
            return _unknown(context, parsed, missing)
    a, b = sources[0], targets[0]
    items = shortest_paths(context, a.iri, b.iri)
    return Answer(question=parsed.question, kind="connection", items=items,
                  summary=message("connection", parsed.lang, n=len(items),
                                  name=message("and", parsed.lang, a=_describe(a), b=_describe(b))))


HANDLERS: dict[str, Callable[[Context, Parsed], Answer]] = {
    "citing": _citing_or_mentions, "mentions": _citing_or_mentions, "document": _document,
    "figures": _figures, "section": _section, "problems": _problems, "plans": _plans, "report": _report,
    "top-documents": _top_documents, "top-measures": _top_measures, "top-organisations": _top_organisations,
    "connection": _connection,
}
assert set(HANDLERS) == {kind.id for kind in KINDS}, "every kind needs a handler"


# --- shaping ------------------------------------------------------------------------------


def _units(rows: list[Row]) -> list[Item]:
    """Rows of text units (one per class and evidence span) merged into one item per unit."""
    merged: dict[str, Item] = {}
    classes: dict[str, set[str]] = {}
    for row in rows:
        iri = row["unit"] or ""
        item = merged.get(iri)
        if item is None:
            item = merged[iri] = Item(iri=iri, label=row.get("label") or iri, type="", text=row.get("text"),
                                      path=row.get("path"), source=row.get("quote"))
            if row.get("heading"):
                item.extra["section"] = row["heading"]
            item.extra.update(_provenance(row))
        classes.setdefault(iri, set()).add(row.get("class") or "")
        if row.get("evidence"):
            evidence = item.extra.setdefault("evidence", [])
            if row["evidence"] not in evidence:
                evidence.append(row["evidence"])
        if row.get("usage"):
            usages = item.extra.setdefault("usage", [])
            if row["usage"] not in usages:
                usages.append(row["usage"])
    for iri, item in merged.items():
        item.type = most_specific_type(classes[iri])
    return sorted(merged.values(), key=lambda i: (_path_key(i.path), i.iri or ""))


def _provenance(row: Row) -> dict[str, Any]:
    """Where a unit's text is in its source file, and which report it belongs to."""
    found: dict[str, Any] = {}
    if row.get("file"):
        found["sourceFile"] = row["file"]
    if row.get("begin") and row.get("end"):
        found["begin"], found["end"] = int(row["begin"] or 0), int(row["end"] or 0)
    if row.get("report"):
        found["report"] = row["report"]
    return found


def _add_sources(context: Context, items: list[Item]) -> None:
    """Give each document item the first span of text that cites it."""
    for item in items:
        if item.iri:
            rows = context.run(queries.CITING, target=IRI(item.iri))
            quotes = sorted({r["evidence"] for r in rows if r["evidence"]})
            item.source = quotes[0] if quotes else None


def _distinct(rows: list[Row], column: str) -> list[Row]:
    seen: set[str] = set()
    result = []
    for row in rows:
        key = row[column] or ""
        if key not in seen:
            seen.add(key)
            result.append(row)
    return result


def _path_key(path: str | None) -> tuple[int, ...]:
    """Sort key for section paths: 1.3.10 after 1.3.9; no path last."""
    if not path:
        return (10**9,)
    return tuple(int(part) if part.isdigit() else 10**8 for part in re.split(r"[.]", path))


def _describe(entity: Entity) -> str:
    if entity.number and entity.number != entity.label:
        return f"{entity.number} {entity.label}"
    return entity.label


def _unknown(context: Context, parsed: Parsed, argument: str) -> Answer:
    """A recognised question whose argument names nothing in the graph: suggest close names."""
    return Answer(question=parsed.question, kind=parsed.kind, summary=message("unknown", parsed.lang, name=argument),
                  suggestions=context.names.closest(argument))


def kinds() -> tuple[Kind, ...]:
    """The supported kinds of question, each with an example in Chinese and English."""
    return KINDS
