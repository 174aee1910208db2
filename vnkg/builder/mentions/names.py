"""Person names: Kinh and ethnic-minority names, honorifics stripped, short names resolved.

Reads ``lexicons/surnames.tsv`` and ``lexicons/name_rules.tsv`` (honorifics, given-name
prefixes such as ``Y`` and ``H'``, the name shape, words that end a name). ``name_at``
reads the full name written at a position; ``short_at`` a later short mention
(``ông Tám``); ``extend`` repairs a lower-case slip (``Lê Hồng phúc``) from the full
name written elsewhere in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vnkg.builder.gazetteer import fold
from vnkg.builder.lexicon import rows as _rows
from vnkg.builder.prefilter import Prefiltered

_WORD = re.compile(r"[^\W\d_][\w']*")


@dataclass(frozen=True, slots=True)
class NameRules:
    """What a name may look like, from the lexicons."""

    surnames: frozenset[str]  # folded, one or two words ("rơ mah")
    honorifics: frozenset[str]  # folded
    prefixes: frozenset[str]  # given-name prefixes as written ("Y", "H'")
    stop: frozenset[str]  # capitalised words that end a name
    time_stop: frozenset[str]  # times of day, also given names: they end a name when a day follows
    loose_stop: frozenset[str]  # capitalised words never in a name found without a surname
    min: int
    max: int
    loose_max: int  # the most syllables of a name found without a surname


@lru_cache(maxsize=1)
def rules() -> NameRules:
    """Surnames, honorifics, prefixes, stop words and the name shape."""
    surnames = frozenset(fold(r[0]) for r in _rows("surnames.tsv") if r[0] != "surname")
    by_kind: dict[str, set[str]] = {}
    for kind, value in ((r[0], r[1]) for r in _rows("name_rules.tsv") if len(r) > 1):
        by_kind.setdefault(kind, set()).add(value)
    return NameRules(
        surnames=surnames,
        honorifics=frozenset(fold(h) for h in by_kind.get("honorific", ())),
        prefixes=frozenset(by_kind.get("prefix", ())),
        stop=frozenset(by_kind.get("stop", ())),
        time_stop=frozenset(by_kind.get("time_stop", ())),
        loose_stop=frozenset(by_kind.get("loose_stop", ())),
        min=int(min(by_kind.get("min_syllables", {"2"}))),
        max=int(max(by_kind.get("max_syllables", {"5"}))),
        loose_max=int(max(by_kind.get("loose_max_syllables", {"4"}))),
    )


@lru_cache(maxsize=1)
def honorific_regex() -> re.Pattern[str]:
    """Honorifics and ranks before a name, any number of them ("đồng chí Thượng tướng")."""
    alts = sorted(rules().honorifics, key=len, reverse=True)
    patterns = [r"\s+".join(re.escape(w) for w in h.split()) for h in alts]
    body = trie_regex(patterns) or "|".join(patterns)
    return re.compile(rf"(?:\b(?:{body})\b\s*)+", re.I)


# A space between words and a dash with or without spaces, as written in a surface's regex.
SPACE, DASH = r"\s+", r"\s*[-–]\s*"
# The atoms of a surface's regex: a dash, a space, an escaped character, a character.
_ATOM = re.compile(r"\\s\*\[-–\]\\s\*|\\s\+|\\.|.", re.S)
_Trie = dict[str, "_Trie"]


def trie_regex(patterns: list[str], lookahead: bool = False) -> str | None:
    """A regex matching as the alternation of ``patterns`` (each: escaped words joined by
    ``SPACE`` or ``DASH``) with the longest first, written as a trie: "b(?:an(?:\\s+t(?:ổ|…)|…)|ộ…)".

    The engine then reads a shared beginning once instead of trying every alternative in
    turn. At a fork at most one branch can go on (``_exclusive``; else None), so the deepest
    alternative matched is the longest, and when what follows fails, backing up tries the
    next shorter one, as the plain alternation would. In a ``lookahead`` only whether one
    alternative matches counts: branches need not differ.
    """
    trie: _Trie = {}
    for pattern in patterns:
        node = trie
        for atom in _ATOM.findall(pattern):
            node = node.setdefault(atom, {})
        node[""] = {}  # an alternative ends here
    return _branches(trie) if lookahead or _exclusive(trie) else None


def _branches(node: _Trie) -> str:
    """The regex of a trie node: its branches, then (when an alternative ends there) nothing more."""
    alts = [atom + _branches(child) for atom, child in node.items() if atom]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def _exclusive(node: _Trie) -> bool:
    """No two branches of a fork can both match a text: their letters differ whatever the case,
    a space goes on with a letter, and a dash meets no letter nor space that could read a dash."""
    letters = [a[-1] for a in node if a and a not in (SPACE, DASH)]
    if any(re.fullmatch(re.escape(a), b, re.I) for i, a in enumerate(letters) for b in letters[i + 1 :]):
        return False
    if (SPACE in node or DASH in node) and any(c.isspace() for c in letters):  # an escaped space
        return False
    after_space = [a if a in (SPACE, DASH) else a[-1] for a in node.get(SPACE, {}) if a]
    if any(a in (SPACE, DASH) for a in after_space) or "" in node.get(SPACE, {}):
        return False
    if DASH in node and any(re.fullmatch("[-–]", c, re.I) for c in letters + after_space):
        return False
    return all(_exclusive(child) for child in node.values())


@lru_cache(maxsize=1)
def honorific_scan() -> Prefiltered:
    """The honorific regex, tried only where an honorific's first word is written."""
    honorifics = rules().honorifics
    word_start = all(h[0].isalnum() for h in honorifics)  # so the regex's leading \b needs a word start
    return Prefiltered(honorific_regex(), (h.split()[0] for h in honorifics), word_start=word_start)


