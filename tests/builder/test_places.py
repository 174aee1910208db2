"""Place mentions: one per name written, the likeliest unit first, the others kept for resolve."""

from __future__ import annotations

from vnkg.builder.mentions import places
from vnkg.records import Article, Mention


def _find(text: str) -> list[Mention]:
    return places.find(Article(id="t", text=text, origin="test"), [], [])


def test_a_province_and_a_district_are_found_with_era_and_level() -> None:
    found = _find("Ban Thường vụ Tỉnh ủy Hà Giang làm việc với Huyện ủy Mèo Vạc.")
    assert [(m.text, m.value, m.attr("level"), m.attr("era")) for m in found] == [
        ("Hà Giang", "02", "province", "1976"),
        ("Mèo Vạc", "027", "district", "1976"),
    ]


def test_a_province_name_shared_by_its_city_is_the_province_unless_a_prefix_says_otherwise() -> None:
    (prov,) = _find("Tỉnh ủy Thái Nguyên")
    assert (prov.value, prov.attr("level")) == ("19", "province")
    (city,) = _find("Thành ủy thành phố Thái Nguyên")
    assert (city.value, city.attr("level"), city.text) == ("164", "district", "thành phố Thái Nguyên")


def test_a_repeated_district_name_keeps_its_alternatives() -> None:
    (m,) = _find("Huyện ủy Châu Thành")
    alts = (m.attr("alts") or "").split(",")
    assert m.attr("level") == "district" and len(alts) >= 4


def test_upper_case_dateline_and_odd_d() -> None:
    found = _find("LAI CHÂU - Sáng nay, \u00d0ảng bộ huyện Phong Thổ")
    assert [m.value for m in found] == ["12", "109"]
