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


def test_a_bare_district_body_takes_the_district_its_sentence_names_first() -> None:
    text = (
        "LONG AN - Tại huyện Đức Hòa, đồng chí Phan Văn Tới, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy cho biết. "
        "Ở thị xã Kiến Tường, đồng chí Võ Thị Hạnh, Bí thư Thị ủy cho biết. Huyện Cần Đước đã làm tốt."
    )
    assert _rows(text) == {
        ("Phan Văn Tới", "Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy", "Đức Hòa"),
        ("Võ Thị Hạnh", "Bí thư", "Thị ủy", "Kiến Tường"),
    }


def test_full_time_and_standing_deputies_hold_the_deputy_post() -> None:
    text = (
        "SƠN LA - Bà Quàng Thị Lan, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh; ông Lò Văn Sướng, "
        "Phó Bí thư chuyên trách Đảng ủy Khối các cơ quan tỉnh; ông Cầm Văn Đôi, Phó Chủ tịch Thường trực "
        "UBND tỉnh; bà Lường Thị Tươi, Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy dự."
    )
    assert _rows(text) == {
        ("Quàng Thị Lan", "Phó Trưởng đoàn", "Đoàn Đại biểu Quốc hội", "Sơn La"),
        ("Lò Văn Sướng", "Phó Bí thư", "Đảng ủy", "Sơn La"),
        ("Cầm Văn Đôi", "Phó Chủ tịch", "Ủy ban nhân dân", "Sơn La"),
        ("Lường Thị Tươi", "Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy", "Sơn La"),
    }


def test_a_long_attendee_list_each_person_with_their_titles() -> None:
    text = (
        "QUẢNG NGÃI - Dự hội nghị có các đồng chí: Trương Minh Lực, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; "
        "Bùi Thị Diệu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Đỗ Văn Khải, Phó Bí thư Tỉnh ủy, "
        "Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ Tỉnh ủy và đồng chí Lê Văn Hòa - Ủy viên BTV "
        "Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy."
    )
    assert _rows(text) == {
        ("Trương Minh Lực", "Ủy viên", "Ban Chấp hành Trung ương", None),
        ("Trương Minh Lực", "Bí thư", "Tỉnh ủy", "Quảng Ngãi"),
        ("Bùi Thị Diệu", "Phó Bí thư Thường trực", "Tỉnh ủy", "Quảng Ngãi"),
        ("Bùi Thị Diệu", "Chủ tịch", "Hội đồng nhân dân", "Quảng Ngãi"),
        ("Đỗ Văn Khải", "Phó Bí thư", "Tỉnh ủy", "Quảng Ngãi"),
        ("Đỗ Văn Khải", "Chủ tịch", "Ủy ban nhân dân", "Quảng Ngãi"),
        ("Lê Văn Hòa", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "Quảng Ngãi"),
        ("Lê Văn Hòa", "Trưởng ban", "Ban Tổ chức Tỉnh ủy", "Quảng Ngãi"),
    }


