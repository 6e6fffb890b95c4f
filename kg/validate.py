"""Check a graph against the ontology's SHACL shapes with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal

from .namespaces import SH
from .ontology import load_ontology, load_shapes


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: tuple[Violation, ...]


def validate(graph: Graph) -> ValidationResult:
    """Validate ``graph`` (with the ontology mixed in, for concepts and class hierarchy)."""
    from pyshacl import validate as shacl_validate  # slow import: only when validating

    conforms, report, _text = shacl_validate(
        graph, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="rdfs", abort_on_first=False,
        allow_warnings=True,
    )
    violations = sorted(
        Violation(
            focus=str(report.value(result, SH.focusNode)),
            path=str(report.value(result, SH.resultPath) or ""),
            message=str(report.value(result, SH.resultMessage) or Literal("")),
        )
        for result in report.subjects(SH.resultSeverity, SH.Violation)
    )
    return ValidationResult(conforms=bool(conforms), violations=tuple(violations))
