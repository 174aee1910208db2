"""Titles and bodies: "Phó Bí thư Thường trực Tỉnh ủy Điện Biên", "Trưởng Ban Tổ chức Huyện ủy".

Reads ``lexicons/roles.tsv``, ``bodies.tsv`` and ``abbreviations.tsv`` (each surface also
matched written short: ``HĐND``, ``UV BTV``, ``UVTƯ``) and the place spans found by the
gazetteer. ``parse_title`` reads one title at a position; ``parse_chain`` reads a list
of titles joined by commas (``Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh``). No names here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from vnkg.builder import gazetteer
from vnkg.builder.gazetteer import Found, fold
from vnkg.builder.lexicon import rows as _rows
from vnkg.builder.mentions import names
from vnkg.builder.prefilter import lowered, register, word_hits

# A committee's short name when a board is written with it: "Ban Tổ chức" + "Tỉnh ủy".
PARENT_SHORT = {"Ban Chấp hành Trung ương": "Trung ương"}
_LEVEL_WORD = re.compile(r"\s*(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|đơn vị)(?![\w])", re.I)
_LEVEL = {
    "tỉnh": "province",
    "thành phố": "city",
    "tp": "city",
    "tp.": "city",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đơn vị": "any",
}
# What may trail a title without ending the chain: a term, a tenure, a parenthesis.
_TRAIL = re.compile(r"(?:\s*(?:khóa\s+[IVXLC]+|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}|\([^()\n]{0,40}\)))+", re.I)
# A full-time post is the post itself ("Phó Trưởng đoàn chuyên trách", "Ủy viên chuyên trách").
_DUTY = re.compile(r"\s+chuyên trách(?![\w])", re.I)
_WORD_START = re.compile(r"(?<![\w'])[^\W\d_]")
_PARTY_WORD = re.compile(r"\s+Đảng(?![\w])")
# What a "Đảng ủy" or an excluded body is of, up to punctuation or a verb.
_QUALIFIER = re.compile(
    r"[^,;()\n]{0,60}?(?=\s*(?:[,;()\n]|\.\s|\.$|$|\s+(?:và|đã|đang|sẽ|cho|về|được|phát|trao|chủ|tham)\s))"
)


@dataclass(frozen=True, slots=True)
class Role:
    """A title word as the lexicon knows it."""

    role: str  # canonical role, "-" for titles that are never posts, "Trưởng*" when ban/đoàn follows
    org: str | None  # the body the title itself names ("Tỉnh ủy viên" -> "Tỉnh ủy")
    not_before: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Body:
    """A body as the lexicon knows it."""

    label: str
    kind: str
    level: str
    after: str | None  # only right after a role ending in this word ("Trưởng ban" + "Tổ chức")
    not_before: re.Pattern[str] | None


class Title(NamedTuple):
    """One title read in a text: role, body, and where the body is.

    A named tuple, as immutable as a frozen dataclass but several times cheaper to build:
    one is built for every title read, and again when a list of titles completes it.
    """

    start: int
    end: int
    role: str  # canonical role, or "-" when the title is never a post
    org: str | None  # canonical body label, None when the title names none ("Bí thư" alone)
    kind: str  # the body's kind ("committee", "board", "ministry", …) or ""
    level: str  # "province", "city", "district", "commune", "national", "any" or ""
    place: Found | None  # the place written with the body


def _options(cols: list[str]) -> dict[str, str]:
    return dict(c.split("=", 1) for c in cols if "=" in c)


def _variants(surface: str) -> set[str]:
    """A surface and its short forms: "Ủy viên Ban Thường vụ" -> "UV BTV", "UVBTV", "Ủy viên BTV"."""
    out = {surface}
    for _ in range(2):
        for short, long in abbreviations():
            out |= {s.replace(long, short) for s in out if long in s}
    glued = {re.sub(r"(?<=[A-ZĐƯ.]) (?=[A-ZĐƯ])", "", s) for s in out}
    return out | glued


@lru_cache(maxsize=1)
def abbreviations() -> tuple[tuple[str, str], ...]:
    """(short, long) pairs, longest long form first."""
    pairs = [(r[0], r[1]) for r in _rows("abbreviations.tsv")]
    return tuple(sorted(pairs, key=lambda p: -len(p[1])))


def _words(surfaces: list[str]) -> int:
    """Every surface in lower case, to find where titles and bodies may start fast (a word list id)."""
    keys = {" ".join(s.lower().split()) for s in surfaces}
    keys |= {k.replace(" - ", "-") for k in keys if " - " in k}  # as ``_alternation`` reads a dash
    return register({key: len(key) for key in keys})


def starts(text: str, which: str) -> list[int]:
    """Where a role ("roles") or a body ("bodies") may start in a text, in order."""
    words = _role_words() if which == "roles" else _body_words()
    low = lowered(text)
    found = sorted({end - length + 1 for end, length in word_hits(text)[words]})
    return [s for s in found if s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_")]


@lru_cache(maxsize=1)
def _role_words() -> int:
    return _words(list(roles()[1]))


@lru_cache(maxsize=1)
def _body_words() -> int:
    return _words(list(bodies()[1]))


def _alternation(surfaces: list[str]) -> re.Pattern[str]:
    """One compiled regex of every surface, longest first, whole words, any case.

    Written as a trie (``names.trie_regex``): the engine reads a shared beginning once
    instead of trying every surface in turn. A dash matches with or without spaces around
    it (``fold`` writes it " - ").
    """
    trie = names.trie_regex([_pattern(s) for s in set(surfaces)])
    if trie is None:
        return _grouped(surfaces)
    return re.compile(r"(?<![\w])(?:" + trie + r")(?![\w])", re.I)


def _pattern(surface: str) -> str:
    """A surface as a regex: words apart by spaces, a dash (folded to " - ") with or without
    spaces around it ("LĐ-TB&XH")."""
    first, *rest = surface.split()
    pattern = re.escape(first) + "".join(r"\s+" + re.escape(w) for w in rest)
    return pattern.replace(r"\s+\-\s+", names.DASH)


def _grouped(surfaces: list[str]) -> re.Pattern[str]:
    """The surfaces longest first, grouped by first letter ("b(?:an tổ chức|ộ chính trị)|…"):
    the engine skips whole groups at once, and within a group the order stays longest first."""
    groups: dict[str, list[str]] = {}
    for s in sorted(set(surfaces), key=len, reverse=True):
        groups.setdefault(s[0], []).append(_pattern(s)[len(re.escape(s[0])) :])
    parts = [re.escape(c) + "(?:" + "|".join(tails) + ")" for c, tails in groups.items()]
    return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.I)


@lru_cache(maxsize=1)
def roles() -> tuple[re.Pattern[str], dict[str, Role]]:
    """The title regex and the role each folded surface stands for."""
    table: dict[str, Role] = {}
    for cols in _rows("roles.tsv"):
        opts = _options(cols[2:])
        nb = re.compile(opts["not_before"], re.I) if "not_before" in opts else None
        org = next((c for c in cols[2:] if c and "=" not in c), None)
        for v in _variants(cols[0]):
            table.setdefault(fold(v), Role(cols[1], org, nb))
    return _alternation(list(table)), table


@lru_cache(maxsize=1)
def bodies() -> tuple[re.Pattern[str], dict[str, Body]]:
    """The body regex and the body each folded surface stands for."""
    table: dict[str, Body] = {}
    for cols in _rows("bodies.tsv"):
        opts = _options(cols[4:])
        nb = re.compile(opts["not_before"], re.I) if "not_before" in opts else None
        for v in _variants(cols[0]):
            table.setdefault(fold(v), Body(cols[1], cols[2], cols[3], opts.get("after"), nb))
    return _alternation(list(table)), table


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def match_body(text: str, pos: int, after_role: str = "") -> tuple[Body, int] | None:
    """The body written at ``pos`` (skipping spaces), with where it ends."""
    regex, table = bodies()
    if pos < len(text) and text[pos] in " \t":  # a word start (as from ``starts``) needs no skip
        pos = _skip(text, pos)
    m = regex.match(text, pos)
    if not m:
        return None
    body = table[fold(m.group(0))]
    if body.after and not after_role.lower().endswith(body.after):
        return None
    end = m.end()
    if body.not_before and body.not_before.match(text, end):
        return None
    return body, end


def _place_at(places: dict[int, Found], text: str, pos: int) -> Found | None:
    return places.get(_skip(text, pos))


def parse_body(
    text: str, pos: int, places: dict[int, Found], after_role: str = "", others: bool = True
) -> tuple[str, str, str, Found | None, int] | None:
    """A body with its parent committee and place: (label, kind, level, place, end).

    ``others``: a body of something else (kind "excluded") is read to its end; else it is
    None at once (a caller that drops it saves reading what it names).
    """
    got = match_body(text, pos, after_role)
    if got is None:
        return _department(text, pos, places)
    body, end = got
    label, kind, level = body.label, body.kind, body.level
    if kind in ("board", "organ"):
        parent = match_body(text, end)
        parents = ("committee", "national", "partyorg") + (("council",) if kind == "organ" else ())
        if parent and parent[0].kind in parents:
            p = parent[0]
            label = f"{label} {PARENT_SHORT.get(p.label, p.label)}"
            level, end = p.level, parent[1]
        elif kind == "board" and _of_other(text, end, places):
            kind = "excluded"  # "Trưởng Ban Tổ chức Hội thi …": a board of something else
    if kind == "excluded":  # "Bí thư Chi bộ khối Đảng": read to the end of what it names
        if not others:
            return None
        q = _QUALIFIER.match(text, end)
        return label, kind, level, None, q.end() if q else end
    place = places.get(_skip(text, end))
    if kind == "partyorg" and place is None:
        return _party_org(text, end, places, label, level)
    if place is not None:
        if level == "any" and place.prefix:  # "UBND huyện X": the written prefix says the level
            level = _LEVEL.get(place.prefix, level)
        return label, kind, level, place, place.end
    lw = _LEVEL_WORD.match(text, end) if kind in _LEVELLED else None
    if lw:
        level = _LEVEL[lw.group(1).lower()]
        if kind == "police":
            label = f"Công an {lw.group(1).lower().replace('tp.', 'thành phố').replace('tp', 'thành phố')}"
        if level == "commune":
            commune, stop = commune_at(text, lw.end(), lw.group(1).lower())
            written = district_of_commune(text, stop, places)  # then the body is placed at that district
            return (label, kind, "district", *written) if written else (label, kind, level, commune, stop)
        return label, kind, level, _place_at(places, text, lw.end()), lw.end()
    return label, kind, level, None, end


# The kinds of body a level word may follow ("UBND tỉnh", "Huyện ủy huyện …").
_LEVELLED = frozenset(
    ("council", "people", "front", "police", "delegation", "committee", "partyorg", "department", "organ")
)
_CAPITAL = re.compile(r"\s+(?=[A-ZĐ\u00C0-\u1EF8])")


def _of_other(text: str, end: int, places: dict[int, Found]) -> bool:
    """A capitalised word follows a board with no committee, and it is no place and no name:
    the board is another body's ("Ban Tổ chức Hội thi", "Ban Tuyên giáo Hội Nông dân")."""
    m = _CAPITAL.match(text, end)
    return m is not None and m.end() not in places and names.name_at(text, m.end()) is None


