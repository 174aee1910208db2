"""Mentions of people, their titles and the bodies named: who is called what in the text.

Reads the article text and the gazetteer's place spans; adds "person" mentions (value =
the full name, a short later mention resolved to it), "title" mentions (value = the
canonical role; attrs org, place candidates, person, status, kind, level) and "body"
mentions (value = the body label; attrs place). Title lists are read with
:mod:`titles`, names with :mod:`names`; a title goes to the name written right after it,
else right before it (``X, T1, T2``), else to the sentence's subject before a cue such as
``giữ chức`` (``lexicons/post_cues.tsv``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from vnkg.builder import gazetteer, lexicon
from vnkg.builder.gazetteer import Found
from vnkg.builder.mentions import names, title_lists, titles
from vnkg.builder.mentions.titles import Title
from vnkg.builder.prefilter import lowered, register, word_hits
from vnkg.records import Article, Mention, Sentence

# Between a name and the titles after it: "X, ", "X - ", "X (SN 1964), chức vụ ".
_NAME_SEP = re.compile(r"\s*(?:\([^()\n]{0,30}\)\s*)?(?:,|-|–|—|\(|:)\s*(?:chức vụ\s+|hiện là\s+|là\s+)?")
# "Chủ tịch UBND tỉnh, ông Nguyễn Văn A": a comma, then an honorific, then the name.
_COMMA_HONORIFIC = re.compile(r"\s*,\s*(?:đồng chí|ông|bà)\s+", re.I)
_PLURAL = re.compile(r"(?<![\w])(?:các|hai|ba|bốn)(?: (?:đồng chí|ông|bà))?\s+$", re.I)
_COLON = re.compile(r"\s*:\s*")
_AND = re.compile(r"\s*(?:,|và)\s*(?:đồng chí\s+|ông\s+|bà\s+)?")
_NAMED_AFTER = re.compile(r"\s*(?:là|đối với|cho)\s+(?:đồng chí|ông|bà)\s+", re.I)
# A word before a list of titles that is not part of them: "nguyên", "cựu" (former), "tân" (new).
_BEFORE = re.compile(r"(?<![\w])(nguyên|cựu|tân)\s+$", re.I)
# The roles of a party committee (what a title with no body of its own may be).
_PARTY_ROLES = titles.ALLOWED["committee"]


class Spans:
    """Non-overlapping spans sorted by start: is a position inside one of them?"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1  # the last span starting at ``pos`` or before
        return i >= 0 and pos < self.spans[i][1]

    def end_at(self, pos: int) -> int:
        """The end of the span holding ``pos``, -1 when none does."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return self.spans[i][1] if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1] else -1


class Person(NamedTuple):
    """A name written in the text, resolved to the full name (a named tuple: cheap to build)."""

    start: int
    end: int
    name: str


@lru_cache(maxsize=1)
def cues() -> int:
    """The cues of ``post_cues.tsv`` (lower case) -> (length, status, scope), as a word list id."""
    words: dict[str, tuple[int, str, str]] = {}
    for ln in lexicon.lines("post_cues.tsv"):
        cue, status, scope = ln.split("\t")
        words[cue.lower()] = (len(cue), status, scope)
    return register(words)


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue leading right into a list of titles: where it starts, and whether it is weak ("là", "làm")."""

    start: int
    weak: bool


_WEAK = {"là", "làm"}
# Between a subject and a weak cue: nothing, or an adverb ("ông Tám hiện là …").
_CLOSE = re.compile(r"\s*(?:(?:hiện|nay|đang|cũng|vẫn|hiện nay)\s+)?", re.I)


def _cue_hits(text: str) -> list[tuple[int, int, str, str]]:
    """Every cue written in the text as whole words: (start, end, status, scope), by start."""
    low = lowered(text)
    hits = []
    words = cues()  # registered before the text is scanned
    for end, (length, status, scope) in word_hits(text)[words]:
        start, stop = end - length + 1, end + 1
        if (start == 0 or not low[start - 1].isalnum()) and (stop == len(low) or not low[stop].isalnum()):
            hits.append((start, stop, status, scope))
    return sorted(hits)


