"""The network export: nodes, edges and their evidence; GraphML and GEXF read back by networkx; focus."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from tests.exports.sample_graph import QT_TEXT, invented, invented_store, store_of
from vnkg.builder.store import OxigraphStore
from vnkg.exports import network as nw
from vnkg.exports import run_export
from vnkg.records import Article, ArticleFacts, Evidence, Post


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    return nw.build_network(invented_store())


def node(g: nx.MultiDiGraph, kind: str, label: str) -> str:
    found = [n for n, a in g.nodes(data=True) if a["kind"] == kind and a["label"] == label]
    assert len(found) == 1, (kind, label, found)
    return found[0]


def edges(g: nx.MultiDiGraph, u: str, v: str) -> list[dict]:
    return [a for _, y, a in g.out_edges(u, data=True) if y == v]


def test_a_post_is_an_edge_from_the_person_to_the_body_with_its_sentence(g: nx.MultiDiGraph) -> None:
    person = node(g, "person", "Hà Minh Khuê")
    body = node(g, "body", "Tỉnh ủy Quảng Trị")
    (e,) = edges(g, person, body)
    assert (e["relation"], e["label"], e["article"]) == ("giữ chức", "Bí thư", "inv_quang_tri")
    assert e["evidence"] == "Đồng chí Hà Minh Khuê, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị."
    assert QT_TEXT[e["begin"] : e["end"]] == e["evidence"]
    assert "Bí thư Tỉnh ủy Quảng Trị" in g.nodes[person]["description"]


def test_bodies_belong_to_places_and_boards_to_their_committee(g: nx.MultiDiGraph) -> None:
    qt = node(g, "place", "Quảng Trị")
    btv = node(g, "body", "Ban Thường vụ Tỉnh ủy Quảng Trị")
    assert [e["relation"] for e in edges(g, btv, node(g, "body", "Tỉnh ủy Quảng Trị"))] == ["trực thuộc"]
    assert [e["relation"] for e in edges(g, btv, qt)] == ["thuộc"]
    district = node(g, "place", "Vĩnh Linh")
    assert [e["relation"] for e in edges(g, district, qt)] == ["thuộc"]
    assert g.nodes[district]["province"] == "Quảng Trị"


def test_documents_meetings_and_statistics(g: nx.MultiDiGraph) -> None:
    program = node(g, "document", "Chương trình hành động 15-CTr/TU")
    resolution = node(g, "document", "Nghị quyết 21-NQ/TW")
    assert [e["relation"] for e in edges(g, program, resolution)] == ["thực hiện"]
    assert [e["relation"] for e in edges(g, node(g, "body", "Tỉnh ủy Quảng Trị"), program)] == ["ban hành"]
    meeting = node(g, "event", "Hội nghị tổng kết công tác xây dựng Đảng năm 2023")
    assert [e["relation"] for e in edges(g, node(g, "person", "Hà Minh Khuê"), meeting)] == ["chủ trì"]
    assert [e["relation"] for e in edges(g, node(g, "body", "Ban Thường vụ Tỉnh ủy Quảng Trị"), meeting)] == ["tổ chức"]
    stat = node(g, "statistic", "tổng số đảng viên: 56.789 (12/2023)")
    assert g.nodes[stat]["value"] == 56789
    assert [e["relation"] for e in edges(g, node(g, "place", "Quảng Trị"), stat)] == ["số liệu"]


def test_the_same_post_in_two_articles_is_one_edge_listing_both() -> None:
    text = "Đồng chí Hà Minh Khuê, Bí thư Tỉnh ủy Quảng Trị phát biểu."
    art = Article(id="inv_again", text=text, origin="test", date="2024-03-01")
    first = invented()[0]
    qt = next(f.place for f in first.facts if isinstance(f, Post))
    again = ArticleFacts(
        art, (qt,), (Post("Hà Minh Khuê", "Bí thư", "Tỉnh ủy", qt, Evidence(art.id, 0, len(text), text)),)
    )
    g = nw.build_network(store_of([*invented(), again]))
    (e,) = edges(g, node(g, "person", "Hà Minh Khuê"), node(g, "body", "Tỉnh ủy Quảng Trị"))
    assert e["count"] == 2
    assert e["articles"] == "inv_again; inv_quang_tri"
    assert text in e["description"]


def test_one_article_graph_only() -> None:
    store = invented_store()
    g = nw.build_network(store, graph="https://w3id.org/vnkg/id/graph/article/inv_ca_mau")
    assert sorted(a["label"] for _, a in g.nodes(data=True) if a["kind"] == "person") == [
        "Lý Thanh Bình",
        "Tô Hữu Nghĩa",
    ]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_round_trip_through_networkx(g: nx.MultiDiGraph, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"g.{fmt}"
    nw.write_network(g, fmt, out)
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    for n, a in g.nodes(data=True):
        assert back.nodes[n]["label"] == a["label"]
        assert back.nodes[n]["kind"] == a["kind"]
    relations = sorted(a["relation"] for _, _, a in back.edges(data=True))
    assert relations == sorted(a["relation"] for _, _, a in g.edges(data=True))
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_run_export_writes_graphml_and_gexf(tmp_path: Path) -> None:
    store = invented_store()
    message = run_export(store, "graphml", tmp_path / "g.graphml")
    assert message.startswith("wrote 20 nodes and 22 edges as graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 20
    run_export(store, "GEXF", tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == 20


def test_focus_on_a_province_takes_its_districts(g: nx.MultiDiGraph) -> None:
    seeds = nw.province_nodes(g, "quảng  trị")
    assert sorted(g.nodes[n]["label"] for n in seeds) == ["Quảng Trị", "Vĩnh Linh"]
    near = nw.neighbourhood(g, seeds, 2)
    people = sorted(a["label"] for _, a in near.nodes(data=True) if a["kind"] == "person")
    assert people == ["Hà Minh Khuê", "Phan Thị Ngọc Lan", "Đinh Công Thạo"]
    assert "Cà Mau" not in {a["label"] for _, a in near.nodes(data=True)}


def test_focus_on_a_person_and_a_document(g: nx.MultiDiGraph) -> None:
    near = nw.neighbourhood(g, nw.find(g, "person", "tô hữu nghĩa"), 1)
    assert sorted(a["label"] for _, a in near.nodes(data=True)) == ["Tô Hữu Nghĩa", "Ủy ban nhân dân Cà Mau"]
    assert [g.nodes[n]["label"] for n in nw.document_nodes(g, "21-nq/tw")] == ["Nghị quyết 21-NQ/TW"]


def test_focus_on_what_a_named_query_returns(g: nx.MultiDiGraph) -> None:
    found = nw.nodes_in(g, invented_store(), "leaders")
    kinds = {g.nodes[n]["kind"] for n in found}
    assert {"person", "place"} <= kinds
    assert node(g, "person", "Lý Thanh Bình") in found


def test_cap_keeps_the_best_connected(g: nx.MultiDiGraph) -> None:
    small = nw.cap(g, 3)
    assert small.number_of_nodes() == 3
    assert node(g, "place", "Quảng Trị") in small  # the hub of the invented province
    assert nw.cap(g, 1000) is g


def test_vietnamese_dates_and_numbers() -> None:
    assert nw.vi_date("2024-01-12") == "12/01/2024"
    assert nw.vi_date("2023-12") == "12/2023"
    assert nw.vi_date("--08-08") == "08/08"
    assert nw.vi_number(48772) == "48.772"


def test_the_seeds_person_is_linked_to_the_provincial_committee(built_seeds: Path) -> None:
    store = OxigraphStore(built_seeds)
    try:
        g = nw.build_network(store)
    finally:
        store.close()
    person = node(g, "person", "Lò Văn Muôn")
    committee = node(g, "body", "Tỉnh ủy Điện Biên")
    labels = sorted(e["label"] for e in edges(g, person, committee))
    assert labels == ["Phó Bí thư Thường trực"]
    assert all(e["article"] == "000_0d91622d784508be" for e in edges(g, person, committee))


def test_a_congress_resolution_is_linked_to_the_province_whose_congress_it_was(tmp_path: Path) -> None:
    from tests.conftest import DEV_TEXTS, need_shared
    from vnkg.builder.build import build

    need_shared()
    article = DEV_TEXTS / "d007.txt"
    store = OxigraphStore(tmp_path / "store")
    try:
        assert build([article], store).ok
        g = nw.build_network(store)
    finally:
        store.close()
    congress = [n for n, a in g.nodes(data=True) if a["kind"] == "document" and "XVIII" in str(a["label"])]
    places = {g.nodes[v]["label"] for n in congress for _, v, a in g.out_edges(n, data=True) if a["relation"] == "của"}
    assert places == {"Yên Bái"}
