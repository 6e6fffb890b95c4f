"""A SPARQL server as the store: the reading commands over the SPARQL 1.1 Protocol, and pushing.

``RemoteStore`` answers the same calls as :class:`~kg.graph.store.LocalStore` (bound SELECTs,
raw read queries, graphs, size), so ``kg query``, ``ask``, ``show``, ``search``, ``stats`` and
``viz`` run unchanged against Oxigraph server, Virtuoso, Fuseki, GraphDB or any other SPARQL 1.1
endpoint.  Results are parsed by Oxigraph's own parsers, so the commands see the same objects
as on a local file.  The requests are written here with urllib: kg sends only the protocol's
form-encoded POST (queries, updates) and the Graph Store Protocol's PUT, with basic or digest
sign-in; SPARQLWrapper covers the POSTs but not PUT, and would choose the request from its own
reading of the query.

A server holds other graphs besides kg's (Virtuoso's system graphs, other datasets), so every
query names its dataset: kg's graphs (each report's, and the shared one) as the default graph
(their union, as on a local file) and as the named graphs.  Bound values travel in VALUES
blocks (:meth:`~kg.graph.sparql.Query.shown`), written by the escaping functions that make them
safe; no value is ever spliced into query text any other way.

``push`` loads a graph file into a server: each report into its own named graph, replacing what
an earlier push of that report left (in batches into a staging graph, then one MOVE, so a failed
push leaves the earlier data intact); the shared graph's statements are added to the server's
shared graph, which several pushes build together.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..errors import GraphError, QueryError
from .sparql import Query, Row
from .vocab import DATA_NS, KG, SHARED_GRAPH, sparql_prefixes

if TYPE_CHECKING:
    import pyoxigraph as ox

    from .store import LocalStore

# Credentials come from options or from these variables, and are never printed.
USER_VARIABLE = "KG_ENDPOINT_USER"
PASSWORD_VARIABLE = "KG_ENDPOINT_PASSWORD"
DEFAULT_TIMEOUT = 60.0
# Statements per INSERT DATA request: large enough to be quick, small enough for every server's
# request limits (Virtuoso's SPARQL text limit, proxies' body limits).
BATCH_STATEMENTS = 2000
_GRAPH_PREFIX = DATA_NS  # report graphs are named by their reports, the shared graph is under graph/
_RESULTS_JSON = "application/sparql-results+json"
_RDF_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
# Virtuoso echoes every graph of a query's dataset as a response header (X-SPARQL-default-graph),
# so a corpus of 172 reports gets 350 headers back; http.client refuses more than 100 unless
# told otherwise (its module-level limit is the only switch it has).
http.client._MAXHEADERS = max(getattr(http.client, "_MAXHEADERS", 100), 100_000)  # type: ignore[attr-defined]
_UPDATE_KINDS = {"INSERT", "DELETE", "CREATE", "CLEAR", "DROP", "LOAD", "COPY", "MOVE", "ADD"}


@dataclass(frozen=True)
class Endpoint:
    """Where a SPARQL server listens and how to sign in; the password is never shown."""

    query_url: str
    update_url: str | None = None
    store_url: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    auth: str = "basic"  # or "digest"
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def from_options(cls, query_url: str, *, update_url: str | None = None, store_url: str | None = None,
                     user: str | None = None, password: str | None = None, auth: str = "basic",
                     timeout: float = DEFAULT_TIMEOUT) -> "Endpoint":
        for url in (query_url, update_url, store_url):
            if url is not None:
                _check_url(url)
        return cls(query_url, update_url, store_url, user or os.environ.get(USER_VARIABLE) or None,
                   password or os.environ.get(PASSWORD_VARIABLE) or None, auth, timeout)

    @property
    def shown(self) -> str:
        return shown_url(self.query_url)


def shown_url(url: str) -> str:
    """The URL without any user and password written into it."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, ""))


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise GraphError(f"not an http(s) URL of a SPARQL endpoint: {shown_url(url)!r}")


