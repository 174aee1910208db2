"""Make docs/graph.png: the example articles' graph as the HTML view draws it (dev-only script).

Builds ``examples/`` into a temporary store, renders the page with
:func:`vnkg.exports.html.render`, opens it in headless Chromium with the network
blocked (the launch code of the browser test, ``tests/exports/browser.py``) and saves
a screenshot. Needs Debian's ``chromium`` and Playwright: ``python tools/screenshot.py``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.exports.browser import open_offline  # noqa: E402
from vnkg.builder.build import build  # noqa: E402
from vnkg.builder.store import OxigraphStore  # noqa: E402
from vnkg.exports.html import render  # noqa: E402

OUT = ROOT / "docs" / "graph.png"


def main() -> int:
    """Build, draw and photograph the examples; the PNG goes to docs/graph.png."""
    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp) / "store")
        try:
            report = build([ROOT / "examples"], store)
            if not report.ok:
                print(f"screenshot: {len(report.errors)} example inputs skipped", file=sys.stderr)
            page = Path(tmp) / "graph.html"
            drawing = render(store, page)
        finally:
            store.close()
        with open_offline(page, width=1400, height=900) as opened:
            if opened.attempted:
                print(f"screenshot: the page reached for the network: {opened.attempted}", file=sys.stderr)
                return 1
            OUT.parent.mkdir(parents=True, exist_ok=True)
            opened.page.screenshot(path=str(OUT), full_page=False)
    print(f"wrote {OUT} ({drawing.nodes} nodes, {drawing.edges} edges)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
