"""The vnkg vocabulary as Python names, and the standard namespaces the graph uses.

``VNKG`` mirrors exactly the terms ``vnkg.ttl`` defines in the vnkg namespace
(``_fail = True``: a typo is an error, not a new IRI); a test keeps the two equal.
``ID`` is the base of the data IRIs (see :mod:`vnkg.ontology.iris`).
"""

from __future__ import annotations

from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, QB, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace, Namespace
from rdflib.term import URIRef

SCHEMA = SDO
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SDMX_DIMENSION = Namespace("http://purl.org/linked-data/sdmx/2009/dimension#")
ID = Namespace("https://w3id.org/vnkg/id/")


class VNKG(DefinedNamespace):
    """The terms no standard has: attestations, evidence, document numbering, measures."""

    _NS = Namespace("https://w3id.org/vnkg/ontology#")
    _fail = True

    # posts and provenance
    attestedOn: URIRef  # the date as of which an article states a post (not a start date)
    status: URIRef  # current | elected | relieved
    evidence: URIRef  # a fact -> the NIF string it was read from
    # bodies and roles
    BodyTypes: URIRef  # the SKOS scheme of body types (FACTS.md org labels)
    boardOf: URIRef  # body type -> the body type its bodies are units of
    national: URIRef  # body type exists once for the country
    Roles: URIRef  # the SKOS scheme of roles (FACTS.md role labels)
    # places
    level: URIRef  # province | district
    era: URIRef  # 1976 | 2025
    # documents
    DocumentKinds: URIRef  # the SKOS scheme of the 11 document kinds
    documentNumber: URIRef
    term: URIRef
    plenum: URIRef
    congress: URIRef
    # meetings
    eventKind: URIRef
    chair: URIRef
    # statistics (RDF Data Cube): the structure, the period start, one measure per FACTS.md name
    PartyStatisticsStructure: URIRef
    periodStart: URIRef
    partyMembers: URIRef
    membersAdmitted: URIRef
    grassrootsPartyOrgs: URIRef
    partyCells: URIRef
    membersRemoved: URIRef
    membersExpelled: URIRef
    membersStruckOff: URIRef
    membersResigned: URIRef
    membersDisciplined: URIRef


PREFIXES: dict[str, str] = {
    "vnkg": str(VNKG._NS),
    "id": str(ID),
    "org": str(ORG),
    "skos": str(SKOS),
    "schema": str(SDO),
    "qb": str(QB),
    "sdmx-dimension": str(SDMX_DIMENSION),
    "prov": str(PROV),
    "nif": str(NIF),
    "dcterms": str(DCTERMS),
    "foaf": str(FOAF),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

__all__ = [
    "DCTERMS",
    "FOAF",
    "ID",
    "NIF",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "QB",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SDMX_DIMENSION",
    "SDO",
    "SKOS",
    "VNKG",
    "XSD",
]
