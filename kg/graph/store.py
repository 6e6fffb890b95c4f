"""The one engine every reading command goes through: an Oxigraph store of a graph file.

The store is persisted beside the graph file in ``.kg-cache/`` and keyed by the SHA-256 of the
file's bytes, so any change to the file (even one that keeps its size and time) gives a new
store.  Hashing a corpus graph takes longer than answering a query, so the hash is remembered
with the file's size, inode, modification and change times (``stat.json``) and computed again
only when one of them differs; the change time cannot be set back by a user, so an edit that
restores the old modification time is still seen.  A manifest beside the store records the
hash, the number of quads and the size of every file of the database; a store whose files
disagree with its manifest (damaged, half-written, written by another version) is thrown away
and rebuilt, so a damaged or stale store never answers.  (Counting the quads instead would cost
a tenth of a second on a corpus at every call.)  The store is built in a temporary directory
and renamed into place, so concurrent callers never open a half-built one.  Where the
directory cannot be written, the graph is loaded into memory instead.

Statements live in named graphs (one per report, one shared); a Turtle or N-Triples file,
which has no graphs, is split into the same graphs by ``vocab.graph_of``.  Queries see the
union of all graphs as their default graph, and may use ``GRAPH`` to look into one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .. import __version__
from ..errors import GraphError, QueryError
from .formats import GraphFormat, format_of_file
from .sparql import Query, Row, to_term
from .vocab import PREFIXES, graph_of

if TYPE_CHECKING:
    import pyoxigraph as ox

CACHE_DIR_NAME = ".kg-cache"
_MANIFEST = "manifest.json"
_STAT = "stat.json"
_STORE = "store"
# RocksDB rewrites its log and lock files on every open; every other file is the data.
_VOLATILE = ("LOG", "LOCK")
# hashlib, shutil and kg.outputs are imported where a store is (re)built, not here: opening a
# built store is what every reading command does, and its start-up counts against the query.
_CHUNK = 1 << 20


@dataclass(frozen=True)
class StoreInfo:
    """Where a graph's store lives and what it must hold."""

    directory: Path
    sha256: str


class GraphStore(Protocol):
    """What the reading commands need of a store: a local file's (LocalStore) or a SPARQL
    endpoint's (kg.graph.remote.RemoteStore)."""

    cache_dir: Path | None

    @property
    def name(self) -> str: ...

    def select(self, query: Query) -> list[Row]: ...

    def query(self, text: str) -> Any: ...

    def graphs(self) -> list[str]: ...

    def __len__(self) -> int: ...


class LocalStore:
    """A graph file opened as an Oxigraph store: bound SELECTs, raw queries, quads."""

    def __init__(self, store: "ox.Store", path: Path, cache_dir: Path | None = None) -> None:
        self.store = store
        self.path = path
        # The directory of the cached store, where readers may keep what they derive from it
        # (kg ask's index); None for a store held in memory only.
        self.cache_dir = cache_dir

    @property
    def name(self) -> str:
        return str(self.path)

    @property
    def database_dir(self) -> Path | None:
        """The Oxigraph database on disk (other processes may open it read-only), if any."""
        return self.cache_dir / _STORE if self.cache_dir is not None else None

    def select(self, query: Query) -> list[Row]:
        """Run a SELECT with its values bound; each row maps variable names to lexical values."""
        import pyoxigraph as ox

        bound: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(n): to_term(v) for n, v in query.bindings.items()}
        solutions = self._run(query.text, bound)
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("only SELECT queries can be run here")
        names = [variable.value for variable in solutions.variables]
        return [{name: (None if s[name] is None else s[name].value) for name in names} for s in solutions]

    def query(self, text: str) -> "ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples":
        """Run any read query as given (for ``kg query``); the project's prefixes are predeclared."""
        return self._run(text, None)

    def _run(self, text: str,
             substitutions: "dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] | None"
             ) -> "ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples":
        try:
            return self.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True,
                                    substitutions=substitutions or None)
        except SyntaxError as exc:
            raise QueryError(f"bad SPARQL query: {_first_line(exc)}") from exc
        except (ValueError, RuntimeError, OSError) as exc:
            raise QueryError(f"query failed: {_first_line(exc)}") from exc

    def quads(self, graph: str | None = None) -> Iterator["ox.Quad"]:
        """Every quad, or those of one named graph, in the store's order."""
        import pyoxigraph as ox

        return iter(self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs())

    def __len__(self) -> int:
        return len(self.store)


def open_store(path: Path, *, use_cache: bool = True) -> LocalStore:
    """The graph in ``path`` as a store; raise :class:`GraphError` if it is missing or malformed."""
    if not path.is_file():
        raise GraphError("graph file not found (run 'kg build' first, or pass --graph)", path=path)
    fmt = format_of_file(path)
    if use_cache:
        try:
            store, directory = _open_cached(path, fmt)
            return LocalStore(store, path, directory)
        except GraphError:
            raise
        except (OSError, RuntimeError):
            pass  # an unwritable directory or a full disk: load into memory instead
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_extend(read_quads(path, fmt))
    return LocalStore(store, path)


