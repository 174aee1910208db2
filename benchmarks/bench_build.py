"""The whole build path, text to quads in an on-disk store: speed and peak memory.

Builds a JSON Lines corpus made by cycling real articles (the project's examples, and
the seed and dev articles from ../shared when present) under fresh ids, then prints
MB of text per second (one process, one core), the time each stage takes, and the
peak memory of builds of three sizes — it must not grow with the number of articles.

    python benchmarks/bench_build.py [MB]      # builds of MB/4, MB and 2 MB (default 32)

Every build writes several batches (``BATCH_QUADS``), so their peaks compare the steady state.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def texts() -> list[str]:
    """The articles the corpus cycles through."""
    files = sorted((ROOT / "examples").glob("*.txt"))
    for folder in (SHARED / "seeds", SHARED / "eval" / "dev" / "texts"):
        files += sorted(folder.glob("*.txt")) if folder.is_dir() else []
    out = [f.read_text(encoding="utf-8") for f in files]
    for jl in sorted((ROOT / "examples").glob("*.jsonl")):
        out += [json.loads(line)["text"] for line in jl.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def write_corpus(path: Path, megabytes: float) -> tuple[int, int]:
    """A JSONL corpus of about ``megabytes`` MB of article text; returns (articles, bytes)."""
    pool = texts()
    n = size = 0
    with path.open("w", encoding="utf-8") as f:
        while size < megabytes * 1e6:
            text = pool[n % len(pool)]
            f.write(json.dumps({"id": f"bench-{n:07d}", "text": text}, ensure_ascii=False) + "\n")
            n += 1
            size += len(text.encode("utf-8"))
    return n, size


def stages(corpus: Path) -> dict[str, float]:
    """Seconds spent in each stage over the corpus, in memory (no store)."""
    from vnkg.builder import emit, normalise
    from vnkg.builder.extract import extract
    from vnkg.builder.read import iter_articles
    from vnkg.records import RawArticle

    spent = {"read+normalise": 0.0, "extract": 0.0, "emit": 0.0}
    t = time.perf_counter()
    for raw in iter_articles([corpus]):
        assert isinstance(raw, RawArticle)
        a = normalise.prepare(raw)
        sents = normalise.split_sentences(a.text)
        t1 = time.perf_counter()
        spent["read+normalise"] += t1 - t
        found = extract(a, sents)
        t2 = time.perf_counter()
        spent["extract"] += t2 - t1
        emit.emit_nquads(found)
        t = time.perf_counter()
        spent["emit"] += t - t2
    return spent


def child(megabytes: float) -> None:
    """Build a corpus of this size into a fresh on-disk store; print JSON figures."""
    from vnkg.builder.build import build
    from vnkg.builder.store import OxigraphStore

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n, size = write_corpus(corpus, megabytes)
        store = OxigraphStore(Path(tmp) / "store")
        before = resource.getrusage(resource.RUSAGE_SELF)
        start = time.perf_counter()
        report = build([corpus], store)
        elapsed = time.perf_counter() - start
        store.close()
        after = resource.getrusage(resource.RUSAGE_SELF)
        # CPU time of every thread of the process: the building thread, the writer and RocksDB's own.
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        figures = {"articles": n, "mb": size / 1e6, "seconds": elapsed, "cpu": cpu, "quads": report.quads}
        print(json.dumps(figures | {"peak_mb": after.ru_maxrss / 1024}))


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 32.0
    if len(sys.argv) > 2 and sys.argv[2] == "--child":
        child(megabytes)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "c.jsonl"
        n, size = write_corpus(corpus, min(megabytes, 5.0))
        spent = stages(corpus)
        total = sum(spent.values())
        print(f"stages over {n} articles, {size / 1e6:.1f} MB (no store):")
        for name, sec in spent.items():
            print(f"  {name:15} {sec:6.2f} s  {size / 1e6 / sec:8.2f} MB/s")
        print(f"  {'all':15} {total:6.2f} s  {size / 1e6 / total:8.2f} MB/s")
    results = []
    for mb in (megabytes / 4, megabytes, megabytes * 2):
        out = subprocess.run(
            [sys.executable, __file__, str(mb), "--child"], capture_output=True, text=True, check=True
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
    print("whole build path, text to quads in an on-disk store (one process; MB/s is wall clock,")
    print("MB per CPU-second counts the CPU time of all its threads):")
    for r in results:
        print(
            f"  {r['articles']:7d} articles  {r['mb']:6.1f} MB  {r['seconds']:6.1f} s  "
            f"{r['mb'] / r['seconds']:5.2f} MB/s  {r['mb'] / r['cpu']:5.2f} MB/CPU-s  "
            f"{r['quads'] / r['seconds']:9,.0f} quads/s  peak {r['peak_mb']:6.0f} MB"
        )
    grow = results[-1]["peak_mb"] / results[0]["peak_mb"]
    print(f"peak memory ratio for 8x the articles: {grow:.2f}")


if __name__ == "__main__":
    main()
