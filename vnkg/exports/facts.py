"""The facts export: the JSON Lines of eval/FACTS.md, read from the store by SPARQL only.

Reads a :class:`~vnkg.queries.results.Queryable` through the ``facts-*`` and ``articles``
named queries and writes one record a line (``type``, ``doc``, the FACTS.md keys, plus
``iri`` and ``evidence``). It never sees the builder's objects: what it writes is what
the graph holds. Files are written to a temporary path and renamed into place.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from vnkg.errors import ExportError
from vnkg.exports.files import write_atomic
from vnkg.queries import catalog
from vnkg.queries.results import Queryable, Term

Record = dict[str, object]
Row = dict[str, Any]
TYPES = ("post", "document", "implements", "statistic", "event")


def _rows(store: Queryable, query: str, bindings: dict[str, Term] | None) -> list[Row]:
    """The rows of a named query as Python values, unbound variables as None."""
    return list(store.select(catalog.load(query).text, bindings).values())


def _first_per_iri(rows: Iterable[Row]) -> dict[tuple[object, object], list[Row]]:
    """Rows grouped by article and fact IRI, earliest evidence first (a fact read twice is one record)."""
    groups: dict[tuple[object, object], list[Row]] = defaultdict(list)
    for r in rows:  # a document node is shared by articles: one record per article
        groups[(r["doc"], r["iri"])].append(r)
    for rs in groups.values():
        rs.sort(key=lambda r: (r["begin"] is None, r["begin"] or 0, json.dumps(r, ensure_ascii=False, default=str)))
    return groups


def _base(kind: str, r: Row) -> Record:
    return {"type": kind, "doc": r["doc"]}


def _post(rs: list[Row]) -> Record:
    r = rs[0]
    return _base("post", r) | {
        "person": r["person"],
        "role": r["role"],
        "org": r["org"],
        "place": r["place"],
        "status": r["status"],
        "attested": r["attested"],
        "iri": r["iri"],
        "evidence": r["evidence"],
    }


def _document(rs: list[Row]) -> Record:
    r = rs[0]
    keys = ("kind", "code", "number", "issuer", "date", "term", "plenum", "congress", "place", "title")
    return _base("document", r) | {k: r[k] for k in keys} | {"iri": r["iri"], "evidence": r["evidence"]}


def _side(r: Row, p: str) -> str | Record:
    """One side of an implements link: its code, else what identifies it (as the scorer matches)."""
    if r[p + "code"]:
        return str(r[p + "code"])
    return {k: r[p + k] for k in ("kind", "number", "plenum", "congress", "term")}


def _implements(rs: list[Row]) -> Record:
    r = rs[0]
    return _base("implements", r) | {
        "document": _side(r, "d"),
        "target": _side(r, "t"),
        "iri": r["iri"],
        "evidence": r["evidence"],
    }


def _statistic(rs: list[Row]) -> Record:
    r = rs[0]
    return _base("statistic", r) | {
        "measure": r["measure"],
        "value": r["value"],
        "place": r["place"],
        "date": r["date"],
        "period_start": r["start"],
        "iri": r["iri"],
        "evidence": r["evidence"],
    }


def _event(rs: list[Row]) -> Record:
    r = rs[0]
    chairs = sorted({str(x["chair"]) for x in rs if x["chair"]})
    return _base("event", r) | {
        "kind": r["kind"],
        "date": r["date"],
        "organizer": r["organizer"],
        "place": r["place"],
        "chair": chairs[0] if len(chairs) == 1 else (chairs or None),
        "name": r["name"],
        "iri": r["iri"],
        "evidence": r["evidence"],
    }


_BUILDERS: dict[str, Callable[[list[Row]], Record]] = {
    "post": _post,
    "document": _document,
    "implements": _implements,
    "statistic": _statistic,
    "event": _event,
}


def _implements_rows(rows: list[Row]) -> list[Row]:
    """An implements triple with no reified statement still counts: give it a stable key."""
    for r in rows:
        if r["iri"] is None:
            r["iri"] = f"{r['document']} {r['target']}"
    return rows


def records(store: Queryable, graph: str | None = None) -> dict[str, list[Record]]:
    """Every article's records, by article id (an article with no facts has an empty list)."""
    bindings = {"graph": Term.uri(graph)} if graph else None
    out: dict[str, list[Record]] = {str(r["doc"]): [] for r in _rows(store, "articles", bindings)}
    order: dict[str, list[tuple[tuple[Any, ...], Record]]] = defaultdict(list)
    for kind in TYPES:
        rows = _rows(store, f"facts-{kind}", bindings)
        if kind == "implements":
            rows = _implements_rows(rows)
        for rs in _first_per_iri(rows).values():
            rec = _BUILDERS[kind](rs)
            doc = str(rec["doc"])
            out.setdefault(doc, [])
            begin = rs[0]["begin"]
            key = (TYPES.index(kind), begin is None, begin or 0, json.dumps(rec, ensure_ascii=False))
            order[doc].append((key, rec))
    for doc, keyed in order.items():
        out[doc] = [rec for _, rec in sorted(keyed, key=lambda kr: kr[0])]
    return out


def _write(path: Path, recs: list[Record]) -> None:
    """Write one .jsonl file atomically."""
    write_atomic(path, "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in recs), "the facts")


def export_facts(store: Queryable, out: Path, graph: str | None = None) -> int:
    """Write the facts of every article (or of one article graph); return the number of records.

    ``out`` ending in ``.jsonl`` is one file of all records; otherwise a directory that
    gets ``<article id>.jsonl`` per article (an empty file for an article without facts).
    """
    out = Path(out)
    by_doc = records(store, graph)
    try:
        if out.suffix == ".jsonl":
            out.parent.mkdir(parents=True, exist_ok=True)
            _write(out, [rec for doc in sorted(by_doc) for rec in by_doc[doc]])
        else:
            out.mkdir(parents=True, exist_ok=True)
            for doc in sorted(by_doc):
                _write(out / f"{_filename(doc)}.jsonl", by_doc[doc])
    except OSError as e:
        raise ExportError(f"cannot write the facts to {out}: {e.strerror or e}") from e
    return sum(len(v) for v in by_doc.values())


def _filename(doc: str) -> str:
    """An article id as a file name (ids are file stems; guard against path separators)."""
    return doc.replace("/", "_").replace(os.sep, "_")
