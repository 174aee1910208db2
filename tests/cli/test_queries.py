"""`vnkg queries` and `vnkg query NAME --param`: the catalogue from the command line, on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from vnkg.cli import cli
from vnkg.queries import catalog

SEED_DB = "000_0d91622d784508be"


def test_queries_lists_every_name_with_its_description() -> None:
    result = CliRunner().invoke(cli, ["queries"])
    assert result.exit_code == 0, result.stderr
    listed = {line.split()[0]: line.split(None, 1)[1] for line in result.stdout.splitlines()}
    assert set(listed) == set(catalog.names())
    assert listed["merged-province"] == catalog.load("merged-province").description
    assert {
        "leaders",
        "person-posts",
        "multiple-posts",
        "place-documents",
        "resolution-uptake",
        "statistics",
        "conferences",
        "one-article",
        "merged-province",
    } <= set(listed)


def test_leaders_of_a_province_as_csv(built_seeds: Path) -> None:
    args = ["query", "leaders", "--param", "province=Điện Biên", "--format", "csv", "--store", str(built_seeds)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "place,org,role,person,first,last,dates,statuses,articles"
    assert (
        f"Điện Biên,Tỉnh ủy,Phó Bí thư Thường trực,Lò Văn Muôn,2019-08-08,2019-08-08,2019-08-08,current,{SEED_DB}"
        in lines
    )
    assert len(lines) == 4


def test_a_persons_posts_as_json(built_seeds: Path) -> None:
    args = ["query", "person-posts", "-p", "person=Lò Văn Muôn", "-f", "json", "--store", str(built_seeds)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["results"]["bindings"]
    assert {(r["role"]["value"], r["attested"]["value"]) for r in rows} == {
        ("Phó Bí thư Thường trực", "2019-08-08"),
        ("Chủ tịch", "2019-08-08"),
    }
    assert rows[0]["attested"]["datatype"] == "http://www.w3.org/2001/XMLSchema#date"


def test_a_resolution_by_code(built_seeds: Path) -> None:
    args = ["query", "resolution-uptake", "-p", "code=04-NQ/TW", "-f", "tsv", "--store", str(built_seeds)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    documents = {line.split("\t")[1] for line in result.stdout.splitlines()[1:]}
    assert documents == {"Chương trình hành động 21-CTr/TU", "Chương trình hành động 17-CTr/HU"}


def test_a_hostile_value_finds_nothing_and_changes_nothing(built_seeds: Path) -> None:
    before = CliRunner().invoke(cli, ["stats", "--by", "article", "-f", "csv", "--store", str(built_seeds)]).stdout
    evil = 'province=x" } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o } #'
    result = CliRunner().invoke(cli, ["query", "leaders", "-p", evil, "--store", str(built_seeds)])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2  # header and rule, no rows
    after = CliRunner().invoke(cli, ["stats", "--by", "article", "-f", "csv", "--store", str(built_seeds)]).stdout
    assert after == before and len(after.splitlines()) == 6
