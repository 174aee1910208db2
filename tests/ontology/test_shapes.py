"""shapes.ttl: an emitted graph (plus the ontology) conforms; broken graphs do not."""

from __future__ import annotations

import pyoxigraph as ox
import pyshacl
import pytest
import rdflib

from tests.builder.test_emit import HA_GIANG, ev, sample_facts
from vnkg.builder.emit import emit, place_quads
from vnkg.ontology import ontology_ttl, shapes_ttl
from vnkg.records import ArticleFacts, Evidence, Post, Statistic

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ORG = "http://www.w3.org/ns/org#"


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(data=shapes_ttl(), format="turtle")


def data_graph(quads: list[ox.Quad]) -> rdflib.Graph:
    """The quads' triples and the ontology, as one rdflib graph."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    g = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    return g.parse(data=ontology_ttl(), format="turtle")


def named_places(quads: list[ox.Quad]) -> list[ox.Quad]:
    """The places graph's quads of the places these quads name (what a place is lives there)."""
    from vnkg.builder import gazetteer
    from vnkg.ontology import iris

    named = {q.object.value for q in quads if isinstance(q.object, ox.NamedNode)}
    return place_quads([p for p in gazetteer.places() if iris.place(p) in named], lambda p: ())


def validate(quads: list[ox.Quad], shapes: rdflib.Graph) -> tuple[bool, str]:
    data = data_graph(quads + named_places(quads))
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    return bool(conforms), str(text)


def test_an_emitted_article_conforms(shapes: rdflib.Graph) -> None:
    conforms, text = validate(emit(sample_facts()), shapes)
    assert conforms, text


def test_the_places_graph_conforms(shapes: rdflib.Graph) -> None:
    from vnkg.builder import gazetteer

    quads = place_quads(gazetteer.places(), gazetteer.replaced_by)
    conforms, text = validate(quads, shapes)
    assert conforms, text


def _without(quads: list[ox.Quad], predicate: str) -> list[ox.Quad]:
    return [q for q in quads if q.predicate.value != predicate]


def test_a_membership_without_a_role_fails(shapes: rdflib.Graph) -> None:
    conforms, text = validate(_without(emit(sample_facts()), ORG + "role"), shapes)
    assert not conforms
    assert "Less than 1 values" in text and "org:role" in text


def test_evidence_that_is_not_the_text_at_its_offsets_fails(shapes: rdflib.Graph) -> None:
    good = ev(0)
    wrong = Evidence(good.article, good.start + 1, good.end + 1, good.text)
    af = sample_facts()
    af = ArticleFacts(af.article, af.places, (Post("Sùng Minh Khoa", "Bí thư", "Tỉnh ủy", HA_GIANG, wrong),))
    conforms, text = validate(emit(af), shapes)
    assert not conforms
    assert "the evidence text is not the article text between its offsets" in text


def test_a_statistic_of_an_undeclared_measure_fails(shapes: rdflib.Graph) -> None:
    af = sample_facts()
    af = ArticleFacts(af.article, af.places, (Statistic("party_votes", 12, HA_GIANG, ev(2)),))
    conforms, text = validate(emit(af), shapes)
    assert not conforms
    assert "a declared qb:MeasureProperty" in text


def test_a_fact_without_provenance_fails(shapes: rdflib.Graph) -> None:
    conforms, text = validate(_without(emit(sample_facts()), "http://www.w3.org/ns/prov#wasDerivedFrom"), shapes)
    assert not conforms
    assert "wasDerivedFrom" in text
