"""The read stage: .txt, folders, .jsonl, and bad inputs reported by name."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import DATA
from vnkg.builder.read import iter_articles
from vnkg.errors import InputError
from vnkg.records import RawArticle


def _split(items: list[RawArticle | InputError]) -> tuple[list[RawArticle], list[InputError]]:
    good = [i for i in items if isinstance(i, RawArticle)]
    bad = [i for i in items if isinstance(i, InputError)]
    return good, bad


def test_txt_article_id_is_file_stem(tmp_path: Path) -> None:
    f = tmp_path / "bai_01.txt"
    f.write_text("Tỉnh ủy Gia Lai tổ chức hội nghị.", encoding="utf-8")
    (article,) = list(iter_articles([f]))
    assert isinstance(article, RawArticle)
    assert article.id == "bai_01"
    assert article.origin == str(f)
    assert article.text.startswith("Tỉnh ủy Gia Lai")


def test_folders_are_read_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "z.txt").write_text("Bài z.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bài a.", encoding="utf-8")
    (tmp_path / "ghi-chu.md").write_text("không phải bài báo", encoding="utf-8")
    ids = [a.id for a in iter_articles([tmp_path]) if isinstance(a, RawArticle)]
    assert ids == ["a", "z"]


def test_jsonl_lines_carry_metadata_and_bad_lines_are_named() -> None:
    good, bad = _split(list(iter_articles([DATA / "mixed.jsonl"])))
    assert [a.id for a in good] == ["ok-1", "ok-2"]
    assert good[0].date == "2023-03-06" and good[0].source == "baoquangtri.vn"
    assert good[0].origin.endswith("mixed.jsonl:1")
    messages = [str(e) for e in bad]
    path = DATA / "mixed.jsonl"
    assert messages == [
        f"{path}:2: not valid JSON (Expecting ',' delimiter at column 43)",
        f"{path}:3: a line must be a JSON object with a 'text' key",
        f"{path}:4: no 'text' (or it is empty)",
    ]
    assert [e.line for e in bad] == [2, 3, 4]


def test_jsonl_without_id_gets_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "lo.jsonl"
    f.write_text('{"text": "Bài một."}\n\n{"text": "Bài hai."}\n', encoding="utf-8")
    assert [a.id for a in iter_articles([f]) if isinstance(a, RawArticle)] == ["lo-1", "lo-3"]


def test_empty_binary_and_non_utf8_files_are_reported() -> None:
    items = list(iter_articles([DATA / "empty.txt", DATA / "binary.txt", DATA / "latin1.txt"]))
    good, bad = _split(items)
    assert good == []
    assert str(bad[0]) == f"{DATA / 'empty.txt'}: is empty"
    assert str(bad[1]) == f"{DATA / 'binary.txt'}: is a binary file, not text"
    assert str(bad[2]).startswith(f"{DATA / 'latin1.txt'}: is not UTF-8 (bad byte at offset 6)")


def test_missing_path_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    ok.write_text("Bài.", encoding="utf-8")
    good, bad = _split(list(iter_articles([tmp_path / "khong-co.txt", ok])))
    assert [a.id for a in good] == ["ok"]
    assert str(bad[0]) == f"{tmp_path / 'khong-co.txt'}: no such file or folder"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffĐảng ủy xã.".encode())
    (a,) = list(iter_articles([f]))
    assert isinstance(a, RawArticle) and a.text == "Đảng ủy xã."


def test_a_bad_line_encoding_is_named_and_the_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "lan.jsonl"
    f.write_bytes(
        b'{"id": "a", "text": "B\xc3\xa0i m\xe1\xbb\x99t."}\n{"id": "b", "text": "\xb0\xea"}\n{"id": "c", "text": "Ba."}\n'
    )
    good, bad = _split(list(iter_articles([f])))
    assert [a.id for a in good] == ["a", "c"]
    assert [str(e) for e in bad] == [f"{f}:2: is not UTF-8 (bad byte at column 22); re-save it as UTF-8"]
