"""The whole build path into a store: idempotent, atomic per article, bad input skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA
from vnkg.builder import build as build_module
from vnkg.builder.build import build
from vnkg.builder.store import OxigraphStore
from vnkg.ontology import iris


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


ART_A = (
    "Ngày 3/4/2024, Ban Thường vụ Tỉnh ủy Quảng Ngãi tổ chức hội nghị.\n"
    "Đồng chí Đinh Văn Kha, Bí thư Tỉnh ủy Quảng Ngãi chủ trì."
)
ART_B = "Đồng chí Trương Thị Mai Hoa, Phó Bí thư Huyện ủy Sơn Hà, tỉnh Quảng Ngãi phát biểu."
ART_C = "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Tỉnh ủy Kon Tum ban hành Kế hoạch số 12-KH/TU."


def test_building_twice_leaves_the_same_quads(built_seeds: Path, seeds_dir: Path) -> None:
    store = OxigraphStore(built_seeds)
    before = store.count()
    assert before > 0
    report = build([seeds_dir], store)
    assert report.ok and report.articles == 5
    assert store.count() == before
    store.close()


def test_one_graph_per_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    _write(folder, "b.txt", ART_B)
    store = OxigraphStore(None)
    build([folder], store)
    graphs = store.graphs()
    assert iris.article_graph("a") in graphs and iris.article_graph("b") in graphs


def test_bad_inputs_are_skipped_and_the_rest_built(tmp_path: Path) -> None:
    good = _write(tmp_path, "tot.txt", ART_B)
    seen: list[str] = []
    store = OxigraphStore(None)
    report = build(
        [DATA / "empty.txt", DATA / "binary.txt", good, DATA / "mixed.jsonl"],
        store,
        on_error=lambda e: seen.append(str(e)),
    )
    assert not report.ok
    assert report.articles == 3  # tot, ok-1, ok-2
    assert seen == [str(e) for e in report.errors]
    assert seen[0] == f"{DATA / 'empty.txt'}: is empty"
    assert f"{DATA / 'mixed.jsonl'}:2: not valid JSON" in seen[2]
    assert iris.article_graph("tot") in store.graphs()


def test_an_interrupted_build_leaves_the_article_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    for name, text in (("a.txt", ART_A), ("b.txt", ART_B), ("c.txt", ART_C)):
        _write(folder, name, text)
    store = OxigraphStore(tmp_path / "store")
    build([folder], store)
    graph_c = iris.article_graph("c")
    before = store.dump("nquads", graph=graph_c)

    _write(folder, "c.txt", ART_C.replace("Kon Tum", "Gia Lai"))
    real_emit = build_module.emit.emit_nquads
    calls = {"n": 0}

    def emit_then_interrupt(found):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real_emit(found)

    monkeypatch.setattr(build_module.emit, "emit_nquads", emit_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        build([folder], store)
    assert store.dump("nquads", graph=graph_c) == before
    assert iris.article_graph("a") in store.graphs() and iris.article_graph("b") in store.graphs()
    store.close()


def test_a_failing_article_is_reported_not_fatal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    _write(folder, "b.txt", ART_B)

    def broken(article, sentences):  # type: ignore[no-untyped-def]
        if article.id == "a":
            raise ValueError("boom")
        return real(article, sentences)

    real = build_module.extract
    monkeypatch.setattr(build_module, "extract", broken)
    store = OxigraphStore(None)
    report = build([folder], store)
    assert report.articles == 1
    assert [str(e) for e in report.errors] == [f"{folder / 'a.txt'}: could not be processed (ValueError: boom)"]


def test_reference_graphs_are_written_once_while_unchanged(tmp_path: Path) -> None:
    from vnkg.builder.build import REFERENCE_GRAPH, load_reference

    store = OxigraphStore(tmp_path / "s")
    first = load_reference(store)
    assert first > 800  # the ontology, 63 + 705 + 34 places and the merger
    count = store.count()
    assert load_reference(store) == 0 and store.count() == count
    # A store whose reference was made from other sources gets them again.
    store.replace_graphs({REFERENCE_GRAPH: []})
    assert load_reference(store) == first and store.count() == count


def test_a_failed_write_stops_the_build_with_its_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnkg.errors import StoreError

    folder = tmp_path / "in"
    for n in range(3):
        _write(folder, f"{n}.txt", ART_B)
    store = OxigraphStore(tmp_path / "s")
    load_reference_first = build([], store)  # the reference graphs are written before any article
    assert load_reference_first.articles == 0

    def full_disk(graphs):  # type: ignore[no-untyped-def]
        raise StoreError(f"{store.location}: write failed (No space left on device)")

    monkeypatch.setattr(store, "replace_graphs", full_disk)
    monkeypatch.setattr(build_module, "BATCH_QUADS", 1)  # a batch per article
    with pytest.raises(StoreError, match="No space left on device"):
        build([folder], store)
