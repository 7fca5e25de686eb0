"""`dojo new` as a brand-new trainer meets it: shipped ids kept safe, ordinary file modes, no surprise folders."""

from __future__ import annotations

import stat

from dojo.cli import main


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
