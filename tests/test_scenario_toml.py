"""Scenario files are read by `tomllib`, after a scan that refuses runaway nesting: a broken file is
reported at tomllib's line and column, and no depth of brackets can crash or hang the reader.

(Releases up to session 21 read them with toml-rs first, a TOML reader in Rust; it crashed the
process now and then when it read a file in a fresh worker thread, so it was taken out.)"""

from __future__ import annotations

import tomllib

import pytest
from benchmarks import fuzz_scenarios as fuzz

from dojo.cli import main
from dojo.scenario.source import SourceError, check_nesting, parse_toml


def shape(value) -> object:
    """A parsed value with its types and key order spelled out (`==` ignores both)."""
    if isinstance(value, dict):
        return ("table", [(key, shape(inner)) for key, inner in value.items()])
    if isinstance(value, list):
        return ("array", [shape(inner) for inner in value])
    return (type(value).__name__, repr(value))


def test_a_toml_1_1_file_is_refused_with_tomllib_s_message_at_its_line(tmp_path, capsys):
    path = tmp_path / "later-toml.toml"
    path.write_text('schema = 1\nid = "later"\nlimits = {turns = 3,}\n', encoding="utf-8")
    with pytest.raises(SourceError) as refused:
        parse_toml(path.read_text(encoding="utf-8"))
    assert refused.value.line == 3
    assert main(["validate", str(path)]) == 1
    assert f"{path}:3:" in capsys.readouterr().out


def as_expected(text: str) -> object:
    """What reading a scenario's TOML should give: refused by the nesting scan, else whatever tomllib gives."""
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
def test_deep_nesting_is_refused_or_read_exactly_as_expected(text):
    assert as_now(text) == as_expected(text)


def test_fuzzed_scenarios_are_refused_or_read_exactly_as_expected():
    for case in fuzz.cases(120, seed=33, kinds=["deep nesting", "broken TOML", "huge string"]):
        assert as_now(case.text) == as_expected(case.text), case.kind
