"""LRS settings and the outbox, without a server: nothing sent when unset, nothing lost when unreachable."""

from __future__ import annotations

import json
import os
import re
import stat

from dojo.cli import main
from dojo.transcript.lrs import LrsClient, LrsError, LrsSettings, load_lrs_settings
from dojo.transcript.outbox import Outbox
from tests.conftest import MINI, play_recorded
from tests.ralph_lrs import free_port

WIN = ["Hi Pat, is now a good time?", "Sure — what will you decide once you have it?"]
LOSS = ["Sure, I'll send the deck and our pricing today."]
SECRET = "hunter2-very-secret"


play = play_recorded


def unreachable(monkeypatch) -> str:
    """An endpoint on a loopback port nobody listens on, with credentials."""
    endpoint = f"http://127.0.0.1:{free_port()}/xAPI/"
    monkeypatch.setenv("DOJO_LRS_ENDPOINT", endpoint)
    monkeypatch.setenv("DOJO_LRS_USERNAME", "rep")
    monkeypatch.setenv("DOJO_LRS_PASSWORD", SECRET)
    return endpoint


def cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_with_no_endpoint_nothing_is_queued_or_sent(dojo_home, mini, capsys, tmp_path):
    play(mini, "Ana", WIN)
    assert not (dojo_home / "outbox").exists()
    script = tmp_path / "win.txt"
    script.write_text("\n".join(WIN) + "\n")
    code, _out, err = cli(capsys, "play", str(MINI), "--record", "--script", str(script), "--player", "Ana")
    assert code == 0 and "LRS" not in err and not (dojo_home / "outbox").exists()
    code, _out, err = cli(capsys, "sync")
    assert code == 2 and "no LRS is set" in err and "DOJO_LRS_ENDPOINT" in err


def test_settings_file_and_environment_env_wins(dojo_home, monkeypatch):
    dojo_home.mkdir(parents=True)
    path = dojo_home / "settings.toml"
    path.write_text('dark = true\n[lrs]\nendpoint = "https://lrs.example.com/xapi"\nusername = "team"\n'
                    f'password = "{SECRET}"\nhomepage = "https://sso.example.com"\nturns = true\n')
    os.chmod(path, 0o644)
    settings, warning = load_lrs_settings(dojo_home, environ={})
    assert warning is None and settings.enabled and settings.turns
    assert settings.statements_url == "https://lrs.example.com/xapi/statements"
    assert (settings.username, settings.password, settings.homepage) == ("team", SECRET, "https://sso.example.com")
    # The file holds a password, so it is made readable by its owner only.
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    env = {"DOJO_LRS_ENDPOINT": "http://127.0.0.1:9/xAPI", "DOJO_LRS_PASSWORD": "other", "DOJO_LRS_TURNS": "0"}
    settings, _ = load_lrs_settings(dojo_home, environ=env)
    assert settings.endpoint == "http://127.0.0.1:9/xAPI" and settings.password == "other" and not settings.turns
    assert settings.username == "team"


def test_credentials_are_never_shown(dojo_home, monkeypatch):
    settings = LrsSettings(endpoint=f"http://rep:{SECRET}@127.0.0.1:{free_port()}/xAPI", username="rep",
                           password=SECRET)
    assert SECRET not in repr(settings) and SECRET not in str(settings) and "credentials=set" in repr(settings)
    try:
        LrsClient(settings, timeout=2).send([{"id": "x"}])
    except LrsError as err:
        assert SECRET not in str(err) and "unreachable" in str(err)
    else:
        raise AssertionError("a closed port must not accept statements")


def test_unreachable_lrs_leaves_the_attempt_queued_and_says_so_once(dojo_home, mini, capsys, tmp_path,
                                                                  monkeypatch):
    unreachable(monkeypatch)
    script = tmp_path / "loss.txt"
    script.write_text("\n".join(LOSS) + "\n")
    code, out, err = cli(capsys, "play", str(MINI), "--record", "--script", str(script), "--player", "Ana")
    assert code == 0
    waiting = [line for line in err.splitlines() if "for the LRS" in line]
    assert len(waiting) == 1 and SECRET not in err + out
    assert re.fullmatch(r"dojo: 1 attempt \(1 statement\) waits for the LRS \(http://127\.0\.0\.1:\d+/xAPI/statements "
                        r"is unreachable: .+\); `dojo sync` sends it", waiting[0]), waiting[0]
    files = Outbox().waiting()
    assert len(files) == 1 and stat.S_IMODE(files[0].stat().st_mode) == 0o600
    saved = json.loads(files[0].read_text())
    assert saved["statements"][0]["actor"]["account"]["name"] == "Ana"
    code, out, err = cli(capsys, "sync")
    assert code == 1 and out == "" and "1 attempt (1 statement) waits" in err and SECRET not in err
    assert Outbox().waiting() == files


def test_outbox_writes_leave_no_temp_files_and_count_statements(dojo_home, mini, monkeypatch):
    unreachable(monkeypatch)
    monkeypatch.setenv("DOJO_LRS_TURNS", "1")
    play(mini, "Ana", WIN)
    play(mini, "Ben", LOSS)
    play(mini, "Cy", ["Hello there"], finish=False)  # interrupted: not an attempt, not queued
    outbox = Outbox()
    assert outbox.counts() == (2, 5)  # Ana: her attempt and two turns; Ben: his attempt and one turn
    assert sorted(p.name for p in outbox.folder.iterdir()) == sorted(p.name for p in outbox.waiting())


def test_sync_all_queues_attempts_played_before_the_lrs_was_set(dojo_home, mini, capsys, monkeypatch):
    play(mini, "Ana", WIN)
    play(mini, "Ana", LOSS)
    assert Outbox().counts() == (0, 0)
    unreachable(monkeypatch)
    code, _out, err = cli(capsys, "sync", "--all")
    assert code == 1 and "queued 2 finished attempts" in err and "2 attempts (2 statements) wait for the LRS" in err


def test_saving_the_players_name_keeps_the_lrs_settings_private_and_intact(dojo_home):
    try:
        from dojo.settings import Settings, save_settings  # type: ignore[import-not-found]
    except ImportError:
        from dojo.settings import Settings, save_settings
    dojo_home.mkdir(parents=True)
    path = dojo_home / "settings.toml"
    path.write_text(f'player = "Ana"\n[lrs]\nendpoint = "https://lrs.example.com/xapi"\npassword = "{SECRET}"\n')
    assert save_settings(Settings(player="Ben", dark=False), dojo_home) is None
    settings, _ = load_lrs_settings(dojo_home, environ={})
    assert settings.endpoint == "https://lrs.example.com/xapi" and settings.password == SECRET
    assert 'player = "Ben"' in path.read_text() and stat.S_IMODE(path.stat().st_mode) == 0o600
