"""An earlier email quoted under a reply is not scored as the writer's own text."""

from __future__ import annotations

from coachkit import Draft, score
from coachkit.scoring.quoted import quoted_tail_start

REPLY = ("Hi Marisol,\n\nThanks for the update. I'm still very interested in the role and the "
         "holiday staffing plan we talked about.\n\nThanks,\nKayla Brooks\n\n")


def test_the_quoted_tail_starts_at_its_header_line():
    for header in ("On Thu, Nov 5, 2026 at 4:47 PM Marisol <m@example.com> wrote:\n",
                   "-----Original Message-----\n",
                   "From: Marisol Gutierrez\nSent: Thursday, 5 November 2026 16:47\n"):
        text = REPLY + header + "> Hi Kayla,\n> Thanks for the note!! We decide by Friday.\n"
        assert quoted_tail_start(text) == len(REPLY), header


def test_bare_quoted_lines_at_the_end_are_a_tail_and_a_text_without_one_has_none():
    text = REPLY + "> Hi Kayla,\n>\n> We decide by Friday.\n"
    assert quoted_tail_start(text) == len(REPLY)
    assert quoted_tail_start(REPLY) == len(REPLY)
    only_quote = "On Monday Dana wrote:\n> hello\n"
    assert quoted_tail_start(only_quote) == len(only_quote)  # nothing of the writer's above


def test_a_reply_above_a_quoted_email_keeps_its_sign_off_and_loses_no_points_to_it():
    quoted = ("On Thu, Nov 5, 2026 at 4:47 PM Marisol <m@example.com> wrote:\n"
              "> Hi Kayla,\n>\n> Thanks for the note!! We're finishing up interviews.\n")
    alone = score(Draft.from_text(REPLY, kind="check_in"))
    replied = score(Draft.from_text(REPLY + quoted, kind="check_in"))
    assert "correctness.signoff" not in {f.rule for f in replied.findings}
    assert all(f.end <= len(REPLY) for f in replied.findings)
    assert replied.overall == alone.overall


def test_a_forwarded_message_below_is_read():
    text = (REPLY + "---------- Forwarded message ---------\nFrom: Kayla\n\n"
            "Didn't get it. Honestly fine, the whole team looked miserable.\n")
    assert quoted_tail_start(text) == len(text)
