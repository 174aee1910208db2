"""The gazetteer: Vietnam's provinces and district-level units, before and after 2025.

Reads ``lexicons/places.tsv`` (the 63 provinces and 705 districts with GSO codes, era
"1976"), ``lexicons/places_2025.tsv`` (the 34 provincial units from 1 July 2025 and the
former provinces each absorbed), ``lexicons/place_aliases.tsv`` (press spellings) and
``lexicons/communes.tsv`` (the communes, wards and townships with their district).
Offers look-ups by code and by name, the districts of a commune name, the 2025
replacement links, and ``scan``: every place named in a text, found with one
Aho-Corasick automaton. Known spelling variants of district names (ă/a, y/i, Đắk/Đăk,
joined or split words) are generated here, not listed one by one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from vnkg.builder import lexicon
from vnkg.builder.prefilter import lower, lowered, register, word_hits
from vnkg.records import Place

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Old tone placement (hoà, thuỷ) -> the one the articles are normalised to (hòa, thủy).
_PAIR = re.compile(f"([ouOU])([{_TONES}]?)([aeyAEY])([{_TONES}]?)(?![\\w\u0302\u0306\u031b])")
_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|tx\.?)\s*", re.I)
_KIND_OF_PREFIX = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "tp": "thành phố",
    "tp.": "thành phố",
    "huyện": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
    "tx": "thị xã",
    "tx.": "thị xã",
}


@dataclass(frozen=True, slots=True)
class Found:
    """A place named in a text: its span (prefix included) and the units it may be."""

    start: int
    end: int
    name_start: int  # where the name proper starts, after any prefix
    prefix: str | None  # "tỉnh", "thành phố", "huyện", "quận", "thị xã" when written
    candidates: tuple[Place, ...]


# Central Highlands names are spelt Đắk/Đăk/Đắc/Đak and Lắk/Lăk/Lắc: one spelling for look-up.
# The lookbehind (no letter before) comes after the first letter so the regex starts with
# a character set, which the engine scans for fast.
_HIGHLAND = re.compile(r"([đl])(?<![\w][đl])[aăắ][kc](?![\w])")
# The three letters of a match of ``_HIGHLAND`` other than the one spelling it writes: a text
# holding none is left as it is. ``scan`` finds them with the names, in one pass.
_HIGHLAND_REWRITTEN = frozenset(f"{c}{v}{k}" for c in "đl" for v in "aăắ" for k in "kc") - {"đắk", "lắk"}
# A name key's payload: its length, its units, and whether ``_highland`` rewrites it.
_Payload = tuple[int, tuple[Place, ...], bool]


def _highland(low: str) -> str:
    """Unify the spellings of "Đắk", "Lắk" in lower-case text (same length, offsets kept)."""
    return _HIGHLAND.sub(lambda m: m[1] + "ắk", low) if ("đ" in low or "l" in low) else low


_DASH = re.compile(r"\s*-\s*")
# Whitespace that is not already one plain space: a run of two or more, or a tab, a newline…
# (replacing only these gives what replacing every run would, without rewriting each space).
_ODD_SPACES = re.compile(r"\s{2,}|[^\S ]")
_WORD_SEPARATORS = re.compile(r"[\s.\-]+")


# Spelling variants the press uses for the same name (ethnic-minority names written in
# Vietnamese letters have no one spelling): ă/a ("Mù Căng Chải"/"Mù Cang Chải"), final
# c/k ("Krông Pắc"/"Krông Pắk"), final y/i ("Kỳ Anh"/"Kì Anh"), a glottal apostrophe
# written or not ("Ea H'leo"/"Ea Hleo") or glued to the next syllable ("Ia H' Drai"/
# "Ia H'Drai"), and a word split before a consonant cluster or not ("Đakrông"/"Đa Krông").
_BREVE = str.maketrans("ăằắẳẵặĂẰẮẲẴẶ", "aàáảãạAÀÁẢÃẠ")
# (The vowel is looked behind after the consonant so the regex starts with a character set,
# which the engine scans for fast.)
_FINAL_CK = re.compile(r"([ck])(?<=[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ][ck])\b")
_Y_TO_I = str.maketrans("yỳýỷỹỵ", "iìíỉĩị")
_FINAL_Y = re.compile(r"(?<![^\W\d])([^\W\d]{1,2})([yỳýỷỹỵ])(?![^\W\d])")
_VOWELS = set("aeiouyăâêôơư")
# Two consonants opening a syllable that Vietnamese spelling has no digraph for ("Kr", "Pl", "Gl").
_CLUSTER = "(?:k[blnprt]|[bcgpt][lr]|m[dđgnr]|n[dđ]|[dđ]r|h[dđlmnr])"
_SPLIT = re.compile(rf"(?<=[^\W\d])(?=(?i:{_CLUSTER})[^\W\d])")
_JOIN = re.compile(rf"(?<=[^\W\d]) (?=(?i:{_CLUSTER})[^\W\d])")


def spellings(name: str) -> set[str]:
    """The other ways the press spells a place name (the name itself not included)."""
    out = {name}
    for step in (
        lambda n: n.translate(_BREVE),
        lambda n: _FINAL_CK.sub(lambda m: "k" if m[1] == "c" else "c", n),
        lambda n: _FINAL_Y.sub(_y_to_i, n),
        lambda n: n.replace("'", ""),
        lambda n: n.replace("' ", "'"),
        lambda n: _JOIN.sub("", n),
        lambda n: " ".join(w if " " in w else _split_word(w) for w in n.split(" ")),
    ):
        out |= {step(n) for n in out}
    out.discard(name)
    return out


def _y_to_i(m: re.Match[str]) -> str:
    """A final "y" after consonants only ("Kỳ", "Mỹ", not "Duy") written "i"."""
    return _y_swapped(m[0])


@lru_cache(maxsize=4096)
def _y_swapped(syllable: str) -> str:
    """``_y_to_i`` of one matched syllable (its last character the "y"); few differ, so cached."""
    head, y = syllable[:-1], syllable[-1]
    if any(unicodedata.normalize("NFD", c)[0].lower() in _VOWELS for c in head):
        return syllable
    return head + y.translate(_Y_TO_I)


def _split_word(word: str) -> str:
    """A joined word split before an inner consonant cluster, capitalised: "Đakrông" -> "Đa Krông"."""
    parts = _SPLIT.split(word)
    return " ".join(p[:1].upper() + p[1:] for p in parts)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A name folded for look-up: NFC, one tone placement, Đ fixed, lower case, one space."""
    return _unstripped(text).strip(_STRIP)