@lru_cache(maxsize=1)
def board_labels() -> frozenset[str]:
    """The labels of a committee's boards written without the committee ("Ban Tổ chức")."""
    return frozenset(b.label for b in bodies()[1].values() if b.kind == "board")


_SO = re.compile(r"\s*Sở\s+(?=[A-ZĐ])")
_SO_WORD = re.compile(r"\s*(?:[–-]\s*)?([^\W\d_]+)")
_SO_STOP = {"tỉnh", "thành", "tp", "và", "huyện", "quận"}


def _department(text: str, pos: int, places: dict[int, Found]) -> tuple[str, str, str, Found | None, int] | None:
    """A provincial department the lexicon lacks ("Sở Tài nguyên – Môi trường"): up to six words,
    ending before a place, a name, a level word or punctuation."""
    m = _SO.match(text, pos)
    if not m:
        return None
    start, end, count = m.start(), m.end(), 0
    while count < 6:
        w = _SO_WORD.match(text, end)
        if not w or w.group(1).lower() in _SO_STOP or w.start(1) in places or names.name_at(text, w.start(1)):
            break
        end, count = w.end(), count + 1
    if count == 0:
        return None
    start = _skip(text, start)
    place = _place_at(places, text, end)
    return text[start:end], "department", "province", place, place.end if place else end


