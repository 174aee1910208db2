"""`vnkg export`: the facts from the store, and RDF."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from tests.conftest import EXAMPLES
from vnkg.cli import cli


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli-export") / "store"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


def test_export_facts_to_a_folder(example_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts"
    result = CliRunner().invoke(cli, ["export", "--format", "facts", "--store", str(example_store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.glob("*.jsonl"))
    assert files == ["vd01_hoi_nghi_tinh_uy.jsonl", "vd02_nhan_su_huyen.jsonl", "vd03_kiem_tra.jsonl"]
    records = [json.loads(line) for line in (out / "vd01_hoi_nghi_tinh_uy.jsonl").read_text().splitlines()]
    assert {r["type"] for r in records} >= {"post", "statistic", "event", "document"}
    assert result.stderr.startswith("wrote ")


def test_export_facts_to_one_file(example_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    result = CliRunner().invoke(cli, ["export", "-f", "facts", "--store", str(example_store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    docs = {json.loads(line)["doc"] for line in out.read_text().splitlines()}
    assert docs == {"vd01_hoi_nghi_tinh_uy", "vd02_nhan_su_huyen", "vd03_kiem_tra"}


def test_export_trig_to_stdout_parses(example_store: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", "trig", "--store", str(example_store)])
    assert result.exit_code == 0, result.stderr
    quads = list(ox.parse(result.stdout_bytes, format=ox.RdfFormat.TRIG))
    assert len(quads) > 100
    assert len({q.graph_name for q in quads}) >= 4  # one graph per article, and the reference graphs


def test_unknown_format_is_a_usage_error(example_store: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", "docx", "--store", str(example_store)])
    assert result.exit_code == 2
    assert result.stderr.startswith("vnkg: unknown export format 'docx'; choose one of facts, ")


def test_facts_need_an_output(example_store: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--format", "facts", "--store", str(example_store)])
    assert result.exit_code == 2
    assert "facts export needs -o DIR" in result.stderr


def test_export_rdf_of_one_province(example_store: Path) -> None:
    result = CliRunner().invoke(
        cli, ["export", "-f", "trig", "--province", "Ninh Thuận", "--store", str(example_store)]
    )
    assert result.exit_code == 0, result.stderr
    graphs = {q.graph_name.value for q in ox.parse(result.stdout_bytes, format=ox.RdfFormat.TRIG)}  # type: ignore[union-attr]
    assert graphs == {"https://w3id.org/vnkg/id/graph/article/vd01_hoi_nghi_tinh_uy"}


def test_province_goes_with_rdf_only(example_store: Path, tmp_path: Path) -> None:
    args = ["export", "-f", "facts", "--province", "Ninh Thuận", "--store", str(example_store), "-o", str(tmp_path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.stderr.startswith("vnkg: --province goes with an RDF format")
