"""Stage 5: graph → SPARQL endpoint (``kg serve``): the protocol, a query page, the graph page."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000


def serve(graph: Path, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = DEFAULT_TIMEOUT,
          max_rows: int = DEFAULT_MAX_ROWS, workers: int | None = None) -> None:
    """Serve ``graph`` until interrupted; one log line per request on stderr."""
    import uvicorn

    from ..graph.ontology import example_queries
    from ..graph.store import open_store
    from ..viz.page import build_page
    from .app import create_app
    from .pool import QueryPool

    store = open_store(graph)
    graph_page = build_page(store).html  # drawn once: the graph does not change while served
    pool = QueryPool(store.database_dir, graph, workers=workers or max(2, os.cpu_count() or 2), timeout=timeout,
                     max_rows=max_rows)
    app = create_app(pool, graph_page, example_queries(), title=graph.name)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=True, timeout_graceful_shutdown=5)
