"""The README tells the truth: its examples print what it shows, its vocabulary tables are current."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def examples() -> list[tuple[str, list[str]]]:
    """``$ command`` lines of the README's sh blocks, each with the output lines shown under it."""
    found: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL):
        for line in block.splitlines():
            if line.startswith("$ "):
                found.append((line[2:], []))
            elif found and line.strip():
                found[-1][1].append(line)
    return found


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled report and the example queries, as a user's checkout would have."""
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "data" / "reports", work / "data" / "reports")
    shutil.copytree(ROOT / "ontology" / "queries", work / "ontology" / "queries")
    return work


def test_the_readme_has_examples():
    assert len(examples()) >= 8


@pytest.mark.parametrize(("command", "shown"), examples(), ids=[c for c, _ in examples()])
def test_each_example_prints_what_the_readme_shows(workdir: Path, command: str, shown: list[str]):
    """Examples run in order in one directory; every shown line appears, in order ('…' ends a prefix)."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    result = subprocess.run(["bash", "-c", command], cwd=workdir, env=env, capture_output=True, text=True, timeout=300)
    output = result.stdout.splitlines()
    position = 0
    for expected in shown:
        prefix = expected.endswith("…")
        wanted = expected[:-1] if prefix else expected
        while position < len(output) and not (output[position].startswith(wanted) if prefix else output[position] == wanted):
            position += 1
        assert position < len(output), f"{command!r} did not print {expected!r}:\n{result.stdout}\n{result.stderr}"
        position += 1


def test_vocabulary_tables_match_the_ontology():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from vocabulary_tables import tables
    finally:
        sys.path.pop(0)
    section = re.search(r"<!-- vocabulary -->\n(.*?)\n<!-- /vocabulary -->", README, re.DOTALL)
    assert section is not None
    assert section.group(1) == tables(), "regenerate with: python scripts/vocabulary_tables.py --write"
