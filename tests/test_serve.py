"""`dojo serve`: the page is served on loopback, browsers get the app, and no app process outlives its tab.

These start a real server in a subprocess on a free loopback port; every wait is
a bounded poll, never a fixed sleep.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dojo.cli.serve import is_loopback

aiohttp = pytest.importorskip("aiohttp")
psutil = pytest.importorskip("psutil")

START_TIMEOUT = 60.0
GONE_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def poll(condition, timeout: float, every: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(every)
    return condition()


class Served:
    def __init__(self, home: Path, *extra: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, DOJO_HOME=str(home))
        self.process = subprocess.Popen([sys.executable, "-m", "dojo", "serve", "--port", str(self.port), *extra],
                                        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def page(self) -> str | None:
        try:
            with urllib.request.urlopen(self.url + "/", timeout=2) as response:
                return response.read().decode()
        except OSError:
            return None

    def wait_up(self) -> str:
        page = poll(lambda: self.process.poll() is None and self.page(), START_TIMEOUT, every=0.2)
        assert page, f"dojo serve did not answer: {self.stop()}"
        return page

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=GONE_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        _, err = self.process.communicate()
        return err


def served_apps(server_pid: int) -> list[psutil.Process]:
    """Every tab's app this server started, still alive (orphans included)."""
    found = []
    for process in psutil.process_iter(["cmdline"]):
        try:
            if "dojo.tui.served" not in " ".join(process.info["cmdline"] or []):
                continue
            if process.environ().get("DOJO_SERVE_PARENT") == str(server_pid) and \
                    process.status() != psutil.STATUS_ZOMBIE:
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


@pytest.fixture
def served(tmp_path):
    servers: list[Served] = []

    def start(*extra: str) -> Served:
        server = Served(tmp_path / "home", *extra)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def test_loopback_is_recognised():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_serves_the_page_on_loopback_and_a_tab_gets_the_app(served):
    server = served()
    page = server.wait_up()
    assert "textual.js" in page and f"ws://127.0.0.1:{server.port}/ws" in page

    async def first_screen() -> bytes:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"{server.url}/ws?width=100&height=30") as ws:
                received = b""
                deadline = time.monotonic() + START_TIMEOUT
                while b"What's your name" not in received and time.monotonic() < deadline:
                    try:
                        message = await ws.receive(timeout=1)
                    except TimeoutError:
                        continue
                    if message.type == aiohttp.WSMsgType.BINARY:
                        received += message.data
                    elif message.type != aiohttp.WSMsgType.TEXT:
                        break
                return received

    # Each tab asks who is practising: the name is the tab's, saved sessions carry it.
    assert b"What's your name" in asyncio.run(first_screen())
    err = server.stop()
    assert "serving on http://127.0.0.1:" in err


def test_bad_port_is_a_one_line_usage_error(tmp_path):
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    try:
        result = subprocess.run([sys.executable, "-m", "dojo", "serve", "--port", str(busy.getsockname()[1])],
                                capture_output=True, text=True, timeout=60,
                                env=dict(os.environ, DOJO_HOME=str(tmp_path)))
    finally:
        busy.close()
    assert result.returncode == 2
    assert result.stderr.startswith("dojo: cannot listen on 127.0.0.1:") and len(result.stderr.splitlines()) == 1


def test_dropped_connections_mid_start_leave_no_app_behind(served):
    server = served()
    server.wait_up()

    async def drop(index: int) -> None:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(f"{server.url}/ws?width=80&height=24") as ws:
                # Gone while the app is still starting: some at once, some after its first bytes.
                if index % 2:
                    try:
                        await ws.receive(timeout=0.05 * index)
                    except TimeoutError:
                        pass

    async def storm() -> None:
        await asyncio.gather(*(drop(i) for i in range(20)))

    asyncio.run(storm())
    server_pid = server.process.pid
    server.stop()
    left = poll(lambda: not served_apps(server_pid), GONE_TIMEOUT, every=0.25)
    assert left, f"app processes left behind: {[p.pid for p in served_apps(server_pid)]}"


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (Debian: apt-get install chromium)")
def test_headless_chromium_renders_the_app(served, tmp_path):
    server = served()
    server.wait_up()
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'chromium'}", "--virtual-time-budget=15000", "--dump-dom",
         server.url + "/"],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    dom = result.stdout
    # The page's script built the terminal and its websocket to the tab's app connected
    # (the app draws on a canvas, so its words are not in the DOM).
    assert "textual-terminal -connected" in dom and "xterm-screen" in dom, dom[-800:]
