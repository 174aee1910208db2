"""Post facts: who holds which post in which body of which place, as a careful reader counts them."""

from __future__ import annotations

from vnkg.builder.extract import extract
from vnkg.builder.normalise import normalise_text, split_sentences
from vnkg.records import Article, Post

Row = tuple[str, str, str, str | None]


def _posts(text: str, date: str | None = "2024-05-03", **meta: str) -> list[Post]:
    text = normalise_text(text)
    article = Article(id="t", text=text, origin="test", date=date, **meta)
    return [f for f in extract(article, split_sentences(text)).facts if isinstance(f, Post)]


def _rows(text: str, **meta: str) -> set[Row]:
    return {(p.person, p.role, p.org, p.place.name if p.place else None) for p in _posts(text, **meta)}


def test_titles_after_a_name_each_give_a_post() -> None:
    text = "SƠN LA - Dự có đồng chí Cầm Văn Chính, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh."
    assert _rows(text) == {
        ("Cầm Văn Chính", "Phó Bí thư Thường trực", "Tỉnh ủy", "Sơn La"),
        ("Cầm Văn Chính", "Chủ tịch", "Hội đồng nhân dân", "Sơn La"),
    }


def test_titles_before_a_name_the_place_ends_where_the_name_begins() -> None:
    text = "Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng; Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải dự."
    assert _rows(text) == {
        ("Hoàng Trung Dũng", "Bí thư", "Tỉnh ủy", "Hà Tĩnh"),
        ("Võ Trọng Hải", "Phó Bí thư", "Tỉnh ủy", "Hà Tĩnh"),
        ("Võ Trọng Hải", "Chủ tịch", "Ủy ban nhân dân", "Hà Tĩnh"),
    }


def test_a_list_of_people_with_parentheses_and_dashes() -> None:
    text = (
        "Tham dự có các đồng chí: Y Thanh Hà Niê Kđăm, UVTƯ Đảng, Bí thư Tỉnh ủy Đắk Lắk; "
        "Nguyễn Tuấn Hà (Phó Bí thư Tỉnh ủy) và ông Huỳnh Văn Mười - Tỉnh ủy viên, Giám đốc Sở Nội vụ."
    )
    assert _rows(text) == {
        ("Y Thanh Hà Niê Kđăm", "Ủy viên", "Ban Chấp hành Trung ương", None),
        ("Y Thanh Hà Niê Kđăm", "Bí thư", "Tỉnh ủy", "Đắk Lắk"),
        ("Nguyễn Tuấn Hà", "Phó Bí thư", "Tỉnh ủy", "Đắk Lắk"),
        ("Huỳnh Văn Mười", "Ủy viên Ban Chấp hành", "Tỉnh ủy", "Đắk Lắk"),
        ("Huỳnh Văn Mười", "Giám đốc", "Sở Nội vụ", "Đắk Lắk"),
    }


def test_an_elided_committee_is_the_next_titles() -> None:
    text = "Ông Phạm Văn Lợi, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Hoằng Hóa phát biểu."
    assert _rows(text) == {
        ("Phạm Văn Lợi", "Ủy viên Ban Thường vụ", "Huyện ủy", "Hoằng Hóa"),
        ("Phạm Văn Lợi", "Trưởng ban", "Ban Tổ chức Huyện ủy", "Hoằng Hóa"),
    }


def test_a_bare_district_body_takes_the_article_district() -> None:
    text = (
        "Huyện ủy Lục Ngạn tổng kết năm. Đồng chí Lê Văn Năm, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy báo cáo. "
        "Lục Ngạn đạt kết quả tốt."
    )
    assert _rows(text) == {("Lê Văn Năm", "Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy", "Lục Ngạn")}


def test_a_repeated_district_name_is_read_in_the_article_province() -> None:
    text = "TIỀN GIANG - Bí thư Huyện ủy Châu Thành Trần Kim Mai báo cáo với Tỉnh ủy Tiền Giang."
    (post,) = _posts(text)
    assert post.place is not None and (post.place.name, post.place.parent) == ("Châu Thành", "82")