_STRIP = " .,;:"


def _unstripped(text: str) -> str:
    """``fold`` but for the final strip: every step reads characters or words, so many names
    joined by ``_JOINER`` are folded in one go."""
    text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    nfd = unicodedata.normalize("NFD", text)
    text = unicodedata.normalize("NFC", _PAIR.sub(lambda m: m[1] + (m[2] or m[4]) + m[3], nfd))
    text = _highland(text.lower())
    if "-" in text:  # most names have no dash: skip the regex that would try every position
        text = _DASH.sub(" - ", text)
    return _ODD_SPACES.sub(" ", text)


def _lines(name: str) -> list[str]:
    """The data lines of one lexicon file (comments and the header skipped)."""
    lines = lexicon.lines(name)
    return lines[1:] if lines and lines[0].startswith("code\t") else lines


def _rows(name: str) -> list[list[str]]:
    """The data rows of one lexicon file, split into cells."""
    return [ln.split("\t") for ln in _lines(name)]


def _columns(name: str, width: int) -> list[list[str]]:
    """The cells of a lexicon file of ``width`` columns, column by column (one split of the whole
    file: the 10,000 communes load fast)."""
    lines = _lines(name)
    cells = "\t".join(lines).split("\t")
    if len(cells) != width * len(lines):
        raise ValueError(f"{name}: every row must have {width} cells")
    return [cells[i::width] for i in range(width)]


