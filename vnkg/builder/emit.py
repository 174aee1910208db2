"""The emit stage: turn one article's facts into quads of its own named graph.

Reads an :class:`ArticleFacts` (the article and the facts the extractors found) and
returns its quads, all in the article's graph (:func:`vnkg.ontology.iris.article_graph`):
as N-Quads bytes for the store's bulk loader (:func:`emit_nquads`, the build's path: the
text is written straight from N-Triples terms, with no term objects made per quad), or
parsed into pyoxigraph quads (:func:`emit`). The same input always
gives the same quads in the same order. Each article graph is self-contained for the
facts export: it states the labels of the roles, body types, kinds and places it uses;
what else is known of them (types, schemes, codes, parents) is said once, in the
reference graphs, not again in every article.

:func:`reference_quads` gives the graphs shared by all articles: the ontology and the
gazetteer's places with the 2025 merger.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

import pyoxigraph as ox

from vnkg.errors import VnkgError
from vnkg.ontology import concepts, iris, ontology_quads
from vnkg.ontology.namespace import DCTERMS, FOAF, NIF, ORG, PROV, QB, RDF, SDMX_DIMENSION, SDO, SKOS, VNKG, XSD
from vnkg.records import (
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

# A term in N-Triples syntax: "<iri>", '"text"@vi', '"12"^^<…#integer>'.
Term = str
Triple = tuple[Term, Term, Term]


_NODES: dict[str, Term] = {}


_NODES_MAX = 20_000


def _n(iri: str) -> Term:
    """A named node, checked and written once per IRI (articles share most of theirs:
    predicates, places, roles); a malformed IRI raises ValueError.

    The cache starts afresh when full, so memory stays flat however many articles stream
    through (fact and evidence IRIs are new in every article).
    """
    node = _NODES.get(iri)
    if node is None:
        node = str(ox.NamedNode(str(iri)))
        if len(_NODES) >= _NODES_MAX:
            _NODES.clear()
        _NODES[iri] = node
    return node


A = _n(RDF.type)
P_NAME = _n(SDO.name)
P_PREFLABEL = _n(SKOS.prefLabel)
P_INSCHEME = _n(SKOS.inScheme)
P_DERIVED = _n(PROV.wasDerivedFrom)
P_EVIDENCE = _n(VNKG.evidence)
XSD_DATE = _n(XSD.date)
XSD_INT = _n(XSD.integer)
# The datatype of an ISO date by its length/shape: full date, year-month, year, --MM-DD.
_DATE_TYPES = {10: _n(XSD.date), 7: _n(XSD.gYearMonth), 4: _n(XSD.gYear)}
MERGER_DATE = "2025-07-01"
# Every IRI the emitter writes, made once (rdflib namespace look-ups are slow on the hot path).
DCTERMS_CREATOR = _n(DCTERMS.creator)
DCTERMS_DATE = _n(DCTERMS.date)
DCTERMS_ISREPLACEDBY = _n(DCTERMS.isReplacedBy)
DCTERMS_SOURCE = _n(DCTERMS.source)
FOAF_PERSON = _n(FOAF.Person)
NIF_ANCHOROF = _n(NIF.anchorOf)
NIF_BEGININDEX = _n(NIF.beginIndex)
NIF_CONTEXT = _n(NIF.Context)
NIF_ENDINDEX = _n(NIF.endIndex)
NIF_ISSTRING = _n(NIF.isString)
NIF_REFERENCECONTEXT = _n(NIF.referenceContext)
NIF_STRING = _n(NIF.String)
ORG_CHANGEEVENT = _n(ORG.ChangeEvent)
ORG_CLASSIFICATION = _n(ORG.classification)
ORG_MEMBER = _n(ORG.member)
ORG_MEMBERSHIP = _n(ORG.Membership)
ORG_ORGANIZATION = _n(ORG.organization)
ORG_ORGANIZATION_CLASS = _n(ORG.Organization)
ORG_ROLE_CLASS = _n(ORG.Role)
SKOS_CONCEPT = _n(SKOS.Concept)
SCHEME_BODY_TYPES = _n(VNKG.BodyTypes)
SCHEME_ROLES = _n(VNKG.Roles)
SCHEME_KINDS = _n(VNKG.DocumentKinds)
ORG_ORGANIZATIONALUNIT = _n(ORG.OrganizationalUnit)
ORG_ROLE = _n(ORG.role)
ORG_SUBORGANIZATIONOF = _n(ORG.subOrganizationOf)
PROV_GENERATED = _n(PROV.generated)
PROV_USED = _n(PROV.used)
QB_DATASET = _n(QB.dataSet)
QB_MEASURETYPE = _n(QB.measureType)
QB_OBSERVATION = _n(QB.Observation)
RDF_OBJECT = _n(RDF.object)
RDF_PREDICATE = _n(RDF.predicate)
RDF_STATEMENT = _n(RDF.Statement)
RDF_SUBJECT = _n(RDF.subject)
SDMX_REFAREA = _n(SDMX_DIMENSION.refArea)
SDMX_REFPERIOD = _n(SDMX_DIMENSION.refPeriod)
SDO_ADMINISTRATIVEAREA = _n(SDO.AdministrativeArea)
SDO_AREASERVED = _n(SDO.areaServed)
SDO_CONTAINEDINPLACE = _n(SDO.containedInPlace)
SDO_CONTENTLOCATION = _n(SDO.contentLocation)
SDO_DATEPUBLISHED = _n(SDO.datePublished)
SDO_EVENT = _n(SDO.Event)
SDO_HEADLINE = _n(SDO.headline)
SDO_IDENTIFIER = _n(SDO.identifier)
SDO_LEGISLATION = _n(SDO.Legislation)
SDO_LEGISLATIONAPPLIES = _n(SDO.legislationApplies)
SDO_LEGISLATIONDATE = _n(SDO.legislationDate)
SDO_LEGISLATIONIDENTIFIER = _n(SDO.legislationIdentifier)
SDO_LEGISLATIONJURISDICTION = _n(SDO.legislationJurisdiction)
SDO_LEGISLATIONPASSEDBY = _n(SDO.legislationPassedBy)
SDO_LEGISLATIONTYPE = _n(SDO.legislationType)
SDO_LOCATION = _n(SDO.location)
SDO_NEWSARTICLE = _n(SDO.NewsArticle)
SDO_ORGANIZER = _n(SDO.organizer)
SDO_STARTDATE = _n(SDO.startDate)
SDO_URL = _n(SDO.url)
SKOS_NOTATION = _n(SKOS.notation)
VNKG_ATTESTEDON = _n(VNKG.attestedOn)
VNKG_CHAIR = _n(VNKG.chair)
VNKG_CONGRESS = _n(VNKG.congress)
VNKG_DOCUMENTNUMBER = _n(VNKG.documentNumber)
VNKG_ERA = _n(VNKG.era)
VNKG_EVENTKIND = _n(VNKG.eventKind)
VNKG_LEVEL = _n(VNKG.level)
VNKG_PERIODSTART = _n(VNKG.periodStart)
VNKG_PLENUM = _n(VNKG.plenum)
VNKG_STATUS = _n(VNKG.status)
VNKG_TERM = _n(VNKG.term)
XSD_ANYURI = _n(XSD.anyURI)
XSD_GMONTHDAY = _n(XSD.gMonthDay)


def _escape(text: str) -> str:
    """A string as N-Triples quotes it: quote, backslash and line breaks escaped.

    ``str.replace`` runs in C; ``str.translate`` would look up every character of the
    article's whole text.
    """
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if '"' in text:
        text = text.replace('"', '\\"')
    if "\n" in text:
        text = text.replace("\n", "\\n")
    if "\r" in text:
        text = text.replace("\r", "\\r")
    return text


def _lit(text: str) -> Term:
    """A plain (xsd:string) literal."""
    return f'"{_escape(text)}"'


def _typed(text: str, datatype: Term) -> Term:
    """A literal of a datatype (``datatype`` a term made by :func:`_n`)."""
    return f'"{_escape(text)}"^^{datatype}'


@lru_cache(maxsize=4096)
def _date(iso: str) -> Term:
    """An ISO date as precise as known, typed by its precision."""
    if iso.startswith("--"):
        return _typed(iso, XSD_GMONTHDAY)
    dt = _DATE_TYPES.get(len(iso))
    return _typed(iso, dt) if dt else _lit(iso)


@lru_cache(maxsize=256)
def _plain(text: str) -> Term:
    """A plain literal of a closed set (a status, a level), made once."""
    return _lit(text)


@lru_cache(maxsize=256)
def _role_iri(label: str) -> str:
    return iris.role(label)


def _vi(text: str) -> Term:
    """A literal in Vietnamese."""
    return f'"{_escape(text)}"@vi'


class _Graph:
    """An insertion-ordered set of triples of one named graph."""

    def __init__(self, graph: str) -> None:
        self.graph = _n(graph)
        self.triples: dict[Triple, None] = {}

    def add(self, s: Term, p: Term, o: Term | None) -> None:
        if o is not None:
            self.triples[(s, p, o)] = None

    def extend(self, triples: tuple[Triple, ...]) -> None:
        """Add these triples in order (as many ``add`` calls would)."""
        have = self.triples
        for t in triples:  # a loop beats building a dict to merge for the few triples of a call
            have[t] = None

    def nquads(self) -> bytes:
        """The graph as N-Quads (UTF-8; a text that cannot be encoded raises ValueError)."""
        end = f" {self.graph} .\n"
        return "".join(f"{s} {p} {o}{end}" for s, p, o in self.triples).encode("utf-8")

    def quads(self) -> list[ox.Quad]:
        """The graph as pyoxigraph quads, in order."""
        return list(ox.parse(self.nquads(), format=ox.RdfFormat.N_QUADS))


# Places, bodies and concepts recur in every article: each one's node and triples are made
# once (recorded in a scratch graph) and replayed, in the same order, into each article's graph.
_MADE = 8192  # bounded: a body is made once per place it serves
_SCRATCH = "urn:vnkg:scratch"


def _place(g: _Graph, p: Place) -> Term:
    """A place named by an article: its node and name (the places graph holds the rest:
    code, level, era, parent)."""
    node, name = _place_named(p)
    g.add(node, P_NAME, name)
    return node


@lru_cache(maxsize=_MADE)
def _place_named(p: Place) -> tuple[Term, Term]:
    return _n(iris.place(p)), _vi(p.name)


def _place_whole(g: _Graph, p: Place) -> Term:
    """A place node of the places graph with what the export reads of it (name, code, level,
    era, parent)."""
    node = _n(iris.place(p))
    g.add(node, A, SDO_ADMINISTRATIVEAREA)
    g.add(node, P_NAME, _vi(p.name))
    g.add(node, SDO_IDENTIFIER, _lit(p.code))
    g.add(node, VNKG_LEVEL, _lit(p.level))
    g.add(node, VNKG_ERA, _lit(p.era))
    if p.parent:
        g.add(node, SDO_CONTAINEDINPLACE, _n(iris.place_code(p.era, p.parent)))
    return node


@lru_cache(maxsize=_MADE)
def _person_made(name: str, where: Place | None) -> tuple[Term, tuple[Triple, ...]]:
    """A person's node and what the graph says of it (the same people recur across articles)."""
    node = _n(iris.person(name, where))
    return node, ((node, A, FOAF_PERSON), (node, P_NAME, _lit(name)))


