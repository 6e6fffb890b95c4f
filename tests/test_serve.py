"""kg serve: a real server process on 127.0.0.1, spoken to over HTTP as clients do.

The protocol (GET, POST form, POST application/sparql-query), content negotiation, read-only
refusal of updates, malformed queries, the time limit (the server lives on), the row cap, many
clients at once, one log line per request, the query page in Chromium with no request leaving
127.0.0.1, and the graph page.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .servers import free_port

pytestmark = pytest.mark.servers

ENTERPRISES = "SELECT ?n WHERE { ?o a kg:Enterprise ; rdfs:label ?n } ORDER BY ?n"
# Three independent patterns over 3845 statements: 5·10^10 rows, far over any time limit.
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Served:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def lines(self) -> list[str]:
        return self.log.read_text(encoding="utf-8", errors="replace").splitlines()


@pytest.fixture(scope="module")
def served(bundled_graph_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    port = free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(bundled_graph_file), "--port",
                                str(port), "--timeout", "2", "--max-rows", "5", "--workers", "2"],
                               stdout=log.open("wb"), stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/sparql?query=ASK%7B%7D", timeout=2).read()
            break
        except (urllib.error.URLError, OSError):
            assert process.poll() is None, log.read_text()
            time.sleep(0.3)
    yield Served(url, process, log)
    process.terminate()
    process.wait(timeout=30)


def call(served: Served, method: str = "GET", *, query: str | None = None, accept: str | None = None,
         body: bytes | None = None, content_type: str | None = None, path: str = "/sparql") -> tuple[int, dict[str, str], bytes]:
    url = served.url + path
    if method == "GET" and query is not None:
        url += "?" + urllib.parse.urlencode({"query": query})
    headers = {k: v for k, v in (("Accept", accept), ("Content-Type", content_type)) if v}
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def form(**fields: str) -> bytes:
    return urllib.parse.urlencode(fields).encode()


def test_get_post_form_and_post_query_give_the_same_rows(served: Served) -> None:
    answers = [
        call(served, query=ENTERPRISES, accept="text/csv"),
        call(served, "POST", body=form(query=ENTERPRISES), content_type="application/x-www-form-urlencoded", accept="text/csv"),
        call(served, "POST", body=ENTERPRISES.encode(), content_type="application/sparql-query", accept="text/csv"),
    ]
    for status, headers, body in answers:
        assert status == 200 and headers["content-type"].startswith("text/csv")
        assert body.decode().splitlines()[:3] == ["n", "利君中药", "利君制药"]
    assert len({body for _, _, body in answers}) == 1


@pytest.mark.parametrize(("accept", "media", "check"), [
    ("application/sparql-results+json", "application/sparql-results+json",
     lambda b: json.loads(b)["head"]["vars"] == ["n"]),
    ("application/sparql-results+xml", "application/sparql-results+xml", lambda b: b.startswith(b"<?xml")),
    ("text/tab-separated-values", "text/tab-separated-values", lambda b: b.startswith(b"?n\n")),
    ("text/csv;q=0.5, application/sparql-results+json", "application/sparql-results+json", lambda b: b.startswith(b"{")),
    ("*/*", "application/sparql-results+json", lambda b: b.startswith(b"{")),
])
def test_select_results_come_in_the_format_asked(served: Served, accept: str, media: str, check) -> None:
    status, headers, body = call(served, query=ENTERPRISES, accept=accept)
    assert status == 200 and headers["content-type"].startswith(media) and check(body)


@pytest.mark.parametrize(("accept", "media", "marker"), [
    ("text/turtle", "text/turtle", b"kg:Enterprise"),
    ("application/n-triples", "application/n-triples", b"<https://w3id.org/govkg/ontology#Enterprise> ."),
    ("application/ld+json", "application/ld+json", b'"@id"'),
])
def test_construct_and_describe_come_as_turtle_ntriples_or_jsonld(served: Served, accept: str, media: str,
                                                                  marker: bytes) -> None:
    status, headers, body = call(served, query="CONSTRUCT { ?o a kg:Enterprise } WHERE { ?o a kg:Enterprise }",
                                 accept=accept)
    assert status == 200 and headers["content-type"].startswith(media) and marker in body
    described = call(served, query="DESCRIBE <https://w3id.org/govkg/id/org/北人印机>", accept=accept)
    assert described[0] == 200 and described[2].strip()
    assert "北人印机".encode() in described[2] or b"\\u5317" in described[2] or b"%E5%8C%97" in described[2]


def test_an_unacceptable_format_is_406(served: Served) -> None:
    assert call(served, query=ENTERPRISES, accept="image/png")[0] == 406


def test_updates_are_refused_and_change_nothing(served: Served) -> None:
    before = call(served, query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", accept="text/csv")[2]
    for method, body, content_type in (
            ("POST", form(update="DROP ALL"), "application/x-www-form-urlencoded"),
            ("POST", b"DROP ALL", "application/sparql-update")):
        status, _, text = call(served, method, body=body, content_type=content_type)
        assert status == 403 and b"read-only" in text
    status, _, text = call(served, query="DROP ALL")
    assert status == 400  # an update sent as a query is no query
    assert call(served, query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", accept="text/csv")[2] == before == b"n\r\n3845\r\n"


def test_a_malformed_query_gets_400_with_the_parser_message(served: Served) -> None:
    status, _, body = call(served, query="SELEC ?x WHERE { ?x ?y ?z }")
    assert status == 400 and body.startswith(b"malformed query: error at 1:")


def test_a_query_over_the_time_limit_gets_503_and_the_server_lives_on(served: Served) -> None:
    started = time.monotonic()
    status, _, body = call(served, query=ENDLESS)
    assert status == 503 and b"time limit of 2 s" in body
    assert time.monotonic() - started < 10
    assert call(served, query=ENTERPRISES, accept="text/csv")[0] == 200


def test_answers_are_cut_at_the_row_cap_and_say_so(served: Served) -> None:
    status, headers, body = call(served, query="SELECT ?s WHERE { ?s ?p ?o }", accept="text/csv")
    assert status == 200 and headers.get("x-kg-truncated") == "true"
    assert len(body.decode().splitlines()) == 1 + 5
    small = call(served, query="SELECT ?s WHERE { ?s a kg:Report }", accept="text/csv")
    assert "x-kg-truncated" not in small[1]


def test_sixteen_clients_at_once_all_get_their_answer(served: Served) -> None:
    queries = [f"SELECT ?n WHERE {{ ?o a kg:Enterprise ; rdfs:label ?n }} ORDER BY ?n OFFSET {i % 4} LIMIT 1"
               for i in range(32)]
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        answers = list(pool.map(lambda q: call(served, query=q, accept="text/csv"), queries))
    assert all(status == 200 for status, _, _ in answers)
    alone = [call(served, query=q, accept="text/csv")[2] for q in queries[:4]]
    assert len(set(alone)) == 4
    assert [body for _, _, body in answers] == alone * 8


def test_it_binds_to_loopback_and_logs_one_line_per_request(served: Served) -> None:
    before = [line for line in served.lines() if '"GET /sparql?query=' in line]
    call(served, query="ASK { ?s ?p ?o }")
    time.sleep(0.3)
    after = [line for line in served.lines() if '"GET /sparql?query=' in line]
    assert len(after) == len(before) + 1 and after[-1].endswith("200 OK")
    assert any("http://127.0.0.1:" in line for line in served.lines())


def test_the_graph_page_and_the_assets_are_served(served: Served) -> None:
    status, headers, body = call(served, path="/graph")
    assert status == 200 and b"vis.Network" in body and "北人印机".encode() in body
    assert call(served, path="/assets/yasgui.min.js")[0] == 200
    assert call(served, path="/assets/../../etc/passwd")[0] == 404


def test_the_query_page_runs_an_example_in_chromium_without_the_network(served: Served, tmp_path: Path) -> None:
    from .test_viz_browser import CHROMIUM, CHROMIUM_ARGS, _unavailable

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM}")
    outside: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()

            def route(route_, request) -> None:  # every request leaving 127.0.0.1 is noted and refused
                if not request.url.startswith(served.url):
                    outside.append(request.url)
                    route_.abort()
                else:
                    route_.continue_()

            page.route("**/*", route)
            page.goto(served.url + "/")
            page.wait_for_selector("#examples button")
            names = page.locator("#examples button").all_inner_texts()
            assert "measures-citing-document" in names
            page.get_by_role("button", name="measures-citing-document").click()
            page.wait_for_function("document.body.innerText.includes('3.1.1')", timeout=20_000)
            page.screenshot(path=str(tmp_path / "query-page.png"))
        finally:
            browser.close()
    assert outside == []