class _Gazetteer:
    """All units of both eras, indexed by code and by folded name."""

    def __init__(self) -> None:
        self.units: list[Place] = []
        self.kind: dict[tuple[str, str], str] = {}  # (era, code) -> "tỉnh", "huyện", …
        self.by_key: dict[tuple[str, str], Place] = {}
        self.names: dict[str, list[Place]] = {}
        self.absorbed: dict[str, tuple[str, ...]] = {}
        for code, name, level, kind, parent in _rows("places.tsv"):
            self._add(Place(code, name, level, "1976", parent or None), kind)
        for code, name, kind, absorbed in _rows("places_2025.tsv"):
            self._add(Place(code, name, "province", "2025", None), kind)
            self.absorbed[code] = tuple(absorbed.split(","))
        for alias, code, era in _rows("place_aliases.tsv"):
            place = self.by_key.get((era, code))
            if place is not None:
                self._name(alias, place)
        taken = set(self.names)
        for place in self.units:  # variants after every real name, so none shadows another unit
            for variant in spellings(place.name):
                if fold(variant) not in taken:
                    self._name(variant, place)
        # Each key's payload: its length, its units, and whether ``_highland`` rewrites it. The
        # spellings it rewrites are keys too (of no unit unless a name), so that ``scan`` finds
        # out in its pass whether the text needs rewriting.
        # They are a word list of the shared automaton of ``prefilter`` too: ``scan`` reads its
        # hits from the pass the finders make anyway; its own automaton scans the rare text
        # that pass does not read as it needs (a look-alike "ð", a Highlands spelling unified).
        payloads = {
            key: (len(key), tuple(self.names.get(key, ())), key in _HIGHLAND_REWRITTEN)
            for key in [*self.names, *sorted(_HIGHLAND_REWRITTEN - self.names.keys())]
        }
        self.automaton = ahocorasick.Automaton()
        for key, payload in payloads.items():
            self.automaton.add_word(key, payload)
        self.automaton.make_automaton()
        self.words = register(payloads)

    def _add(self, place: Place, kind: str) -> None:
        self.units.append(place)
        self.by_key[(place.era, place.code)] = place
        self.kind[(place.era, place.code)] = kind
        self._name(place.name, place)
        head, _, number = place.name.rpartition(" ")
        if head and number.isdigit():  # "Quận 1" is also found as "1" after a written prefix
            self._name(number, place)

    def _name(self, name: str, place: Place) -> None:
        # The folded key, and the name as written in lower case ("bà rịa-vũng tàu") for scanning.
        for key in {fold(name), _highland(" ".join(name.lower().split()))}:
            cands = self.names.setdefault(key, [])
            if place not in cands:
                cands.append(place)


@lru_cache(maxsize=1)
def _gaz() -> _Gazetteer:
    return _Gazetteer()


_SKELETON_DROP = re.compile(r"[\s'’-]+")


# Joins many names into one string for the regexes to read at once: not a space, a letter,
# a digit, a dash or an apostrophe, so every pattern here sees it as it sees a string's edge.
_JOINER = "\x01"
_BREVE_PAIRS = tuple(zip("ăằắẳẵặĂẰẮẲẴẶ", "aàáảãạAÀÁẢÃẠ", strict=True))


def _skeleton(name: str) -> str:
    """A commune name with the spelling differences of ``spellings`` folded away (one key each)."""
    return _skeleton_of_folded(fold(name))


def _skeleton_of_folded(key: str) -> str:
    """``_skeleton`` of a folded name (or of folded names joined by ``_JOINER``)."""
    for breve, plain in _BREVE_PAIRS:  # as ``translate(_BREVE)``, but one C pass per letter
        if breve in key:
            key = key.replace(breve, plain)
    key = _FINAL_CK.sub("k", key)
    key = _FINAL_Y.sub(_y_to_i, key)
    return _SKELETON_DROP.sub("", key)


def _skeletons(names: list[str]) -> list[str]:
    """``_skeleton`` of each name, every regex run once over all of them (10,000 communes load fast)."""
    folded = [n.strip(_STRIP) for n in _unstripped(_JOINER.join(names)).split(_JOINER)]
    return _skeleton_of_folded(_JOINER.join(folded)).split(_JOINER)


