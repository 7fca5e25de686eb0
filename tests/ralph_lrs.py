"""A real learning record store for tests and benchmarks: Ralph, in its own virtual environment.

Ralph's pins need not agree with dojo's, so it lives in `.cache/ralph-venv` under the
repository (git-ignored), installed once and reused. `Ralph` starts `ralph runserver`
with the file-system backend on a free loopback port, can be stopped and started
again on the same port and data, and is always stopped by the caller.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("DOJO_RALPH_VENV", REPO / ".cache" / "ralph-venv"))
REQUIREMENTS = ["ralph-malph[backend-fs,lrs,cli]", "requests"]
USER, SECRET = "dojo-test", "not-a-real-secret-4f1d"
#: Ralph's file-system backend writes its statement file with operation "create", so only the
#: first POST of a server's life is stored and later ones fail with 500. The test server asks
#: it to append instead: a module loaded at start-up (via a .pth file, so the server process
#: uvicorn's reloader spawns gets it too) when DOJO_RALPH_FS_APPEND is set. Nothing else changes.
APPEND_PATCH = '''"""dojo's test LRS: make Ralph's file-system backend append statements instead of creating its file once."""
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND
'''
APPEND_HOOK = 'import os; os.environ.get("DOJO_RALPH_FS_APPEND") and __import__("dojo_ralph_fs_append")\n'
#: Bounds, not sleeps: how long an install and a start may take before giving up.
INSTALL_TIMEOUT = 900
START_TIMEOUT = 60


class RalphUnavailable(Exception):
    """Ralph cannot be installed or started here; the message says why."""


def _bin(name: str) -> Path:
    return VENV / ("Scripts" if os.name == "nt" else "bin") / name


def ensure_installed() -> float:
    """Install Ralph into its venv unless it is there; returns the seconds the install took (0 if cached)."""
    marker = VENV / ".dojo-installed-2"
    if marker.exists() and _bin("ralph").exists():
        return 0.0
    started = time.monotonic()
    try:
        if not _bin("python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, capture_output=True,
                           timeout=INSTALL_TIMEOUT)
        subprocess.run([str(_bin("python")), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        *REQUIREMENTS], check=True, capture_output=True, timeout=INSTALL_TIMEOUT)
        site = subprocess.run([str(_bin("python")), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                              check=True, capture_output=True, text=True, timeout=60).stdout.strip()
        (Path(site) / "dojo_ralph_fs_append.py").write_text(APPEND_PATCH)
        (Path(site) / "dojo_ralph_fs_append.pth").write_text(APPEND_HOOK)
    except subprocess.CalledProcessError as err:
        last = (err.stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise RalphUnavailable(f"pip could not install {' '.join(REQUIREMENTS)}: {last[0]}") from None
    except (OSError, subprocess.TimeoutExpired) as err:
        raise RalphUnavailable(f"could not set up Ralph's virtual environment ({err})") from None
    marker.write_text("ok\n")
    return time.monotonic() - started


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


class Ralph:
    """One Ralph LRS on 127.0.0.1:`port`, its statements in `root`/data."""

    def __init__(self, root: Path):
        self.root = root
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.env = {**os.environ, "RALPH_APP_DIR": str(root / "app"), "RALPH_RUNSERVER_BACKEND": "fs",
                    "DOJO_RALPH_FS_APPEND": "1"}
        (root / "app").mkdir(parents=True, exist_ok=True)
        (root / "data").mkdir(exist_ok=True)
        (root / "cwd").mkdir(exist_ok=True)
        self.log = root / "ralph.log"

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def add_user(self) -> None:
        try:
            subprocess.run([str(_bin("ralph")), "auth", "-u", USER, "-p", SECRET, "-s", "all",
                            "-M", f"mailto:{USER}@example.com", "-w"], env=self.env, cwd=self.root / "cwd",
                           check=True, capture_output=True, timeout=START_TIMEOUT)
        except (OSError, subprocess.SubprocessError) as err:
            raise RalphUnavailable(f"`ralph auth` failed ({err})") from None

    def start(self) -> None:
        # Its own session, so stop() can end the server and the reloader it spawns, and nothing else.
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [str(_bin("ralph")), "runserver", "-b", "fs", "--fs-default-directory-path", str(self.root / "data"),
                 "-h", "127.0.0.1", "-p", str(self.port)],
                env=self.env, cwd=self.root / "cwd", stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT
        while not self._ready():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = self.log.read_text(errors="replace").strip().splitlines()[-1:] or ["no output"]
                raise RalphUnavailable(f"ralph runserver did not start: {tail[0]}")
            time.sleep(0.2)  # polling a port, bounded by the deadline above

    def _ready(self) -> bool:
        if not _listening(self.port):
            return False
        import urllib.request

        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2) as answer:
                return answer.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        deadline = time.monotonic() + 20
        while _listening(self.port) and time.monotonic() < deadline:
            time.sleep(0.1)  # the reloader's child may take a moment to release the port


def launch(root: Path) -> tuple[Ralph, float]:
    """Install (once), add the test user and start Ralph; (server, install seconds)."""
    took = ensure_installed()
    ralph = Ralph(root)
    ralph.add_user()
    ralph.start()
    return ralph, took
