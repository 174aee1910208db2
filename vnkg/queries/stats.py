"""What a store holds, counted: totals, nodes by class, and facts by article.

Reads any :class:`~vnkg.queries.results.Queryable` through SPARQL only (the named
queries ``stats-classes`` and ``stats-articles``, and one count of quads and graphs),
so it answers the same on the embedded store and on a SPARQL endpoint. Adds nothing
to the store. ``vnkg stats`` prints :func:`report` of :func:`stats`.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnkg.errors import UsageError
from vnkg.ontology.namespace import PREFIXES
from vnkg.queries import catalog
from vnkg.queries.results import FORMATTERS, Queryable, Results, Term, format_results

_TOTALS = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }"
# The tables `vnkg stats --by` can print alone.
TABLES = ("class", "article")
# Namespaces for short class names, longest first so that a namespace inside another wins.
_NAMESPACES = sorted(((ns, p) for p, ns in PREFIXES.items()), key=lambda x: -len(x[0]))


@dataclass(frozen=True, slots=True)
class Stats:
    """The counts: totals, one row per class, one row per article."""

    quads: int
    graphs: int
    articles: int  # the articles counted in by_article
    by_class: Results
    by_article: Results

    def facts(self) -> dict[str, int]:
        """Fact counts over every article, by kind (posts, documents…)."""
        kinds = [v for v in self.by_article.variables if v not in ("article", "people", "quads")]
        totals = dict.fromkeys(kinds, 0)
        for row in self.by_article.values():
            for k in kinds:
                totals[k] += int(row[k] or 0)
        return totals


def short(iri: str) -> str:
    """An IRI as a prefixed name (``org:Membership``) when a known vocabulary has it."""
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns) and iri != ns:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _shortened(results: Results) -> Results:
    """The class column as prefixed names."""
    rows = tuple(
        tuple(Term.literal(short(t.value)) if t is not None and t.kind == "uri" else t for t in row)
        for row in results.rows
    )
    return Results(results.variables, rows)


def stats(store: Queryable, article: str | None = None) -> Stats:
    """Count the store (classes over the whole store; articles, or only ``article``)."""
    totals = next(store.select(_TOTALS).values(), {})
    bindings = {"article": Term.literal(article)} if article is not None else None
    by_article = store.select(catalog.load("stats-articles").text, bindings)
    if article is not None and not by_article.rows:
        raise UsageError(f'no article "{article}" in the store: `vnkg query articles` lists them')
    return Stats(
        quads=int(totals.get("quads") or 0),
        graphs=int(totals.get("graphs") or 0),
        articles=len(by_article),
        by_class=_shortened(store.select(catalog.load("stats-classes").text)),
        by_article=by_article,
    )


def report(s: Stats, by: str | None = None, fmt: str = "table") -> str:
    """The counts as text: a summary and both tables, or one table (``by``) in ``fmt``."""
    if fmt not in FORMATTERS:
        raise UsageError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATTERS)}")
    if by is not None:
        if by not in TABLES:
            raise UsageError(f"unknown table {by!r}; choose one of {', '.join(TABLES)}")
        return format_results(s.by_class if by == "class" else s.by_article, fmt)
    if fmt != "table":
        raise UsageError(f"--format {fmt} prints one table: add --by class or --by article")
    facts = s.facts()
    detail = ", ".join(f"{k} {v}" for k, v in facts.items())
    lines = [
        f"quads     {s.quads}",
        f"graphs    {s.graphs}",
        f"articles  {s.articles}",
        f"facts     {sum(facts.values())} ({detail})",
        "",
        "By class (distinct nodes in article graphs / in reference graphs):",
        format_results(s.by_class, "table"),
        "By article:",
        format_results(s.by_article, "table"),
    ]
    return "\n".join(lines)
