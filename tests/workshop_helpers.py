"""Small builders for the workshop tests: a folder set up from a shipped exercise, drafts,
submissions, and the function a participant's process runs in the concurrency tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from coachkit.workshop import Exercise, WorkshopFolder, load_exercise
from coachkit.workshop.exercise import exercise_from_dict

EXERCISES = Path(__file__).resolve().parents[1] / "data" / "exercises"
PANEL = EXERCISES / "thank_you_panel.yml"
REJECTION = EXERCISES / "rejection_reply_graceful.yml"

# A thank-you note for the panel exercise that the scorer finds nothing in (checked in the
# feedback tests): 90-170 words, names the company, role and interviewers, no jargon.
CLEAN_BODY = """Dear Ms. Raman,

Thank you for the panel interview yesterday for the Customer Success Manager role at \
Harbourline Logistics. I enjoyed our conversation about winning back an unhappy customer, \
and I appreciated how openly you and Tomás Ellery walked me through the move to Zendesk.

You mentioned that the team covers the Rotterdam office two days a week. I would be glad \
to take on that travel, and I have worked across two offices before.

I have not yet run quarterly business reviews myself. In my current role I prepare the \
account summaries that our senior managers present each quarter. I know the material well \
and would be ready to lead those meetings soon.

Thank you again for your time. I look forward to hearing about the next steps.

Best regards,
{sender}
"""
CLEAN_SUBJECT = "Thank you for the panel interview"


def panel() -> Exercise:
    """The shipped thank-you exercise."""
    return load_exercise(PANEL)


def panel_data() -> dict[str, Any]:
    """The shipped thank-you exercise as a mapping, to change one field in a test."""
    return yaml.safe_load(PANEL.read_text(encoding="utf-8"))


def variant(**changes: Any) -> Exercise:
    """The thank-you exercise with some top-level fields replaced (None removes one)."""
    data = panel_data()
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return exercise_from_dict(data, source="variant.yml")


def make_folder(tmp_path: Path, exercise: Exercise | Path = PANEL,
                name: str = "room") -> WorkshopFolder:
    """A workshop folder set up in ``tmp_path`` for ``exercise``."""
    return WorkshopFolder.create(tmp_path / name, exercise)


def clean_body(sender: str = "Alex Morgan") -> str:
    return CLEAN_BODY.format(sender=sender)


def body(*sentences: str, greeting: str = "Dear Ms. Raman,", sender: str = "Alex Morgan",
         signoff: str = "Best regards,") -> str:
    """A draft: greeting, one paragraph of ``sentences``, sign-off and name."""
    return f"{greeting}\n\n{' '.join(sentences)}\n\n{signoff}\n{sender}\n"


def submit(folder: WorkshopFolder, code: str, text: str, *, subject: str = CLEAN_SUBJECT,
           sender: str = "Alex Morgan") -> Path:
    return folder.submit(code, subject=subject, body=text, sender=sender)


def leftovers(folder: WorkshopFolder) -> list[Path]:
    """Hidden (temporary) files anywhere under the folder's submissions."""
    return [p for p in (folder.path / "submissions").rglob(".*")]


# -- run in another process by the concurrency tests (module level, so spawn can import it)
def participant_process(folder_path: str, code: str, worker: int, times: int, barrier: Any,
                        out_path: str) -> None:
    """Wait for every participant, then submit ``times`` drafts under ``code``; record each
    returned path and the body written to ``out_path`` (JSON)."""
    folder = WorkshopFolder(folder_path)
    folder.exercise()  # read before the start, as the composer does
    barrier.wait(timeout=60)
    written = []
    for n in range(times):
        text = body(f"Thank you for the panel interview, from worker {worker}, draft {n}.",
                    "I enjoyed hearing about the move to Zendesk.", sender=f"Worker {worker}")
        path = folder.submit(code, subject=f"Thank you ({worker}/{n})", body=text,
                             sender=f"Worker {worker}")
        written.append([str(path), text])
    Path(out_path).write_text(json.dumps(written), encoding="utf-8")
