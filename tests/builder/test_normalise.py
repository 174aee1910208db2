"""The normalise stage: one spelling, page furniture dropped, metadata read, sentences split."""

from __future__ import annotations

import pytest

from tests.conftest import SEEDS, need_shared
from vnkg.builder.normalise import iso_date, normalise_text, prepare, split_sentences, strip_boilerplate
from vnkg.records import RawArticle


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("Hoà Bình", "Hòa Bình"),
        ("Thuý", "Thúy"),
        ("khoẻ", "khỏe"),
        ("quý", "quý"),  # the u of "qu" is a consonant: the tone stays on y
        ("quá", "quá"),
        ("hoàn thành", "hoàn thành"),  # closed syllable: already on a
        ("\u00d0ảng ủy", "Đảng ủy"),  # Icelandic eth, as some sites print Đ
        ("Tie\u0302\u0301n", "Tiến"),  # decomposed input comes out composed
        ("Bí  thư\u00a0Tỉnh\tủy", "Bí thư Tỉnh ủy"),
        ("Ban\u200b Tổ chức", "Ban Tổ chức"),
    ],
)
def test_one_spelling(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_lines_are_kept_and_blank_runs_folded() -> None:
    assert normalise_text("Dòng một  \r\n\r\n\r\n\r\n  Dòng hai") == "Dòng một\n\nDòng hai"


def test_page_furniture_is_dropped() -> None:
    page = "\n".join(
        [
            "Skip to main content",
            "Chế độ ban đêm In trang Xuất PDF Đọc nội dung",
            "Tiêu đề bài báo về công tác cán bộ In trang",
            "Nội dung bài báo thứ nhất, đủ dài để là thân bài.",
            "Nội dung thứ hai.",
            "Lượt xem: 1.204",
            "Thống kê truy cập",
            "• Đang online: 40",
        ]
    )
    assert strip_boilerplate(page) == (
        "Tiêu đề bài báo về công tác cán bộ\nNội dung bài báo thứ nhất, đủ dài để là thân bài.\nNội dung thứ hai."
    )


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Thứ Năm, 14/03/2024, 07:30 [GMT+7]", "2024-03-14"),
        ("22/11/2023 10:05 SA", "2023-11-22"),
        ("05/01/2022 - 16:40", "2022-01-05"),
        ("Cập nhật: 2021-07-09", "2021-07-09"),
        ("ngày 3 tháng 2 năm 2020", "2020-02-03"),
        ("31/02", None),
    ],
)
def test_dates(line: str, iso: str | None) -> None:
    assert iso_date(line) == iso


def test_header_gives_title_date_source_and_author() -> None:
    raw = RawArticle(
        id="x",
        origin="x.txt",
        text="Xây dựng Đảng\n\nTỉnh Cao Bằng nâng cao chất lượng sinh hoạt chi bộ\n\n"
        "Thứ Hai, 04/09/2023, 09:12\n\nNgày 3/9, Tỉnh ủy Cao Bằng tổ chức hội nghị.\n\n"
        "Hồng Nhung/BAOCAOBANG.VN",
    )
    a = prepare(raw)
    assert a.title == "Tỉnh Cao Bằng nâng cao chất lượng sinh hoạt chi bộ"
    assert a.date == "2023-09-04"
    assert a.source == "baocaobang.vn"
    assert a.author == "Hồng Nhung"
    assert a.text[a.body_start :].startswith("Ngày 3/9")


def test_metadata_given_by_the_input_wins() -> None:
    raw = RawArticle(id="x", origin="x", text="Ngày 10/10/2020, hội nghị.", title="Tiêu đề", date="2024-01")
    a = prepare(raw)
    assert (a.title, a.date) == ("Tiêu đề", "2024-01")


def test_sentences_keep_numbers_initials_and_offsets() -> None:
    text = normalise_text(
        "Toàn tỉnh có 48.772 đảng viên. TP.HCM có nhiều đảng bộ! Ông Nguyễn Văn Sáu nói: “Tốt.” Sau đó, "
        "Thành ủy họp.Theo kế hoạch, tháng 5 sẽ họp tiếp\nDòng mới"
    )
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "Toàn tỉnh có 48.772 đảng viên.",
        "TP.HCM có nhiều đảng bộ!",
        "Ông Nguyễn Văn Sáu nói: “Tốt.”",
        "Sau đó, Thành ủy họp.",
        "Theo kế hoạch, tháng 5 sẽ họp tiếp",
        "Dòng mới",
    ]
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_seed_pages_lose_their_furniture() -> None:
    need_shared()
    for f in sorted(SEEDS.glob("*.txt")):
        a = prepare(RawArticle(id=f.stem, text=f.read_text(encoding="utf-8"), origin=str(f)))
        for furniture in ("In trang", "Lượt xem", "Thống kê truy cập", "Skip to main content", "Add new comment"):
            assert furniture not in a.text, (f.name, furniture)
        assert "ủy" in a.text and "uỷ" not in a.text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Kết luận của Tỉnh ủy Cà Mau IN TRANG", "Kết luận của Tỉnh ủy Cà Mau"),  # any case
        ("Thông báo của Huyện ủy   Xuất PDF", "Thông báo của Huyện ủy"),  # the spaces before go too
        ("Hội nghị Thành ủy in bài", "Hội nghị Thành ủy"),
        ("Tin về bản in trang trọng", "Tin về bản in trang trọng"),  # not at the line's end
        ("Cách in bài", "Cách"),
        ("in trang", ""),  # a whole furniture line is dropped
    ],
)
def test_suffixes_are_cut_from_line_ends(line: str, kept: str) -> None:
    page = f"Dòng đầu.\n{line}\nDòng cuối."
    assert strip_boilerplate(page) == "\n".join(x for x in ("Dòng đầu.", kept, "Dòng cuối.") if x)


def test_suffixes_are_cut_alike_in_a_text_with_an_odd_case_letter() -> None:
    # A dotted İ (which re.IGNORECASE reads as i, but lower-cases to two characters) makes the
    # text take the regex pass over the whole text: "IN BÀİ" is a suffix there too.
    page = "Bài của Đảng ủy xã Tân Hòa In trang\nBản xuất pdf\nBản IN BÀİ\nXong."
    assert strip_boilerplate(page) == "Bài của Đảng ủy xã Tân Hòa\nBản\nBản\nXong."


@pytest.mark.parametrize("header", ["Tin liên quan:", "TIN LIÊN QUAN", "Bài viết liên quan :", "Tin cùng chuyên mục:"])
def test_a_related_news_list_ends_the_article(header: str) -> None:
    page = "\n".join(
        [
            "Nội dung bài báo thứ nhất, đủ dài để là thân bài.",
            "Nội dung thứ hai.",
            "Nội dung thứ ba.",
            header,  # in the page's second half: what follows is no longer the article
            "- Hội nghị Tỉnh ủy lần thứ 9: thông qua nhiều nội dung (05/01/2024)",
        ]
    )
    assert strip_boilerplate(page) == (
        "Nội dung bài báo thứ nhất, đủ dài để là thân bài.\nNội dung thứ hai.\nNội dung thứ ba."
    )
