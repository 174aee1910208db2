"""Statistic facts: counted figures about a province's, city's or district's party organisation.

Reads the ``"number"`` and ``"date"`` mentions, the ``"place"`` and ``"document"``
mentions and the article's province (``ctx.province``); adds a :class:`Statistic` for
each number that ``lexicons/stat_measures.jsonl`` reads as a measure (``kết nạp được
8.292 đảng viên``, ``Đảng bộ tỉnh có … 48.772 đảng viên``, ``xóa tên 213 trường
hợp``), placed at the unit the sentence names (``toàn tỉnh``, ``huyện``, ``TP …``) and
dated at the end of the period it states. Targets, averages, ratios and attendance are
left out. Also home of the place helpers the documents and events facts share.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from importlib import resources

from vnkg.builder import gazetteer, resolve
from vnkg.records import ArticleContext, Evidence, Fact, Mention, Place, Statistic

LEXICONS = "vnkg.builder"
_CLAUSE = re.compile(r"[,;:(]")
# The unit a figure is about, as the sentence names it before the figure.
_SCOPE = re.compile(
    r"(?P<prov>[Tt]oàn tỉnh|[Đđ]ảng bộ tỉnh|[Tt]oàn [Đđ]ảng bộ|\btỉnh\b)"
    r"|(?P<dist>[Tt]oàn (?:huyện|quận|thị xã)|[Đđ]ảng bộ (?:huyện|quận|thị xã)"
    r"|(?<!các )(?<!cấp )\b(?:[Hh]uyện|[Qq]uận|[Tt]hị xã)\b)"
    r"|(?P<city>[Tt]oàn thành phố|[Đđ]ảng bộ thành phố|\b(?:[Tt]hành phố|TP)\b)"
)


@lru_cache(maxsize=1)
def _measures() -> tuple[list[tuple[str, re.Pattern[str] | None, re.Pattern[str]]], re.Pattern[str]]:
    """The measure patterns of ``stat_measures.jsonl`` and its blocker pattern."""
    text = resources.files(LEXICONS).joinpath("lexicons", "stat_measures.jsonl").read_text(encoding="utf-8")
    patterns = []
    blocker = re.compile(r"(?!)")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = json.loads(line)
        if "blocker" in row:
            blocker = re.compile(row["blocker"])
            continue
        before = re.compile(row["before"]) if row["before"] else None
        patterns.append((row["measure"], before, re.compile(row["after"])))
    return patterns, blocker


@lru_cache(maxsize=1)
def central_cities() -> frozenset[str]:
    """Names of the centrally governed cities (``stat_central_cities.tsv``)."""
    text = resources.files(LEXICONS).joinpath("lexicons", "stat_central_cities.tsv").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


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


def _scope_place(ctx: ArticleContext, text: str, start: int, pos: int, places: list[Mention]) -> Place | None:
    """The unit a figure at ``pos`` is about: the nearest place or scope word before it."""
    named = [m for m in places if start <= m.start < pos]
    cues = list(_SCOPE.finditer(text, start, pos))
    cue = cues[-1] if cues else None
    if named and (cue is None or named[-1].start >= cue.start()):
        return _place(named[-1])
    if cue is None or cue.group("prov"):
        return ctx.province
    if cue.group("dist"):
        return main_district(ctx) or ctx.province
    return city_place(ctx) or ctx.province


def _period_end(ctx: ArticleContext, text: str, start: int, pos: int, dates: list[Mention]) -> str | None:
    """The date a figure is as of: the last date before it in its sentence, else the article's month."""
    before = [d for d in dates if start <= d.start < pos and d.attr("form") != "dm"]
    if before:
        return before[-1].value
    # "từ đầu nhiệm kỳ đến nay", "Trong 4 năm,": as of the article's month.
    return ctx.article.date[:7] if ctx.article.date else None


def _measure(text: str, start: int, clause: int, m: Mention) -> str | None:
    """The measure a number is a count of, or None (read from its sentence's ``start``)."""
    patterns, blocker = _measures()
    pre = text[max(start, m.start - 200) : m.start]
    if blocker.search(text, clause, m.start):
        return None
    for measure, before, after in patterns:
        if after.match(text, m.end) and (before is None or before.search(pre)):
            return measure
    return None


def _sentence_starts(ctx: ArticleContext) -> list[int]:
    """The start offsets of the sentences."""
    return [s.start for s in ctx.sentences]


def _covered(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether a mention lies inside one of the sorted spans (a document's code…)."""
    i = bisect_right(spans, (m.start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= m.start < spans[i][1]


def extract(ctx: ArticleContext) -> list[Fact]:
    """The statistics of one article."""
    text = ctx.article.text
    starts = _sentence_starts(ctx)
    by_kind: dict[str, list[Mention]] = {"number": [], "date": [], "place": [], "document": []}
    for m in ctx.mentions:
        if m.kind in by_kind:
            by_kind[m.kind].append(m)
    docs = sorted((d.start, d.end) for d in by_kind["document"])
    facts: list[Fact] = []
    seen: set[tuple[str, int, str | None]] = set()
    for m in by_kind["number"]:
        if m.attr("decimal") or m.attr("unit") or _covered(m, docs):
            continue
        i = bisect_right(starts, m.start) - 1
        if i < 0:
            continue
        sentence = ctx.sentences[i]
        clause = max([sentence.start] + [c.end() for c in _CLAUSE.finditer(text, sentence.start, m.start)])
        measure = _measure(text, sentence.start, min(clause, m.start), m)
        if measure is None:
            continue
        place = _scope_place(ctx, text, sentence.start, m.start, by_kind["place"])
        key = (measure, int(m.value), place.code if place else None)
        if key in seen:
            continue
        seen.add(key)
        date = _period_end(ctx, text, sentence.start, m.start, by_kind["date"])
        evidence = Evidence(ctx.article.id, sentence.start, sentence.end, sentence.text)
        facts.append(Statistic(measure=measure, value=int(m.value), place=place, evidence=evidence, date=date))
    return facts
