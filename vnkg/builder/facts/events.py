"""Event facts: the meetings (hội nghị) an article reports, with date, organiser and chairs.

Reads the ``"date"``, ``"document"``, ``"body"`` and ``"person"`` mentions, the
sentences, the article's date and province; adds one :class:`Event` per meeting: a
sentence that dates a ``hội nghị`` (``Sáng 8/8, Ban Thường vụ Tỉnh ủy tổ chức Hội
nghị …``), its date given the article's year when the text leaves it out (``--MM-DD``
when no year is knowable). Council sessions (``kỳ họp``), congresses, ceremonies and
``cuộc họp`` are not meetings; a dated working session (``buổi làm việc``, ``tổ chức
sơ kết``) counts only when the article later calls it a ``hội nghị`` and dates no
other meeting. A meeting is placed at its organiser's place (a district committee's
district), else where the sentence says it was held (``tại huyện X``), else at the
article's unit; a central body's meeting only where the text puts it, never at the
article's province by default.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from vnkg.builder import gazetteer, resolve
from vnkg.builder.facts.statistics import article_unit
from vnkg.builder.lexicon import alternation as _alt
from vnkg.builder.lexicon import rows as _rows
from vnkg.builder.mentions.documents import issuer_names
from vnkg.builder.mentions.numbers import resolve_day
from vnkg.records import ArticleContext, Event, Evidence, Fact, Mention, Place, Sentence

# Dates that bound a period or tell a birth are not when a meeting met.
_NOT_MEETING_DAY = re.compile(r"(?:sinh|trước|sau|đến|tới|từ|hạn|kể từ)\s+(?:ngày\s+)?$", re.IGNORECASE)
# The organiser is the subject of "tổ chức" / "triệu tập", or named after "do".
_HOLDS = re.compile(r"(?<!\w)(?:tổ chức|triệu tập)(?!\w)")
_HELD_BY = re.compile(r"(?<!\w)do\s+")
# "Chiều cùng ngày, …", "Cùng ngày, …" opening a sentence: the day the text last named.
_SAME_DAY = re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa)\s+)?cùng ngày(?!\w)", re.IGNORECASE)
_CHAIRED_MEETING = re.compile(r"chủ (?:trì|tọa) (?:[Hh]ội nghị|phiên)")
_NAME_END = re.compile(r"[,.;:(]|\s-\s")
# A dateline ("18/05/2023 - 06:20", "Thứ Hai, 19/08/2024 18:05"): when the story was posted, no meeting.
_DATELINE = re.compile(
    r"\s*(?:(?:Thứ\s+\w+|Chủ nhật|Cập nhật|Đăng|Ngày đăng)\s*[,:]?\s*)?[\d/.\-:\s|,()GMT+]*",
    re.IGNORECASE,
)
# A meeting noun that names a plenum of the Central Committee, not a meeting the story reports.
_PLENUM = re.compile(r"\s+(?:lần thứ\s+\w+\s+(?:của\s+)?Ban Chấp hành\s+)?Trung ương", re.IGNORECASE)
# Where a meeting was held: a place written right after "tại"/"ở" (the place mention carries its unit word).
_HELD_AT = re.compile(r"(?<!\w)(?:tại|ở)\s+(?:các\s+)?(?:điểm cầu\s+)?$", re.IGNORECASE)
# A nationwide meeting: its place is only what the text says, never the article's province.
_NATIONWIDE = re.compile(r"(?<!\w)(?:toàn quốc|trực tuyến)(?!\w)", re.IGNORECASE)
# Words of a central body's label: its meeting is not the article's province's.
_CENTRAL_WORDS = ("Trung ương", "Bộ Chính trị", "Ban Bí thư", "Quốc hội", "Chính phủ")
# Organiser labels of a district-level committee (or its boards) written without the district's name.
_DISTRICT_BODY = re.compile(r"(?:Huyện|Quận|Thị) ủy$")


@lru_cache(maxsize=1)
def _nouns() -> tuple[re.Pattern[str], dict[str, str]]:
    """The event nouns of ``event_nouns.tsv`` as one pattern, and noun -> class."""
    classes = dict(_rows("event_nouns.tsv"))
    return re.compile(rf"(?<!\w)(?:{_alt(list(classes))})(?!\w)", re.IGNORECASE), classes


@lru_cache(maxsize=1)
def _chairs() -> tuple[re.Pattern[str], dict[str, str]]:
    """The chairing phrases of ``event_chairs.tsv``, and phrase -> side."""
    sides = dict(_rows("event_chairs.tsv"))
    return re.compile(rf"(?<!\w)(?:{_alt(list(sides))})(?!\w)", re.IGNORECASE), sides


@lru_cache(maxsize=1)
def _organisers() -> re.Pattern[str]:
    """Body names an organiser is written with (shared with document issuers)."""
    return re.compile(rf"(?<!\w)(?:{_alt(list(issuer_names()))})(?!\w)", re.IGNORECASE)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of the sorted spans."""
    i = bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _nouns_in(text: str, start: int, end: int, docs: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Event nouns in ``text[start:end]`` that are not part of a document's name."""
    return [m for m in _noun_matches(text, start, end) if not _inside(m.start(), docs)]


@lru_cache(maxsize=512)
def _noun_matches(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """Event nouns in ``text[start:end]``; cached, as the same sentences are read again and again."""
    return tuple(_nouns()[0].finditer(text, start, end))


def _class(m: re.Match[str] | None) -> str | None:
    """The class of an event noun match: meeting, session or other."""
    return _nouns()[1][m.group(0).lower()] if m else None


def _day(
    text: str, sentence: Sentence, dates: list[Mention], starts: list[int], docs: list[tuple[int, int]]
) -> Mention | None:
    """The first day-and-month date of a sentence that can date a meeting (``dates`` sorted by
    their ``starts``)."""
    for k in range(bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)):
        d = dates[k]
        if d.attr("form") not in ("dm", "dmy") or _inside(d.start, docs):
            continue
        if not _NOT_MEETING_DAY.search(text[max(sentence.start, d.start - 16) : d.start]):
            return d
    return None


def _same_day(
    text: str, sentence: Sentence, dates: list[Mention], starts: list[int], docs: list[tuple[int, int]]
) -> Mention | None:
    """For a sentence opening "Chiều cùng ngày, …": a date mention at those words with the value of
    the last day-and-month date written before the sentence (None when there is none)."""
    m = _SAME_DAY.match(text, sentence.start, sentence.end)
    if m is None:
        return None
    for k in range(bisect_left(starts, sentence.start) - 1, -1, -1):
        d = dates[k]
        if d.attr("form") in ("dm", "dmy") and not _inside(d.start, docs):
            return Mention("date", m.start(), m.end(), m.group(0), d.value, d.attrs)
    return None


def _noun_for(text: str, sentence: Sentence, day: Mention, docs: list[tuple[int, int]]) -> re.Match[str] | None:
    """What the dated sentence reports: the first event noun after the date, else the last before."""
    after = _nouns_in(text, day.end, sentence.end, docs)
    if after:
        return after[0]
    before = _nouns_in(text, sentence.start, day.start, docs)
    return before[-1] if before else None


def _organiser(
    ctx: ArticleContext, sentence: Sentence, day: Mention, noun: re.Match[str] | None
) -> tuple[str | None, Mention | None]:
    """The body that held the meeting: the subject of ``tổ chức`` (or ``do X tổ chức``), with
    its ``"body"`` mention when there is one."""
    text = ctx.article.text
    end = noun.start() if noun else sentence.end
    verb = _HOLDS.search(text, day.end, end)
    if verb is not None:
        start, stop = day.end, verb.start()
    else:
        by = _HELD_BY.search(text, noun.end() if noun else day.end, sentence.end)
        if by is None:
            return None, None
        start, stop = by.end(), sentence.end
    bodies = [m for m in ctx.mentions if m.kind == "body" and start <= m.start < stop]
    if bodies:
        body = bodies[-1 if verb is not None else 0]
        return body.value, body
    found = list(_organisers().finditer(text, start, stop))
    if not found:
        return None, None
    return issuer_names()[found[-1 if verb is not None else 0].group(0).lower()], None


def _held_at(ctx: ArticleContext, sentence: Sentence) -> Place | None:
    """The place the sentence says the meeting was held at (``tại huyện X``, ``tại Hà Nội``)."""
    text = ctx.article.text
    for m in ctx.mentions:
        if (
            m.kind == "place"
            and sentence.start <= m.start < sentence.end
            and _HELD_AT.search(text[max(sentence.start, m.start - 20) : m.start])
        ):
            return gazetteer.by_code(m.value, m.attr("era") or "1976")
    return None


def _province_named(ctx: ArticleContext, sentence: Sentence) -> Place | None:
    """The first province a sentence names (as a place or as a body's place)."""
    for m in ctx.mentions:
        if not sentence.start <= m.start < sentence.end or m.kind not in ("place", "body"):
            continue
        code = m.value if m.kind == "place" else (m.attr("place") or "").split(",")[0]
        place = gazetteer.by_code(code, m.attr("era") or "1976") if code else None
        if place is not None and place.level == "province":
            return place
    return None


def _is_national(label: str) -> bool:
    """Whether an organiser label names a central body (``Ban Bí thư``, ``Ban Tuyên giáo Trung ương``, ``Quốc hội``)."""
    return any(w in label for w in _CENTRAL_WORDS)


def _place(
    ctx: ArticleContext, sentence: Sentence, label: str | None, body: Mention | None, name: str | None
) -> Place | None:
    """Where a meeting was held: its organiser's place (a district body's district), else the
    place the sentence says it was held at, else the article's unit. A national organiser's
    meeting is at the place written, else at the province the sentence is about, else nowhere
    known; a nationwide (``toàn quốc``, ``trực tuyến``) one is never put at the article's province."""
    national = body is not None and (body.attr("level") == "national" or body.attr("kind") in ("national", "ministry"))
    if body is not None and not national:
        if body.attr("level") == "commune" and resolve.after_merger(ctx):
            return ctx.province  # the district is gone: a commune belongs to its (new) province
        code = (body.attr("place") or "").split(",")[0]
        if code:
            if ctx.province is not None and code == ctx.province.code:
                return ctx.province  # the article's province, of the era the resolver read it in
            return gazetteer.by_code(code) or gazetteer.by_code(code, "2025")
    held = _held_at(ctx, sentence)
    if held is not None:
        return held
    if national or (label is not None and body is None and _is_national(label)):
        if name is not None and _NATIONWIDE.search(name):
            return None
        return _province_named(ctx, sentence)
    if label is not None and _DISTRICT_BODY.search(label):
        return resolve.district(ctx) or ctx.province
    return article_unit(ctx)


def _chairs_of(ctx: ArticleContext, sentences: list[Sentence]) -> tuple[str, ...]:
    """The people the sentences say chaired the meeting."""
    pattern, sides = _chairs()
    people = [m for m in ctx.mentions if m.kind == "person"]
    out: list[str] = []
    for s in sentences:
        for m in pattern.finditer(ctx.article.text, s.start, s.end):
            if sides[m.group(0).lower()] == "after":
                found = [p.value for p in people if m.end() <= p.start < s.end][:1]
            else:
                found = [p.value for p in people if s.start <= p.start < m.start()]
            out.extend(v for v in found if v not in out)
    return tuple(out)


def _anaphora(text: str, sentences: tuple[Sentence, ...], docs: list[tuple[int, int]], skip: int) -> bool:
    """Whether the article calls something a ``hội nghị`` outside the sentence ``skip``."""
    for s in sentences:
        if s.index != skip and any(
            _class(m) == "meeting" and not _PLENUM.match(text, m.end()) for m in _nouns_in(text, s.start, s.end, docs)
        ):
            return True
    return False


def _event(ctx: ArticleContext, sentence: Sentence, day: Mention, noun: re.Match[str] | None) -> Event:
    """The event a dated sentence reports."""
    text = ctx.article.text
    name = None
    if noun is not None and _class(noun) == "meeting":
        stop = _NAME_END.search(text, noun.end(), sentence.end)
        name = text[noun.start() : stop.start() if stop else sentence.end].strip() or None
    mentioning = [s for s in ctx.sentences if s.index == sentence.index or _CHAIRED_MEETING.search(s.text)]
    label, body = _organiser(ctx, sentence, day, noun)
    return Event(
        kind="Hội nghị",
        date=resolve_day(day.value, ctx.article.date),
        place=_place(ctx, sentence, label, body, name),
        evidence=Evidence(ctx.article.id, sentence.start, sentence.end, sentence.text),
        organizer=label,
        chairs=_chairs_of(ctx, mentioning),
        name=name,
    )


def _dated_sentences(sentences: tuple[Sentence, ...], dates: list[int]) -> list[Sentence]:
    """The sentences, in order, that a date (offset) may lie in: the others date no meeting."""
    starts = [s.start for s in sentences]
    held = {bisect_right(starts, d) - 1 for d in dates}
    return [sentences[i] for i in sorted(held) if i >= 0]


def extract(ctx: ArticleContext) -> list[Fact]:
    """The meetings of one article, one per date."""
    text = ctx.article.text
    dates = sorted((m for m in ctx.mentions if m.kind == "date"), key=lambda m: m.start)
    docs = sorted((m.start, m.end) for m in ctx.mentions if m.kind == "document")
    events: list[Event] = []
    sessions: list[tuple[Sentence, Mention, re.Match[str] | None]] = []
    starts = [d.start for d in dates]
    dated = _dated_sentences(ctx.sentences, starts)
    same_day = [s for s in ctx.sentences if "cùng ngày" in s.text[:24].lower() and s not in dated]
    for sentence in sorted(dated + same_day, key=lambda s: s.index):
        if sentence in same_day:
            day = _same_day(text, sentence, dates, starts, docs)
        else:
            day = _day(text, sentence, dates, starts, docs)
        if day is None or _DATELINE.fullmatch(sentence.text):
            continue
        noun = _noun_for(text, sentence, day, docs)
        cls = _class(noun)
        if cls == "meeting":
            events.append(_event(ctx, sentence, day, noun))
        elif cls == "session":
            sessions.append((sentence, day, noun))
    if not events and sessions and _anaphora(text, ctx.sentences, docs, sessions[0][0].index):
        events.append(_event(ctx, *sessions[0]))
    unique: dict[str, Event] = {}
    for event in events:
        unique.setdefault(event.date, event)
    return list(unique.values())
