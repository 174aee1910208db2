"""`vnkg build`: exit codes and messages."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.conftest import DATA, EXAMPLES
from vnkg.cli import cli


def test_build_examples(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.startswith("built 3 articles, ")
    assert result.stderr.rstrip().endswith(f"into {store}")


def test_build_reports_bad_input_and_exits_1(tmp_path: Path) -> None:
    good = tmp_path / "tot.txt"
    good.write_text("Đồng chí Hà Văn Sơn, Bí thư Huyện ủy Quỳ Hợp phát biểu.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(DATA / "latin1.txt"), str(good), "--store", "memory:"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"{DATA / 'latin1.txt'}: is not UTF-8 (bad byte at offset 6); re-save it as UTF-8"
    assert lines[1].startswith("built 1 articles") and lines[1].endswith("; 1 inputs skipped")


def test_build_quiet(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(EXAMPLES), "--store", "memory:", "--quiet"])
    assert result.exit_code == 0 and result.stderr == ""


def test_build_needs_a_path() -> None:
    result = CliRunner().invoke(cli, ["build"])
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.stderr


def test_store_from_environment(tmp_path: Path) -> None:
    store = tmp_path / "env-store"
    result = CliRunner(env={"VNKG_STORE": str(store)}).invoke(cli, ["build", str(EXAMPLES)])
    assert result.exit_code == 0 and store.is_dir()