class RemoteStore:
    """A SPARQL endpoint answering as a local store does."""

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self.cache_dir: Path | None = None  # nothing derived from a server is cached on disk

    @property
    def name(self) -> str:
        return self.endpoint.shown

    def select(self, query: Query) -> list[Row]:
        """Run a SELECT with its values bound; each row maps variable names to lexical values."""
        import pyoxigraph as ox

        solutions = self._read(query.shown())
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("only SELECT queries can be run here")
        names = [variable.value for variable in solutions.variables]
        return [{name: (None if s[name] is None else s[name].value) for name in names} for s in solutions]

    def query(self, text: str) -> "ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]":
        """Run any read query as given (for ``kg query``); the project's prefixes are predeclared."""
        return self._read(sparql_prefixes() + text)

    @cached_property
    def kg_graphs(self) -> list[str]:
        """kg's graphs on the server: each report's (found by its report) and the shared one."""
        import pyoxigraph as ox

        answer = self._send(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?r a <{KG.Report}> }} }}", dataset=False)
        results = _parse_results(answer, self.endpoint.shown)
        graphs = sorted({s["g"].value for s in results} if isinstance(results, ox.QuerySolutions) else set())
        graphs = [g for g in graphs if g.startswith(_GRAPH_PREFIX)]
        if not graphs:
            raise GraphError("the endpoint holds no report of kg (run 'kg push' first)", path=self.endpoint.shown)
        return graphs + [SHARED_GRAPH]

    def graphs(self) -> list[str]:
        return sorted(self.kg_graphs)

    def __len__(self) -> int:
        rows = self.select(Query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"] or 0) if rows else 0

    def _read(self, text: str) -> "ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]":
        kind = _query_kind(text)
        if kind in _UPDATE_KINDS:
            raise QueryError("updates are refused: kg reads the endpoint (kg push writes to it)")
        body, content_type = self._send(text, dataset=True,
                                        accept=_RDF_ACCEPT if kind in ("CONSTRUCT", "DESCRIBE") else _RESULTS_JSON)
        if kind in ("CONSTRUCT", "DESCRIBE"):
            return _parse_triples(body, content_type, self.endpoint.shown)
        results = _parse_results((body, content_type), self.endpoint.shown)
        if kind == "ASK":
            return _as_boolean(results)
        return results

    def _send(self, text: str, *, dataset: bool, accept: str = _RESULTS_JSON) -> tuple[bytes, str]:
        graphs = self.kg_graphs if dataset else []
        return _post(self.endpoint, self.endpoint.query_url, "query", text, accept,
                     [("default-graph-uri", g) for g in graphs] + [("named-graph-uri", g) for g in graphs])


def _as_boolean(results: "ox.QuerySolutions | ox.QueryBoolean") -> "ox.QueryBoolean":
    """An ASK's answer.  Virtuoso answers an ASK over a given dataset as a SELECT of one
    variable (__ASK_RETVAL) whose value is 1 or 0."""
    import pyoxigraph as ox

    if isinstance(results, ox.QueryBoolean):
        return results
    values = [solution[0] for solution in results]
    answer = bool(values) and values[0] is not None and values[0].value not in ("0", "false")
    boolean = ox.parse_query_results(json.dumps({"head": {}, "boolean": answer}), format=ox.QueryResultsFormat.JSON)
    assert isinstance(boolean, ox.QueryBoolean)
    return boolean


def _query_kind(text: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE or an update's first keyword, after prologue and comments."""
    body = re.sub(r"<[^<>\s]*>", "<>", text)  # an IRI may hold '#', which is no comment there
    body = re.sub(r"#[^\n]*", " ", body)
    body = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+[^\s:]*:\s*<>|BASE\s*<>)\s*)*", "", body)
    match = re.match(r"\s*([A-Za-z]+)", body)
    return match.group(1).upper() if match else ""


