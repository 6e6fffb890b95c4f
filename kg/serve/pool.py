"""The processes that run the endpoint's queries, each with a time limit and a row cap.

A query in Oxigraph cannot be interrupted from Python, and a thread that runs one cannot be
stopped; so each query runs in a worker process that holds the store open read-only, and a
query that outlives its time limit costs its worker, which is killed and replaced.  The server
lives on and answers the client with an error status.

A worker serialises its answer itself: SELECT and ASK results in the SPARQL results format the
client accepts, CONSTRUCT and DESCRIBE graphs in the RDF format it accepts, at most ``max_rows``
solutions or triples (the answer then says it was cut).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import multiprocessing.connection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Media types by kind of answer, the first the default.
RESULTS_TYPES = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}


@dataclass(frozen=True)
class Answer:
    status: int
    media_type: str
    body: bytes
    truncated: bool = False


@dataclass(frozen=True)
class Job:
    query: str
    accept: list[str]  # media types the client accepts, best first
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def _worker(connection: multiprocessing.connection.Connection, store_dir: str | None, graph_file: str,
            max_rows: int) -> None:
    """A worker's life: open the store read-only (or load the graph file), then answer jobs."""
    import pyoxigraph as ox

    if store_dir is not None:
        store = ox.Store.read_only(store_dir)
    else:
        from ..graph.store import open_store

        store = open_store(Path(graph_file), use_cache=False).store
    from ..graph.vocab import PREFIXES

    while True:
        try:
            job: Job = connection.recv()
        except EOFError:
            return
        connection.send(_answer(store, job, max_rows, PREFIXES))


def _answer(store: Any, job: Job, max_rows: int, prefixes: dict[str, str]) -> Answer:
    import pyoxigraph as ox

    dataset: dict[str, Any] = {"use_default_graph_as_union": True}
    if job.default_graphs:
        dataset = {"default_graph": [ox.NamedNode(g) for g in job.default_graphs]}
    if job.named_graphs:
        dataset["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    try:
        result = store.query(job.query, prefixes=prefixes, **dataset)
        if isinstance(result, ox.QueryTriples):
            return _graph_answer(result, job.accept, max_rows, prefixes)
        return _results_answer(result, job.accept, max_rows)
    except SyntaxError as exc:
        return Answer(400, "text/plain; charset=utf-8", f"malformed query: {exc}".encode())
    except (ValueError, RuntimeError, OSError) as exc:
        return Answer(500, "text/plain; charset=utf-8", f"query failed: {exc}".encode())


def _choose(accept: list[str], offered: dict[str, str]) -> str | None:
    default = next(iter(offered))
    for media in accept:
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default if not accept else None


def _results_answer(result: Any, accept: list[str], max_rows: int) -> Answer:
    import pyoxigraph as ox

    media = _choose(accept, RESULTS_TYPES)
    if media is None:
        return _not_acceptable(RESULTS_TYPES)
    fmt = getattr(ox.QueryResultsFormat, RESULTS_TYPES[media])
    if isinstance(result, ox.QueryBoolean):
        return Answer(200, media, result.serialize(format=fmt) or b"")
    # Cut at max_rows: the solutions read so far are written as SPARQL JSON (a format simple
    # enough to write here), which Oxigraph's parser reads back and writes in the format asked.
    variables = [v.value for v in result.variables]
    rows: list[dict[str, dict[str, str]]] = []
    truncated = False
    for solution in result:
        if len(rows) == max_rows:
            truncated = True
            break
        rows.append({name: _json_term(solution[name]) for name in variables if solution[name] is not None})
    data = json.dumps({"head": {"vars": variables}, "results": {"bindings": rows}}, ensure_ascii=False)
    capped = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return Answer(200, media, capped.serialize(format=fmt) or b"", truncated)


def _json_term(term: Any) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}  # a quoted triple (RDF-star) as its text


def _graph_answer(result: Any, accept: list[str], max_rows: int, prefixes: dict[str, str]) -> Answer:
    import pyoxigraph as ox

    media = _choose(accept, GRAPH_TYPES)
    if media is None:
        return _not_acceptable(GRAPH_TYPES)
    triples: list[Any] = []
    truncated = False
    for triple in result:
        if len(triples) == max_rows:
            truncated = True
            break
        triples.append(triple)
    fmt = getattr(ox.RdfFormat, GRAPH_TYPES[media])
    options: dict[str, Any] = {"prefixes": prefixes} if fmt == ox.RdfFormat.TURTLE else {}
    return Answer(200, media, ox.serialize(triples, format=fmt, **options) or b"", truncated)


def _not_acceptable(offered: dict[str, str]) -> Answer:
    return Answer(406, "text/plain; charset=utf-8", f"no acceptable format; this answer comes as {', '.join(offered)}".encode())


class Worker:
    def __init__(self, context: Any, store_dir: str | None, graph_file: str, max_rows: int) -> None:
        parent, child = context.Pipe()
        self.connection = parent
        self.process = context.Process(target=_worker, args=(child, store_dir, graph_file, max_rows), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


class QueryPool:
    """``workers`` processes answering jobs; a job waits for a free one."""

    def __init__(self, store_dir: Path | None, graph_file: Path, *, workers: int, timeout: float, max_rows: int) -> None:
        self.context = multiprocessing.get_context("spawn")  # no fork of a process holding a server and threads
        self.args = (str(store_dir) if store_dir else None, str(graph_file), max_rows)
        self.timeout = timeout
        self.size = workers
        self.idle: asyncio.Queue[Worker] = asyncio.Queue()
        self.all: list[Worker] = []

    async def start(self) -> None:
        for _ in range(self.size):
            worker = Worker(self.context, *self.args)
            self.all.append(worker)
            self.idle.put_nowait(worker)

    def close(self) -> None:
        for worker in self.all:
            worker.stop()

    async def run(self, job: Job) -> Answer:
        worker = await self.idle.get()
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, worker.connection.send, job)
            ready = await loop.run_in_executor(None, worker.connection.poll, self.timeout)
            if ready:
                answer: Answer = await loop.run_in_executor(None, worker.connection.recv)
                self.idle.put_nowait(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            pass
        # Out of time, or the worker died: it is replaced, and the server lives on.
        self.all.remove(worker)
        worker.stop()
        fresh = Worker(self.context, *self.args)
        self.all.append(fresh)
        self.idle.put_nowait(fresh)
        if worker.process.exitcode not in (None, -9):
            return Answer(500, "text/plain; charset=utf-8", b"the query process failed")
        return Answer(503, "text/plain; charset=utf-8",
                      f"query stopped: over the time limit of {self.timeout:g} s".encode())
