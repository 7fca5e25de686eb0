"""The conversation as a scrolling log: prospect and rep lines told apart, newest at the bottom."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from textual.containers import Right, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from dojo.engine.events import Event, ProspectSaid, RepReplied, ScoreChanged
from dojo.tui.look import DIMENSION_TITLES, GAIN, LOSS, MUTED, literal


class Bubble(Static):
    """One line of dialogue: a speaker and what they said, shown literally."""

    DEFAULT_CSS = """
    Bubble {
        width: auto;
        max-width: 85%;
        height: auto;
        padding: 0 1;
        margin: 1 0 0 0;
    }
    Bubble.prospect {
        background: $secondary-muted;
        border-left: outer $secondary;
    }
    Bubble.rep {
        background: $primary-muted;
        border-right: outer $primary;
    }
    Bubble.coach {
        background: $accent-muted;
        border-left: outer $accent;
        max-width: 100%;
    }
    """

    def __init__(self, speaker: str, text: str, kind: str, speaker_style: str) -> None:
        self.speaker = speaker
        self.text = text
        body = Content.assemble(literal(speaker, f"bold {speaker_style}"), "\n", literal(text))
        super().__init__(body, classes=kind)


class ScoreChips(Static):
    """The score events a reply earned, as a row of gains and losses under it."""

    DEFAULT_CSS = """
    ScoreChips {
        width: auto;
        max-width: 85%;
        height: auto;
        padding: 0 1;
        color: $text-muted;
    }
    """

    def __init__(self, events: Iterable[ScoreChanged]) -> None:
        self.events = list(events)
        super().__init__(chips(self.events))


def chips(events: list[ScoreChanged]) -> Content:
    """One chip per dimension and direction: two Pathway gains read `▲ +40 Pathway`."""
    totals: dict[tuple[str, bool], int] = {}
    for event in events:
        if event.delta:
            key = (event.dimension, event.delta > 0)
            totals[key] = totals.get(key, 0) + event.delta
    parts: list[Content] = []
    for (dimension, gain), delta in totals.items():
        style = GAIN if gain else LOSS
        arrow, sign = ("▲", "+") if gain else ("▼", "−")
        parts.append(Content.assemble((f"{arrow} {sign}{abs(delta)} ", f"bold {style}"),
                                      (DIMENSION_TITLES.get(dimension, dimension), style)))
    return Content("   ").join(parts) if parts else Content.styled("no score change", MUTED)


class Notice(Static):
    """A line from the dojo itself (not the prospect): the ending, an error."""

    DEFAULT_CSS = """
    Notice {
        width: 1fr;
        height: auto;
        margin: 1 0 0 0;
        padding: 0 1;
        text-align: center;
        color: $text-muted;
    }
    """


class ChatLog(VerticalScroll):
    """Messages stack downwards; the view sticks to the newest one until the user scrolls up.

    Each message mounted costs a layout of every mounted one when the next arrives, so a long
    conversation keeps only its newest messages (two screens' worth) as widgets and the rest as the
    recipe to build them again: scrolling back to the oldest mounted message mounts the `PAGE` before
    it, in place.
    """

    DEFAULT_CSS = """
    ChatLog {
        height: 1fr;
        padding: 0 1 1 1;
        scrollbar-size-vertical: 1;
    }
    ChatLog > Right { height: auto; }
    """

    #: The fewest messages kept mounted while the view follows the newest one; a taller log keeps one
    #: per row of its height (every message takes at least two rows, so that is two screens' worth).
    WINDOW = 24
    #: How many older messages scrolling back to the top mounts at once.
    PAGE = 20

    can_focus = True

    def __init__(self, *children: Widget, **kwargs) -> None:
        super().__init__(*children, **kwargs)
        #: Every message so far, oldest first, as the function that builds its widget.
        self._messages: list[Callable[[], Widget]] = []
        #: The mounted messages' widgets, oldest first (removal is not immediate, so `children` may
        #: still list one on its way out).
        self._mounted: deque[Widget] = deque()
        self._paging = False

    def on_mount(self) -> None:
        self.anchor()

    @property
    def message_count(self) -> int:
        """Messages in the conversation, mounted or not."""
        return len(self._messages)

    def say_prospect(self, name: str, text: str) -> None:
        self._add(lambda: Bubble(name, text, "prospect", "$text-secondary"))

    def say_rep(self, name: str, text: str, events: list[ScoreChanged] | None = None) -> None:
        """The rep's line sits on the right, with the score changes it earned under it."""

        def row() -> Widget:
            children: list[Widget] = [Bubble(name, text, "rep", "$text-primary")]
            if events:
                children.append(ScoreChips(events))
            return Right(*children, classes="rep-row")

        self._add(row)

    def say_coach(self, text: str) -> None:
        self._add(lambda: Bubble("Coach's hint", text, "coach", "$text-accent"))

    def add_notice(self, content: Content) -> None:
        self._add(lambda: Notice(content))

    def play(self, events: Iterable[Event], persona: str, rep_name: str,
             notice: Callable[[Event], Content | None] = lambda event: None) -> None:
        """Show events in order: each reply with the score changes it earned under it, each prospect
        line, and whatever `notice` makes of any other event (an ending, a pick, a skip)."""
        reply: RepReplied | None = None
        scored: list[ScoreChanged] = []

        def flush() -> None:
            nonlocal reply, scored
            if reply is not None:
                self.say_rep(reply.player or rep_name, reply.text, scored)
            reply, scored = None, []

        for event in events:
            if isinstance(event, RepReplied):
                flush()
                reply = event
            elif isinstance(event, ScoreChanged):
                scored.append(event)
            elif isinstance(event, ProspectSaid):
                flush()
                self.say_prospect(persona, event.text)
            else:
                content = notice(event)
                if content is not None:
                    flush()
                    self.add_notice(content)
        flush()

    @property
    def _first_mounted(self) -> int:
        """The index in `_messages` of the oldest mounted message."""
        return len(self._messages) - len(self._mounted)

    def clear_log(self) -> None:
        self._messages.clear()
        self._mounted.clear()
        self.remove_children()

    def _add(self, build: Callable[[], Widget]) -> None:
        self._messages.append(build)
        widget = build()
        self._mounted.append(widget)
        self.mount(widget)
        self._trim()
        self.anchor()

    def _trim(self) -> None:
        """Unmount the oldest messages beyond the window, unless the user is reading back through them."""
        if self._anchor_released:
            return
        while len(self._mounted) > max(self.WINDOW, self.size.height):
            self._mounted.popleft().remove()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if new_value <= 0 < self._first_mounted and not self._paging:
            self._mount_older()

    def _mount_older(self) -> None:
        """Scrolled back to the oldest mounted message: mount the page before it and keep the view where
        it was (measured from the bottom, which mounting above does not move)."""
        start = max(0, self._first_mounted - self.PAGE)
        older = [build() for build in self._messages[start:self._first_mounted]]
        self._mounted.extendleft(reversed(older))
        self._paging = True
        from_bottom = self.max_scroll_y - self.scroll_y

        def keep_place() -> None:
            self.scroll_to(y=self.max_scroll_y - from_bottom, animate=False, immediate=True)
            self._paging = False

        self.mount(*older, before=0)
        self.call_after_refresh(keep_place)
