"""catalog: the named .rq queries load, run, and take bindings as RDF terms."""

from __future__ import annotations

import pytest

from tests.builder.test_emit import CAO_BANG, HA_GIANG, ev, sample_facts
from tests.exports.test_facts import store_of
from vnkg.errors import QueryError, UsageError
from vnkg.ontology import iris
from vnkg.queries import catalog
from vnkg.queries.results import Term
from vnkg.records import ArticleFacts, Post

REQUIRED = {
    "facts-post",
    "facts-document",
    "facts-implements",
    "facts-statistic",
    "facts-event",
    "articles",
    "leaders",
    "documents",
    "statistics",
    "conferences",
}


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    other = sample_facts("cb01")
    other = ArticleFacts(
        other.article, (CAO_BANG,), (Post("Hoàng Văn Đức", "Bí thư", "Tỉnh ủy", CAO_BANG, ev(0, "cb01")),)
    )
    return store_of(sample_facts(), other)


def test_names_include_the_facts_queries_and_the_basics() -> None:
    assert set(catalog.names()) >= REQUIRED
    assert catalog.names() == sorted(catalog.names())


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_every_query_has_a_description_and_runs(store, name: str) -> None:  # type: ignore[no-untyped-def]
    q = catalog.load(name)
    assert q.name == name and q.text.startswith("# ") and len(q.description) > 20
    assert catalog.describe()[name] == q.description
    assert len(store.select(q.text)) > 0, name


def test_unknown_name_lists_the_queries() -> None:
    with pytest.raises(QueryError, match=r'unknown query "leader": the queries are articles, conferences, '):
        catalog.load("leader")


def test_facts_queries_take_a_graph_binding(store) -> None:  # type: ignore[no-untyped-def]
    q = catalog.load("facts-post")
    assert ("graph", "an article graph, to export only that article") in q.params
    rows = list(store.select(q.text, {"graph": Term.uri(iris.article_graph("cb01"))}).values())
    assert [(r["doc"], r["person"]) for r in rows] == [("cb01", "Hoàng Văn Đức")]


def test_leaders_by_place_with_attested_dates(store) -> None:  # type: ignore[no-untyped-def]
    rows = list(store.select(catalog.load("leaders").text, {"province": Term.literal(HA_GIANG.name)}).values())
    assert {(r["role"], r["org"], r["person"], r["first"]) for r in rows} == {
        ("Phó Bí thư Thường trực", "Tỉnh ủy", "Sùng Minh Khoa", "2024-07-05"),
        ("Chủ tịch", "Hội đồng nhân dân", "Sùng Minh Khoa", "2024-07-05"),
    }
    assert len(store.select(catalog.load("leaders").text)) == 3  # unbound: every place


def test_documents_and_statistics_filters(store) -> None:  # type: ignore[no-untyped-def]
    rows = list(store.select(catalog.load("documents").text, {"type": Term.literal("Nghị quyết")}).values())
    assert [r["code"] for r in rows] == ["21-NQ/TW"]
    rows = list(store.select(catalog.load("statistics").text, {"measure": Term.literal("party_members")}).values())
    assert {(r["place"], r["value"]) for r in rows} == {("Hà Giang", 61250)}


def test_a_binding_is_data_not_sparql(store) -> None:  # type: ignore[no-untyped-def]
    evil = Term.literal('x" } } SELECT * WHERE { ?s ?p ?o } #')
    assert len(store.select(catalog.load("leaders").text, {"province": evil})) == 0


def test_query_text_from_name_file_or_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rq = tmp_path / "mine.rq"
    rq.write_text("# mine\nSELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    assert catalog.query_text(str(rq)) == rq.read_text(encoding="utf-8")
    assert catalog.query_text("leaders") == catalog.load("leaders").text
    assert catalog.query_text(None, "ASK {}") == "ASK {}"
    with pytest.raises(UsageError):
        catalog.query_text(None, None)
    with pytest.raises(QueryError, match="cannot read the query file"):
        catalog.query_text(str(tmp_path / "absent.rq"))
