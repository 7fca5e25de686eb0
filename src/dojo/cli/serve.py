"""`dojo serve`: the app in web browsers (textual-serve), one session per tab.

Each tab runs its own app process. The server keeps track of them and ends any
still running when it stops, and each process ends itself when its connection
goes (see `dojo.tui.served`), so no app outlives the server or its browser tab.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import shlex
import signal
import socket
import sys
from contextlib import suppress

from dojo.cli.common import UsageError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
#: How long a tab's app gets to quit on its own when the server stops.
STOP_GRACE = 2.0


def register(commands) -> None:
    parser = commands.add_parser(
        "serve", help="serve the app to web browsers, one practice session per tab",
        description="Serve dojo to web browsers: each browser tab gets its own session, and transcripts are "
                    "saved in the data dir under each player's name. Binds to this machine only unless --host "
                    "says otherwise.")
    parser.add_argument("--host", default=DEFAULT_HOST,
                        help=f"address to listen on (default {DEFAULT_HOST}: this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to listen on (default {DEFAULT_PORT})")
    parser.add_argument("--public-url", metavar="URL",
                        help="the address browsers use, when it differs from host:port (e.g. behind a proxy)")
    parser.set_defaults(handler=run)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def served_command() -> str:
    """The shell command textual-serve runs per tab; `exec` so the app is the shell's pid, not its child."""
    return f"exec {shlex.quote(sys.executable)} -m dojo.tui.served"


def check_port(host: str, port: int) -> None:
    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: choose a port from 1 to 65535")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as err:
        raise UsageError(f"--host {host}: cannot resolve it ({err.strerror})") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as err:
            raise UsageError(f"cannot listen on {host}:{port} ({err.strerror}); pick another --port") from None


def make_server(host: str, port: int, public_url: str | None = None):
    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    class TrackedService(AppService):
        """An AppService whose process the server can find and end."""

        def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
            environment = super()._build_environment(width, height)
            environment["DOJO_SERVE_PARENT"] = str(os.getpid())
            return environment

        async def _open_app_process(self, width: int = 80, height: int = 24):
            process = await super()._open_app_process(width, height)
            server.processes.add(process)
            return process

    class DojoServer(Server):
        processes: set

        async def handle_websocket(self, request):
            # As textual-serve's own handler, with a service whose process is tracked.
            from aiohttp import web

            websocket = web.WebSocketResponse(heartbeat=15)
            width = _int(request.query.get("width"), 80)
            height = _int(request.query.get("height"), 24)
            service = None
            try:
                await websocket.prepare(request)
                service = TrackedService(self.command, write_bytes=websocket.send_bytes,
                                         write_str=websocket.send_str, close=websocket.close,
                                         download_manager=self.download_manager, debug=self.debug)
                await service.start(width, height)
                await self._process_messages(websocket, service)
            except asyncio.CancelledError:
                with suppress(Exception):
                    await websocket.close()
            except (ConnectionError, RuntimeError, ValueError):
                pass
            finally:
                if service is not None:
                    with suppress(Exception):
                        await asyncio.wait_for(service.stop(), STOP_GRACE)
                    process = service._process
                    if process is not None:
                        end_process(process.pid)
                        self.processes.discard(process)
            return websocket

        async def on_startup(self, app) -> None:
            print(f"dojo: serving on {self.public_url} — open it in a browser; Ctrl+C stops", file=sys.stderr,
                  flush=True)

        async def on_shutdown(self, app) -> None:
            for process in list(self.processes):
                end_process(process.pid)
            self.processes.clear()

    server = DojoServer(served_command(), host=host, port=port, title="dojo", public_url=public_url)
    server.processes = set()
    return server


def end_process(pid: int) -> None:
    """End a tab's app if it is still there: politely, then for sure."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except (ProcessLookupError, PermissionError):
            return
        if sig == signal.SIGTERM:
            for _ in range(20):
                try:
                    finished, _ = os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    return
                if finished:
                    return
                import time

                time.sleep(0.05)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def run(args) -> int:
    try:
        import textual_serve  # noqa: F401
    except ImportError:  # pragma: no cover - it is a dependency
        raise UsageError("serving needs textual-serve; reinstall dojo (pip install dojo)") from None
    check_port(args.host, args.port)
    if not is_loopback(args.host):
        print(f"dojo: warning: listening on {args.host}: anyone who can reach this machine can open dojo and "
              f"read saved sessions' names; use the default 127.0.0.1 unless you mean it", file=sys.stderr,
              flush=True)
    server = make_server(args.host, args.port, args.public_url)
    server.serve()
    return 0
