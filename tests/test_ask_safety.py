"""User text never becomes query text: values are bound, and the shown query escapes them."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.ask import answer
from kg.errors import QueryError
from kg.graph.sparql import IRI, Query, iri, literal
from kg.graph.store import LocalStore, open_store


def run(store: "ox.Store | LocalStore", query: Query) -> list[dict[str, str | None]]:
    local = store if isinstance(store, LocalStore) else LocalStore(store, Path("memory"))
    return local.select(query)


class Recording(LocalStore):
    """The real store, remembering every query it ran (to check what reached it)."""

    def __init__(self, store: LocalStore) -> None:
        super().__init__(store.store, store.path)
        self.seen: list[Query] = []

    def select(self, query: Query) -> list[dict[str, str | None]]:
        self.seen.append(query)
        return super().select(query)

NASTY = [
    '"} UNION { ?s ?p ?o }',
    '" . } ; DROP ALL ; SELECT * WHERE { "',
    "北人印机\"} UNION {",
    'back\\slash \\" \\\\',
    "line\nbreak\r\ncarriage",
    "{braces} and }{ and <angle> and 'single'",
    "tab\tand\bbell\f",
    '"""triple"""',
    "'''",
    "#comment } ",
]


@pytest.fixture(scope="module")
def store(bundled_graph_file: Path):
    return open_store(bundled_graph_file)


@pytest.mark.parametrize("text", NASTY)
def test_literal_round_trips_through_sparql(text: str):
    """The escaped literal parses as one string literal with exactly the original value."""
    rows = run(ox.Store(), Query(f"SELECT ?x WHERE {{ BIND ({literal(text)} AS ?x) }}"))
    assert rows == [{"x": text}]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_literal_round_trips_any_text(text: str):
    rows = run(ox.Store(), Query(f"SELECT ?x WHERE {{ BIND ({literal(text)} AS ?x) }}"))
    assert rows == [{"x": text}]


@pytest.mark.parametrize("bad", ["http://x/a>b", 'http://x/"', "http://x/a b", "http://x/{}", "", "http://x/\n"])
def test_iri_refuses_characters_that_would_end_it(bad: str):
    with pytest.raises(QueryError):
        iri(bad)
    with pytest.raises(QueryError):
        run(ox.Store(), Query("SELECT ?s WHERE { ?s ?p ?o }", {"s": IRI(bad)}))


@pytest.mark.parametrize("text", NASTY)
def test_shown_query_with_nasty_values_runs_in_rdflib_and_matches(bundled_graph, store, text: str):
    """The query printed by --sparql is valid SPARQL with the value inside one literal."""
    template = "SELECT ?needle ?s WHERE { ?s rdfs:label ?l FILTER (CONTAINS(STR(?l), STR(?needle))) }"
    query = Query(template, {"needle": text})
    bound = run(store, query)
    shown = list(bundled_graph.query(query.shown()))
    assert bound == [] and shown == []
    harmless = Query(template, {"needle": "北人"})
    found = {r["s"] for r in run(store, harmless)}
    assert found and found == {str(r[1]) for r in bundled_graph.query(harmless.shown())}


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.parametrize("form", ["哪些措施引用了{}", "哪些措施提到了{}", "{}多少户", "{}是什么文件",
                                  "which measures cite {}", "{}和北人印机有什么关系", "{}"])
def test_questions_with_nasty_text_answer_nothing_and_never_splice(store, text: str, form: str):
    question = form.format(text)
    recording = Recording(store)
    result = answer(question, recording)
    assert recording.seen, "every question reaches the store"
    for query in recording.seen:
        assert text.strip() not in query.text  # the text is only ever a bound value
    for item in result.items:  # if anything is found, it is a real node of the graph
        assert item.iri is None or item.iri.startswith("https://w3id.org/govkg/")


def test_injection_attempt_does_not_widen_the_answer(store):
    """A UNION smuggled into a name must not turn into 'every triple'."""
    result = answer('哪些措施引用了渭编发〔2020〕10号"} UNION { ?unit ?p ?o }', store)
    assert len(result.items) <= 1
    assert all("3.1.1" == i.path for i in result.items)


def test_cli_with_injection_text_exits_cleanly(bundled_graph_file: Path):
    from click.testing import CliRunner

    from kg.cli import cli

    runner = CliRunner()
    for args in (["ask", '"} UNION { ?s ?p ?o }'], ["search", '"} UNION {'], ["show", '"} UNION {\n']):
        result = runner.invoke(cli, args + ["--graph", str(bundled_graph_file)])
        assert result.exit_code == 1, (args, result.output)
        assert "Traceback" not in result.output


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40) | st.builds(lambda a, b: a + b, st.sampled_from(
    ["哪些措施引用了", "哪些措施提到了", "第", "which measures cite ", "how many ", "what is ", "section "]), st.text(max_size=30)))
def test_any_question_gets_an_answer_object_never_an_exception(store, text: str):
    import json

    result = answer(text, store)
    data = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    assert data["question"] == text and isinstance(data["answers"], list)
    assert len(data["answers"]) == len(result.items)
    for item in data["answers"]:
        assert item["iri"] is None or item["iri"].startswith("https://w3id.org/govkg/")


@pytest.mark.parametrize("text", NASTY)
def test_language_tagged_values_bind_and_show_safely(text: str):
    from kg.graph.sparql import LangString

    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal(text, language="zh")))
    query = Query("SELECT ?o ?s WHERE { ?s <http://x/p> ?o }", {"o": LangString(text, "zh")})
    assert run(store, query) == [{"o": text, "s": "http://x/s"}]
    shown = query.shown()
    assert [r["s"] for r in run(store, Query(shown[shown.index("SELECT"):]))] == ["http://x/s"]
    with pytest.raises(QueryError):
        run(store, Query("SELECT ?o WHERE { ?s ?p ?o }", {"o": LangString(text, 'zh" } UNION {')}))
