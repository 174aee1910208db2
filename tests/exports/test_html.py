"""The HTML page: self-contained (nothing fetched from the network), styled by class, focused, capped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.exports.sample_graph import invented_store
from vnkg.errors import UsageError
from vnkg.exports import html as viz
from vnkg.exports import network as nw


def data(page: str, name: str) -> list[dict]:
    """The nodes or edges the page hands to vis-network."""
    m = re.search(rf"var {name} = new vis\.DataSet\((.*?)\);\n", page)
    assert m, name
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> tuple[viz.Drawing, str]:
    out = tmp_path_factory.mktemp("html") / "graph.html"
    drawing = viz.render(invented_store(), out)
    return drawing, out.read_text(encoding="utf-8")


def test_nothing_is_fetched_from_the_network(drawn: tuple[viz.Drawing, str]) -> None:
    _, page = drawn
    assert viz.remote_links(page) == []
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page.lower()
    assert "var network = new vis.Network" in page
    assert "vis-network" in page  # its CSS and JS are inlined, from the copy pyvis ships


def test_remote_links_are_found() -> None:
    page = '<link href="https://cdn.example/x.css"><script src="//cdn.example/a.js"></script><style>a{background:url( "http://x/y.png")}</style>'
    assert len(viz.remote_links(page)) == 3
    assert viz.remote_links('<svg xmlns="http://www.w3.org/2000/svg"></svg>') == []


def test_nodes_are_styled_by_class_with_a_legend(drawn: tuple[viz.Drawing, str]) -> None:
    drawing, page = drawn
    nodes = data(page, "nodes")
    assert (drawing.nodes, drawing.edges, drawing.layout, drawing.warnings) == (20, 22, "physics", [])
    groups = json.loads(re.search(r"var options = (.*?);\n", page).group(1))["groups"]  # type: ignore[union-attr]
    person = next(n for n in nodes if n["label"] == "Hà Minh Khuê")
    assert (person["kind"], person["group"], person["shape"]) == ("person", "person", "dot")
    assert groups["person"] == {"color": {"background": "#e15759", "border": "#e15759"}, "shape": "dot"}
    body = next(n for n in nodes if n["label"] == "Tỉnh ủy Quảng Trị")
    assert (body["group"], body["shape"]) == ("body", "box")
    assert groups["body"]["color"]["background"] == "#4e79a7"
    for name in nw.KINDS.values():
        assert f"{name} <span>" in page
    assert '<html lang="vi">' in page


def test_edges_carry_vietnamese_labels_and_evidence_tooltips(drawn: tuple[viz.Drawing, str]) -> None:
    _, page = drawn
    nodes = {n["id"]: n["label"] for n in data(page, "nodes")}
    edges = [(nodes[e["from"]], e["label"], nodes[e["to"]], e["title"]) for e in data(page, "edges")]
    post = next(e for e in edges if e[0] == "Đinh Công Thạo")
    assert post[1:3] == ("Bí thư", "Huyện ủy Vĩnh Linh")
    assert "«Đồng chí Đinh Công Thạo, Bí thư Huyện ủy Vĩnh Linh báo cáo tham luận.»" in post[3]
    assert "Quảng Trị tổng kết công tác xây dựng Đảng, 12/01/2024" in post[3]
    assert {e[1] for e in edges} >= {"thuộc", "trực thuộc", "ban hành", "thực hiện", "tổ chức", "chủ trì", "tại"}


def test_text_cannot_break_out_of_the_script() -> None:
    assert (
        viz._script_json(["</script><script>alert(1)</script>"])
        == '["\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"]'
    )


def test_focus_on_a_province(tmp_path: Path) -> None:
    out = tmp_path / "qt.html"
    drawing = viz.render(invented_store(), out, province="Quảng Trị", depth=1)
    labels = {n["label"] for n in data(out.read_text(encoding="utf-8"), "nodes")}
    assert "Cà Mau" not in labels and "Tô Hữu Nghĩa" not in labels
    assert {"Quảng Trị", "Vĩnh Linh", "Tỉnh ủy Quảng Trị", "Huyện ủy Vĩnh Linh"} <= labels
    assert drawing.nodes == len(labels)
    assert "— tỉnh Quảng Trị</h1>" in out.read_text(encoding="utf-8")


def test_unknown_focus_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match='no person "Nguyễn Không Có" in the graph'):
        viz.render(invented_store(), tmp_path / "x.html", person="Nguyễn Không Có")
    with pytest.raises(UsageError, match='no document "99-NQ/TW"'):
        viz.render(invented_store(), tmp_path / "x.html", document="99-NQ/TW")
    assert not (tmp_path / "x.html").exists()


def test_a_large_graph_is_capped_and_laid_out_by_networkx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(viz, "LAYOUT_THRESHOLD", 5)
    out = tmp_path / "big.html"
    drawing = viz.render(invented_store(), out, max_nodes=8)
    assert (drawing.nodes, drawing.total_nodes, drawing.layout) == (8, 20, "networkx")
    assert (
        drawing.warnings and "20 nodes, too many to draw usefully: drawing the 8 best connected" in drawing.warnings[0]
    )
    page = out.read_text(encoding="utf-8")
    assert 'id="notice"' in page
    nodes = data(page, "nodes")
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert '"physics": {"enabled": false' in page
    again = tmp_path / "again.html"
    viz.render(invented_store(), again, max_nodes=8)
    assert again.read_bytes() == out.read_bytes()  # a fixed seed: the same layout every time


def test_written_atomically(tmp_path: Path) -> None:
    viz.render(invented_store(), tmp_path / "deep" / "g.html")
    assert [p.name for p in (tmp_path / "deep").iterdir()] == ["g.html"]


def test_bad_numbers_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--max-nodes"):
        viz.render(invented_store(), tmp_path / "x.html", max_nodes=0)
    with pytest.raises(UsageError, match="--depth"):
        viz.render(invented_store(), tmp_path / "x.html", person="Tô Hữu Nghĩa", depth=-1)
