"""A footer that builds its keys once and rebuilds them only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class SteadyFooter(Footer):
    """Textual's footer shows nothing until the screen's bindings first change, then rebuilds every key
    whenever focus or bindings change, even to show the same keys again (three times while the picker
    opens), and each key is styled three times as it mounts. This one shows the keys from the first
    frame, skips a rebuild that would show the same keys, and styles each key once."""

    _shown: tuple | None = None

    def __init__(self, *children: Widget, **options) -> None:
        super().__init__(*children, **options)
        self.set_reactive(Footer._bindings_ready, True)

    def compose(self) -> ComposeResult:
        self._shown = self._keys(self.screen)
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                widget.set_reactive(FooterKey.compact, self.compact)  # what the footer binds it to anyway
            yield widget

    def bindings_changed(self, screen: Screen) -> None:
        if screen.app.app_focus and self.is_attached and screen is self.screen:  # when Footer rebuilds
            shown = self._keys(screen)
            if shown == self._shown:
                return
        super().bindings_changed(screen)

    def _keys(self, screen: Screen) -> tuple:
        """What the keys show, as the footer draws them: one key per action, first binding wins (the
        action itself is not shown; a key press is what a click sends)."""
        active = screen.active_bindings
        shown: dict[str, tuple] = {}
        for _, binding, enabled, tooltip in active.values():
            if binding.show:
                shown.setdefault(binding.action, (binding.key, self.app.get_key_display(binding),
                                                  binding.description, enabled, tooltip, binding.group))
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        return (tuple(shown.values()), _palette_key(palette), self.compact, self.show_command_palette)


def _palette_key(palette: Iterable | None) -> tuple | None:
    if palette is None:
        return None
    _, binding, enabled, tooltip = palette
    return binding.key, binding.description, enabled, tooltip