def find(article: Article, sentences: Sequence[Sentence], earlier: Sequence[Mention]) -> list[Mention]:
    """Person, title and body mentions of the article."""
    text = article.text
    found = gazetteer.scan(text)
    places = {f.start: f for f in found}
    chains = _chains(text, places)
    # where a name written right after each list of titles would start
    afters = [names.skip_honorifics(text, _space(text, cend)) for _, _, _, cend in chains]
    honorifics = list(names.honorific_scan().finditer(text))  # read by both name finders
    people = _people(text, found, _slots(text, chains, afters, honorifics), honorifics)
    starts = [s.start for s in sentences]
    index = ({p.start: p for p in people}, [p.start for p in people])
    hits = _cue_hits(text)
    previous: tuple[int, Person | None] = (-1, None)  # where the last list of titles ended, and whose
    out: list[Mention] = [Mention("person", p.start, p.end, text[p.start : p.end], p.name) for p in people]
    taken: list[tuple[int, int]] = []
    ends: dict[int, int] = {}  # a name's end -> the end of the titles written right after it
    for n, (chain, at, cstart, cend) in enumerate(chains):
        status, cue = _status(text, hits, at, sentences, starts)
        person = _owner(text, (at, cend, afters[n]), people, index, sentences, starts, cue, previous)
        previous = (cend, person)
        if person is not None and person.end <= cstart:
            ends[person.end] = cend
        owners: list[Person | None] = [person]
        if person is None:
            owners = list(_listed(text, cstart, cend, index[0])) or [None]
        ahead = _continued(text, hits, cend, chains[n + 1] if n + 1 < len(chains) else None)
        completed = _elided(chain, ahead)
        for owner in owners:
            for title, (_, former) in zip(completed, chain):
                out.append(_title_mention(text, title, owner, "former" if former else status))
        taken.append((cstart, cend))
    out.extend(_elected_into(text, people, ends, places, sentences, starts))
    out = _corefer(out)
    out.extend(_bodies(text, places, taken))
    return out


def _elided(chain: list[tuple[Title, bool]], ahead: list[Title]) -> list[Title]:
    """The titles completed from each other (``title_lists.elide``) within each run of former or
    present ones: "Phó Chủ tịch HĐND tỉnh, nguyên Bí thư Tỉnh ủy X" does not place the council at X."""
    if len(chain) == 1 and not ahead:  # a title alone: nothing to complete it from
        return [chain[0][0]]
    out: list[Title] = []
    i = 0
    while i < len(chain):
        j = i
        while j < len(chain) and chain[j][1] == chain[i][1]:
            j += 1
        run = [t for t, _ in chain[i:j]]
        out.extend(title_lists.elide(run + ahead if j == len(chain) else run)[: j - i])
        i = j
    return out


# "bầu đồng chí X, Tỉnh ủy viên, … vào Ban Thường vụ Tỉnh ủy", "X được bầu bổ sung vào Ban Chấp hành …".
_INTO = re.compile(r"\s*,?\s*(?:được\s+)?(?:bầu\s+)?(?:bổ sung\s+)?vào\s+(?=Ban\s)", re.I)
_ELECT = re.compile(r"(?<![\w])bầu(?![\w])", re.I)
_STANDING = "Ban Thường vụ "