_COMMUNE = re.compile(r"\s*(xã|phường|thị trấn)\b", re.I)
# A commune's name: capitalised words (or a ward's number) right after "xã", "phường", "thị trấn".
_COMMUNE_NAME = re.compile(r" +((?:[A-ZĐ\u00C0-\u1EF8][\w']*|\d{1,2})(?: [A-ZĐ\u00C0-\u1EF8][\w']*){0,3})")


def commune_at(text: str, pos: int, kind: str) -> tuple[Found | None, int]:
    """The commune named at ``pos`` (after "xã", "phường", "thị trấn"), as a place whose
    candidates are the districts having a commune of that name; and where its name ends."""
    m = _COMMUNE_NAME.match(text, pos)
    if m is None:
        return None, pos
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):  # the longest name the lexicon knows
        name = " ".join(words[:n])
        districts = gazetteer.commune_districts(name, kind)
        if districts:
            end = m.start(1) + len(name)
            return Found(m.start(1), end, m.start(1), kind, districts), end
    return None, m.end()


_PAREN = re.compile(r"\s*([(,])\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")
_DISTRICT_PREFIX = ("huyện", "quận", "thị xã", "thành phố")


def district_of_commune(text: str, pos: int, places: dict[int, Found]) -> tuple[Found, int] | None:
    """The district written right after a commune ("xã Bản Phố (huyện Bắc Hà)", "phường 1 (thị xã
    X)", "xã Y, huyện Z"): the district as the commune's place, and where it ends. After a comma
    only a district written with its prefix counts (else it is the next item of a list)."""
    m = _PAREN.match(text, pos)
    place = places.get(m.end()) if m else None
    if m is None or place is None:
        return None
    if m.group(1) == "(":
        close = _PAREN_CLOSE.match(text, place.end)
        if close is None:
            return None
        end = close.end()
    elif place.prefix in _DISTRICT_PREFIX:
        end = place.end
    else:
        return None
    districts = tuple(c for c in place.candidates if c.level == "district")
    if not districts:
        return None
    return Found(place.start, place.end, place.name_start, place.prefix, districts), end


