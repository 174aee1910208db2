"""namespace.py mirrors vnkg.ttl; the ontology holds the FACTS.md vocabularies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDFS, SKOS

from vnkg.ontology import concepts, iris, ontology_ttl, shapes_ttl
from vnkg.ontology.namespace import VNKG

FACTS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "FACTS.md"
NS = str(VNKG._NS)


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(data=ontology_ttl(), format="turtle")


def test_namespace_equals_the_turtle(onto: rdflib.Graph) -> None:
    in_ttl = {str(s)[len(NS) :] for s in onto.subjects() if str(s).startswith(NS)}
    used = {str(t)[len(NS) :] for t in onto.all_nodes() if str(t).startswith(NS)}
    in_py = set(VNKG.__annotations__)
    assert in_py == in_ttl
    assert used <= in_ttl  # nothing used in the Turtle without being defined


def test_unknown_terms_fail() -> None:
    with pytest.raises(AttributeError):
        VNKG.attestedOnn  # noqa: B018


def test_every_term_has_vietnamese_and_english_labels(onto: rdflib.Graph) -> None:
    for name in VNKG.__annotations__:
        term = rdflib.URIRef(NS + name)
        labels = set(onto.objects(term, RDFS.label)) | set(onto.objects(term, SKOS.prefLabel))
        assert {lit.language for lit in labels} >= {"vi", "en"}, name
        assert (term, RDFS.isDefinedBy, rdflib.URIRef("https://w3id.org/vnkg/ontology")) in onto or (
            term,
            rdflib.RDF.type,
            SKOS.ConceptScheme,
        ) in onto, name


def test_ontology_header(onto: rdflib.Graph) -> None:
    assert (rdflib.URIRef("https://w3id.org/vnkg/ontology"), rdflib.RDF.type, OWL.Ontology) in onto
    assert len(rdflib.Graph().parse(data=shapes_ttl(), format="turtle")) > 100


def _facts_list(heading: str, stop: str = "\n- ") -> list[str]:
    """The back-quoted labels of one bullet of FACTS.md (up to ``stop``)."""
    if not FACTS.exists():
        pytest.skip(f"{FACTS} is not there: FACTS.md lives in ../shared")
    text = FACTS.read_text(encoding="utf-8")
    start = text.index(heading)
    return re.findall(r"`([^`]+)`", text[start : text.index(stop, start + 1)])


def test_every_facts_role_is_a_concept() -> None:
    roles = [r for r in _facts_list("- `role`: the post, one of:", stop=". (") if r != "role"]
    assert set(roles) <= set(concepts().roles)
    assert len(roles) == 22


def test_every_facts_org_is_a_body_type() -> None:
    orgs = [o for o in _facts_list("- `org`: the body") if o not in ("org", "Trung ương")]
    missing = set(orgs) - set(concepts().body_types)
    assert not missing


def test_document_kinds_and_measures() -> None:
    kinds = [k for k in _facts_list("- `kind`: `Nghị quyết`") if k != "kind"]
    assert set(kinds) == set(concepts().document_kinds) and len(kinds) == 11
    measures = re.findall(
        r"`(\w+)`\s*\(", FACTS.read_text(encoding="utf-8").split("- `measure`:")[1].split("- `value`")[0]
    )
    assert set(measures) == set(concepts().measures)
    assert all(iri.startswith(NS) for iri in concepts().measures.values())


def test_concept_iris_are_the_minted_ones() -> None:
    c = concepts()
    assert all(iri == iris.role(label) for label, iri in c.roles.items())
    assert all(iri == iris.body_type(label) for label, iri in c.body_types.items())
    assert all(iri == iris.document_kind(label) for label, iri in c.document_kinds.items())


def test_role_hierarchy(onto: rdflib.Graph) -> None:
    narrower = rdflib.URIRef(iris.role("Phó Bí thư Thường trực"))
    assert (narrower, SKOS.broader, rdflib.URIRef(iris.role("Phó Bí thư"))) in onto


def test_boards_and_national_bodies() -> None:
    c = concepts()
    assert c.board_of["Ban Thường vụ Tỉnh ủy"] == "Tỉnh ủy"
    assert c.board_of["Ủy ban Kiểm tra Trung ương"] == "Ban Chấp hành Trung ương"
    assert {"Bộ Chính trị", "Quốc hội"} <= c.national
    assert "Tỉnh ủy" not in c.national
