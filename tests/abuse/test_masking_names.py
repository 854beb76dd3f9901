"""The projector view and the room's summary hide real names from many countries and
scripts (made up by Faker with a fixed seed): mid-sentence, at the start of a sentence, in
lower case, as interviewers, senders, greeted people and signatures, with their e-mails
and phone numbers. The masker also stays fast on long runs of letters, and hides few
ordinary words on the demo room."""

from __future__ import annotations

import html
import importlib.util
import re
import sys
import time
from pathlib import Path

import pytest
from workshop_helpers import make_folder, panel_data

from coachkit.scoring.spelling import frequency
from coachkit.workshop import Cohort, Masker
from coachkit.workshop.exercise import exercise_from_dict, load_exercise
from coachkit.workshop.projector import projector_html
from coachkit.workshop.report import cohort_summary_html

faker = pytest.importorskip("faker")

LOCALES = ["en_US", "de_DE", "pl_PL", "ro_RO", "sv_SE", "nb_NO", "no_NO", "tr_TR", "fr_FR",
           "es_ES", "pt_BR", "vi_VN", "ru_RU", "uk_UA", "el_GR", "ja_JP", "zh_CN", "ko_KR",
           "hi_IN", "ar_AA", "he_IL", "cs_CZ", "hu_HU"]
PARTICLES = {"de", "da", "das", "do", "dos", "di", "del", "della", "der", "den", "du", "la",
             "le", "van", "von", "zu", "ten", "ter", "bin", "ibn", "al", "el", "y", "e",
             "auch"}  # de_DE's Faker writes "Cathleen auch Schlauchin"
COMMON = 20_000  # a name that is also a common word may show outside the room's names
EVERYDAY = 100_000  # ...and a room's name that is an everyday word ("will") in lower case
REPO = Path(__file__).resolve().parents[2]


def fakers() -> list[faker.Faker]:
    out = []
    for i, locale in enumerate(LOCALES):
        try:
            fake = faker.Faker(locale)
        except AttributeError:  # a locale this Faker does not ship
            continue
        fake.seed_instance(1000 + i)
        out.append(fake)
    return out


def person(fake: faker.Faker, below: int) -> tuple[str, str, str]:
    """(first, last, full) whose every part is rarer than ``below`` as an English word."""
    while True:
        first, last = fake.first_name(), fake.last_name()
        words = re.findall(r"[^\W\d_]+", f"{first} {last}".lower())
        if all(frequency(w) < below for w in words):
            return first, last, f"{first} {last}"


def phone(fake: faker.Faker) -> str:
    return fake.phone_number()


