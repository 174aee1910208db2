"""iris: deterministic, ASCII IRIs; identity rules for people and documents."""

from __future__ import annotations

from vnkg.ontology import iris
from vnkg.records import DocumentRef, Place

LAO_CAI = Place("10", "Lào Cai", "province")
BAT_XAT = Place("083", "Bát Xát", "district", parent="10")
SON_LA = Place("14", "Sơn La", "province")


def test_slug_strips_diacritics_and_d() -> None:
    assert iris.slug("Phó Bí thư Thường trực") == "pho-bi-thu-thuong-truc"
    assert iris.slug("Đoàn Đại biểu Quốc hội") == "doan-dai-bieu-quoc-hoi"
    assert iris.slug("04-NQ/TW") == "04-nq-tw"
    assert iris.slug("Ủy ban Kiểm tra") == "uy-ban-kiem-tra"


def test_iris_are_ascii() -> None:
    made = [iris.person("Đặng Thị Huệ", LAO_CAI), iris.role("Ủy viên dự khuyết"), iris.body("Tỉnh ủy", LAO_CAI)]
    assert all(i.isascii() for i in made)


def test_the_same_name_in_the_same_province_is_one_person() -> None:
    assert iris.person("Giàng Seo Phử", LAO_CAI) == iris.person("Giàng Seo Phử", BAT_XAT)
    assert iris.person("Giàng  Seo Phử", LAO_CAI) == iris.person("Giàng Seo Phử", LAO_CAI)


def test_namesakes_in_other_provinces_are_not_merged() -> None:
    assert iris.person("Giàng Seo Phử", LAO_CAI) != iris.person("Giàng Seo Phử", SON_LA)
    assert iris.person("Giàng Seo Phử", None) not in (iris.person("Giàng Seo Phử", LAO_CAI),)


def test_names_differing_only_in_tones_are_different_people() -> None:
    assert iris.person("Lê Văn Thanh", SON_LA) != iris.person("Lê Văn Thành", SON_LA)


def test_a_code_alone_is_not_a_document_identity() -> None:
    a = DocumentRef("Nghị quyết", "04-NQ/TW", "04", "Ban Chấp hành Trung ương", date="2016-10-30")
    b = DocumentRef("Nghị quyết", "04-NQ/TW", "04", "Ban Chấp hành Trung ương", date="2021-11-02")
    assert iris.document(a, None, True, "x") != iris.document(b, None, True, "x")
    same_year = DocumentRef("Nghị quyết", "4-NQ/TW", "4", None, date="2016")
    assert iris.document(a, None, True, "x") == iris.document(same_year, None, True, "y")


def test_local_codes_are_scoped_by_place() -> None:
    ref = DocumentRef("Kế hoạch", "12-KH/TU", "12", "Tỉnh ủy")
    assert iris.document(ref, LAO_CAI, False, "x") != iris.document(ref, SON_LA, False, "x")
    assert iris.is_national_code("05-CT/TW") and iris.is_national_code("54/2017/QH14")
    assert not iris.is_national_code("12-KH/TU")


def test_plenum_and_congress_documents() -> None:
    xi = DocumentRef("Nghị quyết", issuer="Ban Chấp hành Trung ương", plenum="4", term="XI")
    xii = DocumentRef("Nghị quyết", issuer="Ban Chấp hành Trung ương", plenum="4", term="XII")
    assert iris.document(xi, None, True, "a") != iris.document(xii, None, True, "a")
    congress = DocumentRef("Nghị quyết", congress="XV", congress_place=LAO_CAI)
    assert iris.document(congress, None, False, "a").endswith("/1976-10/nghi-quyet/dhxv")


def test_unidentified_documents_are_local_to_their_article() -> None:
    ref = DocumentRef("Kế hoạch", issuer="Huyện ủy")
    assert iris.document(ref, LAO_CAI, False, "a") != iris.document(ref, LAO_CAI, False, "b")


def test_fact_and_evidence_iris_are_stable() -> None:
    assert iris.fact("membership", "a1", "X", "Bí thư") == iris.fact("membership", "a1", "X", "Bí thư")
    assert iris.fact("membership", "a1", "X", "Bí thư") != iris.fact("membership", "a2", "X", "Bí thư")
    assert iris.evidence("a 1", 3, 9) == "https://w3id.org/vnkg/id/evidence/a%201/3-9"
    assert iris.article_graph("a1") != iris.article("a1")
