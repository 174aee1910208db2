"""Run the extraction stages on one article: mentions, resolve, facts.

Reads an :class:`Article` and its sentences; returns the :class:`ArticleFacts`
that ``emit`` turns into a named graph. Each stage only reads what earlier ones made.
"""

from __future__ import annotations

from vnkg.builder import mentions, resolve
from vnkg.builder.facts import documents, events, posts, statistics
from vnkg.records import Article, ArticleFacts, Fact, Sentence

# The fact extractors, in the order their facts are listed.
EXTRACTORS = (posts.extract, documents.extract, statistics.extract, events.extract)


def extract(article: Article, sentences: list[Sentence]) -> ArticleFacts:
    """All facts of one article, each with its evidence."""
    found = mentions.find(article, sentences)
    ctx = resolve.context(article, sentences, found)
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts.extend(extractor(ctx))
    return ArticleFacts(article=article, places=ctx.places, facts=tuple(facts))
