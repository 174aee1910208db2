"""export_rdf: every format parses back to the same graph (rdflib, isomorphic)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.builder.test_emit import sample_facts
from tests.exports.test_facts import store_of
from vnkg.errors import UsageError
from vnkg.exports.rdf import REGISTRY, export_rdf, focus, get_format
from vnkg.ontology import iris
from vnkg.records import Article, ArticleFacts


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    return store_of(sample_facts(), ArticleFacts(Article("lc01", 'Một câu có "ngoặc" và \\ gạch.', "t"), ()))


@pytest.fixture(scope="module")
def dataset(store) -> rdflib.Dataset:  # type: ignore[no-untyped-def]
    return parse_dataset(store.dump("nquads"), "nquads")


def parse_dataset(data: bytes, fmt: str) -> rdflib.Dataset:
    """A dataset parsed by rdflib (whose Dataset.parse warns about its own deprecated API)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        ds = rdflib.Dataset()
        ds.parse(data=data, format=fmt)
    return ds


def union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize(
    ("fmt", "rdflib_fmt"),
    [("trig", "trig"), ("nq", "nquads"), ("nquads", "nquads"), ("json-ld", "json-ld"), ("jsonld", "json-ld")],
)
def test_dataset_formats_round_trip(store, dataset: rdflib.Dataset, fmt: str, rdflib_fmt: str) -> None:  # type: ignore[no-untyped-def]
    data = export_rdf(store, fmt, None)
    assert data
    back = parse_dataset(data, rdflib_fmt)
    assert {str(g.identifier) for g in back.graphs() if len(g)} == {
        str(g.identifier) for g in dataset.graphs() if len(g)
    }
    for g in dataset.graphs():
        if len(g):
            assert isomorphic(back.graph(g.identifier), g), f"{fmt}: {g.identifier}"


@pytest.mark.parametrize(
    ("fmt", "rdflib_fmt"), [("turtle", "turtle"), ("ttl", "turtle"), ("nt", "nt"), ("ntriples", "nt")]
)
def test_triple_formats_are_the_union(store, dataset: rdflib.Dataset, fmt: str, rdflib_fmt: str) -> None:  # type: ignore[no-untyped-def]
    back = rdflib.Graph().parse(data=export_rdf(store, fmt, None), format=rdflib_fmt)
    assert isomorphic(back, union(dataset))


def test_one_graph_to_a_file(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sub" / "hg01.trig"
    assert export_rdf(store, "trig", out, graph=iris.article_graph("hg01")) is None
    back = parse_dataset(out.read_bytes(), "trig")
    assert {str(g.identifier) for g in back.graphs() if len(g)} == {iris.article_graph("hg01")}
    assert not list(out.parent.glob(".*.tmp"))


def test_exports_are_byte_stable(store) -> None:  # type: ignore[no-untyped-def]
    assert export_rdf(store, "nquads", None) == export_rdf(store, "nquads", None)
    assert export_rdf(store, "turtle", None) == export_rdf(store, "turtle", None)


def test_registry_lists_every_alias() -> None:
    assert set(REGISTRY) == {
        "turtle",
        "ttl",
        "trig",
        "nquads",
        "nq",
        "n-quads",
        "ntriples",
        "nt",
        "n-triples",
        "jsonld",
        "json-ld",
    }
    assert get_format("TTL").name == "turtle"


def test_unknown_format_names_the_known_ones(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match=r'unknown RDF format "rdfxml": use one of json-ld, jsonld, n-quads'):
        export_rdf(store, "rdfxml", None)


# --- Focus: one article's graph (--article ID) or any named graph (--graph IRI)


@pytest.mark.parametrize(
    ("fmt", "rdflib_fmt", "dataset_format"),
    [
        ("turtle", "turtle", False),
        ("ntriples", "nt", False),
        ("trig", "trig", True),
        ("nquads", "nquads", True),
        ("jsonld", "json-ld", True),
    ],
)
def test_one_article_round_trips(  # type: ignore[no-untyped-def]
    store, dataset: rdflib.Dataset, fmt: str, rdflib_fmt: str, dataset_format: bool
) -> None:
    graph = focus(store, article="hg01")
    assert graph == iris.article_graph("hg01")
    data = export_rdf(store, fmt, None, graph=graph)
    assert data
    expected = dataset.graph(rdflib.URIRef(graph))
    assert len(expected) > 20
    if dataset_format:
        back = parse_dataset(data, rdflib_fmt)
        assert {str(g.identifier) for g in back.graphs() if len(g)} == {graph}
        assert isomorphic(back.graph(rdflib.URIRef(graph)), expected)
    else:
        assert isomorphic(rdflib.Graph().parse(data=data, format=rdflib_fmt), expected)


def test_focus_on_a_graph_or_nothing(store) -> None:  # type: ignore[no-untyped-def]
    assert focus(store) is None
    assert focus(store, graph=iris.article_graph("hg01")) == iris.article_graph("hg01")
    assert focus(store, article="lc01") == iris.article_graph("lc01")  # quotes and backslashes in its text


@pytest.mark.parametrize(
    ("graph", "article", "message"),
    [
        (None, "nope", r'no article "nope" in the store: `vnkg query articles` lists the article graphs'),
        ("https://example.org/none", None, r"no graph <https://example.org/none> in the store"),
        ("x> { } <y", None, r'--graph "x> \{ \} <y" is not an IRI'),
        ("plain", None, r'--graph "plain" is not an IRI'),
        (iris.PLACES_GRAPH, "hg01", r"give --graph or --article, not both"),
    ],
)
def test_focus_errors_name_the_fix(store, graph: str | None, article: str | None, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UsageError, match=message):
        focus(store, graph=graph, article=article)


def test_export_article_from_the_command_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tests.exports.sample_graph import store_of as store_on_disk
    from vnkg.cli import cli

    path = tmp_path / "store"
    store_on_disk([sample_facts()], path).close()
    args = ["export", "--format", "trig", "--article", "hg01", "--store", str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    back = parse_dataset(result.stdout_bytes, "trig")
    assert {str(g.identifier) for g in back.graphs() if len(g)} == {iris.article_graph("hg01")}
    result = CliRunner().invoke(cli, ["export", "--format", "turtle", "--article", "nope", "--store", str(path)])
    assert result.exit_code == 2
    assert result.stderr.startswith('vnkg: no article "nope" in the store')


def test_province_focus_keeps_the_articles_that_name_it(built_seeds: Path) -> None:
    from vnkg.builder.store import OxigraphStore
    from vnkg.exports.rdf import export_rdf, province_graphs
    from vnkg.ontology import iris

    store = OxigraphStore(built_seeds)
    try:
        graphs = province_graphs(store, "Bến Tre")  # seed 002 is about its district Mỏ Cày Bắc
        assert graphs == [iris.article_graph("002_6ee5d33dd2aad39f")]
        data = export_rdf(store, "trig", None, graphs=graphs)
        assert data is not None
        quads = list(ox.parse(data, format=ox.RdfFormat.TRIG))
        assert {q.graph_name.value for q in quads} == set(graphs)  # type: ignore[union-attr]
        with pytest.raises(UsageError, match='no article names "Cà Mau"'):
            province_graphs(store, "Cà Mau")
    finally:
        store.close()
