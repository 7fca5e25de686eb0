"""`dojo new`, `dojo graph` and editor support (the schema, taplo)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from dojo.cli import main
from dojo.cli.new import ARCHETYPES
from dojo.engine.selftest import run_tests
from dojo.scenario.editor import SCHEMA_NAME, TAPLO_NAME, schema_text
from dojo.scenario.lint import lint
from dojo.scenario.load import load_scenario
from tests.conftest import MINI

ROOT = Path(__file__).parents[1]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("archetype", sorted(ARCHETYPES))
def test_new_writes_a_scenario_that_validates_plays_and_passes_its_tests(capsys, tmp_path, archetype):
    code, out, _ = run(capsys, "new", "price-shopper", "--archetype", archetype, "--dir", str(tmp_path))
    path = tmp_path / "price-shopper.toml"
    assert code == 0 and f"wrote {path}" in out
    scenario = load_scenario(path)
    assert scenario.id == "price-shopper" and scenario.archetype == archetype
    assert lint(scenario) == [], "the starting point should lint clean"
    results = run_tests(scenario)
    assert len(results) == 3 and all(result.passed for result in results), [r.failures for r in results]
    assert run(capsys, "validate", "--strict", str(path))[0] == 0
    assert path.read_text().count("\n#") > 10, "the file explains itself in comments"


def test_new_goes_into_the_library_and_refuses_to_overwrite(capsys, dojo_home):
    assert run(capsys, "new", "my-prospect")[0] == 0
    assert (dojo_home / "scenarios" / "my-prospect.toml").is_file()
    assert (dojo_home / "scenarios" / TAPLO_NAME).is_file() and (dojo_home / "scenarios" / SCHEMA_NAME).is_file()
    code, out, _ = run(capsys, "list")
    assert "my-prospect" in out and "warning" not in out
    code, _, err = run(capsys, "new", "my-prospect")
    assert code == 2 and "already exists" in err and "--force" in err


@pytest.mark.parametrize("argv, message", [
    (["new", "My Prospect"], "'My Prospect' is not a valid id: use lower-case letters, digits and dashes; "
                             "did you mean 'my-prospect'?"),
    (["new", "!!!"], "is not a valid id: use lower-case letters, digits and dashes; like 'price-shopper'"),
    (["new", "x", "--archetype", "tyre-kicker"], "did you mean 'tire-kicker'?"),
])
def test_new_explains_bad_input(capsys, tmp_path, argv, message):
    code, _, err = run(capsys, *argv, "--dir", str(tmp_path))
    assert code == 2 and message in err


def test_graph_mermaid_shows_every_transition_with_its_condition(capsys):
    code, out, _ = run(capsys, "graph", str(MINI))
    assert code == 0 and out.startswith("flowchart LR\n")
    assert '  s_0 -->|"1: get:criteria or get:timeline"| e_0' in out
    assert '  s_0 -->|"2: give, not get"| e_1' in out
    assert 'e_0(["won: win"])' in out


def test_graph_dot(capsys):
    code, out, _ = run(capsys, "graph", str(MINI), "--format", "dot")
    assert code == 0 and out.startswith('digraph "mini" {')
    assert '"ask" -> "ghosted" [label="2: give, not get"];' in out


def test_schema_install_writes_schema_and_taplo_config_but_keeps_a_users_own(capsys, tmp_path):
    code, _, _ = run(capsys, "schema", "--install", str(tmp_path))
    assert code == 0 and json.loads((tmp_path / SCHEMA_NAME).read_text()) == json.loads(schema_text())
    assert 'path = "./.scenario.schema.json"' in (tmp_path / TAPLO_NAME).read_text()
    (tmp_path / TAPLO_NAME).write_text("# mine\n")
    run(capsys, "schema", "--install", str(tmp_path))
    assert (tmp_path / TAPLO_NAME).read_text() == "# mine\n"


def _taplo() -> str:
    found = shutil.which("taplo") or str(Path(__import__("sys").executable).with_name("taplo"))
    if not Path(found).exists():
        pytest.skip("the taplo CLI is not installed (pip install taplo)")
    return found


def test_taplo_accepts_the_shipped_scenarios_against_the_schema():
    result = subprocess.run([_taplo(), "check"], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert "found configuration file" in result.stderr
    assert result.returncode == 0, result.stderr


def test_taplo_flags_a_wrong_type_in_a_copied_scenario(capsys, tmp_path):
    run(capsys, "schema", "--install", str(tmp_path))
    (tmp_path / "copy.toml").write_text(MINI.read_text().replace("difficulty = 1", 'difficulty = "1"'))
    result = subprocess.run([_taplo(), "check"], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0 and "is not of type" in result.stderr
