"""Stages 3 and 4 and everything that reads a graph afterwards.

``resolve`` (names → entities across reports) → ``write`` (findings → quads, one named graph
per report) → ``formats`` (Turtle, TriG, N-Quads, N-Triples, JSON-LD) → ``store`` (the one
Oxigraph engine every reading command uses) → ``query``, ``stats``, ``validate``,
``names`` (finding an entity by name), ``cards`` (everything about one entity) and
``network`` (the entity network for paths and drawing).  ``vocab`` holds every IRI.
"""
