"""Exports: Markdown for a review doc, one self-contained HTML page, JSON — pinned by snapshots.

The golden transcript holds a reply full of markup and an ANSI escape, so every
snapshot also pins that trainee text is shown literally.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from dojo.cli import main
from dojo.transcript import load_transcript
from dojo.transcript.export import chart_svg, series, to_html, to_markdown
from dojo.transcript.shapes import transcript_json as to_json
from tests.conftest import DATA

FILM = DATA / "transcripts" / "film.jsonl"


@pytest.fixture
def film():
    return load_transcript(FILM)


def cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_markdown_snapshot(film, snapshot):
    assert to_markdown(film) == snapshot


def test_html_snapshot(film, snapshot):
    assert to_html(film) == snapshot


def test_json_snapshot(film, snapshot):
    assert json.dumps(to_json(film), ensure_ascii=False, indent=2) == snapshot


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_and_shows_trainee_text_literally(film):
    page = to_html(film)
    parsed = _Collector()
    parsed.feed(page)
    # Nothing fetched from anywhere: no scripts, stylesheets, images or links out.
    assert parsed.urls == [] and "script" not in parsed.tags and "link" not in parsed.tags
    assert "style" in parsed.tags and "svg" in parsed.tags
    text = "".join(parsed.text)
    # The trainee typed a script tag, markup and an ANSI escape: all shown as typed, none interpreted.
    assert "<script>alert(1)</script>" in text and "[bold]Is now a good time?[/bold]" in text
    assert "␛[31mred" in text and "\x1b" not in page
    assert "Ana <b>&amp;</b>" in text  # the player's name, literally


def test_html_chart_has_a_point_per_turn_for_each_score(film):
    points = series(film)
    assert len(points) == len(film.film().turns) + 1  # the starting scores, then each turn
    svg = chart_svg(points)
    lines = re.findall(r'<polyline[^>]*points="([^"]+)"', svg)
    assert len(lines) == 4  # reciprocity, pathway, chasing, overall
    assert all(len(line.split()) == len(points) for line in lines)
    assert "chasing 70 after turn 2" in svg and "reciprocity 30 after turn 3" in svg


def test_markdown_escapes_what_would_render(film):
    text = to_markdown(film)
    assert "\\<script\\>alert(1)\\</script\\>" in text and "\\[bold\\]" in text and "\\*stars\\*" in text
    assert "␛\\[31mred" in text and "\x1b" not in text
    # Every score event is there, at the turn where it happened, with its tip.
    assert text.index("## Turn 2") < text.index("checked in with nothing new") < text.index("## Turn 3")
    assert "*Tip:* Replace" in text


def test_json_export_is_the_play_shape_plus_the_header(film):
    data = to_json(film)
    assert {"scenario", "seed", "outcome", "turns", "scores"} <= data.keys()
    assert data["header"]["id"] == "0123456789abcdef0123456789abcdef" and data["truncated"] is False
    assert data["outcome"]["result"] == "loss" and len(data["turns"]) == 3


@pytest.mark.parametrize("fmt, start", [("md", "# Review: Mini"), ("html", "<!DOCTYPE html>"), ("json", "{")])
def test_export_cli_writes_stdout_or_a_file(capsys, tmp_path, fmt, start):
    code, out, err = cli(capsys, "export", str(FILM), "--format", fmt)
    assert code == 0 and out.startswith(start) and err == ""
    target = tmp_path / f"review.{fmt}"
    code, out, err = cli(capsys, "export", str(FILM), "-o", str(target))  # the format follows the suffix
    assert code == 0 and out == "" and target.read_text(encoding="utf-8").startswith(start)


def test_export_of_a_cut_off_transcript_says_so(capsys, tmp_path):
    cut = tmp_path / "cut.jsonl"
    data = FILM.read_bytes()
    cut.write_bytes(data[: len(data) - 30])
    code, out, err = cli(capsys, "export", str(cut), "--format", "md")
    assert code == 0 and "cut off" in out and "cut off" in err
    assert "The session was interrupted before it ended." in out


def test_export_to_an_unwritable_place_is_a_one_line_error(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, out, err = cli(capsys, "export", str(FILM), "-o", str(blocker / "x.md"))
    assert code == 2 and err.startswith("dojo: ") and err.count("\n") == 1


def test_exports_list_what_discovery_found_and_missed_as_the_text_review_does():
    from dojo.engine import Session
    from dojo.scenario.library import shipped_dir
    from dojo.scenario.load import load_scenario
    from dojo.transcript import Recorder

    path = shipped_dir() / "errand-sender.toml"
    recorder = Recorder(Session(load_scenario(path), seed=3), scenario_path=path)
    recorder.reply("Happy to send something over. What will you decide once you've read it, and by when?")
    recorder.reply("What happens on a morning when someone doesn't turn up?")
    recorder.end()
    recorder.close()
    transcript = load_transcript(recorder.path)

    markdown = to_markdown(transcript)
    # Each fact at the turn that drew it out, then a summary with the question that finds each missed one.
    turn_1 = markdown.split("## Turn 1")[1].split("## Turn 2")[0]
    assert "◆ *Uncovered* the real driver: the council contract re-tender in March" in turn_1
    discovery = markdown.split("### Discovery")[1]
    assert "✓ **the real driver** (turn 1)" in discovery
    assert "✓ **what hurts day to day** (turn 2)" in discovery
    assert "✗ **what it costs now**, missed: Once you know what hurts, ask what it costs her each month." in discovery
    assert "who signs" in discovery and "the CFO" not in markdown  # a missed fact's answer stays hidden

    page = to_html(transcript)
    assert "◆ Uncovered <strong>the real driver</strong>" in page.split('id="turn-1"')[1].split('id="turn-2"')[0]
    assert '<li class="minus">✗ <strong>what it costs now</strong>, missed:' in page
    assert "Raymond" not in page


def _played_to_its_epilogue(tmp_path):
    """Pat runs off with the info and the ending's epilogue, "(no reply)", closes the call."""
    from dojo.engine import Session
    from dojo.scenario.load import load_scenario
    from dojo.transcript import Recorder
    from tests.conftest import MINI

    recorder = Recorder(Session(load_scenario(MINI), seed=7), tmp_path, scenario_path=MINI)
    recorder.reply("Sure, I'll send the info over.")
    recorder.close()
    return load_transcript(recorder.path)


def test_markdown_tells_an_endings_epilogue_as_narration_not_under_the_prospects_name(tmp_path):
    markdown = to_markdown(_played_to_its_epilogue(tmp_path))
    turn_1 = markdown.split("## Turn 1")[1].split("## Ending")[0]
    assert "*(no reply)*" in turn_1 and "**Pat Test:** (no reply)" not in markdown
    assert "**Pat Test:** " in turn_1  # the rule's own line is still Pat's


def test_html_tells_an_endings_epilogue_as_narration_not_under_the_prospects_name(tmp_path):
    page = to_html(_played_to_its_epilogue(tmp_path))
    turn_1 = page.split('id="turn-1"')[1]
    assert '<p class="line narration">(no reply)</p>' in turn_1
    assert 'Pat Test:</span> (no reply)' not in page
    assert '<span class="who">Pat Test:</span>' in turn_1
