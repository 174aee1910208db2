"""Deterministic IRIs for everything vnkg puts in a graph.

Reads records (:mod:`vnkg.records`) and returns IRIs as plain strings, so that the
same input always gives the same graph. The scheme (see ``docs/ontology.md``):

    id/article/{id}                      an article;  id/graph/article/{id} its named graph
    id/person/{era}-{province}/{slug}-{h} a person known in a province (one node per name there)
    id/person/{slug}-{h}                 a person with no province (national posts only)
    id/body/{type}[/{era}/{code}]        a body: its type and the place it belongs to
    id/role/{slug}, id/body-type/{slug}, id/document-kind/{slug}   SKOS concepts
    id/place/{era}/{code}                a place of the gazetteer
    id/document/{scope}/...              a document: issuer scope, kind, number, year or term
    id/{membership|statistic|event|implements}/{article}/{hash}   article-local facts
    id/evidence/{article}/{start}-{end}  where a fact was read

Slugs are ASCII (diacritics stripped, đ -> d); a person's slug also carries a short hash
of the exact name, because stripping tones merges different names (Thanh, Thành).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from vnkg.records import DocumentRef, Place

BASE = "https://w3id.org/vnkg/id/"
ONTOLOGY = "https://w3id.org/vnkg/ontology"
ONTOLOGY_GRAPH = BASE + "graph/ontology"
PLACES_GRAPH = BASE + "graph/places"
DATASET = BASE + "dataset/party-statistics"
MERGER_2025 = BASE + "change/2025"

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SPACES = re.compile(r"\s+")
_LEADING_ZEROS = re.compile(r"^0+(\d)")
# Symbols of a code that only national bodies use: TW/TƯ (the Party centre), QH (the
# National Assembly), CP/TTg (the Government), BCT/BBT (Politburo, Secretariat).
_NATIONAL_SYMBOL = re.compile(r"(?:^|[/-])(?:TW|TƯ|QH\d*|CP|TTg|BCT|BBT)(?:$|[/-])")


def slug(text: str) -> str:
    """ASCII slug: diacritics stripped, đ -> d, lower case, runs of other characters -> '-'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", ascii_text.lower()).strip("-") or "x"


def short_hash(*parts: object, n: int = 12) -> str:
    """A short stable hash of the parts (None and '' are distinct from absent)."""
    key = "\x1f".join("\x00" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def _name_key(name: str) -> str:
    """A person's name folded for identity: NFC, collapsed spaces, case folded."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip().casefold()


def _local(article_id: str) -> str:
    """An article id made safe for an IRI path segment."""
    return quote(article_id, safe="-_.~")


def article(article_id: str) -> str:
    """The article node."""
    return f"{BASE}article/{_local(article_id)}"


def article_graph(article_id: str) -> str:
    """The named graph that holds everything read from one article."""
    return f"{BASE}graph/article/{_local(article_id)}"


def place(p: Place) -> str:
    """A gazetteer place: its era and official code."""
    return place_code(p.era, p.code)


def place_code(era: str, code: str) -> str:
    """A gazetteer place by era and official code (a district's parent, say)."""
    return f"{BASE}place/{era}/{code}"


def province_code(p: Place | None) -> str | None:
    """``era-code`` of the province a place belongs to (itself for a province)."""
    if p is None:
        return None
    code = p.code if p.level == "province" or not p.parent else p.parent
    return f"{p.era}-{code}"


def person(name: str, province: Place | None) -> str:
    """A person: the same name in the same province is one node.

    With no province (someone known only by national posts, or an article about no
    province) the node is per name alone: namesakes across the country then share it.
    """
    key = _name_key(name)
    local = f"{slug(key)}-{short_hash(key, n=6)}"
    prov = province_code(province)
    return f"{BASE}person/{prov}/{local}" if prov else f"{BASE}person/{local}"


def role(label: str) -> str:
    """A role concept (FACTS.md role label)."""
    return f"{BASE}role/{slug(label)}"


def body_type(label: str) -> str:
    """A body-type concept (FACTS.md org label, or a ministry/department's own name)."""
    return f"{BASE}body-type/{slug(label)}"


def document_kind(label: str) -> str:
    """A document-kind concept (one of the 11 kinds of FACTS.md)."""
    return f"{BASE}document-kind/{slug(label)}"


def body(label: str, where: Place | None) -> str:
    """A body: its type and the place it belongs to (none for national bodies)."""
    if where is None:
        return f"{BASE}body/{slug(label)}"
    return f"{BASE}body/{slug(label)}/{where.era}/{where.code}"


def is_national_code(code: str | None) -> bool:
    """Whether a document code's symbol belongs to a national issuer (``04-NQ/TW``)."""
    return bool(code) and bool(_NATIONAL_SYMBOL.search(code or ""))


def document(ref: DocumentRef, scope: Place | None, national: bool, article_id: str) -> str:
    """A document: issuer scope, kind, number, and year or term when known.

    ``national`` says the issuer is a national body; otherwise ``scope`` is the place
    whose bodies issued it (the issuer's place, else the article's province; with
    neither, the node is local to the article). Numbers
    restart each term, so the year of its date (else its term) is part of the identity:
    the same code written once with a date and once with only a term gives two nodes.
    A reference with no code, number, plenum or congress is local to its article.
    """
    if national:
        where = "vn"
    elif scope is not None:
        where = f"{scope.era}-{scope.code}"
    else:  # a local body's document, place unknown: not merged with other provinces' namesakes
        where = f"local/{_local(article_id)}"
    kind = slug(ref.kind)
    when = f"y{ref.date[:4]}" if ref.date and ref.date[:4].isdigit() else (f"k{slug(ref.term)}" if ref.term else "")
    if ref.code:
        parts = [where, kind, _LEADING_ZEROS.sub(r"\1", slug(ref.code)), when]
    elif ref.number:
        parts = [where, slug(ref.issuer or "_"), kind, ref.number.lstrip("0") or "0", when]
    elif ref.plenum:
        parts = [
            where,
            slug(ref.issuer or "ban-chap-hanh-trung-uong"),
            kind,
            f"hnt{ref.plenum}",
            f"k{slug(ref.term or '_')}",
        ]
    elif ref.congress:
        cp = ref.congress_place
        parts = ["vn" if cp is None else f"{cp.era}-{cp.code}", kind, f"dh{slug(ref.congress)}"]
    elif ref.kind == "Điều lệ":
        parts = ["vn", kind]  # the Party Statute: there is one
    else:
        parts = [f"local/{_local(article_id)}", kind, short_hash(ref)]
    return BASE + "document/" + "/".join(p for p in parts if p)


def fact(kind: str, article_id: str, *content: object) -> str:
    """An article-local fact node (membership, statistic, event, implements) by its content."""
    return f"{BASE}{kind}/{_local(article_id)}/{short_hash(*content)}"


def evidence(article_id: str, start: int, end: int) -> str:
    """The evidence span of an article."""
    return f"{BASE}evidence/{_local(article_id)}/{start}-{end}"
