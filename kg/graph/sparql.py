"""SPARQL values without splicing: bound variables for running, escaped terms for display.

Every value that comes from a user reaches a query as a bound variable (Oxigraph's
substitutions, SEP-0007), never as query text.  The query that is *shown* (``--sparql``,
``--json``) carries the same values in a ``VALUES`` block written with :func:`literal` and
:func:`iri`, which escape everything SPARQL's grammar treats specially, so the shown query
can be pasted into ``kg query`` and returns the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

from ..errors import QueryError
from .vocab import XSD, sparql_prefixes

if TYPE_CHECKING:
    import pyoxigraph

# SPARQL 1.1 ECHAR escapes (grammar rule [160]); every other character may appear as is
# inside a double-quoted STRING_LITERAL_QUOTE except ", \, LF and CR, which are escaped here.
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
# IRIREF (grammar rule [139]) forbids these characters and anything up to U+0020.
_IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20]')


@dataclass(frozen=True)
class IRI:
    """An IRI value to bind (a plain ``str`` binds as a string literal)."""

    value: str


@dataclass(frozen=True)
class LangString:
    """A language-tagged string value to bind, such as a label ``"北人印机"@zh``."""

    value: str
    lang: str


Value = Union[IRI, LangString, str, int]
_LANGUAGE_TAG = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*")


def literal(text: str) -> str:
    """``text`` as a SPARQL string literal, every special character escaped."""
    return '"' + "".join(_ECHAR.get(char, char) for char in text) + '"'


def iri(text: str) -> str:
    """``text`` as a SPARQL IRI reference; raise QueryError if it cannot be one."""
    if not text or _IRI_FORBIDDEN.search(text):
        raise QueryError(f"not a valid IRI: {text!r}")
    return f"<{text}>"


def term(value: Value) -> str:
    """A bound value written as SPARQL text, for the shown query."""
    if isinstance(value, IRI):
        return iri(value.value)
    if isinstance(value, LangString):
        return literal(value.value) + "@" + _language(value.lang)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise QueryError(f"cannot bind {type(value).__name__} values")
    if isinstance(value, int):
        return str(value)
    return literal(value)


@dataclass(frozen=True)
class Query:
    """A query template and the values bound to its variables (each must be projected)."""

    text: str
    bindings: dict[str, Value] = field(default_factory=dict)

    def shown(self) -> str:
        """The query as text with its bindings in VALUES blocks: runnable as is, same rows.

        The VALUES block goes into every group the query opens with ``WHERE {`` (subqueries
        included), since a subquery does not see values bound outside it, while substitution
        fixes the variable everywhere.
        """
        body = self.text.strip()
        if self.bindings:
            names = " ".join(f"?{name}" for name in self.bindings)
            row = " ".join(term(value) for value in self.bindings.values())
            values = f"\n  VALUES ({names}) {{ ({row}) }}"
            if re.search(r"\bWHERE\s*\{", body) is None:
                raise QueryError("query template has no WHERE clause")
            body = re.sub(r"\bWHERE\s*\{", lambda match: match.group() + values, body)
        return sparql_prefixes() + body


Row = dict[str, "str | None"]


def _language(tag: str) -> str:
    if not _LANGUAGE_TAG.fullmatch(tag):
        raise QueryError(f"not a language tag: {tag!r}")
    return tag


def to_term(value: Value) -> "pyoxigraph.NamedNode | pyoxigraph.Literal":
    import pyoxigraph as ox

    if isinstance(value, IRI):
        iri(value.value)  # validate before binding, so a bad IRI is one clear error
        return ox.NamedNode(value.value)
    if isinstance(value, LangString):
        return ox.Literal(value.value, language=_language(value.lang))
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise QueryError(f"cannot bind {type(value).__name__} values")
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD.integer))
    return ox.Literal(value)
