"""The ``kg`` command line: a thin layer over the library.

Each command parses its options, calls one library function and formats the result.  Every
error reaches the user as one line on stderr: a :class:`~kg.errors.KgError` with its own
message and exit code, anything unexpected as exit 2 (``--debug`` or ``KG_DEBUG=1`` shows the
traceback).  Exit codes: 0 success, 1 a negative answer (violations, no rows, no answer), 2 an
error.  Heavy libraries are imported inside the commands, so each pays only for what it uses.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, NoReturn

import click
from click.core import ParameterSource

from .errors import KgError, one_line

if TYPE_CHECKING:
    from .graph.remote import Endpoint
    from .graph.store import GraphStore

DEFAULT_GRAPH = Path("data/triples.ttl")

graph_option = click.option(
    "--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True,
    help="Graph file to read (.ttl, .trig, .nq, .nt, .jsonld), as written by 'kg build -o'.",
)


def fail(error: KgError) -> NoReturn:
    """Print ``error`` as one line on stderr and exit with its code."""
    click.echo(f"kg: error: {error}", err=True)
    sys.exit(error.exit_code)


def text_argument(value: str) -> str:
    """A command-line text as Unicode, also when its bytes are not UTF-8 (GBK terminals)."""
    from .read.files import system_text

    return system_text(value)


def open_graph(source: "Path | Endpoint") -> "GraphStore":
    """The graph file's store, or a SPARQL endpoint that answers as one."""
    from .graph.remote import Endpoint, RemoteStore
    from .graph.store import open_store

    if isinstance(source, Endpoint):
        return RemoteStore(source)
    return open_store(source)


_AUTH = click.Choice(["basic", "digest"])
_USER_HELP = "User name for the endpoint (or KG_ENDPOINT_USER)."
_PASSWORD_HELP = "Password for the endpoint (or KG_ENDPOINT_PASSWORD); never printed."


def graph_or_endpoint(command: Callable[..., None]) -> Callable[..., None]:
    """--graph FILE, or --endpoint QUERY_URL with its credentials: the command gets either as
    ``graph_path`` (a Path or an Endpoint), and reads both alike."""

    @functools.wraps(command)
    def run(*args: Any, endpoint: str | None, user: str | None, password: str | None, auth: str,
            graph_path: Path, **kwargs: Any) -> None:
        from .graph.remote import Endpoint

        source: Path | Endpoint = graph_path
        if endpoint:
            if click.get_current_context().get_parameter_source("graph_path") == ParameterSource.COMMANDLINE:
                raise click.UsageError("--graph and --endpoint exclude each other")
            source = Endpoint.from_options(endpoint, user=user, password=password, auth=auth)
        command(*args, graph_path=source, **kwargs)

    options = [
        graph_option,
        click.option("--endpoint", metavar="QUERY_URL", help="Read a SPARQL endpoint (after 'kg push') instead of a file."),
        click.option("--user", help=_USER_HELP),
        click.option("--password", help=_PASSWORD_HELP),
        click.option("--auth", type=_AUTH, default="basic", show_default=True, help="HTTP sign-in scheme for --user."),
    ]
    for option in reversed(options):
        run = option(run)
    return run


def _traceback_if(debug: bool) -> None:
    if debug:
        import traceback  # here, not above: start-up time counts against every quick command

        traceback.print_exc()


