"""Tables of facts as CSV: posts, documents, statistics and meetings, for pandas, R or Stata.

Reads the store through the ``table-*`` named queries and writes one row per fact:
the article's id, title and date, the fact's fields, the evidence sentence with its
character offsets in the article text, and the fact's IRI. UTF-8 with a header row,
columns in a fixed order, rows sorted by article and position, so two exports of the
same store are identical. Files are written to a temporary path and renamed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from vnkg.errors import ExportError, UsageError
from vnkg.exports.files import write_atomic
from vnkg.queries import catalog
from vnkg.queries.results import Queryable, Term

Row = dict[str, Any]  # a query row: variable -> Python value (None when unbound)

_HEAD = ("article_id", "article_title", "article_date")
_TAIL = ("evidence", "begin", "end", "iri")
# The columns of each table, in order (a change here is a change of the published format).
COLUMNS: dict[str, tuple[str, ...]] = {
    "posts": (*_HEAD, "person", "role", "org", "place", "status", "attested", *_TAIL),
    "documents": (
        *_HEAD,
        "kind",
        "code",
        "number",
        "issuer",
        "issuer_place",
        "date",
        "term",
        "plenum",
        "congress",
        "congress_place",
        "title",
        *_TAIL,
    ),
    "statistics": (*_HEAD, "measure", "measure_label", "value", "place", "date", "period_start", *_TAIL),
    "events": (*_HEAD, "kind", "name", "date", "place", "organizer", "chairs", *_TAIL),
}
TABLES = tuple(COLUMNS)
_CHAIRS_SEP = "; "


def _key(r: Row) -> tuple[str, bool, int, str]:
    begin = r.get("begin")
    return (str(r["article_id"]), begin is None, int(begin) if begin is not None else 0, str(r["iri"]))


def rows(store: Queryable, table: str, graph: str | None = None) -> list[Row]:
    """The rows of one table: one per fact (its earliest evidence), sorted by article and offset."""
    if table not in COLUMNS:
        raise UsageError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    bindings = {"graph": Term.uri(graph)} if graph else None
    raw = list(store.select(catalog.load(f"table-{table}").text, bindings).values())
    chairs: dict[object, set[str]] = {}
    first: dict[object, Row] = {}
    for r in sorted(raw, key=_key):
        if table == "events" and r.get("chair"):
            chairs.setdefault(r["iri"], set()).add(str(r["chair"]))
        first.setdefault(r["iri"], r)
    out = []
    for iri, r in first.items():
        if table == "events":
            r = r | {"chairs": _CHAIRS_SEP.join(sorted(chairs.get(iri, ())))}
        out.append({c: r.get(c) for c in COLUMNS[table]})
    return sorted(out, key=_key)


def to_csv(table: str, records: Iterable[Row]) -> str:
    """The rows as CSV text with a header line (empty cells for unknown values)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS[table])
    for r in records:
        writer.writerow(["" if r.get(c) is None else r[c] for c in COLUMNS[table]])
    return buf.getvalue()


def _write(path: Path, text: str) -> None:
    """Write one table atomically."""
    write_atomic(path, text, "the table")


def export_tables(
    store: Queryable, out: Path | None, table: str | None = None, graph: str | None = None
) -> tuple[str | None, str]:
    """Write one table (to ``out`` or, when None, return its text) or all four into the folder ``out``.

    Returns the CSV text when nothing was written, and a summary line.
    """
    if table is None and (out is None or out.suffix.lower() == ".csv"):
        raise UsageError(
            "csv export: name a table with --table (posts, documents, statistics, events), "
            "or give -o FOLDER to write all four"
        )
    chosen = [table] if table else list(TABLES)
    found = {t: rows(store, t, graph) for t in chosen}
    texts = {t: to_csv(t, rs) for t, rs in found.items()}
    counts = ", ".join(f"{len(rs)} {name}" for name, rs in found.items())
    if out is None:
        return texts[chosen[0]], ""
    try:
        if table:
            out.parent.mkdir(parents=True, exist_ok=True)
            _write(out, texts[table])
        else:
            out.mkdir(parents=True, exist_ok=True)
            for name, text in texts.items():
                _write(out / f"{name}.csv", text)
    except OSError as e:
        raise ExportError(f"cannot write the tables to {out}: {e.strerror or e}") from e
    return None, f"wrote {counts} to {out}"
