"""Writing output files safely: never over an input, a device or a read-only file; never half.

Every file kg writes (graphs, pages) goes through :func:`write_atomically`: the data is
written to a temporary file beside the target, flushed to disk and renamed over it, so a
reader sees the old file or the new one, never a mix, and a failed or killed run leaves the
old file as it was.  A temporary file that a killed run left behind carries that run's
process id in its name and is removed by the next write to the same target.
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from .errors import OutputError

_TEMPORARY_SUFFIX = ".tmp"


def check_output(path: Path, *, inputs: Iterable[Path] = (), read_back: Iterable[Path] = (),
                 read_suffixes: tuple[str, ...] = ()) -> None:
    """Refuse an output that would destroy an input or be read back as one, or that is no file.

    ``inputs`` are the files a command reads; ``read_back`` the directories a later run of it
    reads, with the file suffixes it picks up there (``read_suffixes``).
    """
    target = _resolved(path)
    for source in inputs:
        if _resolved(source) == target:
            raise OutputError("the output is one of the input files; choose another output file", path=path)
    if path.suffix.lower() in read_suffixes:
        for directory in read_back:
            if _is_inside(target, _resolved(directory)):
                raise OutputError(f"the output lies inside the source directory {directory} and would be read "
                                  "back as a report by the next build; write it elsewhere", path=path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"cannot use as output: {exc.strerror or exc}", path=path) from exc
    if stat.S_ISDIR(info.st_mode):
        raise OutputError("the output is a directory; give a file name", path=path)
    if not stat.S_ISREG(info.st_mode):
        raise OutputError("the output is not a regular file (a device, FIFO or socket); kg writes regular files only", path=path)
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise OutputError("the output file is read-only; make it writable or choose another file", path=path)


def write_atomically(path: Path, data: bytes | list[bytes]) -> None:
    """Replace ``path`` with ``data`` (bytes, or chunks written one after another) all at once,
    keeping the owner and mode of a file it replaces.

    Raises :class:`OutputError` if the file cannot be written; the old file is then untouched.
    """
    check_output(path)
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(path)
        previous = _stat_or_none(path)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=_temporary_prefix(path), suffix=_TEMPORARY_SUFFIX)
        with _terminate_as_exit(), os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, bytes) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
            _copy_ownership(handle.fileno(), previous)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=path) from exc
    finally:
        if temporary is not None:
            _unlink_quietly(temporary)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete temporary files of earlier writes to ``path`` whose process no longer runs."""
    removed: list[Path] = []
    prefix = f".{path.name}."
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(_TEMPORARY_SUFFIX)):
            continue
        pid_text = name[len(prefix):].split(".", 1)[0]
        if pid_text.isdigit() and not process_alive(int(pid_text)):
            _unlink_quietly(str(entry))
            removed.append(entry)
    return removed


def remove_stale_temporaries_in(folder: Path) -> None:
    """Delete every temporary file (``.<name>.<pid>.tmp``) in ``folder`` whose process no longer
    runs: what a killed build left in a cache."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(".") and name.endswith(_TEMPORARY_SUFFIX):
            pid_text = name[: -len(_TEMPORARY_SUFFIX)].rsplit(".", 1)[-1]
            if pid_text.isdigit() and not process_alive(int(pid_text)) and entry.is_file():
                _unlink_quietly(str(entry))


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}.{os.getpid()}."


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a temporary file it owns is then not stale)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive, and not ours to clean up after
    return True


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


def _copy_ownership(fd: int, previous: os.stat_result | None) -> None:
    """A replaced file keeps its mode and owner; a new file gets the mode any new file gets."""
    if previous is None:
        mask = os.umask(0)
        os.umask(mask)
        os.fchmod(fd, 0o666 & ~mask)
        return
    os.fchmod(fd, stat.S_IMODE(previous.st_mode))
    if (previous.st_uid, previous.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, previous.st_uid, previous.st_gid)
        except PermissionError:
            pass  # only root may give a file away; the new file is then ours


def _unlink_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """While writing, SIGTERM unwinds like an exception, so the temporary file is removed."""

    def on_term(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _is_inside(path: Path, directory: Path) -> bool:
    return path != directory and directory in path.parents
