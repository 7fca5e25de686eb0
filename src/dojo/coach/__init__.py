"""The coach: hears signals in a reply and scores reciprocity, pathway order and chasing."""

from dojo.coach.context import infer_tags, prospect_tags
from dojo.coach.lexicon import Lexicon, LexiconError, default_lexicon
from dojo.coach.scores import Coach, ScoreEvent, Scores, grade
from dojo.coach.signals import Match, Signals, classify

__all__ = [
    "Coach", "Lexicon", "LexiconError", "Match", "ScoreEvent", "Scores", "Signals",
    "classify", "default_lexicon", "grade", "infer_tags", "prospect_tags",
]