def test_national_bodies_have_no_place() -> None:
    text = (
        "QUẢNG TRỊ - Thượng tướng Nguyễn Văn Lâm, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, "
        "Chủ nhiệm UBKT Trung ương làm việc. Thứ trưởng Bộ Công Thương Đỗ Thắng Hải dự."
    )
    assert _rows(text) == {
        ("Nguyễn Văn Lâm", "Ủy viên", "Bộ Chính trị", None),
        ("Nguyễn Văn Lâm", "Bí thư", "Ban Bí thư", None),
        ("Nguyễn Văn Lâm", "Chủ nhiệm", "Ủy ban Kiểm tra Trung ương", None),
        ("Đỗ Thắng Hải", "Thứ trưởng", "Bộ Công Thương", None),
    }


def test_a_minister_without_the_ministry_takes_the_one_named() -> None:
    text = "Thay mặt lãnh đạo Bộ Nội vụ, Bộ trưởng Trần Quang Tiến phát biểu."
    assert _rows(text) == {("Trần Quang Tiến", "Bộ trưởng", "Bộ Nội vụ", None)}


def test_posts_that_do_not_count() -> None:
    text = (
        "PHÚ YÊN - Ông Lê Văn Khánh, nguyên Bí thư Tỉnh ủy, bà Trần Thị Hoa từng là Chủ tịch UBND tỉnh Phú Yên. "
        "Phó Thủ tướng Lý Văn Quân, Chánh Văn phòng Tỉnh ủy Đào Văn Tú, Bí thư Chi bộ thôn 3 Hà Văn Lộc dự. "
        "Bí thư Thành đoàn Tô Văn Hải và Trưởng đoàn kiểm tra Mai Văn Hậu cũng dự. "
        "Ông Phan Văn Đức được giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh. "
        "HĐND tỉnh đã bãi miễn chức Phó Chủ tịch UBND tỉnh đối với ông Vũ Văn Bình."
    )
    assert _rows(text) == set()


def test_posts_one_is_elected_to_or_relieved_of_count() -> None:
    text = (
        "BẮC KẠN - Ông Hà Văn Thuận được bầu giữ chức Bí thư Huyện ủy Chợ Đồn. "
        "Bà Nông Thị Lan thôi giữ chức Phó Chủ tịch UBND huyện Chợ Đồn."
    )
    found = {(p.person, p.role, p.status) for p in _posts(text)}
    assert found == {("Hà Văn Thuận", "Bí thư", "elected"), ("Nông Thị Lan", "Phó Chủ tịch", "relieved")}


def test_one_post_per_person_role_org_place_with_first_evidence_and_date() -> None:
    text = (
        "Ngày 4/3, Tỉnh ủy Cao Bằng họp. Bí thư Tỉnh ủy Trần Hồng Minh chủ trì. "
        "Đồng chí Minh kết luận. Ông Trần Hồng Minh, Bí thư Tỉnh ủy Cao Bằng nhấn mạnh."
    )
    (post,) = _posts(text, date="2024-03-04")
    assert (post.person, post.role, post.place and post.place.name) == ("Trần Hồng Minh", "Bí thư", "Cao Bằng")
    assert post.evidence.text == "Bí thư Tỉnh ủy Trần Hồng Minh chủ trì."
    assert post.attested == "2024-03-04"


def test_short_name_after_a_cue_and_a_party_organ() -> None:
    text = (
        "Ông Lương Văn Hòa, Bí thư Đoàn Thanh niên TP.HCM phát biểu. "
        "Hiện ông Hòa là Thành ủy viên, Bí thư Đảng ủy cơ quan Sở Nội vụ TP.HCM."
    )
    assert _rows(text) == {
        ("Lương Văn Hòa", "Ủy viên Ban Chấp hành", "Thành ủy", "Hồ Chí Minh"),
        ("Lương Văn Hòa", "Bí thư", "Đảng ủy", "Hồ Chí Minh"),
    }


