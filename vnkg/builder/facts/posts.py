"""Facts of kind post: who holds which post in which body of which place.

Reads the "title" mentions (each with its person, org, place candidates, status) and the
article's province and district from the resolve stage; adds one :class:`Post` per
(person, role, org, place) per article, with the sentence of its first clear statement
as evidence and the article's date as ``attested``. Former, proposed and removed posts,
titles that are never posts and titles of no named person give none.
"""

from __future__ import annotations

import bisect
from functools import cached_property

from vnkg.builder import gazetteer, resolve
from vnkg.builder.mentions import titles
from vnkg.records import ArticleContext, Evidence, Fact, Mention, Place, Post

_COUNTED = {"current", "elected", "relieved"}
_MINISTER = ("Bộ trưởng", "Thứ trưởng")


def extract(ctx: ArticleContext) -> list[Fact]:
    """The posts of one article, each once."""
    article = _Article(ctx)
    starts = [s.start for s in ctx.sentences]
    bare = titles.board_labels()
    seen: set[tuple[str, str, str, str | None]] = set()
    out: list[Fact] = []
    for m in ctx.mentions:
        if m.kind != "title" or m.value == "-":
            continue
        # Read many times below: one dict beats a scan per read (the first of a key wins, as in ``attr``).
        attrs = dict(reversed(m.attrs))
        if not attrs.get("person") or attrs.get("coref") or attrs.get("status") not in _COUNTED:
            continue
        org = attrs.get("org") or (_ministry(m, article.ministries) if m.value in _MINISTER else "")
        if not org:
            continue
        if attrs.get("kind") == "board" and org in bare:
            org = article.boards.get(org, "")  # a board of no committee the article names is no post we can place
            if not org:
                continue
        near = _near_district(ctx, starts, m, attrs, org) or article.district
        place = _place(attrs, org, ctx, near, article.merged)
        person = attrs.get("person") or ""
        key = (person, m.value, org, place.code if place else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            Post(
                person=person,
                role=m.value,
                org=org,
                place=place,
                evidence=_evidence(ctx, starts, m),
                attested=ctx.article.date,
                status=_status(attrs),
            )
        )
    return out


class _Article:
    """What the posts of an article share, each read when a post first needs it (most
    articles name no post, and then none is read)."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx

    @cached_property
    def district(self) -> Place | None:
        """The district the article is about."""
        return resolve.district(self.ctx)

    @cached_property
    def merged(self) -> bool:
        """Whether a commune body is named in an article of after the 2025 merger."""
        communal = any(m.kind == "title" and m.attr("level") == "commune" for m in self.ctx.mentions)
        return communal and resolve.after_merger(self.ctx)  # read the dates only when a commune body is named

    @cached_property
    def ministries(self) -> list[Mention]:
        """The ministries named, as bodies or in titles."""
        return [m for m in self.ctx.mentions if m.kind in ("body", "title") and m.attr("kind") == "ministry"]

    @cached_property
    def boards(self) -> dict[str, str]:
        """:func:`_boards` of the article."""
        return _boards(self.ctx, titles.board_labels())


def _boards(ctx: ArticleContext, bare: frozenset[str]) -> dict[str, str]:
    """A board written without its committee ("Phó Trưởng Ban Tổ chức") -> the one committee's
    board of that name the article writes in full ("Ban Tổ chức Tỉnh ủy")."""
    full: dict[str, set[str]] = {}
    for m in ctx.mentions:
        org = m.value if m.kind == "body" else m.attr("org") if m.kind == "title" else None
        if org and org not in bare and m.attr("kind") == "board":
            for label in bare:
                if org.startswith(label + " "):
                    full.setdefault(label, set()).add(org)
    return {label: next(iter(orgs)) for label, orgs in full.items() if len(orgs) == 1}


def _status(attrs: dict[str, str]) -> str:
    status = attrs.get("status") or "current"
    return status if status in ("elected", "relieved") else "current"


def _ministry(m: Mention, ministries: list[Mention]) -> str:
    """A minister written without the ministry ("Bộ trưởng X"): the ministry named nearest before, else after."""
    before = [b for b in ministries if b.start < m.start]
    pick = before[-1] if before else (ministries[0] if ministries else None)
    if pick is None:
        return ""
    return pick.value if pick.kind == "body" else pick.attr("org", "") or ""


def _place(attrs: dict[str, str], org: str, ctx: ArticleContext, district: Place | None, merged: bool) -> Place | None:
    """The written place, else the article's place at the body's level; None for national bodies."""
    kind, level = attrs.get("kind"), attrs.get("level")
    if level == "commune" and merged:
        return ctx.province  # the district is gone: a commune belongs to its (new) province
    code = (attrs.get("place") or "").split(",")[0]
    if code:
        return gazetteer.by_code(code)
    if kind in ("national", "ministry") or level == "national" or org.startswith("Bộ "):
        return None
    if org in ("Huyện ủy", "Quận ủy", "Thị ủy") or org.endswith((" Huyện ủy", " Quận ủy", " Thị ủy")):
        return district
    if level in ("district", "commune"):
        return district
    if org == "Thành ủy" or org.endswith(" Thành ủy") or level == "city":
        return _city(ctx, district)
    return ctx.province


# The kind of district a district committee belongs to ("Thị ủy" is a thị xã's).
_COMMITTEE_KIND = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã", "Thành ủy": "thành phố"}


def _near_district(ctx: ArticleContext, starts: list[int], m: Mention, attrs: dict[str, str], org: str) -> Place | None:
    """A district-level body written without its place ("Tại huyện X, đồng chí Y, Bí thư Huyện ủy
    cho biết"): the district of its kind named last before it in its sentence, in the province."""
    if attrs.get("place") or attrs.get("level") not in ("district", "city"):
        return None
    want = next((k for c, k in _COMMITTEE_KIND.items() if org == c or org.endswith(" " + c)), None)
    if want is None and attrs.get("level") == "city":
        return None
    i = bisect.bisect_right(starts, m.start) - 1
    lo = ctx.sentences[i].start if i >= 0 else 0
    best: tuple[int, Place] | None = None
    for p in ctx.mentions:
        if p.kind != "place" or not lo <= p.start < m.start or p.attr("level") != "district":
            continue
        if want is not None and p.attr("kind") != want:
            continue
        place = gazetteer.by_code(p.value)
        if place is None or (ctx.province is not None and place.parent != ctx.province.code):
            continue
        if best is None or p.start > best[0]:
            best = (p.start, place)
    return best[1] if best else None


def _city(ctx: ArticleContext, district: Place | None) -> Place | None:
    """A city's body written without its name ("Thành ủy", "UBND thành phố"): the article's
    province when it is a centrally-run city, else the provincial city the article is about
    (its district, or the one city of the province it names)."""
    if ctx.province is not None and gazetteer.kind_of(ctx.province) == "thành phố":
        return ctx.province
    if district is not None and gazetteer.kind_of(district) == "thành phố":
        return district
    cities = [
        p
        for p in ctx.places
        if p.level == "district"
        and gazetteer.kind_of(p) == "thành phố"
        and (ctx.province is None or p.parent == ctx.province.code)
    ]
    return cities[0] if len(cities) == 1 else None


def _evidence(ctx: ArticleContext, starts: list[int], m: Mention) -> Evidence:
    """The sentence the title is written in."""
    i = bisect.bisect_right(starts, m.start) - 1
    if i >= 0:
        s = ctx.sentences[i]
        return Evidence(ctx.article.id, s.start, s.end, s.text)
    return Evidence(ctx.article.id, m.start, m.end, m.text)
