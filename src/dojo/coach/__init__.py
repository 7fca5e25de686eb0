"""The coach: hears signals in a reply and scores reciprocity, pathway order and chasing."""

from dojo.coach.lexicon import Lexicon, LexiconError, default_lexicon
from dojo.coach.scores import DIMENSIONS, START_SCORES, Coach, ScoreEvent, Scores, grade
from dojo.coach.signals import Match, Signals, classify

__all__ = [
    "DIMENSIONS", "START_SCORES", "Coach", "Lexicon", "LexiconError", "Match", "ScoreEvent", "Scores", "Signals",
    "classify", "default_lexicon", "grade",
]