def _concept(g: _Graph, iri: str, label: str, scheme: Term, *types: Term) -> Term:
    node, triples = _concept_made(iri, label, scheme, types)
    g.extend(triples)
    return node


@lru_cache(maxsize=_MADE)
def _concept_made(iri: str, label: str, scheme: Term, types: tuple[Term, ...]) -> tuple[Term, tuple[Triple, ...]]:
    """A concept's node and what an article graph says of it: its label; and, for a concept
    the ontology lacks (a department read from the text), its types and scheme too."""
    node = _n(iri)
    label_triple = (node, P_PREFLABEL, _vi(label))
    if iri in _vocabulary():
        return node, (label_triple,)
    typed = tuple((node, A, t) for t in (SKOS_CONCEPT, *types))
    return node, (*typed, label_triple, (node, P_INSCHEME, scheme))


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """The IRIs of the concepts the ontology graph defines (roles, body types, kinds)."""
    known = concepts()
    return frozenset({*known.roles.values(), *known.body_types.values(), *known.document_kinds.values()})


def _body(g: _Graph, label: str, where: Place | None) -> Term:
    """A body of a type in a place; a board is also a unit of its parent committee."""
    node, triples = _body_made(label, where)
    g.extend(triples)
    return node


@lru_cache(maxsize=_MADE)
def _body_made(label: str, where: Place | None) -> tuple[Term, tuple[Triple, ...]]:
    g = _Graph(_SCRATCH)
    known = concepts()
    if label in known.national:
        where = None
    node = _n(iris.body(label, where))
    g.add(node, A, ORG_ORGANIZATION_CLASS)
    kind = _concept(g, iris.body_type(label), label, SCHEME_BODY_TYPES)
    g.add(node, ORG_CLASSIFICATION, kind)
    g.add(node, P_PREFLABEL, _vi(f"{label} {where.name}" if where else label))
    if where is not None:
        g.add(node, SDO_AREASERVED, _place(g, where))
    parent = known.board_of.get(label)
    if parent:
        g.add(node, A, ORG_ORGANIZATIONALUNIT)
        g.add(node, ORG_SUBORGANIZATIONOF, _body(g, parent, where))
    return node, tuple(g.triples)


