"""Hostile rules files, exercise rule packs, workshop folders, output paths and tokens
(review rows 8, 9, 14, 15 and 16). Library-level cases run in this process and are timed;
command-line cases run through ``run_coachkit`` (exit status, one line, time, memory)."""

from __future__ import annotations

import math
import os
import socket
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from workshop_helpers import PANEL, clean_body, make_folder, panel_data, submit

from coachkit.errors import CoachkitError, RulesError, WorkshopError
from coachkit.scoring import extend_rules

RULES_DIR = Path(__file__).resolve().parents[2] / "coachkit" / "scoring" / "rules"
DRAFT = "Dear Ana,\n\nThank you for the interview on Monday.\n\nBest,\nBo\n"
FAST_S = 1.0  # bound for one in-process load or check
TOKEN = "a-token-of-24-characters"


@pytest.fixture
def timed() -> Iterator[None]:
    """Fail the test when its body takes longer than FAST_S."""
    start = time.perf_counter()
    yield
    assert time.perf_counter() - start < FAST_S


def _pattern_rules(*patterns: str) -> dict[str, Any]:
    return {"lists": {"tone.pushy": {"entries": [{"pattern": p} for p in patterns]}}}


def _refused(data: Any, *fragments: str, error: type[Exception] = RulesError) -> str:
    with pytest.raises(error) as caught:
        extend_rules(data, "coach.yml")
    message = str(caught.value)
    assert "\n" not in message, message
    for fragment in fragments:
        assert fragment in message, message
    return message


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# -- row 8: patterns that take exponential time -------------------------------------------

ROW08_CLI = {
    "nested_plus": (r"(a+)+$", "a" * 28 + "!"),
    "words_then_bang": (r"(\w+\s?)+!", " ".join(["word"] * 30) + "."),
}


@pytest.mark.parametrize("case", ROW08_CLI)
def test_row08_catastrophic_patterns_are_refused_at_load(case, tmp_path, run_coachkit):
    pattern, text = ROW08_CLI[case]
    rules = _write(tmp_path / "coach.yml", yaml.safe_dump(_pattern_rules(pattern)))
    draft = _write(tmp_path / "draft.txt", f"Dear Ana,\n\n{text}\n\nBest,\nBo\n")
    run = run_coachkit("score", draft, "--rules", rules, timeout=15).expect(2, wall=5)
    assert "coach.yml: lists.tone.pushy.entries[0]: pattern" in run.stderr
    assert "can take exponential time" in run.stderr
    assert "a repeated group contains another repetition" in run.stderr


# id -> (pattern, what the message must say); my own hostile patterns
HOSTILE_PATTERNS = {
    "star_of_star": (r"(?:a*)*", "exponential"),
    "same_alternatives": (r"(a|a)*b", "begin alike"),
    "prefix_alternatives": (r"(a|aa)*", "begin alike"),
    "two_plus_in_plus": (r"(x+x+)+y", "exponential"),
    "dot_star_star": (r"(.*)*", "exponential"),
    "optional_alternative": (r"(a|)*b", "begin alike"),
    "plus_or_letter": (r"(a+|b)+$", "exponential"),
    "digits_dots": (r"(\d+\.?)+x", "exponential"),
    "adjacent_dot_stars": (r"x.*.*.*y", "two repetitions in a row"),
    "backreference": (r"(a)\1", "refers back"),
    "named_backreference": (r"(?P<w>\w)(?P=w)", "refers back"),
    "conditional": (r"(a)?(?(1)b|c)", "refers back"),
    "empty_match": (r"x*", "can match empty text"),
    "only_lookahead": (r"(?=a)", "can match empty text"),
    "pattern_100kb": ("a" * 100_000, "longer than the 1,000 allowed"),
    "invalid": (r"(unclosed", "not a valid regular expression"),
}


@pytest.mark.parametrize("case", HOSTILE_PATTERNS)
def test_row08_hostile_patterns_are_one_line_errors(case, timed):
    pattern, expected = HOSTILE_PATTERNS[case]
    _refused(_pattern_rules(pattern), "coach.yml: lists.tone.pushy.entries[0]", expected)


# patterns of the safe kind: accepted, and they find what they should at once
SAFE_PATTERNS = {
    "lookbehind": (r"(?<=thank )you\b", "thank you so much", "you"),
    "words_with_spaces": (r"\bI\s+(?:really\s+|truly\s+)*need\b", "I really truly need",
                          "I really truly need"),
    "distinct_alternatives": (r"\b(?:ab|cd)+!", "abcdab!", "abcdab!"),
    "word_then_space_runs": (r"\b(?:\w+\s)+why\b", "so tell me why", "so tell me why"),
}


