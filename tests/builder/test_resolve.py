"""Which province an article is about: dateline, places named, a district's province, metadata."""

from __future__ import annotations

from vnkg.builder import mentions, resolve
from vnkg.builder.normalise import split_sentences
from vnkg.records import Article, ArticleContext


def _ctx(text: str, url: str | None = None, source: str | None = None) -> ArticleContext:
    article = Article(id="t", text=text, origin="test", url=url, source=source)
    sentences = split_sentences(text)
    return resolve.context(article, sentences, mentions.find(article, sentences))


def _province(text: str, **meta: str) -> str | None:
    ctx = _ctx(text, **meta)
    return ctx.province.name if ctx.province else None


def test_the_dateline_names_the_province() -> None:
    text = "QUẢNG NGÃI: Hội nghị có đại biểu tỉnh Bình Định, tỉnh Bình Định và tỉnh Bình Định."
    assert _province(text) == "Quảng Ngãi"


def test_the_province_most_named() -> None:
    assert _province("Tỉnh ủy Ninh Thuận họp. Đoàn công tác tỉnh Bình Thuận dự. Ninh Thuận đạt kết quả.") == (
        "Ninh Thuận"
    )


def test_a_district_names_its_province() -> None:
    assert _province("Huyện ủy Krông Bông tổ chức hội nghị.") == "Đắk Lắk"


def test_metadata_domain_when_the_text_names_no_place() -> None:
    text = "Ngày 3/5, Tỉnh ủy tổ chức hội nghị."
    assert _province(text, url="https://baoquangninh.vn/tin-abc.html") == "Quảng Ninh"
    assert _province(text, source="baonghean.vn") == "Nghệ An"


def test_unknown_when_nothing_says() -> None:
    assert _province("Ngày 17/11, Tỉnh ủy tổ chức hội nghị tổng kết.") is None


def test_a_repeated_district_is_settled_in_the_article_province() -> None:
    ctx = _ctx("Tỉnh ủy Bến Tre chỉ đạo Huyện ủy Châu Thành. Bến Tre phát triển.")
    (district,) = [m for m in ctx.mentions if m.kind == "place" and m.attr("level") == "district"]
    assert district.value == "831"  # Châu Thành of Bến Tre


def test_the_article_district() -> None:
    ctx = _ctx("Huyện ủy Văn Chấn tổ chức hội nghị. Bí thư Huyện ủy Văn Chấn dự. Văn Chấn phát triển.")
    place = resolve.district(ctx)
    assert place is not None and place.name == "Văn Chấn"
    assert [p.name for p in ctx.places][:2] == ["Yên Bái", "Văn Chấn"]