def _evidence(g: _Graph, node: Term, ev: Evidence, article: Term, spans: dict[Evidence, Term]) -> None:
    """The fact's provenance: derived from the article, read from this NIF span.

    ``spans``: the evidence already written to this graph (facts of one sentence share it),
    whose triples are then not made again (adding them again would change nothing).
    """
    e = spans.get(ev)
    if e is not None:
        g.extend(((node, P_DERIVED, article), (node, P_EVIDENCE, e)))
        return
    e = spans[ev] = _n(iris.evidence(ev.article, ev.start, ev.end))
    g.extend(
        (
            (node, P_DERIVED, article),
            (node, P_EVIDENCE, e),
            (e, A, NIF_STRING),
            (e, NIF_BEGININDEX, _integer(ev.start)),
            (e, NIF_ENDINDEX, _integer(ev.end)),
            (e, NIF_ANCHOROF, _lit(ev.text)),
            (e, NIF_REFERENCECONTEXT, article),
        )
    )


@lru_cache(maxsize=1 << 14)
def _integer(n: int) -> Term:
    """An xsd:integer literal, made once per number (offsets recur across articles)."""
    return _typed(str(n), XSD_INT)


# Labels of district-level committees: their boards' labels end with them too ("Ban Thường vụ Huyện ủy").
_DISTRICT_COMMITTEES = ("Huyện ủy", "Quận ủy", "Thị ủy")


