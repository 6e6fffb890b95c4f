"""Entry points that open a graph file and run ``show`` or ``search`` on it."""

from __future__ import annotations

from pathlib import Path

from .cards import Card, Hit, search, show
from .entities import Names
from .graphstore import open_store


def show_entity(text: str, graph_path: Path) -> tuple[Card | None, list[str]]:
    """The card of the entity ``text`` names, or None and the closest names."""
    store = open_store(graph_path)
    card = show(text, store)
    return card, ([] if card is not None else Names(store).closest(text))


def search_text(text: str, graph_path: Path) -> list[Hit]:
    """Entities and text units of the graph file whose label or text contains ``text``."""
    return search(text, open_store(graph_path))
