"""export_rdf: every format parses back to the same graph (rdflib, isomorphic)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from tests.builder.test_emit import sample_facts
from tests.exports.test_facts import store_of
from vnkg.errors import UsageError
from vnkg.exports.rdf import REGISTRY, export_rdf, get_format
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
