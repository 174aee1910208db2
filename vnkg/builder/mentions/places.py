"""Mentions of places: every province or district the article names.

Reads the article text; adds "place" mentions (value = the GSO code of the unit the
name most likely is, attrs era, level, kind and "alts" = the other units of that name,
which ``resolve`` settles by the article's province). A name written after "xã",
"phường", "thôn"… names a commune or village, not the district that shares it: no mention.
The names, aliases and prefixes come from :mod:`vnkg.builder.gazetteer`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from vnkg.builder import gazetteer
from vnkg.builder.gazetteer import Found
from vnkg.builder.mentions import names
from vnkg.records import Article, Mention, Place, Sentence


def find(article: Article, sentences: Sequence[Sentence], earlier: Sequence[Mention]) -> list[Mention]:
    """The place mentions of the article, one per name written."""
    text = article.text
    # A name after "xã", "phường", "thôn" is a commune's or a village's, whatever district shares it.
    return [_mention(text, f) for f in gazetteer.scan(text) if f.prefix or not names.after_locality(text, f.start)]


def best(found: Found) -> tuple[Place, list[Place]]:
    """The unit a written name most likely is, and the others it may be.

    Units of 1976 first (an article's places are of that era unless the unit only
    exists after 2025); a province before a district of the same name unless a
    district prefix ("huyện", "quận", "thị xã") is written.
    """
    return _best(found.candidates, found.prefix)


def _best(candidates: tuple[Place, ...], prefix: str | None) -> tuple[Place, list[Place]]:
    """:func:`best` of a name's candidates and written prefix."""
    cands = [c for c in candidates if c.era == "1976"] or list(candidates)
    if prefix not in ("huyện", "quận", "thị xã"):
        cands.sort(key=lambda c: c.level != "province")
    return cands[0], cands[1:]


def _mention(text: str, found: Found) -> Mention:
    """The mention of one name found."""
    code, attrs = _settled(found.candidates, found.prefix)
    return Mention("place", found.start, found.end, text[found.start : found.end], code, attrs)


@lru_cache(maxsize=4096)
def _settled(candidates: tuple[Place, ...], prefix: str | None) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The code and attrs of a place mention, which depend on its candidates and prefix only
    (cached: the same names recur, and the gazetteer holds a bounded number of them)."""
    place, others = _best(candidates, prefix)
    attrs = (
        ("alts", ",".join(o.code for o in others if o.level == place.level)),
        ("era", place.era),
        ("kind", gazetteer.kind_of(place)),
        ("level", place.level),
    )
    return place.code, attrs
