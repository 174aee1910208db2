"""The CSV tables: one row per fact with its article and evidence, fixed columns, UTF-8."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.exports.sample_graph import QT_TEXT, invented_store
from vnkg.builder.store import OxigraphStore
from vnkg.errors import UsageError
from vnkg.exports import run_export, tables


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tables") / "tables"
    message = run_export(invented_store(), "csv", out)
    assert message == f"wrote 6 posts, 2 documents, 2 statistics, 1 events to {out}"
    return out


def test_all_four_tables_with_their_header(folder: Path) -> None:
    assert sorted(p.name for p in folder.iterdir()) == ["documents.csv", "events.csv", "posts.csv", "statistics.csv"]
    for name, columns in tables.COLUMNS.items():
        header = (folder / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header == ",".join(columns)
        assert columns[:3] == ("article_id", "article_title", "article_date")
        assert columns[-4:] == ("evidence", "begin", "end", "iri")


def test_a_post_row_carries_its_article_and_sentence_offsets(folder: Path) -> None:
    rows = read(folder / "posts.csv")
    assert len(rows) == 6
    row = next(r for r in rows if r["person"] == "Phan Thị Ngọc Lan")
    assert (row["role"], row["org"], row["place"], row["status"]) == (
        "Phó Bí thư Thường trực",
        "Tỉnh ủy",
        "Quảng Trị",
        "current",
    )
    assert (row["article_id"], row["article_date"], row["attested"]) == ("inv_quang_tri", "2024-01-12", "2024-01-12")
    assert row["article_title"] == "Quảng Trị tổng kết công tác xây dựng Đảng"
    assert QT_TEXT[int(row["begin"]) : int(row["end"])] == row["evidence"]
    # Rows go by article, then by position in it.
    keys = [(r["article_id"], int(r["begin"])) for r in rows]
    assert keys == sorted(keys)


def test_documents_statistics_and_events(folder: Path) -> None:
    docs = {r["code"]: r for r in read(folder / "documents.csv")}
    assert docs["15-CTr/TU"]["issuer"] == "Tỉnh ủy"
    assert docs["15-CTr/TU"]["issuer_place"] == "Quảng Trị"
    assert docs["15-CTr/TU"]["date"] == "2022-03-03"
    assert docs["21-NQ/TW"]["issuer"] == "Ban Chấp hành Trung ương"
    stats = {r["measure"]: r for r in read(folder / "statistics.csv")}
    assert stats["members_admitted"]["value"] == "1234"
    assert stats["members_admitted"]["period_start"] == "2023-01"
    assert stats["party_members"]["measure_label"] == "tổng số đảng viên"
    (event,) = read(folder / "events.csv")
    assert (event["date"], event["organizer"], event["chairs"]) == (
        "2024-01-12",
        "Ban Thường vụ Tỉnh ủy",
        "Hà Minh Khuê",
    )


def test_one_table_as_text_and_the_same_twice() -> None:
    store = invented_store()
    text, message = tables.export_tables(store, None, table="statistics")
    assert message == ""
    assert text is not None
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["value"] for r in rows) == ["1234", "56789"]
    assert tables.export_tables(store, None, table="statistics")[0] == text


def test_one_table_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "events.csv"
    run_export(invented_store(), "csv", out, table="events")
    assert len(read(out)) == 1


def test_csv_needs_a_table_or_a_folder() -> None:
    with pytest.raises(UsageError, match="--table"):
        run_export(invented_store(), "csv", None)
    with pytest.raises(UsageError, match="unknown table 'people'"):
        tables.rows(invented_store(), "people")
    with pytest.raises(UsageError, match="--table goes with --format csv"):
        run_export(invented_store(), "graphml", None, table="posts")


def test_the_seeds_posts_table(built_seeds: Path, tmp_path: Path) -> None:
    store = OxigraphStore(built_seeds)
    try:
        run_export(store, "csv", tmp_path / "posts.csv", table="posts")
    finally:
        store.close()
    rows = read(tmp_path / "posts.csv")
    muon = [r for r in rows if r["person"] == "Lò Văn Muôn"]
    assert {(r["role"], r["org"], r["place"]) for r in muon} >= {("Phó Bí thư Thường trực", "Tỉnh ủy", "Điện Biên")}
    assert {r["article_id"] for r in muon} == {"000_0d91622d784508be"}
    assert all("Lò Văn Muôn" in r["evidence"] and int(r["end"]) > int(r["begin"]) for r in muon)
