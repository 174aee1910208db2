"""Exports read only the store: RDF formats, the facts JSON Lines, and (later) network and table formats.

Exporters are found by name (every alias listed), rdflib-plugin style, and imported
lazily so that a format's dependencies load only when it is asked for.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from vnkg.errors import UsageError
from vnkg.queries.results import Queryable

RDF_FORMATS = ("turtle", "ttl", "trig", "nquads", "nq", "ntriples", "nt", "jsonld", "json-ld")


def run_export(store: Queryable, fmt: str, out: Path | None, graph: str | None = None) -> str:
    """Export ``store`` as ``fmt`` to ``out`` (stdout when None); return a summary line."""
    import sys

    fmt = fmt.lower()
    if fmt in ("facts", "jsonl", "facts-jsonl"):
        if out is None:
            raise UsageError("facts export needs -o DIR (one .jsonl per article) or -o FILE.jsonl")
        facts = importlib.import_module("vnkg.exports.facts")
        n = facts.export_facts(store, out)
        return f"wrote {n} facts to {out}"
    if fmt in RDF_FORMATS:
        rdf = importlib.import_module("vnkg.exports.rdf")
        data = rdf.export_rdf(store, fmt, out, graph=graph)
        if out is None and data is not None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return ""
        return f"wrote {fmt} to {out}"
    raise UsageError(f"unknown export format {fmt!r}; choose one of facts, {', '.join(RDF_FORMATS)}")
