"""What every dojo screen shares: typed access to the app's shared state."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from dojo.tui.app import DojoApp


class DojoScreen(Screen):
    @property
    def dojo(self) -> DojoApp:
        """The running app, typed: the player, the library, the history and the navigation."""
        return cast("DojoApp", self.app)


