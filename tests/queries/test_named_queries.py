"""The named queries of the catalogue: expected rows on the seeds, on invented articles, and on a real server.

Seed people are named as the seed articles name them; everyone in the invented articles
is invented. The seeds are read from ../shared by the session fixture ``built_seeds``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from tests.exports.sample_graph import store_of
from vnkg.builder import gazetteer
from vnkg.builder.build import build
from vnkg.builder.store import OxigraphStore, SparqlStore, by_graph
from vnkg.queries import catalog
from vnkg.queries.results import Queryable, Term
from vnkg.records import Article, ArticleFacts, Document, DocumentRef, Evidence, Implements, Post

SEED_DB = "000_0d91622d784508be"  # Điện Biên, 8 August 2019
SEED_BT = "002_6ee5d33dd2aad39f"  # Mỏ Cày Bắc (Bến Tre): the chain of programmes up to 04-NQ/TW
SEED_BG = "003_6a45d8c008ef75fb"  # Bắc Giang
SEED_LD = "001_5b9e00241872fa9c"  # Lâm Đồng statistics
PARAMETERISED = [n for n in catalog.names() if catalog.load(n).params]


def run(store: Queryable, name: str, **params: str) -> list[dict]:
    """The rows of a named query, each parameter bound as a plain string literal."""
    bindings = {k: Term.literal(v) for k, v in params.items()}
    return list(store.select(catalog.load(name).text, bindings or None).values())


@pytest.fixture(scope="module")
def seeds(built_seeds: Path) -> Iterator[OxigraphStore]:
    store = OxigraphStore(built_seeds)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def server(seeds: OxigraphStore, oxigraph_server: str) -> SparqlStore:
    """The seeds loaded into a real Oxigraph server (cleared first: the server is shared)."""
    remote = SparqlStore(oxigraph_server)
    remote._post(remote.update_url, b"CLEAR ALL", "application/sparql-update", "*/*")
    remote.replace_graphs(by_graph(ox.parse(seeds.dump("nquads"), format=ox.RdfFormat.N_QUADS)))
    return remote


@pytest.fixture(params=["embedded", "server"])
def either(request: pytest.FixtureRequest, seeds: OxigraphStore) -> Queryable:
    """The seeds in the embedded store, and the same quads behind a SPARQL endpoint."""
    return seeds if request.param == "embedded" else request.getfixturevalue("server")


# --- Invented articles (Yên Bái): a person over time, a relieved post, a chain over two articles.

YEN_BAI = gazetteer.lookup("Yên Bái", level="province", era="1976")[0]
LUC_YEN = gazetteer.lookup("Lục Yên", level="district", era="1976")[0]
TEXT_A = (
    "Lục Yên triển khai nghị quyết\n"
    "Ngày 1/5/2023, Huyện ủy Lục Yên ban hành Chương trình hành động số 5-CTr/HU thực hiện Kế hoạch số 10-KH/TU. "
    "Đồng chí Hoàng Thị Nga, Bí thư Huyện ủy, Chủ tịch HĐND huyện Lục Yên chủ trì, "
    "thôi giữ chức Phó Chủ tịch UBND huyện."
)
TEXT_B = (
    "Yên Bái học tập nghị quyết\n"
    "Ngày 2/3/2020, Ban Thường vụ Tỉnh ủy Yên Bái ban hành Kế hoạch số 10-KH/TU thực hiện Nghị quyết số 21-NQ/TW. "
    'Đồng chí Hoàng Thị Nga, Phó Chủ tịch UBND huyện Lục Yên dự; ông Lò "Tám" {Bảy} } phát biểu.'
)
ODD_NAME = 'Lò "Tám" {Bảy} }'  # quotes and braces in a value are data
CTR5 = DocumentRef("Chương trình hành động", "5-CTr/HU", "5", "Huyện ủy", issuer_place=LUC_YEN)
KH10 = DocumentRef("Kế hoạch", "10-KH/TU", "10", "Ban Thường vụ Tỉnh ủy", issuer_place=YEN_BAI)
NQ21 = DocumentRef("Nghị quyết", "21-NQ/TW", "21", "Ban Chấp hành Trung ương")


def _ev(article: Article, needle: str) -> Evidence:
    """The sentence of ``article`` holding ``needle`` (sentences end at '. ')."""
    at = article.text.index(needle)
    start = max(article.text.rfind(". ", 0, at) + 2, article.text.index("\n") + 1)
    end = article.text.find(". ", at)
    end = len(article.text) if end < 0 else end + 1
    return Evidence(article.id, start, end, article.text[start:end])


def invented() -> list[ArticleFacts]:
    a = Article("inv_luc_yen", TEXT_A, "test", title=TEXT_A.split("\n")[0], date="2023-05-01")
    b = Article("inv_yen_bai", TEXT_B, "test", title=TEXT_B.split("\n")[0], date="2020-03-02")
    nga_a, nga_b = _ev(a, "Hoàng Thị Nga"), _ev(b, "Hoàng Thị Nga")
    facts_a = (
        Post("Hoàng Thị Nga", "Bí thư", "Huyện ủy", LUC_YEN, nga_a),
        Post("Hoàng Thị Nga", "Chủ tịch", "Hội đồng nhân dân", LUC_YEN, nga_a),
        Post("Hoàng Thị Nga", "Phó Chủ tịch", "Ủy ban nhân dân", LUC_YEN, nga_a, status="relieved"),
        Document(CTR5, _ev(a, "5-CTr/HU")),
        Document(KH10, _ev(a, "10-KH/TU")),
        Implements(CTR5, KH10, _ev(a, "5-CTr/HU")),
    )
    facts_b = (
        Post("Hoàng Thị Nga", "Phó Chủ tịch", "Ủy ban nhân dân", LUC_YEN, nga_b),
        Post(ODD_NAME, "Ủy viên", "Tỉnh ủy", YEN_BAI, _ev(b, "phát biểu")),
        Document(KH10, _ev(b, "10-KH/TU")),
        Document(NQ21, _ev(b, "21-NQ/TW")),
        Implements(KH10, NQ21, _ev(b, "10-KH/TU")),
    )
    return [ArticleFacts(a, (LUC_YEN,), facts_a), ArticleFacts(b, (YEN_BAI,), facts_b)]


@pytest.fixture(scope="module")
def made() -> OxigraphStore:
    return store_of(invented())


# --- The catalogue itself


def test_every_query_is_described_and_declares_its_params() -> None:
    for name in catalog.names():
        q = catalog.load(name)
        assert len(q.description) > 30, name
        for var, what in q.params:
            assert f"?{var}" in q.text.split("\n", len(q.params) + 1)[-1], f"{name}: ?{var} unused"
            assert what, f"{name}: ?{var} undescribed"


@pytest.mark.parametrize("name", PARAMETERISED)
def test_a_value_with_quotes_and_braces_is_data(seeds: OxigraphStore, name: str) -> None:
    evil = 'x" } } SELECT * WHERE { ?s ?p ?o } #'
    params = {var: evil for var, _ in catalog.load(name).params}
    assert run(seeds, name, **params) == []


def test_an_odd_name_is_found_as_written(made: OxigraphStore) -> None:
    rows = run(made, "person-posts", person=ODD_NAME)
    assert [(r["name"], r["role"], r["org"], r["place"]) for r in rows] == [(ODD_NAME, "Ủy viên", "Tỉnh ủy", "Yên Bái")]


# --- 1. leaders


def test_leaders_of_dien_bien_include_its_districts(either: Queryable) -> None:
    rows = run(either, "leaders", province="Điện Biên")
    assert {(r["place"], r["org"], r["role"], r["person"], r["dates"], r["articles"]) for r in rows} == {
        ("Điện Biên", "Tỉnh ủy", "Phó Bí thư Thường trực", "Lò Văn Muôn", "2019-08-08", SEED_DB),
        ("Điện Biên", "Hội đồng nhân dân", "Chủ tịch", "Lò Văn Muôn", "2019-08-08", SEED_DB),
        ("Điện Biên Đông", "Huyện ủy", "Bí thư", "Vừ A Bằng", "2019-08-08", SEED_DB),
    }
    assert run(either, "leaders", province="điện biên") == rows  # case does not matter


def test_leaders_of_a_district_and_of_its_province(seeds: OxigraphStore) -> None:
    sol = ("Mỏ Cày Bắc", "Huyện ủy", "Phó Bí thư Thường trực", "Trần Thị Sol")
    for name in ("Mỏ Cày Bắc", "Bến Tre"):
        assert [(r["place"], r["org"], r["role"], r["person"]) for r in run(seeds, "leaders", province=name)] == [sol]
    bac_giang = {(r["role"], r["org"], r["person"]) for r in run(seeds, "leaders", province="Bắc Giang")}
    assert bac_giang == {
        ("Bí thư", "Tỉnh ủy", "Dương Văn Thái"),
        ("Phó Bí thư Thường trực", "Tỉnh ủy", "Lê Thị Thu Hồng"),
        ("Phó Bí thư", "Tỉnh ủy", "Lê Ánh Dương"),
        ("Chủ tịch", "Ủy ban nhân dân", "Lê Ánh Dương"),
    }
    everyone = run(seeds, "leaders")
    assert {r["person"] for r in everyone} >= {"Lò Văn Muôn", "Trần Thị Sol", "Dương Văn Thái"}
    assert run(seeds, "leaders", province="Hà Giang") == []


def test_leaders_list_each_date_and_article(made: OxigraphStore) -> None:
    rows = run(made, "leaders", province="Lục Yên")
    deputy = [r for r in rows if r["role"] == "Phó Chủ tịch"]
    assert [(r["first"], r["last"]) for r in deputy] == [("2020-03-02", "2023-05-01")]
    assert set(deputy[0]["dates"].split("; ")) == {"2020-03-02", "2023-05-01"}
    assert set(deputy[0]["statuses"].split("; ")) == {"current", "relieved"}
    assert set(deputy[0]["articles"].split("; ")) == {"inv_luc_yen", "inv_yen_bai"}


# --- 2. one person's posts over time


def test_a_persons_posts_in_date_order(made: OxigraphStore) -> None:
    rows = run(made, "person-posts", person="hoàng thị nga")
    assert [(r["attested"], r["role"], r["org"], r["status"], r["doc"]) for r in rows] == [
        ("2020-03-02", "Phó Chủ tịch", "Ủy ban nhân dân", "current", "inv_yen_bai"),
        ("2023-05-01", "Bí thư", "Huyện ủy", "current", "inv_luc_yen"),
        ("2023-05-01", "Chủ tịch", "Hội đồng nhân dân", "current", "inv_luc_yen"),
        ("2023-05-01", "Phó Chủ tịch", "Ủy ban nhân dân", "relieved", "inv_luc_yen"),
    ]
    assert all("Hoàng Thị Nga" in r["evidence"] for r in rows)


def test_a_seed_persons_posts(seeds: OxigraphStore) -> None:
    rows = run(seeds, "person-posts", person="Lò Văn Muôn")
    assert {(r["attested"], r["role"], r["org"], r["place"], r["doc"]) for r in rows} == {
        ("2019-08-08", "Phó Bí thư Thường trực", "Tỉnh ủy", "Điện Biên", SEED_DB),
        ("2019-08-08", "Chủ tịch", "Hội đồng nhân dân", "Điện Biên", SEED_DB),
    }
    assert all(r["evidence"].startswith("Sáng 8/8, dưới sự chủ trì của đồng chí Lò Văn Muôn") for r in rows)


# --- 3. concurrent posts (kiêm nhiệm)


def test_people_holding_several_posts_at_once(seeds: OxigraphStore) -> None:
    rows = run(seeds, "multiple-posts")
    by_name = {r["name"]: r for r in rows}
    assert {"Lò Văn Muôn", "Lê Ánh Dương", "Hoàng Văn Nghiệm", "Hồ Tiến Thiệu"} <= set(by_name)
    muon = by_name["Lò Văn Muôn"]
    assert (muon["attested"], muon["count"], muon["doc"]) == ("2019-08-08", 2, SEED_DB)
    assert set(muon["posts"].split("; ")) == {
        "Phó Bí thư Thường trực Tỉnh ủy Điện Biên",
        "Chủ tịch Hội đồng nhân dân Điện Biên",
    }
    assert "Vừ A Bằng" not in by_name  # one post only
    only = run(seeds, "multiple-posts", province="Bắc Giang")
    assert [(r["name"], r["count"], r["doc"]) for r in only] == [("Lê Ánh Dương", 2, SEED_BG)]


def test_a_relieved_post_is_not_held_at_once(made: OxigraphStore) -> None:
    rows = run(made, "multiple-posts", province="Yên Bái")
    assert [(r["name"], r["count"], r["doc"]) for r in rows] == [("Hoàng Thị Nga", 2, "inv_luc_yen")]
    assert set(rows[0]["posts"].split("; ")) == {"Bí thư Huyện ủy Lục Yên", "Chủ tịch Hội đồng nhân dân Lục Yên"}


# --- 4. documents of a place and the chain up to the central resolution


def test_documents_of_a_province_up_the_chain(seeds: OxigraphStore) -> None:
    rows = run(seeds, "place-documents", province="Bến Tre")
    got = {(r["document"], r["implements"], r["direct"], r["central"]) for r in rows}
    assert {
        ("Chương trình hành động 17-CTr/HU", "Chương trình hành động 21-CTr/TU", True, False),
        ("Chương trình hành động 17-CTr/HU", "Nghị quyết 04-NQ/TW", False, True),
        ("Chương trình hành động 21-CTr/TU", "Nghị quyết 04-NQ/TW", True, True),
        ("Kế hoạch 100-KH/HU", "Nghị quyết Trung ương 4 khóa XI", True, True),
        ("Kế hoạch 100-KH/HU", "Nghị quyết Trung ương 4 khóa XII", True, True),
    } <= got
    assert all(r["articles"] == SEED_BT for r in rows)
    assert run(seeds, "place-documents", province="Điện Biên") == []  # only national documents named there


def test_a_chain_over_two_articles(made: OxigraphStore) -> None:
    rows = run(made, "place-documents", province="Lục Yên")
    assert [(r["document"], r["issuer"], r["place"], r["implements"], r["direct"], r["central"]) for r in rows] == [
        ("Chương trình hành động 5-CTr/HU", "Huyện ủy", "Lục Yên", "Kế hoạch 10-KH/TU", True, False),
        ("Chương trình hành động 5-CTr/HU", "Huyện ủy", "Lục Yên", "Nghị quyết 21-NQ/TW", False, True),
    ]
    province = {(r["document"], r["implements"]) for r in run(made, "place-documents", province="Yên Bái")}
    assert ("Kế hoạch 10-KH/TU", "Nghị quyết 21-NQ/TW") in province and len(province) == 3


# --- 5. where a central resolution was acted on


def test_where_04_nq_tw_was_acted_on(either: Queryable) -> None:
    rows = run(either, "resolution-uptake", code="04-nq/tw")
    assert {(r["resolution"], r["document"], r["issuer"], r["direct"], r["articles"]) for r in rows} == {
        ("Nghị quyết 04-NQ/TW", "Chương trình hành động 21-CTr/TU", "Ban Thường vụ Tỉnh ủy", True, SEED_BT),
        ("Nghị quyết 04-NQ/TW", "Chương trình hành động 17-CTr/HU", "Huyện ủy", False, SEED_BT),
    }


def test_a_resolution_by_plenum_and_term(seeds: OxigraphStore) -> None:
    rows = run(seeds, "resolution-uptake", plenum="4", term="XI")
    assert [(r["resolution"], r["document"]) for r in rows] == [
        ("Nghị quyết Trung ương 4 khóa XI", "Kế hoạch 100-KH/HU")
    ]
    both = {r["resolution"] for r in run(seeds, "resolution-uptake", plenum="4")}
    assert both == {"Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XII"}


def test_uptake_through_another_article(made: OxigraphStore) -> None:
    rows = run(made, "resolution-uptake", code="21-NQ/TW")
    assert {(r["document"], r["place"], r["direct"]) for r in rows} == {
        ("Kế hoạch 10-KH/TU", "Yên Bái", True),
        ("Chương trình hành động 5-CTr/HU", "Lục Yên", False),
    }


# --- 6. membership figures over time


def test_membership_figures_of_a_province(seeds: OxigraphStore) -> None:
    rows = run(seeds, "statistics", province="Lâm Đồng")
    assert {(r["measure"], r["value"], r["date"], r["doc"]) for r in rows} >= {
        ("party_members", 48772, "2023-12", SEED_LD),
        ("party_cells", 3011, "2023-12", SEED_LD),
        ("members_admitted", 3847, "2024-04", SEED_LD),
        ("members_expelled", 74, "2024-04", SEED_LD),
    }
    members = run(seeds, "statistics", province="Điện Biên", measure="party_members")
    assert [(r["place"], r["measure"], r["value"], r["date"]) for r in members] == [
        ("Điện Biên", "party_members", 39622, "2019-06")
    ]
    district = {(r["place"], r["measure"], r["value"]) for r in run(seeds, "statistics", province="Bến Tre")}
    assert ("Mỏ Cày Bắc", "members_disciplined", 38) in district


# --- 7. conferences


def test_conferences_of_dien_bien(seeds: OxigraphStore) -> None:
    rows = run(seeds, "conferences", province="Điện Biên")
    assert [(r["date"], r["place"], r["organizer"], r["chairs"], r["doc"]) for r in rows] == [
        ("2019-08-08", "Điện Biên", "Ban Thường vụ Tỉnh ủy", "Lò Văn Muôn", SEED_DB)
    ]
    assert rows[0]["name"].startswith("Hội nghị tổng kết công tác xây dựng Đảng")
    chairs = run(seeds, "conferences", province="Bắc Giang")[0]["chairs"]
    assert set(chairs.split("; ")) == {"Dương Văn Thái", "Lê Thị Thu Hồng", "Lê Ánh Dương"}


# --- 8. everything one article says


def test_everything_one_article_says(either: Queryable) -> None:
    rows = run(either, "one-article", article=SEED_BT)
    assert {r["article"] for r in rows} == {SEED_BT}
    facts = {(r["type"], r["fact"]) for r in rows}
    assert {
        ("post", "Trần Thị Sol: Phó Bí thư Thường trực Huyện ủy (current)"),
        ("document", "Nghị quyết 04-NQ/TW của Ban Chấp hành Trung ương"),
        ("implements", "Chương trình hành động 21-CTr/TU → Nghị quyết 04-NQ/TW"),
        ("statistic", "members_disciplined = 38"),
    } <= facts
    text = next(either.select(TEXT_OF, {"id": Term.literal(SEED_BT)}).values())["text"]
    for r in rows:  # every fact with the sentence it was read from, at its offsets
        assert r["evidence"] and text[r["begin"] : r["end"]] == r["evidence"]
    assert [r["begin"] for r in rows] == sorted(r["begin"] for r in rows)


TEXT_OF = (
    "PREFIX schema: <https://schema.org/> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
    "SELECT ?text WHERE { GRAPH ?g { ?a schema:identifier ?id ; nif:isString ?text } }"
)


# --- 9. provinces after the 2025 merger


def test_a_new_province_gathers_what_its_former_provinces_said(either: Queryable) -> None:
    rows = run(either, "merged-province", province="Bắc Ninh")  # Bắc Giang and Bắc Ninh from 1 July 2025
    assert {(r["former"], r["place"], r["type"], r["fact"], r["doc"]) for r in rows} >= {
        ("Bắc Giang", "Bắc Giang", "post", "Dương Văn Thái: Bí thư Tỉnh ủy", SEED_BG),
        ("Bắc Giang", "Bắc Giang", "statistic", "members_admitted = 8800", SEED_BG),
    }
    assert {r["province_2025"] for r in rows} == {"Bắc Ninh"}
    assert {r["doc"] for r in rows} == {SEED_BG}


HA_GIANG_TEXT = (
    "Hà Giang tổng kết công tác xây dựng Đảng năm 2023\n"
    "Ngày 10/1/2024, Ban Thường vụ Tỉnh ủy Hà Giang tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023. "
    "Đồng chí Sùng Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.\n"
    "Đồng chí Giàng Thị Mai, Bí thư Huyện ủy Yên Minh báo cáo tham luận.\n"
    "Năm 2023, toàn Đảng bộ tỉnh Hà Giang kết nạp 1.520 đảng viên mới.\n"
)


def test_an_absorbed_provinces_article_built_from_text(tmp_path: Path) -> None:
    (tmp_path / "hg_inv.txt").write_text(HA_GIANG_TEXT, encoding="utf-8")
    store = OxigraphStore(None)
    assert build([tmp_path], store).ok
    rows = run(store, "merged-province", province="Tuyên Quang")  # Hà Giang and Tuyên Quang from 1 July 2025
    got = {(r["former"], r["place"], r["type"], r["fact"]) for r in rows}
    assert {
        ("Hà Giang", "Hà Giang", "post", "Sùng Minh Khoa: Phó Bí thư Thường trực Tỉnh ủy"),
        ("Hà Giang", "Hà Giang", "post", "Sùng Minh Khoa: Chủ tịch Hội đồng nhân dân"),
        ("Hà Giang", "Yên Minh", "post", "Giàng Thị Mai: Bí thư Huyện ủy"),  # a district of the absorbed province
        ("Hà Giang", "Hà Giang", "statistic", "members_admitted = 1520"),
    } <= got
    assert {r["doc"] for r in rows} == {"hg_inv"}
    assert run(store, "merged-province", province="Cao Bằng") == []  # unchanged, and nothing said of it
