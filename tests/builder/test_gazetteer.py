"""The gazetteer: every unit with its GSO code, both eras, the 2025 merger, name variants."""

from __future__ import annotations

import pytest

from vnkg.builder import gazetteer


def test_every_province_and_district_of_1976() -> None:
    units = [p for p in gazetteer.places() if p.era == "1976"]
    assert len([p for p in units if p.level == "province"]) == 63
    assert len([p for p in units if p.level == "district"]) == 705
    assert all(len(p.code) == 2 for p in units if p.level == "province")
    assert all(len(p.code) == 3 and p.parent for p in units if p.level == "district")


def test_the_34_units_of_2025_and_what_they_absorbed() -> None:
    new = [p for p in gazetteer.places() if p.era == "2025"]
    assert len(new) == 34
    kept = [p for p in new if len(gazetteer.absorbed(p)) == 1]
    assert len(kept) == 11  # Resolution 202/2025/QH15: 11 unchanged, 23 merged
    absorbed = [old for p in new for old in gazetteer.absorbed(p)]
    assert len(absorbed) == 63 and len({p.code for p in absorbed}) == 63


def test_old_and_new_are_separate_units_linked_by_replacement() -> None:
    old = gazetteer.by_code("24")  # Bắc Giang, 1976
    assert old is not None and old.name == "Bắc Giang"
    (new,) = gazetteer.replaced_by(old)
    assert (new.name, new.era) == ("Bắc Ninh", "2025")
    assert old in gazetteer.absorbed(new)
    assert gazetteer.by_code("27") in gazetteer.absorbed(new)
    assert gazetteer.replaced_by(new) == ()


def test_a_district_belongs_to_its_province() -> None:
    (district,) = gazetteer.lookup("Điện Biên Đông")
    assert district.level == "district"
    province = gazetteer.province_of(district)
    assert province is not None and province.name == "Điện Biên"
    assert gazetteer.province_of(province) == province


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("TP.HCM", "Hồ Chí Minh"),
        ("TP HCM", "Hồ Chí Minh"),
        ("TP Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Đắc Nông", "Đắk Nông"),
        ("Đắk Nông", "Đắk Nông"),
        ("tỉnh Thanh Hoá", "Thanh Hóa"),
        ("ĐIỆN BIÊN", "Điện Biên"),
        ("\u00d0ồng Nai", "Đồng Nai"),
    ],
)
def test_variants_name_the_province(written: str, name: str) -> None:
    found = gazetteer.lookup(written, level="province", era="1976")
    assert [p.name for p in found] == [name]


def test_huế_is_a_city_district_then_a_province_of_2025() -> None:
    eras = {(p.level, p.era) for p in gazetteer.lookup("Huế")}
    assert ("district", "1976") in eras and ("province", "2025") in eras


def test_a_district_name_repeats_across_provinces() -> None:
    found = gazetteer.lookup("huyện Châu Thành")
    assert len(found) >= 5 and all(p.level == "district" for p in found)
    in_tien_giang = gazetteer.lookup("Châu Thành", parent="82")
    assert len(in_tien_giang) == 1


def test_scan_finds_names_with_their_prefixes_and_skips_common_words() -> None:
    text = "ĐIỆN BIÊN: quận 1 TP.HCM, thị xã Sơn Tây; xây dựng hòa bình ở Huyện ủy Tuần Giáo"
    found = {text[f.start : f.end]: f for f in gazetteer.scan(text)}
    assert set(found) == {"ĐIỆN BIÊN", "quận 1", "TP.HCM", "thị xã Sơn Tây", "Tuần Giáo"}
    assert found["quận 1"].prefix == "quận"
    assert [p.code for p in found["thị xã Sơn Tây"].candidates] == ["269"]


def test_scan_takes_the_longest_name() -> None:
    text = "Bí thư Huyện ủy Điện Biên Đông"
    (found,) = gazetteer.scan(text)
    assert text[found.start : found.end] == "Điện Biên Đông"


