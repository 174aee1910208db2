"""Statistic facts: counted figures about a province's, city's or district's party organisation.

Reads the ``"number"`` and ``"date"`` mentions, the ``"place"`` and ``"document"``
mentions and the article's province (``ctx.province``); adds a :class:`Statistic` for
each number that ``lexicons/stat_measures.jsonl`` reads as a measure (``kết nạp được
8.292 đảng viên``, ``Đảng bộ tỉnh có … 48.772 đảng viên``, ``xóa tên 213 trường
hợp``, breakdowns ``(xóa tên 29, khai trừ 5)``). A figure is placed at the unit its
sentence names (``Đảng bộ huyện Núi Thành``), else at the last unit of the scope word's
kind named in that sentence or the one before (``Tại quận Cái Răng, … Đảng bộ quận``),
else, unscoped or ``toàn Đảng bộ``, at the unit of the figure before it or the unit the
article is about. It is dated at the end of the period it states. Targets, averages,
ratios, attendance, figures of an organ, a bloc, a commune or a cell
(``lexicons/stat_subsets.tsv``) and a headline's figure the body restates are left out.
Also home of the place helpers the documents and events facts share.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from vnkg.builder import gazetteer, lexicon, resolve
from vnkg.builder.lexicon import rows as _rows
from vnkg.records import ArticleContext, Evidence, Fact, Mention, Place, Statistic

_CLAUSE = re.compile(r"[,;:(]")
# After a place's name: it names a unit as it was before a merger ("tỉnh Kiên Giang (cũ)").
_FORMER = re.compile(r"\s*(?:\(\s*)?cũ(?!\w)")
# The unit a figure is about, as the sentence names it before the figure. A bare
# "toàn Đảng bộ" is the organisation the passage is already about.
_SCOPE = re.compile(
    r"(?P<all>[Tt]oàn [Đđ]ảng bộ(?!\s+(?:[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP)\b))"
    r"|(?P<prov>[Tt]oàn tỉnh|[Đđ]ảng bộ [Tt]ỉnh|\btỉnh\b)"
    r"|(?P<dist>[Tt]oàn (?:huyện|quận|thị xã)|[Đđ]ảng bộ (?:[Hh]uyện|[Qq]uận|[Tt]hị xã)"
    r"|(?<!các )(?<!cấp )\b(?:[Hh]uyện|[Qq]uận|[Tt]hị xã)\b)"
    r"|(?P<city>[Tt]oàn thành phố|[Đđ]ảng bộ [Tt]hành phố|\b(?:[Tt]hành phố|TP)\b)"
)
# Where a scope cue may start: its first letter, before what every cue goes on with. A regex
# that starts with a set is scanned for fast; ``_SCOPE`` would try each alternative everywhere.
_SCOPE_START = re.compile(r"[TtĐđHhQq](?=oàn|ảng bộ|ỉnh|uyện|uận|hị xã|hành phố|P)")
# The unit word of a scope cue, as the gazetteer's ``kind`` of a place names it.
_CUE_KIND = re.compile(r"(huyện|quận|thị xã|thành phố|tỉnh|tp)", re.IGNORECASE)
_UNTIL_NOW = re.compile(r"\s*(?:đến nay|tới nay|đến hiện nay)")
# How a figure's date is worded (see ``_period_end``).
_NOW = re.compile(r"(?<!\w)(?:[Hh]iện nay|[Hh]iện tại|[Hh]iện)(?!\w)")
_IN_YEAR = re.compile(r"(?<!\w)(?:[Tt]rong năm|[Nn]ăm qua)(?!\s*\d)")
_PERIOD_DAY = re.compile(r"(?:đến|tới|hết)\s+(?:ngày\s+)?$")
_YEAR_END = re.compile(r"(?:cuối|hết)\s+$")
_MONTHS_INTO = re.compile(r"(\d{1,2})\s+tháng\s+(?:đầu\s+)?$")


@dataclass(frozen=True)
class _Lexicon:
    """The measure patterns of ``stat_measures.jsonl`` and the patterns that veto a figure."""

    patterns: tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str]], ...]
    blocker: re.Pattern[str]  # in the figure's clause before it: targets, averages, ratios
    lead_blocker: re.Pattern[str]  # at its sentence's start: a sentence about targets
    after_blocker: re.Pattern[str]  # right after it: a subset ("thuộc diện … quản lý")
    subset: re.Pattern[str]  # the clause's subject is an organ, a bloc, a commune or a cell
    # Every measure's "after" regex in one alternation: it matches right after a number exactly
    # when one of them does, so most numbers (no measure word after them) are let go in one try.
    any_after: re.Pattern[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """The statistics lexicons, read once."""
    text = lexicon.text("stat_measures.jsonl")
    patterns = []
    vetoes = {key: re.compile(r"(?!)") for key in ("blocker", "lead_blocker", "after_blocker")}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = json.loads(line)
        veto = next((key for key in vetoes if key in row), None)
        if veto is not None:
            vetoes[veto] = re.compile(row[veto])
            continue
        before = re.compile(row["before"]) if row["before"] else None
        patterns.append((row["measure"], before, re.compile(row["after"])))
    heads = [r[0] for r in _rows("stat_subsets.tsv")]
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    subset = re.compile(rf"(?<!\d\s)(?<!\w)(?:[Đđ]ảng bộ|[Đđ]ảng ủy|[Cc]hi bộ)\s+(?:{alt})(?!\w)", re.IGNORECASE)
    # (Each "after" regex is wrapped whole in its own group; they hold no backreference or
    # named group that the wrapping could renumber or clash.)
    # (Measures share "after" patterns: each is in the alternation once.)
    afters = dict.fromkeys(after.pattern for _, _, after in patterns)
    any_after = re.compile("|".join(f"(?:{after})" for after in afters) or "(?!)")
    return _Lexicon(
        tuple(patterns), vetoes["blocker"], vetoes["lead_blocker"], vetoes["after_blocker"], subset, any_after
    )


@lru_cache(maxsize=1)
def central_cities() -> frozenset[str]:
    """Names of the centrally governed cities (``stat_central_cities.tsv``)."""
    return frozenset(line.strip() for line in lexicon.lines("stat_central_cities.tsv"))


def _place(mention: Mention) -> Place | None:
    """The gazetteer place of a ``"place"`` mention."""
    return gazetteer.by_code(mention.value, mention.attr("era") or "1976")


def main_district(ctx: ArticleContext) -> Place | None:
    """The district the article is about: the resolver's, else the one of the province named most."""
    found = resolve.district(ctx)
    if found is not None:
        return found
    counts: Counter[str] = Counter()
    for m in ctx.mentions:
        if m.kind == "place" and m.attr("level") == "district":
            place = gazetteer.by_code(m.value)
            if place is not None and (ctx.province is None or place.parent == ctx.province.code):
                counts[m.value] += 1
    if not counts:
        return None
    best = max(counts.values())
    code = next(m.value for m in ctx.mentions if m.kind == "place" and counts.get(m.value) == best)
    return gazetteer.by_code(code)


