"""What implements what: ``facts/documents.py``."""

from __future__ import annotations

from vnkg.builder.extract import extract
from vnkg.builder.normalise import normalise_text, split_sentences
from vnkg.records import Article, DocumentRef, Fact, Implements


def facts(text: str, date: str | None = None, kind: type | None = None) -> list[Fact]:
    """The facts the extractor finds in ``text`` (of one record type when ``kind`` is given)."""
    text = normalise_text(text)
    article = Article(id="t", text=text, origin="test", date=date)
    found = extract(article, split_sentences(text)).facts
    return [f for f in found if kind is None or isinstance(f, kind)]


def _name(ref: DocumentRef) -> str:
    return ref.code or f"{ref.kind} {ref.number or ''}{ref.plenum or ''}{ref.congress or ''} {ref.term or ''}".strip()


def pairs(text: str) -> set[tuple[str, str]]:
    return {(_name(f.document), _name(f.target)) for f in facts(text, kind=Implements)}  # type: ignore[attr-defined]


def test_b_about_carrying_out_a() -> None:
    text = "Ban Thường vụ Tỉnh ủy Long An ban hành Chương trình hành động số 12-CTr/TU ngày 3-4-2017 về việc thực hiện Nghị quyết số 04-NQ/TW."
    assert pairs(text) == {("12-CTr/TU", "04-NQ/TW")}


def test_b_carries_out_two_targets() -> None:
    text = "Huyện ủy ban hành Kế hoạch số 80-KH/HU về thực hiện NQ Trung ương 4, khóa XI và NQ Trung ương 4, khóa XII."
    assert pairs(text) == {("80-KH/HU", "Nghị quyết 4 XI"), ("80-KH/HU", "Nghị quyết 4 XII")}


def test_thuc_hien_a_ban_hanh_b() -> None:
    text = "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Nghệ An đã ban hành Kế hoạch số 150-KH/TU để triển khai."
    assert pairs(text) == {("150-KH/TU", "35-CT/TW")}


def test_tren_co_so_a_cu_the_hoa_thanh_b_gives_a_chain() -> None:
    text = (
        "Trên cơ sở Chương trình hành động số 21-CTr/TU ngày 27-2-2017 của Ban Thường vụ Tỉnh ủy về việc thực hiện NQ 04, "
        "Huyện ủy Chợ Gạo đã cụ thể hóa thành Chương trình hành động số 17-CTr/HU để triển khai. "
        "Trước đó, Nghị quyết số 04-NQ/TW được quán triệt."
    )
    assert pairs(text) == {("21-CTr/TU", "04-NQ/TW"), ("17-CTr/HU", "21-CTr/TU")}


def test_cu_the_hoa_a_bang_b() -> None:
    text = "Tỉnh ủy Bến Tre đã cụ thể hóa Nghị quyết số 18-NQ/TW bằng Đề án số 07-ĐA/TU."
    assert pairs(text) == {("07-ĐA/TU", "18-NQ/TW")}


def test_rules_on_carrying_out_the_statute() -> None:
    text = (
        "Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng và "
        "Hướng dẫn số 01-HD/TW của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng được quán triệt."
    )
    assert pairs(text) == {("24-QĐ/TW", "Điều lệ"), ("01-HD/TW", "Điều lệ")}


def test_congress_targets() -> None:
    text = "Tỉnh ủy Quảng Nam ban hành Chương trình số 09-CTr/TU về thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXII và Nghị quyết Đại hội XIII của Đảng."
    assert pairs(text) == {("09-CTr/TU", "Nghị quyết XXII"), ("09-CTr/TU", "Nghị quyết XIII")}


def test_no_implements_without_a_second_document_or_a_link() -> None:
    assert pairs("Thực hiện Nghị quyết số 04-NQ/TW, huyện Mỏ Cày Nam đã tạo chuyển biến tích cực.") == set()
    assert (
        pairs("Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp; Kế hoạch số 10-KH/TU về du lịch.")
        == set()
    )
