"""The graph drawn as one self-contained HTML page (pyvis / vis-network), usable offline.

Reads the network of :mod:`vnkg.exports.network` (optionally around a province, a
person, a document or what a named query returns), lays it out and writes a page
with the nodes coloured and shaped by class, a legend, Vietnamese labels, and
tooltips quoting the evidence sentence and its article. pyvis holds the nodes and
edges; the page is our own template, because pyvis' links Bootstrap and vis-network
from CDNs even "in line": here vis-network's JS and CSS (shipped inside pyvis) are
inlined, so the file opens with no network. Large graphs are capped, and beyond a few
hundred nodes drawn without physics at positions computed by networkx.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import networkx as nx

from vnkg.errors import ExportError, UsageError
from vnkg.exports import network as nw
from vnkg.exports.files import write_atomic
from vnkg.queries.results import Queryable

DEFAULT_MAX_NODES = 1000
LAYOUT_THRESHOLD = 300  # above this many nodes: physics off, networkx positions
DEFAULT_DEPTH = 2
_VIS = "vis-9.1.2"

# Colour and vis-network shape of each node kind (Tableau 10 colours: distinct in print too).
STYLE: dict[str, tuple[str, str]] = {
    "person": ("#e15759", "dot"),
    "body": ("#4e79a7", "box"),
    "place": ("#59a14f", "triangle"),
    "document": ("#f28e2b", "square"),
    "event": ("#b07aa1", "star"),
    "statistic": ("#76b7b2", "hexagon"),
}
# The legend's little pictures of those shapes (inline SVG: nothing to fetch).
_SVG = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "box": '<rect x="1" y="4" width="14" height="8" rx="2"/>',
    "triangle": '<polygon points="8,2 14,14 2,14"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "star": '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
    "hexagon": '<polygon points="8,1 14,4.5 14,11.5 8,15 2,11.5 2,4.5"/>',
}
_REMOTE = re.compile(
    r"""(?:\b(?:src|href|action|poster)\s*=\s*["']?\s*|url\(\s*["']?\s*|@import\s+["']?)(?:https?:)?//""", re.I
)


@dataclass
class Drawing:
    """What :func:`render` drew: counts, the layout used, and warnings for stderr."""

    path: Path
    nodes: int
    edges: int
    total_nodes: int
    layout: str  # "physics" or "networkx"
    warnings: list[str] = field(default_factory=list)


def remote_links(page: str) -> list[str]:
    """Every place in ``page`` that would fetch something from the network (should be none)."""
    return [m.group(0) for m in _REMOTE.finditer(page)]


def _lib(name: str) -> str:
    """A file of the vis-network build shipped inside pyvis."""
    return resources.files("pyvis").joinpath("templates", "lib", _VIS, name).read_text(encoding="utf-8")


def _focus(
    g: nx.MultiDiGraph,
    store: Queryable,
    province: str | None,
    person: str | None,
    document: str | None,
    query: str | None,
    depth: int | None,
) -> tuple[nx.MultiDiGraph, str | None]:
    """The part of ``g`` around what was asked for, and a caption naming it."""
    asked = [
        (province, "tỉnh", nw.province_nodes),
        (person, "người", lambda g, v: nw.find(g, "person", v)),
        (document, "văn bản", nw.document_nodes),
        (query, "truy vấn", lambda g, v: nw.nodes_in(g, store, v)),
    ]
    seeds: set[str] = set()
    caption = []
    for value, what, finder in asked:
        if value is None:
            continue
        found = finder(g, value)
        if not found:
            raise UsageError(f'nothing to draw: no {_ENGLISH[what]} "{value}" in the graph')
        seeds.update(found)
        caption.append(f"{what} {value}")
    if not caption:
        return g, None
    if depth is None:
        depth = 1 if query is not None and len(caption) == 1 else DEFAULT_DEPTH
    return nw.neighbourhood(g, seeds, depth), ", ".join(caption)


_ENGLISH = {"tỉnh": "province", "người": "person", "văn bản": "document", "truy vấn": "node the query names"}


def _circle(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """Nodes on a circle (no numpy needed): the fallback layout."""
    n = max(len(nodes), 1)
    return {v: (math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)) for i, v in enumerate(nodes)}


