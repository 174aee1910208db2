"""`vnkg validate`: the built seeds conform to the shapes; a broken graph does not."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from vnkg.builder.store import OxigraphStore
from vnkg.cli import cli


def test_built_seeds_conform(built_seeds: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", "--store", str(built_seeds)])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stderr == "conforms\n"


def test_a_person_without_a_name_is_a_violation(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    g = ox.NamedNode("https://w3id.org/vnkg/id/graph/broken")
    person = ox.NamedNode("https://w3id.org/vnkg/id/person/x")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    store.replace_graphs({g.value: [ox.Quad(person, rdf_type, ox.NamedNode("http://xmlns.com/foaf/0.1/Person"), g)]})
    store.close()
    result = CliRunner().invoke(cli, ["validate", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert result.stdout.startswith("https://w3id.org/vnkg/id/person/x\thttps://schema.org/name\t")
    assert result.stderr == "1 violations\n"


def test_articles_may_attribute_one_document_differently(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Tỉnh ủy Phú Yên quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị.", encoding="utf-8")
    (folder / "b.txt").write_text("Huyện ủy Tuy An thực hiện Chỉ thị số 05-CT/TW của Ban Bí thư.", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(folder), "--store", str(tmp_path / "s")]).exit_code == 0
    result = runner.invoke(cli, ["validate", "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.stdout
    assert result.stderr == "conforms\n"
