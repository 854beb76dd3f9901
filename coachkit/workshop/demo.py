"""A made-up room of participants, for rehearsing a workshop or trying the board.

``demo_drafts`` writes plausible drafts for an exercise from the composer's own
guide (its steps, example openings and subject lines, filled from the scenario),
each signed by a fictional participant and most with one to three of the slips a
real room makes: a typo, a phrase the coach listed to avoid, a missing part, too
many exclamation marks, a pushy line, the interviewer's name misspelt, a long
ramble. Nothing is downloaded; the same seed gives the same room.
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from coachkit.compose import Composition
from coachkit.workshop.exercise import Exercise
from coachkit.workshop.folder import WorkshopFolder

__all__ = ["SLIPS", "demo_drafts", "submit_demo"]

# Fictional participants (first names that are not also everyday English words).
_FIRST = ("Amara", "Bastian", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi",
          "Ingrid", "Jamal", "Keiko", "Lorenzo", "Marisol", "Nikhil", "Oksana", "Pavel",
          "Quentin", "Rania", "Soren", "Tanvi", "Ulrich", "Valeria", "Wen", "Ximena",
          "Yusuf", "Zofia", "Anouk", "Bongani", "Camille", "Declan", "Esperanza", "Florin")
_LAST = ("Abernethy", "Baptiste", "Castellanos", "Drummond", "Eriksen", "Fairbairn",
         "Gallagher", "Haddad", "Ivanova", "Jablonski", "Kowalczyk", "Lindgren", "Mbeki",
         "Nakashima", "Okonkwo", "Pellegrini", "Quisumbing", "Rasmussen", "Szabo",
         "Thorsdottir", "Uchenna", "Vasquez", "Whitlock", "Yilmaz", "Zeller")

SLIPS = ("missing_step", "misspelling", "avoided_phrase", "exclamations", "pushy",
         "name_misspelt", "ramble")  # in the order they are put in
_SLIP_WEIGHTS = (3, 5, 4, 3, 3, 3, 2)
_SLIP_COUNTS = ((0, 2), (1, 3), (2, 3), (3, 2), (4, 1))  # (number of slips, weight)

_MISSPELT = {
    "conversation": "conversasion", "interest": "intrest", "appreciated": "apreciated",
    "forward": "foward", "experience": "experiance", "definitely": "definately",
    "believe": "beleive", "disappointed": "dissapointed", "considered": "concidered",
    "considering": "considerring", "future": "futture", "again": "agian",
    "letting": "leting", "speaking": "speeking", "explaining": "explainning",
    "receive": "recieve", "really": "realy", "which": "wich", "until": "untill",
    "opportunity": "oportunity", "learning": "lerning", "confirmed": "confimred",
    "welcome": "wellcome", "improve": "improove", "understand": "undrestand",
}
_TYPO_SENTENCE = "I am definately keen to contribute from the first week."

_AVOID_SENTENCES = {
    "circle back": "I will circle back next week with a few more ideas.",
    "touch base": "I would be happy to touch base again whenever it suits you.",
    "synergy": "I can already see a real synergy between my background and the team.",
    "rockstar": "I would be a rockstar on the customer side from day one.",
    "customer obsessed": "I am customer obsessed, and my results show it.",
    "reconsider": "I would ask you to reconsider, as I am sure I could catch up quickly.",
    "devastated": "I have to admit I was devastated to read your message.",
    "unfair": "It feels a little unfair to decide on that point alone.",
    "just wanted to": "I just wanted to say thank you once more.",
    "reach out": "Please reach out if you need anything else from me.",
    "passionate": "I am passionate about this kind of work.",
}

_PUSHY = (
    "Please let me know by Friday, as I have other offers to consider.",
    "I expect an answer by the end of the week.",
    "Please get back to me as soon as possible.",
    "The sooner the better, as I have other options on the table.",
    "I look forward to receiving your offer.",
)

_RAMBLE = (
    "I have always believed that the most important thing in any job is to keep learning, "
    "and over the years I have had the chance to work with many different kinds of people "
    "in many different kinds of settings, which has taught me a great deal about patience, "
    "about communication and about the value of listening carefully before speaking.",
    "In my previous roles I was often the person colleagues came to when something had gone "
    "wrong, whether it was a missed deadline, an unhappy client or a process that nobody "
    "quite understood any more, and I have always enjoyed untangling those situations and "
    "making sure that the same problem did not come back a few weeks later.",
    "I also want to mention that outside of work I volunteer with a local group that helps "
    "people prepare for job interviews, which has given me a lot of practice in explaining "
    "complicated things simply and in staying calm when a conversation becomes difficult.",
    "All of this is to say that I feel I would bring a wide range of experience to the "
    "team, and that I am confident I could adapt quickly to the way you work, even in the "
    "areas where I have less direct experience at the moment.",
)

# Completions for example openings that stop mid-sentence, by how they end.
_COMPLETIONS = (
    (re.compile(r"\bI have$"), (
        "completed a short course on it and tried it out on a small project of my own.",
        "talked it over with two former colleagues who do this well, and I now have a plan "
        "for my first months.",
        "read the team's public case studies and noted what I would try first.")),
    (re.compile(r"\bI$"), (
        "led a similar piece of work and cut the backlog by a third.",
        "handled this kind of situation every week and kept the clients we nearly lost.",
        "worked on something very close to this, with good results.")),
    (re.compile(r"\bthat$"), (
        "I would start by listening to everyone involved before proposing anything.",
        "I have done this before and enjoyed it.",
        "it is exactly the kind of problem I like to work on.")),
    (re.compile(r":$"), (
        "https://portfolio.example.org/case-study",
        "a one-page summary is attached to this message.")),
)

# Sentences that can follow a step's example, so two drafts rarely read the same.
_EXTRAS = {
    "gratitude": ("It was good to meet the people I would be working with.",
                  "I enjoyed hearing how the team works day to day.",
                  "The hour went by quickly, which I take as a good sign."),
    "interest_fit": ("In my current job I handle a similar mix of planning and people, and "
                     "I enjoy it.",
                     "I like work where listening carefully comes before answering.",
                     "It is the kind of problem I have solved before and would enjoy solving "
                     "again."),
    "question_concern": ("I would be glad to talk through how I would approach my first "
                         "three months.",),
    "interest": ("The role still feels like a very good fit for me.",),
    "new_info": ("It took about two weeks alongside my current job.",),
    "thanks": ("I learned a lot from the process itself.",),
    "acceptance": ("The case study in particular was a good experience.",),
    "door_open": ("Please keep my details on file.",),
}


def demo_drafts(exercise: Exercise, n: int, seed: int = 0) -> list[dict[str, Any]]:
    """``n`` participants' drafts for ``exercise``: each a dict with ``code``
    ("demo-01"…), ``sender``, ``subject``, ``body``, ``parts`` (text by step) and
    ``slips`` (the mistakes put in, from ``SLIPS``). The same seed gives the same
    drafts, and the first k of n are the drafts of a room of k."""
    if n < 0:
        raise ValueError(f"n must be 0 or more (got {n})")
    names = _names(exercise, seed)
    width = max(2, len(str(n)))
    return [_draft(exercise, f"demo-{i:0{width}d}", names[(i - 1) % len(names)],
                   random.Random(f"{seed}:{exercise.id}:{i}"))
            for i in range(1, n + 1)]


def submit_demo(folder: WorkshopFolder, n: int, seed: int = 0) -> list[Path]:
    """Submit ``n`` demo participants' drafts into ``folder`` (about one in four submits
    an unfinished version first, then the finished one); the paths written, in order."""
    exercise = folder.exercise()
    rng = random.Random(f"{seed}:{exercise.id}:submissions")
    now = datetime.now(UTC)
    written: list[Path] = []
    for d in demo_drafts(exercise, n, seed):
        when = now - timedelta(minutes=rng.uniform(0, exercise.minutes))
        if rng.random() < 0.25 and len(d["parts"]) > 2:
            earlier = dict(list(d["parts"].items())[:-1])  # not signed off yet
            subject, body = _assemble(exercise, d["sender"], earlier, d["subject"])
            written.append(folder.submit(d["code"], subject=subject, body=body,
                                         sender=d["sender"], parts=earlier,
                                         now=when - timedelta(minutes=rng.uniform(2, 6))))
        written.append(folder.submit(d["code"], subject=d["subject"], body=d["body"],
                                     sender=d["sender"], parts=d["parts"], now=when))
    return written


# -- one participant -------------------------------------------------------------------
def _names(exercise: Exercise, seed: int) -> list[str]:
    taken = {w.lower() for person in exercise.scenario.interviewers for w in person.split()}
    names = [f"{first} {last}" for first in _FIRST for last in _LAST
             if first.lower() not in taken and last.lower() not in taken]
    random.Random(f"{seed}:names").shuffle(names)
    # one first name per participant while they last, so the room reads as many people
    firsts: dict[str, str] = {}
    for name in names:
        firsts.setdefault(name.split()[0], name)
    distinct = list(firsts.values())
    return distinct + [n for n in names if n not in firsts.values()]


def _draft(exercise: Exercise, code: str, sender: str, rng: random.Random) -> dict[str, Any]:
    c = Composition(kind=exercise.kind, notes=exercise.scenario, sender=sender)
    parts: dict[str, str] = {}
    for step in c.guide.steps:
        if step.optional and rng.random() < 0.6:
            continue
        examples = c.examples(step.id)
        if not examples:
            continue
        text = _complete(rng.choice(examples), rng)
        extras = _EXTRAS.get(step.id, ())
        if extras and rng.random() < 0.5:
            text += " " + rng.choice(extras)
        parts[step.id] = text
    slips = _choose_slips(exercise, rng)
    for slip in slips:
        _SLIP_MAKERS[slip](parts, exercise, rng)
    if "close" in parts and rng.random() < 0.35:
        parts["close"] += "\n" + _email(sender, rng)
    subjects = c.subject_suggestions()
    subject = rng.choice(subjects) if subjects else "Thank you"
    subject, body = _assemble(exercise, sender, parts, subject)
    return {"code": code, "sender": sender, "subject": subject, "body": body,
            "parts": parts, "slips": slips}


def _assemble(exercise: Exercise, sender: str, parts: dict[str, str],
              subject: str) -> tuple[str, str]:
    c = Composition(kind=exercise.kind, notes=exercise.scenario, sender=sender)
    for step_id, text in parts.items():
        c.set_text(step_id, text)
    c.subject = subject
    draft = c.assemble().draft
    return draft.subject or "", draft.body


def _complete(example: str, rng: random.Random) -> str:
    """An example opening made into whole sentences."""
    text = example.rstrip()
    for pattern, endings in _COMPLETIONS:
        if pattern.search(text):
            return f"{text} {rng.choice(endings)}"
    return text if text[-1:] in ".!?,:;" or "\n" in text else text + "."


def _choose_slips(exercise: Exercise, rng: random.Random) -> list[str]:
    count = rng.choices([k for k, _ in _SLIP_COUNTS], [w for _, w in _SLIP_COUNTS])[0]
    pool = [(s, w) for s, w in zip(SLIPS, _SLIP_WEIGHTS, strict=True)
            if s != "avoided_phrase" or exercise.pack.avoid]
    if not exercise.scenario.interviewers:
        pool = [(s, w) for s, w in pool if s != "name_misspelt"]
    chosen: list[str] = []
    while pool and len(chosen) < count:
        slip = rng.choices([s for s, _ in pool], [w for _, w in pool])[0]
        chosen.append(slip)
        pool = [(s, w) for s, w in pool if s != slip]
    return [s for s in SLIPS if s in chosen]  # applied in a fixed order


def _middle(parts: dict[str, str]) -> list[str]:
    """The steps between the greeting and the close that have text."""
    ids = list(parts)
    return [s for s in ids[1:-1] if parts[s].strip()] or ids


def _misspelling(parts: dict[str, str], _exercise: Exercise, rng: random.Random) -> None:
    spots = [(step, m) for step in _middle(parts)
             for m in re.finditer(r"[A-Za-z]+", parts[step]) if m.group().lower() in _MISSPELT]
    if not spots:
        step = rng.choice(_middle(parts))
        parts[step] += " " + _TYPO_SENTENCE
        return
    step, m = rng.choice(spots)
    wrong = _MISSPELT[m.group().lower()]
    if m.group()[0].isupper():
        wrong = wrong.capitalize()
    parts[step] = parts[step][:m.start()] + wrong + parts[step][m.end():]


def _avoided_phrase(parts: dict[str, str], exercise: Exercise, rng: random.Random) -> None:
    phrase = rng.choice(exercise.pack.entries())["phrase"]
    sentence = _AVOID_SENTENCES.get(phrase.lower(),
                                    f"As I said in the interview, {phrase} sums up how I work.")
    step = rng.choice(_middle(parts))
    parts[step] += " " + sentence


def _missing_step(parts: dict[str, str], _exercise: Exercise, rng: random.Random) -> None:
    middle = _middle(parts)
    if len(middle) > 1:
        del parts[rng.choice(middle)]


def _exclamations(parts: dict[str, str], _exercise: Exercise, rng: random.Random) -> None:
    for step in _middle(parts):
        parts[step] = re.sub(r"\.(?=\s|$)", "!", parts[step])
    ending = [s for s in _middle(parts) if parts[s].endswith("!")]
    if ending:
        step = rng.choice(ending)
        parts[step] += "!!"
    else:
        parts[_middle(parts)[0]] += " Thanks so much!!!"


def _pushy(parts: dict[str, str], _exercise: Exercise, rng: random.Random) -> None:
    line = rng.choice(_PUSHY)
    if "close" in parts:
        parts["close"] = f"{line} {parts['close']}"
    else:
        step = rng.choice(_middle(parts))
        parts[step] += " " + line


def _name_misspelt(parts: dict[str, str], exercise: Exercise, rng: random.Random) -> None:
    names = {w for person in exercise.scenario.interviewers for w in person.split()
             if len(w) >= 4}
    for step in parts:
        found = [m for m in re.finditer(r"[^\W\d_]+", parts[step]) if m.group() in names]
        if found:
            m = rng.choice(found)
            parts[step] = parts[step][:m.start()] + _typo(m.group(), rng) + \
                parts[step][m.end():]
            return
    first = exercise.scenario.interviewers[0].split()[0]
    greeting = next(iter(parts))
    parts[greeting] = f"Dear {_typo(first, rng)},"


def _typo(name: str, rng: random.Random) -> str:
    """The name with two neighbouring letters swapped, or one doubled or dropped."""
    inner = [i for i in range(1, len(name) - 1) if name[i] != name[i + 1]]
    how = rng.randrange(3)
    if how == 0 and inner:
        i = rng.choice(inner)
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    i = rng.randrange(1, len(name))
    if how == 2 and len(name) >= 5:
        return name[:i] + name[i + 1:]
    return name[:i] + name[i] + name[i:]


def _ramble(parts: dict[str, str], _exercise: Exercise, rng: random.Random) -> None:
    step = max(_middle(parts), key=lambda s: len(parts[s]))
    chosen = rng.sample(range(len(_RAMBLE)), k=rng.randint(3, 4))
    parts[step] += "\n\n" + " ".join(_RAMBLE[i] for i in sorted(chosen))


def _email(sender: str, rng: random.Random) -> str:
    plain = unicodedata.normalize("NFKD", sender).encode("ascii", "ignore").decode().lower()
    first, *rest = plain.split()
    last = rest[-1] if rest else "writer"
    user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last[:1]}"])
    return f"{user}@{rng.choice(['example.com', 'example.org', 'example.net'])}"


_SLIP_MAKERS = {"misspelling": _misspelling, "avoided_phrase": _avoided_phrase,
                "missing_step": _missing_step, "exclamations": _exclamations, "pushy": _pushy,
                "name_misspelt": _name_misspelt, "ramble": _ramble}
