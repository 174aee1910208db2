"""`vnkg serve`: a real HTTP SPARQL endpoint over the built seeds, queried over loopback."""

from __future__ import annotations

import json
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnkg.builder.store import OxigraphStore, SparqlStore
from vnkg.cli import cli
from vnkg.queries.server import serve


@pytest.fixture
def endpoint(built_seeds: Path) -> Iterator[str]:
    store = OxigraphStore(built_seeds)
    server = serve(store, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        store.close()


def test_query_over_http(endpoint: str) -> None:
    q = urllib.parse.quote("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    with urllib.request.urlopen(f"{endpoint}/query?query={q}", timeout=10) as resp:
        doc = json.load(resp)
    assert int(doc["results"]["bindings"][0]["n"]["value"]) >= 5


def test_vnkg_reads_its_own_endpoint(endpoint: str) -> None:
    remote = SparqlStore(endpoint + "/query")
    assert remote.select("ASK { GRAPH ?g { ?s ?p ?o } }").rows[0][0].value == "true"  # type: ignore[union-attr]


def test_writes_are_refused(endpoint: str) -> None:
    req = urllib.request.Request(endpoint + "/update", data=b"CLEAR ALL", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 403
    err.value.close()


def test_serve_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0 and "Example:" in result.stdout
