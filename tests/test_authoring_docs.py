"""docs/authoring.md documents every key of the format, and only keys that exist: it cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

from dojo.scenario.editor import scenario_json_schema

DOC = (Path(__file__).parents[1] / "docs" / "authoring.md").read_text(encoding="utf-8")

#: Where each part of the format is documented: a heading of docs/authoring.md → the models it covers.
SECTIONS = {
    "### Top level": ["#"],
    "### `[persona]`": ["Persona"],
    "### Lines: `say` and `tags`": ["Line"],
    "### `[states.<name>]`": ["State"],
    "### Rules and fallbacks: `[[states.<name>.rules]]`, `[states.<name>.fallback]`":
        ["Rule", "Fallback", "ScenarioRule"],
    "## Conditions (`when`)": ["When"],
    "## Facts to uncover": ["Fact", "When"],
    "## Scenario-wide rules": ["ScenarioRule"],
    "## Memory: flags and counters": ["When", "Rule", "Fallback", "ScenarioRule"],
    "## Lines that fit the reply": ["Variant"],
    "## Hints and lessons built from what happened": ["Advice"],
    "## Endings": ["Ending"],
    "## Lexicon additions": ["LexiconPatch", "LexiconRule", "GuardedPattern"],
    "## Pinned tests": ["ScenarioTest"],
    "### Transcript tests: `[[tests.turns]]`": ["TestTurn", "TurnExpect"],
}


def section(heading: str) -> str:
    assert heading in DOC.splitlines(), f"docs/authoring.md lost its {heading!r} section"
    level = heading.split()[0]
    start = DOC.index(heading + "\n") + len(heading)
    following = re.compile(rf"^#{{1,{len(level)}}} ", re.MULTILINE)
    found = following.search(DOC, start)
    return DOC[start:found.start() if found else len(DOC)]


def documented_keys(text: str) -> set[str]:
    """Keys named in the first column of the section's tables (`any = [labels]` counts as `any`)."""
    keys: set[str] = set()
    for line in text.splitlines():
        if line.startswith("| `"):
            keys |= set(re.findall(r"`([a-z_]+)", line.split("|")[1]))
    return keys


def model_keys(name: str) -> set[str]:
    schema = scenario_json_schema()
    model = schema if name == "#" else schema["$defs"][name]
    return set(model.get("properties", {}))


def test_every_part_of_the_format_has_a_section():
    covered = {name for names in SECTIONS.values() for name in names}
    missing = set(scenario_json_schema()["$defs"]) - covered
    assert not missing, f"document these tables in docs/authoring.md and list them in SECTIONS: {sorted(missing)}"


def test_every_key_is_documented_in_its_section():
    documented: dict[str, set[str]] = {}
    for heading, models in SECTIONS.items():
        keys = documented_keys(section(heading))
        for model in models:
            documented.setdefault(model, set()).update(keys)
    for model, keys in documented.items():
        missing = model_keys(model) - keys
        sections = [heading for heading, models in SECTIONS.items() if model in models]
        assert not missing, f"document {sorted(missing)} (from {model}) in a table under {sections}"


def test_no_documented_key_is_made_up():
    for heading, models in SECTIONS.items():
        if heading == "## Pinned tests":  # its subsection documents the transcript keys
            models = [*models, "TestTurn", "TurnExpect"]
        known = set().union(*(model_keys(model) for model in models))
        extra = documented_keys(section(heading)) - known
        assert not extra, f"{heading}: these keys do not exist in the format: {sorted(extra)}"


def _properties():
    schema = scenario_json_schema()
    yield "Scenario", schema["properties"]
    for name, model in schema["$defs"].items():
        yield name, model.get("properties", {})


def test_every_key_has_a_description_and_an_example_for_editors():
    lacking = [f"{model}.{key}" for model, properties in _properties() for key, spec in properties.items()
               if not spec.get("description") or not spec.get("examples")]
    assert not lacking, f"describe these in src/dojo/scenario/fielddocs.py: {lacking}"


def test_field_docs_name_only_keys_that_exist():
    from dojo.scenario.fielddocs import FIELD_DOCS

    existing = {model: set(properties) for model, properties in _properties()}
    stale = [f"{model}.{key}" for model, fields in FIELD_DOCS.items() for key in fields
             if key not in existing.get(model, set())]
    assert not stale, f"these keys no longer exist: {stale}"


def test_the_committed_schema_is_the_generated_one():
    import json

    committed = json.loads((Path(__file__).parents[1] / "docs" / "scenario.schema.json").read_text(encoding="utf-8"))
    assert committed == scenario_json_schema(), "run `dojo schema > docs/scenario.schema.json`"


def test_every_example_is_a_valid_value_for_its_key():
    from pydantic import TypeAdapter

    from dojo.scenario import model as models
    from dojo.scenario import testplan
    from dojo.scenario.fielddocs import FIELD_DOCS
    from dojo.vocab import GuardedPattern, LexiconRule

    classes = {**{name: getattr(models, name) for name in FIELD_DOCS if hasattr(models, name)},
               "LexiconRule": LexiconRule, "GuardedPattern": GuardedPattern,
               "TestTurn": testplan.TestTurn, "TurnExpect": testplan.TurnExpect}
    for model, fields in FIELD_DOCS.items():
        for key, (_, example) in fields.items():
            field = next(info for name, info in classes[model].model_fields.items() if (info.alias or name) == key)
            TypeAdapter(field.annotation).validate_python(example)
