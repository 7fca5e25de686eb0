"""The app as `dojo serve` runs it, one process per browser tab.

Two differences from the terminal app: every tab asks who is practising (the
name is kept for the tab, never saved as everyone's default), and the process
exits as soon as its connection goes. textual-serve talks to the app over its
stdin; when that closes the app would otherwise run on with nobody watching.
So stdin is relayed through a pipe whose end we notice, the kernel is asked to
end us if the server dies (Linux), and a parent that changed means we leave.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

from dojo.tui.app import DojoApp

#: Seconds a closing app gets to finish cleanly before the process is ended anyway.
EXIT_GRACE = 3.0
PARENT_ENV = "DOJO_SERVE_PARENT"


class ServedApp(DojoApp):
    """A tab's app: the player named in this tab, not the machine's saved player."""

    @property
    def player(self) -> str | None:
        return self.player_override

    def _named(self, name: str | None) -> None:
        if name:
            self.player_override = name
        self._refresh_picker()


def _die_with_parent() -> None:
    expected = os.environ.get(PARENT_ENV)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    # The server may have gone before the request above took effect.
    if expected and expected.isdigit() and os.getppid() != int(expected):
        os._exit(0)


def _relay_stdin(on_eof) -> None:
    """Put a pipe in front of fd 0 and copy the real stdin into it; call `on_eof` when it ends."""
    source = os.dup(0)
    read_end, write_end = os.pipe()
    os.dup2(read_end, 0)
    os.close(read_end)

    def pump() -> None:
        try:
            while data := os.read(source, 65536):
                view = memoryview(data)
                while view:
                    view = view[os.write(write_end, view):]
        except OSError:
            pass
        finally:
            try:
                os.close(write_end)
            except OSError:
                pass
            on_eof()

    threading.Thread(target=pump, name="dojo-stdin-relay", daemon=True).start()


def main() -> int:
    _die_with_parent()
    app = ServedApp()

    def connection_lost() -> None:
        deadline = threading.Timer(EXIT_GRACE, os._exit, (0,))
        deadline.daemon = True
        deadline.start()
        try:
            app.call_from_thread(app.exit)
        except RuntimeError:  # not running yet (still starting) or already gone: just leave
            os._exit(0)

    _relay_stdin(connection_lost)
    app.run()
    return app.return_code or 0


if __name__ == "__main__":  # pragma: no cover - run by `dojo serve` in a subprocess
    sys.exit(main())
