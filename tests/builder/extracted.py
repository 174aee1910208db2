"""The facts the whole extraction finds in a text of a test's own (shared by the fact tests)."""

from __future__ import annotations

from vnkg.builder.extract import extract
from vnkg.builder.normalise import normalise_text, split_sentences
from vnkg.records import Article, Fact


def facts(text: str, date: str | None = None, kind: type | None = None) -> list[Fact]:
    """The facts the extractor finds in ``text`` (of one record type when ``kind`` is given)."""
    text = normalise_text(text)
    article = Article(id="t", text=text, origin="test", date=date)
    found = extract(article, split_sentences(text)).facts
    return [f for f in found if kind is None or isinstance(f, kind)]
