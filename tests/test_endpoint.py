"""kg push and --endpoint against real SPARQL servers: Oxigraph server and Virtuoso.

Each server is started by a fixture on 127.0.0.1 in a temporary folder and stopped after; the
same tests run against each.  Without a server's program they skip, except under CI (CI set),
where they fail.  Misbehaving servers (one that answers HTML, one that drops connections) are
small real HTTP servers in front of or instead of the real one.
"""

from __future__ import annotations

import http.server
import json
import os
import socket
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kg.cli import cli

from .conftest import BUNDLED_REPORT
from .servers import (VIRTUOSO_PASSWORD, Server, environment_with_password, oxigraph_binary, start_oxigraph,
                      start_virtuoso, virtuoso_binary)

pytestmark = pytest.mark.servers


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"SPARQL server tests cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not oxigraph_binary():
        _missing("no oxigraph server (pip install oxigraph)")
    started = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield started
    started.stop()


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if not virtuoso_binary():
        _missing("no virtuoso-t (apt-get install virtuoso-opensource-7-bin)")
    started = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield started
    started.stop()


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest) -> Server:
    """Each server in turn: the tests that take it run against both."""
    return request.getfixturevalue(f"{request.param}_server")


def kg(*args: str, password: str | None = VIRTUOSO_PASSWORD) -> Result:
    env = {"KG_ENDPOINT_PASSWORD": password} if password is not None else {}
    return CliRunner().invoke(cli, list(args), env=env)


def push(server: Server, graph: Path, *extra: str, password: str | None = VIRTUOSO_PASSWORD) -> Result:
    return kg("push", "--graph", str(graph), "--endpoint", server.query_url, *server.push_options, *extra,
              password=password)


def statements(server: Server) -> int:
    result = kg("stats", "--endpoint", server.query_url)
    assert result.exit_code == 0, result.output
    return int(result.output.strip().splitlines()[-1].split()[-1])


@pytest.fixture(scope="module")
def pushed(server: Server, bundled_graph_file: Path) -> Server:
    result = push(server, bundled_graph_file)
    assert result.exit_code == 0, result.output
    assert "pushed 1 report(s), 3845 statements" in result.output
    return server


QUESTIONS = ["哪些措施引用了渭编发〔2020〕10号", "高新区2020年新开办的企业有多少户？", "报告里点了名的企业都有哪些？帮我全部列出来",
             "哪项工作是按照《重大行政决策程序暂行条例》来开展的？", "which measures mention 北人印机", "第三部分有哪些措施"]


@pytest.mark.parametrize("args", [
    *(("ask", q, "--json") for q in QUESTIONS),
    ("show", "北人印机", "--json"), ("show", "渭编发[2020]10号", "--json"), ("show", "3.1.1", "--json"),
    ("search", "北人", "--json"), ("search", "行政执法", "--json"),
    ("stats",),
    ("query", "SELECT ?n WHERE { ?o a kg:Enterprise ; rdfs:label ?n } ORDER BY ?n", "--format", "csv"),
    ("query", "ASK { ?m kg:cites ?d }", "--format", "json"),
])
def test_every_reading_command_answers_on_the_server_as_on_the_file(pushed: Server, bundled_graph_file: Path,
                                                                    args: tuple[str, ...]) -> None:
    local = kg(*args, "--graph", str(bundled_graph_file))
    remote = kg(*args, "--endpoint", pushed.query_url)
    assert local.exit_code == 0, local.output
    assert (remote.exit_code, remote.output) == (local.exit_code, local.output)


def test_construct_and_the_viz_page_are_the_same(pushed: Server, bundled_graph_file: Path, tmp_path: Path) -> None:
    construct = "CONSTRUCT { ?o ?p ?v } WHERE { ?o a kg:Enterprise ; ?p ?v }"
    local = kg("query", construct, "--format", "ntriples", "--graph", str(bundled_graph_file))
    remote = kg("query", construct, "--format", "ntriples", "--endpoint", pushed.query_url)
    assert local.exit_code == 0 and len(local.output.splitlines()) > 20
    assert sorted(remote.output.splitlines()) == sorted(local.output.splitlines())
    assert kg("viz", "--graph", str(bundled_graph_file), "-o", str(tmp_path / "l.html")).exit_code == 0
    assert kg("viz", "--endpoint", pushed.query_url, "-o", str(tmp_path / "r.html")).exit_code == 0
    assert (tmp_path / "r.html").read_bytes() == (tmp_path / "l.html").read_bytes()


