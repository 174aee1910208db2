"""What implements what: ``facts/documents.py``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.builder.extracted import facts
from vnkg.records import DocumentRef, Implements


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


def test_b_right_before_thuc_hien_a_without_a_preposition() -> None:
    text = "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 71-KH/HU thực hiện Nghị quyết 18-NQ/TW và Kế hoạch số 72-KH/HU triển khai thực hiện Nghị quyết 19-NQ/TW."
    assert pairs(text) == {("71-KH/HU", "18-NQ/TW"), ("72-KH/HU", "19-NQ/TW")}


def test_an_issued_b_whose_title_comes_before_what_it_carries_out() -> None:
    text = (
        "Ban Chấp hành Đảng bộ huyện Mường Tè đã ban hành Nghị quyết số 03-NQ/HU ngày 2/4/2021 về phát triển kinh tế "
        "rừng giai đoạn 2021 - 2025, cụ thể hóa Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI."
    )
    assert pairs(text) == {("03-NQ/HU", "Nghị quyết XXI")}


def test_thuc_hien_a_ban_hanh_b1_va_b2() -> None:
    text = "Thực hiện Nghị quyết 21, Ban Thường vụ Tỉnh ủy Kon Tum đã ban hành Chương trình hành động số 40-CTr/TU và Đề án số 09-ĐA/TU. Trước đó, Nghị quyết số 21-NQ/TW được quán triệt."
    assert pairs(text) == {("40-CTr/TU", "21-NQ/TW"), ("09-ĐA/TU", "21-NQ/TW")}


@pytest.mark.parametrize("lead", ["Để cụ thể hóa", "Nhằm cụ thể hóa", "Triển khai", "Để triển khai thực hiện"])
def test_lead_forms(lead: str) -> None:
    text = f"{lead} Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Phú Thọ ban hành Kế hoạch số 160-KH/TU."
    assert pairs(text) == {("160-KH/TU", "35-CT/TW")}


def test_a_state_document_carrying_out_a_party_one() -> None:
    text = "HĐND tỉnh Hà Giang ban hành Nghị quyết số 14/NQ-HĐND ngày 9/7/2019 của HĐND tỉnh thực hiện Nghị quyết số 09-NQ/TU."
    assert pairs(text) == {("14/NQ-HĐND", "09-NQ/TU")}


def test_cu_the_hoa_thanh_b_carries_out_the_document_just_named() -> None:
    text = "Tỉnh ủy ban hành Đề án số 11-ĐA/TU về thực hiện Nghị quyết 05-NQ/TU. HĐND tỉnh cụ thể hóa thành Nghị quyết số 20/NQ-HĐND về chính sách hỗ trợ."
    assert pairs(text) == {("11-ĐA/TU", "05-NQ/TU"), ("20/NQ-HĐND", "05-NQ/TU")}


def test_a_guide_and_the_rule_it_guides_both_carry_out_the_statute_not_each_other() -> None:
    text = (
        "Huyện ủy quán triệt Quy định số 24-QĐ/TW ngày 30-7-2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng "
        "và Hướng dẫn số 06-HD/TW ngày 9-6-2022 của Ban Bí thư hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng."
    )
    assert pairs(text) == {("24-QĐ/TW", "Điều lệ"), ("06-HD/TW", "Điều lệ")}


@pytest.mark.parametrize(
    "text",
    [
        "Huyện ủy quán triệt Chỉ thị số 28-CT/TW, triển khai thực hiện Nghị quyết số 21-NQ/TW.",
        "Hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW gắn với Nghị quyết số 21-NQ/TW.",
        "Căn cứ Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật.",
        "Tỉnh ủy quán triệt Kết luận số 21-KL/TW về đẩy mạnh xây dựng Đảng, thực hiện Nghị quyết số 21-NQ/TW.",
    ],
)
def test_documents_named_side_by_side_carry_out_nothing(text: str) -> None:
    assert pairs(text) == set()


@pytest.mark.parametrize("lead", ["Trên cơ sở đó", "Thực hiện nghị quyết này", "Để triển khai chỉ thị trên"])
def test_a_lead_pointing_back_to_the_document_just_named(lead: str) -> None:
    text = (
        "Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đột phá phát triển khoa học, công nghệ. "
        f"{lead}, Ban Thường vụ Tỉnh ủy Hậu Giang đã ban hành Kế hoạch số 210-KH/TU."
    )
    assert pairs(text) == {("210-KH/TU", "57-NQ/TW")}


@pytest.mark.parametrize(
    "text",
    [
        "Huyện ủy ban hành Kế hoạch số 45-KH/HU để cụ thể hóa và triển khai thực hiện Nghị quyết số 21-NQ/TW.",
        "Kế hoạch số 45-KH/HU được ban hành nhằm thực hiện có hiệu quả Nghị quyết số 21-NQ/TW.",
        "Thực hiện có hiệu quả Nghị quyết số 21-NQ/TW, Huyện ủy ban hành Kế hoạch số 45-KH/HU.",
    ],
)
def test_runs_of_verbs_and_adverbs(text: str) -> None:
    assert pairs(text) == {("45-KH/HU", "21-NQ/TW")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tỉnh ủy Phú Yên ban hành Chương trình hành động số 44-CTr/TU (thực hiện Nghị quyết số 29-NQ/TW).",
            {("44-CTr/TU", "29-NQ/TW")},
        ),
        (
            "Kế hoạch số 30-KH/HU của Ban Thường vụ Huyện ủy Chư Sê (thực hiện Chỉ thị số 28-CT/TW và "
            "Kết luận số 01-KL/TW) được triển khai tới các chi bộ.",
            {("30-KH/HU", "28-CT/TW"), ("30-KH/HU", "01-KL/TW")},
        ),
        (
            "Ban Thường vụ Tỉnh ủy Trà Vinh ban hành Kế hoạch số 19-KH/TU về học tập, quán triệt, tuyên truyền và "
            "triển khai thực hiện Nghị quyết số 18-NQ/TW.",
            {("19-KH/TU", "18-NQ/TW")},
        ),
        (
            "Nghị quyết 09 được xây dựng nhằm cụ thể hóa Quy định số 22-QĐ/TW. Trước đó, Huyện ủy Ia Grai ban hành "
            "Nghị quyết số 09-NQ/HU.",
            {("09-NQ/HU", "22-QĐ/TW")},
        ),
    ],
)
def test_b_then_its_clause_in_other_wordings(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ban Thường vụ Tỉnh ủy Bình Định ban hành Kế hoạch số 12-KH/TU nhằm đưa Nghị quyết số 27-NQ/TW vào cuộc sống.",
        "Để đưa Nghị quyết số 27-NQ/TW vào cuộc sống, Tỉnh ủy Bình Định ban hành Kế hoạch số 12-KH/TU.",
        "Sau khi Nghị quyết số 27-NQ/TW được ban hành, Tỉnh ủy Bình Định đã ban hành Kế hoạch số 12-KH/TU.",
        "Sau khi Bộ Chính trị ban hành Nghị quyết số 27-NQ/TW, Tỉnh ủy Bình Định xây dựng Kế hoạch số 12-KH/TU.",
        "Tiếp tục thực hiện Nghị quyết số 27-NQ/TW, Tỉnh ủy Bình Định đã thông qua Kế hoạch số 12-KH/TU.",
    ],
)
def test_putting_a_into_effect_and_following_it(text: str) -> None:
    assert pairs(text) == {("12-KH/TU", "27-NQ/TW")}


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU nhằm đưa Nghị quyết số 27-NQ/TW đến với cán bộ, đảng viên.",
        "Sau khi Nghị quyết số 27-NQ/TW hết hiệu lực, tỉnh Bình Định ban hành Kế hoạch số 12-KH/TU.",
    ],
)
def test_dua_and_sau_khi_need_their_complement(text: str) -> None:
    assert pairs(text) == set()


def test_a_made_into_two_documents() -> None:
    text = "Nghị quyết số 21-NQ/TW được Tỉnh ủy Hòa Bình cụ thể hóa bằng Kế hoạch số 61-KH/TU và Đề án số 03-ĐA/TU."
    assert pairs(text) == {("61-KH/TU", "21-NQ/TW"), ("03-ĐA/TU", "21-NQ/TW")}


def test_three_documents_issued_in_a_list_to_carry_out_a() -> None:
    text = (
        "Ban Thường vụ Tỉnh ủy Lào Cai ban hành Kế hoạch số 101-KH/TU, Hướng dẫn số 07-HD/TU và Đề án số 02-ĐA/TU "
        "để thực hiện Nghị quyết số 10-NQ/TW."
    )
    assert pairs(text) == {("101-KH/TU", "10-NQ/TW"), ("07-HD/TU", "10-NQ/TW"), ("02-ĐA/TU", "10-NQ/TW")}


def test_a_lead_with_two_titled_targets() -> None:
    text = (
        "Thực hiện Nghị quyết số 41/2021/QH15 của Quốc hội phê duyệt Đề án tổng thể về giao thông và Quyết định số "
        "215/QĐ-TTg ngày 3/3/2022 của Thủ tướng Chính phủ, Ban Thường vụ Tỉnh ủy Sóc Trăng đã ban hành Kế hoạch số "
        "77-KH/TU về giao thông nông thôn."
    )
    assert pairs(text) == {("77-KH/TU", "41/2021/QH15"), ("77-KH/TU", "215/QĐ-TTg")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ Chính trị ban hành Kế hoạch số 47-KH/TW ngày 5/2/2023. Năm 2023, Chỉ thị số 05-CT/TW tiếp tục được "
            "quán triệt.\n\nĐể triển khai kế hoạch của Trung ương, Tỉnh ủy Điện Biên ban hành Kế hoạch số 201-KH/TU.",
            {("201-KH/TU", "47-KH/TW")},
        ),
        (
            "Tỉnh ủy Hà Nam ban hành Nghị quyết số 05-NQ/TU. Đề án số 03-ĐA/TU cũng được thực hiện.\n\n"
            "Để thực hiện nghị quyết của Tỉnh ủy, UBND tỉnh xây dựng Kế hoạch số 44/KH-UBND.",
            {("44/KH-UBND", "05-NQ/TU")},
        ),
    ],
)
def test_a_generic_lead_points_back_to_the_last_document_of_its_kind(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_theo_tinh_than_a_ban_hanh_b() -> None:
    """Issuing B "in the spirit of" A makes A concrete: B carries A out (as "Thực hiện A, ban hành B")."""
    text = "Theo tinh thần Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Tỉnh ủy Hưng Yên ban hành Kế hoạch số 35-KH/TU về chuyển đổi số."
    assert pairs(text) == {("35-KH/TU", "57-NQ/TW")}


def test_guidance_on_some_articles_of_a() -> None:
    text = (
        "Ủy ban Kiểm tra Tỉnh ủy Bến Tre thực hiện theo Quy định số 86-QĐ/TW và Hướng dẫn số 07-HD/UBKTTW của "
        "UBKT Trung ương hướng dẫn thực hiện một số điều của Quy định 86."
    )
    assert pairs(text) == {("07-HD/UBKTTW", "86-QĐ/TW")}


def test_targets_listed_after_a_title() -> None:
    text = (
        "Quyết định số 2210-QĐ/TW được ban hành nhằm thực hiện Nghị quyết số 71-NQ/TW ngày 3/3/2025 của Hội nghị "
        "lần thứ 12 Ban Chấp hành Trung ương khóa XIII và Kết luận số 140-KL/TW của Bộ Chính trị."
    )
    assert pairs(text) == {("2210-QĐ/TW", "71-NQ/TW"), ("2210-QĐ/TW", "140-KL/TW")}


def test_documents_issued_in_a_list_after_a_lead_pointing_back() -> None:
    text = (
        "Bộ Chính trị ban hành Chỉ thị số 52-CT/TW ngày 2/5/2025 về đại hội đảng bộ các cấp. Để triển khai chỉ thị "
        "này, Ban Thường vụ Tỉnh ủy Gia Lai ban hành Kế hoạch số 14-KH/TU ngày 9/6/2025 và Hướng dẫn số 21-HD/TU về nhân sự."
    )
    assert pairs(text) == {("14-KH/TU", "52-CT/TW"), ("21-HD/TU", "52-CT/TW")}


def test_a_list_stops_at_a_clause_of_its_own() -> None:
    text = (
        "Thực hiện Nghị quyết số 39-NQ/TW, Huyện ủy Krông Pắc ban hành Kế hoạch số 61-KH/HU ngày 4/4/2024, "
        "thay thế Kế hoạch số 22-KH/HU."
    )
    assert pairs(text) == {("61-KH/HU", "39-NQ/TW")}


@pytest.mark.parametrize(
    "text",
    [
        # a legal basis: the text does not say B carries A out
        "Căn cứ Quy định số 22-QĐ/TW, Ủy ban Kiểm tra Tỉnh ủy ban hành Quyết định số 150-QĐ/UBKTTU về kỷ luật đảng viên.",
        # reviewing how A was carried out is an event, whatever is issued after it
        "Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Huyện ủy Ba Chẽ đã ban hành Quyết định số 120-QĐ/HU.",
        "Huyện ủy Đức Trọng tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW; ban hành Kế hoạch số 30-KH/HU về cán bộ.",
        "Huyện ủy Lộc Ninh tổ chức hội nghị tổng kết việc thực hiện Nghị quyết số 26-NQ/TW và Kế hoạch số 12-KH/TU.",
        # a document that replaces another
        "Ban Thường vụ Tỉnh ủy ban hành Quy định số 05-QĐ/TU thay thế Quy định số 01-QĐ/TU.",
        # listed side by side
        "Huyện ủy ban hành Kế hoạch số 10-KH/HU và Nghị quyết số 05-NQ/HU.",
        "Hội nghị quán triệt Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW và Kết luận số 21-KL/TW.",
        "Thực hiện Nghị quyết số 19-NQ/TW và Chương trình hành động số 12-CTr/TU của Tỉnh ủy, huyện xây dựng 15 mô hình.",
    ],
)
def test_no_link_for_a_basis_a_review_a_replacement_or_a_list(text: str) -> None:
    assert pairs(text) == set()


def test_heldout_implements_when_present() -> None:
    """The held-out passages' implements links, all found (the tuning set is open)."""
    root = Path(__file__).resolve().parents[1] / "data" / "heldout"
    if not (root / "texts").is_dir():
        pytest.skip("no held-out set in tests/data/heldout")
    for gold in sorted((root / "gold").glob("h0[0-4]*.jsonl")):
        want = {
            (r["document"], r["target"])
            for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())
            if r["type"] == "implements" and isinstance(r["document"], str) and isinstance(r["target"], str)
        }
        if not want:
            continue
        got = pairs((root / "texts" / f"{gold.stem}.txt").read_text(encoding="utf-8"))
        assert want <= got, gold.stem


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a lead that makes A into law: "Để thể chế hóa A, … ban hành B"
            "Để thể chế hóa Nghị quyết số 09-NQ/TU của Tỉnh ủy, HĐND tỉnh Sơn La ban hành "
            "Nghị quyết số 45/2022/NQ-HĐND về chính sách hỗ trợ cán bộ cơ sở.",
            {("45/2022/NQ-HĐND", "09-NQ/TU")},
        ),
        (  # an issued B whose title is no "về …" clause: "B thí điểm … nhằm thể chế hóa A"
            "Quốc hội đã ban hành Nghị quyết số 98/2023/QH15 thí điểm cơ chế, chính sách đặc thù "
            "nhằm thể chế hóa Kết luận số 14-KL/TW của Bộ Chính trị.",
            {("98/2023/QH15", "14-KL/TW")},
        ),
        (  # "B phê duyệt …, theo tinh thần A"
            "UBND tỉnh Kon Tum ban hành Quyết định số 512/QĐ-UBND phê duyệt Đề án phát triển cây mắc ca, "
            "theo tinh thần Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.",
            {("512/QĐ-UBND", "03-NQ/TU")},
        ),
        (  # a B that the sentence issues after its title: "B về … được xây dựng nhằm thực hiện A"
            "Đề án số 11-ĐA/HU về sắp xếp thôn, tổ dân phố được xây dựng nhằm thực hiện "
            "Nghị quyết số 27-NQ/TU của Tỉnh ủy Hà Tĩnh.",
            {("11-ĐA/HU", "27-NQ/TU")},
        ),
    ],
)
def test_carrying_out_in_a_title_or_a_lead_that_makes_law(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_a_title_naming_a_document_it_does_not_carry_out() -> None:
    # The second document is named in B's title but B is not said to carry it out.
    text = (
        "Tỉnh ủy ban hành Quyết định số 310-QĐ/TU phê duyệt danh sách cán bộ theo Quy định số 50-QĐ/TW "
        "của Bộ Chính trị."
    )
    assert pairs(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # "để hiện thực hóa A, … ban hành B"
            "Để hiện thực hóa Nghị quyết số 26-NQ/TW của Bộ Chính trị, Tỉnh ủy Trà Vinh đã ban hành "
            "Chương trình hành động số 41-CTr/TU ngày 9/9/2022.",
            {("41-CTr/TU", "26-NQ/TW")},
        ),
        (  # an issued B whose title ends "để đưa A vào thực tiễn"
            "Huyện ủy Cầu Ngang ban hành Nghị quyết số 07-NQ/HU về phát triển kinh tế tập thể "
            "để đưa Nghị quyết số 12-NQ/TU của Tỉnh ủy vào thực tiễn.",
            {("07-NQ/HU", "12-NQ/TU")},
        ),
        (  # B right before "triển khai đồng thời A và C"
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 22-KH/TU ngày 2/6/2025 triển khai đồng thời "
            "Nghị quyết số 66-NQ/TW và Nghị quyết số 59-NQ/TW của Bộ Chính trị.",
            {("22-KH/TU", "66-NQ/TW"), ("22-KH/TU", "59-NQ/TW")},
        ),
        (  # "B … cùng thực hiện A"
            "Đảng ủy Khối các cơ quan tỉnh có Kế hoạch số 31-KH/ĐU cùng thực hiện Chỉ thị số 35-CT/TW.",
            {("31-KH/ĐU", "35-CT/TW")},
        ),
        (  # a title that ends ", thể chế hóa kịp thời A"
            "Quốc hội đã thông qua Nghị quyết số 201/2025/QH15 về cơ chế đặc thù cho khoa học, công nghệ, "
            "thể chế hóa kịp thời Nghị quyết số 57-NQ/TW.",
            {("201/2025/QH15", "57-NQ/TW")},
        ),
        (  # "B về Chương trình/Kế hoạch hành động thực hiện A"
            "Chính phủ ban hành Nghị quyết số 71/NQ-CP ngày 3/6/2025 về Chương trình hành động thực hiện "
            "Nghị quyết số 66-NQ/TW.",
            {("71/NQ-CP", "66-NQ/TW")},
        ),
    ],
)
def test_more_wordings_of_carrying_out(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


def test_putting_a_into_something_else_is_not_carrying_it_out() -> None:
    text = (
        "Huyện ủy ban hành Nghị quyết số 07-NQ/HU về phát triển kinh tế tập thể "
        "để đưa Nghị quyết số 12-NQ/TU vào danh mục kiểm tra năm 2025."
    )
    assert pairs(text) == set()
