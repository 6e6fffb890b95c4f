"""RDF literals as kg writes them: Chinese text, plain strings, integers, years, exact decimals."""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox

from .vocab import XSD

Term = ox.NamedNode | ox.Literal


def zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def plain(text: str) -> ox.Literal:
    return ox.Literal(text)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD.integer))


def year(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD.gYear))


def decimal(value: Decimal) -> ox.Literal:
    """An xsd:decimal in its canonical lexical form (2.0, 6.9), which Turtle round-trips unchanged."""
    lexical = format(value, "f")
    if "." not in lexical:
        lexical += ".0"
    return ox.Literal(lexical, datatype=ox.NamedNode(XSD.decimal))
