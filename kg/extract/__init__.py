"""Stage 2: text → findings.  Nothing here writes RDF or mints an IRI.

``extract`` runs the finders on one decoded report: its structure and header
(``structure``), cited documents (``documents``), organisations (``organisations``) and
figures (``figures``).  The rules they apply are data with ids in ``rules``; each finding
carries the offsets of its text and the id of the rule that found it.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Extraction, PassageRole, SourceText
from .lines import without_first_copy


def extract(source: SourceText, report_id: str, *, recogniser: bool = True) -> Extraction:
    """Everything found in ``source``, the report with id ``report_id``; ``recogniser=False``
    finds organisations by the rules alone, without the statistical name recogniser."""
    # The finders are imported here, not above: readers of a graph (kg ask) use one helper of
    # this package (normalise_number) and need not compile every finder's patterns.
    from .documents import find_documents
    from .figures import find_figures
    from .organisations import find_organisations
    from .structure import segment

    # A page holding the report twice would give every item, figure and name twice.
    source = replace(source, text=without_first_copy(source.text))
    structure = segment(source)
    own_number = [structure.header.number] if structure.header.number else []
    warnings: list[str] = []
    if not structure.sections and not structure.items:
        # Still a correct graph (the report and its citations), but the user should know.
        warnings.append(f"{source.name}: no report structure found (no numbered sections 一、 or enumerations 一是)")
    notes = [p.span for p in structure.passages if p.role == PassageRole.NOTE]
    documents = find_documents(source, exclude=own_number, notes=notes)
    organisations = find_organisations(source, recogniser=recogniser)
    figures = find_figures(source, warnings)
    return Extraction(source=source, report_id=report_id, structure=structure, documents=tuple(documents),
                      organisations=tuple(organisations), figures=tuple(figures), warnings=tuple(warnings))


def prepare() -> None:
    """Load what every finder reads (jieba's dictionary, the gazetteer, the name automata) now.

    A build calls this before it forks its worker processes, so that they share these pages with
    it instead of each loading its own copy (about 130 MB each).  The statistical recogniser is
    not loaded: its ONNX session starts threads, which do not survive a fork.
    """
    sample = "一、工作回顾\n深圳市南山区人民政府印发《关于优化营商环境的实施意见》（深南府〔2020〕1号），新增企业5家。\n"
    extract(SourceText(name="prepare.txt", text=sample, sha256="0" * 64, encoding="utf-8"), "prepare", recogniser=False)
