"""Run the finding stages on one report: read → segment → find documents, organisations, figures."""

from __future__ import annotations

from pathlib import Path

from .documents import find_documents
from .figures import find_figures
from .model import Extraction, SourceText
from .namespaces import iri_part
from .organisations import find_organisations
from .reading import read_report
from .structure import segment


def report_id(path: Path) -> str:
    """A report's readable, stable id: its file name without extension."""
    return iri_part(path.stem)


def extract(source: SourceText, report: str) -> Extraction:
    """Find everything in ``source``; nothing is written here."""
    structure = segment(source)
    own_number = [structure.header.number] if structure.header.number else []
    warnings = []
    if not structure.sections and not structure.items:
        # Still a correct graph (the report and its citations), but the user should know.
        warnings.append(f"{source.name}: no report structure found (no numbered sections 一、 or enumerations 一是)")
    return Extraction(
        source=source,
        report_id=report,
        structure=structure,
        documents=tuple(find_documents(source, exclude=own_number)),
        organisations=tuple(find_organisations(source)),
        figures=tuple(find_figures(source)),
        warnings=tuple(warnings),
    )


def extract_file(path: Path) -> Extraction:
    return extract(read_report(path), report_id(path))
