"""Exports read only the store: RDF formats, the facts JSON Lines, networks, CSV tables and Popolo JSON.

Exporters are found by name (every alias listed), rdflib-plugin style, and imported
lazily so that a format's dependencies load only when it is asked for.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from vnkg.errors import UsageError
from vnkg.queries.results import Queryable

RDF_FORMATS = ("turtle", "ttl", "trig", "nquads", "nq", "ntriples", "nt", "jsonld", "json-ld")
NETWORK_FORMATS = ("graphml", "gexf")
TABLE_FORMATS = ("csv",)
POPOLO_FORMATS = ("popolo", "popolo-json")
FORMATS = ("facts", *RDF_FORMATS, *NETWORK_FORMATS, *TABLE_FORMATS, "popolo")


def _to_stdout(data: bytes | str | None) -> str:
    """Write an export's data to stdout; nothing is left to report."""
    import sys

    if data is not None:
        sys.stdout.buffer.write(data.encode("utf-8") if isinstance(data, str) else data)
        sys.stdout.flush()
    return ""


def run_export(
    store: Queryable,
    fmt: str,
    out: Path | None,
    graph: str | None = None,
    table: str | None = None,
    province: str | None = None,
) -> str:
    """Export ``store`` as ``fmt`` to ``out`` (stdout when None); return a summary line.

    ``table`` picks one CSV table (posts, documents, statistics, events); without it the
    csv format writes all four into the folder ``out``. ``province`` limits an RDF export
    to the article graphs that name the province or one of its districts.
    """
    import sys

    fmt = fmt.lower()
    if province is not None and (fmt not in RDF_FORMATS or graph is not None):
        raise UsageError("--province goes with an RDF format (turtle, trig, nquads, ntriples, jsonld), not --graph")
    if table is not None and fmt not in TABLE_FORMATS:
        raise UsageError(f"--table goes with --format csv, not {fmt}")
    if fmt in NETWORK_FORMATS:
        network = importlib.import_module("vnkg.exports.network")
        data, message = network.export_network(store, fmt, out, graph=graph)
        return _to_stdout(data) if out is None else message
    if fmt in TABLE_FORMATS:
        tables = importlib.import_module("vnkg.exports.tables")
        text, message = tables.export_tables(store, out, table=table, graph=graph)
        return _to_stdout(text) if out is None else message
    if fmt in POPOLO_FORMATS:
        popolo = importlib.import_module("vnkg.exports.popolo")
        text, message = popolo.export_popolo(store, out, graph=graph)
        return _to_stdout(text) if out is None else message
    if fmt in ("facts", "jsonl", "facts-jsonl"):
        if out is None:
            raise UsageError("facts export needs -o DIR (one .jsonl per article) or -o FILE.jsonl")
        facts = importlib.import_module("vnkg.exports.facts")
        n = facts.export_facts(store, out, graph=graph)
        return f"wrote {n} facts to {out}"
    if fmt in RDF_FORMATS:
        rdf = importlib.import_module("vnkg.exports.rdf")
        graphs = rdf.province_graphs(store, province) if province is not None else None
        data = rdf.export_rdf(store, fmt, out, graph=graph, graphs=graphs)
        if out is None and data is not None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return ""
        return f"wrote {fmt} to {out}"
    raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
