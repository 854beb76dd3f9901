"""The drafts journal: every change to a draft, saved to SQLite, versioned and restorable.

    journal = DraftJournal()                      # $COACHKIT_HOME or the user data dir
    draft_id = journal.create("thank_you", "Northwind")
    journal.save(draft_id, {"body": "Dear Dana, ..."})   # called on every debounced change
    journal.history(draft_id)                     # oldest first
    journal.restore(draft_id, 3)                  # version 3 becomes the newest version

Versions. Autosaves (``label=""``) from one session (one journal object, by default)
are coalesced: a save within ``coalesce_seconds`` of the creation of the latest version,
when that version is an autosave of the same session, rewrites it in place. So the
history keeps about one version per minute of typing per tab, plus every labelled
checkpoint and restore, and one tab never overwrites another tab's version.

Durability. The database runs in WAL mode with ``synchronous=FULL``: when ``save()``
returns, the change is in the write-ahead log and fsynced, so it survives a killed
process, a kernel restart and a power cut. (``NORMAL`` would skip that fsync and could
lose the commits since the last checkpoint on a power cut, though never corrupt the
file. The fsync costs about half a millisecond per save on an SSD, the same as writing
a JSON file with fsync, against one save per half second of typing: cheap enough;
``bench/journal_bench.py`` measures both.) Every write is one ``BEGIN IMMEDIATE``
transaction, so two processes saving the same draft queue up instead of clashing;
a writer waits up to ``BUSY_TIMEOUT_S`` for the other.

Errors: every failure is a :class:`~coachkit.errors.StoreError` naming the file;
an unknown draft id or version is :class:`~coachkit.errors.DraftNotFound` (a
``StoreError`` and a ``KeyError``). A soft-deleted draft counts as unknown everywhere
except :meth:`DraftJournal.undelete` and :meth:`DraftJournal.purge`.
"""

from coachkit.errors import DraftNotFound, StoreError
from coachkit.paths import ENV_HOME
from coachkit.store.journal import DraftJournal
from coachkit.store.records import PREVIEW_CHARS, DraftSummary, DraftVersion, _preview  # noqa: F401
from coachkit.store.schema import (  # noqa: F401
    APPLICATION_ID,
    BUSY_TIMEOUT_S,
    FILENAME,
    SCHEMA_VERSION,
    journal_path,
)

__all__ = [
    "ENV_HOME",
    "FILENAME",
    "DraftJournal",
    "DraftNotFound",
    "DraftSummary",
    "DraftVersion",
    "StoreError",
    "journal_path",
]