@lru_cache(maxsize=1)
def _communes() -> dict[str, tuple[tuple[str, str], ...]]:
    """Commune name skeleton -> ((kind, district code), …)."""
    _codes, names, kinds, districts = _columns("communes.tsv", 4)
    out: dict[str, list[tuple[str, str]]] = {}
    for key, kind, district in zip(_skeletons(names), kinds, districts, strict=True):
        out.setdefault(key, []).append((kind, district))
    return {k: tuple(v) for k, v in out.items()}


def commune_districts(name: str, kind: str | None = None) -> tuple[Place, ...]:
    """The districts (era 1976) that have a commune, ward or township of this name, in any
    of its spellings ("Đắk Ha"/"Đăk Ha").

    ``kind`` ("xã", "phường", "thị trấn") narrows to that kind of unit; a numbered ward is
    looked up as written ("Phường 1" or "1" with kind "phường").
    """
    found = _communes().get(_skeleton(name), ())
    if not found and kind and name[:1].isdigit():
        found = _communes().get(_skeleton(f"{kind} {name}"), ())
    out: list[Place] = []
    for k, district in found:
        place = by_code(district)
        if place is not None and (kind is None or k == kind.lower()) and place not in out:
            out.append(place)
    return tuple(out)


def places() -> tuple[Place, ...]:
    """Every unit of both eras."""
    return tuple(_gaz().units)


def by_code(code: str, era: str = "1976") -> Place | None:
    """The unit with this GSO code in this era."""
    return _gaz().by_key.get((era, code))


def kind_of(place: Place) -> str:
    """What the unit is called: "tỉnh", "thành phố", "huyện", "quận", "thị xã"."""
    return _gaz().kind.get((place.era, place.code), "")


def lookup(name: str, level: str | None = None, parent: str | None = None, era: str | None = None) -> list[Place]:
    """Units answering to a name ("TP.HCM", "Đắc Lắc", "huyện Châu Thành", "ĐIỆN BIÊN")."""
    key = fold(name)
    prefix = _PREFIX.match(key)
    if prefix and key[prefix.end() :]:
        key = key[prefix.end() :]
    found = list(_gaz().names.get(key, ()))
    if prefix:
        found = _by_prefix(found, prefix.group(0).strip())
    return [
        p
        for p in found
        if (level is None or p.level == level)
        and (parent is None or p.parent == parent)
        and (era is None or p.era == era)
    ]


def _by_prefix(found: list[Place], prefix: str) -> list[Place]:
    """Keep the units a written prefix allows ("tỉnh X" is a province, "huyện X" a district)."""
    kind = _KIND_OF_PREFIX.get(prefix.lower())
    if kind is None:
        return found
    return [p for p in found if kind_of(p) == kind or (kind == "tỉnh" and p.level == "province")]


def province_of(place: Place) -> Place | None:
    """A district's province; a province itself."""
    if place.level == "province":
        return place
    return by_code(place.parent, place.era) if place.parent else None


def replaced_by(place: Place) -> tuple[Place, ...]:
    """The 2025 unit that took over a former province (empty for a 2025 unit or a district)."""
    if place.era != "1976" or place.level != "province":
        return ()
    g = _gaz()
    return tuple(g.by_key[("2025", new)] for new, olds in sorted(g.absorbed.items()) if place.code in olds)


def absorbed(place: Place) -> tuple[Place, ...]:
    """The former provinces a 2025 unit took over (itself included when it kept its name)."""
    if place.era != "2025":
        return ()
    g = _gaz()
    return tuple(g.by_key[("1976", old)] for old in g.absorbed.get(place.code, ()))


@lru_cache(maxsize=4096)
def _capitalised(span: str) -> bool:
    """Every word of a place name starts with a capital (or a digit: "Quận 1"); cached, as the
    same names recur."""
    return all(w[0].isupper() or w[0].isdigit() for w in _WORD_SEPARATORS.split(span) if w)


