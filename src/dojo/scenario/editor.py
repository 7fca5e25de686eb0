"""Editor support for scenario files: the JSON Schema, and a taplo config that finds it.

A `#:schema` line inside a scenario breaks as soon as the file is copied
elsewhere, so dojo instead writes two files into a scenarios folder: the
schema (`.scenario.schema.json`) and a `.taplo.toml` that applies it to every
`.toml` file there. Editors with taplo (Even Better TOML in VS Code, taplo's
language server elsewhere) then complete and check keys in any scenario
saved in that folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from dojo.fsutil import atomic_write
from dojo.scenario.fielddocs import document
from dojo.scenario.model import Scenario

SCHEMA_NAME = ".scenario.schema.json"
TAPLO_NAME = ".taplo.toml"
_MARK = "# Written by dojo"


def scenario_json_schema() -> dict:
    schema = document(Scenario.model_json_schema(by_alias=True))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "dojo scenario"
    return schema


def schema_text() -> str:
    return json.dumps(scenario_json_schema(), indent=2, ensure_ascii=False) + "\n"


def taplo_config(schema_path: str = f"./{SCHEMA_NAME}") -> str:
    return (f"{_MARK}: editor support (taplo, Even Better TOML) for the scenario files in this folder.\n"
            "# `dojo schema --install` rewrites it; delete the first line to keep your own edits.\n"
            'include = ["*.toml"]\n'
            f'exclude = ["{TAPLO_NAME}"]\n\n'
            "[schema]\n"
            f'path = "{schema_path}"\n')


def install_editor_support(folder: Path) -> list[Path]:
    """Write (or refresh) the schema and the taplo config in `folder`; a user's own config is left alone."""
    written = []
    schema = folder / SCHEMA_NAME
    atomic_write(schema, schema_text())
    written.append(schema)
    config = folder / TAPLO_NAME
    if not config.exists() or config.read_text(encoding="utf-8", errors="replace").startswith(_MARK):
        atomic_write(config, taplo_config())
        written.append(config)
    return written
