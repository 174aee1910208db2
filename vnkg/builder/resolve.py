"""The resolve stage: which province (and district) an article is about.

Reads the article, its sentences and the mentions; returns an :class:`ArticleContext`
whose ``province`` comes from the text (a dateline such as ``ĐIỆN BIÊN:``, the title,
the places named, a district's province) or the metadata (a provincial paper's domain,
``lexicons/news_domains.tsv``), else stays None: never guessed from nothing. Place
mentions of an ambiguous name (``Châu Thành``) are settled to the article's province,
and title/body mentions get one place code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache

from vnkg.builder import gazetteer, lexicon
from vnkg.records import Article, ArticleContext, Mention, Place, Sentence

# The kinds of mention ``_settle`` may change (the others are kept as they are).
_SETTLED = frozenset({"place", "title", "body"})
_DATELINE = re.compile(r"^\s*([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ .]{2,40}?)\s*(?::|-|–|—|\()", re.M)
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?([a-z0-9.-]+\.(?:vn|com|net|org|info))", re.I)


def context(article: Article, sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> ArticleContext:
    """The article with its mentions settled and the places it is about."""
    province = _province(article, mentions)
    settled = tuple(_settle(m, province) if m.kind in _SETTLED else m for m in mentions)
    places = _ranked(settled, province)
    return ArticleContext(
        article=article, sentences=tuple(sentences), mentions=settled, province=province, places=places
    )


def _province(article: Article, mentions: Sequence[Mention]) -> Place | None:
    """The province named by the dateline, else the one most named, else the source's."""
    dated = _dateline(article)
    if dated is not None:
        return dated
    score: Counter[str] = Counter()
    head = article.body_start or 0
    for m in mentions:
        if m.kind != "place":
            continue
        place = gazetteer.by_code(m.value)
        if place is None:
            continue
        weight = 2 if place.level == "province" else 1
        if m.start < max(head, 200):  # the title and first line say what the article is about
            weight *= 2
        top = gazetteer.province_of(place)
        if top is not None and not m.attr("alts"):
            score[top.code] += weight
    if score:
        first = _firsts(mentions)
        best = max(score.items(), key=lambda kv: (kv[1], -first.get(kv[0], 10**9)))
        return gazetteer.by_code(best[0])
    return _from_source(article)


def _firsts(mentions: Sequence[Mention]) -> dict[str, int]:
    """Where each place code is first named (the mentions are in text order)."""
    first: dict[str, int] = {}
    for m in mentions:
        if m.kind == "place" and m.value not in first:
            first[m.value] = m.start
    return first


def _dateline(article: Article) -> Place | None:
    """An upper-case place opening the article or a paragraph: "ĐIỆN BIÊN:", "ĐÀ NẴNG -"."""
    for m in _dateline_matches(article.text, min(len(article.text), 3000)):
        word = m.group(1).strip()
        if not word.isupper():
            continue
        found = [p for p in gazetteer.lookup(word, era="1976") if p.level == "province"]
        if found:
            return found[0]
    return None


def _dateline_matches(text: str, end: int) -> Iterator[re.Match[str]]:
    """``_DATELINE.finditer(text, 0, end)``, tried only at line starts (where "^" can match):
    the engine would try every position."""
    at = done = 0
    while at < end:
        if at >= done:
            m = _DATELINE.match(text, at, end)
            if m is not None:
                yield m
                done = m.end()
        at = text.find("\n", at, end) + 1
        if not at:
            break


@lru_cache(maxsize=1)
def _domains() -> dict[str, str]:
    rows = lexicon.rows("news_domains.tsv")
    return {r[0].lower(): r[1] for r in rows[1:]}


def _from_source(article: Article) -> Place | None:
    """A provincial paper's domain in the metadata names the province."""
    for field in (article.url, article.source):
        if not field:
            continue
        m = _DOMAIN.search(field)
        if not m:
            continue
        host = m.group(1).lower()
        for domain, code in _domains().items():
            if host == domain or host.endswith("." + domain):
                return gazetteer.by_code(code)
    return None