@pytest.mark.parametrize("case", SAFE_PATTERNS)
def test_row08_safe_patterns_load_and_match_in_bounds(case, timed):
    pattern, text, found = SAFE_PATTERNS[case]
    rules = extend_rules(_pattern_rules(pattern), "coach.yml")
    # a search is polynomial, not exponential, for these: a few thousand characters of
    # repetition take milliseconds where a nested pattern would take years
    hostile = ("a " * 1_000) + "aaaa" * 500 + "!"
    assert rules.phrase_list("tone.pushy").matches(hostile) is not None
    matches = rules.phrase_list("tone.pushy").matches(text)
    assert [text[s:e] for _, s, e in matches if _.is_pattern] == [found]


@pytest.fixture
def built_in_patterns() -> list[str]:
    """Every pattern of the built-in rules files."""
    return [entry["pattern"] for path in sorted(RULES_DIR.glob("*.yaml"))
            for spec in (yaml.safe_load(path.read_text("utf-8")).get("lists") or {})
            .values() for entry in (spec.get("entries") if isinstance(spec, dict)
                                    else spec) if isinstance(entry, dict)
            and "pattern" in entry]


def test_row08_every_built_in_pattern_passes_the_check(built_in_patterns):
    from coachkit.scoring.safe_regex import pattern_problem

    assert len(built_in_patterns) > 150
    problems, slowest = [], 0.0
    for pattern in built_in_patterns:
        start = time.perf_counter()
        problem = pattern_problem(pattern)
        slowest = max(slowest, time.perf_counter() - start)
        if problem:
            problems.append((pattern, problem))
    assert problems == []
    # each check is quick (hundreds of patterns are checked when a rules pack loads)
    assert slowest < FAST_S / 10


# -- row 9: malformed rules files ---------------------------------------------------------

ROW09_CLI = {
    "length_is_a_number": ("thresholds: {concision.length: 5}",
                           "thresholds.concision.length: expected a mapping"),
    "unknown_threshold": ('thresholds: {thank_you: "abc"}', "unknown threshold 'thank_you'"),
    "lists_is_a_list": ("lists: [1, 2]", "lists must be a mapping"),
    "kinds_is_a_number": ("lists: {tone.pushy: [{phrase: asap, kinds: 5}]}",
                          "entries[0]: kinds must be a list"),
    "inverted_band": ("thresholds: {concision.length: {thank_you: [200, 75]}}",
                      "thresholds.concision.length.thank_you: [200, 75] is in the wrong order"),
    "unknown_check": ("checks: {tone.nonexistent: false}",
                      "checks.tone.nonexistent: no check or category"),
}


@pytest.mark.parametrize("case", ROW09_CLI)
def test_row09_malformed_rules_are_one_line_errors(case, tmp_path, run_coachkit):
    text, expected = ROW09_CLI[case]
    rules = _write(tmp_path / "coach.yml", text + "\n")
    draft = _write(tmp_path / "draft.txt", DRAFT)
    run = run_coachkit("score", draft, "--rules", rules).expect(2)
    assert "coach.yml" in run.stderr and expected in run.stderr, run.stderr


def test_row09_a_single_kind_is_one_kind_not_its_letters(timed):
    rules = extend_rules({"lists": {"tone.pushy": [{"phrase": "zorbly", "kinds": "thank_you"}]}},
                         "coach.yml")
    entry = rules.phrase_list("tone.pushy").entries[-1]
    assert entry.kinds == ("thank_you",)


def test_row09_every_problem_of_a_file_is_named_at_once(timed):
    data = {"thresholds": {"concision.length": {"thank_you": [200, 75]},
                           "score.half_life": -1},
            "checks": {"tone.pushi": False},
            "lists": {"tone.pushy": [{"pattern": "(a+)+"}, {"phrase": ""}]}}
    message = _refused(data, "did you mean 'tone.pushy'?", "wrong order", "half_life",
                       "exponential", "empty phrase")
    assert message.count("coach.yml:") == 5


