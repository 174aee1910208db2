"""Titles: roles, bodies, boards, abbreviations, central titles, lists of titles."""

from __future__ import annotations

import pytest

from vnkg.builder import gazetteer
from vnkg.builder.mentions import names, titles


def _chain(text: str) -> list[tuple[str, str | None, str | None]]:
    places = {f.start: f for f in gazetteer.scan(text)}
    chain, _ = titles.parse_chain(text, 0, places, len(text))
    out = []
    for t, _former in chain:
        where = t.place.candidates[0].name if t.place else None
        out.append((t.role, t.org, where))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bí thư Tỉnh ủy Bắc Kạn", [("Bí thư", "Tỉnh ủy", "Bắc Kạn")]),
        ("Phó Bí thư Thường trực Huyện ủy", [("Phó Bí thư Thường trực", "Huyện ủy", None)]),
        ("phó bí thư thường trực thành ủy", [("Phó Bí thư Thường trực", "Thành ủy", None)]),
        ("Phó Bí thư chuyên trách Đảng ủy", [("Phó Bí thư", "Đảng ủy", None)]),
        ("Ủy viên Thường vụ Tỉnh ủy", [("Ủy viên Ban Thường vụ", "Tỉnh ủy", None)]),
        ("UV BTV Tỉnh ủy", [("Ủy viên Ban Thường vụ", "Tỉnh ủy", None)]),
        ("Ủy viên BCH Đảng bộ tỉnh", [("Ủy viên Ban Chấp hành", "Tỉnh ủy", None)]),
        ("Tỉnh ủy viên", [("Ủy viên Ban Chấp hành", "Tỉnh ủy", None)]),
        ("TUV", [("Ủy viên Ban Chấp hành", "Tỉnh ủy", None)]),
        ("Huyện ủy viên", [("Ủy viên Ban Chấp hành", "Huyện ủy", None)]),
        ("Chủ tịch HĐND tỉnh", [("Chủ tịch", "Hội đồng nhân dân", None)]),
        ("Phó Chủ tịch Thường trực UBND tỉnh Kon Tum", [("Phó Chủ tịch", "Ủy ban nhân dân", "Kon Tum")]),
        ("Chủ tịch UBMTTQVN tỉnh", [("Chủ tịch", "Ủy ban Mặt trận Tổ quốc", None)]),
        ("Trưởng Ban Tổ chức Tỉnh ủy", [("Trưởng ban", "Ban Tổ chức Tỉnh ủy", None)]),
        ("Trưởng ban Tuyên giáo Huyện ủy", [("Trưởng ban", "Ban Tuyên giáo Huyện ủy", None)]),
        ("Phó Ban trực Ban Dân vận Thị ủy", [("Phó Trưởng ban", "Ban Dân vận Thị ủy", None)]),
        ("Chủ nhiệm UBKT Huyện ủy", [("Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy", None)]),
        ("Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh", [("Phó Trưởng đoàn", "Đoàn Đại biểu Quốc hội", None)]),
        ("Ủy viên chuyên trách UBKT Tỉnh ủy", [("Ủy viên", "Ủy ban Kiểm tra Tỉnh ủy", None)]),
        ("Phó Trưởng BTG Tỉnh ủy", [("Phó Trưởng ban", "Ban Tuyên giáo Tỉnh ủy", None)]),
        ("Giám đốc Sở TN&MT", [("Giám đốc", "Sở Tài nguyên và Môi trường", None)]),
        ("Giám đốc Sở Giao thông-Vận tải", [("Giám đốc", "Sở Giao thông vận tải", None)]),
        ("Trưởng Ban Tổ chức Hội thi", [("-", "Ban Tổ chức", None)]),  # another body's board: no post
        ("quyền Chủ tịch UBND tỉnh", [("-", "Ủy ban nhân dân", None)]),
        ("Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương", [("Phó Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", None)]),
        ("Trưởng Đoàn ĐBQH tỉnh Hòa Bình", [("Trưởng đoàn", "Đoàn Đại biểu Quốc hội", "Hòa Bình")]),
        ("Ủy viên Bộ Chính trị", [("Ủy viên", "Bộ Chính trị", None)]),
        ("UVTƯ Đảng", [("Ủy viên", "Ban Chấp hành Trung ương", None)]),
        ("UVT.Ư", [("Ủy viên", "Ban Chấp hành Trung ương", None)]),
        ("Ủy viên Ban Chấp hành Trung ương Đảng", [("Ủy viên", "Ban Chấp hành Trung ương", None)]),
        ("Bí thư Trung ương Đảng", [("Bí thư", "Ban Bí thư", None)]),
        ("Tổng Bí thư", [("Tổng Bí thư", "Ban Chấp hành Trung ương", None)]),
        ("Thủ tướng Chính phủ", [("Thủ tướng", "Chính phủ", None)]),
        ("Bộ trưởng Bộ Tư pháp", [("Bộ trưởng", "Bộ Tư pháp", None)]),
        ("Thứ trưởng Bộ Y tế", [("Thứ trưởng", "Bộ Y tế", None)]),
        ("Giám đốc Sở Y tế tỉnh Bình Phước", [("Giám đốc", "Sở Y tế", "Bình Phước")]),
        ("Giám đốc Công an tỉnh", [("Giám đốc", "Công an tỉnh", None)]),
        ("Bí thư Đảng ủy xã Nà Khoang Lùng", [("Bí thư", "Đảng ủy", None)]),  # a commune the lexicon lacks
    ],
)
def test_one_title(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _chain(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Phó Thủ tướng",
        "Chánh Văn phòng Tỉnh ủy",
        "Vụ trưởng Vụ Địa phương",
        "Hiệu trưởng Trường Chính trị tỉnh",
        "Bí thư Chi bộ thôn",
        "Ủy viên Ban cán sự đảng",
        "Bí thư Thành đoàn",
        "Bí thư Trung ương Đoàn",
        "Ủy viên Ban Thường vụ Quân ủy Trung ương",
        "Trưởng đoàn kiểm tra",
        "Chủ tịch Hội Nông dân tỉnh",
    ],
)
def test_titles_that_are_never_posts(text: str) -> None:
    assert all(role == "-" or org is None for role, org, _ in _chain(text))


