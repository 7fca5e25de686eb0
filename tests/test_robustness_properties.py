"""Property tests: whatever text a rep sends, the coach, the engine and the transcript writer
never raise (beyond the documented ReplyError for an empty or over-long reply), always give
the same answer for the same input, and a saved session reloads to exactly what was played.

The text is anything Unicode holds, lone surrogates included, plus the shapes that have
broken terminal tools before: invalid bytes decoded with surrogateescape, 1 MB, right-to-left
and zero-width characters, control characters, Rich markup and ANSI escapes.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dojo.coach import classify, default_lexicon
from dojo.engine import ReplyError, Session
from dojo.engine.session import MAX_REPLY_CHARS
from dojo.transcript import Recorder, load_transcript
from tests.conftest import MINI

HOSTILE = [
    "\x1b[31mred\x1b[0m \x1b]0;title\x07", "[bold]b[/bold] [/] [link=x]y[/link] $accent",
    "\u202eevil\u202c \u2066iso\u2069 \u200f", "zero\u200bwidth\u200d\ufeff", "שלום عليكم", "\x00\x01\x7f\x9b",
    "Hi \udcff there \ud800", "a" * MAX_REPLY_CHARS, "1" * MAX_REPLY_CHARS, " \t\n", "",
    "é" * 1_000_000, "\U0001f600" * 50, "\r\n\u2028\u2029",
]

any_char = st.characters(codec=None, exclude_categories=())  # surrogates and controls too
replies = st.one_of(
    st.text(any_char, max_size=300),
    st.sampled_from(HOSTILE),
    st.lists(st.sampled_from(HOSTILE + ["send", "what will you decide", "by when?", "a"]), max_size=8).map("".join),
    st.binary(max_size=200).map(lambda raw: raw.decode("utf-8", "surrogateescape")),
)
BOUNDED = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                          HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def lexicon():
    return default_lexicon()


@BOUNDED
@given(text=replies)
def test_classify_never_raises_and_is_deterministic(lexicon, text):
    first = classify(text[:MAX_REPLY_CHARS * 2], lexicon)
    again = classify(text[:MAX_REPLY_CHARS * 2], lexicon)
    assert first == again
    for match in first.matches:
        start, end = match.span
        assert 0 <= start <= end


def play(scenario, texts: list[str], seed: int = 4) -> tuple[Session, list[str]]:
    session = Session(scenario, seed=seed, player="Kim")
    played = []
    for text in texts:
        if session.finished:
            break
        try:
            session.reply(text)
        except ReplyError:
            assert not text.strip() or len(text.strip()) > MAX_REPLY_CHARS
            continue
        played.append(text)
    return session, played


@BOUNDED
@given(texts=st.lists(replies, min_size=1, max_size=4))
def test_the_engine_only_refuses_empty_or_long_replies_and_replays_identically(mini, texts):
    first, _ = play(mini, texts)
    again, _ = play(mini, texts)
    assert [e.model_dump() for e in first.events] == [e.model_dump() for e in again.events]


@BOUNDED
@given(texts=st.lists(replies, min_size=1, max_size=3), player=st.text(any_char, max_size=20))
def test_a_saved_session_reloads_exactly(dojo_home, mini, tmp_path_factory, texts, player):
    data_dir = tmp_path_factory.mktemp("data")
    recorder = Recorder(Session(mini, seed=2, player=player or None), data_dir=data_dir, scenario_path=MINI)
    for text in texts:
        if recorder.finished:
            break
        try:
            recorder.reply(text)
        except ReplyError:
            continue
    recorder.close()
    assert recorder.warning is None or "history index" not in recorder.warning
    assert recorder.path is not None
    recorder.path.read_bytes().decode("utf-8")  # always valid UTF-8 on disk
    transcript = load_transcript(recorder.path)
    assert [e.model_dump() for e in transcript.events] == [e.model_dump() for e in recorder.events]
    assert transcript.header["players"] == ([player] if player else [])
