"""The ``kg`` command line: a thin layer over the library.

Each command parses its options, calls one library function and formats the result; library
errors become one-line messages on stderr.  Exit codes: 0 success, 1 a negative answer
(violations, no results), 2 an error.  Heavy libraries are imported inside the commands so
that each command pays only for what it uses.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from .errors import KgError

DEFAULT_GRAPH = Path("data/triples.ttl")

graph_option = click.option(
    "--graph", "graph_path", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True,
    help="Graph file (Turtle) to read, as written by 'kg build -o'.",
)


def fail(error: KgError) -> NoReturn:
    """Print ``error`` as one line on stderr and exit with its code."""
    click.echo(f"kg: error: {error}", err=True)
    sys.exit(error.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """Turn Chinese government work reports into a knowledge graph you can query.

    Example:

        kg build && kg query ontology/queries/measures-citing-document.rq
    """


@cli.command()
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=DEFAULT_GRAPH, show_default=True,
              help="Turtle file to write; replaced only when the new graph is complete.")
def build(sources: tuple[Path, ...], output: Path) -> None:
    """Build the graph of report files or directories (default: data/reports/).

    Reads UTF-8 or GB18030/GBK text; writes Turtle, byte-identical for the same input.

    Example:

        kg build data/reports/ -o data/triples.ttl
    """
    from .build import DEFAULT_SOURCES, build as run_build

    try:
        result = run_build(list(sources) or list(DEFAULT_SOURCES), output)
    except KgError as error:
        fail(error)
    for warning in result.warnings:
        click.echo(f"kg: warning: {warning}", err=True)
    click.echo(f"wrote {result.output}: {result.reports} report(s), {result.triples} triples")


@cli.command()
@click.argument("query")
@graph_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True,
              help="json is the SPARQL 1.1 Query Results JSON format.")
def query(query: str, graph_path: Path, fmt: str) -> None:
    """Run a SPARQL query (text, or a .rq file) over the graph.

    The prefixes kg:, kgd:, org:, eli:, dcterms:, skos:, prov:, xsd:, rdf: and rdfs: are
    predeclared.  Exit code 1 when a SELECT returns no rows.

    Example:

        kg query 'SELECT ?m ?text WHERE { ?m a kg:Measure ; kg:text ?text } LIMIT 3'
        kg query ontology/queries/measures-citing-document.rq --format json
    """
    from .query import format_result, read_query, run_query
    from .store import load_graph

    try:
        text = read_query(query)
        result = run_query(load_graph(graph_path), text)
        click.echo(format_result(result, fmt))
    except KgError as error:
        fail(error)
    if result.type == "SELECT" and len(result) == 0:
        sys.exit(1)


@cli.command()
@graph_option
def stats(graph_path: Path) -> None:
    """Count the instances of each class in the graph.

    Example:

        kg stats --graph data/triples.ttl
    """
    from .stats import class_counts
    from .store import load_graph

    try:
        graph = load_graph(graph_path)
    except KgError as error:
        fail(error)
    counts = class_counts(graph)
    width = max((len(name) for name, _ in counts), default=0)
    for name, count in counts:
        click.echo(f"{name:<{width}}  {count:>6}")
    click.echo(f"{'triples':<{width}}  {len(graph):>6}")


@cli.command()
@graph_option
def validate(graph_path: Path) -> None:
    """Check the graph against the ontology's SHACL shapes (pySHACL).

    Exit code 0 when it conforms, 1 with violations (listed), 2 on error.

    Example:

        kg validate --graph data/triples.ttl
    """
    from .store import load_graph
    from .validate import validate as run_validate

    try:
        result = run_validate(load_graph(graph_path))
    except KgError as error:
        fail(error)
    if result.conforms:
        click.echo(f"{graph_path}: conforms")
        return
    for violation in result.violations:
        click.echo(f"{violation.focus} {violation.path}: {violation.message}")
    click.echo(f"{graph_path}: {len(result.violations)} violation(s)", err=True)
    sys.exit(1)


@cli.command()
@graph_option
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
        kg viz --layout hierarchical --types Report,Section,Measure
    """
    from .store import load_graph
    from .viz import write_viz

    try:
        result = write_viz(load_graph(graph_path), output, focus=focus, depth=depth, types=types,
                           layout_name=layout_name)
    except KgError as error:
        fail(error)
    click.echo(f"wrote {result.output}: {result.nodes} nodes, {result.edges} links")


@cli.command()
@click.argument("question")
@graph_option
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
    from .ask import ask as run_ask
    from .ask.render import answer_text, to_json

    try:
        result = run_ask(question, graph_path)
    except KgError as error:
        fail(error)
    click.echo(to_json(result.to_json()) if as_json else answer_text(result))
    if show_sparql and not as_json and result.sparql:
        click.echo("\n" + result.sparql)
    sys.exit(0 if result.items else 1)


@cli.command()
@click.argument("entity")
@graph_option
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
    from .ask.session import show_entity

    try:
        card, suggestions = show_entity(entity, graph_path)
    except KgError as error:
        fail(error)
    if card is None:
        hint = f"; closest names: {', '.join(suggestions)}" if suggestions else ""
        click.echo(f"kg: nothing in the graph is named {entity!r}{hint}", err=True)
        sys.exit(1)
    click.echo(to_json(card.to_json()) if as_json else card_text(card))


@cli.command()
@click.argument("text")
@graph_option
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
    from .ask.session import search_text

    try:
        hits = search_text(text, graph_path)
    except KgError as error:
        fail(error)
    if as_json:
        click.echo(to_json([hit.to_json() for hit in hits]))
    elif hits:
        click.echo(hits_text(hits))
    sys.exit(0 if hits else 1)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
