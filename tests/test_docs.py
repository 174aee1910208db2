"""Every command has --help with an example and a current section in docs/cli.md."""

from __future__ import annotations

import click
import pytest

from tools.make_cli_docs import DOC, render
from vnkg.cli import cli

COMMANDS = sorted(cli.list_commands(click.Context(cli)))


def test_the_design_verbs_exist() -> None:
    assert set(COMMANDS) >= {"build", "query", "queries", "export", "viz", "validate", "stats", "serve"}


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_an_example(name: str) -> None:
    cmd = cli.get_command(click.Context(cli), name)
    assert cmd is not None and cmd.help
    assert "Example" in cmd.help, f"vnkg {name} --help has no example"


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_have_a_section(name: str) -> None:
    assert f"## vnkg {name}\n" in DOC.read_text(encoding="utf-8")


def test_docs_are_current() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), "run: python tools/make_cli_docs.py"
