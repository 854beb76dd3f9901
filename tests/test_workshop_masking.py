"""Privacy: what goes on the projector (and into the room's summary) names nobody: not the
participants, not the interviewers (even misspelt), not the company, no e-mail, phone or
link; the highlights stay on the words they were about."""

from __future__ import annotations

import html
import importlib
import itertools
import random
import re

import pytest
from workshop_helpers import make_folder, panel

from coachkit.model import Draft, Finding
from coachkit.workshop import Cohort, Masker, WorkshopFolder
from coachkit.workshop.projector import projector_html

PARTICIPANTS = [
    "Jordan Abernathy", "Siobhan McAllister", "Mateusz Kowalczyk", "Ngozi Okonkwo",
    "Liam O'Brien", "Anjali Krishnamurthy", "Oluwaseun Adeyemi", "Dmitri Petrov",
    "Fatima Haddad", "Yuki Nakamura", "Carlos Quintero", "Hannah Schmidt", "Kwame Mensah",
    "Aoife Byrne", "Priyanka Iyer", "Tomasz Nowak", "Emily Zhou", "Rajesh Patel",
    "Sofia Lindgren", "Mei Nguyen", "Zoë Laurent", "José Ángel Ruiz", "Anne-Marie Dubois",
    "Ingrid Solberg", "Chidi Eze", "Lucía Romero", "Niamh Doyle", "Bartosz Zieliński",
    "Keanu Kahale", "Marguerite Fairweather",
]
# how the room wrote the interviewers' names: exact, possessive, with titles, misspelt
INTERVIEWERS = ["Priya", "Priya Raman", "Priya's", "Pria", "Priyah", "Ms. Raman", "Raman's",
                "Tomás", "Tomás Ellery", "Tomas Elery", "Thomas Ellery", "Tomas's", "Mr. Elery",
                "Ellery's", "Tomás Ellary", "Priya Ramen", "Tomás’s"]
GREETINGS = ["Dear {iv},", "Hi {iv},", "Dear Hiring Team,", "Hello {iv} and {iv2},",
             "Good morning Priya and Tomás,", "Dear Ms. Raman,", "Hi {iv} and team,"]
PHONES = ["+44 20 7946 0958", "(555) 123-4567", "07700 900123", "555.867.5309",
          "+1 415 555 0134"]
JARGON = ["circle back", "touch base"]  # verbs, so the sentence still reads
COMPANY = ["Harbourline Logistics", "Harbourline", "Harbourline's"]


def email(name: str) -> str:
    return re.sub(r"[^a-z.]", "", name.lower().replace(" ", ".")) + "@example.com"


def draft_of(i: int, rng: random.Random) -> tuple[str, str]:
    """Participant ``i``'s draft (with their own name, a colleague's, the interviewers',
    the company's and contact details) and their name."""
    me = PARTICIPANTS[i]
    colleague = PARTICIPANTS[(i + 7) % len(PARTICIPANTS)]
    iv, iv2 = rng.choice(INTERVIEWERS), rng.choice(INTERVIEWERS)
    greeting = GREETINGS[i % len(GREETINGS)].format(iv=iv, iv2=iv2)
    company = COMPANY[i % len(COMPANY)]
    text = f"""{greeting}

Thank you for the panel interview at {company} yesterday. Talking with {iv} about \
winning back an unhappy customer was the highlight, and {iv2} explained the move to Zendesk \
clearly. My colleague {colleague} told me {company} is a great place to work, and I was \
glad to hear that the team covers the Rotterdam office on Tuesdays in December. I would \
{JARGON[i % len(JARGON)]} with a plan for quarterly business reviews.

As {me.split()[0]} I know the material well. You can reach me at {email(me)} or \
{PHONES[i % len(PHONES)]}; my portfolio is at https://portfolio.example.org/{i} and \
www.linkedin.com/in/{email(me).split("@")[0]}. Please also thank {iv2} for me, and write to \
priya.raman@harbourline.com if needed (harbourline.com/careers).

Best regards,
{me}
{email(me)}
{PHONES[(i + 1) % len(PHONES)]}
"""
    return text, me


