"""Scenario files are read (on the main thread) by a TOML 1.0 reader in Rust, and again by `tomllib` when it refuses one.

A trainer must never see a file accepted that `tomllib` (the reader dojo has always used) refuses,
nor a value read differently: both readers must give the same values, of the same types, in the
same key order, on every scenario dojo knows and on broken ones, and the error for a broken file
is still `tomllib`'s, at its line and column."""

from __future__ import annotations

import random
import tomllib
from pathlib import Path

import pytest
from benchmarks import fuzz_scenarios as fuzz

from dojo.cli import main
from dojo.scenario import source
from dojo.scenario.source import SourceError, check_nesting, parse_toml
from tests.conftest import DATA

ROOT = Path(__file__).resolve().parents[1]
KNOWN = sorted([*ROOT.glob("scenarios/*.toml"), *DATA.rglob("*.toml"), *ROOT.glob("src/dojo/**/*.toml")])


def shape(value) -> object:
    """A parsed value with its types and key order spelled out (`==` ignores both)."""
    if isinstance(value, dict):
        return ("table", [(key, shape(inner)) for key, inner in value.items()])
    if isinstance(value, list):
        return ("array", [shape(inner) for inner in value])
    return (type(value).__name__, repr(value))


def read_alike(text: str) -> None:
    """The fast reader gives what tomllib gives, or refuses the text (tomllib then reads it)."""
    try:
        check_nesting(text)
    except SourceError:
        return  # refused before either reader sees it
    try:
        expected = shape(tomllib.loads(text))
    except tomllib.TOMLDecodeError:
        expected = None
    try:
        fast = shape(source._fast_toml(text, toml_version="1.0.0"))
    except Exception:  # noqa: BLE001 - any refusal is fine: tomllib has the last word
        return
    assert expected is not None, f"the fast reader took what tomllib refuses: {text[:300]!r}"
    assert fast == expected, f"read differently: {text[:300]!r}"


@pytest.mark.parametrize("path", KNOWN, ids=lambda path: path.name)
def test_every_known_scenario_file_reads_the_same(path):
    read_alike(path.read_text(encoding="utf-8").removeprefix("\ufeff"))


def test_fuzzed_scenarios_read_the_same_or_go_to_tomllib():
    for case in fuzz.cases(150, seed=21):
        read_alike(case.text)


def test_scenarios_mutated_byte_by_byte_read_the_same_or_go_to_tomllib():
    rng = random.Random(7)
    texts = [path.read_text(encoding="utf-8") for path in KNOWN]
    marks = [*'[]{}"\'=.,#\n\r\t \\_-+:0e.xobnu', '"""', "'''", "\\u", "[[", "\ufeff", "\x7f", "1979-05-27", "\r\n"]
    for _ in range(400):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(marks) + text[at + rng.choice([0, 0, 1, 2]):]
        read_alike(text)


CORNERS = {
    # TOML 1.1 (which dojo does not read): both must refuse.
    "an inline table over two lines": 'a = {x = 1,\n y = 2}\n',
    "a trailing comma in an inline table": 'a = {x = 1,}\n',
    "an \\e escape": 'a = "\\e"\n',
    "an \\x escape": 'a = "\\x41"\n',
    "a time without seconds": 'a = 07:32\n',
    "a byte order mark inside": 'a = 1\n\ufeffb = 2\n',
    # Values whose spelling or type could drift between readers.
    "CRLF inside a multi-line string": 'a = """\r\nline1\r\nline2"""\n',
    "an integer past 64 bits": 'a = 99999999999999999999\nb = 0x7fffffffffffffffff\n',
    "a float that overflows": 'a = 1e400\nb = -0.0\nc = nan\n',
    "dates and times": 'a = 1979-05-27T00:32:00-07:00\nb = 1979-05-27\nc = 07:32:00.1234567\nd = 1979-05-27t07:32:00z\n',
    "a leap second": 'a = 1979-05-27T07:32:60Z\n',
    "quoted and dotted keys in order": '"a.b" = 1\na."b c".d = 2\nz = 0\n',
    "a table defined twice": '[a]\nx = 1\n[a]\ny = 2\n',
    "a control character in a string": 'a = "x\x01y"\n',
    "a lone surrogate escape": 'a = "\\ud800"\n',
}


@pytest.mark.parametrize("text", list(CORNERS.values()), ids=list(CORNERS))
def test_toml_corner_cases_read_the_same(text):
    read_alike(text)


def test_a_toml_1_1_file_is_refused_with_tomllib_s_message_at_its_line(tmp_path, capsys):
    path = tmp_path / "later-toml.toml"
    path.write_text('schema = 1\nid = "later"\nlimits = {turns = 3,}\n', encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        parse_toml(path.read_text(encoding="utf-8"))
    assert refused.value.line == 3
    assert main(["validate", str(path)]) == 1
    assert f"{path}:3:" in capsys.readouterr().out


def as_before(text: str) -> object:
    """What reading a scenario's TOML gave before the fast reader: the nesting scan, then tomllib."""
    try:
        check_nesting(text)
        return shape(tomllib.loads(text))
    except SourceError as err:
        return ("refused", err.message, err.line)
    except tomllib.TOMLDecodeError:
        return ("refused by tomllib",)


def as_now(text: str) -> object:
    try:
        return shape(parse_toml(text))
    except SourceError as err:
        return ("refused by tomllib",) if err.message.startswith("invalid TOML") else ("refused", err.message, err.line)


def nested(levels: int, opener: str = "[", closer: str = "]", close: bool = True) -> str:
    inner = opener * levels + ("1" if opener == "[" else "") + (closer * levels if close else "")
    if opener == "{":
        inner = "{a = " * levels + "1" + " }" * levels if close else "{a = " * levels
    return f'schema = 1\nid = "deep"\nvalue = {inner}\n'


DEPTHS = [31, 32, 33, 500, 999, 1001, 20_000]


@pytest.mark.parametrize("text", [
    *(nested(levels) for levels in DEPTHS),
    *(nested(levels, close=False) for levels in DEPTHS),
    *(nested(levels, "{", "}") for levels in DEPTHS),
    '[' + ".".join(f"k{n}" for n in range(60)) + ']\nx = 1\n',
    'a = "' + "[" * 2000 + '"\nb = [[1]]\n',
    "# " + "{" * 1500 + "\na = [[[1]]]\n",
], ids=lambda text: f"{len(text)} chars, {text.count('[') + text.count('{')} openers")
def test_deep_nesting_is_refused_or_read_exactly_as_before(text):
    assert as_now(text) == as_before(text)


def test_fuzzed_scenarios_are_refused_or_read_exactly_as_before():
    for case in fuzz.cases(120, seed=33, kinds=["deep nesting", "broken TOML", "huge string"]):
        assert as_now(case.text) == as_before(case.text), case.kind


def test_a_file_read_in_a_worker_thread_never_meets_the_rust_reader(monkeypatch):
    """toml-rs crashed the process reading the app's library in a fresh worker thread: off the main
    thread, files are read by tomllib, and read the same."""
    import threading

    calls = []
    monkeypatch.setattr(source, "_fast_toml", lambda text, toml_version: calls.append(text) or {})
    text = (ROOT / "scenarios").glob("*.toml").__next__().read_text(encoding="utf-8")
    read = {}
    worker = threading.Thread(target=lambda: read.update(parse_toml(text)))
    worker.start()
    worker.join()
    assert calls == []
    assert shape(read) == shape(tomllib.loads(text))
    parse_toml(text)  # on the main thread the fast reader still reads it
    assert calls == [text]
