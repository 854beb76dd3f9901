"""The probe drafts are laid out as their README says (no coachkit import)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

PROBES = Path(__file__).parent / "probes"
SCENARIOS = {p.stem for folder in (Path(__file__).parent / "corpus" / "notes", PROBES / "notes")
             for p in folder.glob("*.yml")}
# libyaml where installed: the pure-Python parser takes seconds over twenty thousand entries
INDEX = yaml.load((PROBES / "index.yaml").read_text(encoding="utf-8"),
                  Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_every_entry_has_its_file_and_every_file_an_entry():
    indexed = [e["file"] for e in INDEX]
    on_disk = {p.relative_to(PROBES).as_posix() for p in (PROBES / "drafts").glob("*.txt")}
    assert len(indexed) == len(set(indexed)) and set(indexed) == on_disk
    assert len({e["id"] for e in INDEX}) == len(INDEX)


def test_entry_fields():
    for e in INDEX:
        assert e["kind"] in {"thank_you", "check_in", "rejection_reply", "additional_info"}
        assert e["quality"] in {"good", "bad"} and e["scenario"] in SCENARIOS, e["id"]
        assert e["sent_hours"] >= 0 and e["set"] in set(range(5, 706)), e["id"]
        assert e["file"] == f"drafts/{e['id']}.txt"
        if e["quality"] == "bad":
            assert isinstance(e.get("why"), str) and e["why"], e["id"]
        text = (PROBES / e["file"]).read_text(encoding="utf-8")
        assert text.strip() and text.endswith("\n") and "\r" not in text, e["id"]


def test_the_sets_are_as_the_readme_counts_them():
    counts = Counter((e["set"], e["quality"]) for e in INDEX)
    assert counts == {(5, "good"): 26, (5, "bad"): 34, (6, "good"): 28, (6, "bad"): 32,
                      (7, "good"): 24, (7, "bad"): 26, (8, "good"): 15, (8, "bad"): 40,
                      (9, "good"): 42, (9, "bad"): 13, (10, "good"): 22, (10, "bad"): 28,
                      (11, "good"): 24, (11, "bad"): 26, (12, "good"): 24, (12, "bad"): 26,
                      (13, "good"): 24, (13, "bad"): 26, (14, "good"): 30, (14, "bad"): 30,
                      (15, "good"): 45, (15, "bad"): 15, (16, "good"): 25, (16, "bad"): 25,
                      (17, "good"): 25, (17, "bad"): 25, (18, "good"): 24, (18, "bad"): 26,
                      (19, "good"): 25, (19, "bad"): 25, (20, "good"): 25, (20, "bad"): 25,
                      (21, "good"): 25, (21, "bad"): 25, (22, "good"): 25, (22, "bad"): 25,
                      (23, "good"): 25, (23, "bad"): 25, (24, "good"): 25, (24, "bad"): 25,
                      (25, "good"): 25, (25, "bad"): 25, (26, "good"): 25, (26, "bad"): 25,
                      (27, "good"): 25, (27, "bad"): 25, (28, "good"): 25, (28, "bad"): 25,
                      (29, "good"): 25, (29, "bad"): 25, (30, "good"): 25, (30, "bad"): 25,
                      (31, "good"): 25, (31, "bad"): 25, (32, "good"): 25, (32, "bad"): 25,
                      (33, "good"): 25, (33, "bad"): 25, (34, "good"): 25, (34, "bad"): 25,
                      (35, "good"): 25, (35, "bad"): 25, (36, "good"): 25, (36, "bad"): 25,
                      (37, "good"): 25, (37, "bad"): 25, (38, "good"): 25, (38, "bad"): 25,
                      (39, "good"): 25, (39, "bad"): 25, (40, "good"): 25, (40, "bad"): 25,
                      (41, "good"): 25, (41, "bad"): 25, (42, "good"): 25, (42, "bad"): 25,
                      (43, "good"): 25, (43, "bad"): 25, (44, "good"): 25, (44, "bad"): 25,
                      (45, "good"): 25, (45, "bad"): 25, (46, "good"): 25, (46, "bad"): 25,
                      (47, "good"): 25, (47, "bad"): 25, (48, "good"): 25, (48, "bad"): 25,
                      (49, "good"): 25, (49, "bad"): 25, (50, "good"): 25, (50, "bad"): 25,
                      (51, "good"): 25, (51, "bad"): 25, (52, "good"): 25, (52, "bad"): 25,
                      (53, "good"): 25, (53, "bad"): 25, (54, "good"): 25, (54, "bad"): 25,
                      (55, "good"): 25, (55, "bad"): 25, (56, "good"): 25, (56, "bad"): 25,
                      (57, "good"): 25, (57, "bad"): 25,
                      **{(n, q): 25 for n in range(58, 706) for q in ("good", "bad")}}


def test_each_scenario_of_sets_58_to_249_has_notes_of_its_own():
    own = {p.stem for p in (PROBES / "notes").glob("*.yml")}
    used = {e["scenario"] for e in INDEX if e["set"] >= 58}
    assert used == own and len(own) == 3240
    # a probe scenario named like one of the tuning corpus's would hand its notes to the
    # drafts of sets 5-57, which borrow the corpus's notes by scenario name
    corpus = {p.stem for p in (PROBES.parent / "corpus" / "notes").glob("*.yml")}
    assert own.isdisjoint(corpus), own & corpus
    for stem in own:
        notes = yaml.safe_load((PROBES / "notes" / f"{stem}.yml").read_text(encoding="utf-8"))
        assert {"company", "role", "interviewers", "interviewed_at"} <= set(notes), stem
