"""Document references in every form the press uses: ``mentions/documents.py`` and ``facts/documents.py``."""

from __future__ import annotations

import pytest

from tests.builder.extracted import facts
from vnkg.builder.mentions.documents import find_in
from vnkg.records import Document, DocumentRef


def refs(text: str, date: str | None = None) -> list[DocumentRef]:
    return [f.ref for f in facts(text, date, Document)]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("written", "code", "kind"),
    [
        ("Nghị quyết số 04-NQ/TW", "04-NQ/TW", "Nghị quyết"),
        ("Chương trình hành động số 21-CTr/TU", "21-CTr/TU", "Chương trình hành động"),
        ("Chương trình số 09-CTr/TU", "09-CTr/TU", "Chương trình hành động"),
        ("Kế hoạch số 100-KH/HU", "100-KH/HU", "Kế hoạch"),
        ("Kết luận 21 – NQ/TW", "21-NQ/TW", "Kết luận"),
        ("theo 21-KL-TW", "21-KL/TW", "Kết luận"),
        ("Chỉ thị 22/CT-TW", "22-CT/TW", "Chỉ thị"),
        ("Quyết định số 439 – QĐNS/TW", "439-QĐNS/TW", "Quyết định"),
        ("Quy định số 181-QĐ/TW", "181-QĐ/TW", "Quy định"),
        ("Quy định 08-QĐi/TW", "08-QĐi/TW", "Quy định"),
        ("Hướng dẫn số 01-HD/TW", "01-HD/TW", "Hướng dẫn"),
        ("Đề án số 02-ĐA/TU", "02-ĐA/TU", "Đề án"),
        ("Thông báo kết luận số 125-TB/TU", "125-TB/TU", "Thông báo"),
        ("Nghị quyết số 54/2017/QH14", "54/2017/QH14", "Nghị quyết"),
        ("Nghị quyết số 11/NQ-HĐND", "11/NQ-HĐND", "Nghị quyết"),
        ("Quyết định 666/2015/QĐ-UBND", "666/2015/QĐ-UBND", "Quyết định"),
    ],
)
def test_codes_are_normalised_with_their_kind(written: str, code: str, kind: str) -> None:
    (found,) = refs(f"Tỉnh ủy Ninh Bình quán triệt {written} tới cán bộ.")
    assert (found.code, found.kind) == (code, kind)


def test_date_issuer_and_term_written_after_the_code() -> None:
    (found,) = refs("Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị khóa XII về học tập.")
    assert (found.number, found.date, found.issuer, found.term) == ("05", "2016-05-15", "Bộ Chính trị", "XII")


def test_issuer_from_the_symbol_when_the_text_names_none() -> None:
    (found,) = refs("Huyện ủy Yên Thành ban hành Kế hoạch số 45-KH/HU để triển khai.")
    assert found.issuer == "Huyện ủy"


@pytest.mark.parametrize(
    ("written", "kind", "number"),
    [
        ("Chỉ thị số 05", "Chỉ thị", "05"),
        ("Đề án 453", "Đề án", "453"),
        ("Kết luận số 24", "Kết luận", "24"),
        ("Quy định 01", "Quy định", "01"),
        ("quyết định số 68", "Quyết định", "68"),
        ("NQ 04", "Nghị quyết", "04"),
    ],
)
def test_by_number_only(written: str, kind: str, number: str) -> None:
    (found,) = refs(f"Các cấp ủy ở Cao Bằng thực hiện {written}.")
    assert (found.kind, found.number, found.code) == (kind, number, None)


@pytest.mark.parametrize(
    "text",
    [
        "Xây dựng kế hoạch 5 năm và kết luận 3 nội dung.",
        "Theo kế hoạch của Tỉnh ủy và Quy chế làm việc của Ban Chấp hành.",
        "Công văn số 123-CV/TU và Công điện số 05/CĐ-UBND được gửi tới các huyện.",
        "Huyện thực hiện Chương trình 135 và các nghị quyết, chỉ thị của Đảng.",
        "Điều lệ Đảng bộ cơ sở không có; Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.",
    ],
)
def test_not_documents(text: str) -> None:
    assert refs(text) == []


