"""Small text helpers shared by the finders: masked regions and clause boundaries."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache

from . import rules

_TITLE = re.compile(rules.TITLE_PATTERN_CITED)
_QUOTED = re.compile(r"“[^“”\n]{0,40}”|「[^「」\n]{0,40}」|\"[^\"\n]{0,40}\"")


class Regions:
    """Sorted, non-overlapping ``[begin, end)`` ranges with a fast membership test."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for begin, end in sorted(ranges):
            if merged and begin <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((begin, end))
        self._begins = [b for b, _ in merged]
        self._ranges = merged

    def __add__(self, other: "Regions") -> "Regions":
        return Regions(self._ranges + other._ranges)

    def covers(self, offset: int) -> bool:
        index = bisect_right(self._begins, offset) - 1
        return index >= 0 and self._ranges[index][0] <= offset < self._ranges[index][1]

    def overlaps(self, begin: int, end: int) -> bool:
        index = bisect_right(self._begins, end - 1) - 1
        return index >= 0 and self._ranges[index][1] > begin


class Taken:
    """Spans claimed so far, added in any order, with a fast overlap test (no quadratic scans)."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans or [])
        self._longest = max((end - begin for begin, end in self._spans), default=0)

    def add(self, begin: int, end: int) -> None:
        insort(self._spans, (begin, end))
        self._longest = max(self._longest, end - begin)

    def overlaps(self, begin: int, end: int) -> bool:
        """Whether ``[begin, end)`` shares a character with a claimed span."""
        # Only spans starting in [begin - longest, end) can overlap.
        index = bisect_left(self._spans, (begin - self._longest, -1))
        while index < len(self._spans) and self._spans[index][0] < end:
            other_begin, other_end = self._spans[index]
            if other_begin < end and begin < other_end:
                return True
            index += 1
        return False


def title_regions(text: str) -> Regions:
    """Everything inside 《》: names and numbers there belong to the title, not the text."""
    return Regions([(m.start(), m.end()) for m in _TITLE.finditer(text)])


def quoted_regions(text: str) -> Regions:
    """Short quoted slogans (“三项制度”, “十四五”) whose numbers are names, not figures."""
    return Regions([(m.start(), m.end()) for m in _QUOTED.finditer(text)])


def clause_start(text: str, offset: int, limit: int, boundary: str = rules.CLAUSE_BOUNDARY) -> int:
    """The start of the clause containing ``offset``, looking back at most ``limit`` characters."""
    floor = max(0, offset - limit)
    for index in range(offset - 1, floor - 1, -1):
        if text[index] in boundary:
            return index + 1
    return floor


def clause_end(text: str, offset: int, limit: int, boundary: str = rules.CLAUSE_BOUNDARY) -> int:
    ceiling = min(len(text), offset + limit)
    for index in range(offset, ceiling):
        if text[index] in boundary:
            return index
    return ceiling


def cut_after_last(text: str, words: tuple[str, ...]) -> int:
    """The offset just after the last occurrence in ``text`` of any of ``words`` (0 if none).

    The word that ends last is the one that starts first in the reversed text: one regex search
    instead of one scan per word.
    """
    if not any(words):
        return 0
    match = _reversed_words(words).search(text[::-1])
    return len(text) - match.start() if match else 0


@lru_cache(maxsize=64)
def _reversed_words(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w[::-1]) for w in sorted(set(words), key=len, reverse=True) if w))
