"""The rules are data: one definition per name, one id per rule, every pattern compiles."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from kg.extract import rules

RULES = Path(rules.__file__).parent
MODULES = sorted(p for p in RULES.glob("*.py") if p.name != "__init__.py")


def defined_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
    return names


def test_no_name_is_defined_in_two_rule_modules():
    """The package re-exports every module's names: a name defined twice would silently shadow one."""
    seen: dict[str, str] = {}
    clashes = []
    for path in MODULES:
        for name in defined_names(path):
            if name in seen:
                clashes.append((name, seen[name], path.name))
            seen[name] = path.name
    assert clashes == []


def test_rule_ids_are_unique():
    ids = {name: value for name, value in vars(rules).items() if name.endswith("_RULE_ID") and isinstance(value, str)}
    assert len(ids) > 20
    assert len(set(ids.values())) == len(ids), {v for v in ids.values() if list(ids.values()).count(v) > 1}
    role_ids = [rule.id for rule in rules.ROLE_RULES]
    enumeration_ids = [rule.id for rule in rules.ORG_ENUMERATION_RULES]
    assert len(set(role_ids)) == len(role_ids) and len(set(enumeration_ids)) == len(enumeration_ids)


def test_every_pattern_compiles():
    patterns = {name: value for name, value in vars(rules).items() if name.endswith("_PATTERN") and isinstance(value, str)}
    assert len(patterns) > 15
    for name, pattern in patterns.items():
        try:
            re.compile(pattern)
        except re.error as error:  # pragma: no cover - the message names the rule
            raise AssertionError(f"{name}: {error}") from error


def rule_strings(path: Path) -> list[str]:
    """The string values a rule module defines (its comments and docstrings give examples)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_the_rules_name_no_single_report():
    """Rules describe the genre: no 文号 and no place or person of one report in their values."""
    values = "\n".join(value for path in MODULES for value in rule_strings(path))
    assert "政府" in values  # the values are read
    assert re.search(r"[\u4e00-\u9fff]{1,6}〔\d{4}〕\d+号", values) is None
    assert "渭南" not in values and "殷勇" not in values


def test_no_table_of_words_defines_a_key_twice():
    """A dict literal keeps the last of two equal keys: the first is silently lost."""
    import kg.ask.vocabulary

    for path in MODULES + [Path(kg.ask.vocabulary.__file__)]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                twice = sorted({k for k in keys if keys.count(k) > 1})
                assert not twice, f"{path.name}:{node.lineno}: {twice}"


def test_the_glossary_of_the_reports_nouns_is_well_formed():
    """glossary.tsv: lower-case English, Chinese renderings, each key once, and no cue word (a
    cue such as 'reading' asks a kind of answer; as a topic it would be 读书)."""
    import kg.ask.vocabulary as words

    path = Path(words.__file__).with_name("glossary.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert len(rows) > 1000 and all(len(row) == 2 for row in rows)
    keys = [english for english, _ in rows]
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z][a-z '\-]*[a-z]", k) for k in keys)
    assert all(re.fullmatch(r"[\u4e00-\u9fff]{2,}(?:\|[\u4e00-\u9fff]{2,})*", chinese) for _, chinese in rows)
    cues = {w for cue in words.CUES for w in cue.words} - {"concentration"}  # asks a figure, names 浓度
    assert not cues & set(words.GLOSSARY_CORPUS)
