"""`vnkg stats`: counts as tables, one table as CSV, and the errors."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from vnkg.cli import cli

SEED_DB = "000_0d91622d784508be"


def test_stats_prints_totals_and_both_tables(built_seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--store", str(built_seeds)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("quads     ") and lines[2] == "articles  5"
    assert lines[3].startswith("facts     ") and "(posts " in lines[3]
    assert "By class (distinct nodes in article graphs / in reference graphs):" in lines
    assert any(line.startswith("org:Membership ") for line in lines)
    assert any(line.startswith(SEED_DB + " ") for line in lines)


def test_one_table_as_csv(built_seeds: Path) -> None:
    args = ["stats", "--by", "article", "--format", "csv", "--article", SEED_DB, "--store", str(built_seeds)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    header, row = result.stdout.splitlines()
    assert header == "article,posts,documents,implements,statistics,events,people,quads"
    assert row.startswith(f"{SEED_DB},3,")


def test_csv_needs_one_table(built_seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--format", "csv", "--store", str(built_seeds)])
    assert result.exit_code == 2
    assert result.stderr == "vnkg: --format csv prints one table: add --by class or --by article\n"


def test_unknown_article(built_seeds: Path) -> None:
    result = CliRunner().invoke(cli, ["stats", "--article", "nope", "--store", str(built_seeds)])
    assert result.exit_code == 2
    assert result.stderr == 'vnkg: no article "nope" in the store: `vnkg query articles` lists them\n'