def secrets() -> set[str]:
    """Every name and contact detail that must not reach the room, lower-cased."""
    out = {"priya", "raman", "ramen", "tomás", "tomas", "thomas", "ellery", "elery", "ellary",
           "pria", "priyah", "harbourline", "priya.raman@harbourline.com", "portfolio.example",
           "linkedin.com", *(p.lower() for p in PHONES)}
    for person in PARTICIPANTS:
        out |= {person.lower(), email(person)}
        out |= {part.lower() for part in re.split(r"[ -]", person) if len(part) > 2}
    return out


def leaks(text: str) -> list[str]:
    """The secrets found in ``text``, read as shown (entities decoded, tags gone or kept)."""
    found = set()
    shown = html.unescape(text).lower()
    bare = html.unescape(re.sub(r"<[^>]+>", "", text)).lower()
    for secret in secrets():
        pattern = r"(?<!\w)" + re.escape(secret) + r"(?!\w)"
        if re.search(pattern, shown) or re.search(pattern, bare):
            found.add(secret)
    return sorted(found)


@pytest.fixture(scope="module")
def room(tmp_path_factory) -> Cohort:
    folder: WorkshopFolder = make_folder(tmp_path_factory.mktemp("privacy"))
    rng = random.Random(7)
    for i in range(len(PARTICIPANTS)):
        text, me = draft_of(i, rng)
        folder.submit(f"p{i:02d}", subject=f"Thank you, {rng.choice(INTERVIEWERS)}", body=text,
                      sender=me)
    cohort = Cohort.from_folder(folder, workers=1)
    assert cohort.participants == len(PARTICIPANTS) and cohort.problems == ()
    return cohort


def test_the_drafts_really_contain_the_secrets(room):
    every = " ".join(e.submission.draft().text for e in room.entries)
    assert len(leaks(every)) == len(secrets())


def test_the_projector_names_nobody_and_keeps_the_highlights(room):
    for i, entry in enumerate(room.entries, 1):
        page = projector_html(room, entry, label=f"Draft {i} of {room.participants}")
        assert leaks(page) == [], entry.participant
        assert entry.participant not in page
        assert re.search(r'<mark [^>]*data-rule="tone\.avoid"', page), entry.participant
        shown = html.unescape(page)
        for word in ("Zendesk", "Rotterdam", "December", "quarterly business reviews"):
            assert word in shown  # the scenario's words and the calendar stay
        for label in ("[Interviewer]", "[Company]", "[e-mail]", "[phone]", "[link]"):
            assert label in shown


def test_masked_findings_point_at_their_masked_text(room):
    masker = room.masker()
    for entry in room.entries:
        draft = entry.submission.draft()
        masked = masker.mask(draft, entry.report.findings)
        assert leaks(masked.text) == []
        assert len(masked.findings) == len(entry.report.findings)
        for before, after in zip(entry.report.findings, masked.findings, strict=True):
            assert after.text == masked.text[after.start:after.end]
            assert after.rule == before.rule and after.severity == before.severity
            touched = any(s < before.end and before.start < e for s, e, _ in masked.masks)
            if not touched:  # nothing hidden inside: the very same words
                assert after.text == before.text
            assert leaks(" ".join(filter(None, (after.text, after.message, after.suggestion,
                                                after.why)))) == []
        avoid = [f for f in masked.findings if f.rule == "tone.avoid"]
        assert avoid and all(f.text in JARGON for f in avoid)


def test_teaching_moments_name_nobody(room):
    moments = room.teaching_moments(top=100)
    assert len(moments) > 3
    cells = " ".join(str(v) for v in moments.to_numpy().ravel())
    assert leaks(cells) == [] and leaks(moments.to_string()) == []
    avoid = moments.set_index("rule").loc["tone.avoid"]
    assert avoid["participants"] == len(PARTICIPANTS)