def _component_layout(h: nx.Graph) -> dict[str, tuple[float, float]]:
    """One connected component laid out by networkx's spring layout, seeded so it is stable."""
    nodes = sorted(h.nodes)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    try:
        pos = nx.spring_layout(h.subgraph(nodes), k=2.5 / math.sqrt(len(nodes)), seed=7, iterations=100)
    except ImportError:  # numpy (or, beyond 500 nodes, scipy) missing: a circle still reads
        return _circle(nodes)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def layout(g: nx.MultiDiGraph, spacing: float = 90.0) -> dict[str, tuple[float, float]]:
    """Pixel positions: each component laid out alone, the components packed in rows, biggest first."""
    u = nx.Graph(g.to_undirected(as_view=True))
    comps = sorted((sorted(c) for c in nx.connected_components(u)), key=lambda c: (-len(c), c[0]))
    width = spacing * 2 * math.sqrt(g.number_of_nodes()) * 1.5
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp in comps:
        radius = spacing * max(1.0, math.sqrt(len(comp)))
        if x > 0 and x + 2 * radius > width:
            x, y, row_h = 0.0, y + row_h + spacing, 0.0
        for n, (px, py) in _component_layout(u.subgraph(comp)).items():
            out[n] = (round(x + radius + px * radius, 1), round(y + radius + py * radius, 1))
        x += 2 * radius + spacing
        row_h = max(row_h, 2 * radius)
    return out


def _vis_data(g: nx.MultiDiGraph, positions: dict[str, tuple[float, float]] | None) -> tuple[list, list]:
    """The nodes and edges as vis-network wants them, gathered in a pyvis Network."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for n, a in sorted(g.nodes(data=True)):
        colour, shape = STYLE[a["kind"]]
        extra: dict[str, object] = {"x": positions[n][0], "y": positions[n][1]} if positions else {}
        font = {"color": "#ffffff"} if shape == "box" else {"color": "#222222"}
        net.add_node(
            n,
            label=str(a["label"]),
            title=str(a["description"]),
            color=colour,
            shape=shape,
            group=a["kind"],
            kind=a["kind"],
            font=font,
            **extra,
        )
    # Parallel edges (two posts in one body) become one edge: overlapping labels would not read.
    merged: dict[tuple[str, str], list[dict[str, object]]] = {}
    for u, v, a in g.edges(data=True):
        merged.setdefault((u, v), []).append(a)
    for (u, v), attrs in sorted(merged.items()):
        attrs.sort(key=lambda a: (str(a["relation"]), str(a["label"])))
        net.add_edge(
            u,
            v,
            label=", ".join(str(a["label"]) for a in attrs),
            title="\n\n".join(str(a["description"]) for a in attrs),
            relation=", ".join(sorted({str(a["relation"]) for a in attrs})),
        )
    return net.nodes, net.edges


def _options(physics: bool) -> dict[str, object]:
    """vis-network options; a group per node kind so the class styles live in one place."""
    groups = {k: {"color": {"background": c, "border": c}, "shape": shape} for k, (c, shape) in STYLE.items()}
    return {
        "groups": groups,
        "nodes": {"font": {"size": 14, "face": "Arial, sans-serif"}, "size": 16, "borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9a9a9a"},
            "font": {"size": 11, "align": "middle", "face": "Arial, sans-serif"},
            "smooth": {"enabled": True, "type": "dynamic"},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False, "multiselect": True},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": physics, "iterations": 400},
        },
    }


def _legend(g: nx.MultiDiGraph) -> str:
    counts = dict.fromkeys(nw.KINDS, 0)
    for _, a in g.nodes(data=True):
        counts[a["kind"]] += 1
    items = []
    for kind, name in nw.KINDS.items():
        colour, shape = STYLE[kind]
        svg = f'<svg width="16" height="16" viewBox="0 0 16 16" fill="{colour}">{_SVG[shape]}</svg>'
        items.append(f'<li data-kind="{kind}">{svg} {html.escape(name)} <span>({counts[kind]})</span></li>')
    return "\n".join(items)


def _script_json(value: object) -> str:
    """JSON safe inside a <script> element (no '</script>' or '<!--' can end it early)."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
