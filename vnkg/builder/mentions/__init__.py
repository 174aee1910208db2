"""The mentions stage: spans of an article recognised as places, titles, names, documents…

Reads an :class:`Article` and its sentences; adds :class:`Mention` records. Each
finder gets the mentions the earlier finders made (so a name finder can see titles).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from vnkg.builder.mentions import documents, numbers, people, places
from vnkg.records import Article, Mention, Sentence

Finder = Callable[[Article, Sequence[Sentence], Sequence[Mention]], list[Mention]]

# Order matters: later finders may read earlier mentions.
FINDERS: tuple[Finder, ...] = (places.find, people.find, numbers.find, documents.find)


def find(article: Article, sentences: Sequence[Sentence]) -> tuple[Mention, ...]:
    """Every mention in the article, in text order."""
    found: list[Mention] = []
    for finder in FINDERS:
        found.extend(finder(article, sentences, tuple(found)))
    return tuple(sorted(found, key=lambda m: (m.start, -m.end, m.kind)))
