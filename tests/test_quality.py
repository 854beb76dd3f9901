"""The engine on the evaluation corpus: good above bad, seeded defects found, few false errors."""

from __future__ import annotations

import pytest
import yaml

from coachkit import Draft, score
from coachkit.scoring import all_checks
from quality import (
    CORPUS,
    PROBES,
    evaluate,
    evaluate_entries,
    load_corpus,
    rotation,
    score_all,
)


@pytest.fixture(scope="module")
def result():
    return evaluate(seed=7)


def _fourth_batch() -> set[str]:
    index = yaml.safe_load((CORPUS / "index.yaml").read_text(encoding="utf-8"))
    return {e["id"] for e in index if e.get("batch") == 4}


@pytest.fixture(scope="module")
def tuned():
    """The drafts the phrase checks were tuned on: all but the fourth batch, which was
    written to find what they miss."""
    fourth = _fourth_batch()
    return evaluate_entries([e for e in load_corpus() if e.id not in fourth], seed=7)


# Measured on the tuning corpus (86 good, 83 bad) after the checks were tuned on it: AUC
# 1.000, every good draft without an error finding, 99.9% of seeded defects found (99.8%
# with seed 2026). The thresholds sit just under those figures.
def test_good_drafts_rank_above_bad(result):
    assert result.auc >= 0.99


def test_clean_good_drafts_have_no_error(result):
    assert result.clean_rate >= 0.97, result.false_errors


def test_seeded_defects_are_found_in_the_right_category(result):
    assert result.overall_recall >= 0.99, result.misses
    for defect, (found, total) in result.recall.items():
        assert found / total >= 0.95, (defect, result.misses)


def test_other_seed_gives_the_same_quality():
    other = evaluate(seed=2026)
    assert other.overall_recall >= 0.99, other.misses


# Measured on the tuning corpus when the verdict bands and caps were set: 80% of bad drafts
# "rewrite", 1 of 30 "ready", 47 of 48 good drafts "ready" (the other is capped by a pushy
# line). After the checks were tuned on the larger corpus (86 good, 83 bad): every bad
# draft "rewrite", none "ready", every good draft "ready". The thresholds sit just under
# those figures (two bad drafts may slip to "revise", one good draft below "ready").
def test_bad_drafts_are_mostly_rewrite_and_hardly_ever_ready(tuned):
    assert tuned.verdict_share("bad", "rewrite") >= 0.97, tuned.wrong_verdicts
    assert tuned.verdict_share("bad", "ready") == 0, tuned.wrong_verdicts


# The fourth batch (18 bad drafts that look polished, 12 good near-misses) was written
# before the template signal: 5 of its bad drafts scored "ready" then, 2 with the signal
# (a flattering note that names the company and the role, and a sulky reply to a
# rejection, which the signal does not judge). The signal caps at 78, so the bad drafts
# it catches are "revise", not "rewrite".
def test_the_fourth_batch_bad_drafts_are_rarely_ready():
    fourth = _fourth_batch()
    batch = evaluate_entries([e for e in load_corpus() if e.id in fourth], seed=7)
    assert sum(batch.verdicts["bad"].values()) == 18
    assert batch.verdicts["bad"]["ready"] <= 2, batch.wrong_verdicts


@pytest.fixture(scope="module")
def probe_entries():
    return load_corpus(PROBES)


def test_seeded_kinds_take_turns_from_draft_to_draft():
    kinds = ["typo", "slang", "late", "padding"]
    assert [rotation(kinds, k, 3) for k in range(3)] == [
        ["typo", "slang", "late"], ["padding", "typo", "slang"], ["late", "padding", "typo"]]
    assert rotation(kinds, 7, None) is None  # every kind
    assert rotation(kinds, 0, 9) == kinds  # never a kind twice in one draft


# Each good probe draft carries one kind of seeded defect, the kinds taking turns from
# draft to draft (over a thousand of each kind), not all ten: all ten made a hundred
# thousand drafts to score, the suite's largest item, and three each still made it take
# three minutes of the suite. At sets 5-449, seeded recall was 99.37% with three kinds
# each; `python tests/quality.py` still seeds every kind.
@pytest.fixture(scope="module")
def probes(probe_entries):
    return evaluate_entries(probe_entries, seed=7, defects_each=1)


