"""The ontology, SHACL shapes and example queries that ship with kg, and reading them.

They live in the project's top-level ``ontology/`` folder, which is installed as the package
data ``kg.ontology`` (``pyproject.toml`` maps the folder to that name), so an installed wheel
finds them exactly as a checkout does.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import KgError
from .formats import term_value
from .vocab import RDFS

if TYPE_CHECKING:
    from rdflib import Graph

ONTOLOGY_PACKAGE = "kg.ontology"


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    """The folder holding ``kg.ttl``, ``shapes.ttl`` and ``queries/``."""
    try:
        folder = Path(str(resources.files(ONTOLOGY_PACKAGE)))
    except ModuleNotFoundError:
        # Running from a source tree that was never installed: the folder beside the package.
        folder = Path(__file__).resolve().parent.parent.parent / "ontology"
    if not (folder / "kg.ttl").is_file():
        raise KgError("the ontology files are missing from this installation of kg", path=folder)
    return folder


def ontology_file() -> Path:
    return ontology_dir() / "kg.ttl"


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def queries_dir() -> Path:
    return ontology_dir() / "queries"


def example_queries() -> dict[str, str]:
    """The example queries by file name (``figures.rq`` → its text), sorted by name."""
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(queries_dir().glob("*.rq"))}


@lru_cache(maxsize=1)
def ontology_triples() -> tuple[ox.Triple, ...]:
    return tuple(ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE))


def load_ontology() -> "Graph":
    """The ontology as an rdflib graph."""
    from rdflib import Graph

    return Graph().parse(ontology_file(), format="turtle")


def load_shapes() -> "Graph":
    from rdflib import Graph

    return Graph().parse(shapes_file(), format="turtle")


@lru_cache(maxsize=1)
def term_labels() -> dict[str, str]:
    """The Chinese ``rdfs:label`` of every term the ontology declares, by IRI."""
    labels: dict[str, str] = {}
    for triple in ontology_triples():
        obj = triple.object
        if triple.predicate.value == RDFS.label and isinstance(obj, ox.Literal) and obj.language == "zh":
            labels.setdefault(term_value(triple.subject), obj.value)
    return labels
