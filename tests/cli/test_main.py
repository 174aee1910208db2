"""`python -m vnkg` and the console script run the same command line."""

from __future__ import annotations

import subprocess
import sys


def test_python_dash_m() -> None:
    run = subprocess.run([sys.executable, "-m", "vnkg", "--help"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0
    assert run.stdout.startswith("Usage: vnkg [OPTIONS] COMMAND [ARGS]...")
    assert "build" in run.stdout and "export" in run.stdout
