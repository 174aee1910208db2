"""The fast scans must find exactly what the plain regexes find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from vnkg.builder import normalise
from vnkg.builder.mentions import names, numbers, titles
from vnkg.builder.prefilter import ODD_CASE, Prefiltered, lowered, matches_at, register, word_hits

SHARED = Path("/work/shared")
SENTENCES = [
    "Sáng 12/3, đồng chí Thiếu tướng Hà Văn Khải, Phó Bí thư Tỉnh ủy Cà Mau dự hội nghị.",
    "NGÀY 5 THÁNG 6 NĂM 2024, ÔNG Lò Minh Sơn NHẬN QUYẾT ĐỊNH SỐ 12-QĐ/TU.",
    "Từ 2020 – 2025, huyện có chín đảng viên mới, 48.772 hội viên và 3,5 nghìn hộ; tháng 7/2023 có ba chi bộ.",
    "ông Tám và bà Hai, anh Ba; PGS.TS Trần Thị Mai (đ/c Mai) nói: năm 2019 là năm bản lề.",
    "Số ١٢ và ３/４/２０２３ — chữ İstanbul, ıi và ſ lẫn vào câu.",
    "",
]


def _texts() -> list[str]:
    """The sentences above, in every case, plus the seed and dev articles when present."""
    texts = list(SENTENCES)
    for folder in (SHARED / "seeds", SHARED / "eval" / "dev" / "texts"):
        if folder.is_dir():
            texts += [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]
    return texts + [t.upper() for t in texts] + [t.swapcase() for t in texts]


@pytest.mark.parametrize(
    "scan",
    [names.honorific_scan(), numbers._DATE_SCAN, numbers._NUMBER_SCAN, numbers._word_number()],
    ids=["honorifics", "dates", "numbers", "word-numbers"],
)
def test_prefiltered_finds_what_the_regex_finds(scan: Prefiltered) -> None:
    for text in _texts():
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.regex.finditer(text)]


def test_the_scans_find_something() -> None:
    text = SENTENCES[0] + " " + SENTENCES[2]
    assert [m.group(0) for m in numbers._DATE_SCAN.finditer(text)] == ["Sáng 12/3", "2020 – 2025", "tháng 7/2023"]
    assert [m.group(0).strip() for m in names.honorific_scan().finditer(text)] == ["đồng chí Thiếu tướng"]


def test_only_the_odd_case_letters_lower_to_another_letter_than_re_ignorecase_reads() -> None:
    # Why the scan falls back to the plain regex on a text holding one of ODD_CASE.
    alphabet = set("abcdefghijklmnopqrstuvwxyzđ0123456789")
    alphabet |= set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")
    any_letter = re.compile("[" + "".join(sorted(alphabet)) + "]", re.I)
    odd = set()
    for cp in range(0x110000):
        c = chr(cp)
        if any_letter.fullmatch(c) and lowered(c) not in alphabet:
            odd.add(c)
    assert odd == set(ODD_CASE)


def test_lowered_keeps_offsets() -> None:
    assert len(lowered("İstanbul Đà Nẵng")) == len("İstanbul Đà Nẵng")
    assert lowered("ĐÀ NẴNG") == "đà nẵng"


def test_matches_at_is_finditer_when_the_starts_cover_every_match() -> None:
    regex = re.compile(r"(?<!\w)\d+(?:[.,]\d+)*")
    text = "Năm 2023 có 1.200 người, a12 không tính, 7 xã."
    starts = [m.start() for m in re.finditer(r"\d", text)]
    assert [m.group(0) for m in matches_at(regex, text, starts)] == ["2023", "1.200", "7"]


def test_word_lists_registered_after_a_scan_are_found() -> None:
    text = "Ông Quàng Văn Pó dự họp ở Lai Châu."
    first = register({"quàng": "Q"})
    assert word_hits(text)[first] == [(8, "Q")]
    second = register({"lai châu": 8})  # a later list: the cached scan must be redone
    hits = word_hits(text)
    assert hits[first] == [(8, "Q")] and hits[second] == [(33, 8)]


def test_a_word_of_several_lists_is_a_hit_of_each() -> None:
    text = "Bí thư Đảng ủy phường Hòa Khánh và Đảng ủy xã Ea Tóh."
    one = register({"đảng ủy": "body", "xã": "kind"})
    other = register({"đảng ủy": 7, "hòa khánh": 9})
    first, second = text.find("Đảng ủy"), text.rfind("Đảng ủy")
    end = len("Đảng ủy") - 1  # a hit is where its last character is
    hits = word_hits(text)
    assert hits[one] == [(first + end, "body"), (second + end, "body"), (text.find(" xã") + 2, "kind")]
    assert hits[other] == [(first + end, 7), (text.find("Khánh") + 4, 9), (second + end, 7)]


def test_word_starts_read_the_word_start_and_what_follows() -> None:
    # "then" (a digit after the word) and the word start are both read: "ngày" glued to
    # "mỗi" starts no match, nor does "ngày mai".
    regex = re.compile(r"(?<!\w)(?:ngày|vào)\s+\d+", re.IGNORECASE)
    scan = Prefiltered(regex, ("ngày", "vào"), then=re.compile(r"\s+\d"))
    text = "Sáng vào 5 giờ, mỗingày 3 lần, Ngày 12 và ngày mai"
    assert [m.group(0) for m in scan.finditer(text)] == ["vào 5", "Ngày 12"]
    assert scan.starts(text) == [text.find("vào"), text.find("Ngày")]


def test_grouped_alternation_matches_like_the_plain_one() -> None:
    _, table = titles.bodies()
    plain = re.compile(
        r"(?<![\w])(?:"
        + "|".join(r"\s+".join(re.escape(w) for w in s.split()) for s in sorted(set(table), key=len, reverse=True))
        + r")(?![\w])",
        re.I,
    )
    grouped = titles._alternation(list(table))
    for text in _texts():
        for pos in range(len(text)):
            m, g = plain.match(text, pos), grouped.match(text, pos)
            assert (m and m.span()) == (g and g.span())


def test_sentences_and_dates_read_the_same() -> None:
    text = normalise.normalise_text(
        "Hôm nay 3/2/2024.Theo Đ/c Minh, TP.HCM có 48.772 người. Đã xong!  Tiếp\n\n\n\nDòng"
    )
    assert [s.text for s in normalise.split_sentences(text)] == [
        "Hôm nay 3/2/2024.Theo Đ/c Minh, TP.HCM có 48.772 người.",
        "Đã xong!",
        "Tiếp",
        "Dòng",
    ]
    assert normalise.iso_date("cập nhật lúc 10:20, ngày 5 tháng 6 năm 2024") == "2024-06-05"