def test_a_second_push_replaces_and_adds_no_duplicate(pushed: Server, bundled_graph_file: Path) -> None:
    before = statements(pushed)
    assert push(pushed, bundled_graph_file).exit_code == 0
    assert statements(pushed) == before == 3845


def _changed_report(tmp_path: Path) -> Path:
    """The bundled report with one paragraph less, built under the same report id."""
    text = BUNDLED_REPORT.read_text(encoding="utf-8-sig")
    lines = text.splitlines(keepends=True)
    dropped = next(i for i, line in enumerate(lines) if "北人印机、石羊长安花" in line)
    folder = tmp_path / "changed"
    folder.mkdir()
    (folder / BUNDLED_REPORT.name).write_text("".join(lines[:dropped] + lines[dropped + 1:]), encoding="utf-8")
    graph = tmp_path / "changed.ttl"
    result = kg("build", str(folder), "-o", str(graph))
    assert result.exit_code == 0, result.output
    return graph


def test_a_changed_report_replaces_its_graph_and_a_failed_push_leaves_it_intact(
        pushed: Server, bundled_graph_file: Path, tmp_path: Path) -> None:
    changed = _changed_report(tmp_path)
    assert push(pushed, changed).exit_code == 0
    count = statements(pushed)
    assert count < 3845
    loans = "SELECT ?f WHERE { ?f a kg:Figure ; kg:quote ?q FILTER(CONTAINS(STR(?q), '1.59亿元')) }"
    assert kg("query", loans, "--endpoint", pushed.query_url).exit_code == 1  # gone with its paragraph
    # Now push the original through a connection that drops after three requests: the server
    # keeps the changed report, whole.
    with _dropping_proxy(pushed.update_url, allowed=3) as proxy_url:
        options = list(pushed.push_options)
        options[options.index("--update-endpoint") + 1] = proxy_url
        result = kg("push", "--graph", str(bundled_graph_file), "--endpoint", pushed.query_url, *options,
                    "--batch", "500")
    assert result.exit_code == 2 and "dropped the connection" in result.output, result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert statements(pushed) == count
    assert kg("query", loans, "--endpoint", pushed.query_url).exit_code == 1
    assert push(pushed, bundled_graph_file).exit_code == 0  # and the whole one again, for the other tests
    assert statements(pushed) == 3845


def test_the_graph_store_protocol_replaces_a_report_in_one_put(oxigraph_server: Server, bundled_graph_file: Path,
                                                              tmp_path: Path) -> None:
    server = oxigraph_server
    assert server.store_url is not None
    changed = _changed_report(tmp_path)
    for graph in (changed, bundled_graph_file):
        result = kg("push", "--graph", str(graph), "--endpoint", server.query_url, "--store-endpoint", server.store_url)
        assert result.exit_code == 0, result.output
    assert statements(server) == 3845


def test_credentials_are_used_and_never_printed(virtuoso_server: Server, bundled_graph_file: Path) -> None:
    server = virtuoso_server
    secret = "wrong-Pa55word-xyz"
    result = push(server, bundled_graph_file, password=secret)
    assert result.exit_code == 2 and "refused the credentials" in result.output, result.output
    assert secret not in result.output and len(result.output.strip().splitlines()) == 1
    by_option = kg("push", "--graph", str(bundled_graph_file), "--endpoint", server.query_url, *server.push_options,
                   "--password", secret, password=None)
    assert by_option.exit_code == 2 and secret not in by_option.output


def test_updates_through_kg_query_are_refused(pushed: Server) -> None:
    result = kg("query", "DROP ALL", "--endpoint", pushed.query_url)
    assert result.exit_code == 2 and "updates are refused" in result.output
    assert statements(pushed) == 3845


@pytest.fixture()
def html_server() -> Iterator[str]:
    class Page(http.server.BaseHTTPRequestHandler):
        def _page(self) -> None:
            body = "<html><head><title>登录</title></head><body><h1>统一身份认证</h1></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _page

        def log_message(self, *args: object) -> None:
            pass

    yield from _serve(Page)


