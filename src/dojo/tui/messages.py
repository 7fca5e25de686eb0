"""Messages the app's screens and widgets send each other (group role-play)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class AnswerChosen(Message):
    """A draft card was clicked: the prospect should hear this player's answer."""

    player: str
