"""``python -m coachkit`` runs the command line."""

from coachkit.cli import main

main()