# id -> (rules data, what the message must say); my own hostile rules
HOSTILE_RULES: dict[str, tuple[Any, str]] = {
    "file_is_a_list": ([1, 2], "expected a mapping"),
    "star_switch": ({"checks": {"*": False}}, "no check or category '*'"),
    "switch_not_bool": ({"checks": {"tone": "off"}}, "expected true or false"),
    "empty_phrase": ({"lists": {"tone.pushy": [{"phrase": ""}]}}, "empty phrase"),
    "phrase_not_text": ({"lists": {"tone.pushy": [{"phrase": ["a"]}]}}, "phrase must be text"),
    # YAML reads a bare yes/no as a true/false value: a fix would write "True"
    "suggestion_bare_yes": ({"lists": {"tone.slang": [{"phrase": "yeah", "suggestion": True}]}},
                            'got true: YAML reads a bare yes, no, on or off as true or false'),
    "suggestion_number": ({"lists": {"tone.pushy": [{"phrase": "x", "suggestion": 24}]}},
                          "suggestion must be text (got 24: put the text in quotes)"),
    "why_a_list": ({"lists": {"tone.pushy": [{"phrase": "x", "why": ["a"]}]}},
                   "why must be text (got a list)"),
    "phrase_and_pattern": ({"lists": {"tone.pushy": [{"phrase": "a", "pattern": "b"}]}},
                           "exactly one"),
    "phrase_100kb": ({"lists": {"tone.pushy": [{"phrase": "ab " * 34_000}]}},
                     "longer than the 1,000"),
    "unknown_kind": ({"lists": {"tone.pushy": [{"phrase": "x", "kinds": ["memo"]}]}},
                     "unknown kind(s) 'memo'"),
    "nan_half_life": ({"thresholds": {"score.half_life": math.nan}}, "got nan"),
    "inf_hours": ({"thresholds": {"timeliness.hours": {"thank_you": [24, math.inf]}}},
                  "got inf"),
    "negative_exclamations": ({"thresholds": {"tone.exclamations": -3}}, "from 0"),
    "huge_exclamations": ({"thresholds": {"tone.exclamations": 10**100}}, "to 10,000"),
    "bool_sentence_words": ({"thresholds": {"concision.sentence_words": [True, 40]}},
                            "got True"),
    "weights_sum_zero": ({"thresholds": {"score.weights": dict.fromkeys(
        ("timeliness", "personalization", "concision", "correctness", "tone"), 0)}},
        "add up to 0"),
    "unknown_weight": ({"thresholds": {"score.weights": {"spelling": 2}}},
                       "unknown key 'spelling'"),
    "share_above_one": ({"thresholds": {"score.weakest_share": 1.5}}, "from 0 to 1"),
    "hours_descending": ({"thresholds": {"timeliness.hours": {"thank_you": [72, 48, 24]}}},
                         "wrong order"),
    "penalty_severity": ({"thresholds": {"score.penalty": {"fatal": 50}}},
                         "unknown key 'fatal'"),
    "close_threshold_name": ({"thresholds": {"concision.lenght": {}}},
                             "did you mean 'concision.length'?"),
    "unknown_section": ({"rules": {}}, "unknown section(s) rules"),
}


@pytest.mark.parametrize("case", HOSTILE_RULES)
def test_row09_hostile_rules_are_one_line_errors(case, timed):
    data, expected = HOSTILE_RULES[case]
    _refused(data, "coach.yml", expected)


# exercise rule packs (and figures) a coach can get wrong
HOSTILE_EXERCISES: dict[str, tuple[dict[str, Any], str]] = {
    "inverted_word_band": ({"rules": {"word_band": [170, 90]}}, "rules.word_band"),
    "avoid_number": ({"rules": {"avoid": [5]}}, "rules.avoid[0] must be a phrase"),
    "avoid_list_suggestion": ({"rules": {"avoid": [{"phrase": "x", "suggestion": [1]}]}},
                              "rules.avoid[0] must be a phrase"),
    "avoid_empty": ({"rules": {"avoid": ["  "]}}, "rules.avoid[0]"),
    "avoid_100kb": ({"rules": {"avoid": ["synergy " * 12_500]}}, "longer than the 1,000"),
    "minutes_negative": ({"minutes": -5}, "'minutes' must be a whole number from 1"),
    "minutes_huge": ({"minutes": 10**9}, "'minutes' must be a whole number from 1"),
}


@pytest.mark.parametrize("case", HOSTILE_EXERCISES)
def test_row09_exercise_rule_packs_are_checked(case, tmp_path, run_coachkit):
    changes, expected = HOSTILE_EXERCISES[case]
    data = {**panel_data(), **changes}
    path = _write(tmp_path / "exercise.yml", yaml.safe_dump(data))
    run = run_coachkit("workshop", "check", path).expect(2)
    assert "exercise.yml" in run.stderr and expected in run.stderr, run.stderr


# -- row 14: links and strange files under submissions/ -----------------------------------

