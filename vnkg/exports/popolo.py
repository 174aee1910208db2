"""The people and their posts as Popolo JSON (popoloproject.com): persons, organizations, posts, memberships, areas.

Reads the store through the ``network-posts``, ``network-bodies``, ``network-places``
and ``articles`` named queries. A membership is one person holding one role in one
body, however many articles attest it; the news only says that someone holds a post
*as of* an article's date, so those dates are not ``start_date``: each article is a
``sources`` entry whose ``note`` gives the date attested, the status, the sentence and
the article. Every ``*_id`` refers to an object of the same file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnkg.exports.files import write_atomic
from vnkg.queries import catalog
from vnkg.queries.results import Queryable, Term

Row = dict[str, Any]  # a query row: variable -> Python value (None when unbound)
Obj = dict[str, Any]

# How an article's status of a post reads in a source note.
_STATUS = {"current": "holds the post", "elected": "elected or appointed", "relieved": "relieved of the post"}


def _rows(store: Queryable, name: str, bindings: dict[str, Term] | None) -> list[Row]:
    return list(store.select(catalog.load(name).text, bindings).values())


def _tail(iri: str, marker: str) -> str:
    """The part of an IRI after ``marker`` (``…/person/1976-45/name-hash`` -> ``1976-45/name-hash``)."""
    return iri.split(marker, 1)[1] if marker in iri else iri.rsplit("/", 1)[-1]


@dataclass
class _Popolo:
    """The five Popolo collections, keyed by id while they are gathered."""

    places: dict[str, Row]
    bodies: dict[str, Row]
    articles: dict[str, Row]
    persons: dict[str, Obj] = field(default_factory=dict)
    organizations: dict[str, Obj] = field(default_factory=dict)
    areas: dict[str, Obj] = field(default_factory=dict)
    posts: dict[str, Obj] = field(default_factory=dict)
    memberships: dict[str, Obj] = field(default_factory=dict)

    def area(self, iri: str) -> str:
        if iri not in self.areas:
            p = self.places.get(iri, {})
            a: Obj = {
                "id": iri,
                "name": p.get("name") or _tail(iri, "/place/"),
                "classification": p.get("level") or "province",
            }
            if p.get("code"):
                a["identifiers"] = [{"scheme": "gso", "identifier": p["code"]}]
            self.areas[iri] = a
            parent = p.get("parent")
            if parent:
                self.places.setdefault(str(parent), {"name": p.get("parentname"), "level": "province"})
                a["parent_id"] = self.area(str(parent))
        return iri

    def organization(self, iri: str) -> str:
        if iri not in self.organizations:
            b = self.bodies.get(iri, {})
            o: Obj = {"id": iri, "name": b.get("label") or _tail(iri, "/body/")}
            if b.get("type"):
                o["classification"] = b["type"]
            self.organizations[iri] = o
            if b.get("place"):
                o["area_id"] = self.area(str(b["place"]))
            if b.get("parent"):
                o["parent_id"] = self.organization(str(b["parent"]))
        return iri

    def post(self, org: str, role: str, role_iri: str) -> str:
        pid = f"{org}/post/{_tail(role_iri, '/role/')}"
        if pid not in self.posts:
            o = self.organizations[org]
            p: Obj = {"id": pid, "label": f"{role} {o['name']}", "role": role, "organization_id": org}
            if o.get("area_id"):
                p["area_id"] = o["area_id"]
            self.posts[pid] = p
        return pid

    def membership(self, r: Row) -> None:
        person = str(r["person"])
        self.persons.setdefault(person, {"id": person, "name": r["name"]})
        org = self.organization(str(r["body"]))
        post = self.post(org, str(r["role"]), str(r["roleiri"]))
        mid = f"{post}/member/{_tail(person, '/person/')}"
        m = self.memberships.setdefault(
            mid,
            {
                "id": mid,
                "person_id": person,
                "organization_id": org,
                "post_id": post,
                "role": r["role"],
                "sources": [],
            },
        )
        if self.posts[post].get("area_id"):
            m["area_id"] = self.posts[post]["area_id"]
        source = self._source(r)
        if source not in m["sources"]:
            m["sources"].append(source)

    def _source(self, r: Row) -> Obj:
        """An article attesting a membership: its URL (or IRI) and a note with date, status and sentence."""
        art = self.articles.get(str(r["doc"]), {})
        url = art.get("url") or art.get("article")
        title = art.get("title") or r["doc"]
        note = f"attested {r.get('attested') or 'undated'} ({_STATUS.get(str(r.get('status')), 'holds the post')})"
        note += f" in article {r['doc']}"
        if title != r["doc"]:
            note += f" «{title}»"
        if r.get("evidence"):
            note += f": «{str(r['evidence']).strip()}»"
        return {"url": url, "note": note}

    def document(self) -> Obj:
        for m in self.memberships.values():
            m["sources"] = sorted(m["sources"], key=lambda s: (str(s["note"]), str(s["url"])))
        return {
            "persons": _sorted(self.persons),
            "organizations": _sorted(self.organizations),
            "memberships": _sorted(self.memberships),
            "posts": _sorted(self.posts),
            "areas": _sorted(self.areas),
        }


def _sorted(objs: dict[str, Obj]) -> list[Obj]:
    return [objs[k] for k in sorted(objs)]


def popolo(store: Queryable, graph: str | None = None) -> Obj:
    """The Popolo document of the store (or of one article graph) as Python data."""
    bindings = {"graph": Term.uri(graph)} if graph else None
    data = _Popolo(
        places={str(r["place"]): r for r in _rows(store, "network-places", bindings)},
        bodies={str(r["body"]): r for r in _rows(store, "network-bodies", bindings)},
        articles={str(r["doc"]): r for r in _rows(store, "articles", bindings)},
    )
    for b in sorted(data.bodies):
        data.organization(b)
    for r in _rows(store, "network-posts", bindings):
        data.membership(r)
    return data.document()


def export_popolo(store: Queryable, out: Path | None, graph: str | None = None) -> tuple[str | None, str]:
    """Write the Popolo JSON to ``out`` (atomically) or return its text when ``out`` is None; and a summary."""
    doc = popolo(store, graph)
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    summary = ", ".join(f"{len(v)} {k}" for k, v in doc.items())
    if out is None:
        return text, ""
    write_atomic(out, text, "the Popolo JSON")
    return None, f"wrote {summary} to {out}"