def _party_org(
    text: str, end: int, places: dict[int, Found], label: str, level: str
) -> tuple[str, str, str, Found | None, int]:
    """A "Đảng ủy" and what it is of ("xã X", "cơ quan …", "Công an tỉnh"): its place is the last named."""
    q = _QUALIFIER.match(text, end)
    commune = _COMMUNE.match(text, end)
    named, after = commune_at(text, commune.end(), commune.group(1).lower()) if commune else (None, end)
    written = district_of_commune(text, after, places) if commune else None
    if written:  # "Đảng ủy xã X (huyện Y)": placed at the district written
        return label, "partyorg", "district", *written
    stop = _before_name(text, after, max(after, q.end() if q else end), places)
    inside = [f for s, f in places.items() if after <= s < stop]  # a district written after the commune
    place = max(inside, key=lambda f: f.start) if inside else named
    return label, "partyorg", "commune" if commune else level, place, stop


def _before_name(text: str, start: int, stop: int, places: dict[int, Found]) -> int:
    """Where a body's qualifier ends: before a person's name written after it."""
    pos = start
    while True:
        m = _WORD_START.search(text, pos, stop)
        if not m:
            return stop
        place = places.get(m.start())
        if place is not None:
            pos = place.end
            continue
        if names.name_at(text, m.start()) is not None:
            return len(text[: m.start()].rstrip())
        pos = m.end()