def _elected_into(
    text: str,
    people: list[Person],
    ends: dict[int, int],
    places: dict[int, Found],
    sentences: Sequence[Sentence],
    starts: list[int],
) -> list[Mention]:
    """A person elected into a committee or its standing board: a member's post (not "chỉ định
    tham gia", which names no post)."""
    out: list[Mention] = []
    if "vào" not in lowered(text):  # what ``_INTO`` needs (no other letter matches these when case is ignored)
        return out
    for p in people:
        m = _INTO.match(text, ends.get(p.end, p.end))
        sent = _sentence(starts, sentences, p.start) if m else None
        if m is None or not _ELECT.search(text, sent.start if sent else 0, m.end()):
            continue
        got = titles.parse_body(text, m.end(), places, others=False)
        if got is None:
            continue
        label, kind, level, place, end = got
        if kind == "organ" and label.startswith(_STANDING) and label != _STANDING.strip():
            role, org = "Ủy viên Ban Thường vụ", label[len(_STANDING) :]
        elif kind == "committee":
            role, org = "Ủy viên Ban Chấp hành", label
        else:
            continue
        title = Title(m.end(), end, role, org, "committee", level, place)
        out.append(_title_mention(text, title, p, "elected"))
    return out


def _corefer(found: list[Mention]) -> list[Mention]:
    """A title written alone ("Bí thư Tỉnh ủy nhấn mạnh") names whoever the article gave that title.

    The mention gets that person with attr ("coref", "1"); posts already counted it.
    """
    # Each title's attrs as a dict, read once (``Mention.attr`` scans the tuple at every call).
    holders: dict[tuple[str, str], set[str]] = {}
    alone: list[tuple[int, dict[str, str]]] = []  # the titles named with nobody: where, attrs
    for i, m in enumerate(found):
        if m.kind != "title":
            continue
        attrs = dict(m.attrs)
        person = attrs.get("person")
        if person:
            if attrs.get("status") != "former":
                holders.setdefault((m.value, attrs.get("org") or ""), set()).add(person)
        elif m.value != "-":
            alone.append((i, attrs))
    out = list(found)
    for i, attrs in alone:
        m = found[i]
        who = holders.get((m.value, attrs.get("org") or ""), set())
        if len(who) == 1:
            attrs = dict(attrs, person=next(iter(who)), coref="1")
            out[i] = Mention(m.kind, m.start, m.end, m.text, m.value, tuple(sorted(attrs.items())))
    return out


# Honorifics that say a person's name follows (not "anh", "chị", which also start other words).
_FIRST_WORD = re.compile(r"[A-ZĐ\u00C0-\u1EF8][\w']*")
_PERSON_CUE = re.compile(r"(?:đồng chí|đ/c|ông|bà|tướng|tá|đốc)\s*$", re.I)


def _slots(
    text: str,
    chains: list[tuple[list[tuple[Title, bool]], int, int, int]],
    afters: list[int],
    honorifics: list[re.Match[str]],
) -> dict[int, int]:
    """Where only a name can be written: after "đồng chí"/"ông"/"bà" (``honorifics``, the article's
    matches of ``names.honorific_scan``), right after a list of titles (at ``afters``, one for
    each), or right before one ("X, Bí thư …"): start -> end of the name read there without a surname."""
    out: dict[int, int] = {}
    for m in honorifics:
        word = _FIRST_WORD.match(text, m.end())
        if word is None or names.could_start(word.group(0)):  # not a name, or one read anyway
            continue
        if _PERSON_CUE.search(m.group(0).rstrip()) and not names.after_locality(text, m.start()):
            span = names.loose_at(text, m.end())
            if span is not None:
                out[span[0]] = span[1]
    for (_, at, _, _), after in zip(chains, afters):
        span = names.loose_at(text, after)
        before = names.loose_before(text, at)
        for got in (span, before):
            if got is not None:
                out.setdefault(got[0], got[1])
    return out


