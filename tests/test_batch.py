"""`dojo score` and `dojo validate` over many files print exactly what they print for each file alone,
whatever the number of worker processes and however many files share a scenario."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from dojo.cli import checking, main, score
from dojo.engine import Session
from dojo.scenario.library import shipped_dir
from dojo.scenario.load import load_scenario
from dojo.transcript import Recorder
from tests.conftest import DATA, MINI

CORPUS = [json.loads(line)["text"] for line in (DATA / "replies.jsonl").read_text(encoding="utf-8").splitlines()
          if line.strip()]


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def played(scenario_path: Path, seed: int, data_dir: Path) -> Path:
    """A finished or interrupted session of corpus replies, saved as a transcript."""
    rng = random.Random(seed)
    session = Session(load_scenario(scenario_path), seed=seed, player=rng.choice(["Ana", "Ravi", "Jo"]))
    for _ in range(rng.randrange(1, 8)):
        if session.finished:
            break
        session.reply(rng.choice(CORPUS))
    recorder = Recorder(session, data_dir=data_dir, scenario_path=scenario_path, index=False)
    recorder.close()
    assert recorder.path is not None
    return recorder.path


@pytest.fixture
def transcripts(dojo_home, tmp_path) -> list[str]:
    """Transcripts of three scenarios (one since edited, one since moved, one gone), a broken one, a missing one."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    edited = folder / "edited.toml"
    edited.write_text(MINI.read_text(encoding="utf-8").replace('id = "mini"', 'id = "edited"'), encoding="utf-8")
    moved = folder / "moved.toml"
    moved.write_text(MINI.read_text(encoding="utf-8").replace('id = "mini"', 'id = "moved"'), encoding="utf-8")
    shipped = sorted(shipped_dir().glob("*.toml"))[:2]
    sources = [*shipped, edited, moved, MINI]
    files = [played(sources[number % len(sources)], number, tmp_path / "play") for number in range(14)]
    edited.write_text(edited.read_text(encoding="utf-8").replace("We decide by Friday.", "We decide on Monday."),
                      encoding="utf-8")
    moved.rename(folder / "elsewhere.toml")
    broken = tmp_path / "broken.jsonl"
    broken.write_text("not a transcript\n", encoding="utf-8")
    cut = tmp_path / "cut.jsonl"
    cut.write_bytes(files[0].read_bytes()[:-40])
    names = [str(path) for path in files]
    return [names[0], str(broken), *names[1:7], str(cut), str(tmp_path / "missing.jsonl"), *names[7:]]


def one_by_one(capsys, files: list[str], *options: str) -> tuple[int, str, str]:
    """What scoring each file in its own run prints, joined as one run over all of them would print it."""
    outs, errs, codes = [], [], []
    for file in files:
        code, out, err = cli(capsys, "score", file, *options)
        codes.append(code)
        errs.append(err)
        if out:
            outs.append(out if "--json" in options or len(codes) == 1 else f"\n{out}")
    return max(codes), "".join(outs), "".join(errs)


@pytest.mark.parametrize("jobs", ["1", "3"])
@pytest.mark.parametrize("options", [(), ("--json",)])
def test_scoring_many_files_prints_what_scoring_each_alone_prints(transcripts, capsys, monkeypatch, jobs, options):
    monkeypatch.setattr(score, "CHUNK", 2)  # several chunks and several workers even for a few files
    alone = one_by_one(capsys, transcripts, *options)
    together = cli(capsys, "score", *transcripts, "--jobs", jobs, *options)
    assert together == alone
    code, out, err = together
    # The broken file, the missing one and the three played from the scenario since moved, nothing else.
    assert code == 2 and err.count("dojo: ") == 5 and err.count("scenario 'moved' not found") == 3
    if options:
        rows = [json.loads(line) for line in out.splitlines()]
        assert len(rows) == len(transcripts) - 5
        assert any(row["scenario_changed"] for row in rows) and any(row["truncated"] for row in rows)


def test_scoring_against_one_named_scenario_matches_each_file_alone(transcripts, capsys, monkeypatch):
    monkeypatch.setattr(score, "CHUNK", 3)
    for ref in (str(MINI), "no-such-scenario"):
        alone = one_by_one(capsys, transcripts, "--scenario", ref)
        assert cli(capsys, "score", *transcripts, "--scenario", ref, "--jobs", "2") == alone


def test_jobs_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit):
        main(["score", "x.jsonl", "--jobs", "0"])
    assert "too few" in capsys.readouterr().err


