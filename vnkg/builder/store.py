"""Where the graph lives: an embedded on-disk Oxigraph store, or any SPARQL 1.1 endpoint.

Stores are chosen by name through :data:`STORES` (rdflib's plugin style, with every
alias listed) or from a ``--store`` value by :func:`open_store`: a folder path is an
embedded store, ``http(s)://…`` a SPARQL endpoint, ``memory:`` a throw-away store.
Every store answers the same calls: :meth:`replace_graphs` (atomic: an article's
graph is swapped whole or not at all), :meth:`select`, :meth:`dump`, :meth:`count`.

Queries follow SPARQL's standard dataset: the default graph is the store's default
graph, so queries name article graphs with ``GRAPH ?g { … }`` and run the same on
every endpoint.
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox

from vnkg.errors import QueryError, StoreError, UsageError
from vnkg.ontology.iris import BASE
from vnkg.records import Results, Term

DEFAULT_STORE = "vnkg-store"
_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}
_SINGLE_GRAPH = ("turtle", "ntriples")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def default_location() -> str:
    """The store a command uses when none is named: ``$VNKG_STORE`` or ``./vnkg-store``."""
    return os.environ.get("VNKG_STORE") or DEFAULT_STORE


# A graph's content: its quads, or the same as N-Quads bytes, every quad in that graph
# (what the build writes: ``emit.emit_nquads``).
GraphData = Sequence[ox.Quad] | bytes


def _nquads(data: GraphData) -> bytes:
    """A graph's content as N-Quads bytes."""
    if isinstance(data, bytes):
        return data
    return ox.serialize(data, format=ox.RdfFormat.N_QUADS) or b""


def _triple_lines(graph: str, data: GraphData) -> list[str]:
    """A graph's triples as N-Triples lines (each also a SPARQL triple, once given a " .")."""
    if not isinstance(data, bytes):
        return [f"{q.subject} {q.predicate} {q.object}" for q in data]
    suffix = f" <{graph}> ."
    lines = data.decode("utf-8").splitlines()  # N-Quads escapes line breaks inside literals
    if any(not ln.endswith(suffix) for ln in lines):
        raise StoreError(f"N-Quads given for <{graph}> hold a quad of another graph")
    return [ln[: -len(suffix)] for ln in lines]


def by_graph(quads: Iterable[ox.Quad]) -> dict[str, list[ox.Quad]]:
    """Quads grouped by the named graph they are in (for :meth:`replace_graphs`)."""
    graphs: dict[str, list[ox.Quad]] = {}
    for q in quads:
        graphs.setdefault(q.graph_name.value, []).append(q)  # type: ignore[union-attr]
    return graphs


def update_text(graphs: Mapping[str, GraphData]) -> str:
    """One SPARQL update that drops each graph and inserts its new content.

    A SPARQL update runs as one transaction, so a crash leaves every graph as it
    was or wholly replaced — never half-written.
    """
    parts = []
    for graph, data in graphs.items():
        parts.append(f"DROP SILENT GRAPH <{graph}>")
        lines = _triple_lines(graph, data)
        if lines:
            body = " .\n".join(lines)
            parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body} .\n}} }}")
    return " ;\n".join(parts)


# The manifest: one triple per graph, typed complete (a SPARQL Service Description named
# graph) or pending (a bulk load under way).
MANIFEST_GRAPH = BASE + "graph/manifest"
_COMPLETE = ox.NamedNode("http://www.w3.org/ns/sparql-service-description#NamedGraph")
_PENDING = ox.NamedNode(MANIFEST_GRAPH + "#Pending")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _marker(graph: str, state: ox.NamedNode) -> ox.Quad:
    """The manifest's record of ``graph`` in ``state``."""
    return ox.Quad(ox.NamedNode(graph), _RDF_TYPE, state, ox.NamedNode(MANIFEST_GRAPH))