def _people(text: str, found: list[Found], slots: dict[int, int], honorifics: list[re.Match[str]]) -> list[Person]:
    """Full names anywhere (and in name slots, names of unknown surnames), then short names
    after honorifics resolved to them."""
    place_spans = Spans([(f.name_start, f.end) for f in found])
    bare = Spans([(f.start, f.end) for f in found if f.start == f.name_start])  # written without "huyện", "tỉnh"
    full: list[Person] = []
    for start in sorted(set(names.candidates(text)) | set(slots)):
        if full and start < full[-1].end:
            continue
        span = names.name_at(text, start)
        if span is None and start in slots:
            span = (start, slots[start])
        if span is None:
            continue
        if place_spans.covers(span[0]) and not _honored(text, span[0]) and not _outruns(span[0], slots, bare):
            continue  # a place's name, not a person's
        full.append(Person(span[0], span[1], text[span[0] : span[1]]))
    known = {names.fold(p.name): p.name for p in full}
    fixed = []
    for p in full:
        name, end = names.extend(p.name, p.end, text, known)
        fixed.append(p if end == p.end else Person(p.start, end, name))  # most need no repair
    return sorted(fixed + _short_names(text, fixed, honorifics), key=_START)


_START = attrgetter("start")


def _outruns(start: int, slots: dict[int, int], bare: Spans) -> bool:
    """A name next to a title that begins with a place's name and goes on past it ("Vũ Quang
    Thiều, Bí thư …", "Đồng Văn Hiếu, Phó Bí thư …"): a person's, not the place's."""
    end = bare.end_at(start)
    return end >= 0 and slots.get(start, -1) > end


def _honored(text: str, start: int) -> bool:
    """An honorific ("đồng chí", "ông") is written right before this position."""
    head = text[max(0, start - 25) : start]
    m = names.honorific_regex().search(head)
    return bool(m and m.end() == len(head))


def _short_names(text: str, full: list[Person], honorifics: list[re.Match[str]]) -> list[Person]:
    """ "ông Tám", "đồng chí Sinh": the person of that given name named in full."""
    out = []
    covered = Spans([(p.start, p.end) for p in full])
    by_given: dict[str, list[Person]] = {}
    for p in full:
        by_given.setdefault(names.given(p.name), []).append(p)
    for m in honorifics:
        if covered.covers(m.end()):  # a full name follows (a short one would start there too)
            continue
        span = names.short_at(text, m.end())
        if span is None:
            continue
        same = by_given.get(names.given(text[span[0] : span[1]]), [])
        before = [p for p in same if p.start < span[0]]
        match = before[-1] if before else (same[0] if same else None)
        if match is not None:
            out.append(Person(span[0], span[1], match.name))
    return out


def _chains(text: str, places: dict[int, Found]) -> list[tuple[list[tuple[Title, bool]], int, int, int]]:
    """Every list of titles in the text: (titles, each with whether it is former; where the list
    starts with a "nguyên" before it; where its first title starts; where it ends)."""
    out = []
    pos = 0
    for start in titles.starts(text, "roles"):
        if start < pos:
            continue
        lead = _BEFORE.search(text, max(0, start - 8), start)  # "nguyên Bí thư …, Chủ tịch …"
        former = lead is not None and lead.group(1).lower() != "tân"
        chain, end = titles.parse_chain(text, start, places, len(text), former=former)
        if not chain:
            continue
        out.append((chain, lead.start() if lead else start, start, end))
        pos = end
    return out


def _sentence(starts: list[int], sentences: Sequence[Sentence], pos: int) -> Sentence | None:
    i = bisect.bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 else None