class _Emitter:
    """Emits one article: holds its graph, article node and the people's provinces."""

    def __init__(self, af: ArticleFacts) -> None:
        self.af = af
        self.id = af.article.id
        self.g = _Graph(iris.article_graph(self.id))
        self.article = _n(iris.article(self.id))
        self.home = af.places[0] if af.places else None
        self.people = _people_places(af)
        self.spans: dict[Evidence, Term] = {}  # the evidence nodes written so far

    def run(self) -> _Graph:
        self._article()
        handlers: dict[type, Callable] = {
            Post: self._post,
            Document: self._document,
            Implements: self._implements,
            Statistic: self._statistic,
            Event: self._event,
        }
        for fact in self.af.facts:
            handlers[type(fact)](fact)
        return self.g

    def _article(self) -> None:
        g, a, art = self.g, self.article, self.af.article
        g.add(a, A, SDO_NEWSARTICLE)
        g.add(a, A, NIF_CONTEXT)
        g.add(a, SDO_IDENTIFIER, _lit(art.id))
        g.add(a, NIF_ISSTRING, _lit(art.text))
        g.add(a, SDO_HEADLINE, _vi(art.title) if art.title else None)
        g.add(a, SDO_DATEPUBLISHED, _date(art.date) if art.date else None)
        g.add(a, SDO_URL, _typed(art.url, XSD_ANYURI) if art.url else None)
        g.add(a, DCTERMS_SOURCE, _lit(art.source) if art.source else None)
        g.add(a, DCTERMS_CREATOR, _lit(art.author) if art.author else None)
        for p in self.af.places:
            g.add(a, SDO_CONTENTLOCATION, _place(g, p))

    def _person(self, name: str) -> Term:
        node, triples = _person_made(name, self.people.get(name, self.home))
        self.g.extend(triples)
        return node

    def _post(self, f: Post) -> None:
        g = self.g
        where = f.place if f.org not in concepts().national else None
        node = _n(iris.fact("membership", self.id, f.person, f.role, f.org, where and iris.place(where), f.status))
        g.add(node, A, ORG_MEMBERSHIP)
        g.add(node, ORG_MEMBER, self._person(f.person))
        g.add(node, ORG_ORGANIZATION, _body(g, f.org, where))
        g.add(node, ORG_ROLE, _concept(g, _role_iri(f.role), f.role, SCHEME_ROLES, ORG_ROLE_CLASS))
        attested = f.attested or self.af.article.date  # the article states it as of its date
        g.add(node, VNKG_ATTESTEDON, _date(attested) if attested else None)
        g.add(node, VNKG_STATUS, _plain(f.status))
        _evidence(g, node, f.evidence, self.article, self.spans)

    def _doc(self, ref: DocumentRef) -> Term:
        """A document node with what the reference tells of it."""
        g, known = self.g, concepts()
        national = (
            (ref.issuer in known.national)
            or iris.is_national_code(ref.code)
            or ref.kind == "Điều lệ"
            or bool(ref.plenum and not ref.issuer)  # "Nghị quyết Trung ương 4"
        )
        scope = None if national else (ref.issuer_place or self._issuer_home(ref.issuer))
        node = _n(iris.document(ref, scope, national, self.id))
        g.add(node, A, SDO_LEGISLATION)
        kind = _concept(g, iris.document_kind(ref.kind), ref.kind, SCHEME_KINDS)
        g.add(node, SDO_LEGISLATIONTYPE, kind)
        g.add(node, SDO_LEGISLATIONIDENTIFIER, _lit(ref.code) if ref.code else None)
        g.add(node, VNKG_DOCUMENTNUMBER, _lit(ref.number) if ref.number else None)
        if ref.issuer:
            g.add(node, SDO_LEGISLATIONPASSEDBY, _body(g, ref.issuer, scope))
        g.add(node, SDO_LEGISLATIONDATE, _date(ref.date) if ref.date else None)
        g.add(node, VNKG_TERM, _lit(ref.term) if ref.term else None)
        g.add(node, VNKG_PLENUM, _lit(ref.plenum) if ref.plenum else None)
        g.add(node, VNKG_CONGRESS, _lit(ref.congress) if ref.congress else None)
        if ref.congress_place is not None:
            g.add(node, SDO_LEGISLATIONJURISDICTION, _place(g, ref.congress_place))
        return node

    def _issuer_home(self, issuer: str | None) -> Place | None:
        """Where an issuer the text placed nowhere sits: a district committee (or its board) at the
        district the article is about, when it names one; anything else at the article's home."""
        if issuer and issuer.endswith(_DISTRICT_COMMITTEES):
            district = next((p for p in self.af.places if p.level == "district"), None)
            if district is not None:
                return district
        return self.home

    def _document(self, f: Document) -> None:
        node = self._doc(f.ref)
        self.g.add(node, P_NAME, _vi(f.title) if f.title else None)
        _evidence(self.g, node, f.evidence, self.article, self.spans)

    def _implements(self, f: Implements) -> None:
        g = self.g
        doc, target = self._doc(f.document), self._doc(f.target)
        applies = SDO_LEGISLATIONAPPLIES
        g.add(doc, applies, target)
        # The link's own evidence hangs on a reified statement (RDF 1.1 reification).
        st = _n(iris.fact("implements", self.id, doc[1:-1], target[1:-1]))  # the IRIs inside <…>
        g.add(st, A, RDF_STATEMENT)
        g.add(st, RDF_SUBJECT, doc)
        g.add(st, RDF_PREDICATE, applies)
        g.add(st, RDF_OBJECT, target)
        _evidence(g, st, f.evidence, self.article, self.spans)

    def _statistic(self, f: Statistic) -> None:
        g = self.g
        where = f.place and iris.place(f.place)
        node = _n(iris.fact("statistic", self.id, f.measure, f.value, where, f.date, f.period_start))
        measure = _n(concepts().measures.get(f.measure) or _measure_iri(f.measure))
        g.add(measure, SKOS_NOTATION, _lit(f.measure))
        g.add(node, A, QB_OBSERVATION)
        g.add(node, QB_DATASET, _n(iris.DATASET))
        g.add(node, QB_MEASURETYPE, measure)
        g.add(node, measure, _typed(str(f.value), XSD_INT))
        if f.place is not None:
            g.add(node, SDMX_REFAREA, _place(g, f.place))
        g.add(node, SDMX_REFPERIOD, _date(f.date) if f.date else None)
        g.add(node, VNKG_PERIODSTART, _date(f.period_start) if f.period_start else None)
        _evidence(g, node, f.evidence, self.article, self.spans)

    def _event(self, f: Event) -> None:
        g = self.g
        where = f.place and iris.place(f.place)
        node = _n(iris.fact("event", self.id, f.kind, f.date, where, f.organizer, *f.chairs))
        g.add(node, A, SDO_EVENT)
        g.add(node, VNKG_EVENTKIND, _lit(f.kind))
        g.add(node, P_NAME, _vi(f.name) if f.name else None)
        g.add(node, SDO_STARTDATE, _date(f.date))
        if f.place is not None:
            g.add(node, SDO_LOCATION, _place(g, f.place))
        if f.organizer:
            g.add(node, SDO_ORGANIZER, _body(g, f.organizer, f.place))
        for name in f.chairs:
            g.add(node, VNKG_CHAIR, self._person(name))
        _evidence(g, node, f.evidence, self.article, self.spans)


