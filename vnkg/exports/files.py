"""Writing export files safely: a temporary file beside the target, then a rename.

A reader never sees a half-written file, and an export that fails leaves the old
file (if any) in place.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from vnkg.errors import ExportError


def write_atomic(path: Path, data: str | bytes, what: str = "the export") -> None:
    """Write ``data`` (text as UTF-8 with ``\\n`` line ends) to ``path`` atomically."""
    path = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise ExportError(f"cannot write {what} to {path}: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise ExportError(f"cannot write {what} to {path}: {e.strerror or e}") from e
        raise
