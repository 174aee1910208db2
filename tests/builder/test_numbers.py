"""Vietnamese numbers and dates: ``mentions/numbers.py``."""

from __future__ import annotations

import pytest

from vnkg.builder.mentions.numbers import find_dates, find_numbers, parse_number, resolve_day, words_to_int


def _numbers(text: str) -> dict[str, str]:
    dates = [(d.start, d.end) for d in find_dates(text)]
    return {m.text: m.value for m in find_numbers(text, dates)}


def _dates(text: str) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text)}


@pytest.mark.parametrize(
    ("integer", "decimal", "scale", "value"),
    [
        ("48.772", None, None, 48772),
        ("8", "8", "nghìn", 8800),
        ("1", "2", "triệu", 1_200_000),
        ("3.700", None, None, 3700),
    ],
)
def test_parse_number_reads_vietnamese_separators(
    integer: str, decimal: str | None, scale: str | None, value: int
) -> None:
    assert parse_number(integer, decimal, scale) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("chín", 9),
        ("mười hai", 12),
        ("hai mươi lăm", 25),
        ("một trăm linh năm", 105),
        # "mươi" makes tens of the digit before it, not of the hundreds ("năm" is 5 here, not a year)
        ("một trăm năm mươi hai", 152),
        ("ba nghìn hai trăm bốn mươi mốt", 3241),
        ("hai trăm lẻ năm", 205),
    ],
)
def test_words_to_int(words: str, value: int) -> None:
    assert words_to_int(words) == value


def test_numbers_in_a_sentence_with_qualifiers() -> None:
    text = "Đảng bộ tỉnh Hòa Bình có trên 104.000 đảng viên, kết nạp gần 3.700 người, đạt 1,2 triệu lượt."
    found = {m.text: m for m in find_numbers(text)}
    assert found["104.000"].value == "104000" and found["104.000"].attr("approx") == "trên"
    assert found["3.700"].attr("approx") == "gần"
    assert found["1,2 triệu"].value == "1200000"


def test_percentages_ratios_and_codes_are_marked_or_skipped() -> None:
    text = "đảng viên nữ chiếm 37,26%; 14/14 đảng bộ; theo số 04-NQ/TW và 54/2017/QH14"
    found = {m.text: m for m in find_numbers(text)}
    assert found["37,26"].attr("unit") == "%" and found["37,26"].attr("decimal") == "1"
    assert "14" not in found and "04" not in found and "54" not in found


def test_number_words_only_before_a_count_noun() -> None:
    assert _numbers("UBKT huyện thi hành kỷ luật chín đảng viên") == {"chín": "9"}
    assert _numbers("hằng năm đảng viên được học tập") == {}
    assert _numbers("trong năm nay") == {}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Sáng 8/8, Tỉnh ủy họp", "8/8", "--08-08"),
        ("Ngày 17/11/2020, Tỉnh ủy", "17/11/2020", "2020-11-17"),
        ("ngày 30-10-2016 của Bộ Chính trị", "30-10-2016", "2016-10-30"),
        ("Ngày 10.10, Huyện ủy", "10.10", "--10-10"),
        ("Chiều nay 19-8, tại", "19-8", "--08-19"),
        ("trong hai ngày 04 - 05/12, Tỉnh ủy", "04 - 05/12", "--12-04"),
        ("Sáng nay (15/3), Tỉnh ủy", "15/3", "--03-15"),
        ("Đến tháng 12/2023, Đảng bộ", "tháng 12/2023", "2023-12"),
        ("Trong 4 năm (2020 - 2023), toàn tỉnh", "2020 - 2023", "2023"),
        ("trong năm 2016, cấp ủy", "năm 2016", "2016"),
        ("ngày 5 tháng 6 năm 2012", "ngày 5 tháng 6 năm 2012", "2012-06-05"),
    ],
)
def test_date_forms(text: str, span: str, value: str) -> None:
    assert _dates(text)[span] == value


def test_a_bare_ratio_is_not_a_date() -> None:
    assert _dates("có 3/5 chi bộ đạt") == {}


@pytest.mark.parametrize(
    ("value", "article", "expected"),
    [
        ("--08-08", "2019-08-08", "2019-08-08"),
        ("--03-07", None, "--03-07"),
        ("--06-09", "2017", "2017-06-09"),
        ("--12-28", "2024-01-03", "--12-28"),  # later in the year than the article: not knowable
        ("2020-11-17", "2024-01-01", "2020-11-17"),
    ],
)
def test_resolve_day_against_the_article_date(value: str, article: str | None, expected: str) -> None:
    assert resolve_day(value, article) == expected


@pytest.mark.parametrize(("integer", "decimal"), [("16", "1"), ("64", "9"), ("1", "14"), ("231", "7")])
def test_scaled_decimals_are_exact(integer: str, decimal: str) -> None:
    # Floats make 16,1 nghìn 16100.000000000002, which reads as a non-integer figure.
    value = parse_number(integer, decimal, "nghìn")
    assert value == int(value) == int(integer) * 1000 + int(decimal) * 1000 // 10 ** len(decimal)


def test_a_scale_word_is_not_a_number_of_its_own() -> None:
    # "4,1 nghìn" is one number; "hàng nghìn" is "thousands", no count.
    assert _numbers("Trên 4,1 nghìn đảng viên mới; hàng nghìn đảng viên tham gia; ba nghìn đảng viên.") == {
        "4,1 nghìn": "4100",
        "ba nghìn": "3000",
    }


def test_a_year_range_after_nam_is_dated_at_its_end() -> None:
    (d,) = find_dates("trong 2 năm 2022 - 2023, toàn tỉnh kết nạp")
    assert (d.value, d.attr("form"), d.attr("from")) == ("2023", "range", "2022")