def test_noisy_text_glued_words_and_odd_d() -> None:
    text = "\u00d0ồng chí Lò Văn Tiến, Bí thư Huyện ủy Mường Tè.Theo đồng chí, Mường Tè đạt kết quả."
    assert _rows(text) == {("Lò Văn Tiến", "Bí thư", "Huyện ủy", "Mường Tè")}


def test_no_province_named_leaves_the_place_unknown() -> None:
    text = "Dự hội nghị có đồng chí Lý Thị Hạnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh."
    assert {p.place for p in _posts(text)} == {None}


def test_one_title_for_a_listed_group() -> None:
    text = "YÊN BÁI - Dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Tạ Văn Long, Đỗ Đức Minh và Ngô Hạnh Phúc."
    assert _rows(text) == {
        ("Tạ Văn Long", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "Yên Bái"),
        ("Đỗ Đức Minh", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "Yên Bái"),
        ("Ngô Hạnh Phúc", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "Yên Bái"),
    }


def test_the_holder_named_after_the_post() -> None:
    text = (
        "KON TUM - HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn Lực. "
        "Giữ chức Bí thư Huyện ủy Đăk Hà là đồng chí A Văn Tư."
    )
    assert _rows(text) == {
        ("Nguyễn Văn Lực", "Phó Chủ tịch", "Ủy ban nhân dân", "Kon Tum"),
        ("A Văn Tư", "Bí thư", "Huyện ủy", "Đắk Hà"),
    }


def test_a_weak_cue_needs_its_subject_close() -> None:
    text = (
        "ĐỒNG THÁP - Ông Trần Trí Quang cho biết người chịu trách nhiệm là Bí thư Huyện ủy. "
        "Hiện ông Quang là Tỉnh ủy viên."
    )
    assert _rows(text) == {("Trần Trí Quang", "Ủy viên Ban Chấp hành", "Tỉnh ủy", "Đồng Tháp")}


def test_a_commune_body_is_placed_at_its_district() -> None:
    text = "LÀO CAI - Đồng chí Lý Seo Dình, Bí thư Đảng ủy xã Tả Van, và bà Giàng Thị Mỷ, Chủ tịch UBND xã Tả Van dự."
    assert _rows(text) == {
        ("Lý Seo Dình", "Bí thư", "Đảng ủy", "Sa Pa"),
        ("Giàng Thị Mỷ", "Chủ tịch", "Ủy ban nhân dân", "Sa Pa"),
    }


def test_a_commune_name_many_provinces_share_is_read_in_the_articles_province() -> None:
    # "Tân Hiệp" is a commune in a dozen provinces; the article is about Kiên Giang
    text = "KIÊN GIANG - Đồng chí Danh Út, Bí thư Đảng ủy thị trấn Tân Hiệp phát biểu."
    assert _rows(text) == {("Danh Út", "Bí thư", "Đảng ủy", "Tân Hiệp")}
    # with no province known, a shared name gives no place
    assert _rows("Đồng chí Danh Út, Bí thư Đảng ủy xã Tân Hiệp phát biểu.") == {("Danh Út", "Bí thư", "Đảng ủy", None)}


def test_after_the_2025_merger_a_commune_body_is_of_the_province() -> None:
    text = (
        "Ngày 20/8/2025, Tỉnh ủy Gia Lai tổ chức hội nghị. Đồng chí Rơ Mah Thị Hen, Bí thư Đảng ủy xã Ia Dom; "
        "đồng chí Siu Blơi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Ia Dom phát biểu."
    )
    assert _rows(text, date=None) == {
        ("Rơ Mah Thị Hen", "Bí thư", "Đảng ủy", "Gia Lai"),
        ("Siu Blơi", "Phó Bí thư", "Đảng ủy", "Gia Lai"),
        ("Siu Blơi", "Chủ tịch", "Ủy ban nhân dân", "Gia Lai"),
    }