def test_bodies_of_the_front_the_police_the_military_and_the_inspection_committee() -> None:
    text = (
        "LAI CHÂU - Bà Tẩn Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại tá Lò Văn Khiêm, Giám đốc Công an "
        "tỉnh; đại tá Vàng A Páo, Bí thư Đảng ủy Quân sự tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; "
        "ông Chẻo Văn Lành, Ủy viên Ủy ban Kiểm tra Tỉnh ủy dự."
    )
    assert _rows(text) == {
        ("Tẩn Thị Mai", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc", "Lai Châu"),
        ("Lò Văn Khiêm", "Giám đốc", "Công an tỉnh", "Lai Châu"),
        ("Vàng A Páo", "Bí thư", "Đảng ủy", "Lai Châu"),  # the commander's post is outside the role list
        ("Chẻo Văn Lành", "Ủy viên", "Ủy ban Kiểm tra Tỉnh ủy", "Lai Châu"),
    }


def test_highland_and_khmer_names_before_and_after_titles_ending_in_a_place() -> None:
    text = (
        "GIA LAI - Bí thư Huyện ủy Chư Păh Rah Lan Dũng và Chủ tịch UBND huyện Ia Grai Siu Hoa dự; "
        "đồng chí Ksor H'Bơ, Phó Chủ tịch HĐND tỉnh; đồng chí Rơ Mah Thuận, Bí thư Huyện ủy Chư Prông."
    )
    assert _rows(text) == {
        ("Rah Lan Dũng", "Bí thư", "Huyện ủy", "Chư Păh"),
        ("Siu Hoa", "Chủ tịch", "Ủy ban nhân dân", "Ia Grai"),
        ("Ksor H'Bơ", "Phó Chủ tịch", "Hội đồng nhân dân", "Gia Lai"),
        ("Rơ Mah Thuận", "Bí thư", "Huyện ủy", "Chư Prông"),
    }
    text = (
        "TRÀ VINH - Đồng chí Thạch Thị Sa Ri, Phó Bí thư Huyện ủy Cầu Ngang; ông Sơn Văn Bé, Chủ tịch UBND "
        "huyện Trà Cú; bà Kim Thị Hương, Phó Chủ tịch HĐND tỉnh; ông Danh Út, Trưởng Ban Dân vận Tỉnh ủy; "
        "KON TUM - ông A Phới, Bí thư Huyện ủy Ia H'Drai."
    )
    assert _rows(text) == {
        ("Thạch Thị Sa Ri", "Phó Bí thư", "Huyện ủy", "Cầu Ngang"),
        ("Sơn Văn Bé", "Chủ tịch", "Ủy ban nhân dân", "Trà Cú"),
        ("Kim Thị Hương", "Phó Chủ tịch", "Hội đồng nhân dân", "Trà Vinh"),
        ("Danh Út", "Trưởng ban", "Ban Dân vận Tỉnh ủy", "Trà Vinh"),
        ("A Phới", "Bí thư", "Huyện ủy", "Ia H' Drai"),
    }


def test_nguyen_holds_until_hien_la_and_from_where_it_is_written() -> None:
    text = (
        "PHÚ YÊN - Đồng chí Trần Hữu Lộc, nguyên Bí thư Huyện ủy Tuy An, hiện là Trưởng Ban Dân vận Tỉnh ủy; "
        "đồng chí Lê Tấn Hổ, nguyên Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Sơn Hòa; "
        "đồng chí Cao Thị Hòa, Phó Chủ tịch UBND tỉnh, nguyên Giám đốc Sở Tài chính dự."
    )
    assert _rows(text) == {
        ("Trần Hữu Lộc", "Trưởng ban", "Ban Dân vận Tỉnh ủy", "Phú Yên"),
        ("Cao Thị Hòa", "Phó Chủ tịch", "Ủy ban nhân dân", "Phú Yên"),
    }


def test_relieved_and_new_posts_count_proposed_and_acting_ones_do_not() -> None:
    text = (
        "YÊN BÁI - HĐND tỉnh miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông Hà Văn Lợi. "
        "Đồng chí Nông Thị Hằng, tân Bí thư Huyện ủy Lục Yên, phát biểu. "
        "Ban Thường vụ giới thiệu đồng chí Đào Văn Tuấn để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh. "
        "Ông Triệu Văn Sáng, quyền Chủ tịch UBND huyện Văn Yên, và Quyền Giám đốc Sở Y tế Lê Thị Hoa dự."
    )
    # "quyền" (acting) is not the post: the role list names posts held, and the acting holder is
    # appointed to run the body until one is elected or appointed to it.
    assert _rows(text) == {
        ("Hà Văn Lợi", "Phó Chủ tịch", "Ủy ban nhân dân", "Yên Bái"),
        ("Nông Thị Hằng", "Bí thư", "Huyện ủy", "Lục Yên"),
    }


def test_a_headline_in_capitals_names_the_person_the_article_names() -> None:
    text = (
        "CHỦ TỊCH UBND TỈNH BẮC KẠN HOÀNG THỊ DUNG KIỂM TRA CÔNG TRÌNH\n"
        "BẮC KẠN - Sáng 5/3, đồng chí Hoàng Thị Dung đã kiểm tra tiến độ đường tránh."
    )
    assert _rows(text) == {("Hoàng Thị Dung", "Chủ tịch", "Ủy ban nhân dân", "Bắc Kạn")}


def test_departments_written_short_and_a_list_after_a_plural_title() -> None:
    text = (
        "BẾN TRE - Ông Võ Văn Tám, Giám đốc Sở GD&ĐT; bà Lê Thị Bảy, Giám đốc Sở LĐ-TB&XH; "
        "dự có các Phó Chủ tịch UBND tỉnh: Trần Văn Chín, Nguyễn Thị Mười."
    )
    assert _rows(text) == {
        ("Võ Văn Tám", "Giám đốc", "Sở Giáo dục và Đào tạo", "Bến Tre"),
        ("Lê Thị Bảy", "Giám đốc", "Sở Lao động - Thương binh và Xã hội", "Bến Tre"),
        ("Trần Văn Chín", "Phó Chủ tịch", "Ủy ban nhân dân", "Bến Tre"),
        ("Nguyễn Thị Mười", "Phó Chủ tịch", "Ủy ban nhân dân", "Bến Tre"),
    }


def test_a_board_written_without_its_committee() -> None:
    text = (
        "NGHỆ AN - Đồng chí Hồ Văn Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức; "
        "đồng chí Lê Văn Bắc, Phó Trưởng BTC phát biểu. Ông Phan Văn Nam, Trưởng Ban Tổ chức Hội thi, "
        "trao giải; ông Cao Văn Lý, Chủ nhiệm Ủy ban Kiểm tra cho biết."
    )
    assert _rows(text) == {
        ("Hồ Văn Khang", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "Nghệ An"),
        ("Hồ Văn Khang", "Trưởng ban", "Ban Tổ chức Tỉnh ủy", "Nghệ An"),
        ("Lê Văn Bắc", "Phó Trưởng ban", "Ban Tổ chức Tỉnh ủy", "Nghệ An"),  # the one Ban Tổ chức named
    }


def test_namesakes_and_a_holder_named_later_by_title_alone() -> None:
    text = (
        "HÀ NAM - Dự có đồng chí Trần Văn Hùng, Bí thư Huyện ủy Kim Bảng và đồng chí Nguyễn Mạnh Hùng, "
        "Chủ tịch UBND huyện Thanh Liêm. Đồng chí Hùng nhấn mạnh yêu cầu. Bí thư Huyện ủy Kim Bảng đề nghị."
    )
    posts = _posts(text)
    assert {(p.person, p.role, p.org, p.place.name if p.place else None) for p in posts} == {
        ("Trần Văn Hùng", "Bí thư", "Huyện ủy", "Kim Bảng"),
        ("Nguyễn Mạnh Hùng", "Chủ tịch", "Ủy ban nhân dân", "Thanh Liêm"),
    }
    assert len(posts) == 2


def test_a_name_that_begins_with_a_places_name_is_a_person_next_to_a_title() -> None:
    text = (
        "NINH THUẬN - Dự có các đồng chí: Lâm Hà Phong, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; "
        "Đồng Văn Tiến, Trưởng Ban Dân vận Tỉnh ủy. Đoàn đã đến thăm huyện Vũ Quang, tỉnh Hà Tĩnh."
    )
    assert _rows(text) == {
        ("Lâm Hà Phong", "Phó Bí thư", "Tỉnh ủy", "Ninh Thuận"),
        ("Lâm Hà Phong", "Chủ tịch", "Ủy ban nhân dân", "Ninh Thuận"),
        ("Đồng Văn Tiến", "Trưởng ban", "Ban Dân vận Tỉnh ủy", "Ninh Thuận"),
    }
    # the place itself, followed by a person's name, stays a place
    text = "Bí thư Tỉnh ủy Hà Giang Đặng Minh Tú phát biểu."
    assert _rows(text) == {("Đặng Minh Tú", "Bí thư", "Tỉnh ủy", "Hà Giang")}


def test_the_standing_member_of_the_secretariat_is_of_the_secretariat() -> None:
    text = "Đồng chí Phạm Quang Vinh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự hội nghị tại Hà Nam."
    rows = _rows(text)
    assert ("Phạm Quang Vinh", "Bí thư", "Ban Bí thư", None) in rows
    assert ("Phạm Quang Vinh", "Ủy viên", "Bộ Chính trị", None) in rows


def test_a_commune_body_is_placed_at_the_district_written_after_it() -> None:
    text = (
        "QUẢNG TRỊ - Đồng chí Hồ Văn Păng, Huyện ủy viên, Bí thư Đảng ủy xã Hướng Phùng (huyện Hướng Hóa) "
        "phát biểu. Đồng chí Pả Thị Lan, Thị ủy viên, Bí thư Đảng ủy phường 2 (thị xã Quảng Trị) báo cáo. "
        "Ông Kăn Sáu, Chủ tịch UBND xã Ba Nang, huyện Đakrông cũng dự."
    )
    assert _rows(text) == {
        ("Hồ Văn Păng", "Ủy viên Ban Chấp hành", "Huyện ủy", "Hướng Hóa"),
        ("Hồ Văn Păng", "Bí thư", "Đảng ủy", "Hướng Hóa"),
        ("Pả Thị Lan", "Ủy viên Ban Chấp hành", "Thị ủy", "Quảng Trị"),
        ("Pả Thị Lan", "Bí thư", "Đảng ủy", "Quảng Trị"),
        ("Kăn Sáu", "Chủ tịch", "Ủy ban nhân dân", "Đa Krông"),
    }


def test_a_commune_in_another_province_with_its_district_written() -> None:
    text = "BÌNH PHƯỚC - Ông K'Đinh, Bí thư Đảng ủy xã Lộc Bắc, huyện Bảo Lâm (Lâm Đồng) chia sẻ kinh nghiệm."
    assert _rows(text) == {("K'Đinh", "Bí thư", "Đảng ủy", "Bảo Lâm")}


def test_former_stops_at_a_post_of_another_place_and_lends_it_no_place() -> None:
    text = (
        "AN GIANG - Ngày 10/9/2025, đồng chí Lê Văn Tám, nguyên Bí thư Tỉnh ủy Kiên Giang (cũ), "
        "Phó Bí thư Tỉnh ủy An Giang nhiệm kỳ 2020 - 2025, nghỉ hưu. Đồng chí Tô Thị Hoa, "
        "Phó Chủ tịch Thường trực HĐND tỉnh, nguyên Bí thư Huyện ủy Tri Tôn dự."
    )
    assert _rows(text) == {
        ("Lê Văn Tám", "Phó Bí thư", "Tỉnh ủy", "An Giang"),
        ("Tô Thị Hoa", "Phó Chủ tịch", "Hội đồng nhân dân", "An Giang"),
    }
    # one place for both: "nguyên" holds for the whole list
    text = "ĐỒNG THÁP - Ông Võ Văn Ba, nguyên Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Tháp Mười dự."
    assert _rows(text) == set()


def test_elected_into_a_standing_board_or_a_committee() -> None:
    text = (
        "HÒA BÌNH - Ban Chấp hành Đảng bộ tỉnh đã bầu bổ sung đồng chí Bùi Văn Khánh, Tỉnh ủy viên, "
        "Giám đốc Sở Nội vụ vào Ban Thường vụ Tỉnh ủy. Đồng chí Quách Thị Hiền được bầu bổ sung vào "
        "Ban Chấp hành Đảng bộ tỉnh. Đồng chí Xa Văn Lự được chỉ định tham gia Ban Chấp hành Đảng bộ tỉnh."
    )
    assert _rows(text) == {
        ("Bùi Văn Khánh", "Ủy viên Ban Chấp hành", "Tỉnh ủy", "Hòa Bình"),
        ("Bùi Văn Khánh", "Giám đốc", "Sở Nội vụ", "Hòa Bình"),
        ("Bùi Văn Khánh", "Ủy viên Ban Thường vụ", "Tỉnh ủy", "Hòa Bình"),
        ("Quách Thị Hiền", "Ủy viên Ban Chấp hành", "Tỉnh ủy", "Hòa Bình"),
    }


def test_the_merged_propaganda_and_mass_mobilisation_board() -> None:
    text = "CÀ MAU - Đồng chí Huỳnh Thị Ngọc, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu."
    assert _rows(text) == {("Huỳnh Thị Ngọc", "Trưởng ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Cà Mau")}


def test_kon_tum_districts_are_found_in_either_spelling() -> None:
    # The press writes "Đăk", the gazetteer "Đắk": both find the district, named as the gazetteer names it.
    for written in ("Đắk Tô", "Đăk Tô"):
        text = f"KON TUM - Đồng chí A Thìn, Bí thư Huyện ủy {written}, Chủ tịch HĐND huyện dự."
        assert _rows(text) == {
            ("A Thìn", "Bí thư", "Huyện ủy", "Đắk Tô"),
            ("A Thìn", "Chủ tịch", "Hội đồng nhân dân", "Đắk Tô"),
        }
