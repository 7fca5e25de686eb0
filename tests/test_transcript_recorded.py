"""`dojo score` reads a transcript recorded by today's dojo without building its events as models
(`transcript.recorded`). That reader must never take a line the models would refuse, nor read a
value differently: otherwise a damaged transcript would be scored instead of reported."""

from __future__ import annotations

import importlib
import json
import types
import typing
from pathlib import Path

import msgspec
import pytest
from pydantic import BaseModel

from dojo.cli import main
from dojo.engine.hearing import replay_fingerprint
from dojo.transcript import load_transcript
from dojo.transcript.recorded import MIRRORS, read_recorded
from dojo.transcript.store import TranscriptError
from tests.conftest import MINI
from tests.test_rescore_as_recorded import whole


def _model(dotted: str) -> type[BaseModel]:
    module, _, name = dotted.rpartition(".")
    return getattr(importlib.import_module(module), name)


def _shape(tp) -> object:
    """A type, spelled so that a model's and its mirror's compare equal when they take the same JSON."""
    if isinstance(tp, type) and (issubclass(tp, BaseModel) or issubclass(tp, msgspec.Struct)):
        return ("object", tp.__name__)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        return ("either", sorted(map(repr, map(_shape, args))))
    if origin is typing.Literal:
        return ("one of", sorted(args))
    if origin in (list, tuple):
        return (origin.__name__, tuple(_shape(arg) for arg in args))
    return tp


@pytest.mark.parametrize("mirror", list(MIRRORS), ids=lambda mirror: mirror.__name__)
def test_the_fast_reader_takes_no_field_the_model_would_refuse(mirror):
    model = _model(MIRRORS[mirror])
    fields = {field.name: field for field in msgspec.structs.fields(mirror)}
    tagged = mirror.__struct_config__.tag_field  # an event's kind picks its mirror, as it picks its model
    expected = {name: info for name, info in model.model_fields.items() if name != tagged}
    assert set(fields) == set(expected), "the mirror names the model's fields, no more, no fewer"
    if tagged:
        assert mirror.__struct_config__.tag == model.model_fields["kind"].default
    hints = typing.get_type_hints(mirror)
    for name, info in expected.items():
        assert fields[name].required, f"{name}: every field is required (a missing one is left to the models)"
        assert _shape(hints[name]) == _shape(info.annotation), name
        assert not info.metadata, f"{name}: the mirror has no copy of the model's constraints"
    decorators = model.__pydantic_decorators__
    assert not (decorators.validators or decorators.field_validators or decorators.model_validators), \
        "the mirror cannot run the model's validators"
    assert mirror.__struct_config__.forbid_unknown_fields


def _values(line: str) -> list[str]:
    """The line with each of its values changed in a way the models may or may not accept."""
    changed: list[str] = []

    def variants(value):
        if isinstance(value, bool):
            return ["true" if not value else "false", "1", '"true"', "null"]
        if isinstance(value, int):
            return [f"{value}.0", f'"{value}"', "true", "1e0", "null", "99999999999999999999999"]
        if isinstance(value, str):
            return ["1", "null", "[]", '"\\ud800"', '"\\u0041\\n"']
        if isinstance(value, list):
            return ['"x"', "null", "[1]", "[[]]"] if not value or not isinstance(value[0], dict) else ["[{}]", "{}"]
        if value is None:
            return ['"x"', "0", "{}"]
        if isinstance(value, dict):
            return ["null", "[]", "{}"]
        return []

    def walk(value, rebuild):
        for replacement in variants(value):
            changed.append(rebuild(replacement))
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, lambda text, key=key: rebuild(_with(value, key, text)))
                changed.append(rebuild(json.dumps({k: v for k, v in value.items() if k != key})))
            changed.append(rebuild(json.dumps({**value, "extra": 1})))
            if value:
                key = next(iter(value))
                changed.append(rebuild("{" + f'"{key}": 1.5, ' + json.dumps(value)[1:]))
        elif isinstance(value, list) and value:
            walk(value[0], lambda text: rebuild("[" + text + "".join(", " + json.dumps(v) for v in value[1:]) + "]"))

    walk(json.loads(line), lambda text: text)
    return changed


def _with(data: dict, key: str, text: str) -> str:
    return "{" + ", ".join(f"{json.dumps(k)}: {text if k == key else json.dumps(v)}" for k, v in data.items()) + "}"


def test_a_damaged_line_is_left_to_the_careful_reader_and_an_accepted_one_reads_the_same(tmp_path):
    path = whole(MINI, 8, tmp_path, replies=3)
    lines = path.read_text(encoding="utf-8").splitlines()
    today = replay_fingerprint()
    assert today is not None and read_recorded(path, today) is not None
    seen_kinds, declined, accepted = set(), 0, 0
    for number, line in enumerate(lines[1:], start=1):
        seen_kinds.add(json.loads(line)["kind"])
        for variant in _values(line):
            path.write_text("\n".join([*lines[:number], variant, *lines[number + 1:]]) + "\n", encoding="utf-8")
            recorded = read_recorded(path, today)
            if recorded is None:
                declined += 1
                continue
            accepted += 1
            careful = load_transcript(path)  # raises if the models refuse what the fast reader took
            assert recorded.film().ended == careful.film().ended
            assert len(recorded.film().turns) == len(careful.film().turns)
    assert {"rep", "signals", "scores", "score", "prospect", "ended"} <= seen_kinds
    assert declined > 1000 and accepted > 0


@pytest.mark.parametrize("damage", [
    lambda text: text.replace('"kind":"rep"', '"kind":"rep","kind":"signals"', 1),
    lambda text: text.replace('"turn":1,', '"turn":1.0,', 1),
    lambda text: text.replace("\n", "\n\n", 2),
    lambda text: text[:-20],
    lambda text: text.replace('"kind":"ended"', '"kind":"ended","extra":1', 1),
], ids=["two kinds", "a float turn", "a blank line", "cut off", "an unknown key"])
def test_score_reports_or_reads_a_damaged_transcript_as_it_always_has(tmp_path, capsys, damage):
    path = whole(MINI, 9, tmp_path)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert read_recorded(path, replay_fingerprint() or "") is None
    code = main(["score", "--jobs", "1", str(path)])
    first = capsys.readouterr()
    assert main(["score", "--jobs", "1", "--reclassify", str(path)]) == code
    assert capsys.readouterr() == first
    try:
        load_transcript(path)
    except TranscriptError as err:
        assert code == 2 and str(err) in first.err
    else:
        assert code == 0 and str(Path(path)) in first.out
