"""Loading a lexicon: dojo's own file is trusted where a user's is checked, and a broken pattern is a load error."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from dojo.coach.lexicon import LexiconError, LexiconFile, parse_lexicon
from dojo.vocab import SHIPPED

#: The smallest lexicon a file may be: every clause cue, one negation cue and one rule.
TINY = r"""
schema = 2

[clause]
breaks = '[,;]'
sentence_end = '[.?!]'
question_opener = '^(?:can|what)\b'
request = '\bcan you\b'
rep_subject = '\b(?:i|we)\b'
prospect_subject = '\byou\b'
ask_object = '\bsend me\b'

[negation]
cues = ["\\bwon't\\b"]

[classes]
hand = ["send", "share"]

[[rules]]
id = "give.deck"
label = "give:deck"
patterns = [PATTERN]
"""


def _tiny(pattern: str) -> str:
    return TINY.replace("PATTERN", repr(pattern).replace("\\\\", "\\"))


def _shipped_text() -> str:
    return resources.files("dojo.coach").joinpath("lexicon.toml").read_text(encoding="utf-8")


def test_the_shipped_lexicon_passes_every_check_a_users_file_gets():
    """Its patterns are not compiled again when dojo loads it (`vocab.SHIPPED`); this is where they still are."""
    raw = tomllib.loads(_shipped_text())
    assert LexiconFile.model_validate(raw) == LexiconFile.model_validate(raw, context=SHIPPED)


@pytest.mark.parametrize("shipped", [False, True])
def test_a_pattern_the_matching_engine_cannot_read_is_a_load_error_naming_its_rule(shipped):
    # Checked as the file is read (`rules.0.patterns`), or, in dojo's own file, as it is built (the rule by its id).
    with pytest.raises(LexiconError, match=r"rules\.(?:0|give\.deck)\.patterns.*not a valid regular expression"):
        parse_lexicon(_tiny(r"(?<!you )\b{hand}\b the deck"), "mine.toml", shipped=shipped)


def test_a_tiny_lexicon_hears_its_rule():
    from dojo.coach.signals import classify

    lexicon = parse_lexicon(_tiny(r"\b{hand}\b the deck"), "mine.toml", shipped=True)
    assert classify("I'll send the deck", lexicon).gives == ["deck"]
    assert classify("I won't send the deck", lexicon).gives == []


@pytest.mark.parametrize("cue", ["wished", "withdrawn_after"])
def test_a_wished_give_cue_without_its_withdrawal_is_a_load_error(cue):
    # One alone would cancel nothing, so a trainer who set only one would see no effect and no reason why.
    text = _tiny(r"\b{hand}\b the deck").replace("\n[classes]", f"{cue} = ['\\bbut\\b']\n\n[classes]")
    with pytest.raises(LexiconError, match=r"negation: .*`wished` and `withdrawn_after` work as a pair"):
        parse_lexicon(text, "mine.toml", shipped=True)


# ---------------------------------------------------------------- the analysis kept between runs (prepared.py)

#: Replies that exercise every kind of set, guard and cue, heard with a lexicon built each way.
SAMPLE = ["can I send you the deck?", "I won't send the deck, but whats ur budget?", "Happy to knock 10% off if you sign today",
          "ya happy to demo it thurs", "Who else signs off on this?", "I'll send you the pitchbook",
          "Before I send anything, what would you do with our number?", "a" * 300, "caf\u00e9 \u2019s deck \u212a"]


def _heard(lexicon) -> list[str]:
    from dojo.coach.signals import classify

    return [repr(classify(text, lexicon)) for text in SAMPLE]


def _layout(lexicon) -> list:
    """What a lexicon holds but its RE2 objects: each pattern and guard by its text, and each set by its entries."""
    def text(regex):
        return None if regex is None else regex.pattern

    return ([(p.rule, p.source, text(p.not_before), text(p.not_after), text(p.unless), p.literal, p.judged, p.regex.where)
             for p in lexicon.patterns]
            + [(m.anchored, m.ids) for m in lexicon.matchers]
            + [(name, getattr(lexicon.clauses, name)) for name in ("window", "trailing_window")]
            + [getattr(lexicon.clauses, name).pattern for name in ("breaks", "negation", "fronted", "asks_not_offers")]
            + [lexicon.shorthand, lexicon.shorthand_words, lexicon.classes, lexicon.sure, lexicon.unscored,
               lexicon.reply_yielding, lexicon.sentence_yielding, sorted(lexicon.shorthand_kept)])


def _kept(home) -> list:
    return sorted((home / "cache").glob("lexicon-*.marshal"))


@pytest.fixture(scope="module")
def fresh():
    """The default lexicon analysed from its file, with nothing kept to read."""
    from dojo.coach.lexicon import build_lexicon

    built = build_lexicon(_validated_shipped(), "dojo/coach/lexicon.toml")
    return built, _layout(built), _heard(built)


def _validated_shipped() -> LexiconFile:
    return LexiconFile.model_validate(tomllib.loads(_shipped_text()), context=SHIPPED)


def test_the_next_run_builds_the_default_lexicon_from_its_kept_analysis_and_hears_the_same(dojo_home, fresh,
                                                                                             monkeypatch):
    from dojo.coach import lexicon as module

    first = module.load_default_lexicon()
    [kept] = _kept(dojo_home)
    assert _layout(first) == fresh[1]

    def no_analysis(*args):
        raise AssertionError("analysed again although its analysis was kept")

    monkeypatch.setattr(module, "_analyse", no_analysis)
    again = module.load_default_lexicon()
    assert _layout(again) == fresh[1] and _heard(again) == fresh[2]
    # Its file is read only if a scenario extends it, and then it is the file as shipped.
    assert again.source == fresh[0].source
    assert _kept(dojo_home) == [kept]


@pytest.mark.parametrize("damage", ["garbage", "cut short", "one byte changed", "empty", "a folder"])
def test_a_damaged_kept_analysis_is_worked_out_again_and_the_coach_hears_the_same(dojo_home, fresh, damage):
    from dojo.coach import lexicon as module

    module.load_default_lexicon()
    [kept] = _kept(dojo_home)
    blob = kept.read_bytes()
    if damage == "a folder":
        kept.unlink()
        kept.mkdir()
    else:
        kept.write_bytes({"garbage": b"\x00\xffnot a lexicon" * 100, "cut short": blob[:len(blob) // 2],
                          "one byte changed": blob[:-100] + bytes([blob[-100] ^ 1]) + blob[-99:], "empty": b""}[damage])
    again = module.load_default_lexicon()
    assert _layout(again) == fresh[1] and _heard(again) == fresh[2]
    if damage != "a folder":  # written again whole, for the next run
        from dojo.coach import prepared

        assert prepared.load("lexicon", blob[len(prepared.MAGIC):len(prepared.MAGIC) + 64].decode()) is not None


def test_an_edited_lexicon_is_never_served_from_the_analysis_kept_for_the_old_one(dojo_home, monkeypatch):
    from dojo.coach import lexicon as module
    from dojo.coach.signals import classify

    module.load_default_lexicon()
    [old] = _kept(dojo_home)
    text = _shipped_text()
    edited = text.replace('"thing.deck" = [', '"thing.deck" = ["pitchbook", ', 1)
    assert "pitchbook" not in text and "pitchbook" in edited
    monkeypatch.setattr(module, "_shipped_text", lambda: edited)
    assert classify("I'll send you the pitchbook", module.load_default_lexicon()).gives == ["deck"]
    assert len(_kept(dojo_home)) == 2 and old in _kept(dojo_home)
    monkeypatch.setattr(module, "_shipped_text", lambda: text)
    assert "deck" not in classify("I'll send you the pitchbook", module.load_default_lexicon()).gives


def test_the_analysis_is_kept_under_dojo_home_else_in_the_users_cache_folder(dojo_home, tmp_path, monkeypatch):
    from dojo.paths import cache_dir

    assert cache_dir() == dojo_home / "cache"
    monkeypatch.delenv("DOJO_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir().is_relative_to(tmp_path / "xdg")


def test_a_cache_folder_that_cannot_be_written_only_means_the_next_run_works_it_out_again(dojo_home, fresh):
    from dojo.coach import lexicon as module

    dojo_home.mkdir(parents=True, exist_ok=True)
    (dojo_home / "cache").write_text("a file where the folder would go")
    assert _heard(module.load_default_lexicon()) == fresh[2]


def test_the_cli_hears_a_reply_the_same_with_a_damaged_kept_analysis_and_writes_nothing_at_import(dojo_home):
    import os
    import subprocess
    import sys

    env = dict(os.environ, DOJO_HOME=str(dojo_home), PYTHONPATH=os.pathsep.join(sys.path))
    run = [sys.executable, "-m", "dojo", "classify", "can I send you the deck? whats ur budget"]
    subprocess.run([sys.executable, "-c", "import dojo.coach, dojo.cli"], env=env, check=True)
    assert not (dojo_home / "cache").exists()
    first = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    [kept] = _kept(dojo_home)
    kept.write_bytes(kept.read_bytes()[:5000])
    again = subprocess.run(run, env=env, capture_output=True, text=True, check=True)
    assert again.stdout == first.stdout and again.stderr == first.stderr == ""
    assert "deck" in first.stdout and "budget" in first.stdout