class KgGroup(click.Group):
    """The command group; it turns every error of a command into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> object:
        debug = bool(ctx.params.get("debug")) or os.environ.get("KG_DEBUG", "") not in ("", "0")
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except KgError as error:
            _traceback_if(debug)
            fail(error)
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            raise
        except Exception as error:  # the promise: no traceback reaches a user unless asked for
            _traceback_if(debug)
            detail = one_line(str(error))[:300]
            click.echo(f"kg: error: unexpected {type(error).__name__}{': ' + detail if detail else ''} "
                       "(run with --debug for the traceback)", err=True)
            sys.exit(2)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
@click.option("--debug", is_flag=True, envvar="KG_DEBUG", help="Show the traceback of an unexpected error.")
def cli(debug: bool) -> None:
    """Turn Chinese government work reports into a knowledge graph you can query.

    Example:

        kg build && kg ask 哪些措施引用了渭编发〔2020〕10号
    """


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True,
              help="Graph file to write; its extension picks the format (.ttl .trig .nq .nt .jsonld).")
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld"]),
              help="Write this format whatever the output's extension.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes for extraction (default: one per core).")
@click.option("--keep-going", is_flag=True, help="Report a report that cannot be read and build the others.")
@click.option("--no-cache", is_flag=True, help="Extract every report again instead of reusing cached findings.")
@click.option("--max-size", type=click.FloatRange(min=0.001), default=10.0, show_default=True,
              help="Refuse text and web page files larger than this many megabytes (Word and PDF: ten times as many).")
@click.option("--rules-only", is_flag=True,
              help="Find organisations by the rules alone, without the statistical name recogniser (faster, fewer enterprises).")
def build(sources: tuple[Path, ...], output: Path, fmt: str | None, jobs: int | None, keep_going: bool,
          no_cache: bool, max_size: float, rules_only: bool) -> None:
    """Build the graph of report files or directories (default: data/reports/).

    Reads text (UTF-8 or GB18030/GBK), web pages (.html .htm), Word (.docx) and
    PDF files.  Each report's statements go to its own named graph (kept in TriG,
    N-Quads and JSON-LD).  The output is replaced only when the new graph is
    complete, and is byte-identical for the same input.

    Example:

        kg build data/reports/ -o data/triples.ttl
    """
    from .build import DEFAULT_SOURCES, BuildOptions, build as run_build, terminal_progress

    options = BuildOptions(format=fmt, jobs=jobs, keep_going=keep_going, use_cache=not no_cache,
                           max_bytes=int(max_size * 2**20), recogniser=not rules_only, progress=terminal_progress)
    result = run_build(list(sources) or list(DEFAULT_SOURCES), output, options)
    for skipped in result.skipped:
        click.echo(f"kg: skipped {skipped}", err=True)
    for error in result.failed:
        click.echo(f"kg: failed {error}", err=True)
    for warning in result.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    click.echo(f"wrote {result.output}: {result.reports} report(s), {result.quads} statements ({result.format})")
    if result.failed:
        sys.exit(2)


@cli.command()
@click.argument("query")
@graph_or_endpoint
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv", "xml", "turtle", "ntriples"]),
              default="table", show_default=True,
              help="json, xml, csv, tsv: SPARQL 1.1 results formats; turtle, ntriples: for CONSTRUCT and DESCRIBE.")
def query(query: str, graph_path: Path, fmt: str) -> None:
    """Run a SPARQL query (text, or a .rq file) over the graph.

    The prefixes kg:, kgd:, org:, eli:, dcterms:, skos:, prov:, schema:, xsd:, rdf:, rdfs: and
    owl: are predeclared; each report is a named graph (GRAPH ?report { … }).  Exit code 1 when
    a SELECT returns no rows, an ASK is false or a CONSTRUCT is empty.

    Example:

    \b
        kg query 'SELECT ?m ?text WHERE { ?m a kg:Measure ; kg:text ?text } LIMIT 3'
        kg query ontology/queries/measures-citing-document.rq --format json
    """
    from .graph.query import read_query, run_query

    output = run_query(open_graph(graph_path), read_query(text_argument(query)), fmt)
    click.echo(output.text)
    sys.exit(1 if output.empty else 0)


@cli.command()
@graph_or_endpoint
def stats(graph_path: Path) -> None:
    """Count the instances of each class in the graph.

    Example:

        kg stats --graph data/triples.ttl
    """
    from .graph.stats import class_counts

    store = open_graph(graph_path)
    counts = class_counts(store)
    width = max([len(name) for name, _ in counts] + [len("statements")])
    for name, count in counts:
        click.echo(f"{name:<{width}}  {count:>7}")
    click.echo(f"{'statements':<{width}}  {len(store):>7}")


@cli.command()
@graph_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Threads checking chunks at once (default: one per core).")
def validate(graph_path: Path, jobs: int | None) -> None:
    """Check the graph against the ontology's SHACL shapes (pySHACL-turbo), report by report.

    Exit code 0 when it conforms, 1 with violations (listed), 2 on error.

    Example:

        kg validate --graph data/triples.ttl
    """
    from .graph.validate import validate as run_validate

    from .graph.store import open_store

    result = run_validate(open_store(graph_path), jobs=jobs)
    if result.conforms:
        click.echo(f"{graph_path}: conforms")
        return
    for violation in result.violations:
        click.echo(f"{violation.focus} {violation.path}: {one_line(violation.message)}")
    click.echo(f"{graph_path}: {len(result.violations)} violation(s)", err=True)
    sys.exit(1)


@cli.command()
@graph_or_endpoint
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("viz/index.html"), show_default=True,
              help="HTML file to write (UTF-8, replaced only when complete).")
@click.option("--focus", metavar="ENTITY", help="Draw only this entity's neighbourhood: a label, 《title》, 文号 or IRI.")
@click.option("--depth", type=click.IntRange(min=0), default=2, show_default=True,
              help="With --focus: how many links away from the entity to keep.")
@click.option("--types", metavar="T,...", help="Keep only these node types, e.g. Measure,Document,Enterprise.")
@click.option("--layout", "layout_name", type=click.Choice(["force", "hierarchical"]), default="force",
              show_default=True, help="force: a spring layout; hierarchical: report → section → item, top down.")
def viz(graph_path: Path, output: Path, focus: str | None, depth: int, types: str | None, layout_name: str) -> None:
    """Write an interactive HTML page of the graph that opens offline in any browser.

    Click a node for its text, source quote and neighbours; search by name or 文号; filter
    by type; walk back and forth.  Same graph, same bytes.

    Example:

    \b
        kg viz
        kg viz --focus 渭编发〔2020〕10号 --depth 2 -o /tmp/doc.html
        kg viz --layout hierarchical --types Report,Section,Measure -o /tmp/tree.html
    """
    from .viz import write_viz

    result = write_viz(open_graph(graph_path), output, focus=text_argument(focus) if focus else None, depth=depth,
                       types=types, layout_name=layout_name)
    click.echo(f"wrote {result.output}: {result.nodes} nodes, {result.edges} links")


@cli.command()
@click.argument("question")
@graph_or_endpoint
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: question, kind, sparql, answers.")
@click.option("--sparql", "show_sparql", is_flag=True, help="Also print the SPARQL that was run.")
def ask(question: str, graph_path: Path, as_json: bool, show_sparql: bool) -> None:
    """Answer a question in Chinese or English, with the source text of every answer.

    Exit code 0 with answers, 1 with none (a question not understood gets the closest names
    and the supported forms), 2 on error.  See docs/ask.md for every kind of question.

    Example:

    \b
        kg ask 哪些措施引用了渭编发〔2020〕10号
        kg ask "which measures mention 北人印机" --json
        kg ask 第三部分有哪些措施 --sparql
    """
    from .ask import answer
    from .ask.render import answer_text, to_json

    result = answer(text_argument(question), open_graph(graph_path))
    click.echo(to_json(result.to_json()) if as_json else answer_text(result))
    if show_sparql and not as_json and result.sparql:
        click.echo("\n" + result.sparql)
    sys.exit(0 if result.items else 1)


@cli.command()
@click.argument("entity")
@graph_or_endpoint
@click.option("--json", "as_json", is_flag=True, help="Print the card as one JSON object.")
def show(entity: str, graph_path: Path, as_json: bool) -> None:
    """Show an entity card: type, properties, relations both ways, source quotes.

    ENTITY is a name, a document number in any brackets, a section path (3.1.1) or an IRI.
    Exit code 1 when nothing matches (the closest names are suggested).

    Example:

    \b
        kg show 北人印机
        kg show "渭编发[2020]10号" --json
    """
    from .ask.render import card_text, to_json
    from .graph.cards import show as show_card
    from .graph.names import Names

    store = open_graph(graph_path)
    name = text_argument(entity)
    card = show_card(name, store)
    if card is None:
        suggestions = Names(store).closest(name)
        hint = f"; closest names: {', '.join(suggestions)}" if suggestions else ""
        click.echo(f"kg: nothing in the graph is named {one_line(name)!r}{hint}", err=True)
        sys.exit(1)
    click.echo(to_json(card.to_json()) if as_json else card_text(card))


@cli.command()
@click.argument("text")
@graph_or_endpoint
@click.option("--json", "as_json", is_flag=True, help="Print the hits as a JSON array.")
def search(text: str, graph_path: Path, as_json: bool) -> None:
    """List entities and text units whose label or text contains TEXT.

    Exit code 1 when nothing matches.

    Example:

    \b
        kg search 北人
        kg search 行政执法 --json
    """
    from .ask.render import hits_text, to_json
    from .graph.cards import search as search_graph

    hits = search_graph(text_argument(text), open_graph(graph_path))
    if as_json:
        click.echo(to_json([hit.to_json() for hit in hits]))
    elif hits:
        click.echo(hits_text(hits))
    sys.exit(0 if hits else 1)



@cli.command()
@graph_option
@click.option("--endpoint", required=True, metavar="QUERY_URL", help="The server's SPARQL query endpoint.")
@click.option("--update-endpoint", metavar="URL", help="Its SPARQL update endpoint (default: the query endpoint).")
@click.option("--store-endpoint", metavar="URL",
              help="Its Graph Store Protocol endpoint: each report's graph is then replaced by one PUT.")
@click.option("--user", help=_USER_HELP)
@click.option("--password", help=_PASSWORD_HELP)
@click.option("--auth", type=_AUTH, default="basic", show_default=True, help="HTTP sign-in scheme for --user.")
@click.option("--batch", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Statements per update request.")
def push(graph_path: Path, endpoint: str, update_endpoint: str | None, store_endpoint: str | None,
         user: str | None, password: str | None, auth: str, batch: int) -> None:
    """Load the graph into a SPARQL server, each report into its own named graph.

    A report pushed again replaces what its earlier push put there (no duplicates); a push
    that fails leaves the server's earlier data of that report intact.  The shared graph's
    statements are added to the server's shared graph.  Then read the server with
    --endpoint on query, ask, show, search, stats and viz.

    Example:

    \b
        kg push --endpoint http://127.0.0.1:7878/query --update-endpoint http://127.0.0.1:7878/update
        KG_ENDPOINT_PASSWORD=… kg push --endpoint http://host:8890/sparql-auth --user dba --auth digest
    """
    from .graph.remote import Endpoint, push as run_push
    from .graph.store import open_store

    store = open_store(graph_path)
    target = Endpoint.from_options(endpoint, update_url=update_endpoint, store_url=store_endpoint, user=user,
                                   password=password, auth=auth)
    with _progress(len(store), "pushing") as advance:
        result = run_push(store, target, batch=batch, progress=advance)
    click.echo(f"pushed {result.reports} report(s), {result.statements} statements to {target.shown}")


@cli.command()
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run; then it is stopped and answered with HTTP 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Most solutions or triples in one answer (a cut answer has the header X-KG-Truncated).")
@click.option("--workers", type=click.IntRange(min=1), help="Query processes (default: one per core, at least 2).")
def serve(graph_path: Path, host: str, port: int, timeout: float, max_rows: int, workers: int | None) -> None:
    """Serve the graph as a read-only SPARQL endpoint, with a query page and the graph page.

    /sparql speaks the SPARQL 1.1 Protocol (GET ?query=, POST form, POST
    application/sparql-query; results by Accept as JSON, XML, CSV, TSV; graphs as Turtle,
    N-Triples, JSON-LD); / is a query editor with the example queries; /graph is the
    page of kg viz.  One log line per request.

    Example:

    \b
        kg serve --graph data/triples.ttl --port 8000
        curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%203'
    """
    from .graph.store import open_store
    from .serve import serve as run_server

    open_store(graph_path)  # a missing or malformed graph is one clear line before the server starts
    _check_can_listen(host, port)
    run_server(graph_path, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers)


def _check_can_listen(host: str, port: int) -> None:
    """A port in use or an address not of this machine is one clear line, before the server starts."""
    import socket

    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _progress(total: int, what: str) -> Iterator[Callable[[int], None]]:
    """A statement count on a terminal (tqdm); nothing when stderr is not one."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="statement", desc=what, leave=False, file=sys.stderr) as bar:
        yield bar.update


def main() -> None:
    """Run the command line (the ``kg`` script)."""
    try:
        cli(prog_name="kg")
    except BrokenPipeError:
        # The reader went away (kg … | head): nothing more to say, and nothing to flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)


if __name__ == "__main__":
    main()