def _completed(graphs: list[str]) -> str:
    """One SPARQL update turning the pending markers of ``graphs`` into complete ones."""
    pending = " ".join(f"<{g}> a {_PENDING} ." for g in graphs)
    complete = " ".join(f"<{g}> a {_COMPLETE} ." for g in graphs)
    return (
        f"DELETE DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ {pending} }} }} ;\n"
        f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ {complete} }} }}"
    )


def _term(value: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None) -> Term | None:
    """A pyoxigraph term as a plain :class:`Term`."""
    if value is None:
        return None
    if isinstance(value, ox.NamedNode):
        return Term("uri", value.value)
    if isinstance(value, ox.BlankNode):
        return Term("bnode", value.value)
    if isinstance(value, ox.Literal):
        return Term("literal", value.value, value.datatype.value, value.language)
    return Term("literal", str(value))


class OxigraphStore:
    """The embedded store: Oxigraph on disk (RocksDB), or in memory when ``path`` is None."""

    name = "oxigraph"

    def __init__(self, path: str | Path | None = None) -> None:
        self.location = str(path) if path is not None else "memory:"
        try:
            self._store = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as e:
            raise StoreError(f"{self.location}: cannot open the store ({e}); is another vnkg using it?") from e
        self._listed: set[str] = set()
        self._repair()

    def replace_graphs(self, graphs: Mapping[str, GraphData]) -> None:
        """Swap each named graph for the given quads; each graph is swapped whole or not at all.

        Graphs the store has are dropped and re-inserted in one SPARQL update (one
        transaction). Graphs it does not have yet take the fast path, a bulk load,
        bracketed by the manifest: first each is marked pending (one transaction), then
        its quads are bulk-loaded, then pending becomes complete (one transaction). A
        crash in between leaves graphs marked pending, and the next open of the store
        drops them (:meth:`_repair`): no article is ever left half-written.
        """
        if not graphs:
            return
        try:
            listed = self._listed
            old = {g: q for g, q in graphs.items() if g in listed or self._has(g)}
            if old:
                self._store.update(update_text(old))
            new = [g for g in graphs if g not in old]
            if new:
                self._store.extend([_marker(g, _PENDING) for g in new])
                # A bulk load from N-Quads bytes runs without Python's lock (a build writes
                # on a thread of its own while it extracts the next batch).
                data = b"".join(_nquads(graphs[g]) for g in new)
                self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
                self._store.update(_completed(new))
            unlisted = [g for g in old if g not in listed]
            if unlisted:
                self._store.extend([_marker(g, _COMPLETE) for g in unlisted])
            listed.update(graphs)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"{self.location}: write failed ({' '.join(str(e).split())})") from e

    def _has(self, graph: str) -> bool:
        """Whether the store has a named graph (raises ValueError for a bad IRI)."""
        return bool(self._store.contains_named_graph(ox.NamedNode(graph)))

    def _markers(self, state: ox.NamedNode) -> set[str]:
        """The graphs the manifest marks with ``state``."""
        node = ox.NamedNode(MANIFEST_GRAPH)
        return {q.subject.value for q in self._store.quads_for_pattern(None, _RDF_TYPE, state, node)}  # type: ignore[union-attr]

    def _repair(self) -> None:
        """Drop the graphs a crashed bulk load left marked pending; keep the manifest in memory.

        Graphs the manifest does not mention at all (written by other tools) are left alone.
        """
        for g in sorted(self._markers(_PENDING)):
            marker = _marker(g, _PENDING)
            self._store.update(
                f"DROP SILENT GRAPH <{g}> ; DELETE DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ "
                f"{marker.subject} {marker.predicate} {marker.object} }} }}"
            )
        self._listed = self._markers(_COMPLETE)

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Results:
        """Run a SELECT or ASK query; ``bindings`` go in a VALUES block as RDF terms."""
        if bindings:
            sparql = bind_values(sparql, bindings)
        try:
            answer = self._store.query(sparql)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {' '.join(str(e).split())}") from e
        if isinstance(answer, ox.QueryBoolean):
            return Results(("ask",), ((Term.literal(str(bool(answer)).lower(), XSD_BOOLEAN),),))
        if not isinstance(answer, ox.QuerySolutions):
            raise UsageError("only SELECT and ASK queries return rows; use export for CONSTRUCT")
        variables = tuple(v.value for v in answer.variables)
        rows = tuple(tuple(_term(sol[v]) for v in variables) for sol in answer)
        return Results(variables, rows)

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """The store (or one named graph) serialised as ``fmt``."""
        rdf_format = _rdf_format(fmt)
        if graph is None and fmt in _SINGLE_GRAPH:
            raise UsageError(f"{fmt} holds one graph: name a graph, or use trig or nquads")
        target = ox.NamedNode(graph) if graph else None
        out = self._store.dump(format=rdf_format, from_graph=target)
        return out if out is not None else b""

    def count(self) -> int:
        """How many quads the store holds (its manifest left out)."""
        return len(self._store) - len(self._listed)

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs (its manifest left out)."""
        return sorted(
            g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode) and g.value != MANIFEST_GRAPH
        )

    def flush(self) -> None:
        """Make what was written durable on disk."""
        if self.location != "memory:":
            self._store.flush()

    def close(self) -> None:
        """Release the store (RocksDB allows one process at a time)."""
        self.flush()
        del self._store


XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _rdf_format(fmt: str) -> ox.RdfFormat:
    """The pyoxigraph format of a name."""
    try:
        return _FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown RDF format {fmt!r}; choose one of {', '.join(_FORMATS)}") from None


class SparqlStore:
    """Any SPARQL 1.1 endpoint (Oxigraph server, Fuseki, Virtuoso, GraphDB…) over HTTP.

    ``url`` is the endpoint. When it has no path (``http://127.0.0.1:7878``) the
    Oxigraph server layout is assumed: ``/query``, ``/update``, ``/store``; an URL ending
    in ``/query`` or ``/sparql`` has its update sibling at ``/update`` (or the same URL).
    ``$VNKG_UPDATE_URL`` and ``$VNKG_GSP_URL`` override the guesses.
    """

    name = "sparql"

    def __init__(self, url: str, timeout: float = 60.0) -> None:
        self.location = url
        self.timeout = timeout
        base = url.rstrip("/")
        path = urllib.parse.urlparse(base).path
        if not path:
            self.query_url, self.update_url, self.gsp_url = base + "/query", base + "/update", base + "/store"
        elif path.endswith("/query"):
            root = base[: -len("/query")]
            self.query_url, self.update_url, self.gsp_url = base, root + "/update", root + "/store"
        else:
            self.query_url = self.update_url = base
            self.gsp_url = base
        self.update_url = os.environ.get("VNKG_UPDATE_URL", self.update_url)
        self.gsp_url = os.environ.get("VNKG_GSP_URL", self.gsp_url)

    def _post(self, url: str, body: bytes, content_type: str, accept: str) -> bytes:
        """POST ``body`` and return the response, or a :class:`StoreError` naming the endpoint."""
        req = urllib.request.Request(url, data=body, method="POST")
        req.add_header("Content-Type", content_type)
        req.add_header("Accept", accept)
        return self._send(req)

    def _send(self, req: urllib.request.Request) -> bytes:
        """Send a request; HTTP and network failures become one-line errors."""
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return bytes(resp.read())
        except urllib.error.HTTPError as e:
            with e:
                detail = e.read().decode("utf-8", "replace").strip().splitlines()
            msg = detail[0][:300] if detail else e.reason
            raise StoreError(f"{req.full_url}: HTTP {e.code}: {msg}") from e
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"{req.full_url}: cannot reach the SPARQL endpoint ({reason})") from e

    def replace_graphs(self, graphs: Mapping[str, GraphData]) -> None:
        """Swap each named graph in one SPARQL update request (one transaction on the server)."""
        if graphs:
            text = update_text(graphs).encode("utf-8")
            self._post(self.update_url, text, "application/sparql-update", "*/*")

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Results:
        """Run a SELECT or ASK query; ``bindings`` go in a VALUES block as RDF terms."""
        if bindings:
            sparql = bind_values(sparql, bindings)
        raw = self._post(
            self.query_url, sparql.encode("utf-8"), "application/sparql-query", "application/sparql-results+json"
        )
        return parse_results_json(raw)

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """The store (or one graph) as ``fmt``, read with the Graph Store Protocol."""
        rdf_format = _rdf_format(fmt)
        if graph is None and fmt in _SINGLE_GRAPH:
            raise UsageError(f"{fmt} holds one graph: name a graph, or use trig or nquads")
        url = self.gsp_url + ("?graph=" + urllib.parse.quote(graph, safe="") if graph else "")
        req = urllib.request.Request(url, method="GET")
        req.add_header("Accept", "application/n-quads" if graph is None else "application/n-triples")
        data = self._send(req)
        if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES):
            return data
        src = ox.RdfFormat.N_QUADS if graph is None else ox.RdfFormat.N_TRIPLES
        out = ox.serialize(ox.parse(data, format=src), format=rdf_format)
        return out if out is not None else b""

    def count(self) -> int:
        """How many quads the endpoint holds (default graph and named graphs)."""
        q = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        rows = self.select(q).rows
        return int(rows[0][0].value) if rows and rows[0][0] else 0

    def graphs(self) -> list[str]:
        """The IRIs of the named graphs."""
        res = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r[0].value for r in res.rows if r[0] is not None)

    def flush(self) -> None:
        """Nothing to do: the server commits each request."""

    def close(self) -> None:
        """Nothing to release."""


def bind_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """The query with a ``VALUES`` block binding each variable, first in its WHERE group.

    The values are written as escaped RDF terms (:meth:`Term.n3`), so quotes or braces
    in a value stay data.
    """
    names = " ".join(f"?{k}" for k in bindings)
    row = " ".join(t.n3() for t in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    m = _WHERE.search(sparql)
    if not m:
        raise UsageError("a parameterised query needs a WHERE { … } group")
    return sparql[: m.end()] + block + sparql[m.end() :]


def parse_results_json(raw: bytes) -> Results:
    """SPARQL 1.1 Query Results JSON as :class:`Results`."""
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as e:
        raise StoreError(f"the endpoint answered with something other than SPARQL JSON ({e.msg})") from e
    if "boolean" in doc:
        return Results(("ask",), ((Term.literal(str(doc["boolean"]).lower(), XSD_BOOLEAN),),))
    variables = tuple(doc["head"].get("vars", []))
    rows = []
    for b in doc["results"]["bindings"]:
        row: list[Term | None] = []
        for v in variables:
            cell = b.get(v)
            if cell is None:
                row.append(None)
                continue
            kind = {"typed-literal": "literal"}.get(cell["type"], cell["type"])
            row.append(Term(kind, cell["value"], cell.get("datatype"), cell.get("xml:lang")))
        rows.append(tuple(row))
    return Results(variables, tuple(rows))


Store = OxigraphStore | SparqlStore

# Store kinds by name, every alias listed (rdflib plugin style).
STORES: dict[str, Callable[[str], Store]] = {
    "oxigraph": lambda loc: OxigraphStore(loc),
    "rocksdb": lambda loc: OxigraphStore(loc),
    "memory": lambda loc: OxigraphStore(None),
    "sparql": lambda loc: SparqlStore(loc),
    "http": lambda loc: SparqlStore(loc),
    "https": lambda loc: SparqlStore(loc),
}


def open_store(spec: str | None = None) -> Store:
    """Open the store a ``--store`` value names (default: :func:`default_location`).

    ``memory:`` -> in memory; ``http(s)://…`` -> a SPARQL endpoint;
    ``oxigraph:PATH`` / ``sparql:URL`` name the kind explicitly; anything else is a folder.
    """
    spec = spec or default_location()
    scheme, sep, rest = spec.partition(":")
    if spec.startswith(("http://", "https://")):
        return STORES["sparql"](spec)
    if sep and scheme in STORES and not re.fullmatch(r"[A-Za-z]", scheme):  # not a Windows drive
        return STORES[scheme](rest if scheme not in ("http", "https") else spec)
    return STORES["oxigraph"](spec)