def file_sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def store_info(path: Path) -> StoreInfo:
    """Where the store of ``path`` in its present content lives (whether or not it exists)."""
    folder = path.parent / CACHE_DIR_NAME / path.name
    stamp = _stamp(path)
    try:
        known = json.loads((folder / _STAT).read_text(encoding="utf-8"))
        sha = str(known["sha256"]) if known.get("stamp") == stamp else ""
    except (OSError, ValueError, KeyError, TypeError):
        sha = ""
    if not sha:
        sha = file_sha256(path)
        _remember(folder, stamp, sha)
    return StoreInfo(folder / sha[:32], sha)


def _stamp(path: Path) -> list[int]:
    status = path.stat()
    return [status.st_size, status.st_ino, status.st_mtime_ns, status.st_ctime_ns]


def _remember(folder: Path, stamp: list[int], sha: str) -> None:
    """Keep the hash of the file as stamped; a folder that cannot be written only costs a rehash."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".stat.{os.getpid()}.tmp"
        temporary.write_text(json.dumps({"stamp": stamp, "sha256": sha}), encoding="utf-8")
        os.replace(temporary, folder / _STAT)
    except OSError:
        pass


def _database_files(directory: Path) -> dict[str, int]:
    """The size of every data file of an Oxigraph (RocksDB) database directory."""
    return {entry.name: entry.stat().st_size for entry in sorted(directory.iterdir())
            if entry.is_file() and not entry.name.startswith(_VOLATILE)}


def read_quads(path: Path, fmt: GraphFormat) -> Iterator["ox.Quad"]:
    """The quads of a graph file; statements outside any named graph go to the graph ``graph_of`` gives."""
    import pyoxigraph as ox

    try:
        for quad in ox.parse(path=str(path), format=fmt.rdf_format):
            if isinstance(quad, ox.Triple) or isinstance(quad.graph_name, ox.DefaultGraph):
                subject = quad.subject
                yield ox.Quad(subject, quad.predicate, quad.object,
                              ox.NamedNode(graph_of(subject.value if isinstance(subject, ox.NamedNode) else "")))
            else:
                yield quad
    except SyntaxError as exc:
        raise GraphError(f"not a readable {fmt.title} graph: {_first_line(exc)}", path=path) from exc


def _open_cached(path: Path, fmt: GraphFormat) -> "tuple[ox.Store, Path]":
    info = store_info(path)
    if info.directory.is_dir():
        store = _verified(info)
        if store is not None:
            return store, info.directory
        import shutil

        shutil.rmtree(info.directory, ignore_errors=True)
    _build(path, fmt, info)
    store = _verified(info)
    if store is None:
        raise RuntimeError("the store just built does not match its manifest")
    return store, info.directory


def _verified(info: StoreInfo) -> "ox.Store | None":
    """The store if its manifest is ours and its quad count matches; None if anything is off."""
    import pyoxigraph as ox

    try:
        manifest = json.loads((info.directory / _MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("sha256") != info.sha256 or manifest.get("kg") != __version__:
            return None
        if manifest.get("files") != _database_files(info.directory / _STORE):
            return None
        return ox.Store.read_only(str(info.directory / _STORE))
    except (OSError, ValueError, RuntimeError, SyntaxError):
        return None


def _build(path: Path, fmt: GraphFormat, info: StoreInfo) -> None:
    import shutil

    import pyoxigraph as ox

    info.directory.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale(info)
    temporary = info.directory.parent / f".{info.directory.name}.{os.getpid()}.tmp"
    shutil.rmtree(temporary, ignore_errors=True)
    try:
        temporary.mkdir()
        store = ox.Store(str(temporary / _STORE))
        store.bulk_extend(read_quads(path, fmt))
        store.flush()
        count = len(store)
        del store  # closes the database before it is moved
        manifest = {"sha256": info.sha256, "quads": count, "kg": __version__, "source": path.name,
                    "files": _database_files(temporary / _STORE)}
        (temporary / _MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
        try:
            os.rename(temporary, info.directory)
        except OSError:
            if not info.directory.is_dir():  # another process may have won the race; that is fine
                raise
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def _remove_stale(keep: StoreInfo) -> None:
    """Delete stores of earlier contents of the same file, and temporary ones of dead builds."""
    import shutil

    from ..outputs import process_alive

    for entry in keep.directory.parent.iterdir():
        if entry == keep.directory or entry.name == _STAT:
            continue
        if entry.name.startswith("."):
            pid = entry.name.split(".")[2] if entry.name.count(".") >= 3 else ""
            if pid.isdigit() and process_alive(int(pid)):
                continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def load_quads(quads: Iterable["ox.Quad"]) -> "ox.Store":
    """An in-memory store of ``quads``."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_extend(quads)
    return store


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] if text else type(exc).__name__