def city_place(ctx: ArticleContext) -> Place | None:
    """What a bare ``thành phố``/``TP`` means: the province when it is a central city."""
    if ctx.province is not None and ctx.province.name in central_cities():
        return ctx.province
    return main_district(ctx)


def congress_place(ctx: ArticleContext, scope: str | None, name: str | None) -> Place | None:
    """The place of a congress: None for the national one, else the unit named or the article's."""
    if scope in (None, "national"):
        return None
    level = "district" if scope == "district" else "province"
    if name:
        found = gazetteer.lookup(name, level=level)
        if found:
            return found[0]
    return main_district(ctx) if scope == "district" else ctx.province


def _head(ctx: ArticleContext) -> int:
    """Where the article's head (title and lead) ends."""
    return max(ctx.article.body_start or 0, 200)


def article_unit(ctx: ArticleContext) -> Place | None:
    """The unit the article is about: its district when the head names it, else its province."""
    district = resolve.district(ctx)
    if district is not None and any(
        m.kind == "place" and m.value == district.code and m.start < _head(ctx) for m in ctx.mentions
    ):
        return district
    return ctx.province


def _scope_cues(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_SCOPE.finditer(text, start, end)``, tried only where a cue may start."""
    cues: list[re.Match[str]] = []
    done = start
    for at in _SCOPE_START.finditer(text, start, end):
        if at.start() >= done:
            cue = _SCOPE.match(text, at.start(), end)
            if cue is not None:
                cues.append(cue)
                done = cue.end()
    return cues


def _kind_of_cue(cue: re.Match[str]) -> str | None:
    """The unit word a scope cue names (``quận`` for ``Đảng bộ quận``), as a gazetteer kind."""
    word = _CUE_KIND.search(cue.group(0))
    if word is None:
        return None
    kind = word.group(1).lower()
    return "thành phố" if kind == "tp" else kind


class _Scope:
    """Works out the unit each figure of an article is about."""

    def __init__(self, ctx: ArticleContext, places: list[Mention]) -> None:
        self.ctx = ctx
        self.places = places  # in text order
        self.starts = [m.start for m in places]
        self.last: tuple[int, Place | None] | None = None  # sentence index and place of the last figure

    @cached_property
    def unit(self) -> Place | None:
        """The unit the article is about (read when a figure first needs it: most articles have none)."""
        return article_unit(self.ctx)

    def place(self, i: int, pos: int) -> Place | None:
        """The unit a figure at ``pos`` in sentence ``i`` is about."""
        text = self.ctx.article.text
        start = self.ctx.sentences[i].start
        named = self._units(self.places[bisect_left(self.starts, start) : bisect_left(self.starts, pos)])
        cues = _scope_cues(text, start, pos)
        cue = cues[-1] if cues else None
        if named and (cue is None or named[-1].start >= cue.start()):
            return self._now(named[-1])
        if cue is None or cue.group("all"):
            # No unit named: the passage goes on about the unit of the figure before.
            if self.last is not None and self.last[0] >= self._paragraph_first(i, 1):
                return self.last[1]
            return self.unit
        near = self._nearest(i, cue)
        if near is not None:
            return near
        if cue.group("prov"):
            return self.ctx.province
        if cue.group("dist"):
            return main_district(self.ctx) or self.ctx.province
        return city_place(self.ctx) or self.ctx.province

    def _units(self, named: list[Mention]) -> list[Mention]:
        """The places named, without a province that only locates the district before it
        ("huyện Núi Thành (Quảng Nam)", "quận Sơn Trà, TP Đà Nẵng")."""
        out: list[Mention] = []
        for m in named:
            before = out[-1] if out else None
            if before is not None and m.start - before.end <= 12:
                place = _place(before)
                if place is not None and place.parent == m.value:
                    continue
            out.append(m)
        return out

    def _nearest(self, i: int, cue: re.Match[str]) -> Place | None:
        """The last unit of the cue's kind named before it, in its sentence or (not for a province) the one before."""
        kind = _kind_of_cue(cue)
        if kind is None:
            return None
        first = i if kind == "tỉnh" else self._paragraph_first(i, 1)
        start = self.ctx.sentences[first].start
        for m in reversed(self.places):
            if start <= m.start < cue.start() and m.attr("kind") == kind:
                return self._now(m)
        return None

    def _now(self, m: Mention) -> Place | None:
        """The unit a place mention names; for a province written as a former one ("Sau hợp nhất
        tỉnh A và tỉnh B (cũ), Đảng bộ tỉnh có …"), the 2025 unit that took it over."""
        place = _place(m)
        if place is not None and _FORMER.match(self.ctx.article.text, m.end):
            now = gazetteer.replaced_by(place)
            if len(now) == 1:
                return now[0]
        return place

    def _paragraph_first(self, i: int, back: int) -> int:
        """The index of the sentence up to ``back`` sentences before ``i`` in the same paragraph."""
        return _paragraph_first(self.ctx, i, back)


def _paragraph_first(ctx: ArticleContext, i: int, back: int = 1 << 30) -> int:
    """The first sentence of ``i``'s paragraph, or the one ``back`` sentences before if later."""
    sentences, text = ctx.sentences, ctx.article.text
    first = i
    while first > 0 and i - first < back and "\n" not in text[sentences[first - 1].end : sentences[first].start]:
        first -= 1
    return first


def _period_end(ctx: ArticleContext, i: int, pos: int, dates: list[Mention]) -> str | None:
    """The date a figure is as of: the last date before it in its sentence, else a period's
    date in the sentences before it in its paragraph ("Tính đến ngày 31/12/2023, …. Trong
    năm, toàn Đảng bộ kết nạp …"); None when the text leaves it to the article's date."""
    text = ctx.article.text
    sentence = ctx.sentences[i]
    if text.find("iện", sentence.start, pos) >= 0 and _NOW.search(text, sentence.start, pos):  # (cheap test first)
        return None
    for j in range(i, _paragraph_first(ctx, i) - 1, -1):
        s = ctx.sentences[j]
        end = pos if j == i else s.end
        found = [d for d in dates if s.start <= d.start < end and d.attr("form") != "dm"]
        if j < i:
            found = [d for d in found if d.attr("form") != "dmy" or _PERIOD_DAY.search(text, s.start, d.start)]
        if found:
            d = found[-1]
            if _UNTIL_NOW.match(text, d.end):  # "từ năm 2022 đến nay": a period that runs to the present
                return None
            value = _refined(text, d, s.start)
            since = sentence.start if j < i else d.end
            in_year = text.find("ăm", since, pos) >= 0 and _IN_YEAR.search(text, since, pos)  # (cheap test first)
            return value[:4] if in_year else value
    return None


def _refined(text: str, d: Mention, start: int) -> str:
    """A year date made as precise as the words before it: "cuối năm 2023" 2023-12, "6 tháng đầu năm 2024" 2024-06."""
    if d.attr("form") != "y":
        return d.value
    before = text[max(start, d.start - 16) : d.start]
    if _YEAR_END.search(before):
        return f"{d.value}-12"
    months = _MONTHS_INTO.search(before)
    if months and 1 <= int(months.group(1)) <= 12:
        return f"{d.value}-{int(months.group(1)):02d}"
    return d.value


def _as_of(ctx: ArticleContext, i: int, pos: int, dates: list[Mention], docs: list[tuple[int, int]]) -> str | None:
    """The figure's date, else the article's month: its header's, or the lead's date (not a document's)."""
    found = _period_end(ctx, i, pos, dates)
    if found is not None:
        return found
    if ctx.article.date:
        return ctx.article.date[:7]
    body = ctx.article.body_start or 0
    lead = next((s for s in ctx.sentences if s.start >= body), None)
    if lead is None:
        return None
    dated = [
        d
        for d in dates
        if lead.start <= d.start < lead.end and d.attr("form") in ("dmy", "my") and not _covered(d, docs)
    ]
    return dated[0].value[:7] if dated else None


def _measure(text: str, start: int, clause: int, m: Mention) -> str | None:
    """The measure a number is a count of, or None (read from its sentence's ``start``)."""
    lex = _lexicon()  # (the caller has let go every number with no measure word after it)
    measure = _measure_words(text, start, m, lex)
    # The vetoes are read only for a figure the words make a measure of (a veto gives None too).
    if measure is None or lex.blocker.search(text, clause, m.start) or lex.subset.search(text, clause, m.start):
        return None
    if lex.lead_blocker.match(text, start):
        return None
    return measure


def _measure_words(text: str, start: int, m: Mention, lex: _Lexicon) -> str | None:
    """The measure the words around a number name (the first pattern that reads them, from its
    sentence's ``start``), unless what follows makes it a subset."""
    pre = text[max(start, m.start - 200) : m.start]
    # Measures share "after" patterns: each is tried once (keyed by its source, whose hash is kept).
    tried: dict[str, re.Match[str] | None] = {}
    for measure, before, after in lex.patterns:
        if after.pattern in tried:
            found = tried[after.pattern]
        else:
            found = tried[after.pattern] = after.match(text, m.end)
        if found and (before is None or before.search(pre)):
            return None if lex.after_blocker.match(text, found.end()) else measure
    return None


def _covered(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether a mention lies inside one of the sorted spans (a document's code…)."""
    i = bisect_right(spans, (m.start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= m.start < spans[i][1]


def extract(ctx: ArticleContext) -> list[Fact]:
    """The statistics of one article."""
    by_kind: dict[str, list[Mention]] = {"number": [], "date": [], "place": [], "document": []}
    for m in ctx.mentions:
        if m.kind in by_kind:
            by_kind[m.kind].append(m)
    reader = _Reader(ctx, by_kind)
    # The body first: a headline restating a figure yields to the body's sentence.
    body = ctx.article.body_start or 0
    facts = reader.read([m for m in by_kind["number"] if m.start >= body])
    in_body = {(f.measure, f.place) for f in facts}
    reader.scope.last = None
    facts += [
        f for f in reader.read([m for m in by_kind["number"] if m.start < body]) if (f.measure, f.place) not in in_body
    ]
    return list(facts)


class _Reader:
    """Reads the figures of an article's number mentions."""

    def __init__(self, ctx: ArticleContext, by_kind: dict[str, list[Mention]]) -> None:
        self.ctx = ctx
        self.dates = by_kind["date"]
        self.docs = sorted((d.start, d.end) for d in by_kind["document"])
        self.starts = [s.start for s in ctx.sentences]
        self.scope = _Scope(ctx, by_kind["place"])
        self.seen: set[tuple[str, int, str | None]] = set()

    def read(self, numbers: list[Mention]) -> list[Statistic]:
        """The statistics among ``numbers``, each (measure, value, place) once."""
        ctx, text = self.ctx, self.ctx.article.text
        facts: list[Statistic] = []
        any_after = _lexicon().any_after
        for m in numbers:
            # Most numbers have no measure word after them: they are let go before anything is read.
            if not any_after.match(text, m.end):
                continue
            if m.attr("decimal") or m.attr("unit") or _covered(m, self.docs):
                continue
            i = bisect_right(self.starts, m.start) - 1
            if i < 0:
                continue
            sentence = ctx.sentences[i]
            clause = max([sentence.start] + [c.end() for c in _CLAUSE.finditer(text, sentence.start, m.start)])
            measure = _measure(text, sentence.start, min(clause, m.start), m)
            if measure is None:
                continue
            place = self.scope.place(i, m.start)
            self.scope.last = (i, place)
            key = (measure, int(m.value), place.code if place else None)
            if key in self.seen:
                continue
            self.seen.add(key)
            evidence = Evidence(ctx.article.id, sentence.start, sentence.end, sentence.text)
            date = _as_of(ctx, i, m.start, self.dates, self.docs)
            facts.append(Statistic(measure=measure, value=int(m.value), place=place, evidence=evidence, date=date))
        return facts
