"""The frozen records that the builder's stages pass to one another.

Data moves one way: ``read`` makes :class:`RawArticle`, ``normalise`` makes
:class:`Article` and :class:`Sentence`, ``mentions`` makes :class:`Mention`,
``resolve`` and ``facts`` make the fact records (:class:`Post`, :class:`Document`,
:class:`Implements`, :class:`Statistic`, :class:`Event`), each carrying its
:class:`Evidence`; ``emit`` turns an :class:`ArticleFacts` into quads.

Nothing here imports the rest of vnkg.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read from its source, before normalisation."""

    id: str
    text: str
    origin: str  # "path" or "path:line" for JSONL input
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A normalised article; every offset in the graph refers to ``text``."""

    id: str
    text: str
    origin: str
    title: str | None = None
    date: str | None = None  # ISO, as precise as known: "2019-08-08", "2021-06", "2017"
    url: str | None = None
    source: str | None = None
    author: str | None = None
    body_start: int = 0  # where the article body starts (after title and date lines)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: ``article.text[start:end] == text``."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text recognised as something: a place, a title, a name, a code…

    ``kind`` says what; ``value`` is its normalised value (a place code, a role
    label…); ``attrs`` carries extra key/value pairs as a sorted tuple so that the
    record stays hashable.
    """

    kind: str
    start: int
    end: int
    text: str
    value: str = ""
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, key: str, default: str | None = None) -> str | None:
        """The value of one extra attribute."""
        for k, v in self.attrs:
            if k == key:
                return v
        return default


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence (or span) and its offsets in the article."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Place:
    """A place of the gazetteer: a province/city or a district-level unit.

    ``code`` is the official GSO code (2 digits for a province, 3 for a district);
    ``era`` is "1976" for units as they stood before the 2025 reform (the codes of
    the 63 provinces and their districts) and "2025" for the 34 units after it.
    """

    code: str
    name: str  # as the gazetteer names it, without prefix: "Điện Biên", "Mỏ Cày Bắc"
    level: str  # "province" | "district"
    era: str = "1976"
    parent: str | None = None  # province code of a district


@dataclass(frozen=True, slots=True)
class Post:
    """A person holds a post in a body, attested as of the article's date."""

    person: str
    role: str  # canonical role label (FACTS.md list): "Bí thư", "Phó Bí thư Thường trực"…
    org: str  # canonical body label without place: "Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Bộ Xây dựng"
    place: Place | None
    evidence: Evidence
    attested: str | None = None  # ISO date the article states it as of
    status: str = "current"  # "current" | "elected" | "relieved"


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """What identifies a document as the text names it."""

    kind: str  # "Nghị quyết", "Chỉ thị", … "Điều lệ"
    code: str | None = None  # normalised number and symbol: "04-NQ/TW"
    number: str | None = None  # "04"
    issuer: str | None = None  # canonical body label: "Ban Chấp hành Trung ương"
    issuer_place: Place | None = None
    date: str | None = None  # ISO, as precise as written
    term: str | None = None  # khóa, Roman numerals
    plenum: str | None = None  # "4" for "Nghị quyết Trung ương 4"
    congress: str | None = None  # "XI" for "Nghị quyết Đại hội … lần thứ XI"
    congress_place: Place | None = None  # None for the national congress


@dataclass(frozen=True, slots=True)
class Document:
    """A document the article names."""

    ref: DocumentRef
    evidence: Evidence
    title: str | None = None  # "về tăng cường xây dựng, chỉnh đốn Đảng…" when written


@dataclass(frozen=True, slots=True)
class Implements:
    """One document puts another into effect."""

    document: DocumentRef
    target: DocumentRef
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Statistic:
    """A counted figure about a party organisation (a Data Cube observation)."""

    measure: str  # "party_members", "members_admitted", …
    value: int
    place: Place | None
    evidence: Evidence
    date: str | None = None  # as of, or end of period: ISO "2023-12"
    period_start: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A meeting (hội nghị) the article reports."""

    kind: str  # "Hội nghị"
    date: str  # ISO "2019-08-08", or "--08-08" when no year is knowable
    place: Place | None
    evidence: Evidence
    organizer: str | None = None  # canonical body label: "Ban Thường vụ Tỉnh ủy"
    chairs: tuple[str, ...] = ()
    name: str | None = None  # "Hội nghị tổng kết công tác xây dựng Đảng…"


Fact = Post | Document | Implements | Statistic | Event


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """What the ``mentions`` and ``resolve`` stages know of one article.

    ``province`` is the province (or centrally governed city) the article is about
    when the text, its title, its dateline or its metadata say so; else ``None``
    (never guessed from nothing). ``places`` lists every place named, most
    prominent first.
    """

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...] = ()
    province: Place | None = None
    places: tuple[Place, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything the builder found in one article: what ``emit`` turns into a graph."""

    article: Article
    places: tuple[Place, ...] = ()  # the article is about these (most likely first)
    facts: tuple[Fact, ...] = field(default=())


# Query answers: what a store returns, whichever store it is.


@dataclass(frozen=True, slots=True)
class Term:
    """An RDF term in a result row: ``kind`` is "uri", "literal" or "bnode"."""

    kind: str
    value: str
    datatype: str | None = None
    lang: str | None = None

    @classmethod
    def literal(cls, value: str, datatype: str | None = None, lang: str | None = None) -> Term:
        """A literal term."""
        return cls("literal", value, datatype, lang)

    @classmethod
    def uri(cls, value: str) -> Term:
        """An IRI term."""
        return cls("uri", value)

    def python(self) -> str | int | float | bool:
        """The value as Python: integers and decimals as numbers, the rest as text."""
        if self.kind == "literal" and self.datatype:
            if self.datatype in (XSD + "integer", XSD + "int", XSD + "long", XSD + "nonNegativeInteger"):
                return int(self.value)
            if self.datatype in (XSD + "decimal", XSD + "double", XSD + "float"):
                return float(self.value)
            if self.datatype == XSD + "boolean":
                return self.value in ("true", "1")
        return self.value

    def n3(self) -> str:
        """The term in N-Triples syntax (escaped), for VALUES clauses and output."""
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        text = json.dumps(self.value, ensure_ascii=False)  # escapes quotes, backslashes, controls
        if self.lang:
            return f"{text}@{self.lang}"
        if self.datatype and self.datatype != XSD + "string":
            return f"{text}^^<{self.datatype}>"
        return text


@dataclass(frozen=True, slots=True)
class Results:
    """The answer to a SELECT (or ASK, as one row with ``?ask``)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]

    def __len__(self) -> int:
        return len(self.rows)

    def dicts(self) -> Iterator[dict[str, Term]]:
        """Rows as ``{variable: term}``, unbound variables left out."""
        for row in self.rows:
            yield {v: t for v, t in zip(self.variables, row) if t is not None}

    def values(self) -> Iterator[dict[str, str | int | float | bool | None]]:
        """Rows as ``{variable: python value}``, unbound variables as ``None``."""
        for row in self.rows:
            yield {v: (t.python() if t is not None else None) for v, t in zip(self.variables, row)}
