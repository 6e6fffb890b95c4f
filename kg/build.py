"""Build a graph file from report files: the whole pipeline, read → extract → resolve → write.

Reports are extracted in parallel worker processes, and each report's findings are cached
by the hash of its bytes (and of the extraction code), so a rebuild after changing one file
extracts that file only.  Resolution and writing then run over all reports, and the output
is written once it is complete: a build that fails writes nothing.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Union

from .errors import InputError, KgError
from .extract import extract, prepare
from .graph.formats import GraphFormat, format_of_output, serialize_graphs
from .graph.write import ReportPart, graphs, serialized_graphs, to_quads
from .model import Extraction
from .outputs import check_output, remove_stale_temporaries_in, write_atomically
from .read import DEFAULT_MAX_BYTES, REPORT_SUFFIXES, Skipped, find_reports, read_report, report_id

if TYPE_CHECKING:
    import pyoxigraph as ox

DEFAULT_SOURCES = (Path("data/reports"),)
DEFAULT_GRAPH = Path("data/triples.ttl")
CACHE_DIR_NAME = ".kg-cache"
# Below this many reports to extract, worker processes cost more than they save.
_PARALLEL_FROM = 4
_PARTS = "graph"  # beside the extraction cache: each report's written graph


@dataclass(frozen=True)
class BuildResult:
    output: Path
    format: str
    reports: int
    quads: int
    extracted: int
    warnings: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    failed: tuple[KgError, ...] = ()


Outcome = Union[Extraction, KgError]


@dataclass
class BuildOptions:
    """How to build: output format, parallelism, cache, size limit, failure policy, progress."""

    format: str | None = None
    jobs: int | None = None
    keep_going: bool = False
    use_cache: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    recogniser: bool = True  # the statistical name recogniser after the organisation rules
    progress: "Callable[[Iterable[Outcome], int], Iterable[Outcome]] | None" = None
    cache_dir: Path | None = None


def build(sources: list[Path] | tuple[Path, ...] = DEFAULT_SOURCES, output: Path = DEFAULT_GRAPH,
          options: BuildOptions | None = None) -> BuildResult:
    """Build the graph of ``sources`` and write it to ``output``.

    Raises :class:`InputError` for a report that cannot be read (unless ``keep_going``, which
    reports it and builds the rest) and :class:`~kg.errors.OutputError` for an output that must
    not be written; in both cases nothing is written.
    """
    options = options or BuildOptions()
    fmt = format_of_output(output, options.format)
    files, skipped = find_reports(sources)
    check_output(output, inputs=files, read_back=[s for s in sources if s.is_dir()], read_suffixes=REPORT_SUFFIXES)
    cache = (options.cache_dir or output.parent / CACHE_DIR_NAME) / "extract" if options.use_cache else None
    if cache is not None:
        for folder in (cache, cache.parent / _PARTS):
            remove_stale_temporaries_in(folder)
    with _cycle_collection_paused():
        extractions, failed, extracted = extract_files(files, options, cache)
        if not extractions:
            raise failed[0] if failed else InputError("no report to build", path=output)
        if fmt.name == "jsonld":  # one JSON document: serialised whole, nothing to keep per report
            chunks, count = serialize_graphs(graphs(extractions), fmt)
        else:
            parts = _PartFolder(cache.parent / _PARTS) if cache is not None else None
            salt = f"{writer_fingerprint()} {'recogniser' if options.recogniser else 'rules'}"
            chunks, count = serialized_graphs(extractions, fmt, parts, salt, jobs=options.jobs or os.cpu_count() or 1)
    write_atomically(output, chunks)
    warnings = tuple(w for x in extractions for w in x.warnings)
    return BuildResult(output=output, format=fmt.name, reports=len(extractions), quads=count, extracted=extracted,
                       warnings=warnings, skipped=tuple(skipped), failed=tuple(failed))


@contextmanager
def _cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cycle collector while findings are loaded and written.

    A corpus makes millions of small objects that live until the end (findings, statements);
    the collector would walk them again and again, a third of a corpus build's time, and they
    form no cycles to reclaim: reference counting still frees everything else.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_quads(sources: list[Path] | tuple[Path, ...], options: BuildOptions | None = None, *,
                cache: Path | None = None) -> "list[ox.Quad]":
    """The sorted quads of ``sources``, without writing a graph (for tests and the library); each
    report's findings are kept in ``cache`` when one is given, for the next graph that holds it."""
    files, _skipped = find_reports(sources)
    extractions, failed, _n = extract_files(files, options or BuildOptions(use_cache=False), cache)
    if failed:
        raise failed[0]
    return to_quads(extractions)


