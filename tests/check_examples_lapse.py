"""Pass and fail examples for the lapse model (``tone.lapse_model``).

The fail examples are polite sentences that let slip a lapse in passing, each worded
afresh (no phrase list names them): a former employer's records offered, gossip about
another candidate. The pass examples are the near-misses a careful
writer sends: confidentiality and safety mentioned in a proper way, and ordinary thanks.
``check_examples`` merges them into ``EXAMPLES``.
"""

from __future__ import annotations

from check_examples_real import AI, TY, Example, letter

CHECK_ID = "tone.lapse_model"

SHARED_FILES = (letter("I still have the client spreadsheet from my last employer with their "
                       "names and account numbers, and I can send it over if useful."), AI)
RIVAL_GOSSIP = (letter("I thought you would like to know that the other candidate was sacked "
                       "from his last job."), TY)
PROPER_CONFIDENCE = (letter("I have removed every client name and figure from the sample, so "
                            "nothing confidential leaves my current employer."), AI)
PLAIN_THANKS = (letter("Thank you for showing me the workshop and for explaining how the "
                       "team plans the weekly orders."), TY)

MORE: dict[str, dict[str, list[Example]]] = {
    CHECK_ID: {
        "fail": [SHARED_FILES, RIVAL_GOSSIP],
        "pass": [PROPER_CONFIDENCE, PLAIN_THANKS],
    },
}
