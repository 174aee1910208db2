"""Shared fixtures: the example sets from ../shared, built stores, and a real Oxigraph server."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "gold"
DEV_TEXTS = SHARED / "eval" / "dev" / "texts"
DEV_GOLD = SHARED / "eval" / "dev" / "gold"
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"


def need_shared() -> None:
    """Skip a test that reads the example articles when ../shared is not beside the checkout."""
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is not there: the seed articles live in ../shared")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The folder of the five seed articles."""
    need_shared()
    return SEEDS


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """An embedded store with the seeds built into it (built once per test session)."""
    from vnkg.builder.build import build
    from vnkg.builder.store import OxigraphStore

    path = tmp_path_factory.mktemp("seeds-store") / "store"
    store = OxigraphStore(path)
    report = build([seeds_dir], store)
    store.close()
    assert report.ok, report.errors
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _oxigraph_binary() -> str:
    """The `oxigraph` server of the `oxigraph` package (next to this Python, or on PATH)."""
    here = Path(sys.executable).parent / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        pytest.fail("the oxigraph server is not installed: pip install oxigraph")
    return found


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph SPARQL server on 127.0.0.1, started for the session and stopped after."""
    location = tmp_path_factory.mktemp("oxigraph-server")
    port = _free_port()
    proc = subprocess.Popen(
        [_oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode() if proc.stderr else ""
                proc.kill()
                pytest.fail(f"oxigraph server did not start: {err}")
            time.sleep(0.1)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
