"""Fast scans: word lists found in one pass, regexes tried only where they may start.

Reads nothing from the lexicons itself. Finders register their word lists (lower case)
with :func:`register`; :func:`word_hits` finds every list's words in a text with one
Aho-Corasick pass over the lower-cased text (a pass per list would cost as much each).
A Python regex with a long case-insensitive alternation tries every alternative at
every position of an article; :class:`Prefiltered` tries it only where one of the
words its matches start with is written, and gives exactly the matches
``regex.finditer`` would.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

import ahocorasick

# Letters that ``re.IGNORECASE`` equates with a Latin letter or digit although their
# ``str.lower`` is another letter (dotted and dotless i, long s). A text holding one is
# scanned the slow way, so the automaton never misses a start the regex would take.
ODD_CASE = ("\u0130", "\u0131", "\u017f")
# A digit (``\d`` as the regexes read it, any script's) at a word start, i.e. where a
# number starts that no letter is glued to. The lookbehind comes after the digit so the
# regex starts with a character set, which the engine scans for fast.
_NUMBER_START = re.compile(r"\d(?<!\w\d)")


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """:func:`lower`, cached for the last few texts (the finders of an article share it)."""
    return lower(text)


def lower(text: str) -> str:
    """The text in lower case, one character for one (offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):  # a rare character whose lower case is longer: fold char by char
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


# The registered word lists (key -> payload), and the automaton of all of them (None: to build).
_LISTS: list[dict[str, Any]] = []
_SHARED: list[ahocorasick.Automaton | None] = [None]


def register(words: Mapping[str, Any]) -> int:
    """Add a word list (lower-case word -> payload) to the shared automaton; its id for :func:`word_hits`."""
    _LISTS.append({w: p for w, p in words.items() if w})
    _SHARED[0] = None
    word_hits.cache_clear()
    return len(_LISTS) - 1


def _shared() -> ahocorasick.Automaton:
    """The automaton of every registered list: a word maps to ((list id, payload), …)."""
    auto = _SHARED[0]
    if auto is None:
        merged: dict[str, list[tuple[int, Any]]] = {}
        for i, words in enumerate(_LISTS):
            for word, payload in words.items():
                merged.setdefault(word, []).append((i, payload))
        auto = ahocorasick.Automaton()
        for word, entries in merged.items():
            auto.add_word(word, tuple(entries))
        auto.make_automaton()
        _SHARED[0] = auto
    return auto


@lru_cache(maxsize=4)
def word_hits(text: str) -> tuple[list[tuple[int, Any]], ...]:
    """For each registered list, where its words end in :func:`lowered` ``text``: (end, payload).

    In the order (and with the last-character ``end``) that the list's own automaton would give.
    """
    out: list[list[tuple[int, Any]]] = [[] for _ in _LISTS]
    for end, entries in _shared().iter(lowered(text)):
        for i, payload in entries:
            out[i].append((end, payload))
    return tuple(out)


@lru_cache(maxsize=4)
def number_starts(text: str) -> tuple[int, ...]:
    """Where each number starts at a word start; cached for the last few texts."""
    return tuple(m.start() for m in _NUMBER_START.finditer(text))


def occurrences(low: str, word: str) -> list[int]:
    """Where ``word`` is written in ``low`` (a :func:`lowered` text), in order, overlaps included."""
    out = []
    at = low.find(word)
    while at >= 0:
        out.append(at)
        at = low.find(word, at + 1)
    return out


class Prefiltered:
    """A regex and the lower-case words its matches start with: ``finditer``, fast."""

    def __init__(
        self,
        regex: re.Pattern[str],
        firsts: Iterable[str],
        numbers: bool = False,
        word_start: bool = True,
        then: re.Pattern[str] | None = None,
    ) -> None:
        """``firsts``: every match starts with one of these (after lower-casing the text),
        or, when ``numbers``, with a digit (``\\d``) at a word start.

        ``word_start``: a match never starts right after a word character (the regex begins
        with ``\\b`` before a word character, or with ``(?<!\\w)``); ``numbers`` needs it.

        ``then``: what every match starting with one of ``firsts`` goes on with right after it.
        """
        if numbers and not word_start:
            raise ValueError("numbers are looked for at word starts only")
        self.regex = regex
        self.numbers = numbers
        self.word_start = word_start
        self.then = then
        words = {w.lower() for w in firsts if w}
        self.words = register({w: len(w) for w in words}) if words else None

    def starts(self, text: str) -> list[int]:
        """Where a match may start, in order."""
        if self.words is None and self.numbers:
            return list(number_starts(text))  # in order, each once
        found: list[int] = []
        if self.words is not None:
            hits = word_hits(text)[self.words]
            if self.then is not None:
                hits = [(end, length) for end, length in hits if self.then.match(text, end + 1)]
            found = [end - length + 1 for end, length in hits]
            if self.word_start:  # what "\w" matches, one character before the start
                found = [s for s in found if not s or not (text[s - 1].isalnum() or text[s - 1] == "_")]
        if self.numbers:
            found += number_starts(text)
        return sorted(set(found))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches ``regex.finditer(text)`` gives (the regex never matches empty)."""
        if any(c in text for c in ODD_CASE):
            return self.regex.finditer(text)
        return matches_at(self.regex, text, self.starts(text))


def matches_at(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` when every match starts at one of ``starts`` (in order).

    The regex must never match the empty string; its lookbehinds still see the whole text.
    """
    pos = 0
    match = regex.match
    for start in starts:
        if start < pos:
            continue
        m = match(text, start)
        if m is not None:
            yield m
            pos = m.end()
