"""Chinese names an English question spells in pinyin (Fenghuang City, Shennongjia, Wanli Bidao).

The glossary renders the genre's concepts, the dictionary renders English words; neither knows the
proper names of towns, parks, programmes and firms that a report names and an English-speaking
asker writes out in pinyin.  A pinyin spelling is read back against the reports' own characters:
the syllables it can be split into, each matched by the characters the reports use that are read
so (``pypinyin`` gives every reading of a character), give a pattern found in their text.  The
name is the string the reports use most often; a spelling of one syllable, or one the reports do
not spell, renders nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Callable

from . import vocabulary as words

# A word that may be pinyin: letters only (apostrophes part syllables: Chang'an), capitalised in the
# question, as names are.
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:'[a-z]+)?(?:[ -][A-Z][a-z]+(?:'[a-z]+)?)*\b")


def names_spelled(question: str, text: str, is_name: Callable[[str, int, int], bool]) -> list[str]:
    """The reports' names (in ``text``, their folded text) that the question spells in pinyin,
    longest spelling first: Wanli Bidao is 万里碧道, not 万里 and 碧道.  Only the places of the text
    ``is_name`` accepts (text, start, end) hold names (Huawei is not 化为 of 转化为)."""
    spellings = []
    for run in _CAPITALISED.findall(question):
        parts = [p for p in re.split(r"[ -]", run) if p.lower() not in words.ENGLISH_NOT_PINYIN]
        # the whole run, then each part: Fenghuang City is 凤凰 and an English word
        spellings += ["".join(parts[start:start + size]).lower() for size in range(len(parts), 0, -1)
                      for start in range(len(parts) - size + 1)]
    spellings = [s for s in spellings if s not in words.PLACES_EN]
    if not spellings:
        return []  # (no reading of the reports' characters needed: What, Does, Shenzhen)
    readings = _readings(frozenset(text))
    found: list[str] = []
    for spelled in spellings:
        name = _spelled_in(spelled.replace("'", "|"), readings, text, is_name)
        if name and not any(name in f for f in found):
            found.append(name)
    return found


def _spelled_in(spelled: str, readings: dict[str, str], text: str,
                is_name: Callable[[str, int, int], bool]) -> str | None:
    """The name of the text spelled so, the most frequent; None when none, or when the spelling
    splits into one syllable only."""
    best: Counter[str] = Counter()
    for syllables in _splits(spelled, readings):
        if len(syllables) < 2 or not all(s in readings for s in syllables):
            continue
        pattern = "".join(f"[{readings[s]}]" for s in syllables)
        best.update(found.group() for found in re.finditer(pattern, text) if is_name(text, found.start(), found.end()))
    if not best:
        return None
    return max(best.items(), key=lambda item: (item[1], item[0]))[0]


def _splits(spelled: str, readings: dict[str, str]) -> list[tuple[str, ...]]:
    """Every way of cutting a spelling into syllables the text's characters are read as (xian:
    xian or xi|an), at most sixteen; an apostrophe (written | here) is a cut."""
    if "|" in spelled:
        parts = [_splits(part, readings) for part in spelled.split("|")]
        combined: list[tuple[str, ...]] = [()]
        for options in parts:
            combined = [c + o for c in combined for o in options]
        return combined
    syllables = frozenset(readings)

    @lru_cache(maxsize=None)
    def cut(at: int) -> tuple[tuple[str, ...], ...]:
        if at == len(spelled):
            return ((),)
        found: list[tuple[str, ...]] = []
        for end in range(at + 1, min(len(spelled), at + 6) + 1):
            piece = spelled[at:end]
            if piece in syllables:
                found.extend((piece,) + rest for rest in cut(end))
        return tuple(found)

    return list(cut(0))[:16]


@lru_cache(maxsize=4)
def _readings(characters: frozenset[str]) -> dict[str, str]:
    """Each syllable and the characters of the text that are read so (all readings: 长 is chang
    and zhang)."""
    by_syllable: dict[str, list[str]] = {}
    for c in sorted(characters):
        if "\u4e00" <= c <= "\u9fff":
            for reading in _reading(c):
                by_syllable.setdefault(reading, []).append(c)
    return {s: "".join(cs) for s, cs in by_syllable.items()}


@lru_cache(maxsize=None)
def _reading(character: str) -> tuple[str, ...]:
    # (imported here: its dictionaries take a third of a second to load, which only an English
    # question naming something in pinyin should pay)
    from pypinyin import Style, pinyin

    return tuple(dict.fromkeys(r.replace("ü", "v") for r in pinyin(character, style=Style.NORMAL, heteronym=True)[0]))
