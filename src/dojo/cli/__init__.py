"""The `dojo` command. With no arguments it opens the TUI; everything else is headless."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from dojo import __version__
from dojo.text import from_edge

if TYPE_CHECKING:  # argparse (and the gettext it loads) only for a command line that names a command
    import argparse

#: Each module registers its own subcommands, so commands grow without touching this file much.
COMMAND_NAMES = ["play", "group", "catalogue", "new", "test", "graph", "review", "score", "export", "history",
                 "report", "lrs", "serve"]

#: Words trainers reach for that are not commands, and the command that does the job. Named rather than
#: aliased, so there stays one way to run each thing.
COMMAND_ALIASES = {"lint": "validate", "check": "validate"}
COMMAND_PURPOSES = {"validate": "checks scenario files: every error and warning, then their pinned tests"}


def build_parser() -> argparse.ArgumentParser:
    # The command modules load the engine, the coach and pydantic: only a command line that names a
    # command (or asks for help) pays for them; plain `dojo` goes straight to the app.
    import argparse
    from importlib import import_module

    command_modules = [import_module(f"dojo.cli.{name}") for name in COMMAND_NAMES]
    parser = argparse.ArgumentParser(
        prog="dojo",
        description="Practise sales conversations against scripted prospect personas.",
        epilog="Run `dojo` with no command to open the practice app.",
    )
    parser.add_argument("--version", action="version", version=f"dojo {__version__}")
    parser.add_argument("--player", help="the rep's name for this session (overrides the saved name)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    raw = [from_edge(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    if _opens_the_app(raw):
        player = raw[1] if len(raw) == 2 else (raw[0].partition("=")[2] if raw else None)
        try:
            return _run_app(player)
        except KeyboardInterrupt:
            return 130
    from dojo.cli.common import UsageError, fail

    if raw and raw[0] in COMMAND_ALIASES:
        wanted = COMMAND_ALIASES[raw[0]]
        return fail(f"there is no `dojo {raw[0]}`: `dojo {wanted}` {COMMAND_PURPOSES[wanted]}")
    parser = build_parser()
    args = parser.parse_args(raw)
    try:
        if args.command is None:
            return _run_app(args.player)
        return args.handler(args)
    except UsageError as err:
        return fail(str(err))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _opens_the_app(raw: list[str]) -> bool:
    """`dojo` or `dojo --player NAME`: nothing for the full parser to do."""
    return (not raw or (len(raw) == 2 and raw[0] == "--player" and not raw[1].startswith("-"))
            or (len(raw) == 1 and raw[0].startswith("--player=")))


def _safe_streams() -> None:
    """Bytes that are not UTF-8 on stdin become U+FFFD; nothing printed can fail to encode."""
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(encoding="utf-8", errors="replace")
        except (OSError, ValueError):  # pragma: no cover - a stream already read from
            pass
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _run_app(player: str | None) -> int:
    try:
        from dojo.tui.app import run
    except ImportError as err:  # pragma: no cover - only without the TUI installed
        from dojo.cli.common import fail

        return fail(f"the app is unavailable ({err}); headless commands still work, see `dojo --help`")
    return run(player=player)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
