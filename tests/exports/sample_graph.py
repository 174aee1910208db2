"""A small graph of invented articles for the export tests, independent of the extractors.

The facts are written as FACTS.md records (the gold format) and emitted by the real
``emit`` stage into an in-memory store, so the exports read exactly what a build writes.
Everyone in it is invented; the places are real provinces other than the seeds'.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from vnkg.builder import emit, gazetteer
from vnkg.builder.store import GraphData, OxigraphStore, by_graph
from vnkg.ontology import iris
from vnkg.records import (
    Article,
    ArticleFacts,
    Document,
    DocumentRef,
    Event,
    Evidence,
    Fact,
    Implements,
    Place,
    Post,
    Statistic,
)

QT_TEXT = (
    "Quảng Trị tổng kết công tác xây dựng Đảng\n"
    "Ngày 12/1/2024, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023. "
    "Đồng chí Hà Minh Khuê, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị. "
    "Dự hội nghị có đồng chí Phan Thị Ngọc Lan, Phó Bí thư Thường trực Tỉnh ủy. "
    "Đồng chí Đinh Công Thạo, Bí thư Huyện ủy Vĩnh Linh báo cáo tham luận. "
    "Năm 2023, toàn Đảng bộ kết nạp 1.234 đảng viên mới, nâng tổng số đảng viên lên 56.789 đồng chí. "
    "Tỉnh ủy đã ban hành Chương trình hành động số 15-CTr/TU ngày 3/3/2022 thực hiện Nghị quyết số 21-NQ/TW."
)
CM_TEXT = (
    "Cà Mau kiện toàn nhân sự\n"
    "Đồng chí Tô Hữu Nghĩa, Chủ tịch UBND tỉnh Cà Mau trao quyết định cho đồng chí Lý Thanh Bình, "
    "Phó Giám đốc Sở Nội vụ. Đồng chí Hà Minh Khuê cũng dự."
)


def _place(name: str, level: str) -> Place:
    return gazetteer.lookup(name, level=level, era="1976")[0]


def _evidence(article: Article, needle: str) -> Evidence:
    """The sentence of ``article`` that contains ``needle`` (sentences end at '. ')."""
    text = article.text
    at = text.index(needle)
    start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1)
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return Evidence(article.id, start, end, text[start:end])


def invented() -> list[ArticleFacts]:
    """Two invented articles: a provincial conference (Quảng Trị) and an appointment (Cà Mau)."""
    qt, vl, cm = _place("Quảng Trị", "province"), _place("Vĩnh Linh", "district"), _place("Cà Mau", "province")
    a1 = Article(id="inv_quang_tri", text=QT_TEXT, origin="test", title=QT_TEXT.split("\n")[0], date="2024-01-12")
    a2 = Article(id="inv_ca_mau", text=CM_TEXT, origin="test", title=CM_TEXT.split("\n")[0], date="2024-02-01")
    nq21 = DocumentRef(kind="Nghị quyết", code="21-NQ/TW", number="21", issuer="Ban Chấp hành Trung ương")
    ctr15 = DocumentRef(
        kind="Chương trình hành động",
        code="15-CTr/TU",
        number="15",
        issuer="Tỉnh ủy",
        issuer_place=qt,
        date="2022-03-03",
    )
    facts1: list[Fact] = [
        Post("Hà Minh Khuê", "Bí thư", "Tỉnh ủy", qt, _evidence(a1, "Hà Minh Khuê")),
        Post("Hà Minh Khuê", "Chủ tịch", "Hội đồng nhân dân", qt, _evidence(a1, "Hà Minh Khuê")),
        Post("Phan Thị Ngọc Lan", "Phó Bí thư Thường trực", "Tỉnh ủy", qt, _evidence(a1, "Phan Thị")),
        Post("Đinh Công Thạo", "Bí thư", "Huyện ủy", vl, _evidence(a1, "Đinh Công Thạo")),
        Document(ctr15, _evidence(a1, "15-CTr/TU")),
        Document(nq21, _evidence(a1, "21-NQ/TW")),
        Statistic("members_admitted", 1234, qt, _evidence(a1, "1.234"), date="2023-12", period_start="2023-01"),
        Statistic("party_members", 56789, qt, _evidence(a1, "56.789"), date="2023-12"),
        Event(
            "Hội nghị",
            "2024-01-12",
            qt,
            _evidence(a1, "tổ chức hội nghị"),
            organizer="Ban Thường vụ Tỉnh ủy",
            chairs=("Hà Minh Khuê",),
            name="Hội nghị tổng kết công tác xây dựng Đảng năm 2023",
        ),
    ]
    facts1.append(Implements(ctr15, nq21, _evidence(a1, "15-CTr/TU")))
    facts2: list[Fact] = [
        Post("Tô Hữu Nghĩa", "Chủ tịch", "Ủy ban nhân dân", cm, _evidence(a2, "Tô Hữu Nghĩa")),
        Post("Lý Thanh Bình", "Phó Giám đốc", "Sở Nội vụ", cm, _evidence(a2, "Lý Thanh Bình")),
    ]
    return [ArticleFacts(a1, (qt,), tuple(facts1)), ArticleFacts(a2, (cm,), tuple(facts2))]


def store_of(articles: Iterable[ArticleFacts], path: Path | None = None) -> OxigraphStore:
    """A store (in memory, or on disk at ``path``) holding the reference graphs and these articles' graphs."""
    store = OxigraphStore(path)
    graphs: dict[str, GraphData] = dict(by_graph(emit.reference_quads()))
    for af in articles:
        graphs[iris.article_graph(af.article.id)] = emit.emit(af)
    store.replace_graphs(graphs)
    return store


def invented_store() -> OxigraphStore:
    """The invented articles in a fresh in-memory store."""
    return store_of(invented())