def _outside_submission(tmp_path: Path) -> Path:
    """A participant folder of another workshop holding one valid submission."""
    other = make_folder(tmp_path, PANEL, name="elsewhere")
    submit(other, "p-9", clean_body("Outside Person"))
    return other.path / "submissions" / "p-9"


def _link_to_etc(sub: Path, tmp_path: Path) -> None:
    (sub / "etc").symlink_to("/etc")


def _link_outside(sub: Path, tmp_path: Path) -> None:
    (sub / "p-9").symlink_to(_outside_submission(tmp_path), target_is_directory=True)


ROW14 = {"link_to_etc": _link_to_etc, "link_outside_workshop": _link_outside}


@pytest.mark.parametrize("case", ROW14)
def test_row14_linked_folders_are_skipped_not_followed(case, tmp_path, run_coachkit):
    room = make_folder(tmp_path)
    submit(room, "p-1", clean_body())
    ROW14[case](room.path / "submissions", tmp_path)
    status = run_coachkit("workshop", "status", room.path).expect(0)
    assert "1 participants" in status.stdout and "p-9" not in status.stdout
    assert "is a symbolic link; skipped" in status.stderr
    assert "passwd" not in status.stderr + status.stdout
    out = tmp_path / "out"
    report = run_coachkit("workshop", "report", room.path, "-o", out).expect(0)
    assert "is a symbolic link; skipped" in report.stderr
    assert sorted(p.name for p in (out / "feedback").iterdir()) == ["p-1.html"]


def _file_link(sub: Path, tmp_path: Path) -> str:
    target = _outside_submission(tmp_path) / "p-9-r0001.json"
    (sub / "p-9").mkdir()
    (sub / "p-9" / "p-9-r0001.json").symlink_to(target)
    return "is a symbolic link; skipped"


def _fifo(sub: Path, tmp_path: Path) -> str:
    (sub / "p-2").mkdir()
    os.mkfifo(sub / "p-2" / "p-2-r0001.json")
    return "not a submission file"