@pytest.fixture(scope="module")
def room(tmp_path_factory) -> tuple[Cohort, set[str]]:
    """A room of two participants per locale, each draft naming people of that locale;
    and every name, e-mail and phone number put in."""
    people = [(fake, person(fake, EVERYDAY)) for fake in fakers()]
    interviewers = [people[0][1][2], people[len(people) // 2][1][2]]
    data = panel_data()
    data["scenario"]["interviewers"] = interviewers
    exercise = exercise_from_dict(data, source="faker.yml")
    folder = make_folder(tmp_path_factory.mktemp("faker"), exercise)
    secrets: set[str] = set(interviewers)
    greeted = [person(fake, EVERYDAY)[2] for fake, _ in people]  # only ever greeted
    for i, (fake, me) in enumerate(people * 2):
        me = me if i < len(people) else person(fake, EVERYDAY)
        colleague = person(fake, COMMON)  # not in the room: rarer than a common word
        newcomer, lonely = person(fake, COMMON), person(fake, COMMON)
        other = people[(i + 3) % len(people)][1]
        iv = interviewers[i % 2]
        contacts = [fake.email(), phone(fake), fake.email(), phone(fake)]
        secrets |= {me[2], colleague[2], newcomer[2], lonely[0], greeted[i % len(greeted)],
                    *contacts}
        body = (f"Dear {greeted[i % len(greeted)] if i % 3 else iv},\n\n"
                f"Thank you for the panel interview. Talking with {iv} about the move to "
                f"Zendesk was the highlight, and my colleague {colleague[2]} joined us. "
                f"{colleague[0]} said the team is great. {newcomer[2]} showed me around. "
                f"{lonely[0]} waved. Later I met {other[2]} and {other[0]}'s friend. "
                f"I told {colleague[0].lower()}, {other[0].lower()} and "
                f"{greeted[(i + 1) % len(greeted)].lower()} how it went; "
                f"{iv.split()[-1].lower()} agreed. You can reach me at {contacts[0]} or "
                f"{contacts[1]}.\n\n"
                f"Best regards,\n{me[2]}\n{contacts[2]}\n{contacts[3]}\n")
        folder.submit(f"p{i:03d}", subject=f"Thank you, {iv}", body=body, sender=me[2])
    cohort = Cohort.from_folder(folder, workers=1)
    assert cohort.problems == ()
    return cohort, secrets


def words_of(secret: str) -> set[str]:
    """The secret, and each part of a name that could identify someone."""
    if "@" in secret or re.search(r"\d", secret):
        return {secret.lower()}
    parts = {p for p in re.split(r"[\s\-]+", secret.lower()) if p}
    return {secret.lower()} | {p for p in parts if p not in PARTICLES and len(p) > 1
                               and not p.endswith(".")}


def leaks(page: str, secrets: set[str]) -> list[str]:
    """The secrets shown on ``page``, read with its tags gone and entities decoded."""
    page = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", page)
    page = re.sub(r"<style[^>]*>.*?</style>", "", page, flags=re.DOTALL)  # not shown
    shown = html.unescape(re.sub(r"<[^>]+>", " ", page)).lower()
    found = set()
    for secret in secrets:
        for word in words_of(secret):
            if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", shown):
                found.add(f"{word} (of {secret})")
    return sorted(found)


def test_the_drafts_really_contain_them(room):
    cohort, secrets = room
    every = "\n".join(e.submission.draft().text for e in cohort.entries)
    assert len(leaks(every, secrets)) >= len(secrets)
    assert re.search(r"[\u0400-\u04ff]", every) and re.search(r"[\u4e00-\u9fff]", every)


def test_row05_the_projector_hides_every_name_and_contact(room):
    cohort, secrets = room
    for i, entry in enumerate(cohort.entries, 1):
        page = projector_html(cohort, entry, label=f"Draft {i}")
        assert leaks(page, secrets) == [], entry.submission.draft().text
        assert "Zendesk" in html.unescape(page)


def test_row05_the_summary_hides_every_name_and_contact(room):
    cohort, secrets = room
    assert leaks(cohort_summary_html(cohort), secrets) == []


@pytest.mark.parametrize("name", ["Åsa Lindqvist", "Øystein Berg", "Łukasz Żółtowski",
                                  "Ştefan Ionescu", "Îlker Çelik", "Éloïse Marchand"])
def test_row05_capitals_beyond_ascii_in_mid_sentence(name):
    masked = Masker().mask_text(f"Hi,\n\nI spoke with {name} about the plan yesterday.\n")
    assert "with [Name] about" in masked


@pytest.mark.parametrize("name", ["Marcus", "Zoë", "José", "Ngozi", "Иван", "Γιώργος"])
def test_row05_a_first_name_at_the_start_of_a_sentence(name):
    masked = Masker().mask_text(f"Hi,\n\nThanks again. {name} said the role is new.\n")
    assert name not in masked and "[Name] said the role is new." in masked


def test_ordinary_words_at_the_start_of_a_sentence_stay():
    text = ("Hi,\n\nThanks again. Frankly, the plan is good. Wishing helps nobody. "
            "Portfolio reviews help, and a portfolio shows it. Seventh-grade maths is fine.\n")
    assert Masker().mask_text(text) == text


def test_row05_a_name_known_from_the_room_in_lower_case():
    room = ["Dear Oyelaran,\n\nThank you.\n\nBest,\nKwabena Asante\n"]
    masker = Masker(participants=["Dana Whitfield"], room=room)
    masked = masker.mask_text("Hi,\n\nI told dana, oyelaran and kwabena about it.\n")
    assert "told [Participant], [Name] and [Name] about" in masked


def test_a_name_capitalised_once_is_hidden_in_lower_case_too():
    masked = Masker().mask_text("Hi,\n\nI met Ngozi Okafor there. later ngozi wrote.\n")
    assert "ngozi" not in masked.lower() and "okafor" not in masked.lower()


@pytest.mark.parametrize("text", ["a" * 80_000, "A-" * 20_000])
def test_row07_long_runs_are_masked_in_linear_time(text):
    masker = Masker(participants=["Jordan Abernathy"])
    start = time.perf_counter()
    masker.mask(text)
    assert time.perf_counter() - start < 1.0


# -- over-masking on the demo room -------------------------------------------------------------
def bench() -> object:
    spec = importlib.util.spec_from_file_location("masking_bench",
                                                  REPO / "bench" / "masking_bench.py")
    assert spec and spec.loader
    module = sys.modules.setdefault("masking_bench", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


# Measured on the 24 demo drafts of each shipped exercise: 0 ordinary words of about 2,000
# hidden before and after names at the start of sentences, in other scripts and in lower
# case were added; a rate of zero has no 1.5x, so the bound is one word in two hundred.
MAX_OVER_MASKED = 0.005


@pytest.mark.parametrize("exercise", ["thank_you_panel", "rejection_reply_graceful"])
def test_few_ordinary_words_are_hidden_on_the_demo_room(exercise):
    tally = bench().tally(load_exercise(REPO / "data" / "exercises" / f"{exercise}.yml"))
    assert tally.leaked == ()
    assert tally.words > 1000 and tally.masked > 50
    assert tally.share <= MAX_OVER_MASKED, tally
