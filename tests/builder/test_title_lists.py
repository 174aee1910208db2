"""A list of one person's titles completed from itself: elided committees, shared places, boards."""

from __future__ import annotations

from vnkg.builder import gazetteer
from vnkg.builder.mentions import title_lists, titles


def _completed(text: str) -> list[tuple[str, str | None, str | None]]:
    places = {f.start: f for f in gazetteer.scan(text)}
    chain, _ = titles.parse_chain(text, 0, places, len(text))
    out = []
    for t in title_lists.elide([t for t, _ in chain]):
        out.append((t.role, t.org, t.place.candidates[0].name if t.place else None))
    return out


def test_a_party_title_takes_the_committee_of_the_next() -> None:
    assert _completed("Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy Con Cuông") == [
        ("Ủy viên Ban Thường vụ", "Huyện ủy", "Con Cuông"),
        ("Trưởng ban", "Ban Tuyên giáo Huyện ủy", "Con Cuông"),
    ]


def test_a_body_takes_the_place_of_a_body_of_its_level() -> None:
    assert _completed("Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện Quế Phong") == [
        ("Phó Bí thư", "Huyện ủy", "Quế Phong"),
        ("Chủ tịch", "Hội đồng nhân dân", "Quế Phong"),
    ]


def test_a_board_without_its_committee_takes_the_committee_of_the_list() -> None:
    assert _completed("Ủy viên Ban Thường vụ Thành ủy Vinh, Chủ nhiệm Ủy ban Kiểm tra") == [
        ("Ủy viên Ban Thường vụ", "Thành ủy", "Vinh"),
        ("Chủ nhiệm", "Ủy ban Kiểm tra Thành ủy", "Vinh"),
    ]
    assert _completed("Trưởng Ban Dân vận") == [("Trưởng ban", "Ban Dân vận", None)]  # nothing to take it from


def test_committee_of_place_follows_the_kind_of_unit() -> None:
    found = {f.name_start: f for f in gazetteer.scan("thị xã Cửa Lò và tỉnh Nghệ An")}
    assert sorted(title_lists.committee_of_place(f) or "" for f in found.values()) == ["Thị ủy", "Tỉnh ủy"]