def skip_honorifics(text: str, pos: int) -> int:
    """Where the name starts once honorifics at ``pos`` are skipped."""
    m = honorific_regex().match(text, pos)
    return m.end() if m else pos


@lru_cache(maxsize=8)
def _word_run(count: int) -> re.Pattern[str]:
    """Up to ``count`` words (``_WORD``) separated by single spaces, read in one match."""
    return re.compile(rf"{_WORD.pattern}(?: {_WORD.pattern}){{0,{count - 1}}}")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The lower-case first word of every surname."""
    return frozenset(s.split()[0] for s in rules().surnames)


@lru_cache(maxsize=1)
def _starters() -> re.Pattern[str]:
    """The capitalised first words of surnames and prefixes, as written before a given name
    (a word then a space, or a prefix ending in an apostrophe), at a word start.

    Matched case-sensitively on the text as written: the lower-cased keys ("y ", "a ", "ông ")
    would be found inside thousands of ordinary words. The regex consumes only the first
    letter (the rest is looked ahead), so every start is found; it begins with the branches'
    first letters, which the engine scans for fast, and then looks back past that letter
    for a word character or an apostrophe. A stop word ("Phó", "Ông") is left out: a name
    read from it would end before it starts.
    """
    words = {w[:1].upper() + w[1:] for w in _first_words()}
    words |= set(rules().prefixes)
    stop = rules().stop
    kept = {w if w.endswith("'") else w + " " for w in words if w.endswith("'") or w not in stop}
    keys = sorted(kept, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(key[0], []).append(re.escape(key[1:]))
    # the rest of each first letter's keys as a trie: read once where they share a beginning
    branches = "|".join(f"{re.escape(first)}(?={trie_regex(tails, lookahead=True)})" for first, tails in groups.items())
    return re.compile(rf"(?:{branches})(?<![\w'].)")


def candidates(text: str) -> list[int]:
    """Where a name may start: a capitalised surname (or prefix) at a word start, in order
    (not a stop word)."""
    return [m.start() for m in _starters().finditer(text)]


def could_start(word: str) -> bool:
    """A cheap test: this word may begin a name (a capitalised surname or prefix)."""
    if not word[0].isupper():
        return False
    return word.lower() in _first_words() or word.startswith(_prefixes())


@lru_cache(maxsize=1)
def _prefixes() -> tuple[str, ...]:
    """The given-name prefixes, as one tuple for ``str.startswith``."""
    return tuple(sorted(rules().prefixes))


def _begins_name(words: list[str]) -> bool:
    """A surname (one or two words) or a given-name prefix starts the words."""
    r = rules()
    first = words[0]
    if fold(first) in r.surnames or (len(words) > 1 and fold(f"{first} {words[1]}") in r.surnames):
        return True
    prefixes: frozenset[str] = r.prefixes
    return first in prefixes or any(first.startswith(p) and p.endswith("'") for p in prefixes)


# A capitalised word after these names a commune, village or street, not a person.
_LOCALITY = re.compile(r"(?<![\w])(?:xã|phường|thị trấn|thôn|bản|ấp|làng|tổ dân phố|khu phố|đường|phố)\s+$", re.I)


# The last letter of each word of ``_LOCALITY`` (in lower case; no other letter matches these
# when case is ignored): a word ending otherwise is no locality word, and the regex is skipped.
_LOCALITY_ENDS = frozenset("ãgnpố")


def after_locality(text: str, pos: int) -> bool:
    """The word at ``pos`` follows "xã", "phường", "thôn", "đường"…: a locality's name."""
    # Cheap checks first (most names follow no locality word): ``\s+$`` needs a space right
    # before ``pos``, and the word before the spaces must end like a locality word.
    if pos == 0 or not text[pos - 1].isspace():
        return False
    last = pos - 2
    while last >= 0 and text[last].isspace():
        last -= 1
    if last < 0 or text[last].lower() not in _LOCALITY_ENDS:
        return False
    return bool(_LOCALITY.search(text, max(0, pos - 14), pos))


