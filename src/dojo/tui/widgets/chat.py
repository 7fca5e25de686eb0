"""The conversation as a scrolling log: prospect and rep lines told apart, newest at the bottom.

The log is one widget that draws its messages as lines (Textual's line API), not a widget per
message: a new message is wrapped once, appended to the lines, and only the rows that changed are
painted, so a reply costs the same at the 1,000th message as at the 10th and never lays out the
screen's other widgets.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.cache import LRUCache
from textual.color import Color
from textual.content import Content
from textual.events import Resize
from textual.filter import LineFilter
from textual.geometry import Region, Size, Spacing
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.style import Style

from dojo.engine.events import Event, ProspectSaid, RepReplied, ScoreChanged
from dojo.engine.summary import is_narration
from dojo.tui.look import DIMENSION_TITLES, GAIN, LOSS, MUTED, literal
from dojo.tui.widgets.scrollbar import row_scrollbar

#: The speaker's name style in each kind of bubble.
SPEAKER_STYLES = {"prospect": "$text-secondary", "rep": "$text-primary", "coach": "$text-accent"}
#: A bubble is at most this share of the log's width (a coach's hint may use all of it), so the two
#: sides of the conversation stay told apart by where they sit.
BUBBLE_SHARE = 85
#: Cells a bubble adds around its text: one of padding each side and its coloured edge.
BUBBLE_FRAME = 3


@dataclass(frozen=True)
class ChatMessage:
    """One entry of the log: a line of dialogue (`prospect`, `rep`, `coach`) or a `notice` from the
    dojo itself (the ending, a reload)."""

    kind: str
    speaker: str = ""
    text: str = ""
    #: The score changes a rep's line earned, shown under it.
    events: tuple[ScoreChanged, ...] = ()
    notice: Content | None = None

    def body(self) -> Content:
        """What the message says, with only the speaker's name styled: text is shown literally."""
        if self.notice is not None:
            return self.notice
        return Content.assemble(literal(self.speaker, f"bold {SPEAKER_STYLES[self.kind]}"), "\n", literal(self.text))


def chips(events: Iterable[ScoreChanged]) -> Content:
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


def _share(width: int) -> int:
    """`BUBBLE_SHARE` percent of `width`, in whole cells."""
    return width * BUBBLE_SHARE // 100


def _widest_line(content: Content) -> int:
    return max((line.cell_length for line in content.split("\n", allow_blank=True)), default=0)


class _Frame(NamedTuple):
    """What Textual's styling pass needs to paint the log's rows: its size, its content's size, padding,
    the background (as a Rich style and a colour) and the app's line filters."""

    size: Size
    content_size: Size
    padding: Spacing
    inner: RichStyle
    filters: tuple[LineFilter, ...]
    background: Color


class _Palette:
    """The log's styles, looked up once per theme rather than once per row (each look-up walks
    the widget's ancestors and its CSS)."""

    def __init__(self, log: ChatLog) -> None:
        self.base = log.visual_style.rich_style
        self.boxes: dict[str, tuple[Style, Segment]] = {}
        for kind in SPEAKER_STYLES:
            component = f"chat-log--{kind}"
            box = log.get_visual_style(component)
            edges = log.get_component_styles(component)
            right = kind == "rep"
            _, colour = edges.border_right if right else edges.border_left
            colour = log.background_colors[1] + colour  # theme colours may be translucent
            self.boxes[kind] = (box, Segment("▐" if right else "▌", (box + Style(foreground=colour)).rich_style))
        self.chips = log.get_visual_style("chat-log--chips")
        self.notice = log.get_visual_style("chat-log--notice")
        self._parsed: dict[str | Style, Style] = {}
        self._parse = log._get_style

    def parse(self, style: str | Style) -> Style:
        parsed = self._parsed.get(style)
        if parsed is None:
            parsed = self._parsed[style] = self._parse(style)
        return parsed