# The probe drafts (tests/probes/README.md), measured first as written: bad drafts "ready"
# from 0% to 68% in the fifty-three sets (mostly 8 of 25 or fewer in the sets written in
# the manner of published examples), AUC 0.58-1.00. After the checks were extended for
# them: AUC 0.99, 20 of 1,347 bad drafts "ready" (among them a note whose facts contradict
# the interview, one mass-sent to the panel with the names mixed up, a request for other
# candidates' take-home work, a shrink figure "corrected" upwards after the interview),
# 1,299 of 1,353 good drafts "ready" (most of the rest short check-ins that the template
# signal finds generic, or that go out before the decision date the notes give, which
# their writers counted fine and the timing check does not), two with an error finding.
# Sets 50-57, the last added, were only partly fixed: 12 of their bad drafts stay "ready"
# and 22 of their good drafts do not (most of them short check-ins), which is why the
# figures below are lower than those the earlier sets reached. The wording model, fitted on
# these drafts and the tuning corpus (so this is no measure of it: see test_wording for
# its cross-validated figures), takes 4 more of them out of "ready": 16 of 1,347.
# Sets 58-65 (400 drafts about forty jobs of their own) were measured first at 33 of 200
# bad drafts "ready" and 154 of 200 good; with their false alarms fixed and the wording
# model refitted on them and entries for two of their faults (identifiers of real people
# sent as a sample, a boss who takes the credit), the probes stood at 31 of 1,547 bad
# drafts "ready" and 1,466 of 1,553 good. Sets 66-73 (forty more jobs) were measured
# first at 26 of 200 bad drafts "ready" and 151 of 200 good, and added with their spelling
# false alarms fixed but most of their faults not, and the wording model refitted on all
# (ninety scenarios): the probes stood at 48 of 1,747 bad drafts "ready" and 1,627 of
# 1,753 good. Sets 74-81 (forty more jobs) were measured first at 41 of 200 bad drafts
# "ready" and 147 of 200 good, and added the same way: the probes stand at 82 of 1,947 bad
# drafts "ready" (69 of them from sets 58-81) and 1,780 of 1,953 good, AUC 0.964, the
# notes-based checks' false alarms on new jobs (the company not named in a check-in, a
# client's or supplier's name) being most of what keeps good drafts back. Sets 82-89
# (forty more jobs) were measured first at 7 of 200 bad drafts "ready" and 128 of 200 good
# (22 and 167 without notes). Entries for their missed faults (gifts left at reception,
# files "not mine to share", a recorded interview, a qualification to be "treated as
# held", a veiled threat to report the firm), fixes for their false alarms (a check-in
# before the decision date that gives a reason to write, the company unnamed in a note
# that takes up the interview, "Wagga Wagga", "urgent calls", "unacceptable risk") and the
# wording model refitted on all 170 scenarios with the threshold above all but two in a
# thousand good drafts, and a check for a note cut off mid-sentence: the probes stood at
# 74 of 2,147 bad drafts "ready" and 1,965 of 2,153 good, AUC 0.966. Sets 90-97 (forty more
# jobs) were measured first at 5 of 200 bad drafts "ready" and 149 of 200 good (21 and 179
# without notes). With entries for what they let through (the next stage's questions or
# marking sheet asked for, dates moved to hide a gap, compliments on a smile or a voice,
# a hamper for reception, terms "before we go any further"), fixes for their false
# alarms (a person's name after "Mr" taken for a company, "EVs", another employer's
# deadline "they've asked me to reply by Monday", a job accepted elsewhere, lines in
# another language) and the
# model refitted on 210 scenarios, the probes stand at 69 of 2,347 bad drafts "ready" and
# 2,127 of 2,353 good (90.4%), AUC 0.967: most good drafts held back are short notes that
# send what was asked for without naming the company or a topic of the notes, which the
# topic check keeps from "ready" (taking it off notes that send something costs a bad
# draft of the second blind set and seven of the probes for 47 good ones). Sets 98-105
# (forty more jobs) were measured first at 9 of 200 bad drafts "ready" and 136 of 200 good
# (12 and 177 without notes). With entries for what they let through (a membership,
# diploma or lead role to be recorded as held, a reference primed to confirm a false date,
# restricted or internal papers of a current employer, a hamper at reception, free work
# for an interviewer, a test to be re-marked) and fixes for false alarms (a referee's or
# the writer's own workplace, a check-in that gives its reason, "Engr." before a name, a
# work site "on the X job"), and the model refitted on 250 scenarios (threshold 0.83),
# the probes stood at 59 of 2,547 bad drafts "ready" and 2,304 of 2,553 good (90.2%),
# AUC 0.970. Sets 106-113 (forty more jobs) were measured first at 6 of 200 bad drafts
# "ready" and 152 of 200 good (17 and 186 without notes). With entries for what they let
# through (a licence or an exam on the CV before it is held, a guarantee of no incident,
# conditions "I would need in order to accept"), for bad drafts of earlier sets that only
# the topic check held (a pupil's diagnosis and family history, unredacted settings, a
# background check to be skipped, payroll forms before an offer), fixes for false alarms
# (places and referees' employers, "I know you said you'd decide by", a certificate in
# bereavement support, "Chef", "Coach" and "Lieutenant" before a name) and the model
# refitted on 290 scenarios (threshold 0.82), the probes stand at 53 of 2,747 bad drafts
# "ready" and 2,481 of 2,753 good (90.1%), AUC 0.972. Making the topic check a
# suggestion on notes specific in other ways (two sentences with a figure, a name or a
# topic) would add 86 good drafts of the probes and no bad one, but it let one more bad
# draft of the second blind set through, as both earlier relaxations did: left out.
# Sets 114-121 (forty more jobs) were measured first at 6 of 200 bad drafts "ready" and
# 154 of 200 good (13 and 181 without notes). With entries for what they let through (a
# report "marked company confidential", children's records "technically their data", a
# padded CV "near enough true", an expired card "put down as current", records filled in
# afterwards, sarcasm about a certificate that "matters more", unpaid work beside the
# person appointed), fixes for false alarms (check-ins that give a reason, "how urgently",
# another firm's deadline, the writer's past work "brought" or "put together", another
# employer's offer, "the CSA Level 2 award", a greeting of two names and a dash) and the
# model refitted on 330 scenarios (threshold 0.8), the probes stood at 47 of 2,947 bad
# drafts "ready" and 2,658 of 2,953 good (90.0%), AUC 0.973. Sets 122-129 (forty more
# jobs) were measured first at 2 of 200 bad drafts "ready" and 147 of 200 good (15 and
# 186 without notes). With entries for what they let through (a qualification to be
# "recorded as complete", a lock-out "overkill", a list of patients with their diagnoses,
# the last competition's test asked for, a title and equity asked for before an offer),
# the company check sure of a plain name only where the employer's name goes (after a bare
# "at" or "to" it is a suggestion: a place, a tool or a client as often), a job title's
# comma that no longer hides the rest of its sentence, and the model refitted on 370
# scenarios (threshold 0.81), the probes stand at 47 of 3,147 bad drafts "ready" and
# 2,843 of 3,153 good (90.2%), AUC 0.975. Taking the topic check off additional-info
# notes would add 121 good drafts of the probes and one bad, but it let one more bad
# draft of the second blind set through: left out, as before. Sets 130-137 (forty more
# jobs) were measured first at 7 of 200 bad drafts "ready" and 156 of 200 good (10 and
# 176 without notes). With entries for what they let through (a label dose doubled, a
# client's will, "an update by return", a test redone at home or asked for in advance,
# free work on the interviewer's boiler, a pass rate guaranteed), for what only notes had
# held back in earlier sets (a councillor to call the panel, the shortlist asked for or
# passed on), fixes for false alarms ("I would of course", "as soon as you need me to",
# a phrase in another language in quotation marks, training academies) and the model
# refitted on 410 scenarios (threshold 0.81), the probes stand at 47 of 3,347 bad drafts
# "ready" and 3,019 of 3,353 good (90.0%), AUC 0.976. Exempting notes that send what was
# promised ("as promised", "you asked for") from the topic check would add 80 good drafts
# of the probes and no bad one, and let one more bad draft of the second blind set
# through: left out. Sets 138-145 (forty more jobs) were measured first at 6 of 200 bad
# drafts "ready" and 161 of 200 good (10 and 183 without notes). With entries for what
# they let through (the interviewers' own plan found "basic", a reference's title
# inflated, the next stage's test cases asked for, sarcasm dressed as thanks, a set task
# declined), the template signal's check-in threshold raised to 3.4 (it was the only hold
# on 31 good check-ins with greeting-only notes), former employers and offers no longer
# taken for other companies, and the model refitted on 450 scenarios (threshold 0.82),
# the probes stood at 49 of 3,547 bad drafts "ready" and 3,220 of 3,553 good (90.6%),
# AUC 0.977. Sets 146-153 (forty more jobs) were measured first at 5 of 200 bad drafts
# "ready" and 170 of 200 good (11 and 188 without notes). With entries for what they let
# through (an ultimatum, an embargoed release, a budget claimed, the person hired run
# down), a topic taken up by one of its rare words ("your shoulder protocol" for
# "musculoskeletal ultrasound of the shoulder": the topic check had been the largest
# false alarm) and the model refitted on 490 scenarios (threshold 0.8), the probes stood
# at 48 of 3,747 bad drafts "ready" and 3,552 of 3,753 good (94.6%), AUC 0.982. Sets
# 154-161 (forty more jobs) were measured first at 4 of 200 bad drafts "ready" and 177 of
# 200 good (7 and 186 without notes). With entries for what they let through (patients
# lectured, a newly qualified writer to be counted as experienced, a client's unannounced
# redemption, transactions split to dodge the checks), what the interviewer asked for
# counted as taking up the interview in a note adding information, the job's own subject
# no overshare, and the model refitted on 530 scenarios (threshold 0.79), the probes stood
# at 45 of 3,947 bad drafts "ready" and 3,758 of 3,953 good (95.1%), AUC 0.983. Sets
# 162-169 (forty more jobs) were measured first at 9 of 200 bad drafts "ready" and 175 of
# 200 good (10 and 191 without notes). With entries for what they let through (unsafe
# short cuts, papers listed before submission, a confidential assessor's report, gifts
# tied to the appointment, a relative who knows the interviewer), check-ins before the
# decision date with a reason of their own, titles such as "Sister" and "Pharm.", and the
# model refitted on 570 scenarios (threshold 0.8), the probes stood at 47 of 4,147 bad
# drafts "ready" and 3,946 of 4,153 good (95.0%). Sets 170-177 (forty more jobs) were
# measured first at 16 of 200 bad drafts "ready" and 181 of 200 good (18 and 190 without
# notes). With entries for what they let through (a rival's fault log and clients' files
# sent, records padded, safety steps and audit findings skipped, a former team mocked),
# a short note that takes up the interview told it is short but not held back, and the
# model refitted on 610 scenarios (threshold 0.81; it let two bad drafts of earlier sets
# through, and one, whose facts contradict the notes, is still "ready"), the probes stood
# at 49 of 4,347 bad drafts "ready" and 4,147 of 4,353 good (95.3%). Sets 178-185 (forty
# more jobs) were measured first at 9 of 200 bad drafts "ready" and 173 of 200 good (13
# and 187 without notes). With entries for what they let through (the next stage's
# exercise asked for early, titles and certificates claimed, unpublished data sent, the
# vetting refused), the writer's employer, clients and referees' workplaces no other
# company, British plurals and trade words, and the model refitted on 650 scenarios
# (threshold 0.79), the probes stood at 45 of 4,547 bad drafts "ready" and 4,334 of 4,553
# good (95.2%). Sets 186-193 (forty more jobs, written as published examples) were measured
# first at 4 of 200 bad drafts "ready" and 181 of 200 good (8 and 187 without notes). With
# entries for what they let through (work passed off as the writer's own, a friend's copy
# of the next stage's brief, a reference the candidate wrote, a certificate's date
# changed), a named client and a referee's workplace no other company, early check-ins
# with a reason, and the model refitted on 690 scenarios (threshold 0.79; it let one bad
# draft of set 78 through, now caught by an entry), the probes stood at 45 of 4,747 bad
# drafts "ready" and 4,524 of 4,753 good (95.2%). Sets 194-201 (forty more jobs) were
# measured first at 3 of 200 bad drafts "ready" and 159 of 200 good (10 and 183 without
# notes); one set wrote to an agency's consultant, whom the notes do not name. With
# entries for what they let through (co-authors' names taken off a paper, the next
# stage's case asked for, a former firm run down), a greeting to a go-between who is told
# of the interviewers by name made a suggestion, short forms of names ("Tunde"), links
# without a scheme and defanged ones, and the model refitted on 730 scenarios (threshold
# 0.78), the probes stood at 44 of 4,947 bad drafts "ready" and 4,706 of 4,953 good
# (95.0%). Sets 202-209 (forty more jobs) were measured first at 6 of 200 bad drafts
# "ready" and 181 of 200 good (9 and 187 without notes). With entries for what they let
# through (a reference call steered, the practical's sample asked for, consent forms and
# a live case sent), a candidate correcting their own answer, check-ins with news of
# training, "Settlements" as a company word, and the model refitted on 770 scenarios
# (threshold 0.79), the probes stood at 44 of 5,147 bad drafts "ready" and 4,896 of 5,153
# good (95.0%). With false alarms found across the sets fixed (a company in a signature
# or before a phone number, a referee's details sent, a short note handing over one
# thing, an early check-in that asks for no answer yet, abbreviations before lower case,
# formulas, sites and a role's initials, a team of the employer, British spellings and
# trade words), they stand at 44 of 5,147 bad and 4,934 of 5,153 good (95.7%). Sets
# 210-217 added (first measured: 13 of their 200 bad drafts "ready", 179 of 200 good), their
# faults given entries and their false alarms fixed, and the model refitted on 810
# scenarios (threshold 0.81, which let 2 bad drafts of the earlier sets through): 46 of
# 5,347 bad and 5,125 of 5,353 good (95.7%). Sets 218-225 the same way (first measured: 12
# of 200 bad "ready", 183 of 200 good; refit on 850 scenarios, threshold 0.8): 45 of 5,547
# bad and 5,316 of 5,553 good (95.7%). Sets 226-233 (first measured: 13 of 200 bad "ready",
# 172 of 200 good), fixed for and left out of the model's fit: 45 of 5,747 bad and 5,498 of
# 5,753 good (95.6%). Sets 234-241 the same way (first measured: 8 of 200 bad "ready", 181 of
# 200 good): 46 of 5,947 bad and 5,685 of 5,953 good (95.5%). Sets 242-249 the same way
# (first measured: 12 of 200 bad "ready", 179 of 200 good): 47 of 6,147 bad and 5,869 of
# 6,153 good (95.4%). Sets 250-257 the same way (first measured: 13 of 200 bad "ready", 179
# of 200 good): 47 of 6,347 bad and 6,060 of 6,353 good (95.4%). Sets 258-265 the same way
# (first measured: 8 of 200 bad "ready", 179 of 200 good): 47 of 6,547 bad and 6,250 of
# 6,553 good (95.4%). With the template signal judging notes of 55 words or more (not 40):
# 47 of 6,547 bad and 6,264 of 6,553 good (95.6%). Sets 266-273 the same way (first
# measured: 15 of 200 bad "ready", 179 of 200 good; one wrong department left through): 48
# of 6,747 bad and 6,458 of 6,753 good (95.6%). Sets 274-281 the same way (first measured:
# 16 of 200 bad "ready", 186 of 200 good; one wrong building society left through): 49 of
# 6,947 bad and 6,653 of 6,953 good (95.7%). Sets 282-289 the same way (first measured:
# 13 of 200 bad "ready", 186 of 200 good): 49 of 7,147 bad and 6,846 of 7,153 good (95.7%).
# Sets 290-297 the same way (first measured: 10 of 200 bad "ready", 170 of 200 good): 49 of
# 7,347 bad and 7,037 of 7,353 good (95.7%). Sets 298-305 the same way (first measured: 17
# of 200 bad "ready", 170 of 200 good): 48 of 7,547 bad and 7,222 of 7,553 good (95.6%).
# Sets 306-313 the same way (first measured: 12 of 200 bad "ready", 183 of 200 good; one
# wrong law firm left through): 49 of 7,747 bad and 7,412 of 7,753 good (95.6%). Sets
# 314-321 the same way (first measured: 22 of 200 bad "ready", 167 of 200 good): 49 of 7,947
# bad and 7,584 of 7,953 good (95.4%; set 316 asked for messages of 200-300 words, and the
# length cap holds back 14 of its good drafts: measured, a cap only past twice the band's
# top would free 12 of them and let 4 of the batch's bad drafts through). Sets 322-329 the
# same way (first measured: 16 of 200 bad "ready", 167 of 200 good; four of the sets are of
# one kind each): 49 of 8,147 bad and 7,761 of 8,153 good (95.2%; the new sets' good drafts
# are 177 of 200 "ready", held back by short notes naming neither company nor topic, a
# client's name opening a list of maps, a course taken for a company, the wording model).
# Sets 330-337 (a broad mix of jobs in one sector each) the same way (first measured: 18 of
# 200 bad "ready", 178 of 200 good) and sets 338-345 (writers of other Englishes, career
# changers, phone-typed notes, replies in a thread; first measured: 19 of 200 bad "ready", 167
# of 200 good): 54 of 8,547 bad and 8,131 of 8,553 good (95.07%; of the two batches' good
# drafts 369 of 400 are "ready", held back by notes typed without capitals, short notes
# naming neither company nor topic, the template signal; five of their bad drafts stay
# "ready": a wrong company or council named without a company word, a wrong employer
# spoken of as "how Cascade Roots runs its crews"). Sets 346-353 the same way (business
# English of India, Nigeria and Kenya, unusual interview formats, lists, internal
# applicants, notes to recruiters, the two ends of formality, seasonal work, practical
# matters; first measured: 24 of 200 bad "ready", 162 of 200 good): 54 of 8,747 bad and 8,310
# of 8,753 good (94.94%; of the batch's good drafts 177 of 200 are "ready", held back by
# short notes naming neither company nor topic, recruiters greeted whom the notes do not
# name, old-fashioned greetings ("Dear Sirs"), the template signal; none of its bad drafts
# stays "ready"). Sets 354-361 the same way (the two ends of working life, science and
# manufacturing, late in a process, personal services, health and caring disclosed,
# transport, the public services, the slips real senders make; first measured: 19 of 200 bad
# "ready", 177 of 200 good): 55 of 8,947 bad and 8,497 of 8,953 good (94.91%; of the batch's
# good drafts 187 of 200 are "ready"; one bad draft stays "ready", a wrong workshop named as
# "Carrow & Dunne's restoration work": reading a lower-case word there as a company slot
# held back two earlier good probes). Sets 362-369 the same way (broad mixes of jobs, as near
# a random sample of real follow-ups as a brief can ask; first measured: 16 of 200 bad
# "ready", 181 of 200 good): 56 of 9,147 bad and 8,683 of 9,153 good (94.87%; of the batch's
# good drafts 185 of 200 are "ready", held back by "as soon as possible" about the writer's
# own plans, "you said you will decide by" from a writer whose English is a second language,
# short notes; one bad draft stays "ready", an interviewer greeted as "Mr Henshaw" for
# Kershaw). Sets 370-377 (broad mixes, small firms, plain and second-language English; first
# measured: 13 of 200 bad "ready", 171 of 200 good) came with the wording model refitted on
# sets 5-329 (threshold 0.81): better on the sets neither model read (sets 330-377), it let
# through 24 bad drafts of earlier sets the smaller model had held back, and the phrase lists
# took up 22 of them. With the batch's faults given entries and a note that corrects what
# the writer said in the interview, or sends what they promised there, counted as taking up
# the interview (53 good drafts freed, no bad one): 56 of 9,347 bad and 8,938 of 9,353 good
# (95.56%). Sets 378-385 (broad mixes, phone-typed notes, career changers and returners;
# first measured with the refitted model: 5 of 200 bad "ready", 180 of 200 good) the same
# way: 56 of 9,547 bad and 9,124 of 9,553 good (95.51%; one bad draft of the two batches
# stays "ready", a wrong school named only as "a welcoming day at St Augustine's"). Sets
# 386-393 (a random mix, senior roles, South Asian and West African business English,
# apprentices, agency and gig work, remote jobs, rural and security jobs; first measured: 13
# of 200 bad "ready", 181 of 200 good) the same way: 59 of 9,747 bad and 9,322 of 9,753 good
# (95.58%; three of the batch's bad drafts stay "ready": a poll clerk's partisanship, a
# minibus offered on a provisional licence, a wrong firm named "Hatton Gold Studio", as
# "Studio" ends tool names too). Sets 394-401 (a random mix, check-ins and rejection replies
# only, thank-yous and notes that send something only, North American English, health,
# finance, transport and education; first measured: 14 of 200 bad "ready", 181 of 200 good)
# the same way: 62 of 9,947 bad and 9,507 of 9,953 good (95.52%; three of the batch's bad
# drafts stay "ready": a wrong firm after "bring this experience to", an interviewer's name
# misspelt in the body, a confidential tracing exercise followed up with an heir). Sets
# 402-409 (a random mix, second-language English, hospitality and retail, creative work,
# engineering trades, public services, technology and research, polished bad drafts with
# one serious fault; first measured: 8 of 200 bad "ready", 183 of 200 good) the same way:
# 63 of 10,147 bad and 9,696 of 10,153 good (95.50%; one bad draft of the batch stays
# "ready": a wrong production company named only as "how Harrowgate Films approaches").
# With the interview's day checked against the notes, one good draft of set 117 that
# thanks the panel "for your time on Wednesday" after a Thursday is held back: 9,695 of
# 10,153 good (95.49%). Sets 410-417 (a random mix, short notes, senior roles, trades,
# health and care, sales, North American and Antipodean English, and a set whose bad drafts
# each get one detail wrong; first measured: 23 of 200 bad "ready", 176 of 200 good) the
# same way: 77 of 10,347 bad and 9,874 of 10,353 good (95.37%). Of the batch's bad drafts,
# 14 stay "ready", 12 of them from the set of wrong details: a fact from the interview
# misremembered (a retention period, a start time, a tour, when training starts), a wrong
# decision date, a wrong role or hospital named in passing, an interviewer's name wrong in
# the body; and two wrong firms named in passing ("showing me around Beaulieu Maple Farm",
# "continue my nursing career at Mercy Valley Children's Hospital"). Sets 418-425 (a random
# mix of published examples, one-liners, templates, hiring managers' posts, rejection
# replies and long silences, informal start-ups, trades and service jobs, polished bad
# drafts with one serious fault; first measured: 14 of 200 bad "ready", 180 of 200 good)
# the same way: 76 of 10,547 bad and 10,061 of 10,553 good (95.34%; none of the batch's
# bad drafts stays "ready", and "it worked out for the best" holds back one more of set
# 71; 187 of the batch's 200 good drafts are "ready"). Sets 426-433 (a random mix, a
# recruiter's worst and best, first jobs, the public sector, check-ins only, thank-yous
# only, senior roles, South Asian, West African and Filipino business English; first
# measured: 8 of 200 bad "ready", 163 of 200 good) the same way: 76 of 10,747 bad and
# 10,247 of 10,753 good (95.29%; none of the batch's bad drafts stays "ready"; 183 of its
# 200 good drafts are, the rest held back by "Dear Sir" or "Dear Recruitment Team" to a
# named panel, the template signal, a former employer in apposition, a one-line thank-you).
# Sets 434-441 (a random mix, a careers article's examples, rejection replies only,
# additional information only, manual and transport jobs, creative and sport jobs, finance
# and law, career changers and returners; first measured: 7 of 200 bad "ready", 177 of
# 200 good) the same way: 76 of 10,947 bad and 10,436 of 10,953 good (95.28%; none of the
# batch's bad drafts stays "ready", 189 of its good drafts are). Sets 442-449 (a random
# mix, one-liners from a phone, group interviews and trial shifts, hospitality and events,
# science and engineering, a hiring manager's subtle signals, care and youth work, sales;
# first measured: 5 of 200 bad "ready", 176 of 200 good) the same way: 76 of 11,147 bad
# and 10,619 of 11,153 good (95.21%; none of the batch's bad drafts stays "ready", 183 of
# its good drafts are; set 443's one-line notes with no sign-off hold back seven). Sets
# 450-457 (a random mix, allied health, apprentices and interns, remote and international
# hiring, final-round panels, asking again after a no, trades from a phone, government and
# heritage; first measured: 4 of 200 bad "ready", 170 of 200 good) the same way: 76 of
# 11,347 bad and 10,795 of 11,353 good (95.08%; none of the batch's bad drafts stays
# "ready", 176 of its good drafts are; set 456's unpunctuated phone notes hold back seven,
# and a line of French, a forwarded result and short notes to a panel most of the rest).
# Sets 458-465 (a random mix, charity and faith, transport with licences and medicals,
# academic research, strong regional voices, beauty and wellness, internal applications,
# agencies; first measured: 6 of 200 bad "ready", 153 of 200 good) the same way: 76 of
# 11,547 bad and 10,967 of 11,553 good (94.93%; none of the batch's bad drafts stays
# "ready", 172 of its good drafts are; the rest held back by notes that name neither the
# company nor a topic, the template signal on short notes, a colleague's name read as a
# company, and "you said you'd know by the 27th").
# Sets 466-473 (a random mix, hiring managers' "why I said no", video and recorded
# interviews, food and farming production, fundraising, disclosures of health and caring,
# pay and start dates, seasonal and casual work; first measured: 6 of 200 bad "ready",
# 181 of 200 good) the same way: 76 of 11,747 bad and 11,155 of 11,753 good (94.91%;
# none of the batch's bad drafts stays "ready", 188 of its good drafts are).
# Sets 474-481 (a random mix, templates and writing assistants, legal and HR, American
# service jobs, older applicants, sport and outdoor instructors, control rooms, technology
# with links and code; first measured: 10 of 200 bad "ready", 179 of 200 good) the same
# way: 77 of 11,947 bad and 11,341 of 11,953 good (94.88%; one of the batch's bad drafts
# stays "ready": a herbalist's note with details of another shop's interview, the family
# of wrong details no check has; 185 of its good drafts are).
# Sets 482-489 (a random mix, feedback asked after a no, healthcare support, creative
# freelancers, notes written under strain, manufacturing leaders, school jobs, mass
# applications; first measured: 2 of 200 bad "ready", 184 of 200 good) the same way: 78
# of 12,147 bad and 11,530 of 12,153 good (94.87%; one of the batch's bad drafts stays
# "ready": a note whose attachments are named for another firm's job, which no check
# reads; 188 of its good drafts are).
# Sets 490-497 (a random mix, armed forces leavers, conservation and animal care, writers
# whose first language is a Romance one, autistic, dyslexic and ADHD writers, journalism
# and publishing, small businesses, contact centres; first measured: 6 of 200 bad "ready",
# 172 of 200 good) the same way: 78 of 12,347 bad and 11,735 of 12,353 good (95.00%; none
# of the batch's bad drafts stays "ready", 187 of its good drafts are; two words of a topic
# side by side now take it up, which put 15 earlier good drafts into "ready").
# Sets 498-505 (a random mix, very short notes, writers from South and East Asia and the
# Middle East, museums and the stage, public services, engineering trades, kind and
# informal replies, kitchens; first measured: 5 of 200 bad "ready", 180 of 200 good) the
# same way: 78 of 12,547 bad and 11,925 of 12,553 good (95.00%; none of the batch's bad
# drafts stays "ready", 188 of its good drafts are).
# Sets 506-513 (a random mix, parents and carers asking about hours, follow-ups as they sit
# in a mailbox, gardens and grounds, property, people with convictions or in recovery,
# animal care, insurance claims; first measured: 9 of 200 bad "ready", 181 of 200 good)
# the same way: 78 of 12,747 bad and 12,109 of 12,753 good (94.95%; none of the batch's
# bad drafts stays "ready", 184 of its good drafts are).
# Sets 514-521 (American and British mixes, a recruiter's best and worst, notes after
# informal meetings, phone typing in lower case, long follow-ups, volunteer and board
# roles, concerns answered afterwards; first measured: 4 of 200 bad "ready", 150 of 200
# good) the same way: 78 of 12,947 bad and 12,275 of 12,953 good (94.77%; none of the
# batch's bad drafts stays "ready", 166 of its good drafts are). Set 518's 25 good notes
# are typed in lower case with "i" for "I": they are "revise" by design (score.slips
# floors them there; before it, all 25 were "rewrite"), which takes 0.2 points off the
# share; without them it is 94.95%.
# Sets 522-529 (two random mixes, heavy industry, remote support, testing and moderation,
# funeral and hospice work, luxury retail, humour; first measured: 9 of 200 bad "ready",
# 177 of 200 good) the same way: 78 of 13,147 bad and 12,464 of 13,153 good (94.76%; none
# of the batch's bad drafts stays "ready", 189 of its good drafts are).
# Sets 530-537 (two random mixes, senior clinicians, regulated laboratories, agencies,
# cybersecurity and IT support, accountancy trainees, esports and streaming; first
# measured: 9 of 200 bad "ready", 183 of 200 good) the same way: 78 of 13,347 bad and
# 12,650 of 13,353 good (94.74%; none of the batch's bad drafts stays "ready", 186 of its
# good drafts are).
# Sets 538-545 (a random mix, short notes, graduates, shift work, executives, one lapse in a
# polite note, schools and colleges, sales; first measured: 25 of 200 bad "ready", 18 of
# them in set 543, and 179 of 200 good) the same way: 78 of 13,547 bad and 12,886 of
# 13,553 good (95.08%; none of the batch's bad drafts stays "ready", 186 of its good drafts
# are; a note adding information with two sentences of its own detail no longer needs a
# topic of the notes, which freed 49 earlier good drafts).
# Sets 546-553 (a random mix, two sets whose bad drafts each hold one lapse in passing,
# internal candidates, writers of English as a second language, creative freelancers,
# check-ins after a silence, replies to rejections; first measured: 33 of 200 bad "ready",
# 26 of them in sets 547-548, and 183 of 200 good) the same way: 78 of 13,747 bad and
# 13,079 of 13,753 good (95.10%; none of the batch's bad drafts stays "ready", 192 of its
# good drafts are).
# Sets 554-561 (a random mix, two sets whose bad drafts each hold one lapse in passing, very
# short notes, pay and notice after final rounds, apprentices, North American writers, the
# public sector; first measured: 28 of 200 bad "ready", 23 of them in sets 555-556, and
# 175 of 200 good) the same way: 78 of 13,947 bad and 13,264 of 13,953 good (95.06%; none
# of the batch's bad drafts stays "ready", 183 of its good drafts are).
# Sets 562-569 (a random mix, template-like notes, other offers, panel interviews,
# returners, terse specialists, and two sets whose bad drafts each hold one lapse in
# passing; first measured: 37 of 200 bad "ready", 30 of them in sets 563-564, and 185 of
# 200 good) the same way: 78 of 14,147 bad and 13,457 of 14,153 good (95.08%; none of the
# batch's bad drafts stays "ready", 191 of its good drafts are).
# Sets 570-577 (two random mixes, mailbox furniture, LinkedIn and text messages, workers
# over fifty, graduate trainees, and two sets whose bad drafts each hold one lapse in
# passing; first measured: 33 of 200 bad "ready", 31 of them in sets 572-573, and 172 of
# 200 good) the same way: 78 of 14,347 bad and 13,632 of 14,353 good (94.98%; none of the
# batch's bad drafts stays "ready", 175 of its good drafts are: set 575's messages with no
# greeting or sign-off and set 577's long graduate sentences hold back 15 of its 50 good
# drafts, so the bound is 0.949).
# Sets 578-585 (a random mix, customer service, software and data, long waits, replies after
# a final round, the arts, and two sets whose bad drafts each hold one lapse in passing;
# first measured: 36 of 200 bad "ready", 35 of them in sets 580-581, and 183 of 200 good)
# the same way: 78 of 14,547 bad and 13,824 of 14,553 good (94.99%; none of the batch's
# bad drafts stays "ready", 190 of its good drafts are).
# Sets 586-593 (a random mix, trades and driving, over-eager candidates, development work
# from many countries, very short messages, senior hires, and two sets whose bad drafts
# each hold one lapse in passing; first measured with the new lapse model: 24 of 200 bad
# "ready", 17 of them in sets 588-589 (36 and 28 without it), and 178 of 200 good) the
# same way: 77 of 14,747 bad and 14,002 of 14,753 good (94.91%; one of the batch's bad
# drafts stays "ready": a claim that lapsed welding tickets are current, which only the
# notes' concern contradicts; 186 of its good drafts are). The lapse model holds back 8
# good drafts of the earlier sets (it has read them: their sentences on confidentiality
# and safety read like the lapses) and 2 more bad ones.
# Sets 594-601 (a random mix, recruiters and their clients, blunt and angry messages,
# template-like notes, first jobs, and three sets whose bad drafts each hold one lapse in
# passing; first measured: 27 of 200 bad "ready", 26 of them in sets 595-597 (41 and 37
# without the lapse model), and 173 of 200 good) the same way: 77 of 14,947 bad and 14,181
# of 14,953 good (94.84%; none of the batch's bad drafts stays "ready", 179 of its good
# drafts are: set 598's notes to a recruiter about the panel hold back 9 of its 25, six of
# them greeted by a name the notes do not hold, so the bound is 0.948).
# Sets 602-609 (a random mix, hostile replies, gifts and favours, disputed rejections,
# writers of English as a second language, chasing, and two sets whose bad drafts each
# hold one lapse in passing; first measured: 30 of 200 bad "ready", 27 of them in sets
# 603-604 (39 and 35 without the lapse model), and 183 of 200 good) the same way: 77 of
# 15,147 bad and 14,366 of 15,153 good (94.81%; none of the batch's bad drafts stays
# "ready", 185 of its good drafts are).
# Sets 610-617 (a random mix, notes to recruiters, reproach and sarcasm, mailbox furniture,
# career changers, hiring managers' threads, and two sets whose bad drafts each hold one
# lapse in passing; first measured: 19 of 200 bad "ready", all of them in sets 611-612 (30
# without the lapse model), and 171 of 200 good) the same way: 77 of 15,347 bad and
# 14,561 of 15,353 good (94.84%; none of the batch's bad drafts stays "ready", 184 of its
# good drafts are).
# Sets 618-625 (a random mix, very short messages, LinkedIn and text messages, senior
# letters, additional information, writers from across the English-speaking world, and
# two sets whose bad drafts each hold one lapse in passing; first measured: 24 of 200 bad
# "ready", 21 of them in sets 619-620 (32 without the lapse model), and 168 of 200 good)
# the same way: 77 of 15,547 bad and 14,753 of 15,553 good (94.86%; none of the batch's
# bad drafts stays "ready", 180 of its good drafts are).
# Sets 626-633 (a random mix, hostile messages, check-ins after silence, internal
# candidates, heritage and arts jobs, offers and negotiation, and two sets whose bad drafts
# each hold one lapse in passing; first measured: 16 of 200 bad "ready", 14 of them in sets
# 627-628 (30 without the lapse model), and 175 of 200 good) the same way: 77 of 15,747 bad
# and 14,935 of 15,753 good (94.81%; none of the batch's bad drafts stays "ready", 181 of
# its good drafts are).
# Sets 634-641 (two random mixes, first-job seekers, thank-you notes after panel
# interviews, trades, replies after a rejection, and two sets whose bad drafts each hold
# one lapse in passing; first measured: 27 of 200 bad "ready", 25 of them in sets 635-636
# (33 without the lapse model), and 178 of 200 good) the same way: 77 of 15,947 bad and
# 15,124 of 15,953 good (94.80%; one of the batch's bad drafts stays "ready", a panel
# thank-you that credits each interviewer with another's part, which no check can know
# from the notes; 185 of its good drafts are "ready").
# Sets 642-649 (two random mixes, anxious writers, check-ins around the decision date,
# other organisations named, attachments, and two sets whose bad drafts each hold one
# lapse in passing; first measured: 21 of 200 bad "ready", 17 of them in sets 643-644 (28
# without the lapse model), and 188 of 200 good) the same way, with the lapse model
# refitted on its sets (the new entries moved its labels): 77 of 16,147 bad and 15,317 of
# 16,153 good (94.82%; none of the batch's bad drafts stays "ready", 192 of its good
# drafts are).
# Sets 650-657 (a random mix, very short messages, replies to rejections and offers,
# formal international English, gifts and familiarity, templates, and two sets whose bad
# drafts each hold one lapse in passing; first measured: 19 of 200 bad "ready", 17 of them
# in sets 651-652 (31 without the lapse model), and 179 of 200 good) the same way, with the
# lapse model refitted on its sets: 77 of 16,347 bad and 15,520 of 16,353 good (94.91%;
# none of the batch's bad drafts stays "ready", 191 of its good drafts are).
# Sets 658-665 (a random mix, second interviews and trial shifts, career changers and
# returners, pay and hours, notes to recruiters, published "worst follow-ups", and two
# sets whose bad drafts each hold one lapse in passing; first measured: 22 of 200 bad
# "ready", 16 of them in sets 659-660 (37 without the lapse model), and 178 of 200 good)
# the same way, with the lapse model refitted on its sets: 77 of 16,547 bad and 15,710 of
# 16,553 good (94.91%; none of the batch's bad drafts stays "ready", 189 of its good drafts
# are).
# Sets 666-673 (published good and bad examples, recruiters' posts, replies after a
# rejection and check-ins after a silence, templates against personal notes, English as a
# second language, long senior letters, and two sets whose bad drafts each hold one lapse in
# passing; first measured: 24 of 200 bad "ready", 21 of them in sets 667-668 (31 without
# the lapse model), and 174 of 200 good) the same way, with the lapse model refitted on its
# sets: 77 of 16,747 bad and 15,899 of 16,753 good (94.90%; none of the batch's bad drafts
# stays "ready", 188 of its good drafts are).
# Sets 674-681 (an employability programme's short notes, panel thank-yous, things sent
# after the interview, check-ins at every stage, academic and arts letters, messages as an
# inbox shows them, and two sets whose bad drafts each hold one lapse in passing; first
# measured: 27 of 200 bad "ready", 17 of them in sets 675-676 (35 without the lapse
# model), and 180 of 200 good) the same way, with the lapse model refitted on its sets: 77
# of 16,947 bad and 16,084 of 16,953 good (94.87%; none of the batch's bad drafts stays
# "ready", 185 of its good drafts are).
# Sets 682-689 (jobs outdoors and with animals, students and graduates, less formal steps,
# long job hunts, drafts from a writing assistant, internal and referred candidates, and
# two sets whose bad drafts each hold one lapse in passing; first measured: 29 of 200 bad
# "ready", 25 of them in sets 683-684 (38 without the lapse model), and 181 of 200 good)
# the same way: 77 of 17,147 bad and 16,281 of 17,153 good (94.92%; none of the batch's bad
# drafts stays "ready", 193 of its good drafts are).
# Sets 690-697 (transport jobs, notes to recruiters, answers to an offer, very short
# messages, regional voices, formal public-sector processes, and two sets whose bad drafts
# each hold one lapse in passing; first measured: 31 of 200 bad "ready", 23 of them in sets
# 691-692 (41 without the lapse model), and 163 of 200 good) the same way, with the lapse
# model refitted on its sets: 77 of 17,347 bad and 16,462 of 17,353 good (94.87%; none of
# the batch's bad drafts stays "ready", 178 of its good drafts are).
# Sets 698-705 (hospitality jobs, returners, interviews that went badly, messages typed on a
# phone, seasonal work, board-level letters, and two sets whose bad drafts each hold one
# lapse in passing; first measured: 30 of 200 bad "ready", 27 of them in sets 699-700 (42
# without the lapse model), and 161 of 200 good) the same way: 77 of 17,547 bad and 16,627
# of 17,553 good (94.72%; none of the batch's bad drafts stays "ready", 165 of its good
# drafts are). Set 703's good drafts are typed all in lower case, and the capital-letter
# checks hold 22 of them at "revise" or below by design (a coach asks for capitals; each
# is one click): without that set, 16,624 of 17,528 (94.84%), so the bound is 0.947.
# Seeded recall was 97.9% at sets 5-289: the seeder put its defects into the quoted email below 325
# good replies (set 282 is all such replies), where the checks rightly do not look. It
# now seeds only the reply above the quote, and recall is 99.5%.
def test_probe_drafts_rank_and_get_the_right_verdict(probes):
    assert sum(probes.verdicts["good"].values()) == 17553
    assert sum(probes.verdicts["bad"].values()) == 17547
    assert probes.auc >= 0.965
    assert probes.verdicts["bad"]["ready"] <= 77, probes.wrong_verdicts
    assert probes.verdict_share("good", "ready") >= 0.947, probes.wrong_verdicts
    assert probes.clean_rate >= 0.97, probes.false_errors
    assert probes.overall_recall >= 0.99, probes.misses


