"""stats: counts by class and by article, on the seeds and on a real Oxigraph server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from vnkg.builder.store import OxigraphStore, SparqlStore, by_graph
from vnkg.errors import UsageError
from vnkg.queries.stats import report, short, stats

SEED_DB = "000_0d91622d784508be"


@pytest.fixture(scope="module")
def seeds(built_seeds: Path) -> Iterator[OxigraphStore]:
    store = OxigraphStore(built_seeds)
    try:
        yield store
    finally:
        store.close()


def test_totals_cover_every_graph(seeds: OxigraphStore) -> None:
    s = stats(seeds)
    assert s.quads >= seeds.count() and s.graphs >= len(seeds.graphs())
    in_articles = sum(int(r["quads"]) for r in s.by_article.values())
    assert 0 < in_articles < s.quads  # the reference graphs (ontology, places) hold the rest
    assert s.articles == 5


def test_by_article_counts_the_facts_of_each(seeds: OxigraphStore) -> None:
    rows = {r["article"]: r for r in stats(seeds).by_article.values()}
    assert set(rows) == {
        SEED_DB,
        "001_5b9e00241872fa9c",
        "002_6ee5d33dd2aad39f",
        "003_6a45d8c008ef75fb",
        "004_5ac3e115995829a4",
    }
    db = rows[SEED_DB]  # Lò Văn Muôn's two posts and Vừ A Bằng's; 39,622 members and 8,292 admitted; one meeting
    assert (db["posts"], db["statistics"], db["events"], db["people"]) == (3, 2, 1, 2)
    assert rows["002_6ee5d33dd2aad39f"]["implements"] >= 3
    assert db["quads"] == len(
        seeds.dump("nquads", graph=f"https://w3id.org/vnkg/id/graph/article/{SEED_DB}").splitlines()
    )


def test_by_class_splits_article_and_reference_graphs(seeds: OxigraphStore) -> None:
    by_class = {r["class"]: r for r in stats(seeds).by_class.values()}
    assert by_class["org:Membership"]["articles"] == sum(r["posts"] for r in stats(seeds).by_article.values())
    assert by_class["org:Membership"]["reference"] == 0
    assert by_class["org:ChangeEvent"] == {"class": "org:ChangeEvent", "articles": 0, "reference": 34}
    assert by_class["schema:NewsArticle"]["articles"] == 5


def test_one_article(seeds: OxigraphStore) -> None:
    s = stats(seeds, SEED_DB)
    assert [r["article"] for r in s.by_article.values()] == [SEED_DB] and s.articles == 1
    with pytest.raises(UsageError, match=r'no article "nope" in the store'):
        stats(seeds, "nope")


def test_report_text_and_tables(seeds: OxigraphStore) -> None:
    s = stats(seeds)
    text = report(s)
    assert text.startswith(f"quads     {s.quads}\ngraphs    {s.graphs}\narticles  5\nfacts     ")
    assert "org:Membership" in text and SEED_DB in text
    csv = report(s, "article", "csv").splitlines()
    assert csv[0] == "article,posts,documents,implements,statistics,events,people,quads"
    assert csv[1].startswith(f"{SEED_DB},3,")
    with pytest.raises(UsageError, match="prints one table: add --by class or --by article"):
        report(s, None, "csv")
    with pytest.raises(UsageError, match="unknown output format 'xml'"):
        report(s, "class", "xml")


def test_short_names() -> None:
    assert short("http://www.w3.org/ns/org#Membership") == "org:Membership"
    assert short("https://w3id.org/vnkg/ontology#Roles") == "vnkg:Roles"
    assert short("urn:x") == "urn:x"


def test_the_same_counts_on_a_server(seeds: OxigraphStore, oxigraph_server: str) -> None:
    remote = SparqlStore(oxigraph_server)
    remote._post(remote.update_url, b"CLEAR ALL", "application/sparql-update", "*/*")
    remote.replace_graphs(by_graph(ox.parse(seeds.dump("nquads"), format=ox.RdfFormat.N_QUADS)))
    here, there = stats(seeds), stats(remote)
    assert (there.quads, there.graphs, there.articles) == (here.quads, here.graphs, here.articles)
    assert list(there.by_article.values()) == list(here.by_article.values())
    assert list(there.by_class.values()) == list(here.by_class.values())
