"""The ``vnkg`` command: click commands only — parse, call one library function, print.

stdout carries data; progress, warnings and errors go to stderr. Exit codes: 0 ok,
1 an error (or a build that skipped inputs), 2 a usage error.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from vnkg.errors import UsageError, VnkgError

F = TypeVar("F", bound=Callable[..., Any])


class VnkgClickError(click.ClickException):
    """A library error restated for the command line: one line on stderr, exit 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"vnkg: {self.format_message()}", err=True)


class VnkgUsageError(VnkgClickError):
    """A request for something that does not exist (a format, a store kind): exit 2."""

    exit_code = 2


def library_errors(fn: F) -> F:
    """Turn a :class:`VnkgError` into a one-line message instead of a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except UsageError as e:
            # Asked for something that does not exist: a usage error.
            raise VnkgUsageError(str(e)) from e
        except VnkgError as e:
            raise VnkgClickError(str(e)) from e

    return wrapper  # type: ignore[return-value]


def store_option(fn: F) -> F:
    """The shared ``--store`` option."""
    return click.option(
        "--store",
        "store",
        envvar="VNKG_STORE",
        default=None,
        metavar="PATH|URL",
        help="Store: a folder (embedded Oxigraph, default ./vnkg-store), memory:, or a SPARQL endpoint URL "
        "(http://127.0.0.1:7878). Also $VNKG_STORE.",
    )(fn)


def quiet_option(fn: F) -> F:
    """The shared ``--quiet`` option."""
    return click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")(fn)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vnkg")
def cli() -> None:
    """vnkg: a knowledge graph of Vietnamese political news.

    Reads articles, finds leaders and their posts, party and state bodies, places,
    documents, statistics and conferences, and stores them as RDF (one named graph per
    article, each fact with the sentence it came from).

    \b
    Example:
      vnkg build examples/ && vnkg export --format facts -o facts/
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@quiet_option
@library_errors
def build(paths: tuple[Path, ...], store: str | None, quiet: bool) -> None:
    """Build articles (.txt files, folders of them, .jsonl files) into the store.

    A .jsonl line carries "text" and optionally "id", "title", "url", "date",
    "source". Re-building an article replaces its graph. Inputs that cannot be
    read are reported on stderr and skipped; the exit code is then 1.

    \b
    Example:
      vnkg build articles/ more.jsonl --store graph-store
    """
    from vnkg.builder.build import build as run_build
    from vnkg.builder.store import open_store

    st = open_store(store)
    try:
        report = run_build(paths, st, on_error=lambda e: click.echo(str(e), err=True))
    finally:
        st.close()
    if not quiet:
        click.echo(
            f"built {report.articles} articles, {report.facts} facts, {report.quads} quads into {st.location}"
            + (f"; {len(report.errors)} inputs skipped" if report.errors else ""),
            err=True,
        )
    if not report.ok:
        sys.exit(1)


@cli.command()
@click.option(
    "--format",
    "-f",
    "fmt",
    required=True,
    help="facts, turtle, trig, nquads, ntriples, jsonld, graphml, gexf (Gephi), csv (tables) or popolo (JSON).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="File or folder (facts: a folder gets one .jsonl per article). Default: stdout.",
)
@click.option("--graph", default=None, metavar="IRI", help="Export only this named graph.")
@click.option(
    "--article", default=None, metavar="ID", help="Export only this article's graph (ids: `vnkg query articles`)."
)
@click.option(
    "--province",
    default=None,
    metavar="NAME",
    help="RDF formats: only the article graphs that name this province or one of its districts.",
)
@click.option(
    "--table",
    type=click.Choice(["posts", "documents", "statistics", "events"]),
    default=None,
    help="csv: the one table to write (default: all four into the folder -o).",
)
@store_option
@quiet_option
@library_errors
def export(
    fmt: str,
    output: Path | None,
    graph: str | None,
    article: str | None,
    province: str | None,
    table: str | None,
    store: str | None,
    quiet: bool,
) -> None:
    """Export the store: the facts (JSON Lines, by SPARQL) or RDF, whole or one graph.

    \b
    Examples:
      vnkg export --format facts -o facts/
      vnkg export --format trig -o graph.trig
      vnkg export --format turtle --article 000_0d91622d784508be
      vnkg export --format trig --province "Điện Biên" -o dien-bien.trig
    """
    from vnkg.builder.store import open_store
    from vnkg.exports import run_export
    from vnkg.exports.rdf import focus

    st = open_store(store)
    try:
        message = run_export(st, fmt, output, graph=focus(st, graph, article), table=table, province=province)
    finally:
        st.close()
    if message and not quiet:
        click.echo(message, err=True)