def _serve(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _dropping_proxy:
    """Forwards the first ``allowed`` requests to ``target``, then closes connections unanswered."""

    def __init__(self, target: str, allowed: int) -> None:
        self.target, self.allowed, self.seen = target, allowed, 0

    def __enter__(self) -> str:
        proxy = self

        class Forward(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                proxy.seen += 1
                if proxy.seen > proxy.allowed:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                request = urllib.request.Request(proxy.target, data=body, method="POST",
                                                 headers={k: v for k, v in self.headers.items()
                                                          if k.lower() in ("content-type", "accept", "authorization")})
                try:
                    with urllib.request.urlopen(request) as response:
                        status, headers, data = response.status, response.headers, response.read()
                except urllib.error.HTTPError as error:
                    status, headers, data = error.code, error.headers, error.read()
                self.send_response(status)
                for key in ("Content-Type", "WWW-Authenticate"):
                    if headers.get(key):
                        self.send_header(key, headers[key])
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.serving = _serve(Forward)
        return next(self.serving)

    def __exit__(self, *exc: object) -> None:
        self.serving.close()


def test_a_server_that_answers_a_web_page_gets_one_clear_line(html_server: str, bundled_graph_file: Path) -> None:
    for args in (("stats", "--endpoint", html_server), ("ask", "北人印机", "--endpoint", html_server),
                 ("push", "--graph", str(bundled_graph_file), "--endpoint", html_server)):
        result = kg(*args)
        lines = result.output.strip().splitlines()
        assert result.exit_code == 2 and len(lines) == 1, (args, result.output)
        assert html_server in lines[0] and "Traceback" not in result.output
    assert "did not answer with SPARQL results (text/html" in kg("stats", "--endpoint", html_server).output


def test_an_unreachable_endpoint_and_a_bad_url_get_one_clear_line() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: nobody answers there
        result = kg("stats", "--endpoint", f"http://127.0.0.1:{port}/sparql")
    assert result.exit_code == 2 and "cannot reach the endpoint" in result.output
    bad = kg("stats", "--endpoint", "ftp://example.org/sparql")
    assert bad.exit_code == 2 and "not an http(s) URL" in bad.output


def test_graph_and_endpoint_exclude_each_other(bundled_graph_file: Path) -> None:
    result = kg("stats", "--graph", str(bundled_graph_file), "--endpoint", "http://127.0.0.1:9/sparql")
    assert result.exit_code == 2 and "exclude each other" in result.output


def test_the_password_may_come_from_the_environment(virtuoso_server: Server, bundled_graph_file: Path) -> None:
    server = virtuoso_server
    result = CliRunner().invoke(cli, ["push", "--graph", str(bundled_graph_file), "--endpoint", server.query_url,
                                      *server.push_options], env=environment_with_password(VIRTUOSO_PASSWORD))
    assert result.exit_code == 0, result.output
    assert json.loads(kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--endpoint", server.query_url,
                         "--format", "json").output)["results"]["bindings"][0]["n"]["value"] == "3845"


def test_a_server_that_drops_the_connection_gets_one_clear_line(pushed: Server) -> None:
    with _dropping_proxy(pushed.query_url, allowed=0) as proxy_url:
        for args in (("stats",), ("ask", "北人印机"), ("query", "ASK { ?s ?p ?o }")):
            result = kg(*args, "--endpoint", proxy_url)
            assert result.exit_code == 2 and "dropped the connection" in result.output, (args, result.output)
            assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["oxigraph", "virtuoso"])
def test_a_graph_of_many_reports_reads_alike_on_a_fresh_server(name: str, tmp_path: Path) -> None:
    """60 reports: 61 graphs in every query's dataset (Virtuoso echoes each as a header)."""
    if not (oxigraph_binary() if name == "oxigraph" else virtuoso_binary()):
        _missing(f"no {name}")
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        (folder / f"区{n:02d}-2020.txt").write_text(
            f"某区{n}号2020年工作报告\n一、工作回顾\n（一）新设立企业{700 + n}户，北人印机等{n + 2}家企业获得贷款。\n",
            encoding="utf-8")
    graph = tmp_path / "many.trig"
    assert kg("build", str(folder), "-o", str(graph)).exit_code == 0
    fresh = (start_oxigraph if name == "oxigraph" else start_virtuoso)(tmp_path / name)
    try:
        pushed = push(fresh, graph)
        assert pushed.exit_code == 0 and "pushed 60 report(s)" in pushed.output, pushed.output
        for args in (("stats",), ("ask", "北人印机", "--json"),
                     ("query", "SELECT ?v WHERE { ?f kg:value ?v } ORDER BY ?v", "--format", "csv")):
            local = kg(*args, "--graph", str(graph))
            remote = kg(*args, "--endpoint", fresh.query_url)
            assert local.exit_code == 0, local.output
            assert (remote.exit_code, remote.output) == (local.exit_code, local.output), args
    finally:
        fresh.stop()