def _owner(
    text: str,
    where: tuple[int, int, int],
    people: list[Person],
    index: tuple[dict[int, Person], list[int]],
    sentences: Sequence[Sentence],
    starts: list[int],
    cue: _Cue | None,
    previous: tuple[int, Person | None],
) -> Person | None:
    """Whose titles these are: the name after them, the name before them, or the subject.

    ``where``: where the titles start, where they end, and where a name after them would start.
    """
    cstart, cend, after = where
    at, pstarts = index
    comma = _COMMA_HONORIFIC.match(text, cend)
    owner = at.get(after)
    if owner is None and text[after : after + 2].isupper():  # a headline in capitals
        owner = _upper_name(text, after, people)
    if owner is None and comma and not _named_before(text, cstart, people, pstarts):
        owner = at.get(comma.end())  # "Chủ tịch UBND tỉnh, ông X" (but "Y, Bí thư …, đồng chí X" is Y's)
    if owner is None and cue is not None:  # "miễn nhiệm chức vụ T đối với ông X", "giữ chức T là đồng chí X"
        named = _NAMED_AFTER.match(text, cend)
        owner = at.get(named.end()) if named else None
    if owner is not None:
        return owner
    i = bisect.bisect_right(pstarts, cstart) - 1
    while i >= 0 and people[i].end > cstart:
        i -= 1
    if i < 0:
        return None
    if _NAME_SEP.fullmatch(text, people[i].end, cstart):
        return people[i]
    sent = _sentence(starts, sentences, cstart)
    lo = sent.start if sent else 0
    if cue is None or people[i].start < lo:
        return None
    own = previous[1] == people[i] and not text[previous[0] : cue.start].strip()
    if cue.weak and not (_CLOSE.fullmatch(text, people[i].end, cue.start) or own):
        return None  # "là", "làm" only right after the subject or after the subject's own titles
    return people[i]


_UPPER_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,5}")


def _upper_name(text: str, pos: int, people: list[Person]) -> Person | None:
    """A name written in capitals ("BÍ THƯ TỈNH ỦY X NGUYỄN VĂN A THĂM …"): the longest run
    of words from ``pos`` that is, case aside, the full name of a person the article names."""
    m = _UPPER_WORDS.match(text, pos)
    if m is None or not m.group(0).isupper():
        return None
    known = {names.fold(p.name): p.name for p in people if " " in p.name}
    words = m.group(0).split(" ")
    for n in range(len(words), 1, -1):
        name = known.get(names.fold(" ".join(words[:n])))
        if name is not None:
            return Person(pos, pos + len(" ".join(words[:n])), name)
    return None


# Between two lists of one person's titles: ", giữ chức", ", được bầu làm" (the cue itself is checked).
_JOIN = re.compile(r"\s*,?\s*")


def _continued(
    text: str,
    hits: list[tuple[int, int, str, str]],
    cend: int,
    nxt: tuple[list[tuple[Title, bool]], int, int, int] | None,
) -> list[Title]:
    """The next list of titles when only a cue separates it from this one ("X, Ủy viên Ban Thường
    vụ, giữ chức Trưởng Ban Tổ chức Tỉnh ủy"): a committee-less title takes its committee from it."""
    if nxt is None:
        return []
    i = bisect.bisect_left(hits, (cend,))
    while i < len(hits) and hits[i][0] < nxt[2]:
        start, end, _, scope = hits[i]
        if scope == "before" and _JOIN.fullmatch(text, cend, start) and not text[end : nxt[2]].strip():
            return [t for t, _ in nxt[0]]
        i += 1
    return []


def _named_before(text: str, cstart: int, people: list[Person], pstarts: list[int]) -> bool:
    """A name is written right before the titles, with a separator ("X, Bí thư …")."""
    i = bisect.bisect_right(pstarts, cstart) - 1
    while i >= 0 and people[i].end > cstart:
        i -= 1
    return i >= 0 and bool(_NAME_SEP.fullmatch(text, people[i].end, cstart))


def _listed(text: str, cstart: int, cend: int, at: dict[int, Person]) -> list[Person]:
    """ "các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, B và C": the titles are each one's."""
    if not _PLURAL.search(text, max(0, cstart - 16), cstart):
        return []
    colon = _COLON.match(text, cend)
    out: list[Person] = []
    pos = colon.end() if colon else -1
    while pos >= 0 and pos in at:
        out.append(at[pos])
        nxt = _AND.match(text, at[pos].end)
        pos = nxt.end() if nxt else -1
    return out


