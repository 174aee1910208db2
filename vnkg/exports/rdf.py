"""RDF exports of the store: Turtle, TriG, N-Quads, N-Triples and JSON-LD.

Reads the store's N-Quads dump (one named graph per article, plus the reference graphs)
and writes it in the chosen format. Formats are found by name in a registry listing
every alias (rdflib's plugin style); JSON-LD goes through rdflib, the rest through
pyoxigraph. Triple formats (Turtle, N-Triples) of the whole store are the union of its
graphs; ask for TriG or N-Quads to keep which article each triple came from.
:func:`focus` picks the one graph an export is limited to (``--graph IRI``, ``--article ID``).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from vnkg.errors import UsageError
from vnkg.exports.files import write_atomic
from vnkg.ontology import iris
from vnkg.ontology.namespace import PREFIXES
from vnkg.queries.results import Queryable, Term

# Prefixes written in Turtle/TriG/JSON-LD: the vocabularies; data IRIs stay whole, since
# their paths ("id/place/1976/11") would need escaped slashes as prefixed names.
_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """An export format: its name, aliases, media type, file extension and writer."""

    name: str
    aliases: tuple[str, ...]
    media_type: str
    extension: str
    writer: Callable[[list[ox.Quad]], bytes]


def _triples(quads: list[ox.Quad]) -> list[ox.Triple]:
    """The union of the graphs, each triple once, in a stable order."""
    return sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)


def _ox(fmt: ox.RdfFormat, dataset: bool) -> Callable[[list[ox.Quad]], bytes]:
    def write(quads: list[ox.Quad]) -> bytes:
        items: list = sorted(quads, key=str) if dataset else _triples(quads)
        prefixes = _PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        return ox.serialize(items, format=fmt, prefixes=prefixes) or b""

    return write


def _jsonld(quads: list[ox.Quad]) -> bytes:
    """JSON-LD through rdflib (pyoxigraph has no JSON-LD writer); one graph per article kept."""
    import rdflib  # lazily: only this format needs it

    data = ox.serialize(sorted(quads, key=str), format=ox.RdfFormat.N_QUADS) or b""
    # rdflib 7's own Dataset parser and JSON-LD writer call its deprecated ConjunctiveGraph
    # API; the warning is about rdflib's internals, not ours, so it is silenced here only.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ds = rdflib.Dataset()
        ds.parse(data=data, format="nquads")
        text = ds.serialize(format="json-ld", context=dict(_PREFIXES), indent=1, ensure_ascii=False)
    return text.encode("utf-8")


FORMATS: tuple[RdfFormat, ...] = (
    RdfFormat("turtle", ("ttl",), "text/turtle", ".ttl", _ox(ox.RdfFormat.TURTLE, dataset=False)),
    RdfFormat("trig", (), "application/trig", ".trig", _ox(ox.RdfFormat.TRIG, dataset=True)),
    RdfFormat("nquads", ("nq", "n-quads"), "application/n-quads", ".nq", _ox(ox.RdfFormat.N_QUADS, dataset=True)),
    RdfFormat(
        "ntriples", ("nt", "n-triples"), "application/n-triples", ".nt", _ox(ox.RdfFormat.N_TRIPLES, dataset=False)
    ),
    RdfFormat("jsonld", ("json-ld",), "application/ld+json", ".jsonld", _jsonld),
)
# Every name and alias -> its format.
REGISTRY: dict[str, RdfFormat] = {n: f for f in FORMATS for n in (f.name, *f.aliases)}


def get_format(name: str) -> RdfFormat:
    """The format of a name or alias; unknown -> UsageError listing the names."""
    fmt = REGISTRY.get(name.lower())
    if fmt is None:
        raise UsageError(f'unknown RDF format "{name}": use one of {", ".join(sorted(REGISTRY))}')
    return fmt


# Characters an IRI cannot hold (RFC 3987): a --graph value with them is a typo, not a graph.
_NOT_IRI = re.compile(r'[\s<>"{}|^`\\]')


def focus(store: Queryable, graph: str | None = None, article: str | None = None) -> str | None:
    """The one named graph an export is limited to: ``graph``, or the graph of article ``article``.

    None when neither is given (the whole store). A graph the store does not hold is a
    :class:`UsageError` naming what to look at, never an empty export.
    """
    if graph is not None and article is not None:
        raise UsageError("give --graph or --article, not both")
    if article is not None:
        graph = iris.article_graph(article)
    if graph is None:
        return None
    if not graph or _NOT_IRI.search(graph) or ":" not in graph:
        raise UsageError(f'--graph "{graph}" is not an IRI')
    found = store.select("ASK WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": Term.uri(graph)})
    if not (found.rows and found.rows[0][0] is not None and found.rows[0][0].value == "true"):
        what = f'no article "{article}"' if article is not None else f"no graph <{graph}>"
        raise UsageError(f"{what} in the store: `vnkg query articles` lists the article graphs")
    return graph


# The article graphs that name a place of a province: the province itself (by name, in
# either era) or one of its districts, as the object of any of their triples.
_PROVINCE_GRAPHS = f"""
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?g WHERE {{
  GRAPH <{iris.PLACES_GRAPH}> {{
    ?province a schema:AdministrativeArea ; schema:name ?name .
    ?area schema:containedInPlace? ?province .
  }}
  FILTER (STR(?name) = STR(?wanted))  # outside the GRAPH group, where ?wanted is bound
  GRAPH ?g {{ ?s ?p ?area }}
  FILTER (?g != <{iris.PLACES_GRAPH}>)
}} ORDER BY ?g
"""


def province_graphs(store: Queryable, province: str) -> list[str]:
    """The article graphs that name ``province`` or one of its districts (a focus for export)."""
    rows = store.select(_PROVINCE_GRAPHS, {"wanted": Term.literal(province)}).rows
    graphs = [r[0].value for r in rows if r[0] is not None]
    if not graphs:
        raise UsageError(
            f'no article names "{province}" (or a district of it): write the province as the gazetteer does'
        )
    return graphs


def _quads(store: Queryable, graph: str | None) -> list[ox.Quad]:
    """The store's quads (or one graph's), read from its N-Quads dump."""
    data = store.dump("nquads", graph)
    quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    if graph is not None:  # a one-graph dump may come back as triples: keep the graph's name
        g = ox.NamedNode(graph)
        quads = [ox.Quad(q.subject, q.predicate, q.object, g) for q in quads]
    return quads


def export_rdf(
    store: Queryable, fmt: str, out: Path | None, graph: str | None = None, graphs: list[str] | None = None
) -> bytes | None:
    """Serialise the store (or one named graph, or several) as ``fmt``.

    With ``out`` None the bytes are returned (for stdout); else they are written to
    ``out`` (through a temporary file renamed into place) and None is returned.
    """
    writer = get_format(fmt).writer
    if graphs is not None:
        data = writer([q for g in graphs for q in _quads(store, g)])
    else:
        data = writer(_quads(store, graph))
    if out is None:
        return data
    write_atomic(Path(out), data, f"the {fmt} export")
    return None
