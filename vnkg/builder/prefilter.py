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
_SEVERAL = -1  # the list id of a word of several lists in the shared automaton


def register(words: Mapping[str, Any]) -> int:
    """Add a word list (lower-case word -> payload) to the shared automaton; its id for :func:`word_hits`."""
    _LISTS.append({w: p for w, p in words.items() if w})
    _SHARED[0] = None
    word_hits.cache_clear()
    return len(_LISTS) - 1


def _shared() -> ahocorasick.Automaton:
    """The automaton of every registered list: a word of one list maps to (list id, payload),
    a word of several to (``_SEVERAL``, ((list id, payload), …))."""
    auto = _SHARED[0]
    if auto is None:
        merged: dict[str, list[tuple[int, Any]]] = {}
        for i, words in enumerate(_LISTS):
            for word, payload in words.items():
                merged.setdefault(word, []).append((i, payload))
        auto = ahocorasick.Automaton()
        for word, entries in merged.items():
            auto.add_word(word, entries[0] if len(entries) == 1 else (_SEVERAL, tuple(entries)))
        auto.make_automaton()
        _SHARED[0] = auto
    return auto


@lru_cache(maxsize=4)
def word_hits(text: str) -> tuple[list[tuple[int, Any]], ...]:
    """For each registered list, where its words end in :func:`lowered` ``text``: (end, payload).

    In the order (and with the last-character ``end``) that the list's own automaton would give.
    """
    out: list[list[tuple[int, Any]]] = [[] for _ in _LISTS]
    appends = [hits.append for hits in out]
    # Most words are in one list: their hit goes straight to it (this runs for every hit).
    for end, (i, payload) in _shared().iter(lowered(text)):
        if i != _SEVERAL:
            appends[i]((end, payload))
        else:
            for j, each in payload:
                appends[j]((end, each))
    return tuple(out)


@lru_cache(maxsize=4)
def number_starts(text: str) -> tuple[int, ...]:
    """Where each number starts at a word start; cached for the last few texts."""
    return tuple([m.start() for m in _NUMBER_START.finditer(text)])


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
        found = self._word_starts(text, self.words) if self.words is not None else []
        if self.numbers:
            found += number_starts(text)
        return sorted(set(found))

    def _word_starts(self, text: str, words: int) -> list[int]:
        """Where a word of the list ``words`` is written (at a word start, when ``word_start``;
        followed by ``then``, when given), in the order of the hits."""
        found = []
        word_start = self.word_start
        then = self.then.match if self.then is not None else None
        # One loop, the cheap character test first: most hits are short words inside others.
        for end, length in word_hits(text)[words]:
            start = end - length + 1
            if word_start and start and (text[start - 1].isalnum() or text[start - 1] == "_"):
                continue  # what "\w" matches, one character before the start
            if then is not None and then(text, end + 1) is None:
                continue
            found.append(start)
        return found

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