@pytest.fixture
def library(tmp_path) -> Path:
    """Copies of a persona that differ only in their id, and copies that differ in what they play."""
    folder = tmp_path / "library"
    folder.mkdir()
    text = MINI.read_text(encoding="utf-8")
    for number in range(3):
        (folder / f"copy-{number}.toml").write_text(text.replace('id = "mini"', f'id = "copy-{number}"'),
                                                    encoding="utf-8")
    renamed = text.replace('id = "mini"', 'id = "renamed"').replace("Pat Test", "Robin Test")
    (folder / "renamed.toml").write_text(renamed.replace('expect_outcome = "win"', 'expect_outcome = "loss"'),
                                         encoding="utf-8")
    (folder / "stricter.toml").write_text(
        text.replace('id = "mini"', 'id = "stricter"').replace('expect_outcome = "win"', 'expect_outcome = "loss"'),
        encoding="utf-8")
    (folder / "twin.toml").write_text(text.replace('id = "mini"', 'id = "copy-1"'), encoding="utf-8")
    for path in sorted(shipped_dir().glob("*.toml"))[:2]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.mark.parametrize("command", [["validate"], ["validate", "--format", "json"], ["test"]])
def test_validating_a_folder_reports_each_file_as_it_would_alone(library, capsys, command):
    code, out, _ = cli(capsys, *command, str(library))
    for path in sorted(library.glob("*.toml")):
        if path.name == "twin.toml":  # its id is a duplicate only next to copy-1
            continue
        _, alone, _ = cli(capsys, *command, str(path))
        if command[-1] == "json":
            [mine] = json.loads(alone)["files"]
            assert mine in json.loads(out)["files"]
        else:
            # Every line but the closing count ("1 file: …", "2 passed in 0.01s").
            lines = [line for line in alone.splitlines() if line.strip() and not line[0].isdigit()]
            assert lines and all(line in out.splitlines() for line in lines), path.name
    assert code == 1  # the two copies whose pinned test now expects a loss fail


def test_copies_that_play_differently_get_their_own_test_results(library, capsys):
    _, out, _ = cli(capsys, "test", str(library))
    assert "Robin Test" in out and "FAILED" in out
    assert out.count("::asking wins") == 2  # renamed and stricter; the id-only copies pass


@pytest.mark.parametrize("command", [["validate"], ["validate", "--format", "json", "--strict"], ["test", "-v"]])
def test_validating_with_workers_prints_what_one_process_prints(library, capsys, monkeypatch, command):
    monkeypatch.setattr(checking, "CHUNK", 2)
    alone = cli(capsys, *command, str(library), "--jobs", "1")
    together = cli(capsys, *command, str(library), "--jobs", "3")
    if command[0] == "test":  # its closing line says how long it took
        alone, together = ((code, out.rsplit(" in ", 1)[0], err) for code, out, err in (alone, together))
    assert together == alone
    assert "duplicate scenario id 'copy-1'" in alone[1] or command[0] == "test"


def _without_tests(text: str) -> str:
    return text[:text.index("[[tests]]")]


def test_workers_start_without_the_coach_when_no_file_needs_it(tmp_path, capsys, monkeypatch):
    """A library with no pinned tests or lexicon examples never needs the default lexicon, which
    would be most of the run: the workers are not handed one compiled in advance."""
    folder = tmp_path / "library"
    folder.mkdir()
    text = _without_tests(MINI.read_text(encoding="utf-8"))
    for number in range(5):
        (folder / f"copy-{number}.toml").write_text(text.replace('id = "mini"', f'id = "copy-{number}"'),
                                                    encoding="utf-8")
    (folder / "broken.toml").write_text(text.replace('start = "', 'start = "nowhere-'), encoding="utf-8")
    compiled: list[bool] = []
    monkeypatch.setattr(checking, "default_lexicon", lambda: compiled.append(True))
    monkeypatch.setattr(checking, "CHUNK", 2)
    together = cli(capsys, "validate", str(folder), "--jobs", "2")
    assert compiled == []
    alone = cli(capsys, "validate", str(folder), "--jobs", "1")
    assert together == alone and together[0] == 1  # every error still reported: the broken start
    assert "nowhere-" in together[1]


def test_a_file_that_names_tests_or_examples_anywhere_may_need_the_coach(tmp_path):
    plain = _without_tests(MINI.read_text(encoding="utf-8"))
    quiet = tmp_path / "quiet.toml"
    quiet.write_text(plain + "# tests come later\n", encoding="utf-8")
    assert not checking._may_hear([quiet, tmp_path / "missing.toml"])
    for name, extra in (("tested.toml", MINI.read_text(encoding="utf-8")),
                        ("examples.toml", plain + '\n[[lexicon.rules]]\nexamples = ["x"]\n'),
                        ("inline.toml", plain + 'lexicon = { rules = [{ id = "x", examples = ["y"] }] }\n')):
        (tmp_path / name).write_text(extra, encoding="utf-8")
        assert checking._may_hear([quiet, tmp_path / name]), name
    assert checking._may_hear([Path("/dev/stdin")])  # never read twice: counted as needing it
