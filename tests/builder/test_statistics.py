"""Statistics of party organisations: ``facts/statistics.py`` and ``lexicons/stat_measures.jsonl``."""

from __future__ import annotations

import pytest

from vnkg.builder.extract import extract
from vnkg.builder.normalise import normalise_text, split_sentences
from vnkg.records import Article, Fact, Statistic


def facts(text: str, date: str | None = None, kind: type | None = None) -> list[Fact]:
    """The facts the extractor finds in ``text`` (of one record type when ``kind`` is given)."""
    text = normalise_text(text)
    article = Article(id="t", text=text, origin="test", date=date)
    found = extract(article, split_sentences(text)).facts
    return [f for f in found if kind is None or isinstance(f, kind)]


def stats(text: str, date: str | None = None) -> set[tuple[str, int, str | None]]:
    return {(f.measure, f.value, f.place.name if f.place else None) for f in facts(text, date, Statistic)}  # type: ignore[attr-defined]


def stat_list(text: str, date: str | None = None) -> list[Statistic]:
    return facts(text, date, Statistic)  # type: ignore[return-value]


def test_province_totals_listed_after_the_party_organisation() -> None:
    text = "THANH HÓA - Đến tháng 12/2023, Đảng bộ tỉnh Thanh Hóa có 20 đảng bộ trực thuộc, 1.021 tổ chức cơ sở đảng, 7.980 chi bộ trực thuộc và 221.500 đảng viên."
    assert stats(text) == {
        ("grassroots_party_orgs", 1021, "Thanh Hóa"),
        ("party_cells", 7980, "Thanh Hóa"),
        ("party_members", 221500, "Thanh Hóa"),
    }
    assert {s.date for s in stat_list(text)} == {"2023-12"}


def test_admitted_total_and_not_the_average() -> None:
    text = "Tỉnh Sơn La: từ đầu nhiệm kỳ đến nay, toàn tỉnh đã kết nạp được 9.120 đảng viên mới, bình quân mỗi năm kết nạp 2.280 đảng viên, nâng tổng số đảng viên toàn tỉnh lên 75.300 đảng viên."
    found = stat_list(text, "2023-06-20")
    assert {(s.measure, s.value) for s in found} == {("members_admitted", 9120), ("party_members", 75300)}
    assert {s.date for s in found} == {"2023-06"}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("toàn tỉnh kết nạp được trên 8,8 nghìn đảng viên", 8800),
        ("kết nạp mới gần 3.700 đảng viên", 3700),
        ("toàn tỉnh phát triển được 1.520 đảng viên mới", 1520),
        ("số đảng viên mới được kết nạp là 2.000", 2000),
    ],
)
def test_admitted_forms(sentence: str, value: int) -> None:
    assert stats(f"Tỉnh Phú Yên: Trong 4 năm (2020 - 2023), {sentence}.") == {("members_admitted", value, "Phú Yên")}


def test_removals_in_a_breakdown() -> None:
    text = "Ở Bình Phước, từ đầu nhiệm kỳ đến nay đã đưa ra khỏi Đảng 320 trường hợp (khai trừ 41 trường hợp, xóa tên 150 trường hợp, xin ra 129 trường hợp)."
    assert stats(text) == {
        ("members_removed", 320, "Bình Phước"),
        ("members_expelled", 41, "Bình Phước"),
        ("members_struck_off", 150, "Bình Phước"),
        ("members_resigned", 129, "Bình Phước"),
    }


def test_disciplined_counts_and_a_number_word() -> None:
    text = "Tại Hải Dương, cấp ủy các cấp thi hành kỷ luật một tổ chức đảng và 95 đảng viên; UBKT các cấp thi hành kỷ luật bảy đảng viên."
    assert stats(text) == {("members_disciplined", 95, "Hải Dương"), ("members_disciplined", 7, "Hải Dương")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị trực tuyến có 32.000 đảng viên tham dự.",
        "Năm 2024, tỉnh phấn đấu kết nạp 2.500 đảng viên.",
        "Cấp ủy các cấp kiểm tra 1.256 đảng viên, giám sát 658 đảng viên.",
        "Kết luận 11 đảng viên có vi phạm, phải thi hành kỷ luật chín đảng viên.",
        "Tỷ lệ đảng viên nữ chiếm 37,26%; 100% tổ chức cơ sở đảng học tập nghị quyết.",
        "Đảng bộ Khối các cơ quan tỉnh có 120 chi bộ và 3.400 đảng viên.",
        "Toàn tỉnh đã xóa được 88 thôn, bản chưa có đảng viên.",
    ],
)
def test_not_statistics(sentence: str) -> None:
    assert stats(f"Tỉnh Lai Châu. {sentence}") == set()


def test_district_article_places_at_the_district() -> None:
    text = (
        "Huyện Krông Pắc (Đắk Lắk): Đảng bộ huyện Krông Pắc hiện có 52 tổ chức cơ sở đảng với hơn 6.500 đảng viên. "
        "Trong năm 2023, toàn huyện kết nạp được 215 đảng viên. Trong 4 năm, huyện đã xử lý kỷ luật 38 trường hợp."
    )
    assert stats(text, "2024-02-01") == {
        ("grassroots_party_orgs", 52, "Krông Pắc"),
        ("party_members", 6500, "Krông Pắc"),
        ("members_admitted", 215, "Krông Pắc"),
        ("members_disciplined", 38, "Krông Pắc"),
    }


def test_central_city() -> None:
    text = "Đảng bộ thành phố Hải Phòng hiện có hơn 130.000 đảng viên, sinh hoạt tại 1.012 tổ chức cơ sở đảng."
    assert stats(text) == {("party_members", 130000, "Hải Phòng"), ("grassroots_party_orgs", 1012, "Hải Phòng")}


def test_no_province_named_gives_no_place() -> None:
    assert stats("Từ năm 2016 đến tháng 10/2020 toàn đảng bộ kết nạp được 10.820 đảng viên.") == {
        ("members_admitted", 10820, None)
    }