class ChatLog(ScrollView, can_focus=True):
    """Messages stack downwards; the view follows the newest one, and the keyboard scrolls back
    through all of them.

    Every message is kept as data; its rows are drawn when first needed at the current width and
    kept in a bounded cache, so memory stays flat however long the conversation. Only the rows'
    count per message is kept for all of them (to know where each one starts): a resize wraps
    every message again to count them.
    """

    COMPONENT_CLASSES = {"chat-log--prospect", "chat-log--rep", "chat-log--coach", "chat-log--chips",
                         "chat-log--notice"}

    DEFAULT_CSS = """
    ChatLog {
        height: 1fr;
        padding: 0 1 1 1;
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
        scrollbar-gutter: stable;
    }
    ChatLog > .chat-log--prospect { background: $secondary-muted; border-left: outer $secondary; }
    ChatLog > .chat-log--rep { background: $primary-muted; border-right: outer $primary; }
    ChatLog > .chat-log--coach { background: $accent-muted; border-left: outer $accent; }
    ChatLog > .chat-log--chips { color: $text-muted; }
    ChatLog > .chat-log--notice { color: $text-muted; }
    """

    #: How many messages' rows are kept drawn (a few screens' worth; older ones are drawn again when
    #: scrolled back to).
    CACHED_MESSAGES = 64

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._messages: list[ChatMessage] = []
        #: The first row of each message, at `_width`.
        self._starts: list[int] = []
        self._rows = 0
        self._width = 0
        self._drawn: LRUCache[int, list[Strip]] = LRUCache(self.CACHED_MESSAGES)
        #: The same rows as painted, padding and filters included (see `_framed_lines`), and what they were
        #: framed for.
        self._framed: LRUCache[int, list[Strip]] = LRUCache(self.CACHED_MESSAGES)
        self._frame_cache: _Frame | None = None
        self._frame_blank_rows: tuple[tuple[_Frame, RichStyle], tuple[Strip, Strip, Strip]] | None = None
        self._show_scores = True
        self._blank = Strip.blank(0)
        self._palette_cache: _Palette | None = None
        self._playing = False
        self._top = 0
        self._following = True
        #: Called once the log's rows have next been painted (see `after_paint`).
        self._after_paint: list[Callable[[], object]] = []

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """Moved after every reply: drawn as rows (`RowScrollBar`), not through Textual's styling pass."""
        return row_scrollbar(self)

    @property
    def messages(self) -> tuple[ChatMessage, ...]:
        """Every message so far, oldest first."""
        return tuple(self._messages)

    @property
    def message_count(self) -> int:
        return len(self._messages)

    @property
    def show_scores(self) -> bool:
        """Whether each rep line shows the score changes it earned (hidden in exam mode)."""
        return self._show_scores

    @show_scores.setter
    def show_scores(self, show: bool) -> None:
        if show != self._show_scores:
            self._show_scores = show
            self._measure_all(keep_place=True)

    # ---- what the screens say
    def say_prospect(self, name: str, text: str) -> None:
        self._add(ChatMessage("prospect", name, text))

    def say_rep(self, name: str, text: str, events: list[ScoreChanged] | None = None) -> None:
        """The rep's line sits on the right, with the score changes it earned under it."""
        self._add(ChatMessage("rep", name, text, tuple(events or ())))

    def say_coach(self, text: str) -> None:
        self._add(ChatMessage("coach", "Coach's hint", text))

    def add_notice(self, content: Content) -> None:
        self._add(ChatMessage("notice", notice=content))

    def play(self, events: Iterable[Event], persona: str, rep_name: str,
             notice: Callable[[Event], Content | None] = lambda event: None) -> None:
        """Show events in order: each reply with the score changes it earned under it, each prospect
        line, and whatever `notice` makes of any other event (an ending, a pick, a skip)."""
        reply: RepReplied | None = None
        scored: list[ScoreChanged] = []
        self._playing = True  # the view moves once, to the last of them

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
                if is_narration(event):
                    self.add_notice(literal(event.text, f"italic {MUTED}"))
                else:
                    self.say_prospect(persona, event.text)
            else:
                content = notice(event)
                if content is not None:
                    flush()
                    self.add_notice(content)
        flush()
        self._playing = False
        self._show_newest()

    def after_paint(self, callback: Callable[[], object]) -> None:
        """Run `callback` once the rows as they are now have been painted: what follows a message (the
        ended bar, the footer's keys changing) must not share, and slow, the frame that shows it."""
        self._after_paint.append(callback)
        self.refresh()

    def clear_log(self) -> None:
        self._messages.clear()
        self._starts.clear()
        self._rows = 0
        self._drawn.clear()
        self._framed.clear()
        self._set_rows()
        self._scroll_to_row(0)

    # ---- rows
    def _add(self, message: ChatMessage) -> None:
        self._append(message)
        if not self._playing:
            self._show_newest()

    def _append(self, message: ChatMessage) -> None:
        self._messages.append(message)
        if self._width:
            self._starts.append(self._rows)
            self._rows += len(self._draw(len(self._messages) - 1))

    def _show_newest(self) -> None:
        """New messages bring the view down to the newest, even if the user had scrolled up."""
        self._set_rows()
        self._scroll_to_row(self.max_scroll_y)

    def _set_rows(self) -> None:
        size = Size(self._width, self._rows)
        overflowing = self._rows > self.container_size.height
        if self.is_mounted and self.container_size and overflowing == self.show_vertical_scrollbar:
            # The scrollbar stays as it was: move it and repaint the rows, without laying out the whole
            # screen again (which a change of `virtual_size` asks for, and costs more than the rest of
            # a reply put together).
            self.set_reactive(ChatLog.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size
        self.refresh()

    def _measure_all(self, keep_place: bool) -> None:
        """Wrap every message again (the width or what a message shows changed), keeping the
        message at the top of the view in place, or the newest in view when following it."""
        following = self._following
        top = self._message_at(round(self.scroll_y)) if self._messages and self._starts else 0
        self._drawn.clear()
        self._framed.clear()
        self._starts.clear()
        self._rows = 0
        if self._width:
            for index in range(len(self._messages)):
                self._starts.append(self._rows)
                self._rows += len(self._draw(index))
        self._set_rows()
        self._scroll_to_row(self.max_scroll_y if following or not keep_place or not self._starts else self._starts[top])

    def _scroll_to_row(self, row: int) -> None:
        # Forced: the scrollbar that allows it only appears at the next layout, after the rows changed.
        self.scroll_to(y=row, animate=False, force=True, immediate=True)

    def _message_at(self, row: int) -> int:
        return max(0, bisect_right(self._starts, row) - 1)

    def on_resize(self, event: Resize) -> None:
        if not self._rewrap_if_narrowed() and self._following:
            # Shorter or taller (the reply box gave way to the ended bar).
            self._scroll_to_row(self.max_scroll_y)

    def _rewrap_if_narrowed(self) -> bool:
        """Wrap again when the width changed; True if it did.

        Checked on every paint as well as on Resize: when a panel opens beside the log, its Resize can
        arrive before its region has its new width, and the rows would stay wrapped for the old one."""
        width = self.scrollable_content_region.width
        if width == self._width:
            return False
        self._width = width
        self._measure_all(keep_place=True)
        return True

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        #: Whether the view shows the newest line, so a resize keeps it in view.
        self._following = round(new_value) >= self.max_scroll_y

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._palette_cache = None
        self._drawn.clear()  # a new theme: same rows, new colours
        self._framed.clear()

    @property
    def _palette(self) -> _Palette:
        if self._palette_cache is None:
            self._palette_cache = _Palette(self)
        return self._palette_cache

    def render_lines(self, crop: Region) -> list[Strip]:
        self._rewrap_if_narrowed()
        # The log's own style, looked up once a paint rather than once a row (each look-up walks the
        # widget's ancestors).
        self._blank = Strip.blank(self._width, self._palette.base)
        # A conversation shorter than the log sits at the bottom, by the reply box, as chats do.
        self._top = max(0, self.scrollable_content_region.height - self._rows)
        frame = self._frame()
        lines = super().render_lines(crop) if frame is None else self._framed_lines(crop, frame)
        if self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            for callback in waiting:
                self.call_later(callback)
        return lines

    # ---- the rows as painted
    def _frame(self) -> _Frame | None:
        """What Textual's styling pass puts around each row of the log, when that is all it does to
        them (padding, the background, the app's line filters), so the log can do it itself; None when
        a border, an outline, a tint, a hatch or some opacity asks for the whole pass."""
        styles = self.styles
        if (any(edge for edge, _ in styles.border) or any(edge for edge, _ in styles.outline) or styles.tint.a
                or self.opacity != 1 or styles.text_opacity != 1 or (styles.has_rule("hatch") and styles.hatch != "none")
                or self.hover_style._link_id):
            return None
        base_background, background = self.background_colors
        inner = Style(background=base_background + background).rich_style
        frame = _Frame(self.region.size, self.content_region.size, styles.padding, inner,
                       tuple(self.get_line_filters()), background)
        if frame != self._frame_cache:
            self._frame_cache = frame
            self._framed.clear()
        return frame

    def _framed_lines(self, crop: Region, frame: _Frame) -> list[Strip]:
        """The log's rows as Textual's styling pass would paint them (`Widget.render_lines`), each
        message's kept with its drawn rows: after a reply scrolls the log, the rows already seen are
        the same strips as before, and only the new message's are padded and filtered."""
        width, height = frame.size
        _, content_height = frame.content_size
        top, _, bottom, _ = frame.padding
        scroll = round(self.scroll_y)
        lines = []
        blanks = self._frame_blanks(frame)
        for y in crop.line_range:
            content_y = y - top
            if y < top or y >= height - bottom:
                lines.append(blanks[0])
                continue
            row = scroll + content_y - self._top
            if content_y >= content_height:
                lines.append(blanks[1])
            elif not 0 <= row < self._rows or not self._starts:
                lines.append(blanks[2])
            else:
                index = self._message_at(row)
                framed = self._framed.get(index)
                if framed is None:
                    framed = self._framed[index] = [self._frame_row(strip, frame) for strip in self._draw(index)]
                lines.append(framed[row - self._starts[index]])
        if crop.column_span != (0, width):
            lines = [line.crop(crop.x, crop.right) for line in lines]
        return lines

    def _frame_blanks(self, frame: _Frame) -> tuple[Strip, Strip, Strip]:
        """The blank rows as painted: a padding row, a row past the content, a row with no message."""
        key = (frame, self._palette.base)
        if self._frame_blank_rows is None or self._frame_blank_rows[0] != key:
            padding = Strip([Segment(" " * frame.size.width, frame.inner)], frame.size.width)
            for line_filter in frame.filters:
                padding = padding.apply_filter(line_filter, frame.background)
            self._frame_blank_rows = (key, (padding, self._frame_row(Strip.blank(0), frame),
                                            self._frame_row(Strip.blank(self._width, self._palette.base), frame)))
        return self._frame_blank_rows[1]

    @staticmethod
    def _frame_row(strip: Strip, frame: _Frame) -> Strip:
        """One row as the styling pass paints it: cut or filled to the content's width, the padding
        either side in the background, then the app's line filters."""
        _, right, _, left = frame.padding
        inner = frame.inner
        segments = list(strip.adjust_cell_length(frame.content_size.width, inner))
        if left:
            segments.insert(0, Segment(" " * left, inner))
        if right:
            segments.append(Segment(" " * right, inner))
        row = Strip(segments, frame.size.width)
        for line_filter in frame.filters:
            row = row.apply_filter(line_filter, frame.background)
        return row

    def render_line(self, y: int) -> Strip:
        row = round(self.scroll_y) + y - self._top
        if not 0 <= row < self._rows or not self._starts:
            return self._blank
        index = self._message_at(row)
        return self._draw(index)[row - self._starts[index]]

    # ---- drawing one message
    def _draw(self, index: int) -> list[Strip]:
        """The rows of message `index` at the current width: a blank row above it, then its lines."""
        drawn = self._drawn.get(index)
        if drawn is None:
            message = self._messages[index]
            width = self._width
            rows = [Strip.blank(width, self._palette.base)]
            if message.kind == "notice":
                rows += self._notice_rows(message.body(), width)
            elif message.kind == "rep" and message.events and self._show_scores:
                # The line and its chips sit on the right as one block, each starting at its left edge.
                score = chips(message.events)
                block = max(self._bubble_width(message, width), self._chips_width(score, width))
                rows += self._bubble_rows(message, width, width - block)
                rows += self._chip_rows(score, width, width - block)
            else:
                rows += self._bubble_rows(message, width)
            drawn = self._drawn[index] = rows
        return drawn

    def _bubble_limit(self, message: ChatMessage, width: int) -> int:
        return width if message.kind == "coach" else _share(width)

    def _bubble_width(self, message: ChatMessage, width: int) -> int:
        return max(1, min(_widest_line(message.body()), self._bubble_limit(message, width) - BUBBLE_FRAME)) \
            + BUBBLE_FRAME

    def _bubble_rows(self, message: ChatMessage, width: int, left: int | None = None) -> list[Strip]:
        """A coloured box with an edge on the speaker's side: the prospect's and the coach's on
        the left, the rep's on the right (or from column `left`)."""
        box, edge = self._palette.boxes[message.kind]
        base = self._palette.base
        right = message.kind == "rep"
        inner = self._bubble_width(message, width) - BUBBLE_FRAME
        if left is None:
            left = width - inner - BUBBLE_FRAME if right else 0
        rows = []
        for line in message.body().wrap(inner):
            segments = [Segment(" " * left, base)] if left else []
            if not right:
                segments.append(edge)
            segments.append(Segment(" ", box.rich_style))
            segments += self._segments(line, box)
            segments.append(Segment(" " * (inner - line.cell_length + 1), box.rich_style))
            if right:
                segments.append(edge)
            rows.append(Strip(segments).crop_extend(0, width, base))
        return rows

    @staticmethod
    def _chips_width(content: Content, width: int) -> int:
        return max(1, min(content.cell_length, _share(width) - 2)) + 2

    def _chip_rows(self, content: Content, width: int, left: int) -> list[Strip]:
        """The score changes under a rep's line, from column `left`."""
        style = self._palette.chips
        rows = []
        for line in content.wrap(self._chips_width(content, width) - 2):
            rows.append(Strip([Segment(" " * left + " ", style.rich_style), *self._segments(line, style)])
                        .crop_extend(0, width, self._palette.base))
        return rows

    def _notice_rows(self, content: Content, width: int) -> list[Strip]:
        """A line from the dojo, centred across the log."""
        style = self._palette.notice
        inner = max(1, width - 2)
        rows = []
        for line in content.wrap(inner):
            before = (inner - line.cell_length) // 2
            rows.append(Strip([Segment(" " * (before + 1), style.rich_style), *self._segments(line, style)])
                        .crop_extend(0, width, self._palette.base))
        return rows

    def _segments(self, line: Content, base: Style) -> list[Segment]:
        return [Segment(text, style.rich_style)
                for text, style in line.render(base, end="", parse_style=self._palette.parse)]
