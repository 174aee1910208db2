"""The normalise stage: one spelling of the text, the article's metadata, its sentences.

Reads a :class:`RawArticle`; makes an :class:`Article` whose ``text`` is normalised
(Unicode NFC, one tone placement, ``Ð`` read as ``Đ``, spaces folded, web page
furniture dropped), with the title, date, source and author read from the text when
the input did not give them. Every offset later stages take refers to this text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from vnkg.builder import lexicon
from vnkg.builder.prefilter import ODD_CASE, lower, matches_at, occurrences
from vnkg.records import Article, RawArticle, Sentence

# Old-style tone placement on the second vowel of an open oa/oe/uy syllable ("hoà",
# "uỷ", "thuý") moved to the first ("hòa", "ủy", "thúy"), as FACTS.md folds them. Not
# after "q": in "quá", "quý" the u belongs to the consonant. Done on composed (NFC)
# text with a lookup table: a decompose/recompose round trip costs four times more.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ", "o": "òóỏõọ", "u": "ùúủũụ"}
_OLD_STYLE: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _plain_first, _toned_second, _toned_first in zip((_first,) * 5, _TONED[_second], _TONED[_first], strict=True):
        for _f, _s, _tf, _ts in (
            (_plain_first, _toned_second, _toned_first, _second),
            (_plain_first.upper(), _toned_second.upper(), _toned_first.upper(), _second.upper()),
            (_plain_first.upper(), _toned_second, _toned_first.upper(), _second),
        ):
            _OLD_STYLE[_f + _s] = _tf + _ts
# One regex per first letter: a regex that starts with a literal is scanned for several
# times faster than one that starts with a character set. The lookbehind comes after the
# first letter so that it does ("(?<![qQ].)" there is "not after q").
_TONE_PAIRS = tuple(
    re.compile(first + "(?<![qQ].)[" + "".join(sorted({pair[1] for pair in _OLD_STYLE})) + r"](?!\w)")
    for first in "oOuU"
)
# Look-alike letters that real sites emit: Icelandic eth for Vietnamese đ.
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})
_BLANK = "\t\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# Two spaces or more: once the other blanks are spaces, each run of blanks is one of these.
# (A regex with a literal start, which the engine finds fast.)
_SPACE_RUN = re.compile("  +")
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_MANY_NEWLINES = re.compile(r"\n\n\n+")  # (a literal start: found fast)

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)")
_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
# Where a number starts that a separator follows: the numeric dates above start at one, so
# they are tried only there ("\d(?<!\d\d)" is a digit not after a digit; it starts the regex
# with a character set, which the engine scans for fast).
_DATE_START = re.compile(r"\d(?<!\d\d)\d{0,3}\s*[/.\-]")
_WORDY_DATE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_YEAR_MONTH = re.compile(r"(19|20)\d{2}(-\d{2})?")
# What marks a dateline besides its date: a clock time ("\d{1,2}:\d{2}", looked for from its
# colon: a regex that starts with a literal is scanned for fast), or a weekday or "cập nhật"
# opening it.
_CLOCK = re.compile(r":(?<=\d:)\d{2}")
_DATELINE_START = re.compile(r"(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|ngày đăng|đăng ngày)\b", re.IGNORECASE)
_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:vn|com|net|org|gov\.vn|com\.vn))\b", re.IGNORECASE)
_AUTHOR = re.compile(
    r"^(?:(?:bài|tin)(?:,\s*ảnh)?|ảnh)\s*:\s*(.+)$|^([^\W\d_][^/:]{2,40})/\s*\S+\.(?:vn|com)$", re.IGNORECASE
)
# A domain has one of these (any case): lines without one are not searched.
_TLDS = (".vn", ".com", ".net", ".org")
_HEADER_LINES = 8  # the title and dateline sit in the first lines of a page


def fix_tones(text: str) -> str:
    """Move old-style tone marks to the first vowel of oa/oe/uy (``uỷ`` -> ``ủy``)."""
    # A pair starts with o or u and goes on with another letter, so no two pairs overlap:
    # the pairs of the four regexes are those of one regex of the four first letters.
    starts = sorted(m.start() for regex in _TONE_PAIRS for m in regex.finditer(text))
    if not starts:
        return text
    parts: list[str] = []
    done = 0
    for start in starts:
        pair = text[start : start + 2]
        parts += (text[done:start], _OLD_STYLE.get(pair, pair))
        done = start + 2
    parts.append(text[done:])
    return "".join(parts)


def normalise_text(text: str) -> str:
    """One spelling of a text: NFC, one tone placement, ``Đ`` for look-alikes, folded spaces.

    Line breaks are kept (they separate paragraphs); each line is stripped, and runs of
    blank lines fold to one.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_LOOKALIKES)
    # A substring test per character (a fast C scan) tells whether a regex has anything to do.
    if _has_any(text, _INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
    text = fix_tones(text)
    text = _blanks_to_spaces(text)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    # Spaces now come one at a time, so these two replaces drop every space next to a line
    # break, as a regex " ?\n ?" would.
    if " \n" in text:
        text = text.replace(" \n", "\n")
    if "\n " in text:
        text = text.replace("\n ", "\n")
    return _fold_blank_lines(text).strip(" \n")


def _blanks_to_spaces(text: str) -> str:
    """Tabs, no-break and other wide spaces as plain spaces (runs are folded after)."""
    for blank in _BLANK:
        if blank in text:
            text = text.replace(blank, " ")
    return text


def _has_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds one of ``chars`` (a substring test per character beats a regex scan)."""
    return any(c in text for c in chars)


def _fold_blank_lines(text: str) -> str:
    """Runs of blank lines folded to one."""
    return _MANY_NEWLINES.sub("\n\n", text) if "\n\n\n" in text else text


class _Boilerplate(NamedTuple):
    """The patterns of ``lexicons/boilerplate.tsv``."""

    line: re.Pattern[str]
    suffix: re.Pattern[str]
    tail: re.Pattern[str]
    # The last letters of the suffix words, lower-cased: a line ending otherwise has none.
    suffix_ends: frozenset[str]


@lru_cache(maxsize=1)
def _boilerplate() -> _Boilerplate:
    """The line, suffix and tail patterns of ``lexicons/boilerplate.tsv``."""
    kinds: dict[str, list[str]] = {"line": [], "suffix": [], "tail": []}
    for row in lexicon.lines("boilerplate.tsv"):
        kind, pattern = row.split("\t", 1)
        kinds[kind].append(pattern)
    suffixes = kinds["suffix"]
    return _Boilerplate(
        re.compile("(?:" + "|".join(kinds["line"]) + ")", re.IGNORECASE),
        # Suffix words end a line, after one space or more.
        re.compile(" +(?:" + lexicon.alternation(suffixes) + ")$", re.IGNORECASE | re.MULTILINE),
        re.compile("(?:" + "|".join(kinds["tail"]) + ")", re.IGNORECASE),
        frozenset(w[-1].lower() for w in suffixes),
    )


# Furniture lines are short; a longer line is prose and is not tried against the patterns.
_FURNITURE_MAX = 120


def strip_boilerplate(text: str) -> str:
    """Drop web page furniture: whole furniture lines, trailing ``In trang``, and page tails.

    A tail marker (``Thống kê truy cập``, ``Tin liên quan``…) ends the article only in
    the second half of the page, so a body line that happens to match is kept.
    """
    patterns = _boilerplate()
    line_re, suffix_re, tail_re = patterns.line, patterns.suffix, patterns.tail
    # The suffix regex cannot start with a literal, so a pass over the text would try it at
    # every space; it is tried only on lines whose last letter ends a suffix word. (Letters
    # that ``re.IGNORECASE`` equates with another one's lower case send the text that pass.)
    ends = None if any(c in text for c in ODD_CASE) else patterns.suffix_ends
    lines = text.split("\n")
    kept: list[str] = []
    for n, line in enumerate(lines):
        if line and len(line) <= _FURNITURE_MAX:
            if tail_re.fullmatch(line) and n > len(lines) // 2:
                break
            if line_re.fullmatch(line):
                continue
        if ends is not None and line[-1:].lower() in ends:
            line = suffix_re.sub("", line)
        kept.append(line)
    joined = "\n".join(kept)
    if ends is None:
        joined = suffix_re.sub("", joined)
    return _fold_blank_lines(joined).strip("\n")


def iso_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO ``YYYY-MM-DD`` (dd/mm/yyyy, yyyy-mm-dd, wordy)."""
    if _DIGIT.search(text) is None:  # every form has digits: a title line has none
        return None
    numbers = [m.start() for m in _DATE_START.finditer(text)]
    for pattern, order in ((_YMD, (0, 1, 2)), (_DMY, (2, 1, 0)), (_WORDY_DATE, (2, 1, 0))):
        if pattern is _WORDY_DATE:
            m = next(matches_at(pattern, text, occurrences(lower(text), "ngày")), None)
        else:
            m = next(matches_at(pattern, text, numbers), None)
        if m:
            parts = m.groups()
            y, mo, d = (int(parts[i]) for i in order)
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _metadata_date(value: str | None) -> str | None:
    """A date given by the input (JSONL ``date``), as ISO; a bare year or month is kept."""
    if not value:
        return None
    value = value.strip()
    if _YEAR_MONTH.fullmatch(value):
        return value
    return iso_date(value)


def _header(lines: list[str]) -> tuple[str | None, str | None, int]:
    """The title, the dateline's date and the index of the last header line."""
    title: str | None = None
    date: str | None = None
    last = -1
    seen = 0
    for n, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        words = _words(line, 9)
        # (The date is read only from a line that may be the dateline: reading it costs most.)
        found = iso_date(line) if date is None and (words <= 8 or _dateline_hint(line)) else None
        if found:
            date, last = found, n
            # A page prints its headline right above the dateline.
            before = [ln for ln in lines[:n] if ln]
            if before and _words(before[-1], 3) >= 3:
                title = before[-1]
            continue
        if title is None and words >= 5 and not line.endswith(":"):
            title, last = line, max(last, n)
    return title, date, last


def _dateline_hint(line: str) -> bool:
    """Whether a long line reads as a dateline: a clock time, or a weekday opening it."""
    return bool(_DATELINE_START.match(line) or _CLOCK.search(line))


def _words(line: str, most: int) -> int:
    """How many words the line has, counting no further than ``most`` (long lines are paragraphs)."""
    return len(line.split(None, most - 1))


def _source_and_author(lines: list[str]) -> tuple[str | None, str | None]:
    """A source domain and an author read from the last lines (``X/BAODIENBIEN.VN``)."""
    source = author = None
    for line in reversed([ln for ln in lines if ln][-6:]):
        if source is None and _words(line, 7) <= 6:  # a source line is short: a long one is not read
            low = line.lower()
            m = _DOMAIN.search(line) if any(t in low for t in _TLDS) else None
            if m:
                source = m.group(1).lower()
        if author is None:
            m = _AUTHOR.match(line)
            if m:
                author = (m.group(1) or m.group(2) or "").strip() or None
    return source, author


def prepare(raw: RawArticle) -> Article:
    """The normalised article: text, title, date, source and author."""
    text = strip_boilerplate(normalise_text(raw.text))
    lines = text.split("\n")
    title, dateline, last = _header(lines)
    source, author = _source_and_author(lines)
    body_start = len("\n".join(lines[: last + 1])) + 1 if last >= 0 else 0
    while body_start < len(text) and text[body_start] == "\n":
        body_start += 1
    return Article(
        id=raw.id,
        text=text,
        origin=raw.origin,
        title=normalise_text(raw.title) if raw.title else title,
        date=_metadata_date(raw.date) or dateline,
        url=raw.url,
        source=raw.source or source,
        author=author,
        body_start=min(body_start, len(text)),
    )


# A sentence ends at . ! ? … (and closing quotes) before a letter, a digit or an
# opening quote; or at a full stop glued between a lower-case letter and a capitalised
# word ("Thành ủy.Theo"). Numbers (48.772), initials (TP.HCM) and codes stay whole.
# Each match starts at its stop mark, so the engine only tries where one is written: the
# sentence ends after the closing quotes (group "close"), or at the glued full stop
# (no "close" group).
_AFTER_STOP = r"(?:(?P<close>[\"”’)]*)\s+(?=[\"“‘(]?[^\W_])|(?<=[^\W\d_]\.)(?=[^\W\d_]{2}))"
_BOUNDARY = re.compile(r"[.!?…]" + _AFTER_STOP)
# The same for a line whose only stop mark is the full stop (most lines): a regex that starts
# with one literal character is scanned for several times faster than one that starts with a set.
_BOUNDARY_DOT = re.compile(r"\." + _AFTER_STOP)
_OTHER_STOPS = "!?…"
_ABBREVIATIONS = ("TP", "Tp", "tp", "TS", "ThS", "PGS", "GS", "Q", "P", "St", "v.v", "Đ/c", "đ/c")
_ABBREV_END = re.compile(r"\b(?:" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")\.$")
# The letters abbreviations end with: a full stop after another one ends no abbreviation.
_ABBREV_LAST = frozenset(a[-1] for a in _ABBREVIATIONS)


def _glued_boundary(line: str, dot: int) -> bool:
    """A full stop glued between words ends a sentence when a capitalised word follows."""
    return line[dot - 1].islower() and line[dot + 1].isupper() and line[dot + 2].islower()


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a normalised text, with offsets into it; lines never join."""
    sentences: list[Sentence] = []
    pos = 0
    # (A text with no other stop mark than the full stop, most texts, is not asked again by line.)
    others = _has_any(text, _OTHER_STOPS)
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if not line:  # a blank line between paragraphs holds no sentence
            continue
        cut = 0
        boundary = _BOUNDARY if others and _has_any(line, _OTHER_STOPS) else _BOUNDARY_DOT
        for m in boundary.finditer(line):
            after = m.end("close")
            if after < 0:  # a glued full stop
                if not _glued_boundary(line, m.start()):
                    continue
                end = m.end()
            else:
                if _abbreviation(line, m.start(), cut):
                    continue
                end = after
            _add(sentences, text, start + cut, start + end)
            cut = m.end()
        _add(sentences, text, start + cut, start + len(line))
    return sentences


def _abbreviation(line: str, stop: int, cut: int) -> bool:
    """Whether the stop mark at ``stop`` ends an abbreviation ("TP.", "v.v."), read from ``cut``."""
    # Looked for only after a full stop that follows an abbreviation's last letter.
    if stop == 0 or line[stop] != "." or line[stop - 1] not in _ABBREV_LAST:
        return False
    return _ABBREV_END.search(line, max(cut, stop - 5), stop + 1) is not None


def _add(sentences: list[Sentence], text: str, begin: int, end: int) -> None:
    """Append the stripped span ``text[begin:end]`` as the next sentence, if not empty."""
    span = text[begin:end]
    stripped = span.strip()
    if stripped:
        if span[0].isspace():
            begin += len(span) - len(span.lstrip())
        sentences.append(Sentence(len(sentences), begin, begin + len(stripped), stripped))