def _device(sub: Path, tmp_path: Path) -> str:
    (sub / "p-3").mkdir()
    os.mknod(sub / "p-3" / "p-3-r0001.json", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    return "not a submission file"


def _hard_link(sub: Path, tmp_path: Path) -> str:
    secret = _write(tmp_path / "secret.txt", "root:x:0:0:SECRET-LINE\n")
    (sub / "p-4").mkdir()
    os.link(secret, sub / "p-4" / "p-4-r0001.json")
    return "damaged or partial JSON"


def _newline_folder(sub: Path, tmp_path: Path) -> str:
    (sub / "p-5\nfake: line").mkdir()
    return "p-5\\nfake: line: not a participant folder"


def _trailing_newline_folder(sub: Path, tmp_path: Path) -> str:
    (sub / "p-6\n").mkdir()
    return "p-6\\n: not a participant folder"


def _submissions_link(sub: Path, tmp_path: Path) -> str:
    elsewhere = _outside_submission(tmp_path).parent
    sub.rename(tmp_path / "moved")
    sub.symlink_to(elsewhere, target_is_directory=True)
    return "submissions: is a symbolic link; skipped"


HOSTILE_FOLDERS: dict[str, Callable[[Path, Path], str]] = {
    "file_link": _file_link, "fifo": _fifo, "char_device": _device, "hard_link": _hard_link,
    "newline_folder_name": _newline_folder, "trailing_newline_name": _trailing_newline_folder,
    "submissions_is_a_link": _submissions_link,
}


@pytest.mark.parametrize("case", HOSTILE_FOLDERS)
def test_row14_strange_files_are_skipped_in_bounds(case, tmp_path, run_coachkit):
    if case == "char_device" and os.geteuid() != 0:
        pytest.skip("making a device needs root")
    room = make_folder(tmp_path)
    submit(room, "p-1", clean_body())
    expected = HOSTILE_FOLDERS[case](room.path / "submissions", tmp_path)
    run = run_coachkit("workshop", "status", room.path, timeout=15).expect(0)
    assert expected in run.stderr, run.stderr
    assert "SECRET-LINE" not in run.stderr + run.stdout and "p-9" not in run.stdout
    skipped = [line for line in run.stderr.splitlines() if line.startswith("coachkit:")]
    assert len(skipped) == len(run.stderr.splitlines())  # every problem on its own line


# -- row 15: outputs inside the workshop folder -------------------------------------------

def _room_with_draft(tmp_path: Path) -> Path:
    room = make_folder(tmp_path)
    submit(room, "p-1", clean_body())
    return room.path


ROW15 = {
    "report_into_submissions": ("report", "{ws}/submissions", False),
    "score_over_exercise": ("score", "{ws}/exercise.yml", True),
}
HOSTILE_OUTPUTS = {
    "dotdot_submissions": ("report", "{ws}/../room/submissions", True),
    "folder_itself": ("report", "{ws}", True),
    "new_subfolder": ("report", "{ws}/reports", False),
    "csv_in_participant_folder": ("score", "{ws}/submissions/p-1/p-1-r0002.json", True),
    "link_into_folder": ("report", "{tmp}/innocent", True),
}


@pytest.mark.parametrize("case", [*ROW15, *HOSTILE_OUTPUTS])
def test_row15_outputs_inside_the_workshop_folder_are_refused(case, tmp_path, run_coachkit):
    ws = _room_with_draft(tmp_path)
    (tmp_path / "innocent").symlink_to(ws / "submissions", target_is_directory=True)
    action, output, force = {**ROW15, **HOSTILE_OUTPUTS}[case]
    before = {p: p.read_bytes() for p in ws.rglob("*") if p.is_file()}
    args = ["workshop", action, ws, "-o", output.format(ws=ws, tmp=tmp_path)]
    run = run_coachkit(*args, *(["--force"] if force else [])).expect(2)
    assert "inside the" in run.stderr and "write it outside" in run.stderr, run.stderr
    after = {p: p.read_bytes() for p in ws.rglob("*") if p.is_file()}
    assert after == before  # nothing written, nothing replaced


def test_row15_outputs_beside_the_folder_are_written(tmp_path, run_coachkit):
    ws = _room_with_draft(tmp_path)
    run_coachkit("workshop", "report", ws, "-o", tmp_path / "room-report").expect(0)
    assert (tmp_path / "room-report" / "feedback" / "p-1.html").is_file()


# -- row 16: the serve token --------------------------------------------------------------

def test_row16_a_short_token_is_refused(tmp_path, run_coachkit):
    ws = _room_with_draft(tmp_path)
    run = run_coachkit("workshop", "serve", ws, "--token", "a").expect(2)
    assert "too short" in run.stderr and "16 characters" in run.stderr


def test_row16_a_token_on_the_command_line_warns(tmp_path, run_coachkit):
    ws = _room_with_draft(tmp_path)
    with socket.socket() as busy:  # the page never starts: the port is taken
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        run = run_coachkit("workshop", "serve", ws, "--token", TOKEN, "--port", port)
    assert run.status == 2 and "Traceback" not in run.stderr and run.wall < 5
    assert "every user" in run.stderr and "(ps)" in run.stderr and "--token-file" in run.stderr
    assert "already in use" in run.stderr


HOSTILE_TOKENS = {
    "fifteen_chars": ("x" * 15, "too short"),
    "spaces_around": ("  " + TOKEN + "  ", "starts or ends with spaces"),
    "newline_inside": (TOKEN[:10] + "\n" + TOKEN[10:], "line break"),
    "whitespace_only": (" " * 20, "empty token"),
    "ten_thousand_chars": ("k" * 10_000, "longer than the 200 allowed"),
}


@pytest.mark.parametrize("case", HOSTILE_TOKENS)
def test_row16_hostile_tokens_are_refused(case, timed):
    from coachkit.workshop.serve import check_token

    token, expected = HOSTILE_TOKENS[case]
    with pytest.raises(WorkshopError, match=expected):
        check_token(token)


def test_row16_the_token_comes_from_a_file_or_the_environment(tmp_path, timed):
    from coachkit.workshop.serve import ENV_TOKEN, token_from

    private = _write(tmp_path / "token", TOKEN + "\n")
    private.chmod(0o600)
    assert token_from(None, private, {}) == (TOKEN, [])
    private.chmod(0o644)
    token, warnings = token_from(None, private, {})
    assert token == TOKEN and "chmod 600" in warnings[0]
    assert token_from(None, None, {ENV_TOKEN: TOKEN}) == (TOKEN, [])
    assert token_from(None, None, {}) == (None, [])
    with pytest.raises(WorkshopError, match="too short"):
        token_from(None, None, {ENV_TOKEN: "abc"})
    with pytest.raises(CoachkitError, match="token"):
        token_from(None, tmp_path / "missing", {})
    assert "ps" in token_from(TOKEN, None, {})[1][0]


def test_row14_a_submission_is_never_written_through_a_link(tmp_path):
    room = make_folder(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (room.path / "submissions" / "p-8").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(WorkshopError, match="is a symbolic link"):
        room.submit("p-8", subject="Thanks", body=clean_body())
    assert list(elsewhere.iterdir()) == []