def syllables(words: list[str]) -> int:
    """How many syllables the words hold: "K'Brơi" is two (a prefix glued to its name)."""
    if "'" not in "".join(words):  # most names: one syllable a word
        return len(words)
    return sum(2 if "'" in w[1:-1] else 1 for w in words)


# After a time of day, what makes it one ("Sáng 8/8", "Chiều cùng ngày", "Sáng nay"), not a given name.
_DAY_AFTER = re.compile(r"\s*(?:\d|(?:nay|qua|mai|hôm|ngày|cùng|mùng|mồng)(?!\w))")


def _capitalised(text: str, pos: int, most: int, stop: frozenset[str]) -> tuple[list[str], int]:
    """The capitalised words from ``pos`` (at most ``most``), up to a stop word or an acronym."""
    if not text[pos : pos + 1].isupper():  # the first word's first letter: most often no capital
        return [], pos
    m = _word_run(most).match(text, pos)
    if m is None:
        return [], pos
    words = m.group(0).split(" ")  # the regex reads them together, single spaces apart
    times = rules().time_stop
    for i, w in enumerate(words):
        if (
            not w[0].isupper()
            or w in stop
            or (w.isupper() and len(w) > 1)
            or (w in times and _a_time(text, pos, words, i))
        ):
            del words[i:]
            return words, pos + len(" ".join(words))
    return words, m.end()


def _a_time(text: str, pos: int, words: list[str], i: int) -> bool:
    """Whether the time-of-day word ``words[i]`` is a time here: it would start the name, or a day
    follows it ("… Hà Văn Tùng Sáng 8/8"); else it is a given name ("Lý Văn Sáng, Bí thư")."""
    return i == 0 or _DAY_AFTER.match(text, pos + len(" ".join(words[: i + 1]))) is not None


