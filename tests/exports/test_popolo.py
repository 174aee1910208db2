"""Popolo JSON: the collections and field names of the spec, and every *_id pointing into the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.exports.sample_graph import invented_store
from vnkg.builder.store import OxigraphStore
from vnkg.exports import popolo, run_export

Doc = dict[str, list[dict]]


@pytest.fixture(scope="module")
def doc() -> Doc:
    return popolo.popolo(invented_store())


def by_id(doc: Doc, key: str) -> dict[str, dict]:
    return {o["id"]: o for o in doc[key]}


def check_references(doc: Doc) -> None:
    """Every reference of a Popolo document resolves inside it."""
    persons, orgs, posts, areas = (by_id(doc, k) for k in ("persons", "organizations", "posts", "areas"))
    for m in doc["memberships"]:
        assert m["person_id"] in persons
        assert m["organization_id"] in orgs
        assert m["post_id"] in posts
        assert posts[m["post_id"]]["organization_id"] == m["organization_id"]
        assert "start_date" not in m  # the news attests a post as of a date; it does not say when it began
        assert m["sources"] and all(s["url"] and s["note"].startswith("attested ") for s in m["sources"])
    for o in doc["organizations"]:
        assert o.get("parent_id") in (None, *orgs)
        assert o.get("area_id") in (None, *areas)
    for p in doc["posts"]:
        assert p.get("area_id") in (None, *areas)
    for a in doc["areas"]:
        assert a.get("parent_id") in (None, *areas)


def test_the_five_collections_with_popolo_field_names(doc: Doc) -> None:
    assert list(doc) == ["persons", "organizations", "memberships", "posts", "areas"]
    assert all(set(p) == {"id", "name"} for p in doc["persons"])
    allowed = {
        "organizations": {"id", "name", "classification", "parent_id", "area_id"},
        "memberships": {"id", "person_id", "organization_id", "post_id", "role", "area_id", "sources"},
        "posts": {"id", "label", "role", "organization_id", "area_id"},
        "areas": {"id", "name", "classification", "identifiers", "parent_id"},
    }
    for key, fields in allowed.items():
        for obj in doc[key]:
            assert set(obj) <= fields, (key, obj)
    check_references(doc)


def test_a_membership_its_post_and_its_organization(doc: Doc) -> None:
    persons = {p["name"]: p for p in doc["persons"]}
    lan = persons["Phan Thị Ngọc Lan"]
    (m,) = [m for m in doc["memberships"] if m["person_id"] == lan["id"]]
    assert m["role"] == "Phó Bí thư Thường trực"
    org = by_id(doc, "organizations")[m["organization_id"]]
    assert (org["name"], org["classification"]) == ("Tỉnh ủy Quảng Trị", "Tỉnh ủy")
    post = by_id(doc, "posts")[m["post_id"]]
    assert post["label"] == "Phó Bí thư Thường trực Tỉnh ủy Quảng Trị"
    area = by_id(doc, "areas")[org["area_id"]]
    assert (area["name"], area["classification"], area["identifiers"]) == (
        "Quảng Trị",
        "province",
        [{"scheme": "gso", "identifier": "45"}],
    )
    (source,) = m["sources"]
    assert source["note"].startswith("attested 2024-01-12 (holds the post) in article inv_quang_tri")
    assert "Phó Bí thư Thường trực Tỉnh ủy." in source["note"]


def test_boards_and_districts_point_to_their_parents(doc: Doc) -> None:
    orgs = {o["name"]: o for o in doc["organizations"]}
    assert orgs["Ban Thường vụ Tỉnh ủy Quảng Trị"]["parent_id"] == orgs["Tỉnh ủy Quảng Trị"]["id"]
    areas = {a["name"]: a for a in doc["areas"]}
    assert areas["Vĩnh Linh"]["classification"] == "district"
    assert areas["Vĩnh Linh"]["parent_id"] == areas["Quảng Trị"]["id"]


def test_written_as_json(tmp_path: Path) -> None:
    out = tmp_path / "popolo.json"
    message = run_export(invented_store(), "popolo", out)
    assert message.startswith("wrote 5 persons, 7 organizations, 6 memberships, 6 posts, 3 areas to ")
    assert json.loads(out.read_text(encoding="utf-8")) == popolo.popolo(invented_store())


def test_the_seeds(built_seeds: Path) -> None:
    store = OxigraphStore(built_seeds)
    try:
        doc = popolo.popolo(store)
    finally:
        store.close()
    check_references(doc)
    person = next(p for p in doc["persons"] if p["name"] == "Lò Văn Muôn")
    orgs = by_id(doc, "organizations")
    held = {
        (m["role"], orgs[m["organization_id"]]["name"]) for m in doc["memberships"] if m["person_id"] == person["id"]
    }
    assert ("Phó Bí thư Thường trực", "Tỉnh ủy Điện Biên") in held
