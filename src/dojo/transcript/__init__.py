"""Transcripts: the saved event log of every session, its history index, re-scoring and exports.

Plain Python below the TUI: nothing here imports Textual.
"""

from dojo.transcript.history import Attempt, History, HistoryError, ScenarioSummary
from dojo.transcript.recorder import Recorder
from dojo.transcript.store import Transcript, TranscriptError, list_transcripts, load_transcript

__all__ = [
    "Attempt", "History", "HistoryError", "Recorder", "ScenarioSummary", "Transcript", "TranscriptError",
    "list_transcripts", "load_transcript",
]
