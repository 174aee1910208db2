"""Statistics of party organisations: ``facts/statistics.py`` and ``lexicons/stat_measures.jsonl``."""

from __future__ import annotations

import pytest

from tests.builder.extracted import facts
from vnkg.builder.extract import extract
from vnkg.builder.normalise import normalise_text, split_sentences
from vnkg.records import Article, Statistic


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


def test_a_named_district_s_party_organisation_is_the_district_not_its_province() -> None:
    text = "Đảng bộ huyện Bá Thước (Thanh Hóa) có 31 tổ chức cơ sở đảng với 5.140 đảng viên."
    assert stats(text) == {("grassroots_party_orgs", 31, "Bá Thước"), ("party_members", 5140, "Bá Thước")}


def test_the_scope_word_takes_the_unit_of_that_kind_named_just_before() -> None:
    text = (
        "Bình Dương: Tại thị xã Bến Cát, từ năm 2021 đến nay, Đảng bộ thị xã đã kết nạp 610 đảng viên. "
        "Ở thành phố Thủ Dầu Một, Đảng bộ thành phố có 9.850 đảng viên."
    )
    assert stats(text, "2024-03-02") == {
        ("members_admitted", 610, "Bến Cát"),
        ("party_members", 9850, "Thủ Dầu Một"),
    }


def test_a_bare_toan_dang_bo_goes_on_about_the_unit_before() -> None:
    text = (
        "Yên Định phát triển đảng viên\n"
        "Tính đến ngày 31/12/2023, Đảng bộ huyện Yên Định có 14.020 đảng viên. Trong năm, toàn Đảng bộ kết nạp "
        "được 290 đảng viên mới; các cấp ủy đã thi hành kỷ luật mười một đảng viên, trong đó khai trừ ba đảng viên.\n"
        "Theo Ban Tổ chức Tỉnh ủy, toàn Đảng bộ tỉnh Thanh Hóa có trên 229.000 đảng viên."
    )
    found = {(s.measure, s.value, s.place.name if s.place else None, s.date) for s in stat_list(text)}
    assert found == {
        ("party_members", 14020, "Yên Định", "2023-12-31"),
        ("members_admitted", 290, "Yên Định", "2023"),
        ("members_disciplined", 11, "Yên Định", "2023"),
        ("members_expelled", 3, "Yên Định", "2023"),
        ("party_members", 229000, "Thanh Hóa", None),
    }


def test_an_unscoped_figure_in_a_district_article_is_the_district_s() -> None:
    text = (
        "Quận ủy Hai Bà Trưng sơ kết công tác\n"
        "Các cấp ủy đã rà soát, đưa ra khỏi Đảng 19 đảng viên không còn đủ tư cách."
    )
    assert stats(text) == {("members_removed", 19, "Hai Bà Trưng")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "đưa ra khỏi Đảng 11 đảng viên, trong đó xóa tên 8 và cho ra khỏi Đảng 3 đảng viên theo nguyện vọng",
            {("members_removed", 11), ("members_struck_off", 8), ("members_resigned", 3)},
        ),
        (
            "đưa ra khỏi Đảng 60 trường hợp (xóa tên 41, khai trừ 12, xin ra khỏi Đảng 7)",
            {("members_removed", 60), ("members_struck_off", 41), ("members_expelled", 12), ("members_resigned", 7)},
        ),
        (
            "đưa ra khỏi Đảng 38 trường hợp: khai trừ 6, xóa tên 25, xin ra 7",
            {("members_removed", 38), ("members_expelled", 6), ("members_struck_off", 25), ("members_resigned", 7)},
        ),
        (
            "các cấp ủy đã thi hành kỷ luật mười bốn đảng viên, trong đó khai trừ hai đảng viên",
            {("members_disciplined", 14), ("members_expelled", 2)},
        ),
    ],
)
def test_breakdowns(sentence: str, expected: set[tuple[str, int]]) -> None:
    assert {(m, v) for m, v, _ in stats(f"Tỉnh Ninh Bình: năm 2023, {sentence}.")} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Riêng Đảng bộ Công an tỉnh kết nạp 96 đảng viên, Đảng bộ Khối Doanh nghiệp kết nạp 41 đảng viên.",
        "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh thi hành kỷ luật 9 đảng viên.",
        "Đảng ủy Quân sự tỉnh kết nạp 57 đảng viên.",
        "Đảng ủy xã Tân Lập kết nạp 12 đảng viên mới.",
        "Chi bộ thôn Nà Lừa hiện có 34 đảng viên.",
        "Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật 7 đảng viên thuộc diện Ban Thường vụ Tỉnh ủy quản lý.",
        "Toàn tỉnh có hàng nghìn đảng viên tham gia.",
    ],
)
def test_figures_of_an_organ_a_bloc_a_commune_or_a_subset_are_not_totals(sentence: str) -> None:
    assert stats(f"Tỉnh Quảng Trị. {sentence}") == set()