body {{ margin: 0; font-family: Arial, sans-serif; color: #222; }}
header {{ padding: 8px 14px; border-bottom: 1px solid #ddd; }}
header h1 {{ font-size: 18px; margin: 0 0 4px 0; }}
header p {{ margin: 2px 0; font-size: 13px; color: #555; }}
#notice {{ color: #8a4b00; }}
#legend {{ list-style: none; margin: 4px 0 0 0; padding: 0; font-size: 13px; }}
#legend li {{ display: inline-block; margin-right: 14px; }}
#legend svg {{ vertical-align: -2px; }}
#mynetwork {{ width: 100%; height: calc(100vh - 96px); min-height: 480px; }}
div.vis-tooltip {{ white-space: pre-wrap; max-width: 520px; font-family: Arial, sans-serif; font-size: 13px; }}
</style>
<script>{vis_js}</script>
</head>
<body>
<header>
<h1>{title}</h1>
<p>{summary}</p>
{notice}
<ul id="legend">
{legend}
</ul>
</header>
<div id="mynetwork"></div>
<script>
var nodes = new vis.DataSet({nodes});
var edges = new vis.DataSet({edges});
var options = {options};
var container = document.getElementById("mynetwork");
var network = new vis.Network(container, {{nodes: nodes, edges: edges}}, options);
window.vnkgDrawn = false;
function vnkgDone() {{ window.vnkgDrawn = true; document.body.setAttribute("data-drawn", "1"); }}
if (options.physics.enabled) {{
  network.once("stabilizationIterationsDone", function () {{
    network.setOptions({{physics: {{enabled: false}}}});
    network.fit();
    vnkgDone();
  }});
}} else {{
  network.once("afterDrawing", function () {{ network.fit(); vnkgDone(); }});
}}
</script>
</body>
</html>
"""


def page(g: nx.MultiDiGraph, title: str, notice: str | None = None, physics: bool | None = None) -> str:
    """The HTML page drawing ``g`` (positions from :func:`layout` when physics is off)."""
    physics = g.number_of_nodes() <= LAYOUT_THRESHOLD if physics is None else physics
    nodes, edges = _vis_data(g, None if physics else layout(g))
    summary = (
        f"{g.number_of_nodes()} nút, {g.number_of_edges()} quan hệ. Di chuột lên nút hoặc cạnh để xem "
        "câu trích dẫn và bài báo."
    )
    text = _PAGE.format(
        title=html.escape(title),
        vis_css=_lib("vis-network.css"),
        vis_js=_lib("vis-network.min.js"),
        summary=html.escape(summary),
        legend=_legend(g),
        notice=f'<p id="notice">{html.escape(notice)}</p>' if notice else "",
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        options=_script_json(_options(physics)),
    )
    leaks = remote_links(text)
    if leaks:  # a page that phones home breaks the offline promise: never write it
        raise ExportError(f"the page would load from the network: {leaks[:3]}")
    return text


def _write(text: str, out: Path) -> None:
    write_atomic(out, text, "the page")


def render(
    store: Queryable,
    out: Path,
    *,
    province: str | None = None,
    person: str | None = None,
    document: str | None = None,
    query: str | None = None,
    depth: int | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    graph: str | None = None,
) -> Drawing:
    """Draw the store's graph (or the part around a province, person, document or query) to ``out``."""
    if max_nodes < 1:
        raise UsageError("--max-nodes must be at least 1")
    if depth is not None and depth < 0:
        raise UsageError("--depth must be 0 or more")
    full = nw.build_network(store, graph)
    g, caption = _focus(full, store, province, person, document, query, depth)
    warnings: list[str] = []
    if full.number_of_nodes() == 0:
        warnings.append("the store holds no facts to draw: build some articles first")
    total = g.number_of_nodes()
    notice = None
    if total > max_nodes:
        g = nw.cap(g, max_nodes)
        warnings.append(
            f"the graph has {total} nodes, too many to draw usefully: drawing the {max_nodes} best "
            "connected; focus with --province, --person, --document or --query, or raise --max-nodes"
        )
        notice = f"Đồ thị có {total} nút; trang này chỉ vẽ {max_nodes} nút có nhiều liên kết nhất."
    title = "Đồ thị tri thức vnkg" + (f" — {caption}" if caption else "")
    physics = g.number_of_nodes() <= LAYOUT_THRESHOLD
    _write(page(g, title, notice, physics), Path(out))
    return Drawing(
        Path(out), g.number_of_nodes(), g.number_of_edges(), total, "physics" if physics else "networkx", warnings
    )
