"""Year on year: the reports of one government form a series, and so do their figures that
count the same thing in the same unit.

A report's government is its jurisdiction (the header's).  Two figures of two reports of the
same jurisdiction are one statistic when their phrases, without the words that only place them
in the sentence or the year (全区, 实现, 达到), name the same thing — the names a statistic goes
by are joined by a table (rules.SERIES_SAME_STATISTIC) — and their units agree.  Only achieved
figures count (a target in the plans is not a year's value), and one per report: the first.
Series are written to the shared graph; each figure and report points at its series.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..extract import rules
from ..model import Extraction, ItemKind
from .terms import plain, zh
from .vocab import KG, RDF, RDFS, data_iri, report_iri

if TYPE_CHECKING:
    from .write import Sink


@dataclass(frozen=True)
class _Figure:
    iri: str
    report: str
    year: int


def figure_iri(report_id: str, begin: int, end: int) -> str:
    return data_iri("report", report_id, "figure", f"{begin}-{end}")


def statistic(phrase: str) -> str | None:
    """What a figure's phrase counts, as a series key: 全区实现本地生产总值 → 地区生产总值."""
    key = phrase.strip()
    changed = True
    while changed:
        changed = False
        for word in rules.SERIES_LEADING_WORDS:
            if key.startswith(word):
                key, changed = key[len(word):], True
        for word in rules.SERIES_TRAILING_WORDS:
            if key.endswith(word) and len(key) > len(word):
                key, changed = key[: -len(word)], True
    for names in rules.SERIES_SAME_STATISTIC:
        if key in names:
            key = names[0]
    if len(key) < rules.SERIES_MIN_KEY or not any("\u4e00" <= c <= "\u9fff" for c in key):
        return None
    if key.startswith(rules.SERIES_NOT_KEYS) or _only_an_amount(key):
        return None
    return key


def _only_an_amount(key: str) -> bool:
    """Whether ``key`` is a magnitude and a unit (万亿元), which names no statistic."""
    for magnitude in sorted(rules.MAGNITUDES, key=len, reverse=True):
        if key.startswith(magnitude):
            key = key[len(magnitude):]
            break
    return any(key == unit.text for unit in rules.UNITS)


@dataclass
class SeriesPlan:
    """Which report and figure belongs to which series, and each series' label and unit."""

    members: dict[str, str] = field(default_factory=dict)  # report or figure IRI → series IRI
    reports: dict[str, str] = field(default_factory=dict)  # report series IRI → label
    figures: dict[str, tuple[str, str]] = field(default_factory=dict)  # figure series IRI → (label, unit)


def plan_series(extractions: list[Extraction]) -> SeriesPlan:
    """The report series and figure series of every jurisdiction with two or more reports."""
    plan = SeriesPlan()
    by_place: dict[str, list[Extraction]] = defaultdict(list)
    for extraction in extractions:
        header = extraction.structure.header
        if header.jurisdiction and header.year:
            by_place[header.jurisdiction.value].append(extraction)
    for place, reports in sorted(by_place.items()):
        if len({r.report_id for r in reports}) < 2:
            continue
        series = data_iri("series", place)
        plan.reports[series] = f"{place}的报告"
        for extraction in reports:
            plan.members[report_iri(extraction.report_id)] = series
        _figure_series(plan, place, reports)
    return plan


def write_series(sink: "Sink", plan: SeriesPlan) -> None:
    """The series' own facts, in the shared graph (members point at them from their reports)."""
    for series, label in sorted(plan.reports.items()):
        sink.add(series, RDF.type, KG.ReportSeries)
        sink.add(series, RDFS.label, zh(label))
    for series, (label, unit) in sorted(plan.figures.items()):
        sink.add(series, RDF.type, KG.FigureSeries)
        sink.add(series, RDFS.label, zh(label))
        sink.add(series, KG.unit, plain(unit))


def _figure_series(plan: SeriesPlan, place: str, reports: list[Extraction]) -> None:
    found: dict[tuple[str, str], dict[str, _Figure]] = defaultdict(dict)
    for extraction in reports:
        plans = [item.span for item in extraction.structure.items if item.kind == ItemKind.PLAN]
        year = int(extraction.structure.header.year.value) if extraction.structure.header.year else 0
        for figure in extraction.figures:
            key = statistic(figure.phrase or "")
            if key is None or any(p.begin <= figure.span.begin < p.end for p in plans):
                continue
            per_report = found[(key, figure.unit)]
            if extraction.report_id not in per_report:  # the first figure of the report counts
                iri = figure_iri(extraction.report_id, figure.span.begin, figure.span.end)
                per_report[extraction.report_id] = _Figure(iri, extraction.report_id, year)
    for (key, unit), figures in sorted(found.items()):
        if len(figures) < 2:
            continue
        series = data_iri("series", place, key, unit or "-")
        plan.figures[series] = (f"{place}{key}" + (f"（{unit}）" if unit else ""), unit)
        for member in figures.values():
            plan.members[member.iri] = series