def _space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _status(
    text: str,
    hits: list[tuple[int, int, str, str]],
    cstart: int,
    sentences: Sequence[Sentence],
    starts: list[int],
) -> tuple[str, _Cue | None]:
    """How the chain stands ("former", "proposed", "removed", "relieved", "elected", "current"),
    and whether a cue such as "giữ chức" leads right into it (then it is the subject's)."""
    sent = _sentence(starts, sentences, cstart)
    lo = sent.start if sent else max(0, cstart - 300)
    i = bisect.bisect_left(hits, (lo,))
    lead: tuple[int, int, str, str] | None = None
    while i < len(hits) and hits[i][0] < cstart:
        start, end, status, scope = hits[i]
        if scope == "sentence" and ";" not in text[end:cstart]:  # a clause after ";" is another's
            return status, None
        if end <= cstart and not text[end:cstart].strip() and (lead is None or start < lead[0]):
            lead = hits[i]
        i += 1
    if lead is None:
        return "current", None
    return lead[2], _Cue(lead[0], text[lead[0] : lead[1]].lower() in _WEAK)


def _title_mention(text: str, t: Title, person: Person | None, status: str) -> Mention:
    """One title as a mention; the place attr lists the candidate codes of the place written."""
    org, kind = t.org, t.kind
    if kind == "place" and t.place is not None:
        if t.role in _PARTY_ROLES:
            org, kind = title_lists.committee_of_place(t.place), "committee"
        elif t.role in ("Chủ tịch", "Phó Chủ tịch"):
            org, kind = "Ủy ban nhân dân", "people"
        else:
            org = None
    attrs = (  # sorted by key
        ("kind", kind),
        ("level", t.level),
        ("org", org or ""),
        ("person", person.name if person else ""),
        ("place", _codes(t.place, t.level) if t.place is not None else ""),
        ("status", status),
    )
    kept = tuple([kv for kv in attrs if kv[1]])  # an unknown attr is left out
    return Mention("title", t.start, t.end, text[t.start : t.end], t.role, kept)


def _codes(found: Found | None, level: str) -> str:
    """The 1976 codes a written place may be, the body's level first narrowing them."""
    if found is None:
        return ""
    cands = [c for c in found.candidates if c.era == "1976"] or list(found.candidates)
    if level == "province":
        narrowed = [c for c in cands if c.level == "province"]
    elif level == "district":
        narrowed = [c for c in cands if c.level == "district"]
    elif level == "city":
        narrowed = [c for c in cands if gazetteer.kind_of(c) == "thành phố"]
        narrowed.sort(key=lambda c: c.level != "province")
    else:
        narrowed = sorted(cands, key=lambda c: c.level != "province")
    return ",".join([c.code for c in (narrowed or cands)])


def _bodies(text: str, places: dict[int, Found], taken: list[tuple[int, int]]) -> list[Mention]:
    """Bodies named outside titles ("Ban Thường vụ Tỉnh ủy Điện Biên" organising a meeting);
    ``taken``: the spans of the lists of titles, in order and not overlapping."""
    out = []
    starts = titles.starts(text, "bodies")
    i = 0
    k = 0  # the first list of titles not ending before ``start`` (both go forward)
    while i < len(starts):
        start = starts[i]
        while k < len(taken) and taken[k][1] <= start:
            k += 1
        if k < len(taken) and taken[k][0] <= start:  # inside a list of titles: go past it at once
            i = bisect.bisect_left(starts, taken[k][1], i)
            continue
        i += 1
        got = titles.parse_body(text, start, places, others=False)
        if got is None:
            continue
        label, kind, level, place, end = got
        codes = _codes(place, level) if place is not None else ""
        attrs = tuple([kv for kv in (("kind", kind), ("level", level), ("place", codes)) if kv[1]])
        out.append(Mention("body", start, end, text[start:end], label, attrs))
        i = bisect.bisect_left(starts, end, i)  # the next body starts after this one
    return out
