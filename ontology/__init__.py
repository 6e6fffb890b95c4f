"""kg's ontology (kg.ttl), SHACL shapes (shapes.ttl) and example queries (queries/*.rq).

This folder is installed as the package data ``kg.ontology``; see ``kg.graph.ontology``.
"""