def test_a_list_of_titles_with_abbreviations_and_a_term() -> None:
    text = "Ủy viên BTV Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy khóa XVII, Phó Trưởng Đoàn ĐBQH tỉnh Sóc Trăng"
    assert _chain(text) == [
        ("Ủy viên Ban Thường vụ", "Tỉnh ủy", None),
        ("Trưởng ban", "Ban Nội chính Tỉnh ủy", None),
        ("Phó Trưởng đoàn", "Đoàn Đại biểu Quốc hội", "Sóc Trăng"),
    ]


def test_a_list_goes_on_past_a_title_that_is_not_a_post() -> None:
    text = "Thành ủy viên, Chánh Văn phòng Thành ủy, Bí thư Đảng ủy Khối Doanh nghiệp"
    assert [r for r, _, _ in _chain(text)] == ["Ủy viên Ban Chấp hành", "-", "Bí thư"]


def test_former_titles_are_marked() -> None:
    text = "nguyên Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"
    places = {f.start: f for f in gazetteer.scan(text)}
    chain, _ = titles.parse_chain(text, 0, places, len(text))
    assert [former for _, former in chain] == [True, True]


def test_bodies_named_alone_are_mentions_with_their_place() -> None:
    from vnkg.builder.mentions import people
    from vnkg.records import Article

    text = "Ban Thường vụ Tỉnh ủy Hậu Giang họp với Thường trực HĐND tỉnh và Đảng ủy Khối Doanh nghiệp."
    found = people.find(Article(id="t", text=text, origin="test"), [], [])
    bodies = [(m.value, m.attr("kind"), m.attr("place")) for m in found if m.kind == "body"]
    assert bodies == [
        ("Ban Thường vụ Tỉnh ủy", "organ", "93"),
        ("Thường trực Hội đồng nhân dân", "organ", None),
        ("Đảng ủy", "partyorg", None),
    ]


def test_surfaces_a_trie_cannot_tell_apart_are_still_read_longest_first() -> None:
    # "a - b" (any dash, spaces or not) and "a – bc" (an en dash between spaces) both read "a – b…"
    assert names.trie_regex([titles._pattern(s) for s in ("a - b", "a – bc")]) is None
    regex = titles._alternation(["a - b", "a – bc", "a"])
    assert [regex.match(t).group(0) for t in ("a – bc", "a-b", "a–b", "a –bx")] == ["a – bc", "a-b", "a–b", "a"]


def test_a_body_of_something_else_is_read_to_its_end_or_dropped_at_once() -> None:
    text = "Chi bộ khối Đảng cơ quan tổ chức sinh hoạt chuyên đề."
    places = {f.start: f for f in gazetteer.scan(text)}
    got = titles.parse_body(text, 0, places)
    assert got is not None and got[1] == "excluded"
    assert titles.parse_body(text, 0, places, others=False) is None
    # a body that counts is read the same either way
    text = "Ban Thường vụ Tỉnh ủy Lai Châu ban hành kế hoạch."
    places = {f.start: f for f in gazetteer.scan(text)}
    assert titles.parse_body(text, 0, places, others=False) == titles.parse_body(text, 0, places)
