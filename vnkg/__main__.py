"""``python -m vnkg`` runs the command line."""

from vnkg.cli import main

main()