def extract_files(files: list[Path], options: BuildOptions, cache: Path | None
                  ) -> tuple[list[Extraction], list[KgError], int]:
    """Findings of every file, in file order; the failures; how many were extracted afresh."""
    results: dict[Path, Extraction] = {}
    keys = {path: _cache_key(path, options.recogniser) for path in files} if cache is not None else {}
    for path, key in keys.items():
        found = _cached(cache, key) if key else None
        if found is not None:
            results[path] = found
    todo = [path for path in files if path not in results]
    failures: dict[Path, KgError] = {}
    progress = options.progress or (lambda items, total: items)
    for path, outcome in zip(todo, progress(_extract_all(todo, options), len(todo))):
        if isinstance(outcome, KgError):
            failures[path] = outcome
            if not options.keep_going:
                break
            continue
        results[path] = outcome
        key = keys.get(path)
        if cache is not None and key:
            _store(cache, key, outcome)
    failed = [failures[path] for path in files if path in failures]
    if failed and not options.keep_going:
        raise failed[0]
    return [results[path] for path in files if path in results], failed, len(todo) - len(failed)


def _extract_all(paths: list[Path], options: BuildOptions) -> Iterable[Outcome]:
    jobs = options.jobs or os.cpu_count() or 1
    if jobs == 1 or len(paths) < _PARALLEL_FROM:
        for path in paths:
            yield extract_one(path, options.max_bytes, options.recogniser)
        return
    prepare()  # the workers fork from here and share what it loads
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(extract_one, paths, [options.max_bytes] * len(paths), [options.recogniser] * len(paths),
                            chunksize=1)


def extract_one(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, recogniser: bool = True) -> Outcome:
    """Read and extract one report; an input problem is returned, not raised (for worker processes)."""
    try:
        return extract(read_report(path, max_bytes=max_bytes), report_id(path), recogniser=recogniser)
    except KgError as error:
        return error


def _cache_key(path: Path, recogniser: bool) -> str | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None  # reading will report it
    digest = hashlib.sha256(extractor_fingerprint().encode())
    digest.update(b"recogniser" if recogniser else b"rules")
    digest.update(report_id(path).encode("utf-8", "surrogatepass"))
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """A hash of the code and data that read and extract: a cached finding is reused only by the same."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    code = [*(package / "read").rglob("*.py"), *(package / "read").rglob("*.tsv"),
            *(package / "extract").rglob("*.py"), *(package / "extract").rglob("*.tsv")]
    for path in sorted([package / "model.py", *code]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for library in _READERS:  # another version may extract another text from the same file
        digest.update(f"{library} {_version(library)}".encode())
    return digest.hexdigest()


# The libraries that turn web pages, Word and PDF files into text.
_READERS = ("readability-lxml", "python-docx", "pypdfium2", "lxml")


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "absent"


@lru_cache(maxsize=1)
def writer_fingerprint() -> str:
    """A hash of all the code and the ontology: a report's cached graph is reused only by the same."""
    from .graph.ontology import ontology_file

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*package.rglob("*.py"), *package.rglob("*.tsv"), ontology_file()]):
        digest.update(str(path.relative_to(package) if path.is_relative_to(package) else path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class _PartFolder:
    """Reports' written graphs (:class:`~kg.graph.write.ReportPart`) in a folder, by key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, key: str) -> ReportPart | None:
        # Pickle is safe here for the reason _cached gives.
        try:
            with (self.folder / f"{key}.pickle").open("rb") as handle:
                found = pickle.load(handle)
        except Exception:  # a missing, damaged or foreign entry is a miss
            return None
        return found if isinstance(found, ReportPart) else None

    def put(self, key: str, part: ReportPart) -> None:
        _write_pickle(self.folder, key, part)


def _cached(cache: Path | None, key: str) -> Extraction | None:
    # Pickle is safe here: the cache holds only what this code wrote, keyed by content hash,
    # in the user's own output directory; anything unreadable is treated as a miss.
    if cache is None:
        return None
    try:
        with (cache / f"{key}.pickle").open("rb") as handle:
            found = pickle.load(handle)
    except Exception:  # a missing, damaged or foreign entry is a miss
        return None
    return found if isinstance(found, Extraction) else None


def _store(cache: Path, key: str, extraction: Extraction) -> None:
    _write_pickle(cache, key, extraction)


def _write_pickle(folder: Path, key: str, value: object) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}.tmp"
        with temporary.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, folder / f"{key}.pickle")
    except OSError:
        pass  # a cache that cannot be written only costs time


def terminal_progress(items: Iterable[Outcome], total: int) -> Iterable[Outcome]:
    """A progress bar on a terminal (tqdm); nothing when stderr is not one."""
    if total < 2 or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    bar: Iterable[Outcome] = tqdm(items, total=total, unit="report", desc="extracting", leave=False, file=sys.stderr)
    return bar


__all__ = ["BuildOptions", "BuildResult", "DEFAULT_GRAPH", "DEFAULT_SOURCES", "GraphFormat", "build", "build_quads"]