def name_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a full name written at ``pos`` (honorifics already skipped), or None."""
    r = rules()
    words, end = _capitalised(text, pos, r.max, r.stop)
    # cheapest first: one word (of one syllable) is the usual miss, a locality word the rarest
    if not words or (len(words) < r.min and syllables(words) < r.min):
        return None
    if not _begins_name(words) or after_locality(text, pos):
        return None
    return pos, end


def loose_at(text: str, pos: int) -> tuple[int, int] | None:
    """A name in a slot only a name fills (after "đồng chí", "ông", "bà" or next to a title):
    two to four capitalised syllables, whatever the first word, so names of surnames the
    lexicon lacks are read whole ("Thị Sa Ri", "K'Brơi")."""
    r = rules()
    words, end = _capitalised(text, pos, r.loose_max + 1, r.stop)
    if not words or words[0] in r.loose_stop or not r.min <= syllables(words) <= r.loose_max:
        return None
    # letters and apostrophes only (a word starts with a letter, so none is all apostrophes)
    if not "".join(words).replace("'", "").isalpha() or after_locality(text, pos):
        return None
    return pos, end


# A capitalised run right before a title's separator: "…, Kpă Thuyên, Phó Bí thư …".
_RUN_BEFORE = re.compile(
    r"(?:(?<=[\s(:;])|^)((?:[^\W\d_][\w']*\s){0,3}[^\W\d_][\w']*)\s*(?:\([^()\n]{0,30}\)\s*)?[,(–—-]\s*$"
)


def _run_floor(head: str) -> int:
    """Where in ``head`` a match of ``_RUN_BEFORE`` starts at the earliest (searching from there
    finds the same match, without trying every earlier position).

    The match ends with a separator, before it spaces and maybe a parenthesis; its run of words
    ends right before those and holds at most three whitespace characters: it starts after the
    fourth counted back from there, so after the fourth plain space at the latest (any earlier
    position finds the same match, none starting before it).
    """
    end = len(head[: len(head.rstrip()) - 1].rstrip())  # before the separator and its spaces
    if end and head[end - 1] == ")":  # "(SN 1964)": the parenthesis holds no "(" (else no match)
        opening = head.rfind("(", 0, end - 1)
        if opening < 0:
            return 0
        end = len(head[:opening].rstrip())
    for _ in range(4):  # ``rfind`` in C rather than a loop over every character
        end = head.rfind(" ", 0, end)
        if end < 0:
            return 0
    return end + 1


def loose_before(text: str, end: int) -> tuple[int, int] | None:
    """A name written right before a title (``end`` = the title's start), found as ``loose_at``."""
    head = text[max(0, end - 80) : end]
    if head.rstrip()[-1:] not in (",", "(", "-", "–", "—", ")"):  # most titles follow no separator
        return None
    m = _RUN_BEFORE.search(head, _run_floor(head))
    if m is None:
        return None
    start = end - len(head) + m.start(1)
    words = m.group(1).split()
    while words and not words[0][0].isupper():  # the run starts after the last lower-case word
        start += len(words[0]) + 1
        words = words[1:]
    if not words:
        return None
    if start > 0 and text[start - 1] == " ":
        last = start - 2  # the last character before the spaces (walked back: no copy of the text)
        while last >= 0 and text[last].isspace():
            last -= 1
        first = last  # the first character of the word ending there
        while first > 0 and not text[first - 1].isspace():
            first -= 1
        if last >= 0 and text[last].isalpha() and text[first].isupper():
            return None  # part of a longer capitalised run (a body, a place)
    span = loose_at(text, start)
    return span if span is not None and span[1] == start + len(" ".join(words)) else None


def short_at(text: str, pos: int) -> tuple[int, int] | None:
    """A one-word name after an honorific ("ông Tám"), when no other capital follows."""
    m = _word_run(2).match(text, pos)
    if m is None:
        return None
    words = m.group(0).split(" ")
    if not words[0][0].isupper() or (len(words) > 1 and words[1][0].isupper()):
        return None
    return pos, pos + len(words[0])


def extend(name: str, end: int, text: str, known: dict[str, str]) -> tuple[str, int]:
    """A name cut short by a lower-case slip ("Lê Hồng phúc") completed from a known full name.

    ``known`` maps each full name of the article, folded, to the name as written.
    """
    nxt = _WORD.match(text, end + 1) if end < len(text) and text[end] == " " else None
    if nxt:
        full = known.get(fold(f"{name} {nxt.group(0)}"))
        if full is not None:
            return full, nxt.end()
    return name, end


def given(name: str) -> str:
    """The given name, folded: what a short mention ("ông Tám") is written with."""
    return fold(name).rsplit(" ", 1)[-1]
