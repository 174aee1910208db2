"""The vnkg ontology (Turtle), its SHACL shapes, and what the builder reads from them.

``vnkg.ttl`` and ``shapes.ttl`` ship as package data; :func:`concepts` reads the
concept schemes of ``vnkg.ttl`` once (labels, boards, national bodies, measures) so
that code never repeats the ontology's data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox

_VNKG = "https://w3id.org/vnkg/ontology#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"


def ontology_ttl() -> str:
    """The ontology, as Turtle."""
    return resources.files(__name__).joinpath("vnkg.ttl").read_text(encoding="utf-8")


def shapes_ttl() -> str:
    """The SHACL shapes the graph must satisfy, as Turtle."""
    return resources.files(__name__).joinpath("shapes.ttl").read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class Concepts:
    """What the ontology says about labels: concept IRIs by their Vietnamese label."""

    roles: dict[str, str]
    body_types: dict[str, str]
    document_kinds: dict[str, str]
    board_of: dict[str, str]  # body-type label -> the body-type label its bodies belong to
    national: frozenset[str]  # body-type labels of national bodies
    measures: dict[str, str]  # FACTS.md measure name -> measure property IRI


@lru_cache(maxsize=1)
def ontology_quads() -> tuple[ox.Quad, ...]:
    """The ontology's triples (default graph), parsed once."""
    return tuple(ox.parse(ontology_ttl().encode("utf-8"), format=ox.RdfFormat.TURTLE))


@lru_cache(maxsize=1)
def concepts() -> Concepts:
    """The concept schemes and measures of ``vnkg.ttl``, read once."""
    in_scheme: dict[str, str] = {}
    label: dict[str, str] = {}
    board: dict[str, str] = {}
    national: set[str] = set()
    notation: dict[str, str] = {}
    for q in ontology_quads():
        subject, o = q.subject, q.object
        if isinstance(subject, ox.Triple) or isinstance(o, ox.Triple):
            continue  # vnkg.ttl has no RDF-star triples
        s, p = subject.value, q.predicate.value
        if p == _SKOS + "inScheme":
            in_scheme[s] = o.value
        elif p == _SKOS + "prefLabel" and isinstance(o, ox.Literal) and o.language == "vi":
            label[s] = o.value
        elif p == _VNKG + "boardOf":
            board[s] = o.value
        elif p == _VNKG + "national" and o.value == "true":
            national.add(s)
        elif p == _SKOS + "notation":
            notation[o.value] = s

    def scheme(name: str) -> dict[str, str]:
        return {label[c]: c for c, sch in sorted(in_scheme.items()) if sch == _VNKG + name}

    return Concepts(
        roles=scheme("Roles"),
        body_types=scheme("BodyTypes"),
        document_kinds=scheme("DocumentKinds"),
        board_of={label[c]: label[p] for c, p in board.items()},
        national=frozenset(label[c] for c in national),
        measures=notation,
    )
