"""The whole build path: articles in, one named graph per article in the store.

read -> normalise -> mentions -> resolve -> facts -> emit -> store. Articles stream
through one at a time; their graphs are written in batches, each batch one
transaction, so memory stays flat however many articles there are, and an
interrupted build leaves the store as it was before the article it was on.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from vnkg.builder import emit, normalise
from vnkg.builder.extract import extract
from vnkg.builder.read import iter_articles
from vnkg.builder.store import GraphData, Store, by_graph
from vnkg.errors import InputError, VnkgError
from vnkg.ontology import iris

# Quads a batch collects before it is written: big enough to amortise a transaction,
# small enough that memory stays flat.
BATCH_QUADS = 100_000


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


# The reference graphs are rebuilt only when what they are made from changed: the
# ontology, the place lexicons and the code that turns them into quads. Their digest
# sits in a graph of its own, written after them.
REFERENCE_GRAPH = iris.BASE + "graph/reference"
_HAS_VERSION = "http://purl.org/dc/terms/hasVersion"
_REFERENCE_SOURCES = (
    ("vnkg.ontology", "vnkg.ttl"),
    ("vnkg.builder.lexicons", "places.tsv"),
    ("vnkg.builder.lexicons", "places_2025.tsv"),
    ("vnkg.builder.lexicons", "place_aliases.tsv"),
    ("vnkg.builder", "emit.py"),
)


def reference_digest() -> str:
    """A digest of everything the reference graphs are made from."""
    h = hashlib.sha256()
    for package, name in _REFERENCE_SOURCES:
        h.update(resources.files(package).joinpath(name).read_bytes())
    return h.hexdigest()[:20]


def load_reference(store: Store) -> int:
    """Write the reference graphs (the ontology, the places) unless the store has them as they are."""
    digest = reference_digest()
    ask = f'ASK {{ GRAPH <{REFERENCE_GRAPH}> {{ <{REFERENCE_GRAPH}> <{_HAS_VERSION}> "{digest}" }} }}'
    answer = store.select(ask).rows[0][0]
    if answer is not None and answer.value == "true":
        return 0
    quads = emit.reference_quads()
    store.replace_graphs(by_graph(quads))
    node = ox.NamedNode(REFERENCE_GRAPH)
    store.replace_graphs({REFERENCE_GRAPH: [ox.Quad(node, ox.NamedNode(_HAS_VERSION), ox.Literal(digest), node)]})
    return len(quads) + 1


def build(
    paths: Iterable[str | Path],
    store: Store,
    on_error: Callable[[InputError], None] | None = None,
    on_article: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build every article under ``paths`` into ``store``; bad inputs are reported and skipped."""
    report = BuildReport()
    report.quads += load_reference(store)
    writer = _Writer(store)
    batch: dict[str, GraphData] = {}
    pending = 0
    try:
        for item in iter_articles(paths):
            if isinstance(item, InputError):
                _skip(report, item, on_error)
                continue
            try:
                article = normalise.prepare(item)
                found = extract(article, normalise.split_sentences(article.text))
                nquads, count = emit.emit_nquads(found)
            except VnkgError as e:
                _skip(report, InputError(item.origin, str(e)), on_error)
                continue
            except Exception as e:  # a bug on one article must not stop the batch
                _skip(report, InputError(item.origin, f"could not be processed ({type(e).__name__}: {e})"), on_error)
                continue
            batch[iris.article_graph(article.id)] = nquads
            pending += count
            report.articles += 1
            report.facts += len(found.facts)
            report.chars += len(item.text)
            if on_article:
                on_article(article.id)
            if pending >= BATCH_QUADS:
                writer.put(batch)
                report.quads += pending
                batch, pending = {}, 0
    finally:
        # Whatever happened (Ctrl-C included), articles already finished are stored whole.
        writer.put(batch)
        report.quads += pending
        writer.close()
        store.flush()
    return report


class _Writer:
    """Writes batches of article graphs to the store on a thread of its own, in order.

    The store's bulk load and HTTP writes run without Python's lock, so the next batch
    is extracted while one is written. At most one batch waits, so memory stays flat;
    a failed write is raised by the next :meth:`put` or by :meth:`close`.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.queue: queue.Queue[dict[str, GraphData] | None] = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="vnkg-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.store.replace_graphs(batch)
                except BaseException as e:  # handed to the building thread
                    self.error = e

    def put(self, batch: dict[str, GraphData]) -> None:
        """Queue a batch for writing."""
        self._raise()
        if batch:
            self.queue.put(batch)

    def close(self) -> None:
        """Wait until every queued batch is written."""
        self.queue.put(None)
        self.thread.join()
        self._raise()

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error


def _skip(report: BuildReport, error: InputError, on_error: Callable[[InputError], None] | None) -> None:
    """Record a skipped input and tell the caller."""
    report.errors.append(error)
    if on_error:
        on_error(error)
