"""The `dojo` command. With no arguments it opens the TUI; everything else is headless."""

from __future__ import annotations

import argparse
import sys

from dojo import __version__
from dojo.cli import catalogue, export, graph, group, history, lrs, new, play, report, review, score, serve, test
from dojo.cli.common import UsageError, fail
from dojo.text import from_edge

#: Each module registers its own subcommands, so commands grow without touching this file much.
COMMAND_MODULES = [play, group, catalogue, new, test, graph, review, score, export, history, report, lrs, serve]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dojo",
        description="Practise sales conversations against scripted prospect personas.",
        epilog="Run `dojo` with no command to open the practice app.",
    )
    parser.add_argument("--version", action="version", version=f"dojo {__version__}")
    parser.add_argument("--player", help="the rep's name for this session (overrides the saved name)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    parser = build_parser()
    args = parser.parse_args([from_edge(arg) for arg in (sys.argv[1:] if argv is None else argv)])
    try:
        if args.command is None:
            return _run_app(args)
        return args.handler(args)
    except UsageError as err:
        return fail(str(err))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


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


def _run_app(args) -> int:
    try:
        from dojo.tui.app import run
    except ImportError as err:  # pragma: no cover - only without the TUI installed
        return fail(f"the app is unavailable ({err}); headless commands still work, see `dojo --help`")
    return run(player=args.player)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
