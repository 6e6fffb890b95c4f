"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the graph, with a query page.

Routes:
- ``/sparql``: GET ``?query=``, POST form-encoded, POST ``application/sparql-query``; the
  dataset by ``default-graph-uri`` / ``named-graph-uri`` (else the union of all graphs, as every
  kg command reads it); answers by ``Accept``.  Updates get 403 and change nothing; a malformed
  query gets 400 with the parser's message; a query over the time limit gets 503.
- ``/``: the query page (YASGUI, vendored), the example queries one click away.
- ``/graph``: the graph page of ``kg viz``.

Starlette routes the requests and uvicorn serves them; the queries run in worker processes
(``pool``), which is what lets a query be stopped at its time limit.
"""

from __future__ import annotations

import contextlib
import html
import json
import urllib.parse
from collections.abc import AsyncIterator
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..graph.vocab import sparql_prefixes
from .pool import Job, QueryPool

_FORM = "application/x-www-form-urlencoded"
_QUERY_TYPE = "application/sparql-query"
_UPDATE_TYPE = "application/sparql-update"


def create_app(pool: QueryPool, graph_page: str, queries: dict[str, str], title: str) -> Starlette:
    async def sparql(request: Request) -> Response:
        query, problem = await _read_query(request)
        if problem is not None:
            return problem
        assert query is not None
        params = request.query_params
        job = Job(query, _accepted(request.headers.get("accept", "")), params.getlist("default-graph-uri"),
                  params.getlist("named-graph-uri"))
        if request.method == "POST" and request.headers.get("content-type", "").startswith(_FORM):
            form = await _form(request)
            job = Job(query, job.accept, form.get("default-graph-uri", job.default_graphs),
                      form.get("named-graph-uri", job.named_graphs))
        answer = await pool.run(job)
        headers = {"X-KG-Truncated": "true"} if answer.truncated else {}
        return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=headers)

    async def page(request: Request) -> Response:
        return HTMLResponse(_query_page(queries, title))

    async def graph(request: Request) -> Response:
        return HTMLResponse(graph_page)

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ("yasgui.min.js", "yasgui.min.css"):
            return PlainTextResponse("not found", status_code=404)
        data = resources.files(__package__).joinpath("assets", name).read_bytes()
        media = "text/javascript" if name.endswith(".js") else "text/css"
        return Response(data, media_type=media, headers={"Cache-Control": "max-age=86400"})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await pool.start()
        try:
            yield
        finally:
            pool.close()

    return Starlette(routes=[
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/", page),
        Route("/graph", graph),
        Route("/assets/{name}", asset),
    ], lifespan=lifespan)


async def _read_query(request: Request) -> tuple[str | None, Response | None]:
    """The query of a protocol request, or the response that refuses it."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method == "GET":
        if "update" in request.query_params:
            return None, _refused()
        query = request.query_params.get("query")
    elif content_type == _QUERY_TYPE:
        query = (await request.body()).decode("utf-8", "replace")
    elif content_type == _UPDATE_TYPE:
        return None, _refused()
    elif content_type == _FORM:
        form = await _form(request)
        if "update" in form:
            return None, _refused()
        query = next(iter(form.get("query", [])), None)
    else:
        return None, PlainTextResponse(f"unsupported content type {content_type or '(none)'}: send a query as "
                                       f"{_FORM} or {_QUERY_TYPE}", status_code=415)
    if not query:
        return None, PlainTextResponse("no query: pass it as the query parameter", status_code=400)
    return query, None


async def _form(request: Request) -> dict[str, list[str]]:
    """A form-encoded body (the standard library reads it; Starlette's form parser would need
    python-multipart, for a format the protocol does not use)."""
    return urllib.parse.parse_qs((await request.body()).decode("utf-8", "replace"), keep_blank_values=True)


def _refused() -> Response:
    return PlainTextResponse("updates are refused: this endpoint is read-only", status_code=403)


def _accepted(header: str) -> list[str]:
    """The media types of an Accept header, by their q-values, best first."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        if not media:
            continue
        quality = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def _query_page(queries: dict[str, str], title: str) -> str:
    """The query page: YASGUI against /sparql, the example queries as buttons, the graph page."""
    # Each example with the prefixes it relies on written out, so it runs in any SPARQL tool.
    examples = json.dumps([{"name": name.removesuffix(".rq"), "query": sparql_prefixes() + text}
                           for name, text in sorted(queries.items())], ensure_ascii=False).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)} · SPARQL</title>
<link rel="stylesheet" href="/assets/yasgui.min.css">
<style>body{{margin:0;font-family:system-ui,"Noto Sans CJK SC",sans-serif}} header{{padding:8px 12px;background:#f4f4f4;
border-bottom:1px solid #ddd}} header a{{margin-right:12px}} #examples button{{margin:2px 4px 2px 0}}</style></head>
<body><header><strong>{html.escape(title)}</strong> — SPARQL endpoint <code>/sparql</code>
<a href="/graph" target="_blank">graph page</a>
<div id="examples">example queries: </div></header>
<div id="yasgui"></div>
<script src="/assets/yasgui.min.js"></script>
<script>
const endpoint = location.origin + "/sparql";
// Offline: no remote autocompletion (LOV), no endpoint list from the network.
const yasgui = new Yasgui(document.getElementById("yasgui"), {{
  requestConfig: {{ endpoint: endpoint, method: "POST" }},
  copyEndpointOnNewTab: true, endpointCatalogueOptions: {{ getData: () => [] }},
  yasqe: {{ autocompleters: ["prefixes", "variables"] }}, persistenceId: null,
}});
const examples = {examples};
const bar = document.getElementById("examples");
for (const example of examples) {{
  const button = document.createElement("button");
  button.textContent = example.name;
  button.title = example.query;
  button.addEventListener("click", () => {{
    const tab = yasgui.getTab();
    tab.setQuery(example.query);
    tab.query();
  }});
  bar.appendChild(button);
}}
</script></body></html>
"""
