"""A list of one person's titles completed from itself: "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức
Huyện ủy Hoằng Hóa" is two posts of Hoằng Hóa's Huyện ủy.

Reads the :class:`Title` records :func:`titles.parse_chain` reads; gives them back with the
committee, board parent and place a title leaves out taken from the others of the list.
"""

from __future__ import annotations

from vnkg.builder import gazetteer
from vnkg.builder.gazetteer import Found
from vnkg.builder.mentions import titles
from vnkg.builder.mentions.titles import Title

# The roles of a party committee (what a title with no body of its own may be).
_PARTY_ROLES = titles.ALLOWED["committee"]


def elide(chain: list[Title]) -> list[Title]:
    """A party title written without its committee takes the committee of the next title;
    a body written without its place takes the place of a body of its level in the list."""
    if len(chain) < 2:  # a title alone has nothing to take from
        return list(chain)
    out = _share_places(list(chain))
    for i, t in enumerate(out):
        if t.kind == "board" and t.org in titles.board_labels():
            out[i] = _board_of(t, out)
            continue
        if t.org is not None or t.kind or t.role not in _PARTY_ROLES:
            continue
        nxt = next((n for n in out[i + 1 :] if n.org is not None), None)
        committee = _committee_of(nxt) if nxt else None
        if committee and nxt is not None:
            role = "Ủy viên Ban Chấp hành" if t.role == "Ủy viên" else t.role
            out[i] = Title(t.start, t.end, role, committee, "committee", nxt.level, nxt.place)
    return out


def _board_of(board: Title, chain: list[Title]) -> Title:
    """A board written without its committee ("Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức") is of
    the committee another title of the list names."""
    for t in chain:
        committee = _committee_of(t) if t is not board and t.kind == "committee" else None
        if committee:
            return Title(board.start, board.end, board.role, f"{board.org} {committee}", "board", t.level, t.place)
    return board


def _share_places(chain: list[Title]) -> list[Title]:
    """ "Bí thư Huyện ủy, Chủ tịch HĐND huyện Mường Chà": both bodies are of Mường Chà; a district
    committee member who leads a commune's body is of the commune's district."""
    placed = [t for t in chain if t.place is not None and t.level in ("province", "city", "district")]
    commune = next((t for t in chain if t.level == "commune"), None)
    out = []
    for t in chain:
        if t.place is None and t.org and t.level in ("province", "city", "district"):
            same = next((p for p in placed if p.level == t.level), None)
            if same is None and t.level == "district" and t.kind == "committee" and commune is not None:
                same = commune if commune.place is not None else None  # "Huyện ủy viên, Bí thư Đảng ủy xã X"
            if same is not None:
                t = Title(t.start, t.end, t.role, t.org, t.kind, t.level, same.place)
        elif t.kind == "partyorg" and t.level in ("any", "") and t.place is None and commune is not None:
            # "Phó Bí thư Đảng ủy, Chủ tịch UBND xã X": the Đảng ủy is the commune's
            t = Title(t.start, t.end, t.role, t.org, t.kind, "commune", commune.place)
        out.append(t)
    return out


_COMMITTEE_OF_LEVEL = {"province": "Tỉnh ủy", "city": "Thành ủy", "district": "Huyện ủy"}


def _committee_of(title: Title) -> str | None:
    """The party committee a title's body belongs to ("Ban Tổ chức Tỉnh ủy" -> "Tỉnh ủy")."""
    org = title.org or ""
    if title.kind == "committee":
        return org
    if title.kind == "board":
        for c in ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"):
            if org.endswith(c):
                return c
        return None
    if title.kind in ("council", "people", "delegation"):
        if title.place is not None:
            return committee_of_place(title.place)
        return _COMMITTEE_OF_LEVEL.get(title.level)
    return None


def committee_of_place(found: Found) -> str | None:
    """The party committee of a place: Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy or Thị ủy."""
    place = next((c for c in found.candidates if c.era == "1976"), found.candidates[0])
    kind = gazetteer.kind_of(place)
    return {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy"}.get(
        kind
    )
