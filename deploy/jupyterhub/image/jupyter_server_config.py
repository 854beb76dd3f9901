"""Single-user server settings of the coachkit workshop image (its /etc/jupyter).

Every server starts with coachkit's notebooks and sample data in ~/coachkit, copied
from the installed checkout when they are missing; a file already there is never
replaced, so edits survive a restart. The coach opens notebook 04 (the cohort board)
in their server; the participants' page is the hub's workshop service, not a server of
their own.
"""

import os
import shutil
from pathlib import Path

import coachkit

SOURCE = Path(coachkit.__file__).resolve().parents[1]
TARGET = Path.home() / "coachkit"


def copy_missing(src: str, dst: str) -> None:
    """Copy ``src`` to ``dst`` unless ``dst`` exists."""
    if not os.path.lexists(dst):
        shutil.copy2(src, dst)


for part in ("notebooks", "data"):
    shutil.copytree(SOURCE / part, TARGET / part, dirs_exist_ok=True,
                    copy_function=copy_missing)

c = get_config()  # noqa: F821 (given by Jupyter when it reads this file)
# a notebook shown with Voilà (the coach's board) shows no code and no tracebacks
c.VoilaConfiguration.strip_sources = True
c.VoilaConfiguration.show_tracebacks = False