def parse_title(text: str, pos: int, places: dict[int, Found]) -> Title | None:
    """The title written at ``pos``, or None."""
    regex, table = roles()
    m = regex.match(text, pos)
    if not m:
        return None
    entry = table[fold(m.group(0))]
    if entry.not_before and entry.not_before.match(text, m.end()):
        return None
    if entry.org:
        tail = _PARTY_WORD.match(text, m.end())  # "UVTƯ Đảng", "Ủy viên Trung ương Đảng"
        end = tail.end() if tail and entry.org == "Ban Chấp hành Trung ương" else m.end()
        national = entry.role != "Ủy viên Ban Chấp hành"
        level = "national" if national else _COMMITTEE_LEVEL.get(entry.org, "")
        return Title(pos, end, entry.role, entry.org, "national" if national else "committee", level, None)
    duty = _DUTY.match(text, m.end())  # "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH": the same post
    return _titled(text, pos, duty.end() if duty else m.end(), entry.role, m.group(0), places)


def _titled(text: str, pos: int, stop: int, role: str, written: str, places: dict[int, Found]) -> Title:
    """A role ending at ``stop`` and the body (or place, or level word) written after it."""
    body = parse_body(text, stop, places, written)
    if body is not None:
        label, kind, level, place, end = body
        return Title(pos, end, _canonical(role, label, kind), label, kind, level, place)
    place = _place_at(places, text, stop)
    if place is not None:  # "Bí thư Bình Định", "Chủ tịch tỉnh Đồng Nai"
        return Title(pos, place.end, role, None, "place", "", place)
    lw = _LEVEL_WORD.match(text, stop)
    if lw and lw.group(1).lower() not in ("đơn vị",) and role in ("Chủ tịch", "Phó Chủ tịch"):
        return Title(pos, lw.end(), role, "Ủy ban nhân dân", "people", _LEVEL[lw.group(1).lower()], None)
    return Title(pos, stop, role, None, "", "", None)


# The level of a committee a member's title names ("Huyện ủy viên" is of a district).
_COMMITTEE_LEVEL = {
    "Tỉnh ủy": "province",
    "Thành ủy": "city",
    "Huyện ủy": "district",
    "Quận ủy": "district",
    "Thị ủy": "district",
}

# Which roles a kind of body has; anything else is not a post.
ALLOWED = {
    "committee": {
        "Bí thư",
        "Phó Bí thư Thường trực",
        "Phó Bí thư",
        "Ủy viên Ban Thường vụ",
        "Ủy viên Ban Chấp hành",
        "Ủy viên",
        "Ủy viên dự khuyết",
    },
    "partyorg": {
        "Bí thư",
        "Phó Bí thư Thường trực",
        "Phó Bí thư",
        "Ủy viên Ban Thường vụ",
        "Ủy viên Ban Chấp hành",
        "Ủy viên",
    },
    "board": {"Trưởng ban", "Phó Trưởng ban", "Chủ nhiệm", "Phó Chủ nhiệm", "Ủy viên"},
    "council": {"Chủ tịch", "Phó Chủ tịch", "Ủy viên"},
    "people": {"Chủ tịch", "Phó Chủ tịch", "Ủy viên"},
    "front": {"Chủ tịch", "Phó Chủ tịch"},
    "delegation": {"Trưởng đoàn", "Phó Trưởng đoàn"},
    "police": {"Giám đốc", "Phó Giám đốc"},
    "department": {"Giám đốc", "Phó Giám đốc"},
    "ministry": {"Bộ trưởng", "Thứ trưởng"},
}


