"""`dojo review`: step through a saved session turn by turn, in the app or as text."""

from __future__ import annotations

import sys
from pathlib import Path

from dojo.cli.common import EXIT_OK, LAST, Commands, open_transcript
from dojo.transcript.text import review_text


def register(commands: Commands) -> None:
    review = commands.add_parser(
        "review", help="step through a saved session turn by turn",
        description="Review a transcript turn by turn: each reply, what the coach heard, the state, the rule "
                    "that answered and the words it matched, the score events and the running scores. "
                    "Opens the app in a terminal; prints text otherwise.")
    review.add_argument("file", metavar="FILE", help=f"a transcript (.jsonl), or `{LAST}` for the newest finished session")
    review.add_argument("--text", action="store_true", help="print the review as text even in a terminal")
    review.set_defaults(handler=run)


def _open_review_app(path: Path, player: str | None) -> int | None:
    """Run the app's review screen; None when the app is not available, so text is printed."""
    try:
        from dojo.tui.app import run_review
    except ImportError:
        return None
    return run_review(path, player=player)


def run(args) -> int:
    transcript = open_transcript(args.file)
    if not args.text and sys.stdout.isatty() and sys.stdin.isatty():
        code = _open_review_app(transcript.path, args.player)
        if code is not None:
            return code
    sys.stdout.write(review_text(transcript))
    return EXIT_OK