def test_plenum_with_two_terms_is_two_documents() -> None:
    found = refs("Các cấp ủy thực hiện nghị quyết Trung ương 4 khóa XI, XII gắn với Chỉ thị 05-CT/TW.")
    plenums = sorted((r.plenum, r.term) for r in found if r.plenum)
    assert plenums == [("4", "XI"), ("4", "XII")]
    assert all(r.issuer == "Ban Chấp hành Trung ương" and r.code is None for r in found if r.plenum)


@pytest.mark.parametrize(
    "written",
    [
        "Nghị quyết Trung ương 4 (khóa XII)",
        "NQ Trung ương 4, khóa XII",
        "NQTW4 khóa XII",
        "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
    ],
)
def test_plenum_forms(written: str) -> None:
    (found,) = refs(f"Đảng bộ tỉnh Tuyên Quang thực hiện {written} nghiêm túc.")
    assert (found.kind, found.plenum, found.term, found.number) == ("Nghị quyết", "4", "XII", None)


def test_a_termless_plenum_takes_the_only_term_named() -> None:
    found = refs(
        "Thực hiện Nghị quyết Trung ương 4 (khóa XII). Tỉnh đánh giá Nghị quyết Trung ương 4 gắn với Chỉ thị 05."
    )
    assert [(r.plenum, r.term) for r in found if r.plenum] == [("4", "XII")]


def test_congress_resolutions_with_their_place() -> None:
    text = (
        "Tỉnh ủy Hà Tĩnh cụ thể hóa Nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng, "
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX và các chủ trương của tỉnh."
    )
    found = {r.congress: r for r in refs(text)}
    assert found["XIII"].congress_place is None
    assert found["XIX"].congress_place is not None and found["XIX"].congress_place.name == "Hà Tĩnh"


def test_chained_congresses_are_two() -> None:
    text = "Tỉnh Hà Giang thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và Đại hội Đảng bộ tỉnh lần thứ XVII."
    assert sorted(r.congress for r in refs(text)) == ["XII", "XVII"]


def test_statute_once_per_article() -> None:
    found = refs("Thi hành điều lệ Đảng. Các quy định thi hành Điều lệ Đảng được thực hiện nghiêm.")
    assert [r.kind for r in found] == ["Điều lệ"]


def test_short_later_references_are_the_same_document() -> None:
    text = (
        "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khóa XII "
        "(sau đây gọi tắt là Nghị quyết 18), Tỉnh ủy ban hành Chương trình hành động số 21-CTr/TU. "
        "Chương trình hành động số 21 của Tỉnh ủy và NQ 18 được triển khai."
    )
    assert sorted(r.code for r in refs(text)) == ["18-NQ/TW", "21-CTr/TU"]


def test_same_code_of_different_years_stays_apart() -> None:
    text = (
        "Nghị quyết số 05-NQ/TU ngày 10/1/2016 về giảm nghèo đã hoàn thành. "
        "Năm 2021, Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU ngày 2/3/2021 về chuyển đổi số."
    )
    assert sorted(r.date for r in refs(text) if r.date) == ["2016-01-10", "2021-03-02"]


def test_mentions_carry_the_ref_fields() -> None:
    (m,) = find_in("Kết luận số 24 ngày 5/6/2012 của Bộ Chính trị khóa XI về quy hoạch")
    assert m.kind == "document" and m.value == "Kết luận"
    assert (m.attr("number"), m.attr("date"), m.attr("issuer"), m.attr("term")) == (
        "24",
        "2012-06-05",
        "Bộ Chính trị",
        "XI",
    )


@pytest.mark.parametrize(
    ("text", "plenum", "term"),
    [
        (
            "Thực hiện Nghị quyết số 21-NQ/TW ngày 16-6-2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XIII, Tỉnh ủy Quảng Trị ban hành Kế hoạch số 80-KH/TU.",
            "5",
            "XIII",
        ),
        ("Quán triệt Nghị quyết số 27-NQ/TW Hội nghị Trung ương 6 khóa XIII về Nhà nước pháp quyền.", "6", "XIII"),
        ("Nghị quyết số 18-NQ/TW Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII về bộ máy.", "6", "XII"),
    ],
)
def test_a_code_followed_by_its_plenum_carries_it(text: str, plenum: str, term: str) -> None:
    coded = [r for r in refs(text) if r.code and r.code.endswith("-NQ/TW")]
    assert [(r.plenum, r.term, r.issuer) for r in coded] == [(plenum, term, "Ban Chấp hành Trung ương")]
