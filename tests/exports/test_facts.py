"""export_facts: facts -> emit -> store -> SPARQL -> the JSON Lines of FACTS.md."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from tests.builder.test_emit import HA_GIANG, sample_facts
from tests.conftest import GOLD, SEEDS, SHARED, need_shared
from vnkg.builder import gazetteer
from vnkg.builder.emit import emit
from vnkg.builder.store import OxigraphStore
from vnkg.exports.facts import export_facts, records
from vnkg.ontology import iris
from vnkg.records import (
    Article,
    ArticleFacts,
    Document,
    DocumentRef,
    Event,
    Evidence,
    Implements,
    Place,
    Post,
    Statistic,
)


def store_of(*afs: ArticleFacts) -> OxigraphStore:
    """An in-memory store with each article's graph."""
    store = OxigraphStore(None)
    store.replace_graphs({iris.article_graph(af.article.id): emit(af) for af in afs})
    return store


def test_records_come_back_from_the_graph() -> None:
    recs = records(store_of(sample_facts()))["hg01"]
    assert [r["type"] for r in recs] == ["post", "post", "document", "document", "implements", "statistic", "event"]
    (first,) = [r for r in recs if r["type"] == "post" and r["role"] == "Phó Bí thư Thường trực"]
    post = {k: first[k] for k in ("person", "role", "org", "place", "attested")}
    assert post == {
        "person": "Sùng Minh Khoa",
        "role": "Phó Bí thư Thường trực",
        "org": "Tỉnh ủy",
        "place": "Hà Giang",
        "attested": "2024-07-05",
    }
    assert first["evidence"].startswith("Đồng chí Sùng Minh Khoa")
    assert first["iri"].startswith("https://w3id.org/vnkg/id/membership/hg01/")
    (doc,) = [r for r in recs if r["type"] == "document" and r["code"] == "21-NQ/TW"]
    assert (doc["kind"], doc["code"], doc["number"], doc["issuer"], doc["date"]) == (
        "Nghị quyết",
        "21-NQ/TW",
        "21",
        "Ban Chấp hành Trung ương",
        "2022-06-16",
    )
    assert (recs[4]["document"], recs[4]["target"]) == ("35-CTr/TU", "21-NQ/TW")
    stat = recs[5]
    assert (stat["measure"], stat["value"], stat["place"], stat["date"]) == (
        "party_members",
        61250,
        "Hà Giang",
        "2024-06",
    )
    event = recs[6]
    assert (event["date"], event["organizer"], event["place"], event["chair"]) == (
        "2024-07-05",
        "Ban Thường vụ Tỉnh ủy",
        "Hà Giang",
        "Sùng Minh Khoa",
    )


def test_a_folder_gets_one_file_per_article_even_without_facts(tmp_path: Path) -> None:
    empty = ArticleFacts(Article("hg02", "Không có dữ kiện.", "test"), ())
    n = export_facts(store_of(sample_facts(), empty), tmp_path / "out")
    assert n == 7
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["hg01.jsonl", "hg02.jsonl"]
    assert (tmp_path / "out" / "hg02.jsonl").read_text() == ""
    lines = (tmp_path / "out" / "hg01.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7 and json.loads(lines[0])["doc"] == "hg01"


def test_one_jsonl_file_and_one_graph(tmp_path: Path) -> None:
    other = ArticleFacts(
        Article("cb01", "x" * 40, "test"),
        (),
        (Statistic("party_cells", 1203, Place("04", "Cao Bằng", "province"), Evidence("cb01", 0, 40, "x" * 40)),),
    )
    store = store_of(sample_facts(), other)
    assert export_facts(store, tmp_path / "all.jsonl") == 8
    assert {json.loads(x)["doc"] for x in (tmp_path / "all.jsonl").read_text().splitlines()} == {"hg01", "cb01"}
    assert export_facts(store, tmp_path / "one.jsonl", graph=iris.article_graph("cb01")) == 1
    assert not list(tmp_path.glob(".*.tmp"))  # temporary files renamed away


def test_a_post_told_twice_is_one_record() -> None:
    af = sample_facts()
    twice = ArticleFacts(af.article, af.places, af.facts[:1] + af.facts[:1])
    assert len(records(store_of(twice))["hg01"]) == 1


def test_national_bodies_have_a_null_place() -> None:
    af = sample_facts()
    national = ArticleFacts(
        af.article,
        af.places,
        (Post("Sùng Minh Khoa", "Ủy viên", "Ban Chấp hành Trung ương", HA_GIANG, af.facts[0].evidence),),
    )
    (rec,) = records(store_of(national))["hg01"]
    assert rec["place"] is None and rec["org"] == "Ban Chấp hành Trung ương"


# --- the seeds' gold facts survive the round trip (scored by the project's scorer) ---------


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _first(v: object) -> object:
    return v[0] if isinstance(v, list) else v


def _place(name: object) -> Place | None:
    if not name:
        return None
    found = [p for p in gazetteer.lookup(str(name)) if p.era == "1976"]
    assert found, name
    return found[0]


def _ref(r: dict, documents: dict[str, DocumentRef]) -> DocumentRef:
    if isinstance(r, str):
        return documents[r]
    return DocumentRef(
        r["kind"],
        number=r.get("number"),
        plenum=r.get("plenum"),
        congress=r.get("congress"),
        term=r.get("term"),
        issuer="Ban Chấp hành Trung ương" if r.get("plenum") else None,
    )


def _gold_facts(path: Path) -> ArticleFacts:
    """Facts made by hand from a gold file (first accepted value of each field)."""
    doc = path.stem
    text = (SEEDS / f"{doc}.txt").read_text(encoding="utf-8")
    evidence = Evidence(doc, 0, 20, text[:20])
    recs = [
        {k: _first(v) for k, v in json.loads(x).items()} | {"raw": json.loads(x)}
        for x in path.read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    documents, facts = {}, []
    for r in recs:
        if r["type"] == "document":
            ref = DocumentRef(
                r["kind"],
                r["code"],
                r["number"],
                r["issuer"],
                date=r["date"],
                term=r["term"],
                plenum=r.get("plenum"),
                congress=r.get("congress"),
                congress_place=_place(r.get("place")),
            )
            documents[r["code"] or repr(ref)] = ref
            facts.append(Document(ref, evidence))
    for r in recs:
        t = r["type"]
        if t == "post":
            facts.append(Post(r["person"], r["role"], r["org"], _place(r["place"]), evidence))
        elif t == "implements":
            facts.append(Implements(_ref(r["document"], documents), _ref(r["target"], documents), evidence))
        elif t == "statistic":
            facts.append(Statistic(r["measure"], r["value"], _place(r["place"]), evidence, date=r["date"]))
        elif t == "event":
            raw = r["raw"].get("chair")
            chairs = raw if isinstance(raw, list) else ([raw] if raw else [])
            facts.append(
                Event(
                    r["kind"], r["date"], _place(r["place"]), evidence, organizer=r["organizer"], chairs=tuple(chairs)
                )
            )
    return ArticleFacts(Article(doc, text, "gold"), (), tuple(facts))


def test_gold_facts_round_trip_through_the_graph(tmp_path: Path) -> None:
    need_shared()
    afs = [_gold_facts(p) for p in sorted(GOLD.glob("*.jsonl"))]
    export_facts(store_of(*afs), tmp_path)
    score = _scorer()
    gold, docs = score.load(str(GOLD))
    pred, _ = score.load(str(tmp_path))
    result, show = score.score(gold, pred, score.TYPES, docs)
    assert result["all"]["f1"] == 1.0, show
    assert result["all"]["gold"] == result["all"]["tp_gold"] > 40