@lru_cache(maxsize=8)
def scan(text: str) -> list[Found]:
    """Every place named in a text, leftmost-longest, each with the prefix written before it.

    Cached for the last few texts: the place and people finders both read an article's places.
    """
    gaz = _gaz()  # (registers its names before the text is scanned)
    low = lowered(text)
    if "\u00f0" in low:
        low = low.replace("\u00f0", "\u0111")
        hits, rewritten = _hits(low, gaz.automaton.iter(low))
    else:  # the names' hits of the finders' shared pass over ``lowered(text)``
        hits, rewritten = _hits(low, word_hits(text)[gaz.words])
    if rewritten:  # a Central Highlands spelling to unify first ("Đăk Nông"): scan again
        unified = _highland(low)
        if unified != low:
            hits, _ = _hits(unified, gaz.automaton.iter(unified))
    hits.sort()
    found: list[Found] = []
    last = -1
    for start, negative_end, cands in hits:
        if start < last:
            continue
        end = -negative_end
        item = _found(text, start, end, cands)
        if item is not None:
            found.append(item)
            last = end
    return found


def _hits(low: str, found: Iterable[tuple[int, _Payload]]) -> tuple[list[tuple[int, int, tuple[Place, ...]]], bool]:
    """The names written in lower-case text as (start, -end, candidates), each a whole word
    sequence, unsorted; and whether a spelling ``_highland`` rewrites is written.

    ``found``: the names' automaton hits in ``low``, (last character, payload).
    """
    # (start, -end, candidates) sort as tuples leftmost first, then longest. Two hits of one
    # span are one name, so the candidates are never compared.
    hits: list[tuple[int, int, tuple[Place, ...]]] = []
    rewritten = False
    size = len(low)
    for end, (length, cands, rewrites) in found:
        if rewrites:
            rewritten = True
        if not cands:
            continue
        start = end - length + 1
        # as ``_bounded``, inline: this runs for every name written
        if end + 1 < size and low[end + 1].isalnum():
            continue
        if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "'"):
            continue
        hits.append((start, -end - 1, cands))
    return hits, rewritten


_PREFIXES = tuple(sorted(_KIND_OF_PREFIX, key=len, reverse=True))
_PREFIX_ENDS = frozenset(p[-1] for p in _PREFIXES)


def _prefix_before(text: str, start: int) -> tuple[int, str] | None:
    """The prefix ("tỉnh", "TP.", "thị xã") written right before a name: (where, which)."""
    # Most names have none: the last letter before the name (and a space) tells at once.
    last = start - 2 if start > 1 and text[start - 1].isspace() else start - 1
    if last < 0 or text[last].lower()[-1:] not in _PREFIX_ENDS:
        return None
    head = text[max(0, start - 12) : start]
    stripped = lower(head.rstrip())  # one character for one ("İ".lower() is two), so offsets hold
    if len(head) - len(stripped) > 1 or not stripped.endswith(_PREFIXES):  # most names have none
        return None
    for p in _PREFIXES:
        if stripped.endswith(p):
            at = start - (len(head) - len(stripped)) - len(p)
            if at == 0 or not text[at - 1].isalnum():
                return at, p
    return None


def _bounded(low: str, start: int, end: int) -> bool:
    """The match is a whole word sequence, not part of a longer word."""
    before = low[start - 1] if start > 0 else " "
    after = low[end] if end < len(low) else " "
    return not (before.isalnum() or before == "'") and not after.isalnum()


def _found(text: str, start: int, end: int, cands: tuple[Place, ...]) -> Found | None:
    """A match kept when capitalised (or when a prefix vouches for it), with that prefix."""
    span = text[start:end]
    digit = span[:1].isdigit()
    if not digit and not _capitalised(span):  # a common word, whatever prefix is written before it
        return None
    pre = _prefix_before(text, start)
    prefix = _KIND_OF_PREFIX[pre[1]] if pre else None
    if digit and not prefix:  # "1", "12" are district names only after "Quận"
        return None
    if pre is not None and prefix is not None:
        kept = _by_prefix(list(cands), prefix)
        if kept:
            return Found(pre[0], end, start, prefix, tuple(kept))
    return Found(start, end, start, None, cands)