@pytest.mark.parametrize(
    ("sentence", "measure", "value"),
    [
        ("Đảng bộ Thành phố có hơn 231 nghìn đảng viên.", "party_members", 231000),
        ("Đảng bộ thành phố có 18 đảng bộ trực thuộc, tổng số 98.412 đảng viên.", "party_members", 98412),
        ("Đảng bộ thành phố có 16,1 nghìn đảng viên.", "party_members", 16100),
        (
            "toàn thành phố kết nạp 1.020 đảng viên, nâng tổng số đảng viên toàn Đảng bộ lên 64.900 đồng chí.",
            "party_members",
            64900,
        ),
        ("toàn Đảng bộ hiện có hơn 52.000 đảng viên sinh hoạt tại gần 1.900 chi bộ.", "party_members", 52000),
    ],
)
def test_total_forms(sentence: str, measure: str, value: int) -> None:
    assert (measure, value, "Hải Phòng") in stats(f"Hải Phòng: {sentence}")


def test_a_headline_figure_restated_in_the_body_is_counted_once_from_the_body() -> None:
    raw = "Cà Mau: Trên 3,2 nghìn đảng viên mới được kết nạp trong 2 năm\n\nTrong 2 năm 2022 - 2023, toàn tỉnh Cà Mau kết nạp được 3.215 đảng viên mới."
    text = normalise_text(raw)
    article = Article(id="t", text=text, origin="test", body_start=text.index("Trong"))
    found = [f for f in extract(article, split_sentences(text)).facts if isinstance(f, Statistic)]
    assert [(f.measure, f.value, f.date, f.evidence.start >= article.body_start) for f in found] == [
        ("members_admitted", 3215, "2023", True)
    ]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Đến cuối năm 2023, Đảng bộ tỉnh có 41.000 đảng viên.", "2023-12"),
        ("6 tháng đầu năm 2024, toàn tỉnh kết nạp 950 đảng viên.", "2024-06"),
        ("Từ năm 2021 đến nay, toàn tỉnh kết nạp 3.950 đảng viên.", "2024-08"),
        ("Hiện Đảng bộ tỉnh có 41.500 đảng viên.", "2024-08"),
    ],
)
def test_figure_dates(sentence: str, date: str) -> None:
    text = f"Tỉnh Kon Tum: Ngày 3/5/2022, tỉnh tổ chức hội nghị. {sentence}"
    assert [s.date for s in stat_list(text, "2024-08-15")] == [date]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tính đến cuối năm 2023, tổng số đảng viên toàn Đảng bộ tỉnh Bình Phước là 52.310 đồng chí.",
            {("party_members", 52310, "Bình Phước")},
        ),
        (
            "Đảng bộ tỉnh Bình Phước hiện có 52.310 đảng viên sinh hoạt tại 1.960 chi bộ.",
            {("party_members", 52310, "Bình Phước"), ("party_cells", 1960, "Bình Phước")},
        ),
        ("Năm 2023, Đảng bộ tỉnh Bình Phước kết nạp mới 1.402 đảng viên.", {("members_admitted", 1402, "Bình Phước")}),
        (
            "Năm 2023, Đảng bộ tỉnh Bình Phước phát triển được 1.402 đảng viên mới.",
            {("members_admitted", 1402, "Bình Phước")},
        ),
        (
            "Năm 2023, cấp ủy các cấp trong tỉnh Bình Phước xử lý kỷ luật 97 đảng viên.",
            {("members_disciplined", 97, "Bình Phước")},
        ),
        ("Năm qua, ở tỉnh Bình Phước chỉ có 2 đảng viên bị kỷ luật.", {("members_disciplined", 2, "Bình Phước")}),
        ("Năm 2023, tỉnh Bình Phước có 14 đảng viên bị kỷ luật khai trừ.", {("members_expelled", 14, "Bình Phước")}),
        (
            "Số đảng viên bị kỷ luật trong năm 2023 của tỉnh Bình Phước là 45 đồng chí.",
            {("members_disciplined", 45, "Bình Phước")},
        ),
        (
            "Số đảng viên bị xóa tên trong năm 2023 của tỉnh Bình Phước là 31 trường hợp.",
            {("members_struck_off", 31, "Bình Phước")},
        ),
        (
            "Đảng bộ huyện Đồng Phú có 41 tổ chức cơ sở đảng, gồm 21 đảng bộ cơ sở và 20 chi bộ cơ sở, với 6.052 đảng viên.",
            {("grassroots_party_orgs", 41, "Đồng Phú"), ("party_members", 6052, "Đồng Phú")},
        ),
    ],
)
def test_more_wordings_of_counts(text: str, expected: set[tuple[str, int, str | None]]) -> None:
    assert stats(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mục tiêu đến năm 2025, toàn tỉnh Bình Phước có 60.000 đảng viên.",
        "Dự kiến năm 2024, Đảng bộ tỉnh Bình Phước kết nạp 1.500 đảng viên mới.",
        "Năm 2024, Đảng bộ tỉnh Bình Phước phấn đấu kết nạp 1.500 đảng viên mới.",
        "Năm 2023, Đảng bộ tỉnh Bình Phước có 85% đảng viên được đánh giá hoàn thành tốt nhiệm vụ.",
    ],
)
def test_targets_and_percentages_are_not_counts(text: str) -> None:
    assert stats(text) == set()


