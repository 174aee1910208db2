"""The graph as a network of people, bodies, places, documents, meetings and statistics.

Reads the store through the ``network-*`` named queries and builds a networkx
``MultiDiGraph``: one node per thing (its IRI the node id; ``kind``, a Vietnamese
``label`` and a plain-text ``description`` as attributes) and one edge per relation
(``relation`` such as "giữ chức", "thuộc", "ban hành", "thực hiện"; a ``label``; the
articles and the first evidence sentence). The same relation read in several articles
is one edge that lists them all. Writes it as GraphML or GEXF (what Gephi opens), and
gives the focus helpers the HTML view uses (a province, a person, a document).
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from vnkg.errors import ExportError, UsageError
from vnkg.queries import catalog
from vnkg.queries.results import Queryable, Term

Row = dict[str, Any]  # a query row: variable -> Python value (None when unbound)

# Node kinds and their Vietnamese names, in legend order.
KINDS: dict[str, str] = {
    "person": "Người",
    "body": "Cơ quan",
    "place": "Địa danh",
    "document": "Văn bản",
    "event": "Hội nghị",
    "statistic": "Số liệu",
}
# How a post's status reads on its edge.
_STATUS = {"current": "giữ chức", "elected": "được bầu, bổ nhiệm", "relieved": "thôi giữ chức"}
_SEP = "; "  # joins lists in GraphML/GEXF attributes, which hold only scalars
_SHOWN_EVIDENCE = 3  # sentences quoted in a description; the rest are counted


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence a node or an edge was read from, and its article."""

    doc: str
    title: str
    published: str
    text: str
    begin: int
    end: int

    def cite(self) -> str:
        """The sentence in quotes, then the article it comes from."""
        where = ", ".join(x for x in (self.title or self.doc, vi_date(self.published)) if x)
        return f"«{self.text.strip()}» — {where}"


def vi_date(iso: object) -> str:
    """An ISO date as Vietnamese write it: 2024-01-12 -> 12/01/2024, 2023-12 -> 12/2023."""
    s = "" if iso is None else str(iso)
    if s.startswith("--"):
        return "/".join(reversed(s[2:].split("-")))
    parts = s.split("-")
    return "/".join(reversed(parts)) if all(p.isdigit() for p in parts) else s


def vi_number(value: object) -> str:
    """An integer with Vietnamese thousands separators: 48772 -> 48.772."""
    try:
        return f"{int(str(value)):,}".replace(",", ".")
    except ValueError:
        return str(value)


