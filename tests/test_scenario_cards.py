"""The card cache: what the picker paints before any scenario file is read, and every way it can be
wrong (missing, stale, corrupt, unwritable) costing only that head start, never a wrong list."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from dojo.paths import card_cache
from dojo.scenario.cards import MAX_CACHE_BYTES, Card, cached_cards, file_stamps, save_cards
from dojo.scenario.library import load_library

FIXTURES = Path(__file__).parent / "data" / "tui" / "scenarios"


@pytest.fixture
def library_dir(tmp_path) -> Path:
    folder = tmp_path / "scenarios"
    shutil.copytree(FIXTURES, folder)
    return folder


def read_and_cache(dirs: list[Path], data: Path) -> list[Card]:
    stamps = file_stamps(dirs)
    library = load_library(dirs)
    save_cards(library, stamps, data)
    return sorted((Card.of(entry.scenario) for entry in library.entries.values()), key=lambda card: card.id)


def by_id(cards: list[Card]) -> dict[str, Card]:
    return {card.id: card for card in cards}


def touch_later(path: Path, text: str) -> None:
    """Rewrite a file and move its modification time on, as an editor saving it a moment later would."""
    before = path.stat().st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 2_000_000_000, before + 2_000_000_000))


def test_no_cache_means_no_cards_and_reading_creates_nothing(library_dir, tmp_path):
    data = tmp_path / "data"
    assert cached_cards([library_dir], data) == []
    assert not data.exists()


def test_cards_come_back_exactly_as_the_library_read_them(library_dir, tmp_path):
    data = tmp_path / "data"
    read = read_and_cache([library_dir], data)
    assert sorted(cached_cards([library_dir], data), key=lambda card: card.id) == read
    quayside = by_id(read)["quayside"]
    assert quayside.persona.name == "Morgan Hale" and quayside.objectives and 1 <= quayside.difficulty <= 5


def test_a_changed_file_is_left_out_until_it_is_read_again(library_dir, tmp_path):
    data = tmp_path / "data"
    read_and_cache([library_dir], data)
    quayside = library_dir / "quayside.toml"
    touch_later(quayside, quayside.read_text(encoding="utf-8").replace('title = "', 'title = "Renamed: ', 1))
    assert set(by_id(cached_cards([library_dir], data))) == {"lantern"}
    read_and_cache([library_dir], data)
    assert by_id(cached_cards([library_dir], data))["quayside"].title.startswith("Renamed: ")


def test_a_file_that_broke_or_went_is_never_shown_from_the_cache(library_dir, tmp_path):
    data = tmp_path / "data"
    read_and_cache([library_dir], data)
    touch_later(library_dir / "quayside.toml", "id = [unclosed\n")
    (library_dir / "lantern.toml").unlink()
    assert cached_cards([library_dir], data) == []


def test_a_file_saved_while_the_library_was_read_does_not_match_its_old_card(library_dir, tmp_path):
    data = tmp_path / "data"
    stamps = file_stamps([library_dir])  # taken before the read...
    library = load_library([library_dir])
    quayside = library_dir / "quayside.toml"
    touch_later(quayside, quayside.read_text(encoding="utf-8"))  # ...and the file saved during it
    save_cards(library, stamps, data)
    assert set(by_id(cached_cards([library_dir], data))) == {"lantern"}


def test_a_users_file_overrides_the_shipped_one_with_the_same_id(library_dir, tmp_path):
    data = tmp_path / "data"
    user = tmp_path / "user"
    user.mkdir()
    own = user / "quayside.toml"
    own.write_text((library_dir / "quayside.toml").read_text(encoding="utf-8").replace('title = "', 'title = "Mine: ', 1),
                   encoding="utf-8")
    dirs = [user, library_dir]  # the user's folder first, as library_dirs() gives them
    read_and_cache(dirs, data)
    assert by_id(cached_cards(dirs, data))["quayside"].title.startswith("Mine: ")


@pytest.mark.parametrize("corrupt", [
    b"not json at all",
    b"\xff\xfe\x00garbage",
    b"[1, 2, 3]",
    b'{"format": 99, "dojo": "0.1.0", "files": {}}',
    b'{"format": 1, "dojo": "0.0.0-other", "files": {}}',
    b'{"format": 1, "dojo": "0.1.0", "files": []}',
    b"[" * 100_000,
])
def test_a_cache_that_is_not_one_dojo_wrote_is_ignored_then_rewritten(library_dir, tmp_path, corrupt):
    data = tmp_path / "data"
    where = card_cache(data)
    where.parent.mkdir(parents=True)
    where.write_bytes(corrupt)
    assert cached_cards([library_dir], data) == []
    read_and_cache([library_dir], data)
    assert set(by_id(cached_cards([library_dir], data))) == {"quayside", "lantern"}
    assert json.loads(where.read_text(encoding="utf-8"))["format"] == 1


@pytest.mark.parametrize("spoil", [
    lambda card: card.update(difficulty="2"),
    lambda card: card.update(difficulty=True),
    lambda card: card.update(difficulty=9),
    lambda card: card.update(max_turns=0),
    lambda card: card.update(title=""),
    lambda card: card.update(objectives=[]),
    lambda card: card.update(objectives=["fine", 3]),
    lambda card: card.update(persona="Morgan"),
    lambda card: card["persona"].pop("company"),
    lambda card: card.pop("summary"),
])
def test_a_card_with_a_wrong_field_is_left_out_and_the_rest_still_show(library_dir, tmp_path, spoil):
    data = tmp_path / "data"
    read_and_cache([library_dir], data)
    where = card_cache(data)
    cache = json.loads(where.read_text(encoding="utf-8"))
    spoil(cache["files"][str(library_dir / "quayside.toml")]["card"])
    where.write_text(json.dumps(cache), encoding="utf-8")
    assert set(by_id(cached_cards([library_dir], data))) == {"lantern"}


def test_an_oversized_cache_is_not_read(library_dir, tmp_path):
    data = tmp_path / "data"
    read_and_cache([library_dir], data)
    where = card_cache(data)
    where.write_text(where.read_text(encoding="utf-8") + " " * MAX_CACHE_BYTES, encoding="utf-8")
    assert cached_cards([library_dir], data) == []


def test_an_unwritable_data_dir_costs_the_cache_and_nothing_else(library_dir, tmp_path):
    data = tmp_path / "data"
    data.write_text("a file where the data dir should be", encoding="utf-8")
    read_and_cache([library_dir], data)  # no exception
    assert cached_cards([library_dir], data) == []


def test_an_unchanged_library_does_not_rewrite_the_cache(library_dir, tmp_path):
    data = tmp_path / "data"
    read_and_cache([library_dir], data)
    where = card_cache(data)
    os.utime(where, ns=(1, 1))
    read_and_cache([library_dir], data)
    assert where.stat().st_mtime_ns == 1