def _canonical(role: str, label: str, kind: str) -> str:
    """The role as FACTS.md names it for this body, or "-" when it is not a post."""
    if role.endswith("*"):
        base = role[:-1]
        if kind == "delegation":
            role = f"{base} đoàn".replace("Trưởng đoàn", "Trưởng đoàn")
        elif kind == "board" and label.startswith("Ban "):
            role = f"{base} ban"
        else:
            return "-"
    if kind == "national":
        if label == "Ban Chấp hành Trung ương" and role.startswith("Ủy viên"):
            return "Ủy viên dự khuyết" if role == "Ủy viên dự khuyết" else "Ủy viên"
        if label == "Bộ Chính trị" and role.startswith("Ủy viên"):
            return "Ủy viên"
        if label == "Quốc hội" and role in ("Chủ tịch", "Phó Chủ tịch"):
            return role
        return "-"
    if role == "Ủy viên" and kind in ("committee", "partyorg"):
        return "Ủy viên Ban Chấp hành"
    allowed = ALLOWED.get(kind)
    return role if allowed and role in allowed else "-"


_SEP = re.compile(r"\s*(?:,|;)?\s*(?:kiêm|đồng thời là)\s+|\s*,\s*", re.I)
_DOT_SEP = re.compile(r"\.\s+")
_LEAD = re.compile(
    r"(?:nguyên|cựu|tân|(?:hiện nay|hiện đang|hiện|nay|đang)\s+(?:là|giữ chức(?:\s+vụ)?)|là|chức vụ)\s+", re.I
)
_NOW = ("hiện", "nay", "đang")  # "…, hiện là T": T is held now, whatever came before


def parse_chain(
    text: str, pos: int, places: dict[int, Found], limit: int, former: bool = False
) -> tuple[list[tuple[Title, bool]], int]:
    """Titles joined by commas from ``pos``: [(title, former)], and where the chain ends.

    ``former``: a "nguyên" is written before the first. It holds for the titles after it
    ("nguyên Phó Bí thư Huyện ủy, Chủ tịch UBND huyện") until "hiện là", "nay là", "hiện giữ chức".
    """
    out: list[tuple[Title, bool]] = []
    end = pos
    anchor: Title | None = None  # the first title a "nguyên" governs
    while pos < limit:
        lead = _LEAD.match(text, pos)
        word = lead.group(0).strip().lower() if lead else ""
        if word in ("nguyên", "cựu"):
            former, anchor = True, None
        elif word.startswith(_NOW):
            former = False
        title = parse_title(text, lead.end() if lead else pos, places)
        if title is None:
            break
        if former and not word and anchor is not None and _elsewhere(title, anchor):
            former = False  # "nguyên Bí thư Tỉnh ủy A (cũ), Phó Bí thư Tỉnh ủy B": B's post is held now
        anchor = anchor or (title if former else None)
        out.append((title, former))
        end = title.end
        trail = _TRAIL.match(text, end)
        if trail:
            end = trail.end()
        sep = _SEP.match(text, end) or (_DOT_SEP.match(text, end) if out and out[-1][0].role == "-" else None)
        if not sep:
            break
        pos = sep.end()
    return out, end


def _elsewhere(title: Title, anchor: Title) -> bool:
    """Two titles of bodies of one level written with places that are not the same."""
    if title.place is None or anchor.place is None or title.level != anchor.level:
        return False
    return not _codes_1976(title.place) & _codes_1976(anchor.place)


def _codes_1976(found: Found) -> set[str]:
    """The codes a written place may be, of the 1976 units when it may be one (codes of the two eras overlap)."""
    old = {c.code for c in found.candidates if c.era == "1976"}
    return old or {c.code for c in found.candidates}
