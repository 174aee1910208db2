"""Stores: the embedded Oxigraph store and a real Oxigraph SPARQL server answer alike."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from vnkg.builder.store import _PENDING, OxigraphStore, SparqlStore, _marker, bind_values, open_store
from vnkg.errors import StoreError, UsageError
from vnkg.records import Term

EX = "https://example.org/"
G1, G2 = EX + "g/1", EX + "g/2"
NAME = ox.NamedNode(EX + "name")


def _quads(graph: str, *names: str) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(ox.NamedNode(EX + f"p{n}"), NAME, ox.Literal(name), g) for n, name in enumerate(names)]


NAMES_IN = "SELECT ?name WHERE { GRAPH ?g { ?p <https://example.org/name> ?name } } ORDER BY ?name"


@pytest.fixture(params=["embedded", "server"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> OxigraphStore | SparqlStore:
    if request.param == "embedded":
        return OxigraphStore(tmp_path / "store")
    server = SparqlStore(request.getfixturevalue("oxigraph_server"))
    server._post(server.update_url, b"CLEAR ALL", "application/sparql-update", "*/*")
    return server


def test_replace_graph_swaps_its_content(store: OxigraphStore | SparqlStore) -> None:
    store.replace_graphs({G1: _quads(G1, "Lò Văn Ba", "Hà Thị Tư"), G2: _quads(G2, "Vi Văn Năm")})
    assert store.count() == 3
    store.replace_graphs({G1: _quads(G1, "Lò Văn Ba")})
    assert [r["name"] for r in store.select(NAMES_IN).values()] == ["Lò Văn Ba", "Vi Văn Năm"]
    assert store.graphs() == [G1, G2]


def test_rebuilding_the_same_graph_does_not_duplicate(store: OxigraphStore | SparqlStore) -> None:
    for _ in range(3):
        store.replace_graphs({G1: _quads(G1, "Lò Văn Ba", "Hà Thị Tư")})
    assert store.count() == 2


def test_a_failed_write_changes_nothing(store: OxigraphStore | SparqlStore) -> None:
    store.replace_graphs({G1: _quads(G1, "Lò Văn Ba")})
    bad = [ox.Quad(ox.NamedNode(EX + "x"), NAME, ox.Literal("y"), ox.NamedNode("urn:bad"))]
    with pytest.raises(StoreError):
        # One graph of the batch cannot be written: the batch leaves the store as it was.
        store.replace_graphs({G1: _quads(G1, "Đổi Tên"), "bad iri with spaces": bad})
    assert [r["name"] for r in store.select(NAMES_IN).values()] == ["Lò Văn Ba"]


def _bytes(quads: list[ox.Quad]) -> bytes:
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def test_a_graph_given_as_nquads_bytes_is_stored_as_its_quads(store: OxigraphStore | SparqlStore) -> None:
    tricky = 'Ông "X"\\ \n Ba'  # escaped in N-Quads: quote, backslash, line break
    store.replace_graphs({G1: _bytes(_quads(G1, tricky, "Lò Văn Ba"))})  # new: bulk-loaded (embedded)
    assert [r["name"] for r in store.select(NAMES_IN).values()] == ["Lò Văn Ba", tricky]
    store.replace_graphs({G1: _bytes(_quads(G1, "Hà Thị Tư"))})  # existing: swapped by an update
    assert [r["name"] for r in store.select(NAMES_IN).values()] == ["Hà Thị Tư"]


def test_nquads_bytes_naming_another_graph_are_refused(store: OxigraphStore | SparqlStore) -> None:
    store.replace_graphs({G1: _quads(G1, "Lò Văn Ba")})
    with pytest.raises(StoreError, match="another graph"):
        store.replace_graphs({G1: _bytes(_quads(G2, "Vi Văn Năm"))})
    assert [r["name"] for r in store.select(NAMES_IN).values()] == ["Lò Văn Ba"]


def test_bindings_are_terms_not_query_text(store: OxigraphStore | SparqlStore) -> None:
    tricky = 'Ông "X" } ; DROP ALL ; { <a>'
    store.replace_graphs({G1: _quads(G1, tricky, "Lò Văn Ba")})
    q = "SELECT ?p WHERE { GRAPH ?g { ?p <https://example.org/name> ?name } }"
    rows = store.select(q, {"name": Term.literal(tricky)})
    assert len(rows) == 1
    assert store.count() == 2  # nothing was dropped


def test_dump_formats(store: OxigraphStore | SparqlStore) -> None:
    store.replace_graphs({G1: _quads(G1, "Lò Văn Ba")})
    nq = store.dump("nquads")
    assert b"<https://example.org/g/1>" in nq and "Lò Văn Ba".encode() in nq
    ttl = store.dump("turtle", graph=G1)
    assert "Lò Văn Ba".encode() in ttl and b"g/1" not in ttl
    with pytest.raises(UsageError, match="turtle holds one graph"):
        store.dump("turtle")


def test_ask_and_syntax_errors(tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "s")
    assert st.select("ASK { }").rows[0][0].value == "true"  # type: ignore[union-attr]
    with pytest.raises(Exception, match="SPARQL syntax error"):
        st.select("SELEC nothing")


def test_open_store_by_name(tmp_path: Path) -> None:
    assert isinstance(open_store("memory:"), OxigraphStore)
    assert open_store("memory:").location == "memory:"
    assert isinstance(open_store(str(tmp_path / "disk")), OxigraphStore)
    assert isinstance(open_store(f"oxigraph:{tmp_path / 'disk2'}"), OxigraphStore)
    remote = open_store("http://127.0.0.1:9/")
    assert isinstance(remote, SparqlStore)
    assert (remote.query_url, remote.update_url) == ("http://127.0.0.1:9/query", "http://127.0.0.1:9/update")
    fuseki = SparqlStore("http://localhost:3030/ds/query")
    assert fuseki.update_url == "http://localhost:3030/ds/update"


def test_unreachable_endpoint_is_one_clear_error() -> None:
    st = SparqlStore("http://127.0.0.1:9", timeout=2)
    with pytest.raises(StoreError, match=r"http://127.0.0.1:9/query: cannot reach the SPARQL endpoint"):
        st.count()


def test_store_env_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VNKG_STORE", str(tmp_path / "env-store"))
    st = open_store(None)
    assert st.location == str(tmp_path / "env-store")


def test_values_block_goes_inside_where() -> None:
    q = bind_values("SELECT ?x WHERE { ?x ?p ?v } LIMIT 3", {"v": Term.literal("a}b")})
    assert q == 'SELECT ?x WHERE { VALUES (?v) { ("a}b") }  ?x ?p ?v } LIMIT 3'


def test_a_half_written_bulk_load_is_dropped_on_open(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    good = "https://w3id.org/vnkg/id/graph/article/good"
    store.replace_graphs({good: _quads(good, "Lò Văn Ba")})
    # What a crash during a bulk load leaves: the graph marked pending, some of its quads in.
    half = "https://w3id.org/vnkg/id/graph/article/half"
    store._store.extend([_marker(half, _PENDING)])
    store._store.bulk_extend(_quads(half, "Hà Thị Tư"))
    store.close()
    reopened = OxigraphStore(tmp_path / "s")
    assert reopened.graphs() == [good]
    assert reopened.count() == 1
    reopened.replace_graphs({half: _quads(half, "Hà Thị Tư", "Vi Văn Năm")})
    assert reopened.count() == 3


def test_graphs_the_manifest_never_saw_are_left_alone(tmp_path: Path) -> None:
    raw = ox.Store(str(tmp_path / "s"))
    other = "https://w3id.org/vnkg/id/graph/article/loaded-elsewhere"
    raw.extend(_quads(other, "Lò Văn Ba"))
    del raw
    store = OxigraphStore(tmp_path / "s")
    assert store.graphs() == [other]
    store.replace_graphs({other: _quads(other, "Hà Thị Tư")})  # re-built: swapped, then listed
    assert [r["name"] for r in store.select(NAMES_IN).values()] == ["Hà Thị Tư"]


def test_replacing_with_nothing_empties_the_graph(store: OxigraphStore | SparqlStore) -> None:
    store.replace_graphs({G1: _quads(G1, "Lò Văn Ba"), G2: _quads(G2, "Vi Văn Năm")})
    store.replace_graphs({G1: []})
    assert [r["name"] for r in store.select(NAMES_IN).values()] == ["Vi Văn Năm"]
