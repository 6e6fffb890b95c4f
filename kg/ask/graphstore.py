"""Open a graph file as an Oxigraph store, cached beside it until the file changes.

The cache is an on-disk Oxigraph store in ``.kg-cache/`` next to the graph file, named after
the file and keyed by its size and modification time (nanoseconds); a changed file gets a new
key and stale caches of it are removed.  The cache is built in a temporary directory and
renamed into place, so concurrent callers never open a half-written store.  Where the
directory cannot be written, the graph is parsed into memory instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GraphError

if TYPE_CHECKING:
    import pyoxigraph

CACHE_DIR_NAME = ".kg-cache"


def cache_key(path: Path) -> str:
    """The name of ``path``'s cache: file name, size and mtime in nanoseconds."""
    stat = path.stat()
    return f"{path.name}-{stat.st_size}-{stat.st_mtime_ns}"


def cache_path(path: Path) -> Path:
    """Where the cached store of ``path`` lives (whether or not it exists yet)."""
    return path.parent / CACHE_DIR_NAME / cache_key(path)


def open_store(path: Path, *, use_cache: bool = True) -> "pyoxigraph.Store":
    """The graph in ``path`` as a queryable store; raise GraphError if missing or malformed."""
    if not path.is_file():
        raise GraphError("graph file not found (run 'kg build' first, or pass --graph)", path=path)
    if use_cache:
        try:
            return _open_cached(path)
        except GraphError:
            raise
        except (OSError, RuntimeError):
            pass  # unwritable directory, full disk, a store another version wrote: parse instead
    return _load_in_memory(path)


def _open_cached(path: Path) -> "pyoxigraph.Store":
    import pyoxigraph as ox

    target = cache_path(path)
    if target.is_dir():
        try:
            return ox.Store.read_only(str(target))
        except (OSError, RuntimeError):  # RocksDB reports corruption as RuntimeError
            shutil.rmtree(target, ignore_errors=True)  # damaged, or written by another version: rebuild
    _build_cache(path, target)
    return ox.Store.read_only(str(target))


def _build_cache(path: Path, target: Path) -> None:
    import pyoxigraph as ox

    target.parent.mkdir(exist_ok=True)
    temporary = target.parent / f".{target.name}.{os.getpid()}.tmp"
    shutil.rmtree(temporary, ignore_errors=True)
    try:
        store = ox.Store(str(temporary))
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
        except SyntaxError as exc:
            raise _parse_error(path, exc) from exc
        store.flush()
        del store  # closes the database before it is moved
        try:
            os.rename(temporary, target)
        except OSError:
            if not target.is_dir():  # another process may have won the race; that is fine
                raise
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    _remove_stale(path, keep=target)


def _remove_stale(path: Path, keep: Path) -> None:
    """Delete caches of earlier versions of ``path`` (same name, other size or mtime)."""
    prefix = path.name + "-"
    for entry in keep.parent.iterdir():
        if entry != keep and entry.name.startswith(prefix) and entry.name[len(prefix):].count("-") == 1:
            shutil.rmtree(entry, ignore_errors=True)


def _load_in_memory(path: Path) -> "pyoxigraph.Store":
    import pyoxigraph as ox

    store = ox.Store()
    try:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    except SyntaxError as exc:
        raise _parse_error(path, exc) from exc
    return store


def _parse_error(path: Path, exc: Exception) -> GraphError:
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return GraphError(f"not a readable Turtle graph: {first_line}", path=path)
