"""The read stage: articles from ``.txt`` files, folders of them, and ``.jsonl`` files.

Makes :class:`RawArticle` records, one at a time (a million articles never sit in
memory at once). A file or line that cannot be read is yielded as an
:class:`InputError` naming it, and reading goes on with the rest.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from vnkg.errors import InputError
from vnkg.records import RawArticle

SUFFIXES = (".txt", ".jsonl")
# JSONL keys an article line may carry; ``text`` is required.
JSONL_KEYS = ("id", "title", "url", "date", "source")


def iter_articles(paths: Iterable[str | Path]) -> Iterator[RawArticle | InputError]:
    """Every article under ``paths`` (files or folders, recursively), in a stable order."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            for f in files:
                yield from _read_file(f)
        elif p.exists():
            yield from _read_file(p)
        else:
            yield InputError(str(p), "no such file or folder")


def _read_file(path: Path) -> Iterator[RawArticle | InputError]:
    """The article(s) of one file."""
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path)
    else:
        yield _read_txt(path)


def _decode(path: Path) -> str | InputError:
    """The file's text, or the reason it is not a UTF-8 text file."""
    try:
        data = path.read_bytes()
    except OSError as e:
        return InputError(str(path), f"cannot be read ({e.strerror or e})")
    if b"\x00" in data[:8192]:
        return InputError(str(path), "is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return InputError(str(path), f"is not UTF-8 (bad byte at offset {e.start}); re-save it as UTF-8")


def _read_txt(path: Path) -> RawArticle | InputError:
    """A ``.txt`` article: its id is the file name without extension."""
    text = _decode(path)
    if isinstance(text, InputError):
        return text
    if not text.strip():
        return InputError(str(path), "is empty")
    return RawArticle(id=path.stem, text=text, origin=str(path))


def _read_jsonl(path: Path) -> Iterator[RawArticle | InputError]:
    """The articles of a ``.jsonl`` file, one JSON object a line, read a line at a time.

    The file is streamed, never held whole: a corpus of any size reads in flat memory.
    """
    try:
        f = path.open("rb")
    except OSError as e:
        yield InputError(str(path), f"cannot be read ({e.strerror or e})")
        return
    with f:
        if b"\x00" in f.read(8192):
            yield InputError(str(path), "is a binary file, not text")
            return
        f.seek(0)
        seen = False
        for n, raw in enumerate(f, 1):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                yield InputError(str(path), f"is not UTF-8 (bad byte at column {e.start + 1}); re-save it as UTF-8", n)
                continue
            if line.strip():
                seen = True
                yield _jsonl_article(path, n, line)
        if not seen:
            yield InputError(str(path), "is empty")


def _jsonl_article(path: Path, n: int, line: str) -> RawArticle | InputError:
    """One JSONL line as an article; its id defaults to ``<file stem>-<line>``."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return InputError(str(path), f"not valid JSON ({e.msg} at column {e.colno})", line=n)
    if not isinstance(obj, dict):
        return InputError(str(path), "a line must be a JSON object with a 'text' key", line=n)
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return InputError(str(path), "no 'text' (or it is empty)", line=n)
    meta = {k: obj.get(k) for k in JSONL_KEYS}
    bad = [k for k, v in meta.items() if v is not None and not isinstance(v, (str, int))]
    if bad:
        return InputError(str(path), f"'{bad[0]}' must be a string", line=n)
    art_id = str(meta["id"]) if meta["id"] is not None else f"{path.stem}-{n}"
    return RawArticle(
        id=art_id,
        text=body,
        origin=f"{path}:{n}",
        title=_str(meta["title"]),
        url=_str(meta["url"]),
        date=_str(meta["date"]),
        source=_str(meta["source"]),
    )


def _str(value: object) -> str | None:
    """A metadata value as text, ``None`` when missing or blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
