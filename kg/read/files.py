"""Which files a build reads: report files named directly or found in directories.

Directories are walked without following symbolic links to directories (a link loop cannot
trap the walk); hidden files and directories (``.kg-cache``, editor files) are not reports.
Files that are not reports are listed as skipped, with the reason, so a user sees why a file
was left out.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, shown_path

# A report file's suffix → the format it is read as (kg:sourceFormat).
FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
REPORT_SUFFIXES = tuple(FORMATS)
# Old Word files are not read, but named: a directory that holds one says how to convert it.
OLD_WORD = ".doc"
CONVERT_HINT = "convert it to .docx first, e.g. soffice --headless --convert-to docx FILE"


@dataclass(frozen=True)
class Skipped:
    """A file a directory held that the build does not read, and why."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{shown_path(self.path)}: {self.reason}"


def file_name(path: Path) -> str:
    """A file's name as text, also when it is not UTF-8 (GBK names from Chinese systems)."""
    return system_text(path.name)


def system_text(value: str) -> str:
    """A name or argument from the operating system as Unicode, also when its bytes are GBK
    (Chinese systems and terminals): UTF-8, else GB18030, else UTF-8 with replacements."""
    raw = os.fsencode(value)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def report_id(path: Path) -> str:
    """A report's readable, stable id: its file name without the extension."""
    name = file_name(path)
    stem, dot, suffix = name.rpartition(".")
    return stem if dot and stem and "." + suffix.lower() in (*REPORT_SUFFIXES, OLD_WORD) else name


def find_reports(sources: list[Path] | tuple[Path, ...]) -> tuple[list[Path], list[Skipped]]:
    """The report files ``sources`` name (files, or directories searched recursively), sorted.

    Raises :class:`InputError` for a source that does not exist, a link that loops or leads
    nowhere, a directory without reports, or two reports that would get the same id.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    for source in sources:
        if source.is_dir():
            found, left = _walk(source)
            if not found:
                raise InputError(f"directory holds no report files ({', '.join('*' + s for s in REPORT_SUFFIXES)})", path=source)
            files.extend(found)
            skipped.extend(left)
        elif source.is_file():
            files.append(source)
        else:
            raise InputError(_missing_reason(source), path=source)
    _check_unique_ids(files)
    return files, skipped


def _walk(directory: Path) -> tuple[list[Path], list[Skipped]]:
    found: list[Path] = []
    skipped: list[Skipped] = []
    for root, dirs, names in os.walk(directory, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if path.suffix.lower() == OLD_WORD:
                skipped.append(Skipped(path, "an old Word .doc file: " + CONVERT_HINT))
            elif path.suffix.lower() not in REPORT_SUFFIXES:
                skipped.append(Skipped(path, f"not a report file (reads {', '.join(REPORT_SUFFIXES)})"))
            elif not path.is_file():
                skipped.append(Skipped(path, _missing_reason(path)))
            else:
                found.append(path)
    return sorted(found), skipped


def _missing_reason(path: Path) -> str:
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python before 3.13 reports a loop this way
            return "symbolic link loop"
        except OSError as exc:
            return "symbolic link loop" if exc.errno == errno.ELOOP else "symbolic link to a file that does not exist"
        return "not a regular file"
    if path.exists():
        return "not a regular file or directory"
    return "no such file or directory"


def _check_unique_ids(files: list[Path]) -> None:
    ids: dict[str, Path] = {}
    for path in files:
        other = ids.setdefault(report_id(path), path)
        if other != path:
            raise InputError(
                f"two reports share the name {report_id(path)!r} ({shown_path(other)}); report ids come from file names",
                path=path)
