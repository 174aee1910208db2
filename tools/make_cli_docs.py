"""Write docs/cli.md from the commands' own --help (run after changing a command).

python tools/make_cli_docs.py          # rewrite docs/cli.md
python tools/make_cli_docs.py --check  # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from vnkg.cli import cli

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

INTRO = """# The `vnkg` command

Every command is one library function (see the module named in each section's help).
stdout carries data; progress, warnings and errors go to stderr. Exit codes: 0 ok,
1 an error (or a build that skipped inputs), 2 a usage error.

This page is generated from the commands' `--help` by `tools/make_cli_docs.py`; a test
keeps it current.
"""


def render() -> str:
    """The whole page."""
    parts = [INTRO]
    # The same help option names as the real command line (click caches a command's help
    # option, so every context must agree on them).
    ctx = click.Context(cli, info_name="vnkg", **cli.context_settings)
    parts.append("## vnkg\n\n```\n" + cli.get_help(ctx) + "\n```\n")
    for name in sorted(cli.list_commands(ctx)):
        cmd = cli.get_command(ctx, name)
        assert cmd is not None
        sub = click.Context(cmd, info_name=name, parent=ctx, **cli.context_settings)
        parts.append(f"## vnkg {name}\n\n```\n{cmd.get_help(sub)}\n```\n")
    return "\n".join(parts)


def main() -> None:
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if DOC.exists() and DOC.read_text(encoding="utf-8") == text else 1)
    DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