def _post(endpoint: Endpoint, url: str, parameter: str, text: str, accept: str,
          extra: list[tuple[str, str]]) -> tuple[bytes, str]:
    """POST a query or update form-encoded (SPARQL 1.1 Protocol 2.1.2 and 2.2.1)."""
    data = urllib.parse.urlencode([(parameter, text), *extra]).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8", "Accept": accept})
    return _open(endpoint, request)


def _open(endpoint: Endpoint, request: urllib.request.Request) -> tuple[bytes, str]:
    """Send a request, signed in when credentials are given; every failure is one GraphError
    naming the server (never the password)."""
    where = shown_url(request.full_url)
    opener = _opener(endpoint, request.full_url)
    try:
        with opener.open(request, timeout=endpoint.timeout) as response:
            return response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        detail = _error_text(exc)
        if exc.code in (401, 403):
            raise GraphError(f"the server refused the credentials (HTTP {exc.code}){detail}", path=where) from None
        if exc.code == 400:
            raise QueryError(f"the server rejected the query (HTTP 400){detail}") from None
        raise GraphError(f"the server answered HTTP {exc.code}{detail}", path=where) from None
    except (urllib.error.URLError, ConnectionError, http.client.HTTPException, socket.timeout, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise GraphError(f"no answer within {endpoint.timeout:g} s", path=where) from None
        if isinstance(exc, (http.client.RemoteDisconnected, http.client.IncompleteRead, ConnectionResetError)):
            raise GraphError("the server dropped the connection", path=where) from None
        raise GraphError(f"cannot reach the endpoint: {reason}", path=where) from None


def _opener(endpoint: Endpoint, url: str) -> urllib.request.OpenerDirector:
    if not endpoint.user:
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, url, endpoint.user, endpoint.password or "")
    handler: urllib.request.BaseHandler
    if endpoint.auth == "digest":
        handler = urllib.request.HTTPDigestAuthHandler(passwords)
    else:
        handler = urllib.request.HTTPBasicAuthHandler(passwords)
    return urllib.request.build_opener(handler)