@cli.command()
@click.argument("query", required=False)
@click.option("--sparql", "sparql_text", default=None, help="The query text itself.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME to VALUE (repeatable).")
@click.option("--format", "-f", "fmt", default="table", show_default=True, help="table, csv, tsv or json.")
@store_option
@library_errors
def query(query: str | None, sparql_text: str | None, params: tuple[str, ...], fmt: str, store: str | None) -> None:
    """Run a SPARQL query: a .rq file, a named query (see `vnkg queries`), or --sparql TEXT.

    Parameters are bound as RDF terms, never pasted into the query: a value is a
    string literal, or an IRI when written <…>.

    \b
    Examples:
      vnkg query leaders --param province="Bắc Giang"
      vnkg query my.rq --format csv
      vnkg query --sparql "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    """
    from vnkg.builder.store import open_store
    from vnkg.queries.catalog import query_text
    from vnkg.queries.results import format_results, parse_params

    text = query_text(query, sparql_text)
    bindings = parse_params(params)
    st = open_store(store)
    try:
        results = st.select(text, bindings)
    finally:
        st.close()
    click.echo(format_results(results, fmt), nl=False)


@cli.command()
@library_errors
def queries() -> None:
    """List the named queries with their one-line descriptions.

    \b
    Example:
      vnkg queries
    """
    from vnkg.queries import catalog

    for name in catalog.names():
        click.echo(f"{name:28} {catalog.load(name).description}")


@cli.command()
@click.option("--by", type=click.Choice(["class", "article"]), default=None, help="Print only this table.")
@click.option("--article", default=None, metavar="ID", help="Count only this article (and the classes of the store).")
@click.option("--format", "-f", "fmt", default="table", show_default=True, help="table; csv, tsv or json with --by.")
@store_option
@library_errors
def stats(by: str | None, article: str | None, fmt: str, store: str | None) -> None:
    """Count what the store holds: quads, graphs, articles, facts, nodes by class and facts by article.

    \b
    Examples:
      vnkg stats --store graph-store
      vnkg stats --by article --format csv
    """
    from vnkg.builder.store import open_store
    from vnkg.queries.stats import report
    from vnkg.queries.stats import stats as count

    st = open_store(store)
    try:
        counts = count(st, article)
    finally:
        st.close()
    click.echo(report(counts, by, fmt), nl=False)


@cli.command()
@store_option
@library_errors
def validate(store: str | None) -> None:
    """Check the store against the ontology's SHACL shapes; exit 1 if it does not conform.

    Violations are printed on stdout, one a line: node, property, message.

    \b
    Example:
      vnkg validate --store graph-store
    """
    from vnkg.builder.store import open_store
    from vnkg.ontology.validate import validate as run_validate

    st = open_store(store)
    try:
        report = run_validate(st.dump("nquads"))
    finally:
        st.close()
    for v in report.violations:
        click.echo(f"{v.focus}\t{v.path}\t{v.message}")
    click.echo("conforms" if report.conforms else f"{len(report.violations)} violations", err=True)
    if not report.conforms:
        sys.exit(1)


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7879, show_default=True, type=int, help="Port to listen on.")
@library_errors
def serve(store: str | None, host: str, port: int) -> None:
    """Serve the store read-only as a SPARQL endpoint (/query) and the named queries (/queries/NAME).

    \b
    Example:
      vnkg serve --store graph-store --port 7879
      curl 'http://127.0.0.1:7879/queries/leaders?province=Bắc%20Giang'
    """
    from vnkg.builder.store import open_store
    from vnkg.queries.server import serve as make_server

    st = open_store(store)
    server = make_server(st, host, port)
    click.echo(f"serving {st.location} at http://{host}:{server.server_port}/query (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        st.close()


@cli.command()
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="The HTML file to write (one self-contained page; opens with no network).",
)
@click.option("--province", default=None, metavar="NAME", help="Draw around this province (and its districts).")
@click.option("--person", default=None, metavar="NAME", help="Draw around this person.")
@click.option("--document", default=None, metavar="CODE", help="Draw around this document (04-NQ/TW).")
@click.option("--query", "query_name", default=None, metavar="NAME", help="Draw around what a named query returns.")
@click.option("--depth", type=int, default=None, help="Steps from the focus to include [default: 2; 1 with --query].")
@click.option("--max-nodes", type=int, default=1000, show_default=True, help="Draw at most this many nodes.")
@store_option
@quiet_option
@library_errors
def viz(
    output: Path,
    province: str | None,
    person: str | None,
    document: str | None,
    query_name: str | None,
    depth: int | None,
    max_nodes: int,
    store: str | None,
    quiet: bool,
) -> None:
    """Draw the graph as an HTML page: people, bodies, places, documents, meetings, statistics.

    Nodes are coloured and shaped by class (legend in the page); hovering shows the
    sentence each fact was read from and its article. Without a focus the whole graph
    is drawn, capped at --max-nodes (with a warning).

    \b
    Examples:
      vnkg viz -o graph.html
      vnkg viz --province "Quảng Trị" -o quang-tri.html
      vnkg viz --person "Nguyễn Văn A" --depth 1
    """
    from vnkg.builder.store import open_store
    from vnkg.exports.html import render

    st = open_store(store)
    try:
        drawing = render(
            st,
            output,
            province=province,
            person=person,
            document=document,
            query=query_name,
            depth=depth,
            max_nodes=max_nodes,
        )
    finally:
        st.close()
    for warning in drawing.warnings:
        click.echo(f"vnkg: {warning}", err=True)
    if not quiet:
        click.echo(f"drew {drawing.nodes} nodes and {drawing.edges} edges to {drawing.path}", err=True)


def main() -> None:
    """Console entry point."""
    cli(prog_name="vnkg")


if __name__ == "__main__":
    main()
