"""The page in a real browser: headless Chromium with the network blocked draws the expected nodes and edges.

Slow (a browser starts), but it runs in CI: .ci/run installs Debian's chromium. Without
it these tests FAIL with a message saying how to install it; they never skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.exports.browser import NoBrowser, Opened, chromium_path, open_offline
from tests.exports.sample_graph import invented_store
from vnkg.builder.store import OxigraphStore
from vnkg.exports import html as viz

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module", autouse=True)
def chromium() -> str:
    try:
        return chromium_path()
    except NoBrowser as e:
        pytest.fail(str(e), pytrace=False)


def linked(opened: Opened, source: str, target: str) -> list[str]:
    """The labels of the drawn edges from the node labelled ``source`` to the one labelled ``target``."""
    ids = {n["label"]: n["id"] for n in opened.nodes()}
    assert source in ids and target in ids, sorted(ids)
    return [e["label"] for e in opened.edges() if e["from"] == ids[source] and e["to"] == ids[target]]


def test_the_invented_graph_is_drawn_offline(tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    drawing = viz.render(invented_store(), out)
    with open_offline(out) as page:
        assert page.attempted == []
        assert len(page.nodes()) == drawing.nodes == 20
        assert len(page.edges()) == drawing.edges == 22
        assert sorted(page.drawn_ids()) == sorted(n["id"] for n in page.nodes())
        assert linked(page, "Hà Minh Khuê", "Tỉnh ủy Quảng Trị") == ["Bí thư"]
        assert linked(page, "Chương trình hành động 15-CTr/TU", "Nghị quyết 21-NQ/TW") == ["thực hiện"]
        edge = next(e for e in page.edges() if e["label"] == "Phó Bí thư Thường trực")
        assert "«Dự hội nghị có đồng chí Phan Thị Ngọc Lan, Phó Bí thư Thường trực Tỉnh ủy.»" in edge["title"]
        legend = page.page.inner_text("#legend")
        assert "Người (5)" in legend and "Cơ quan (7)" in legend and "Số liệu (2)" in legend


def test_a_large_graph_without_physics_is_drawn_where_networkx_put_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(viz, "LAYOUT_THRESHOLD", 5)
    out = tmp_path / "big.html"
    drawing = viz.render(invented_store(), out)
    assert drawing.layout == "networkx"
    with open_offline(out) as page:
        assert page.attempted == []
        positions = page.page.evaluate("() => network.getPositions()")
        given = {n["id"]: (n["x"], n["y"]) for n in page.page.evaluate("() => nodes.get()")}
        assert len(positions) == 20
        assert all(abs(positions[i]["x"] - x) < 1 and abs(positions[i]["y"] - y) < 1 for i, (x, y) in given.items())


def test_a_page_that_reaches_for_the_network_is_caught(tmp_path: Path) -> None:
    """The guard itself: a CDN script is blocked and reported (so an empty list above means something)."""
    out = tmp_path / "cdn.html"
    out.write_text(
        '<html><head><script src="https://cdn.jsdelivr.net/npm/nothing.js"></script></head>'
        "<body><script>window.vnkgDrawn = true;</script></body></html>",
        encoding="utf-8",
    )
    with open_offline(out) as page:
        assert page.attempted == ["https://cdn.jsdelivr.net/npm/nothing.js"] * len(page.attempted)
        assert page.attempted


def test_the_seeds_graph_links_the_person_to_the_provincial_committee(built_seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "seeds.html"
    store = OxigraphStore(built_seeds)
    try:
        viz.render(store, out, province="Điện Biên")
    finally:
        store.close()
    with open_offline(out) as page:
        assert page.attempted == []
        assert "Phó Bí thư Thường trực" in linked(page, "Lò Văn Muôn", "Tỉnh ủy Điện Biên")
        assert linked(page, "Tỉnh ủy Điện Biên", "Điện Biên") == ["thuộc"]
        labels = {n["label"] for n in page.nodes()}
        assert "Lâm Đồng" not in labels  # another seed's province stays out of this focus
