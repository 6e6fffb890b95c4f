"""Ask the graph: questions in Chinese and English, entity cards and search, without SPARQL.

The library behind ``kg ask``, ``kg show`` and ``kg search``.  It reads the graph with
Oxigraph (cached beside the graph file) and never imports rdflib; networkx is imported only
for connection questions.
"""

from .answer import Answer, Item, answer, ask, kinds

__all__ = ["Answer", "Item", "answer", "ask", "kinds"]
