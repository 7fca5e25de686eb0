"""docs/coaching.md is the rulebook trainers read: its numbers, tips and examples are the ones that run."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from dojo.coach import Coach, prospect_tags, weights
from dojo.coach.signals import Match, Signals
from dojo.coach.tips import default_tips
from dojo.vocab import CHASE_KINDS, CONTEXT_CHASE_KINDS, STAGES

ROOT = Path(__file__).parents[1]
DOC = (ROOT / "docs" / "coaching.md").read_text(encoding="utf-8")


def table_rows(header: str) -> list[list[str]]:
    """The rows of every table in the doc whose header row is `header`."""
    rows: list[list[str]] = []
    lines = DOC.splitlines()
    for index, line in enumerate(lines):
        if line.strip() != header:
            continue
        for row in lines[index + 2:]:
            if not row.startswith("|"):
                break
            rows.append([cell.strip() for cell in row.strip().strip("|").split(" | ")])
    return rows


def documented_weights() -> dict[str, int]:
    return {name.strip("`"): int(value) for name, value, _ in table_rows("| weight | value | what it is |")}


def test_the_doc_quotes_every_weight_the_code_uses():
    in_code = {name: value for name, value in vars(weights).items() if name.isupper() and isinstance(value, int)}
    in_code |= {f"BASE.{dim}": value for dim, value in weights.BASE.items()}
    in_code.pop("MAX_REPEAT", None)
    assert documented_weights() == in_code


def test_every_weight_quoted_in_the_prose_matches_the_code():
    quoted = re.findall(r"`([A-Z_]+)` \((\d+)\)", DOC)
    assert quoted, "the rules quote their weights as `NAME` (value)"
    values = documented_weights()
    assert {name: int(value) for name, value in quoted} == {name: values[name] for name, _ in quoted}


def test_the_doc_shows_the_prerequisites_and_grades_the_code_uses():
    rows = {stage.lower(): needs for stage, needs, _ in table_rows("| stage | needs first | reaching for it sooner is |")}
    for stage, needed in weights.PREREQUISITES.items():
        written = [] if rows[stage] == "nothing" else re.split(r", | and ", rows[stage].lower())
        assert written == list(needed), stage
    grades = [(int(floor), letter) for letter, floor in table_rows("| grade | overall at least |")]
    assert tuple(grades) == weights.GRADES


def test_the_doc_lists_every_tip_word_for_word():
    rows = {key.strip("`"): tip for key, tip in table_rows("| key | tip |")}
    assert rows == default_tips().by_key


def test_every_chase_kind_is_explained():
    for kind in CHASE_KINDS + CONTEXT_CHASE_KINDS:
        assert f"`chase:{kind}`" in DOC


def test_nothing_in_the_project_points_outside_it():
    for folder in ("docs", "src", "tests"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in {".md", ".py", ".toml"}:
                text = path.read_text(encoding="utf-8")
                assert not re.search(r"DOMAIN\.md|DESIGN\.md|\.\./shared", text), path
    for name in ("README.md", "CHANGELOG.md"):
        assert not re.search(r"DOMAIN\.md|DESIGN\.md|\.\./shared", (ROOT / name).read_text(encoding="utf-8")), name


# ---- the worked examples replay

EXAMPLE_HEADER = "| Turn | Prospect | Rep | Heard | Scored |"


def conversations() -> list[list[list[str]]]:
    talks: list[list[list[str]]] = []
    for row in table_rows(EXAMPLE_HEADER):
        if row[0] == "1":
            talks.append([])
        talks[-1].append(row)
    return talks


def heard(reply: str, labels: list[str]) -> Signals:
    def kinds(category: str) -> list[str]:
        return [label.split(":", 1)[1] for label in labels if label.startswith(category + ":")]
    return Signals(text=reply, gives=kinds("give"), gets=kinds("get"),
                   stages=[stage for stage in STAGES if stage in kinds("stage")], chase=kinds("chase"),
                   question="question" in labels, close_ask="close_ask" in labels,
                   permission="permission" in labels,
                   matches=[Match(label=label, span=(0, len(reply)), rule="doc", text=reply) for label in labels])


def test_there_are_worked_examples():
    assert len(conversations()) >= 8


@pytest.mark.parametrize("talk", conversations(), ids=lambda talk: talk[0][2][:40])
def test_each_worked_example_scores_as_the_doc_says(talk):
    coach = Coach()
    for turn, prospect, reply, labels, scored in talk:
        tagged = re.fullmatch(r"(.*?)(?: \[([a-z, ]+)\])?", prospect)
        assert tagged
        line, written = tagged.group(1), [tag.strip() for tag in (tagged.group(2) or "").split(",") if tag.strip()]
        events = coach.score(int(turn), heard(reply, re.findall(r"`([a-z_:]+)`", labels)),
                             prospect_tags(line, written))
        expected = [(dim, int(delta)) for dim, delta in re.findall(r"`(reciprocity|pathway|chasing) ([+-]?\d+)`", scored)]
        assert [(e.dimension, e.delta) for e in events] == expected, (reply, [e.reason for e in events])


def test_the_tips_file_is_plain_toml_the_doc_can_quote():
    data = tomllib.loads((ROOT / "src" / "dojo" / "coach" / "tips.toml").read_text(encoding="utf-8"))
    assert all("|" not in tip for tip in data["tips"].values())
