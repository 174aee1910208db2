"""Query results as people and programs read them, and what a store must answer.

The records themselves (:class:`Term`, :class:`Results`) live in :mod:`vnkg.records`,
so that stores (in the builder) and readers (queries, exports) share them without
importing each other.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Protocol

from vnkg.records import Results, Term

__all__ = ["FORMATTERS", "Queryable", "Results", "Term", "format_results", "to_csv", "to_json", "to_table"]


def to_csv(results: Results, delimiter: str = ",") -> str:
    """The rows as CSV (or TSV), a header line first."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(results.variables)
    for row in results.rows:
        writer.writerow(["" if t is None else t.value for t in row])
    return buf.getvalue()


def to_json(results: Results) -> str:
    """The rows as SPARQL 1.1 Query Results JSON."""
    bindings = []
    for row in results.dicts():
        b = {}
        for v, t in row.items():
            d: dict[str, str] = {"type": t.kind, "value": t.value}
            if t.datatype:
                d["datatype"] = t.datatype
            if t.lang:
                d["xml:lang"] = t.lang
            b[v] = d
        bindings.append(b)
    doc = {"head": {"vars": list(results.variables)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False, indent=1)


def to_table(results: Results) -> str:
    """The rows as an aligned text table (what a person reads in a terminal)."""
    cells = [list(results.variables)] + [["" if t is None else t.value for t in row] for row in results.rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(results.variables))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


class Queryable(Protocol):
    """What exports and queries need of a store: SELECT and a dump of its quads."""

    def select(self, sparql: str, bindings: Mapping[str, Term] | None = None) -> Results:
        """Run a SELECT (or ASK) query, with variables bound to RDF terms."""
        ...

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """Serialise the whole store (or one named graph) as ``fmt``.

        ``fmt`` is a pyoxigraph-style name: "nquads", "trig", "turtle", "ntriples".
        """
        ...


def to_tsv(results: Results) -> str:
    """The rows as tab-separated values, a header line first."""
    return to_csv(results, delimiter="\t")


# Output formats by name.
FORMATTERS = {"table": to_table, "csv": to_csv, "tsv": to_tsv, "json": to_json}


def format_results(results: Results, fmt: str) -> str:
    """The results in one of :data:`FORMATTERS`."""
    from vnkg.errors import UsageError

    try:
        return FORMATTERS[fmt](results)
    except KeyError:
        raise UsageError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATTERS)}") from None


def parse_params(params: tuple[str, ...] | list[str]) -> dict[str, Term]:
    """``NAME=VALUE`` pairs as bindings: ``<…>`` is an IRI, anything else a string literal."""
    from vnkg.errors import UsageError

    bindings: dict[str, Term] = {}
    for item in params:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name.isidentifier():
            raise UsageError(f"--param {item!r}: write it as NAME=VALUE")
        if value.startswith("<") and value.endswith(">"):
            bindings[name] = Term.uri(value[1:-1])
        else:
            bindings[name] = Term.literal(value)
    return bindings