def test_good_drafts_are_ready(result):
    assert result.verdict_share("good", "ready") >= 0.98, result.wrong_verdicts


def test_the_histogram_has_a_line_per_ten_points():
    from quality import histogram

    lines = histogram([95, 100, 85], [5, 55, 59])
    assert len(lines) == 11
    assert lines[1].split()[0] == "90-100" and lines[1].split()[-2:] == ["2", "0"]
    assert lines[5].split()[0] == "50-59" and lines[5].split()[-1] == "2"


def test_a_missing_second_blind_set_is_skipped_and_a_present_one_measured(tmp_path,
                                                                         monkeypatch):
    import quality

    monkeypatch.setattr(quality, "HOLDOUT2", tmp_path / "holdout2")
    assert [name.split()[0] for name in quality.sets()] == ["tuning", "probes", "probes,",
                                                              "blind"]
    folder = tmp_path / "holdout2"
    (folder / "drafts").mkdir(parents=True)
    source = quality.CORPUS / "drafts" / "good-nursing_icu-ty1.txt"
    (folder / "drafts" / "g.txt").write_text(source.read_text(encoding="utf-8"),
                                             encoding="utf-8")
    (folder / "index.yaml").write_text(
        "- {id: g, file: drafts/g.txt, kind: thank_you, quality: good, scenario: nursing_icu,"
        " sent_hours: 5}\n", encoding="utf-8")
    entries = quality.sets()["blind 2 (tests/holdout2)"]
    assert [(e.id, e.notes.company is not None, e.sent_hours) for e in entries] == \
        [("g", True, 5.0)]


def test_a_bad_draft_is_held_back_by_its_own_fault_not_by_a_missing_sign_off():
    # a missing sign-off caps at 79, so a bad draft without one is never "ready" on that
    # alone; with "Best," written above the last line, its real fault must still hold it
    # back (16 such drafts were "ready" that way before their faults had entries)
    bad = [e for e in [*load_corpus(CORPUS), *load_corpus(PROBES)] if e.quality == "bad"]
    signoff = [c for c in all_checks() if c.id == "correctness.signoff"]  # that check only
    unsigned = [e for e in bad
                if score(Draft.from_text(e.text, kind=e.kind), e.notes, checks=signoff).findings]
    signed = []
    for entry in unsigned:
        *body, last = entry.text.rstrip().split("\n")
        signed.append((entry, "\n".join([*body, "Best,", last]), entry.sent_hours))
    assert len(unsigned) >= 150
    assert [r.verdict for r in score_all(signed)].count("ready") == 0
