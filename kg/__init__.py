"""kg: turn Chinese government work reports into an RDF knowledge graph.

The pipeline, one module per stage: ``reading`` (decode a file) → ``structure`` (header,
sections, items) → ``documents`` / ``organisations`` / ``figures`` (find mentions) → ``rdf``
(resolve entities and write triples) → ``build`` (files in, Turtle out).  ``query``,
``validate`` and ``stats`` read a built graph; ``cli`` is the command line over all of them.
"""

__version__ = "0.1.0"