def test_a_sentence_opening_on_a_numbered_plan_still_counts() -> None:
    text = "Kế hoạch số 12-KH/TU được triển khai, năm 2023 Đảng bộ tỉnh Bình Phước kết nạp 1.402 đảng viên."
    assert stats(text) == {("members_admitted", 1402, "Bình Phước")}


def test_struck_off_then_expelled_in_one_clause() -> None:
    text = "Năm 2023, toàn tỉnh Phú Yên kết nạp 1.240 đảng viên; xóa tên 57 đảng viên và khai trừ 9 đảng viên."
    assert stats(text) == {
        ("members_admitted", 1240, "Phú Yên"),
        ("members_struck_off", 57, "Phú Yên"),
        ("members_expelled", 9, "Phú Yên"),
    }


def test_a_district_count_in_words_with_tens() -> None:
    text = "Tỉnh Gia Lai: huyện Kbang kết nạp một trăm ba mươi sáu đảng viên trong năm 2023."
    assert stats(text) == {("members_admitted", 136, "KBang")}


def test_a_sentence_opening_on_the_total() -> None:
    text = "Tỉnh Bình Thuận đẩy mạnh phát triển đảng viên. Tổng số đảng viên của Đảng bộ tỉnh hiện là 48.215."
    assert stats(text) == {("party_members", 48215, "Bình Thuận")}


def test_a_unit_named_by_kind_and_name_has_its_members() -> None:
    text = (
        "Tỉnh Hưng Yên có nhiều đổi mới. Đảng bộ huyện Văn Lâm kết nạp 112 đảng viên; huyện Khoái Châu có 6.204 "
        "đảng viên, năm qua khai trừ 3 trường hợp."
    )
    assert ("party_members", 6204, "Khoái Châu") in stats(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Huyện Khoái Châu có 120 đảng viên tham dự hội nghị.",
        "Huyện Khoái Châu có 40 đảng viên trẻ được biểu dương.",
        "Mỗi huyện có 300 đảng viên.",
    ],
)
def test_a_named_unit_s_other_counts_are_not_its_members(sentence: str) -> None:
    assert not any(m == "party_members" for m, _, _ in stats("Tỉnh Hưng Yên. " + sentence))


def test_a_listed_count_whose_noun_lists_kinds_of_its_own() -> None:
    # "đảng bộ xã, phường, đặc khu" is one item of the list: the totals after it still count.
    text = "Sau sắp xếp, Đảng bộ tỉnh Quảng Ngãi có 96 đảng bộ xã, phường, đặc khu, gần 2.900 chi bộ với trên 98.000 đảng viên."
    assert stats(text) == {("party_cells", 2900, "Quảng Ngãi"), ("party_members", 98000, "Quảng Ngãi")}


def test_figures_after_former_provinces_merged_are_the_new_province_s() -> None:
    text = (
        "Sau hợp nhất tỉnh Ninh Bình, tỉnh Hà Nam và tỉnh Nam Định (cũ), Đảng bộ tỉnh có 129 đảng bộ cơ sở "
        "với hơn 250.000 đảng viên. Từ đầu năm, toàn Đảng bộ kết nạp 1.950 đảng viên."
    )
    # the figures are the merged province's, the 2025 unit that took the former ones over
    assert stats(text, "2025-08-01") == {
        ("party_members", 250000, "Ninh Bình"),
        ("members_admitted", 1950, "Ninh Bình"),
    }


def test_the_party_organisation_named_before_a_semicolon_holds_the_counts_after_it() -> None:
    text = (
        "Trong năm, Đảng bộ huyện Hàm Thuận Bắc kết nạp 180 đảng viên; hiện có 41 tổ chức cơ sở đảng, "
        "356 chi bộ và 7.120 đảng viên."
    )
    assert stats(text) == {
        ("members_admitted", 180, "Hàm Thuận Bắc"),
        ("grassroots_party_orgs", 41, "Hàm Thuận Bắc"),
        ("party_cells", 356, "Hàm Thuận Bắc"),
        ("party_members", 7120, "Hàm Thuận Bắc"),
    }
