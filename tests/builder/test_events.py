"""Meetings (hội nghị): ``facts/events.py``."""

from __future__ import annotations

import pytest

from tests.builder.extracted import facts
from vnkg.records import Event


def events(text: str, date: str | None = None) -> list[Event]:
    return facts(text, date, Event)  # type: ignore[return-value]


def test_dated_meeting_with_organiser_and_place() -> None:
    (e,) = events(
        "QUẢNG TRỊ - Chiều 19-8, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết công tác.", "2023-08-20"
    )
    assert (e.date, e.place.name if e.place else None, e.organizer) == (
        "2023-08-19",
        "Quảng Trị",
        "Ban Thường vụ Tỉnh ủy",
    )


@pytest.mark.parametrize(
    ("lead", "article", "date"),
    [
        ("Sáng 8/8", "2019-08-08", "2019-08-08"),
        ("Ngày 7/3", None, "--03-07"),
        ("Ngày 10.10", "2022", "2022-10-10"),
        ("Trong hai ngày 04 - 05/12", None, "--12-04"),
        ("Ngày 17/11/2020", "2021-01-01", "2020-11-17"),
        ("Ngày 28/12", "2024-01-03", "--12-28"),
    ],
)
def test_date_forms_and_year_from_the_article(lead: str, article: str | None, date: str) -> None:
    (e,) = events(f"{lead}, Tỉnh ủy Cà Mau tổ chức Hội nghị lần thứ 15 Ban Chấp hành Đảng bộ tỉnh.", article)
    assert e.date == date and e.organizer == "Tỉnh ủy"


def test_chairs_after_duoi_su_chu_tri_and_before_chu_tri() -> None:
    (e,) = events(
        "Sáng 12/1, dưới sự chủ trì của đồng chí Hồ Văn Niên, Bí thư Tỉnh ủy Gia Lai, Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị tổng kết.",
        "2024-01-13",
    )
    assert e.organizer == "Ban Thường vụ Tỉnh ủy"
    assert "Hồ Văn Niên" in e.chairs


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 25-5, HĐND tỉnh Kon Tum khai mạc kỳ họp thứ 7 tại hội trường.",
        "Ngày 3/2, Tỉnh ủy Kon Tum tổ chức Lễ kỷ niệm 93 năm ngày thành lập Đảng.",
        "Sáng 6/9, khai mạc Đại hội đại biểu Đảng bộ huyện Đắk Hà lần thứ XVII.",
        "Cùng ngày 25-5, Ban Bí thư chủ trì cuộc họp để xem xét kỷ luật.",
        "Ngày 5/8, Thường trực Tỉnh ủy Bình Phước làm việc với Ban Thường vụ Huyện ủy Bù Đăng.",
        "Các cấp ủy thực hiện Nghị quyết Hội nghị Trung ương 4 khóa XII từ ngày 30/10.",
    ],
)
def test_not_meetings(text: str) -> None:
    assert events(text, "2023-09-07") == []


def test_a_working_session_the_article_later_calls_a_meeting() -> None:
    text = (
        "Ngày 7/7, Đoàn công tác của Ban Bí thư đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Hòa Bình. "
        "Phát biểu tại Hội nghị, đồng chí trưởng đoàn ghi nhận kết quả."
    )
    (e,) = events(text, "2017")
    assert e.date == "2017-07-07" and e.organizer is None


def test_one_event_per_meeting() -> None:
    text = "Ngày 9/6, Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức hội nghị sơ kết. Ngày 9/6, hội nghị đã thảo luận nhiều ý kiến."
    assert len(events(text, "2017-06-10")) == 1


def test_a_dateline_is_not_a_meeting() -> None:
    text = (
        "Nâng chất lượng sinh hoạt chi bộ\n\n12/04/2023 - 07:15\n\n"
        "Thực hiện Kết luận số 21-KL/TW của Hội nghị Trung ương 4 khóa XIII, Huyện ủy Tuy Phước ban hành kế hoạch. "
        "Phát biểu tại hội nghị triển khai, Bí thư Huyện ủy yêu cầu các chi bộ sinh hoạt nền nếp."
    )
    assert events(text) == []


def test_a_dated_sentence_naming_no_gathering_is_no_session() -> None:
    text = "Ngày 5/6, tỉnh Lạng Sơn tiếp nhận 200 tấn gạo. Các nghị quyết của hội nghị lần trước được triển khai."
    assert events(text, "2023-06-10") == []


def _place(e: Event) -> str | None:
    return e.place.name if e.place else None


@pytest.mark.parametrize(
    ("organiser", "place"),
    [
        ("Huyện ủy Krông Búk", "Krông Búk"),
        ("Ban Thường vụ Thị ủy Buôn Hồ", "Buôn Hồ"),
        ("Ban Thường vụ Tỉnh ủy", "Đắk Lắk"),
    ],
)
def test_a_meeting_is_at_its_organiser_s_place(organiser: str, place: str) -> None:
    text = f"Tỉnh Đắk Lắk đẩy mạnh công tác xây dựng Đảng. Chiều 20/12, {organiser} tổ chức hội nghị tổng kết năm 2024."
    (e,) = events(text, "2024-12-21")
    assert _place(e) == place


def test_a_meeting_held_at_a_district_the_sentence_names() -> None:
    text = "Tỉnh Yên Bái chú trọng học tập nghị quyết. Ngày 4/3, hội nghị quán triệt nghị quyết được tổ chức tại huyện Văn Chấn."
    (e,) = events(text, "2024-03-05")
    assert _place(e) == "Văn Chấn"


def test_a_national_meeting_is_where_the_text_says_never_at_the_article_s_province() -> None:
    held = "Sáng 5/11/2024, tại Hà Nội, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt nghị quyết. Tại điểm cầu tỉnh Sơn La, đồng chí Lò Văn Páo dự."
    (e,) = events(held)
    assert (_place(e), e.organizer) == ("Hà Nội", "Ban Bí thư")
    nowhere = "Sáng 5/11/2024, Ban Tuyên giáo Trung ương tổ chức Hội nghị trực tuyến toàn quốc. Tỉnh ủy Sơn La dự tại điểm cầu tỉnh."
    (e,) = events(nowhere)
    assert _place(e) is None


def test_a_central_team_s_meeting_with_a_province_is_at_that_province() -> None:
    text = "Sáng 12-6-2024, Đoàn kiểm tra của Bộ Chính trị tổ chức hội nghị công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Bắc Kạn."
    (e,) = events(text)
    assert _place(e) == "Bắc Kạn"


@pytest.mark.parametrize("lead", ["Chiều cùng ngày", "Cùng ngày", "Tối cùng ngày"])
def test_a_meeting_on_the_same_day_as_the_one_named_before(lead: str) -> None:
    text = (
        "Sáng 14/5, HĐND tỉnh Hà Tĩnh tổ chức kỳ họp thứ 9 để bầu Chủ tịch UBND tỉnh. "
        f"{lead}, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định về công tác cán bộ."
    )
    (e,) = events(text, "2024-05-15")
    assert (e.date, e.organizer, e.place.name if e.place else None) == (
        "2024-05-14",
        "Ban Thường vụ Tỉnh ủy",
        "Hà Tĩnh",
    )


def test_the_same_day_with_no_day_named_before_dates_nothing() -> None:
    assert events("Cùng ngày, Ban Thường vụ Tỉnh ủy Hà Tĩnh tổ chức hội nghị công bố quyết định.", "2024-05-15") == []
