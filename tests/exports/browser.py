"""Open a vnkg page in headless Chromium with the network blocked (the browser test and tools/screenshot.py).

Debian's ``chromium`` is driven by Playwright (from PyPI) through ``executable_path``: no
browser is downloaded. Every request that is not a local file is aborted and recorded,
so a caller can assert that the page asked for nothing from the network.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DRAWN_TIMEOUT_MS = 60_000


class NoBrowser(RuntimeError):
    """Chromium (or Playwright) is not installed."""


def chromium_path() -> str:
    """Debian's Chromium, or a clear error saying how to install it."""
    found = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not found:
        raise NoBrowser(
            f"{CHROMIUM} is missing: the visualisation is tested in a real browser; "
            "install it with `apt-get update && apt-get install -y chromium` (.ci/run does)"
        )
    return found


@dataclass
class Opened:
    """A page opened offline, and every non-file request it attempted."""

    page: Any
    attempted: list[str] = field(default_factory=list)

    def nodes(self) -> list[dict[str, Any]]:
        """The nodes vis-network holds (``nodes.get()`` in the page)."""
        return self.page.evaluate(
            "() => nodes.get().map(n => ({id: n.id, label: n.label, kind: n.kind, title: n.title}))"
        )

    def edges(self) -> list[dict[str, Any]]:
        """The edges vis-network holds (``edges.get()`` in the page)."""
        return self.page.evaluate(
            "() => edges.get().map(e => "
            "({from: e.from, to: e.to, label: e.label, relation: e.relation, title: e.title}))"
        )

    def drawn_ids(self) -> list[str]:
        """The ids of the nodes the network actually placed on its canvas."""
        return self.page.evaluate("() => Object.keys(network.getPositions())")


@contextmanager
def open_offline(path: Path, width: int = 1400, height: int = 900) -> Iterator[Opened]:
    """Open ``path`` in headless Chromium with all network requests aborted; wait until drawn."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:  # pragma: no cover - playwright is a test dependency
        raise NoBrowser("playwright is not installed: pip install -e '.[test]'") from e
    executable = chromium_path()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
            opened = Opened(page=None)

            def guard(route: Any) -> None:
                url = route.request.url
                if url.startswith(("file:", "data:", "about:")):
                    route.continue_()
                else:
                    opened.attempted.append(url)
                    route.abort()

            context.route("**/*", guard)
            page = context.new_page()
            page.on(
                "request",
                lambda r: None if r.url.startswith(("file:", "data:", "about:")) else opened.attempted.append(r.url),
            )
            opened.page = page
            page.goto(path.resolve().as_uri())
            page.wait_for_function("() => window.vnkgDrawn === true", timeout=DRAWN_TIMEOUT_MS)
            yield opened
        finally:
            browser.close()
