"""Store choice, measured: rdflib in memory vs pyoxigraph in memory and on disk.

Loads the same N statements (N-Quads, one named graph per 100 statements) into each
store and times the load and a SPARQL COUNT over all graphs. Run on demand:

    python benchmarks/bench_stores.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
import rdflib

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def make_nquads(n: int) -> bytes:
    """N synthetic statements about people, posts and bodies, spread over graphs."""
    lines = []
    for i in range(n):
        g = f"<https://w3id.org/vnkg/id/graph/a{i // 100}>"
        lines.append(f'<https://w3id.org/vnkg/id/person/p{i}> <http://xmlns.com/foaf/0.1/name> "Người {i}"@vi {g} .')
    return ("\n".join(lines) + "\n").encode("utf-8")


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    data = make_nquads(n)
    print(f"{n} statements, {len(data) / 1e6:.1f} MB of N-Quads")

    ds = rdflib.Dataset()
    _, t_load = timed(lambda: ds.parse(data=data, format="nquads"))
    res, t_q = timed(lambda: list(ds.query(COUNT)))
    print(f"rdflib (memory):     load {n / t_load:>10,.0f} stmt/s  COUNT {t_q * 1000:8.1f} ms -> {res[0][0]}")

    mem = ox.Store()
    _, t_load = timed(lambda: mem.bulk_load(data, format=ox.RdfFormat.N_QUADS))
    res2, t_q = timed(lambda: list(mem.query(COUNT)))
    print(
        f"pyoxigraph (memory):     load {n / t_load:>10,.0f} stmt/s  COUNT {t_q * 1000:8.1f} ms -> {res2[0][0].value}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        disk = ox.Store(str(Path(tmp) / "s"))
        _, t_load = timed(lambda: disk.bulk_load(data, format=ox.RdfFormat.N_QUADS))
        _, t_q = timed(lambda: list(disk.query(COUNT)))
        print(f"pyoxigraph (disk, bulk): load {n / t_load:>10,.0f} stmt/s  COUNT {t_q * 1000:8.1f} ms")
        disk2 = ox.Store(str(Path(tmp) / "t"))
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        _, t_load = timed(lambda: disk2.extend(quads))
        print(f"pyoxigraph (disk, txn):  load {n / t_load:>10,.0f} statements/s")
        body = " .\n".join(f"{q.subject} {q.predicate} {q.object}" for q in quads[:10000])
        upd = f"INSERT DATA {{ GRAPH <urn:x> {{ {body} . }} }}"
        _, t_u = timed(lambda: disk2.update(upd))
        print(f"pyoxigraph (disk, SPARQL INSERT DATA): {10000 / t_u:>10,.0f} statements/s")


if __name__ == "__main__":
    main()
