"""`dojo new` as a brand-new trainer meets it: shipped ids kept safe, ordinary file modes, no surprise folders."""

from __future__ import annotations

import stat
import tomllib

import pytest

from dojo.cli import main
from dojo.cli.new import ARCHETYPES
from dojo.scenario.load import load_scenario


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_refuses_to_replace_a_shipped_scenario_without_force(capsys, dojo_home):
    code, _, err = run(capsys, "new", "tire-kicker")
    assert code == 2 and "shipped scenario" in err and "--force" in err and len(err.strip().splitlines()) == 1
    assert not (dojo_home / "scenarios" / "tire-kicker.toml").exists()
    assert run(capsys, "new", "tire-kicker", "--force")[0] == 0
    assert (dojo_home / "scenarios" / "tire-kicker.toml").is_file()


def test_new_writes_files_anyone_can_read_like_any_document(capsys, tmp_path):
    assert run(capsys, "new", "price-shopper", "--dir", str(tmp_path))[0] == 0
    for path in tmp_path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name


def test_new_refuses_a_dir_whose_parent_does_not_exist(capsys, tmp_path):
    target = tmp_path / "no" / "such" / "dir"
    code, _, err = run(capsys, "new", "price-shopper", "--dir", str(target))
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "no").exists()


def test_new_creates_one_missing_folder_and_says_so(capsys, tmp_path):
    code, out, _ = run(capsys, "new", "price-shopper", "--dir", str(tmp_path / "mine"))
    assert code == 0 and f"created folder {tmp_path / 'mine'}" in out
    assert (tmp_path / "mine" / "price-shopper.toml").is_file()


SHIPPED_ARCHETYPES = {"errand-sender", "tire-kicker", "too-nice", "discount-hunter", "not-the-decision-maker",
                      "eternal-evaluator", "afraid-to-say-no"}


@pytest.mark.parametrize("archetype", sorted(SHIPPED_ARCHETYPES))
def test_the_scaffold_meets_the_guides_own_bar(capsys, tmp_path, archetype):
    """Schema 2, three facts, guards written once, three variants of every line; and it still works."""
    code, _, _ = run(capsys, "new", "price-shopper", "--archetype", archetype, "--dir", str(tmp_path))
    assert code == 0
    path = tmp_path / "price-shopper.toml"
    scenario = load_scenario(path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == 2 and len(scenario.facts) >= 3 and data["rules"], "facts and scenario-wide guards"
    lines = [data["opening"]["say"], *(rule["say"] for rule in data["rules"])]
    for state in data["states"].values():
        lines += [rule["say"] for rule in state.get("rules", [])] + [state["fallback"]["say"]]
    lines += [ending["say"] for ending in data["endings"].values()]
    assert all(len(say) >= 3 for say in lines), "every line has three variants"
    assert run(capsys, "validate", "--strict", str(path))[0] == 0
    code, out, _ = run(capsys, "test", str(path))
    assert code == 0 and "3 passed" in out


def test_new_offers_every_shipped_archetype(capsys):
    from dojo.scenario.library import shipped_dir

    used = {tomllib.loads(path.read_text(encoding="utf-8"))["archetype"] for path in shipped_dir().glob("*.toml")}
    assert SHIPPED_ARCHETYPES <= used
    assert SHIPPED_ARCHETYPES <= set(ARCHETYPES)