def _error_text(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read().decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        return ""
    if "<html" in body[:500].lower():
        body = re.sub(r"<[^>]+>", " ", body)
    line = " ".join(body.split())[:300]
    return f": {line}" if line else ""


def _parse_results(answer: tuple[bytes, str], where: str = "") -> "ox.QuerySolutions | ox.QueryBoolean":
    import pyoxigraph as ox

    body, content_type = answer
    fmt = ox.QueryResultsFormat.XML if "xml" in content_type else ox.QueryResultsFormat.JSON
    try:
        return ox.parse_query_results(body, format=fmt)
    except (SyntaxError, ValueError) as exc:
        raise GraphError(f"the server did not answer with SPARQL results ({content_type or 'no content type'}): "
                         f"{str(exc).splitlines()[0] if str(exc) else exc}", path=where) from None


def _parse_triples(body: bytes, content_type: str, where: str) -> "list[ox.Triple]":
    import pyoxigraph as ox

    fmt = (ox.RdfFormat.TURTLE if "turtle" in content_type else ox.RdfFormat.RDF_XML if "rdf+xml" in content_type
           else ox.RdfFormat.N_TRIPLES)
    try:
        return [quad.triple for quad in ox.parse(body, format=fmt)]
    except (SyntaxError, ValueError) as exc:
        raise GraphError(f"the server did not answer with RDF ({content_type or 'no content type'}): "
                         f"{str(exc).splitlines()[0] if str(exc) else exc}", path=where) from None


@dataclass(frozen=True)
class PushResult:
    reports: int
    statements: int


def push(store: "LocalStore", endpoint: Endpoint, *, batch: int = BATCH_STATEMENTS,
         progress: Callable[[int], None] | None = None) -> PushResult:
    """Load every graph of ``store`` into the server; see the module's description."""
    graphs = [g for g in store.graphs() if g != SHARED_GRAPH]
    if not graphs:
        raise GraphError("the graph holds no report to push", path=store.name)
    statements = 0
    for graph in graphs:
        count = _replace_graph(store, endpoint, graph, batch, progress)
        _check_landed(endpoint, graph, count)
        statements += count
    statements += _add_to_graph(store, endpoint, SHARED_GRAPH, batch, progress)
    return PushResult(len(graphs), statements)


def _check_landed(endpoint: Endpoint, graph: str, count: int) -> None:
    """The server holds the report's graph as pushed: a server that answered every update with a
    page of its own (a sign-in portal) is found out here, not by the user's next query."""
    import pyoxigraph as ox

    answer = _post(endpoint, endpoint.query_url, "query", f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                   _RESULTS_JSON, [])
    results = _parse_results(answer, shown_url(endpoint.query_url))
    found = [s["n"].value for s in results] if isinstance(results, ox.QuerySolutions) else []
    if found != [str(count)]:
        raise GraphError(f"after the push the server holds {found[0] if found else 'no'} statements of {graph}, "
                         f"not {count}", path=shown_url(endpoint.query_url))


def _lines(quads: Iterator["ox.Quad"]) -> Iterator[str]:
    for quad in quads:
        yield f"{quad.subject} {quad.predicate} {quad.object} ."


def _batches(lines: Iterator[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _replace_graph(store: "LocalStore", endpoint: Endpoint, graph: str, batch: int,
                   progress: Callable[[int], None] | None) -> int:
    """The report's graph on the server becomes this one, or stays as it was if anything fails."""
    if endpoint.store_url:
        lines = list(_lines(store.quads(graph)))
        _send_graph(endpoint, graph, lines, "PUT")
        if progress:
            progress(len(lines))
        return len(lines)
    staging = f"urn:uuid:{uuid.uuid4()}"
    count = 0
    try:
        for chunk in _batches(_lines(store.quads(graph)), batch):
            _update(endpoint, f"INSERT DATA {{ GRAPH <{staging}> {{\n" + "\n".join(chunk) + "\n} }")
            count += len(chunk)
            if progress:
                progress(len(chunk))
        _update(endpoint, f"MOVE SILENT GRAPH <{staging}> TO GRAPH <{graph}>")
    except BaseException:
        try:
            _update(endpoint, f"DROP SILENT GRAPH <{staging}>")
        except GraphError:
            pass  # the server is gone; the staging graph goes with the next push's clean-up, if ever
        raise
    return count


def _add_to_graph(store: "LocalStore", endpoint: Endpoint, graph: str, batch: int,
                  progress: Callable[[int], None] | None) -> int:
    count = 0
    for chunk in _batches(_lines(store.quads(graph)), batch):
        if endpoint.store_url and not endpoint.update_url:
            _send_graph(endpoint, graph, chunk, "POST")  # the Graph Store Protocol's POST adds
        else:
            _update(endpoint, f"INSERT DATA {{ GRAPH <{graph}> {{\n" + "\n".join(chunk) + "\n} }")
        count += len(chunk)
        if progress:
            progress(len(chunk))
    return count


def _update(endpoint: Endpoint, text: str) -> None:
    _post(endpoint, endpoint.update_url or endpoint.query_url, "update", text, "*/*", [])


def _send_graph(endpoint: Endpoint, graph: str, lines: list[str], method: str) -> None:
    """SPARQL 1.1 Graph Store Protocol: PUT replaces the graph in one request, POST adds to it."""
    assert endpoint.store_url is not None
    separator = "&" if "?" in endpoint.store_url else "?"
    url = f"{endpoint.store_url}{separator}{urllib.parse.urlencode({'graph': graph})}"
    request = urllib.request.Request(url, data=("\n".join(lines) + "\n").encode("utf-8"), method=method,
                                     headers={"Content-Type": "application/n-triples"})
    _open(endpoint, request)


__all__ = ["Endpoint", "PushResult", "RemoteStore", "push", "shown_url"]
