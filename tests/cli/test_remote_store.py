"""The same commands against a real Oxigraph SPARQL server as against the embedded store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import EXAMPLES
from vnkg.builder.store import SparqlStore
from vnkg.cli import cli


def _facts(folder: Path) -> dict[str, list[dict[str, object]]]:
    return {f.stem: [json.loads(line) for line in f.read_text().splitlines()] for f in sorted(folder.glob("*.jsonl"))}


def test_build_export_query_against_a_server(oxigraph_server: str, tmp_path: Path) -> None:
    server = SparqlStore(oxigraph_server)
    server._post(server.update_url, b"CLEAR ALL", "application/sparql-update", "*/*")
    runner = CliRunner()

    for _ in range(2):  # building twice leaves the same quads
        result = runner.invoke(cli, ["build", str(EXAMPLES), "--store", oxigraph_server])
        assert result.exit_code == 0, result.stderr
        quads = server.count()
    assert server.count() == quads

    local = tmp_path / "local"
    assert runner.invoke(cli, ["build", str(EXAMPLES), "--store", str(local)]).exit_code == 0

    out_remote, out_local = tmp_path / "remote-facts", tmp_path / "local-facts"
    assert (
        runner.invoke(cli, ["export", "-f", "facts", "--store", oxigraph_server, "-o", str(out_remote)]).exit_code == 0
    )
    assert runner.invoke(cli, ["export", "-f", "facts", "--store", str(local), "-o", str(out_local)]).exit_code == 0
    assert _facts(out_remote) == _facts(out_local)
    assert sum(len(v) for v in _facts(out_remote).values()) > 10

    q = ["query", "leaders", "--param", "province=Ninh Thuận", "--format", "csv"]
    remote_rows = runner.invoke(cli, [*q, "--store", oxigraph_server]).stdout
    local_rows = runner.invoke(cli, [*q, "--store", str(local)]).stdout
    assert remote_rows == local_rows and len(remote_rows.splitlines()) > 1


def test_unreachable_server_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--store", "http://127.0.0.1:9"])
    assert result.exit_code == 1
    assert result.stderr.startswith("vnkg: http://127.0.0.1:9/query: cannot reach the SPARQL endpoint")
    assert len(result.stderr.splitlines()) == 1