def fold(text: str) -> str:
    """A name folded for matching what a user typed: NFC, spaces collapsed, case folded."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _evidence(r: Row) -> Evidence | None:
    if not r.get("evidence"):
        return None
    return Evidence(
        doc=str(r.get("doc") or ""),
        title=str(r.get("title") or ""),
        published=str(r.get("published") or ""),
        text=str(r["evidence"]),
        begin=int(r.get("begin") or 0),
        end=int(r.get("end") or 0),
    )


class _Network:
    """Collects nodes and merged edges, then turns them into a MultiDiGraph."""

    def __init__(self, places: dict[str, Row], bodies: dict[str, Row]) -> None:
        self.places, self.bodies = places, bodies
        self.nodes: dict[str, dict[str, object]] = {}
        self.node_ev: dict[str, list[Evidence]] = {}
        self.edges: dict[tuple[str, str, str, str], dict[str, object]] = {}
        self.edge_ev: dict[tuple[str, str, str, str], list[Evidence]] = {}

    def node(self, iri: str, kind: str, label: str, ev: Evidence | None = None, **attrs: object) -> str:
        attrs = {k: v for k, v in attrs.items() if v not in (None, "")}
        node = self.nodes.setdefault(iri, {"kind": kind, "label": label, "iri": iri})
        for k, v in attrs.items():
            node.setdefault(k, v)
        evs = self.node_ev.setdefault(iri, [])
        if ev is not None and ev not in evs:
            evs.append(ev)
        return iri

    def edge(self, u: str, v: str, relation: str, label: str, ev: Evidence | None = None, **attrs: object) -> None:
        key = (u, v, relation, label)
        edge = self.edges.setdefault(key, {"relation": relation, "label": label})
        for k, val in attrs.items():
            if val not in (None, ""):
                edge.setdefault(k, val)
        evs = self.edge_ev.setdefault(key, [])
        if ev is not None and ev not in evs:
            evs.append(ev)

    def place(self, iri: str) -> str:
        """A place node, and the edge to its province when it is a district."""
        if iri in self.nodes:
            return iri
        p = self.places.get(iri, {})
        name = str(p.get("name") or p.get("parentname") or iri.rsplit("/", 1)[-1])
        level = str(p.get("level") or "")
        label = f"{name} (từ 2025)" if p.get("era") == "2025" else name
        self.node(iri, "place", label, name=name, level=level, code=p.get("code"), era=p.get("era"))
        parent = p.get("parent")
        if parent:
            self.places.setdefault(str(parent), {"name": p.get("parentname"), "level": "province", "era": p.get("era")})
            self.edge(iri, self.place(str(parent)), "thuộc", "thuộc")
            self.nodes[iri]["province"] = self.nodes[str(parent)]["name"]
        return iri

    def body(self, iri: str) -> str:
        """A body node, with edges to the place it serves and the committee it is a board of."""
        if iri in self.nodes:
            return iri
        b = self.bodies.get(iri, {})
        self.node(iri, "body", str(b.get("label") or iri.rsplit("/", 1)[-1]), type=b.get("type"))
        if b.get("place"):
            self.edge(iri, self.place(str(b["place"])), "thuộc", "thuộc")
        if b.get("parent"):
            self.edge(iri, self.body(str(b["parent"])), "trực thuộc", "trực thuộc")
        return iri

    def graph(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph(name="vnkg")
        for iri in sorted(self.nodes):
            attrs = dict(self.nodes[iri])
            evs = sorted(self.node_ev.get(iri, []), key=_ev_key)
            attrs.update(_provenance(evs))
            attrs["description"] = _describe_node(attrs, evs)
            g.add_node(iri, **attrs)
        for key in sorted(self.edges):
            attrs = dict(self.edges[key])
            evs = sorted(self.edge_ev.get(key, []), key=_ev_key)
            attrs.update(_provenance(evs))
            attrs["description"] = _describe_edge(attrs, evs, g.nodes[key[0]]["label"], g.nodes[key[1]]["label"])
            g.add_edge(key[0], key[1], key=f"{key[2]}|{key[3]}", **attrs)
        for n, a in g.nodes(data=True):
            if a["kind"] in ("person", "body"):
                _sum_up(g, n, a)
        return g


def _sum_up(g: nx.MultiDiGraph, n: str, a: dict[str, object]) -> None:
    """A person or body, known only through its edges: their articles, and a person's posts."""
    docs = {d for _, _, e in g.in_edges(n, data=True) for d in str(e.get("articles") or "").split(_SEP) if d}
    docs |= {d for _, _, e in g.out_edges(n, data=True) for d in str(e.get("articles") or "").split(_SEP) if d}
    if docs and not a.get("articles"):
        a["articles"] = _SEP.join(sorted(docs))
    if a["kind"] == "person":
        posts = sorted(
            {f"{e['label']} {g.nodes[v]['label']}" for _, v, e in g.out_edges(n, data=True) if e.get("role")}
        )
        if posts:
            a["posts"] = _SEP.join(posts)
            a["description"] = "\n".join([str(a["description"]), *posts, f"Bài: {a['articles']}"])


def _ev_key(e: Evidence) -> tuple[str, int, int, str]:
    return (e.doc, e.begin, e.end, e.text)


def _provenance(evs: list[Evidence]) -> dict[str, object]:
    """The articles and the first evidence sentence, as scalar attributes."""
    if not evs:
        return {}
    first = evs[0]
    return {
        "articles": _SEP.join(sorted({e.doc for e in evs})),
        "article": first.doc,
        "article_title": first.title,
        "evidence": first.text,
        "begin": first.begin,
        "end": first.end,
        "count": len(evs),
    }


def _cites(evs: list[Evidence]) -> list[str]:
    lines = [e.cite() for e in evs[:_SHOWN_EVIDENCE]]
    if len(evs) > _SHOWN_EVIDENCE:
        lines.append(f"… và {len(evs) - _SHOWN_EVIDENCE} câu khác")
    return lines


_FIELDS = (
    ("type", "Loại"),
    ("level", "Cấp"),
    ("province", "Thuộc"),
    ("code", "Số, ký hiệu"),
    ("term", "Khóa"),
    ("date", "Ngày"),
    ("value", "Giá trị"),
    ("period", "Kỳ"),
)


def _describe_node(attrs: dict[str, object], evs: list[Evidence]) -> str:
    """A node's tooltip: what it is, its main fields, the sentences it was read from."""
    lines = [f"{KINDS[str(attrs['kind'])]}: {attrs['label']}"]
    lines += [f"{name}: {attrs[k]}" for k, name in _FIELDS if attrs.get(k) not in (None, "")]
    return "\n".join(lines + _cites(evs))


def _describe_edge(attrs: dict[str, object], evs: list[Evidence], u: object, v: object) -> str:
    """An edge's tooltip: the relation as a sentence, then its evidence."""
    head = f"{u} — {attrs['relation']}"
    if attrs["label"] != attrs["relation"]:
        head += f" {attrs['label']}"
    return "\n".join([f"{head} — {v}", *_cites(evs)])


