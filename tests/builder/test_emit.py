"""emit: hand-made facts -> the quads of one article graph; reference_quads."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from vnkg.builder import emit as emit_mod
from vnkg.builder.emit import emit, place_quads, reference_quads
from vnkg.ontology import iris
from vnkg.records import (
    Article,
    ArticleFacts,
    Document,
    DocumentRef,
    Event,
    Evidence,
    Implements,
    Place,
    Post,
    Statistic,
)

HA_GIANG = Place("02", "Hà Giang", "province")
YEN_MINH = Place("028", "Yên Minh", "district", parent="02")
CAO_BANG = Place("04", "Cao Bằng", "province")
TUYEN_QUANG_2025 = Place("08", "Tuyên Quang", "province", era="2025")

SENTENCES = (
    "Đồng chí Sùng Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Giang chủ trì hội nghị.",
    "Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, "
    "Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 35-CTr/TU.",
    "Đến tháng 6/2024, toàn Đảng bộ tỉnh có 61.250 đảng viên.",
)
TEXT = "Hà Giang tổng kết công tác\n" + " ".join(SENTENCES)


def ev(i: int, article: str = "hg01") -> Evidence:
    """The evidence of sentence ``i`` of :data:`TEXT`."""
    start = TEXT.index(SENTENCES[i])
    return Evidence(article, start, start + len(SENTENCES[i]), SENTENCES[i])


RESOLUTION = DocumentRef("Nghị quyết", "21-NQ/TW", "21", "Ban Chấp hành Trung ương", date="2022-06-16")
PROGRAMME = DocumentRef("Chương trình hành động", "35-CTr/TU", "35", "Ban Thường vụ Tỉnh ủy", issuer_place=HA_GIANG)


def sample_facts(article_id: str = "hg01") -> ArticleFacts:
    """A person with two posts as of a date, a document implementing another, a statistic, an event."""
    article = Article(
        article_id,
        TEXT,
        "test",
        title="Hà Giang tổng kết công tác",
        date="2024-07-05",
        body_start=TEXT.index("Đồng chí"),
    )
    facts = (
        Post("Sùng Minh Khoa", "Phó Bí thư Thường trực", "Tỉnh ủy", HA_GIANG, ev(0, article_id), attested="2024-07-05"),
        Post("Sùng Minh Khoa", "Chủ tịch", "Hội đồng nhân dân", HA_GIANG, ev(0, article_id), attested="2024-07-05"),
        Document(RESOLUTION, ev(1, article_id)),
        Document(PROGRAMME, ev(1, article_id)),
        Implements(PROGRAMME, RESOLUTION, ev(1, article_id)),
        Statistic("party_members", 61250, HA_GIANG, ev(2, article_id), date="2024-06"),
        Event(
            "Hội nghị",
            "2024-07-05",
            HA_GIANG,
            ev(0, article_id),
            organizer="Ban Thường vụ Tỉnh ủy",
            chairs=("Sùng Minh Khoa",),
        ),
    )
    return ArticleFacts(article=article, places=(HA_GIANG,), facts=facts)


def objects(quads: list[ox.Quad], s: str, p: str) -> set[str]:
    return {q.object.value for q in quads if q.subject.value == s and q.predicate.value == p}


def subjects(quads: list[ox.Quad], p: str, o: str) -> set[str]:
    return {q.subject.value for q in quads if q.predicate.value == p and q.object.value == o}


ORG = "http://www.w3.org/ns/org#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SDO = "https://schema.org/"
VNKG = "https://w3id.org/vnkg/ontology#"


def test_emit_is_deterministic() -> None:
    assert emit(sample_facts()) == emit(sample_facts())
    assert sorted(map(str, emit(sample_facts()))) == sorted(map(str, emit(sample_facts())))


def test_every_quad_is_in_the_article_graph() -> None:
    quads = emit(sample_facts())
    assert {q.graph_name.value for q in quads} == {iris.article_graph("hg01")}
    assert len(quads) == len(set(quads))  # no quad twice


def test_a_person_with_two_posts_is_one_node_with_two_memberships() -> None:
    quads = emit(sample_facts())
    memberships = subjects(quads, RDF_TYPE, ORG + "Membership")
    assert len(memberships) == 2
    members = {m for x in memberships for m in objects(quads, x, ORG + "member")}
    assert members == {iris.person("Sùng Minh Khoa", HA_GIANG)}
    for m in memberships:  # an attestation as of the article's date, with its evidence
        assert objects(quads, m, VNKG + "attestedOn") == {"2024-07-05"}
        assert objects(quads, m, VNKG + "evidence")


def test_a_board_is_a_unit_of_its_committee_in_the_same_place() -> None:
    quads = emit(sample_facts())
    board = iris.body("Ban Thường vụ Tỉnh ủy", HA_GIANG)
    assert ORG + "OrganizationalUnit" in objects(quads, board, RDF_TYPE)
    assert objects(quads, board, ORG + "subOrganizationOf") == {iris.body("Tỉnh ủy", HA_GIANG)}


def test_national_bodies_have_no_place() -> None:
    ref = DocumentRef("Chỉ thị", "05-CT/TW", "05", "Bộ Chính trị", issuer_place=HA_GIANG)
    af = ArticleFacts(sample_facts().article, (HA_GIANG,), (Document(ref, ev(1)),))
    quads = emit(af)
    issuer = iris.body("Bộ Chính trị", None)
    assert objects(quads, issuer, SDO + "areaServed") == set()
    assert objects(quads, issuer, ORG + "subOrganizationOf") == {iris.body("Ban Chấp hành Trung ương", None)}


def test_the_same_name_in_two_provinces_is_two_people() -> None:
    a = ArticleFacts(
        Article("a", TEXT, "t"), (HA_GIANG,), (Post("Lý Văn Pao", "Bí thư", "Huyện ủy", YEN_MINH, ev(0, "a")),)
    )
    b = ArticleFacts(
        Article("b", TEXT, "t"), (CAO_BANG,), (Post("Lý Văn Pao", "Bí thư", "Tỉnh ủy", CAO_BANG, ev(0, "b")),)
    )
    c = ArticleFacts(
        Article("c", TEXT, "t"), (HA_GIANG,), (Post("Lý Văn Pao", "Bí thư", "Huyện ủy", YEN_MINH, ev(0, "c")),)
    )
    person = ORG + "member"
    pa, pb, pc = ({q.object.value for q in emit(x) if q.predicate.value == person} for x in (a, b, c))
    assert pa == pc  # the district's post places him in Hà Giang across articles
    assert pa != pb


def test_a_chair_without_a_post_is_placed_in_the_article_province() -> None:
    af = ArticleFacts(
        sample_facts().article, (HA_GIANG,), (Event("Hội nghị", "--07-05", HA_GIANG, ev(0), chairs=("Vàng Thị Mai",)),)
    )
    quads = emit(af)
    chair = iris.person("Vàng Thị Mai", HA_GIANG)
    assert objects(quads, chair, SDO + "name") == {"Vàng Thị Mai"}
    date = next(q.object for q in quads if q.predicate.value == SDO + "startDate")
    assert date.datatype.value.endswith("#gMonthDay")


def test_statistic_is_a_data_cube_observation_with_its_measure() -> None:
    quads = emit(sample_facts())
    obs = subjects(quads, RDF_TYPE, "http://purl.org/linked-data/cube#Observation")
    assert len(obs) == 1
    (o,) = obs
    assert objects(quads, o, VNKG + "partyMembers") == {"61250"}
    assert objects(quads, o, "http://purl.org/linked-data/sdmx/2009/dimension#refArea") == {iris.place(HA_GIANG)}


def test_implements_is_a_triple_with_a_reified_statement_for_evidence() -> None:
    quads = emit(sample_facts())
    applies = [q for q in quads if q.predicate.value == SDO + "legislationApplies"]
    assert len(applies) == 1
    st = subjects(quads, "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", applies[0].subject.value)
    assert len(st) == 1 and objects(quads, st.pop(), VNKG + "evidence")


def test_place_quads_link_the_2025_merger() -> None:
    quads = place_quads([HA_GIANG, YEN_MINH, TUYEN_QUANG_2025], lambda p: (TUYEN_QUANG_2025,) if p == HA_GIANG else ())
    assert {q.graph_name.value for q in quads} == {iris.PLACES_GRAPH}
    assert objects(quads, iris.place(HA_GIANG), "http://purl.org/dc/terms/isReplacedBy") == {
        iris.place(TUYEN_QUANG_2025)
    }
    assert objects(quads, iris.place(YEN_MINH), SDO + "containedInPlace") == {iris.place(HA_GIANG)}
    change = subjects(quads, RDF_TYPE, ORG + "ChangeEvent")
    assert len(change) == 1
    assert objects(quads, change.pop(), "http://www.w3.org/ns/prov#used") == {iris.place(HA_GIANG)}


def test_reference_quads_hold_the_ontology_and_the_places() -> None:
    quads = reference_quads()
    graphs = {q.graph_name.value for q in quads}
    assert graphs == {iris.ONTOLOGY_GRAPH, iris.PLACES_GRAPH}
    assert quads == reference_quads()
    replaced = [q for q in quads if q.predicate.value == "http://purl.org/dc/terms/isReplacedBy"]
    assert len(replaced) == 63  # each of the 63 provinces of 1976 is replaced by one 2025 unit


def test_reference_quads_refuse_a_placeholder_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnkg.builder import gazetteer

    monkeypatch.setattr(gazetteer, "places", lambda: ())
    with pytest.raises(emit_mod.VnkgError, match="placeholder"):
        reference_quads()


def test_facts_of_one_sentence_share_one_evidence_node_described_once() -> None:
    quads = emit(sample_facts())
    span = iris.evidence("hg01", ev(0).start, ev(0).end)
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    assert len(subjects(quads, VNKG + "evidence", span)) == 3  # two posts and the event
    assert objects(quads, span, nif + "anchorOf") == {SENTENCES[0]}
    assert len([q for q in quads if q.subject.value == span]) == 5  # its triples are not repeated


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"


def test_an_article_states_labels_and_leaves_the_rest_to_the_reference_graphs() -> None:
    quads = emit(sample_facts())
    role, province = iris.role("Chủ tịch"), iris.place(HA_GIANG)
    assert objects(quads, role, SKOS + "prefLabel") == {"Chủ tịch"}
    assert objects(quads, province, "https://schema.org/name") == {"Hà Giang"}
    # the type, scheme, code and parent are the reference graphs' to say
    assert objects(quads, role, RDF_TYPE) == set() and objects(quads, role, SKOS + "inScheme") == set()
    assert {q.predicate.value for q in quads if q.subject.value == province} == {"https://schema.org/name"}
    reference = reference_quads()
    assert objects(reference, role, SKOS + "inScheme") == {"https://w3id.org/vnkg/ontology#Roles"}
    assert objects(reference, province, "https://schema.org/identifier") == {"02"}


def test_a_department_the_ontology_lacks_is_described_in_full() -> None:
    af = sample_facts()
    post = Post("Sùng Minh Khoa", "Giám đốc", "Sở Tài nguyên – Môi trường", HA_GIANG, ev(0), attested="2024-07-05")
    quads = emit(ArticleFacts(af.article, af.places, (post,)))
    kind = iris.body_type("Sở Tài nguyên – Môi trường")
    assert objects(quads, kind, RDF_TYPE) == {SKOS + "Concept"}
    assert objects(quads, kind, SKOS + "inScheme") == {"https://w3id.org/vnkg/ontology#BodyTypes"}
    assert objects(quads, kind, SKOS + "prefLabel") == {"Sở Tài nguyên – Môi trường"}


def test_emit_nquads_are_the_quads_of_emit() -> None:
    data, count = emit_mod.emit_nquads(sample_facts())
    parsed = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    assert parsed == emit(sample_facts()) and count == len(parsed)


def test_quotes_backslashes_and_line_breaks_survive_the_nquads() -> None:
    af = sample_facts()
    title = 'Nghị quyết "về xây dựng Đảng"\\ bước\nhai\r'
    article = Article(af.article.id, af.article.text, "test", title=title, date="2024-07-05")
    quads = emit(ArticleFacts(article, af.places, af.facts))
    assert objects(quads, iris.article("hg01"), "https://schema.org/headline") == {title}


def test_a_text_that_cannot_be_written_fails_its_article_alone() -> None:
    af = sample_facts()
    article = Article(af.article.id, af.article.text, "test", title="lone \ud800 surrogate", date="2024-07-05")
    with pytest.raises(ValueError):
        emit_mod.emit_nquads(ArticleFacts(article, af.places, af.facts))


def test_a_district_committee_s_document_sits_at_the_article_s_district() -> None:
    af = sample_facts()
    plan = DocumentRef("Kế hoạch", "100-KH/HU", "100", "Ban Thường vụ Huyện ủy")
    quads = emit(ArticleFacts(af.article, (HA_GIANG, YEN_MINH), (Document(plan, ev(1)),)))
    (doc,) = {q.subject.value for q in quads if q.object.value == "https://schema.org/Legislation"}
    (issuer,) = objects(quads, doc, "https://schema.org/legislationPassedBy")
    assert issuer == iris.body("Ban Thường vụ Huyện ủy", YEN_MINH)
    # with no district named, the province is all the article gives
    quads = emit(ArticleFacts(af.article, (HA_GIANG,), (Document(plan, ev(1)),)))
    assert {q.object.value for q in quads if q.predicate.value.endswith("legislationPassedBy")} == {
        iris.body("Ban Thường vụ Huyện ủy", HA_GIANG)
    }
