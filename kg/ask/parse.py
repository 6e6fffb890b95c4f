"""Recognise a question: which kind it is and its arguments, from the patterns in ``patterns``."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..extract.numerals import chinese_to_int
from .patterns import FIELD_WORDS, NUMBER_WORDS_EN, PATTERNS, SYNONYMS, Pattern

_TRAILING = " \t\r\n?？。.!！~～、,，;；:："


@dataclass(frozen=True)
class Parsed:
    """A recognised question: its kind, the pattern that matched and the arguments it carries."""

    question: str
    kind: str
    pattern: str
    lang: str
    args: dict[str, str] = field(default_factory=dict)

    @property
    def section(self) -> str | None:
        """The section path asked for (三 → "3", "3.1" stays), if any."""
        return section_path(self.args["n"]) if self.args.get("n") else None

    @property
    def top(self) -> int | None:
        value = self.args.get("top") or self.args.get("top2")
        return int(value) if value else None

    @property
    def report_field(self) -> str | None:
        """The report fact asked for (signer, issuer, …), or None for all of them."""
        word = self.args.get("field")
        return FIELD_WORDS.get(word.lower()) if word else None


def normalise(question: str) -> str:
    """NFKC (full-width forms folded), whitespace collapsed, trailing punctuation dropped."""
    text = unicodedata.normalize("NFKC", question)
    text = " ".join(text.split())
    return text.strip(_TRAILING)


@lru_cache(maxsize=None)
def compiled() -> tuple[tuple[Pattern, re.Pattern[str]], ...]:
    """The patterns with their ``@synonym`` placeholders expanded, compiled once."""
    return tuple((pattern, re.compile(expand(pattern.regex), re.IGNORECASE)) for pattern in PATTERNS)


def expand(regex: str) -> str:
    """Replace each ``@name`` by the alternatives of SYNONYMS[name], longest first."""

    def alternatives(match: re.Match[str]) -> str:
        words = SYNONYMS[match.group(1)]
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"

    return re.sub(r"@([a-z_]+)", alternatives, regex)


def parse(question: str) -> Parsed | None:
    """The first pattern that matches the normalised question, or None if none does."""
    text = normalise(question)
    if not text:
        return None
    for pattern, regex in compiled():
        match = regex.match(text)
        if match is None:
            continue
        args = {name: value.strip() for name, value in match.groupdict().items() if value and value.strip()}
        return Parsed(question=question, kind=pattern.kind, pattern=pattern.id, lang=pattern.lang, args=args)
    return None


def section_path(number: str) -> str | None:
    """A section number as the graph writes paths: 三 → "3", three → "3", 3.1 → "3.1"."""
    number = number.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)*", number):
        return ".".join(str(int(part)) for part in number.split("."))
    if number in NUMBER_WORDS_EN:
        return str(NUMBER_WORDS_EN[number])
    try:
        return str(chinese_to_int(number))
    except ValueError:
        return None