def test_highland_spellings_and_hyphens() -> None:
    text = "huyện Đăk Glei, huyện Đắc Glei, tỉnh Bà Rịa-Vũng Tàu"
    codes = [[p.code for p in f.candidates] for f in gazetteer.scan(text)]
    assert codes == [["610"], ["610"], ["77"]]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("huyện Mù Căng Chải", "Mù Cang Chải"),  # the source's spelling kept as an alias
        ("Krông Pắk", "Krông Pắc"),  # final c/k
        ("huyện Kì Sơn", "Kỳ Sơn"),  # final y/i
        ("Đakrông", "Đa Krông"),  # joined or split before a consonant cluster
        ("Ea Hleo", "Ea H'leo"),  # the glottal apostrophe dropped
        ("Cư Mgar", "Cư M'gar"),
        ("huyện Ia H'Drai", "Ia H' Drai"),  # the apostrophe glued to the next syllable
    ],
)
def test_press_spellings_of_district_names(written: str, name: str) -> None:
    assert name in [p.name for p in gazetteer.lookup(written, era="1976")]


def test_spelling_variants_never_shadow_another_unit() -> None:
    assert gazetteer.spellings("Duy Xuyên") == set()  # "uy" is a vowel pair: no "Dui"
    assert {p.name for p in gazetteer.lookup("Kì Anh", era="1976")} == {"Kỳ Anh"}  # the huyện and the thị xã


def test_scan_finds_a_district_in_another_spelling() -> None:
    found = gazetteer.scan("Bí thư Huyện ủy Krông Pắk dự.")
    assert [f.candidates[0].name for f in found] == ["Krông Pắc"]


def test_commune_districts() -> None:
    assert [p.name for p in gazetteer.commune_districts("Lũng Cú")] == ["Đồng Văn"]  # one in the country
    assert len(gazetteer.commune_districts("Tân Hiệp")) > 5  # a name many provinces share
    assert [p.name for p in gazetteer.commune_districts("Tân Hiệp", "thị trấn")] != []
    assert gazetteer.commune_districts("Nà Khoang Lùng") == ()
    wards = gazetteer.commune_districts("1", "phường")  # a numbered ward
    assert wards and all(gazetteer.kind_of(p) in ("thành phố", "thị xã", "quận") for p in wards)


def test_communes_are_keyed_as_one_name_at_a_time_would_be() -> None:
    # The whole list is folded in one pass over the names joined: it must give each name's own key.
    names = [r[1] for r in gazetteer._rows("communes.tsv")]
    assert gazetteer._skeletons(names) == [gazetteer._skeleton(n) for n in names]
    odd = ["Đăk Ha", " Tân  Lập. ", "Ea H'leo", "Ia-Kha", "Kỳ Sơn", "Hòa Thuỷ", "Ð Ak", "Phước Mỹ"]
    assert gazetteer._skeletons(odd) == [gazetteer._skeleton(n) for n in odd]
    assert gazetteer._skeleton("Đắk Ha") == gazetteer._skeleton("Đăk Ha") == gazetteer._skeleton("Đắc Ha")


def test_fold_collapses_every_kind_of_space() -> None:
    assert gazetteer.fold("Tân\tLập") == gazetteer.fold("Tân  Lập") == gazetteer.fold("tân\nlập") == "tân lập"
    assert gazetteer.fold("Bà Rịa-Vũng Tàu") == "bà rịa - vũng tàu"


def test_scan_reads_a_look_alike_eth_as_the_shared_pass_reads_đ() -> None:
    # An "ð" sends the text through the gazetteer's own automaton, the rest through the shared
    # pass of the finders: both find the same names at the same offsets.
    plain = "Bí thư Tỉnh ủy Điện Biên và huyện Đăk Glei, Krông Pắk"
    eth = plain.replace("đ", "ð")
    found = [(f.start, f.end, f.prefix, f.candidates) for f in gazetteer.scan(plain)]
    assert [(f.start, f.end, f.prefix, f.candidates) for f in gazetteer.scan(eth)] == found
    assert [f[1] - f[0] for f in found] == [len("Điện Biên"), len("huyện Đăk Glei"), len("Krông Pắk")]


def test_a_letter_whose_lower_case_is_longer_does_not_shift_a_prefix() -> None:
    # "İ".lower() is two characters: the prefix is still read at the right offsets.
    text = "İİİİİİİ tp Hà Nội và İstanbul, tỉnh Lào Cai"
    found = {text[f.name_start : f.end]: f.prefix for f in gazetteer.scan(text)}
    assert found == {"Hà Nội": "thành phố", "Lào Cai": "tỉnh"}  # "tp" read as what it stands for