def test_the_room_summary_names_nobody(room):
    try:
        report = importlib.import_module("coachkit.workshop.report")
    except ImportError:
        report = None
    if not hasattr(report, "cohort_summary_html"):
        pytest.skip("coachkit.workshop.report.cohort_summary_html does not exist yet")
    page = report.cohort_summary_html(room)
    assert "<img" in page  # the charts...
    page = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)  # ...are not text
    assert leaks(page) == []
    assert not any(e.participant in page for e in room.entries)
    assert str(room.participants) in page


# -- the masker on its own --------------------------------------------------------------------
@pytest.fixture(scope="module")
def masker() -> Masker:
    exercise = panel()
    return Masker(exercise.scenario, participants=["Jordan Abernathy", "Sean Kelly", "Bess Ward"],
                  keep=exercise.pack.vocabulary)


@pytest.mark.parametrize(("greeting", "shown"), [
    ("Dear Dana,", "Dear [Name],"),
    ("Hi Marcus,", "Hi [Name],"),
    ("Hello Dana Whitfield:", "Hello [Name]:"),
    ("Dear Priya,", "Dear [Interviewer],"),
    ("Dear Hiring Team,", "Dear Hiring Team,"),
    ("Dear Hiring Manager,", "Dear Hiring Manager,"),
    ("Hello everyone,", "Hello everyone,"),
    ("Hi there,", "Hi there,"),
    ("Dear Sir or Madam,", "Dear Sir or Madam,"),
])
def test_the_name_after_a_greeting(masker, greeting, shown):
    text = f"{greeting}\n\nThank you for the interview.\n"
    assert masker.mask_text(text).splitlines()[0] == shown


def test_every_line_under_the_sign_off(masker):
    text = ("Hi,\n\nThank you for the interview.\n\nKind regards,\nRobin Castellanos\n"
            "Senior Analyst, Northwind\nrobin@example.com\n")
    assert masker.mask_text(text).splitlines()[-4:] == [
        "Kind regards,", "[Participant]", "[Participant]", "[e-mail]"]


def test_ordinary_words_near_a_short_name_are_kept(masker):
    # 'Dear' is two letters from 'Sean', 'Best' one from 'Bess', 'Many' two from 'Maya'...
    text = ("Dear Priya,\n\nMany thanks for your time. Have you had a chance to look? Here "
            "is my plan. Make it simple.\n\nBest,\nJordan\n")
    masked = masker.mask_text(text)
    for word in ("Dear", "Many thanks", "Have you", "Here is", "Make it", "Best,"):
        assert word in masked


@pytest.mark.parametrize("word", ["January", "March", "May", "August", "Monday", "Tuesday",
                                  "Friday", "Sunday"])
def test_months_and_days_are_kept(masker, word):
    text = f"Hi,\n\nWe could meet on the first {word} of next quarter, or later.\n"
    assert word in masker.mask_text(text)


def test_scenario_and_vocabulary_words_are_kept_but_names_go(masker):
    text = ("Hi,\n\nI liked the move to Zendesk, the Rotterdam office and the QBRs that "
            "Marcus Oyelaran runs with Priya's team at Harbourline Logistics.\n")
    masked = masker.mask_text(text)
    for word in ("Zendesk", "Rotterdam", "QBRs"):
        assert word in masked
    assert "Marcus" not in masked and "Oyelaran" not in masked
    assert "[Interviewer]" in masked and "[Company]" in masked


@pytest.mark.parametrize(("written", "shown"), [
    ("Priya", "[Interviewer]"), ("priya", "[Interviewer]"), ("Priya's", "[Interviewer]'s"),
    ("Pria", "[Interviewer]"), ("Pria’s", "[Interviewer]’s"), ("Tomas Elery", "[Interviewer]"),
    ("RAMAN", "[Interviewer]"), ("Harbourline", "[Company]"), ("Harborline", "[Company]"),
    ("Jordan Abernathy", "[Participant]"), ("jordan", "[Participant]"),
    ("'Priya'", "'[Interviewer]'"),
])
def test_known_names_in_mid_sentence(masker, written, shown):
    masked = masker.mask_text(f"Hi,\n\nI spoke with {written} about it yesterday.\n")
    assert f"with {shown} about" in masked


