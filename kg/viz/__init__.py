"""An interactive, self-contained HTML view of the knowledge graph (``kg viz``).

``build_page`` / ``render_html`` make the page from an rdflib graph; ``write_viz`` writes it.
"""

from .layout import LAYOUTS
from .page import DEFAULT_DEPTH, DEFAULT_OUTPUT, Page, VizResult, build_page, render_html, select_network, write_viz
from .select import VizError, find_entity

__all__ = [
    "DEFAULT_DEPTH", "DEFAULT_OUTPUT", "LAYOUTS", "Page", "VizError", "VizResult", "build_page", "find_entity",
    "render_html", "select_network", "write_viz",
]
