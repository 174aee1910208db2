"""Check a graph against the SHACL shapes of ``shapes.ttl`` (with pySHACL).

The data is every triple of the store, article graphs and reference graphs merged:
shapes such as "a post's body is placed in an administrative area" need the places
graph beside the article that names them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from pyshacl import validate as shacl_validate

from vnkg.ontology import shapes_ttl

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, slots=True)
class Violation:
    """One result of a failed shape: the node, the path, and the message."""

    focus: str
    path: str
    message: str


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Whether the graph conforms, and every violation if it does not."""

    conforms: bool
    violations: tuple[Violation, ...]


def validate(nquads: bytes) -> ValidationReport:
    """Validate the merged triples of an N-Quads dump against ``shapes.ttl``."""
    # Merge the graphs: keep each quad's triple, drop its graph name.
    triples = [q.triple for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)]
    data = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    shapes = rdflib.Graph().parse(data=shapes_ttl(), format="turtle")
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes, advanced=True, inference="none")
    found = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        found.append(
            Violation(
                focus=str(report.value(result, SH.focusNode) or ""),
                path=str(report.value(result, SH.resultPath) or ""),
                message=str(report.value(result, SH.resultMessage) or ""),
            )
        )
    return ValidationReport(conforms=bool(conforms), violations=tuple(sorted(found, key=lambda v: (v.focus, v.path))))