def test_a_member_title_takes_the_place_its_own_group_names() -> None:
    text = (
        "NGHỆ AN - Đồng chí Lô Văn Tâm (Huyện ủy viên, Phó Chủ tịch UBND huyện Tương Dương) "
        "được điều động, giữ chức Phó Bí thư Huyện ủy Kỳ Sơn."
    )
    assert _rows(text) == {
        ("Lô Văn Tâm", "Ủy viên Ban Chấp hành", "Huyện ủy", "Tương Dương"),
        ("Lô Văn Tâm", "Phó Chủ tịch", "Ủy ban nhân dân", "Tương Dương"),
        ("Lô Văn Tâm", "Phó Bí thư", "Huyện ủy", "Kỳ Sơn"),
    }


def test_a_provincial_city_article_places_bare_city_bodies_at_the_city() -> None:
    text = (
        "Thành phố Bảo Lộc tổng kết năm\n\nLÂM ĐỒNG - Thành ủy Bảo Lộc tổ chức hội nghị. Đồng chí Phạm Văn Hòa, "
        "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố phát biểu. Đồng chí Trần Hữu Lộc, Ủy viên Ban Thường vụ Tỉnh ủy dự."
    )
    assert _rows(text) == {
        ("Phạm Văn Hòa", "Phó Bí thư", "Thành ủy", "Bảo Lộc"),
        ("Phạm Văn Hòa", "Chủ tịch", "Ủy ban nhân dân", "Bảo Lộc"),
        ("Trần Hữu Lộc", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "Lâm Đồng"),
    }


def test_a_centrally_run_citys_committee_is_the_city() -> None:
    text = "CẦN THƠ - Tại quận Ninh Kiều, đồng chí Lê Quang Mạnh, Bí thư Thành ủy, Chủ tịch UBND thành phố dự."
    assert _rows(text) == {
        ("Lê Quang Mạnh", "Bí thư", "Thành ủy", "Cần Thơ"),
        ("Lê Quang Mạnh", "Chủ tịch", "Ủy ban nhân dân", "Cần Thơ"),
    }


def test_a_member_title_takes_its_committee_across_giu_chuc() -> None:
    text = "BẮC GIANG - Đồng chí Thân Văn Khoa, Ủy viên Ban Thường vụ, giữ chức Trưởng Ban Dân vận Tỉnh ủy."
    assert _rows(text) == {
        ("Thân Văn Khoa", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "Bắc Giang"),
        ("Thân Văn Khoa", "Trưởng ban", "Ban Dân vận Tỉnh ủy", "Bắc Giang"),
    }


def test_a_proposal_does_not_reach_past_a_semicolon_and_each_list_keeps_its_own_name() -> None:
    text = (
        "HÀ NAM - Đồng chí Lê Thị Thủy được giới thiệu để HĐND tỉnh bầu giữ chức Chủ tịch HĐND tỉnh; "
        "đồng chí Trần Xuân Dưỡng, Phó Bí thư Tỉnh ủy, đồng chí Đinh Thị Lụa, Trưởng Ban Tổ chức Tỉnh ủy dự."
    )
    assert _rows(text) == {
        ("Trần Xuân Dưỡng", "Phó Bí thư", "Tỉnh ủy", "Hà Nam"),
        ("Đinh Thị Lụa", "Trưởng ban", "Ban Tổ chức Tỉnh ủy", "Hà Nam"),
    }


def test_a_district_in_a_press_spelling_is_placed() -> None:
    text = "ĐẮK LẮK - Đồng chí Y Suôn Byă, Bí thư Huyện ủy Krông Pắk phát biểu."
    assert _rows(text) == {("Y Suôn Byă", "Bí thư", "Huyện ủy", "Krông Pắc")}
