"""Real calls: read a conversation transcript and score the rep's turns with the same coach.

Two formats are read:
- plain text, one `Speaker: text` per line (an optional leading `[00:01:02]` or
  `00:01:02` timestamp is ignored; a line without a speaker continues the previous turn);
- WebVTT, with `<v Name>` voice tags (or `Name: text` cue payloads, as some
  meeting tools write them).
Consecutive lines by one speaker form one turn. Only the rep's turns are
scored; everyone else's lines are context.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from dojo.coach import Coach, Lexicon, ScoreEvent, Scores, Signals, classify, default_lexicon, infer_tags
from dojo.coach.errands import with_errand_agreed
from dojo.fsutil import UnreadableFile, read_input

MAX_CALL_BYTES = 5_000_000


class CallError(Exception):
    """The call transcript cannot be read; the message names file:line."""


@dataclass(frozen=True)
class Line:
    speaker: str
    text: str
    line: int


@dataclass
class ScoredTurn:
    number: int
    line: int
    text: str
    signals: Signals
    events: list[ScoreEvent]
    scores: Scores
    #: What the other speakers said just before this turn.
    context: list[Line] = field(default_factory=list)
    #: What those lines asked of the rep (stall, no, errand, objection, question), heard in their words.
    prospect_tags: tuple[str, ...] = ()


@dataclass
class ScoredCall:
    path: Path
    rep: str
    speakers: list[str]
    turns: list[ScoredTurn]
    scores: Scores


_TIMESTAMP = re.compile(r"^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?\s*(?:-\s*)?")
_SPEAKER = re.compile(r"^\s*(?P<name>[^:\n]{1,60}?)\s*:\s+(?P<text>.*)$|^\s*(?P<name2>[^:\n]{1,60}?)\s*:\s*$")
_CUE_TIMING = re.compile(r"^\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d+:)?\d{2}:\d{2}[.,]\d{3}")
_VOICE = re.compile(r"<v(?:\.[^\s>]+)*\s+([^>]+)>(.*?)(?:</v>|$)", re.DOTALL)
_TAG = re.compile(r"</?[a-z][^>]*>|<\d{2}:[\d:.]+>", re.IGNORECASE)


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _clean(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def _split_speaker(text: str) -> tuple[str | None, str]:
    found = _SPEAKER.match(text)
    if not found:
        return None, text
    name = (found.group("name") or found.group("name2") or "").strip()
    rest = found.group("text") or ""
    # `http://…` or `Note: …` style words with no letters before the colon are not speakers.
    if not name or "://" in text[: len(name) + 3] or not any(ch.isalpha() for ch in name):
        return None, text
    return name, rest


def parse_plain(text: str, label: str) -> list[Line]:
    lines: list[Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        speaker, said = _split_speaker(_TIMESTAMP.sub("", stripped, count=1))
        if speaker is None:
            if not lines:
                raise CallError(f"{label}:{number}: expected `Speaker: text`, got {stripped[:40]!r}")
            previous = lines[-1]
            lines[-1] = Line(previous.speaker, f"{previous.text} {said.strip()}".strip(), previous.line)
            continue
        lines.append(Line(speaker, said.strip(), number))
    return lines


def parse_vtt(text: str, label: str) -> list[Line]:
    rows = text.splitlines()
    if not rows or not rows[0].lstrip("\ufeff").startswith("WEBVTT"):
        raise CallError(f"{label}:1: a WebVTT file starts with `WEBVTT`")
    lines: list[Line] = []
    number = 1
    block: list[tuple[int, str]] = []

    def flush() -> None:
        timing = next((i for i, (_, row) in enumerate(block) if _CUE_TIMING.match(row)), None)
        if timing is None:
            return  # NOTE, STYLE, REGION blocks and stray text
        payload = block[timing + 1:]
        for line_number, row in payload:
            voices = _VOICE.findall(row)
            if voices:
                for name, said in voices:
                    lines.append(Line(name.strip(), _clean(said), line_number))
                continue
            speaker, said = _split_speaker(_clean(row))
            if speaker is None:
                if lines:
                    previous = lines[-1]
                    lines[-1] = Line(previous.speaker, f"{previous.text} {said}".strip(), previous.line)
                continue
            lines.append(Line(speaker, said, line_number))

    for number, row in enumerate(rows[1:], start=2):
        if row.strip():
            block.append((number, row))
        else:
            flush()
            block = []
    flush()
    return [line for line in lines if line.text]


def parse_call(text: str, label: str) -> list[Line]:
    """Speaker lines of a call in either format, consecutive lines by one speaker merged."""
    raw = parse_vtt(text, label) if text.lstrip("\ufeff").startswith("WEBVTT") else parse_plain(text, label)
    merged: list[Line] = []
    for line in raw:
        if merged and _name_key(merged[-1].speaker) == _name_key(line.speaker):
            previous = merged[-1]
            merged[-1] = Line(previous.speaker, f"{previous.text} {line.text}".strip(), previous.line)
        else:
            merged.append(line)
    return merged


def read_call(path: str | Path) -> list[Line]:
    label = str(path)
    try:
        raw = read_input(path, MAX_CALL_BYTES, "call transcript")
    except UnreadableFile as err:
        raise CallError(str(err)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise CallError(f"{label}:{line}: not UTF-8 text; save the transcript as UTF-8") from None
    lines = parse_call(text, label)
    if not lines:
        raise CallError(f"{label}: no `Speaker: text` lines found")
    return lines


def score_call(path: str | Path, rep: str, lexicon: Lexicon | None = None) -> ScoredCall:
    lines = read_call(path)
    speakers = list(dict.fromkeys(line.speaker for line in lines))
    key = _name_key(rep)
    named = next((name for name in speakers if _name_key(name) == key), None)
    if named is None:
        raise CallError(f"{path}: no speaker named {rep!r}; speakers: {', '.join(speakers)}")
    coach = Coach(lexicon or default_lexicon())
    turns: list[ScoredTurn] = []
    context: list[Line] = []
    for line in lines:
        if _name_key(line.speaker) != key:
            context.append(line)
            continue
        number = len(turns) + 1
        # A real call has no scenario tags: the reply is judged against what the others' words show.
        tags = tuple(dict.fromkeys(tag for said in context for tag in infer_tags(said.text)))
        answered = " ".join(said.text for said in context)
        signals = with_errand_agreed(classify(line.text, coach.lexicon), answered, tags, coach.lexicon)
        events = coach.score(number, signals, tags)
        turns.append(ScoredTurn(number=number, line=line.line, text=line.text, signals=signals,
                                events=list(events), scores=coach.scores(), context=context,
                                prospect_tags=tags))
        context = []
    return ScoredCall(path=Path(path), rep=named, speakers=speakers, turns=turns, scores=coach.scores())