def _settle(m: Mention, province: Place | None) -> Mention:
    """One place code for a mention whose name several units share."""
    if m.kind == "place":
        alts = m.attr("alts")
        if alts:
            return _with(m, value=_pick([m.value, *alts.split(",")], province))
    elif m.kind in ("title", "body"):
        place = m.attr("place")
        if place and m.attr("level") == "commune":
            return _with(m, place=_commune_district(place.split(","), province))
        if place and "," in place:
            return _with(m, place=_pick(place.split(","), province))
    return m


def related(province: Place) -> set[str]:
    """The province's code and those of the provinces it merged with in 2025."""
    out = {province.code}
    for new in gazetteer.replaced_by(province):
        out |= {p.code for p in gazetteer.absorbed(new)}
    return out


def _commune_district(codes: list[str], province: Place | None) -> str:
    """The district of a commune name: the one in the article's province (or a province it
    merged with), the only one when the province is unknown; else "" (names repeat)."""
    if province is None:
        return codes[0] if len(codes) == 1 else ""
    near = related(province)
    inside = [c for c in codes if (p := gazetteer.by_code(c)) is not None and p.parent in near]
    if not inside:
        return ""
    own = [c for c in inside if (p := gazetteer.by_code(c)) is not None and p.parent == province.code]
    if len(own) == 1 or (not own and len(inside) == 1):
        return (own or inside)[0]
    return ""


# A dd/mm/20yy date. The digit comes before the lookbehind (not after a digit) so the regex
# starts with a character set, which the engine scans for fast.
_DATED = re.compile(r"(\d(?<!\d\d)\d?)[/.-](\d{1,2})[/.-](20\d\d)(?!\d)")
_MERGER = "2025-07-01"


def after_merger(ctx: ArticleContext) -> bool:
    """The article reports the country after the 2025 merger of provinces (1 July 2025): its date,
    else the latest full date written in it, is on or after that day."""
    date = ctx.article.date
    if not date:
        written = [f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}" for m in _DATED.finditer(ctx.article.text)]
        date = max(written, default="")
    return date >= _MERGER


def _pick(codes: list[str], province: Place | None) -> str:
    """The code whose unit lies in the article's province, else the first."""
    if province is not None:
        for code in codes:
            place = gazetteer.by_code(code)
            if place is not None and (place.code == province.code or place.parent == province.code):
                return code
    return codes[0]


def _with(m: Mention, value: str | None = None, place: str | None = None) -> Mention:
    attrs = dict(m.attrs)
    if place is not None:
        attrs["place"] = place
    if value is not None:
        attrs.pop("alts", None)
    return Mention(
        m.kind, m.start, m.end, m.text, value if value is not None else m.value, tuple(sorted(attrs.items()))
    )


def _ranked(mentions: Sequence[Mention], province: Place | None) -> tuple[Place, ...]:
    """Every place named, the article's province first, then by how often it is named."""
    count: Counter[str] = Counter(m.value for m in mentions if m.kind == "place")
    first = _firsts(mentions)
    order = sorted(count, key=lambda c: (-count[c], first[c]))
    places = [p for p in (gazetteer.by_code(c) for c in order) if p is not None]
    if province is not None:
        places = [province] + [p for p in places if p != province]
    return tuple(places)


def district(ctx: ArticleContext) -> Place | None:
    """The one district the article is about: named in its title or head, or named most (twice or more)."""
    count: Counter[str] = Counter()
    head = max(ctx.article.body_start or 0, 200)
    for m in ctx.mentions:
        if m.kind != "place" or m.attr("level") != "district":
            continue
        place = gazetteer.by_code(m.value)
        if place is None or (ctx.province is not None and place.parent != ctx.province.code):
            continue
        count[m.value] += 3 if m.start < head else 1
    if not count:
        return None
    (code, n), *rest = count.most_common()
    if n < 2 or (rest and rest[0][1] == n):
        return None
    return gazetteer.by_code(code)