def _measure_iri(name: str) -> str:
    """The vnkg measure property of a FACTS.md measure name the ontology lacks (camelCase)."""
    head, *rest = name.split("_")
    return VNKG._NS + head + "".join(w.capitalize() for w in rest)


def _people_places(af: ArticleFacts) -> dict[str, Place | None]:
    """The place that locates each person: their first placed post, else none if all
    their posts are national (so national figures are one node across provinces)."""
    placed: dict[str, Place | None] = {}
    national: set[str] = set()
    for f in af.facts:
        if isinstance(f, Post):
            if f.place is not None and f.org not in concepts().national:
                placed.setdefault(f.person, f.place)
            else:
                national.add(f.person)
    for name in national - placed.keys():
        placed[name] = None
    return placed


def emit(af: ArticleFacts) -> list[ox.Quad]:
    """Every quad of one article's named graph, in a fixed order."""
    return _Emitter(af).run().quads()


def emit_nquads(af: ArticleFacts) -> tuple[bytes, int]:
    """The quads of one article's named graph as N-Quads, in a fixed order, and how many.

    A text that cannot be written (a lone surrogate from a JSON escape) raises ValueError
    here, for this article alone.
    """
    g = _Emitter(af).run()
    return g.nquads(), len(g.triples)


def place_quads(places: Iterable[Place], replaced_by: Callable[[Place], Sequence[Place]]) -> list[ox.Quad]:
    """The places graph: every unit, its parent, and the 2025 merger."""
    g = _Graph(iris.PLACES_GRAPH)
    merged: dict[str, list[Place]] = {}
    news: dict[str, Place] = {}
    for p in places:
        _place_whole(g, p)
        if p.era == "1976" and p.level == "province":
            for new in replaced_by(p):
                g.add(_n(iris.place(p)), DCTERMS_ISREPLACEDBY, _n(iris.place(new)))
                merged.setdefault(iris.place(new), []).append(p)
                news[iris.place(new)] = new
    for new_iri in sorted(merged):
        change = _n(f"{iris.MERGER_2025}/{news[new_iri].code}")
        g.add(change, A, ORG_CHANGEEVENT)
        g.add(change, DCTERMS_DATE, _typed(MERGER_DATE, XSD_DATE))
        g.add(change, PROV_GENERATED, _n(new_iri))
        for old in merged[new_iri]:
            g.add(change, PROV_USED, _n(iris.place(old)))
    return g.quads()


def reference_quads() -> list[ox.Quad]:
    """The shared graphs: the ontology, and the places with the 2025 merger."""
    onto = ox.NamedNode(iris.ONTOLOGY_GRAPH)
    quads = [ox.Quad(q.subject, q.predicate, q.object, onto) for q in ontology_quads()]
    try:
        from vnkg.builder import gazetteer
    except ImportError as e:
        raise VnkgError("the places graph needs vnkg.builder.gazetteer, which is missing") from e
    places = gazetteer.places()
    if not places:
        raise VnkgError("the gazetteer is still a placeholder (places() is empty): fill it before building")
    return quads + place_quads(places, gazetteer.replaced_by)
