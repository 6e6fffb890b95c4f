"""kg: turn Chinese government work reports into an RDF knowledge graph.

The pipeline, one folder per stage: ``read`` (file → text) → ``extract`` (text → findings:
structure, header, documents, organisations, figures) → ``graph`` (resolve names across
reports, write quads, formats, the Oxigraph store, query, validate, cards, the entity
network) → ``ask`` (questions) and ``viz`` (the interactive page).  ``build`` runs the
pipeline over files; ``cli`` is the command line over all of it.
"""

__version__ = "0.2.0"
