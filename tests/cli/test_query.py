"""`vnkg query`: files, named queries, inline SPARQL, parameters and formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from vnkg.cli import cli

COUNT_PEOPLE = (
    "PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
    "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a foaf:Person } }"
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli-query") / "store"
    assert CliRunner().invoke(cli, ["build", str(EXAMPLES), "--store", str(path)]).exit_code == 0
    return str(path)


def test_inline_sparql_csv(store: str) -> None:
    result = CliRunner().invoke(cli, ["query", "--sparql", COUNT_PEOPLE, "--format", "csv", "--store", store])
    assert result.exit_code == 0, result.stderr
    header, value = result.stdout.splitlines()
    assert header == "n" and int(value) >= 4


def test_query_file_json(store: str, tmp_path: Path) -> None:
    rq = tmp_path / "people.rq"
    rq.write_text(COUNT_PEOPLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(rq), "--format", "json", "--store", store])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"] == ["n"]


def test_parameter_is_bound_as_a_term(store: str) -> None:
    q = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?p WHERE { GRAPH ?g { ?p a foaf:Person ; foaf:name ?name } }"
    result = CliRunner().invoke(cli, ["query", "--sparql", q, "--param", 'name=x" } ; DROP ALL', "--store", store])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].strip() == "p"
    assert len(result.stdout.splitlines()) == 2  # header and rule: no rows, and nothing dropped


def test_bad_sparql_is_one_line(store: str) -> None:
    result = CliRunner().invoke(cli, ["query", "--sparql", "SELEC ?x", "--store", store])
    assert result.exit_code == 1
    assert result.stderr.startswith("vnkg: SPARQL syntax error")
    assert len(result.stderr.splitlines()) == 1


def test_bad_param_is_a_usage_error(store: str) -> None:
    result = CliRunner().invoke(cli, ["query", "--sparql", COUNT_PEOPLE, "--param", "novalue", "--store", store])
    assert result.exit_code == 2
    assert result.stderr == "vnkg: --param 'novalue': write it as NAME=VALUE\n"
