"""Reading the lexicons: the data files of ``vnkg/builder/lexicons/``, one loader for all stages.

A TSV lexicon is UTF-8, one row a line, cells split on tabs; blank lines and lines
starting with ``#`` (the file's source, comments) are not rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources


def text(name: str) -> str:
    """The whole text of one lexicon file."""
    return (resources.files("vnkg.builder") / "lexicons" / name).read_text(encoding="utf-8")


def lines(name: str) -> list[str]:
    """The data lines of one lexicon file (comments and blank lines left out)."""
    return [ln for ln in text(name).splitlines() if ln.strip() and not ln.startswith("#")]


def rows(name: str) -> list[list[str]]:
    """The data rows of one lexicon file, split into cells."""
    return [ln.split("\t") for ln in lines(name)]


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of literal forms, longest first (so the longest form wins)."""
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
