"""`vnkg viz`: the page written, focus options, warnings and errors on stderr, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.exports.sample_graph import invented, store_of
from vnkg.cli import cli
from vnkg.exports.html import remote_links


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-viz") / "store"
    store_of(invented(), path).close()
    return path


def test_viz_writes_the_page(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"drew 20 nodes and 22 edges to {out}\n"
    page = out.read_text(encoding="utf-8")
    assert "Hà Minh Khuê" in page and remote_links(page) == []


def test_viz_focus_on_a_person(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.html"
    args = ["viz", "--store", str(store), "-o", str(out), "--person", "Tô Hữu Nghĩa", "--depth", "1", "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "Ủy ban nhân dân Cà Mau" in out.read_text(encoding="utf-8")
    assert "Hà Minh Khuê" not in out.read_text(encoding="utf-8")


def test_viz_warns_when_it_caps(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(store), "-o", str(out), "--max-nodes", "4"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("vnkg: the graph has 20 nodes, too many to draw usefully: drawing the 4 best")
    assert result.stderr.splitlines()[-1].startswith("drew 4 nodes and ")


def test_viz_unknown_focus_is_a_usage_error(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    result = CliRunner().invoke(cli, ["viz", "--store", str(store), "-o", str(out), "--province", "Atlantis"])
    assert result.exit_code == 2
    assert result.stderr == 'vnkg: nothing to draw: no province "Atlantis" in the graph\n'
    assert not out.exists()


def test_viz_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["viz", "--help"])
    assert result.exit_code == 0
    assert "vnkg viz --province" in result.output
    for option in ("--province", "--person", "--document", "--query", "--depth", "--max-nodes", "--store"):
        assert option in result.output


def test_the_new_export_formats_from_the_command_line(store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "-f", "csv", "--table", "posts", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("article_id,article_title,article_date,person,role")
    assert len(result.stdout.splitlines()) == 7
    result = runner.invoke(cli, ["export", "-f", "graphml", "--store", str(store), "-o", str(tmp_path / "g.graphml")])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("wrote 20 nodes and 22 edges as graphml")
    result = runner.invoke(cli, ["export", "-f", "popolo", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert '"persons"' in result.stdout and "Phan Thị Ngọc Lan" in result.stdout
    result = runner.invoke(cli, ["export", "-f", "csv", "--store", str(store)])
    assert result.exit_code == 2
    assert "--table" in result.stderr
