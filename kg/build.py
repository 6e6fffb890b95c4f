"""Build a graph file from report files: find every source, extract, write Turtle atomically."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .errors import InputError, KgError
from .extract import extract_file, report_id
from .model import Extraction
from .rdf import to_graph

DEFAULT_SOURCES = (Path("data/reports"),)
DEFAULT_GRAPH = Path("data/triples.ttl")
REPORT_SUFFIXES = (".txt",)


@dataclass(frozen=True)
class BuildResult:
    output: Path
    reports: int
    triples: int
    warnings: tuple[str, ...] = ()


def report_files(sources: list[Path] | tuple[Path, ...]) -> list[Path]:
    """The report files named by ``sources`` (files, or directories searched for ``*.txt``), sorted."""
    files: list[Path] = []
    for source in sources:
        if source.is_dir():
            found = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
            if not found:
                raise InputError("directory holds no report files (*.txt)", path=source)
            files.extend(found)
        elif source.is_file():
            files.append(source)
        else:
            raise InputError("no such file or directory", path=source)
    ids: dict[str, Path] = {}
    for path in files:
        other = ids.setdefault(report_id(path), path)
        if other != path:
            raise InputError(f"two reports share the name {path.stem!r} ({other}); report ids come from file names", path=path)
    return files


def extract_all(sources: list[Path] | tuple[Path, ...]) -> list[Extraction]:
    return [extract_file(path) for path in report_files(sources)]


def build_graph(sources: list[Path] | tuple[Path, ...]) -> Graph:
    """The graph of the reports named by ``sources``."""
    return to_graph(extract_all(sources))


def build(sources: list[Path] | tuple[Path, ...] = DEFAULT_SOURCES, output: Path = DEFAULT_GRAPH) -> BuildResult:
    """Build the graph of ``sources`` and write it to ``output`` as Turtle.

    The output is replaced only once the new file is complete, so a failed build leaves the
    previous graph untouched.
    """
    extractions = extract_all(sources)
    graph = to_graph(extractions)
    write_atomically(output, serialize(graph))
    warnings = tuple(w for x in extractions for w in x.warnings)
    return BuildResult(output=output, reports=len(extractions), triples=len(graph), warnings=warnings)


def serialize(graph: Graph) -> bytes:
    """Turtle, byte-identical for the same graph (subjects and predicates are written sorted)."""
    return graph.serialize(format="turtle", encoding="utf-8")


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same directory and a rename."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        # mkstemp makes the file private; the graph gets the permissions of any new file.
        os.chmod(temporary, 0o666 & ~_current_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        raise KgError(f"cannot write: {exc.strerror or exc}", path=path) from exc
    finally:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
