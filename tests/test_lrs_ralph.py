"""Against a real learning record store (Ralph): statements arrive intact, nothing is lost or doubled
when the LRS goes away mid-run, and the manager's report from the LRS equals the local one."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime

import pytest

from dojo.cli import main
from dojo.transcript import load_transcript
from dojo.transcript.lrs import LrsClient, load_lrs_settings
from dojo.transcript.outbox import Outbox
from dojo.transcript.xapi import statements
from tests.conftest import MINI, play_recorded
from tests.ralph_lrs import SECRET, USER, RalphUnavailable, launch

WIN = ["Hi Pat, is now a good time?", "Sure — what will you decide once you have it?"]
LOSS = ["Sure, I'll send the deck and our pricing today."]
CHASE_THEN_WIN = ["Just checking in, whatever works for you.", "What will you decide, and by when?"]
HOMEPAGE = "https://sso.example.com"


@pytest.fixture(scope="session")
def ralph(tmp_path_factory, request):
    started = time.monotonic()
    try:
        server, install = launch(tmp_path_factory.mktemp("ralph"))
    except RalphUnavailable as err:
        pytest.skip(f"Ralph (the LRS these tests run against) is unavailable: {err}")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"ralph LRS: install {install:.1f}s (0 = cached venv), ready after "
                            f"{time.monotonic() - started:.1f}s on port {server.port}")
    yield server
    server.stop()


@pytest.fixture
def lrs(ralph, monkeypatch):
    """This test's LRS settings, and the moment it began (what it reads back is stored after it)."""
    if ralph.process is None:
        ralph.start()
    monkeypatch.setenv("DOJO_LRS_ENDPOINT", ralph.endpoint)
    monkeypatch.setenv("DOJO_LRS_USERNAME", USER)
    monkeypatch.setenv("DOJO_LRS_PASSWORD", SECRET)
    monkeypatch.setenv("DOJO_LRS_HOMEPAGE", HOMEPAGE)
    return a_millisecond_of_its_own()


def now_ms() -> str:
    """The clock as dojo stamps an attempt's start (and so its statements' `timestamp`)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def a_millisecond_of_its_own() -> str:
    """A `since` that every statement of an earlier test is at or before, and every one this test
    makes is after. Ralph compares `since` (exclusive) with a statement's `timestamp`, the attempt's
    start to the millisecond, so an attempt started in the same millisecond as the mark was left out
    of the read-back. Waiting for the clock to pass the moment of entry and then the mark (at most a
    millisecond each) leaves the mark a millisecond no attempt can share."""
    entry = now_ms()
    while now_ms() <= entry:
        pass
    since = now_ms()
    while now_ms() <= since:
        pass
    return since


def stored_since(since: str) -> list[dict]:
    settings, _ = load_lrs_settings()
    return list(LrsClient(settings).statements(since=since))


def play(mini, player, replies):
    return load_transcript(play_recorded(mini, player, replies).path)


def cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_statements_arrive_and_read_back_equal(lrs, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("DOJO_LRS_TURNS", "1")
    script = tmp_path / "win.txt"
    script.write_text("\n".join(WIN) + "\n")
    code, _out, err = cli(capsys, "play", str(MINI), "--record", "--script", str(script), "--player", "Ana")
    assert code == 0 and "for the LRS" not in err and SECRET not in err
    assert Outbox().waiting() == []
    transcript = load_transcript(max((tmp_path / "dojo-home" / "transcripts").glob("*.jsonl")))
    sent = {s["id"]: s for s in statements(transcript, HOMEPAGE, turns=True)}
    back = {s["id"]: s for s in stored_since(lrs)}
    assert back.keys() == sent.keys() and len(sent) == 3
    for ident, statement in sent.items():
        assert {key: back[ident][key] for key in statement} == statement


def test_the_lrs_stopped_mid_run_then_sync_delivers_everything_exactly_once(lrs, ralph, mini, capsys,
                                                                               tmp_path):
    first = play(mini, "Ana", WIN)
    code, out, err = cli(capsys, "sync")
    assert (code, err) == (0, ""), err
    assert Outbox().waiting() == []
    ralph.stop()
    later = [play(mini, "Ben", LOSS), play(mini, "Ana", CHASE_THEN_WIN)]
    code, out, err = cli(capsys, "sync")
    assert code == 1 and "2 attempts (2 statements) wait for the LRS" in err and SECRET not in err
    # A kill between the LRS storing `first` and its outbox file being deleted: it is still queued.
    settings, _ = load_lrs_settings()
    Outbox().put(first, settings)
    ralph.start()
    code, out, err = cli(capsys, "sync")
    assert code == 0 and out.startswith("Sent 3 attempts (3 statements) to ") and err == ""
    assert cli(capsys, "sync")[1] == "Nothing waits for the LRS.\n"
    stored = Counter(s["id"] for s in stored_since(lrs))
    expected = [s["id"] for t in [first, *later] for s in statements(t, HOMEPAGE)]
    assert stored == Counter(expected)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_team_report_from_the_lrs_equals_the_local_one(lrs, mini, capsys, fmt):
    play(mini, "Ana", LOSS)
    play(mini, "Ana", WIN)
    play(mini, "Ben", CHASE_THEN_WIN)
    play(mini, "Ben", LOSS)
    play(mini, None, WIN)
    assert cli(capsys, "sync")[0] == 0
    code, local, _ = cli(capsys, "report", "--since", lrs, "--format", fmt)
    assert code == 0 and "Ben" in local
    code, remote, err = cli(capsys, "report", "--lrs", "--since", lrs, "--format", fmt)
    assert code == 0 and err == ""
    assert remote == local
    code, remote_ana, _ = cli(capsys, "report", "--lrs", "--since", lrs, "--player", "Ana")
    assert remote_ana == cli(capsys, "report", "--since", lrs, "--player", "Ana")[1]


def test_an_attempt_started_at_the_since_moment_is_in_the_lrs_report_too(lrs, mini, capsys):
    # The LRS's `since` is exclusive and Ralph compares it with the attempt's start: asked for
    # exactly that moment it would leave Ana out, while the local report ("on or after") counts her.
    started = play(mini, "Ana", WIN).header["started"]
    play(mini, "Ben", LOSS)
    assert cli(capsys, "sync")[0] == 0
    code, local, _ = cli(capsys, "report", "--since", started)
    assert code == 0 and "## Ana" in local and "## Ben" in local
    code, remote, err = cli(capsys, "report", "--lrs", "--since", started)
    assert (code, err) == (0, "") and remote == local


def test_wrong_credentials_are_reported_without_showing_them(lrs, mini, capsys, monkeypatch):
    monkeypatch.setenv("DOJO_LRS_PASSWORD", "wrong-" + SECRET)
    play(mini, "Ana", WIN)
    code, out, err = cli(capsys, "sync")
    assert code == 1 and "401" in err and SECRET not in err and "1 attempt (1 statement) waits" in err
    code, out, err = cli(capsys, "report", "--lrs")
    assert code == 1 and "401" in err and SECRET not in err and out == ""
