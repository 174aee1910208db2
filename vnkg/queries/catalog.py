"""The named SPARQL queries: the ``.rq`` files of ``vnkg/queries/sparql/``.

Each file holds one query; its first line is a ``# description`` comment and further
``# param ?name: text`` comment lines name the variables a caller may bind (as RDF
terms, through ``Queryable.select(sparql, bindings)`` — never pasted into the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from vnkg.errors import QueryError, UsageError

_SUFFIX = ".rq"
_PARAM = re.compile(r"^#\s*param\s+\?(\w+)\s*:?\s*(.*)$")


@dataclass(frozen=True, slots=True)
class Query:
    """A named query: its description, the variables it may be bound by, its SPARQL text."""

    name: str
    description: str
    text: str
    params: tuple[tuple[str, str], ...] = ()  # (variable without '?', what it selects)


def _folder() -> Traversable:
    """The folder of .rq files (package data of vnkg.queries)."""
    return resources.files("vnkg.queries").joinpath("sparql")


@lru_cache(maxsize=1)
def names() -> list[str]:
    """The names of every query, sorted."""
    files = _folder().iterdir()
    return sorted(f.name[: -len(_SUFFIX)] for f in files if f.name.endswith(_SUFFIX))


@cache
def load(name: str) -> Query:
    """The query of that name; unknown name -> QueryError naming the available ones."""
    if name not in names():
        raise QueryError(f'unknown query "{name}": the queries are {", ".join(names())}')
    text = _folder().joinpath(name + _SUFFIX).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#"):
        raise QueryError(f"query {name}{_SUFFIX} must start with a '# description' line")
    params = tuple((m.group(1), m.group(2).strip()) for m in map(_PARAM.match, lines) if m)
    return Query(name=name, description=lines[0].lstrip("#").strip(), text=text, params=params)


def describe() -> dict[str, str]:
    """Every query's description, by name (what ``vnkg queries`` lists)."""
    return {n: load(n).description for n in names()}


def query_text(query: str | None, sparql: str | None = None) -> str:
    """The SPARQL a caller means: ``sparql`` itself, a ``.rq`` file, or a named query."""
    if (query is None) == (sparql is None):
        raise UsageError("give one query: a name (see `vnkg queries`), a .rq file, or --sparql TEXT")
    if sparql is not None:
        return sparql
    assert query is not None
    if query.endswith(_SUFFIX) or "/" in query:
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as e:
            raise QueryError(f"{query}: cannot read the query file ({e.strerror or e})") from e
    return load(query).text