def _rows(store: Queryable, name: str, bindings: dict[str, Term] | None) -> list[Row]:
    return list(store.select(catalog.load(name).text, bindings).values())


def _document_label(r: Row) -> str:
    """A document as a reader names it: its code, else kind with plenum, congress, number, term."""
    if r.get("code"):
        return f"{r['kind']} {r['code']}"
    parts = [str(r["kind"])]
    if r.get("plenum"):
        parts.append(f"Trung ương {r['plenum']}")
    if r.get("congress"):
        parts.append(f"Đại hội {r['congress']}")
    if r.get("number"):
        parts.append(f"số {r['number']}")
    if r.get("term"):
        parts.append(f"khóa {r['term']}")
    return " ".join(parts)


def _posts(net: _Network, rows: list[Row]) -> None:
    for r in rows:
        person = net.node(str(r["person"]), "person", str(r["name"]))
        status = str(r.get("status") or "current")
        role = str(r["role"])
        label = {"relieved": f"thôi {role}", "elected": f"{role} (mới)"}.get(status, role)
        net.edge(
            person,
            net.body(str(r["body"])),
            _STATUS.get(status, "giữ chức"),
            label,
            _evidence(r),
            role=role,
            status=status,
            attested=r.get("attested"),
        )


def _documents(net: _Network, rows: list[Row]) -> None:
    for r in rows:
        iri = net.node(
            str(r["document"]),
            "document",
            _document_label(r),
            _evidence(r),
            type=r["kind"],
            code=r.get("code"),
            term=r.get("term"),
            date=vi_date(r.get("date")),
            title=r.get("name"),
        )
        if r.get("issuer"):
            net.edge(net.body(str(r["issuer"])), iri, "ban hành", "ban hành", _evidence(r))
        if r.get("jurisdiction"):  # a congress's resolution: the province or district whose congress it was
            net.edge(iri, net.place(str(r["jurisdiction"])), "của", "của", _evidence(r))


def _implements(net: _Network, rows: list[Row]) -> None:
    for r in rows:
        doc, target = str(r["document"]), str(r["target"])
        if doc in net.nodes and target in net.nodes:  # both were named, so both are nodes
            net.edge(doc, target, "thực hiện", "thực hiện", _evidence(r))


def _events(net: _Network, rows: list[Row]) -> None:
    for r in rows:
        kind = str(r.get("kind") or "Hội nghị")
        name = str(r.get("name") or "")
        label = name if name and len(name) <= 60 else f"{kind} {vi_date(r.get('date'))}".strip()
        ev = _evidence(r)
        iri = net.node(str(r["event"]), "event", label, ev, type=kind, date=vi_date(r.get("date")), title=name)
        if r.get("place"):
            net.edge(iri, net.place(str(r["place"])), "tại", "tại", ev)
        if r.get("organizer"):
            net.edge(net.body(str(r["organizer"])), iri, "tổ chức", "tổ chức", ev)
        if r.get("chair"):
            chair = net.node(str(r["chair"]), "person", str(r["chairname"]))
            net.edge(chair, iri, "chủ trì", "chủ trì", ev)


def _statistics(net: _Network, rows: list[Row]) -> None:
    for r in rows:
        what = str(r.get("measurelabel") or r["measure"])
        period = vi_date(r.get("date"))
        if r.get("start"):
            period = f"{vi_date(r['start'])}–{period}"
        label = f"{what}: {vi_number(r['value'])}" + (f" ({period})" if period else "")
        ev = _evidence(r)
        iri = net.node(str(r["obs"]), "statistic", label, ev, type=r["measure"], value=r["value"], period=period)
        if r.get("place"):
            net.edge(net.place(str(r["place"])), iri, "số liệu", "số liệu", ev)


_LOADERS: tuple[tuple[str, Callable[[_Network, list[Row]], None]], ...] = (
    ("network-posts", _posts),
    ("network-documents", _documents),
    ("network-implements", _implements),
    ("network-events", _events),
    ("network-statistics", _statistics),
)


def build_network(store: Queryable, graph: str | None = None) -> nx.MultiDiGraph:
    """The network of every article graph (or of one article graph)."""
    bindings = {"graph": Term.uri(graph)} if graph else None
    places = {str(r["place"]): r for r in _rows(store, "network-places", bindings)}
    bodies = {str(r["body"]): r for r in _rows(store, "network-bodies", bindings)}
    net = _Network(places, bodies)
    for name, load in _LOADERS:
        load(net, _rows(store, name, bindings))
    return net.graph()


# --- Focus -----------------------------------------------------------------------------