@pytest.mark.parametrize(("contact", "label"), [
    ("sam.lee+jobs@mail.example.co.uk", "[e-mail]"), ("https://example.com/a?b=c", "[link]"),
    ("www.example.org", "[link]"), ("example.com/portfolio", "[link]"),
    ("+44 20 7946 0958", "[phone]"), ("555-867-5309", "[phone]"),
])
def test_contact_details(masker, contact, label):
    masked = masker.mask_text(f"Hi,\n\nReach me at {contact} any time.\n")
    assert masked.splitlines()[-1] == f"Reach me at {label} any time."


def test_numbers_that_are_not_phones_are_kept(masker):
    text = "Hi,\n\nWe cut handling time by 40 percent in 2025 across 120 accounts.\n"
    assert masker.mask_text(text) == text


def test_offsets_move_with_the_masking(masker):
    text = ("Subject: Thanks, Priya\n\nDear Priya,\n\nI will circle back with Tomás Ellery "
            "about jordan@example.com soon.\n\nBest regards,\nJordan Abernathy\n")
    draft = Draft.from_text(text)

    def finding(phrase: str, rule: str = "tone.avoid") -> Finding:
        start = text.index(phrase)
        return Finding(rule, "tone", "warning", start, start + len(phrase), phrase,
                       f"About {phrase}", suggestion="say it plainly", why="Priya's view")

    findings = [finding("circle back"), finding("Tomás Ellery", "personalization.x"),
                finding("back with Tomás"), finding("soon"), finding("jordan@example.com soon")]
    masked = masker.mask(draft, findings)
    assert masked.text == ("Subject: Thanks, [Interviewer]\n\nDear [Interviewer],\n\nI will "
                           "circle back with [Interviewer] about [e-mail] soon.\n\n"
                           "Best regards,\n[Participant]\n")
    texts = [f.text for f in masked.findings]
    assert texts == ["circle back", "[Interviewer]", "back with [Interviewer]", "soon",
                     "[e-mail] soon"]
    for f in masked.findings:
        assert masked.text[f.start:f.end] == f.text
        assert f.why == "[Interviewer]'s view"
    assert masked.findings[1].message == "About [Interviewer]"
    # masks are spans of the original text, in order, not overlapping
    spans = [(s, e) for s, e, _ in masked.masks]
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    assert [text[s:e] for s, e in spans] == ["Priya", "Priya", "Tomás Ellery",
                                            "jordan@example.com", "Jordan Abernathy"]


@pytest.mark.parametrize("name", ["Åsa", "Øystein", "Łukasz", "Ştefan", "Zoë Laurent"])
def test_names_starting_with_a_capital_beyond_ascii(masker, name):
    masked = masker.mask_text(f"Hi,\n\nI spoke with {name} about it yesterday.\n")
    assert "with [Name] about" in masked


@pytest.mark.parametrize("name", ["Marcus", "Zoë", "José"])
def test_a_first_name_opening_a_sentence(masker, name):
    masked = masker.mask_text(f"Hi,\n\nThanks again. {name} showed me the office.\n")
    assert "Thanks again. [Name] showed me the office." in masked


def test_names_in_other_scripts(masker):
    masked = masker.mask_text("Hi,\n\nI met Иван Петров, Γιώργος and 山田太郎 there.\n")
    assert masked.splitlines()[-1] == "I met [Name], [Name] and [Name] there."


def test_a_name_seen_capitalised_is_hidden_in_lower_case(masker):
    masked = masker.mask_text("Hi,\n\nMy colleague Oyelaran agreed, and oyelaran's team too.\n")
    assert "oyelaran" not in masked.lower()


def test_a_correction_of_a_hidden_name_is_hidden(masker):
    text = "Hi,\n\nI told Pria about it.\n"
    start = text.index("Pria")
    finding = Finding("correctness.spelling", "correctness", "warning", start, start + 4,
                      "Pria", "Possible misspelling of 'Prima'", suggestion="Prima")
    moved = masker.mask(text, [finding]).findings[0]
    assert moved.suggestion == "[Interviewer]" and "Prima" not in moved.message
