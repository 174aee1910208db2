"""The whole build path: articles in, one named graph per article in the store.

read -> normalise -> mentions -> resolve -> facts -> emit -> store. Articles stream
through one at a time; their graphs are written in batches, each batch one
transaction, so memory stays flat however many articles there are, and an
interrupted build leaves the store as it was before the article it was on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from vnkg.builder import emit, normalise
from vnkg.builder.extract import extract
from vnkg.builder.read import iter_articles
from vnkg.builder.store import Store
from vnkg.errors import InputError, VnkgError
from vnkg.ontology import iris

# Quads a batch collects before it is written: big enough to amortise a transaction,
# small enough that memory stays flat.
BATCH_QUADS = 50_000


@dataclass
class BuildReport:
    """What a build did: articles stored, quads written, inputs skipped (with why)."""

    articles: int = 0
    quads: int = 0
    facts: int = 0
    chars: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input was skipped."""
        return not self.errors


def load_reference(store: Store) -> int:
    """Write (or refresh) the reference graphs: the ontology and the places."""
    quads = emit.reference_quads()
    graphs: dict[str, list[ox.Quad]] = {}
    for q in quads:
        graphs.setdefault(q.graph_name.value, []).append(q)  # type: ignore[union-attr]
    store.replace_graphs(graphs)
    return len(quads)


def build(
    paths: Iterable[str | Path],
    store: Store,
    on_error: Callable[[InputError], None] | None = None,
    on_article: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build every article under ``paths`` into ``store``; bad inputs are reported and skipped."""
    report = BuildReport()
    report.quads += load_reference(store)
    batch: dict[str, list[ox.Quad]] = {}
    pending = 0
    try:
        for item in iter_articles(paths):
            if isinstance(item, InputError):
                _skip(report, item, on_error)
                continue
            try:
                article = normalise.prepare(item)
                found = extract(article, normalise.split_sentences(article.text))
                quads = emit.emit(found)
            except VnkgError as e:
                _skip(report, InputError(item.origin, str(e)), on_error)
                continue
            except Exception as e:  # a bug on one article must not stop the batch
                _skip(report, InputError(item.origin, f"could not be processed ({type(e).__name__}: {e})"), on_error)
                continue
            batch[iris.article_graph(article.id)] = quads
            pending += len(quads)
            report.articles += 1
            report.facts += len(found.facts)
            report.chars += len(item.text)
            if on_article:
                on_article(article.id)
            if pending >= BATCH_QUADS:
                report.quads += _flush(store, batch)
                pending = 0
    finally:
        # Whatever happened (Ctrl-C included), articles already finished are stored whole.
        report.quads += _flush(store, batch)
        store.flush()
    return report


def _flush(store: Store, batch: dict[str, list[ox.Quad]]) -> int:
    """Write a batch of article graphs in one transaction; return how many quads."""
    if not batch:
        return 0
    n = sum(len(q) for q in batch.values())
    store.replace_graphs(batch)
    batch.clear()
    return n


def _skip(report: BuildReport, error: InputError, on_error: Callable[[InputError], None] | None) -> None:
    """Record a skipped input and tell the caller."""
    report.errors.append(error)
    if on_error:
        on_error(error)