def find(g: nx.MultiDiGraph, kind: str, name: str, key: str = "label") -> list[str]:
    """The nodes of a kind whose ``key`` attribute (or label) equals ``name``, folded."""
    want = fold(name)
    return sorted(
        n
        for n, a in g.nodes(data=True)
        if a["kind"] == kind and want in (fold(str(a.get(key) or "")), fold(str(a["label"])))
    )


def province_nodes(g: nx.MultiDiGraph, province: str) -> list[str]:
    """A province's place node(s) and those of its districts (a province wins over a namesake district)."""
    places = find(g, "place", province, key="name")
    provinces = [n for n in places if g.nodes[n].get("level") == "province"] or places
    districts = [
        n
        for n, a in g.nodes(data=True)
        if a["kind"] == "place" and a.get("province") and fold(str(a["province"])) == fold(province)
    ]
    return sorted(set(provinces) | set(districts))


def document_nodes(g: nx.MultiDiGraph, code: str) -> list[str]:
    """Documents by their code (``04-NQ/TW``) or their label."""
    want = fold(code)
    return sorted(
        n
        for n, a in g.nodes(data=True)
        if a["kind"] == "document" and want in (fold(str(a.get("code") or "")), fold(str(a["label"])))
    )


def nodes_in(g: nx.MultiDiGraph, store: Queryable, query: str) -> list[str]:
    """The nodes a named query's answer names: its IRIs, or values equal to a node's label."""
    results = store.select(catalog.load(query).text)
    labels: dict[str, list[str]] = {}
    for n, a in g.nodes(data=True):
        labels.setdefault(fold(str(a["label"])), []).append(n)
        if a.get("name"):
            labels.setdefault(fold(str(a["name"])), []).append(n)
    found: set[str] = set()
    for row in results.rows:
        for t in row:
            if t is None:
                continue
            if t.kind == "uri" and t.value in g:
                found.add(t.value)
            elif t.kind == "literal":
                found.update(labels.get(fold(t.value), ()))
    return sorted(found)


def neighbourhood(g: nx.MultiDiGraph, seeds: Iterable[str], depth: int) -> nx.MultiDiGraph:
    """The part of ``g`` within ``depth`` steps of the seeds, whichever way the edges point."""
    undirected = g.to_undirected(as_view=True)
    keep: set[str] = set()
    for s in seeds:
        keep.update(nx.single_source_shortest_path_length(undirected, s, cutoff=depth))
    return g.subgraph(sorted(keep)).copy()


def cap(g: nx.MultiDiGraph, max_nodes: int) -> nx.MultiDiGraph:
    """At most ``max_nodes`` nodes: the best connected ones (ties by id, so it is stable)."""
    if g.number_of_nodes() <= max_nodes:
        return g
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), n))[:max_nodes]
    return g.subgraph(sorted(ranked)).copy()


# --- Files -----------------------------------------------------------------------------


def _writable(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML and GEXF can hold (no None, only str/int/float/bool)."""
    h = nx.MultiDiGraph(name=g.graph.get("name", "vnkg"))
    for n, a in g.nodes(data=True):
        h.add_node(n, **{k: v for k, v in a.items() if isinstance(v, (str, int, float, bool))})
    for u, v, k, a in g.edges(keys=True, data=True):
        h.add_edge(u, v, key=k, **{x: y for x, y in a.items() if isinstance(y, (str, int, float, bool))})
    return h


def write_network(g: nx.MultiDiGraph, fmt: str, out: Path | None) -> bytes | None:
    """Write ``g`` as "graphml" or "gexf" to ``out`` (atomically), or return the bytes when None."""
    writers = {"graphml": nx.write_graphml, "gexf": nx.write_gexf}
    if fmt not in writers:
        raise UsageError(f"unknown network format {fmt!r}; choose graphml or gexf")
    h = _writable(g)
    target = out.parent if out is not None else Path(tempfile.gettempdir())
    fd, tmp = tempfile.mkstemp(prefix=".vnkg-network.", suffix="." + fmt, dir=target)
    os.close(fd)
    try:
        writers[fmt](h, tmp)
        if out is None:
            return Path(tmp).read_bytes()
        os.replace(tmp, out)
        return None
    except OSError as e:
        raise ExportError(f"cannot write the {fmt} network to {out}: {e.strerror or e}") from e
    finally:
        Path(tmp).unlink(missing_ok=True)


def export_network(store: Queryable, fmt: str, out: Path | None, graph: str | None = None) -> tuple[bytes | None, str]:
    """Build the network and write it; return the bytes (when ``out`` is None) and a summary line."""
    g = build_network(store, graph)
    data = write_network(g, fmt, out)
    return data, f"wrote {g.number_of_nodes()} nodes and {g.number_of_edges()} edges as {fmt}" + (
        f" to {out}" if out else ""
    )
