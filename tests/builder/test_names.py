"""Person names: Kinh and ethnic-minority names, honorifics, slips, short later mentions."""

from __future__ import annotations

import pytest

from vnkg.builder.mentions import names, people
from vnkg.records import Article


def _name(text: str) -> str | None:
    pos = names.skip_honorifics(text, 0)
    span = names.name_at(text, pos)
    return text[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nguyễn Thị Minh Khai phát biểu", "Nguyễn Thị Minh Khai"),
        ("đồng chí Lò Văn Sinh, Bí thư", "Lò Văn Sinh"),
        ("ông Vừ A Lử cho biết", "Vừ A Lử"),
        ("Y Ngông Niê phát biểu", "Y Ngông Niê"),
        ("bà H'Bla Ayun, Phó Chủ tịch", "H'Bla Ayun"),
        ("Thượng tướng Lê Văn Hùng dự", "Lê Văn Hùng"),
        ("đồng chí Thượng tướng Triệu Văn Mạnh", "Triệu Văn Mạnh"),
        ("Ksor Phước Hà, Phó Chủ tịch", "Ksor Phước Hà"),
    ],
)
def test_full_names(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh ủy Gia Lai",  # not a surname
        "Nguyễn",  # one syllable is not a full name
        "Đoàn ĐBQH tỉnh",  # an abbreviation is not a given name
        "xã Phương Thiện",  # a commune
    ],
)
def test_not_names(text: str) -> None:
    start = text.find("Phương") if text.startswith("xã") else 0
    assert names.name_at(text, start) is None


def _people(text: str) -> list[tuple[str, str]]:
    found = people.find(Article(id="t", text=text, origin="test"), [], [])
    return [(m.text, m.value) for m in found if m.kind == "person"]


def test_short_later_mentions_are_the_full_name() -> None:
    text = "Ông Trịnh Văn Quyết, Bí thư Huyện ủy phát biểu. Đồng chí Quyết nhấn mạnh. Ông Quyết cho biết."
    assert _people(text) == [
        ("Trịnh Văn Quyết", "Trịnh Văn Quyết"),
        ("Quyết", "Trịnh Văn Quyết"),
        ("Quyết", "Trịnh Văn Quyết"),
    ]


def test_a_lower_case_slip_is_completed_from_the_full_name() -> None:
    text = "Có Phó Bí thư Lê Hồng phúc dự. Đồng chí Lê Hồng Phúc phát biểu."
    assert [v for _, v in _people(text)] == ["Lê Hồng Phúc", "Lê Hồng Phúc"]


def test_a_place_is_not_a_name() -> None:
    assert _people("Bí thư Thành ủy Hà Nội Đinh Tiến Long") == [("Đinh Tiến Long", "Đinh Tiến Long")]


def test_a_title_alone_later_names_the_same_person() -> None:
    text = "Đồng chí Mùa A Vảng, Bí thư Huyện ủy chủ trì. Phát biểu kết luận, Bí thư Huyện ủy nhấn mạnh."
    found = people.find(Article(id="t", text=text, origin="test"), [], [])
    titles = [m for m in found if m.kind == "title"]
    assert [(m.attr("person"), m.attr("coref")) for m in titles] == [("Mùa A Vảng", None), ("Mùa A Vảng", "1")]


def test_a_title_word_is_not_a_name_but_a_given_name_like_one_is() -> None:
    assert names.name_at("Phó Giám đốc Sở Xây dựng", 0) is None
    assert _name("ông Nguyễn Văn Thường, Phó Giám đốc") == "Nguyễn Văn Thường"
