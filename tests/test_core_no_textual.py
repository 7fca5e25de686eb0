"""The core (scenario, coach, engine, transcript) and the headless CLI are plain Python: every one of
their modules imports on its own, in a fresh interpreter, without Textual or Rich."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap

import pytest

import dojo

CORE = ("dojo.scenario", "dojo.scenario.library", "dojo.scenario.lint", "dojo.coach", "dojo.engine",
        "dojo.engine.summary", "dojo.transcript")
HEADLESS_PACKAGES = ("dojo.scenario", "dojo.coach", "dojo.engine", "dojo.transcript", "dojo.cli")
EVERY_HEADLESS_MODULE = sorted(
    info.name for info in pkgutil.walk_packages(dojo.__path__, "dojo.")
    if not info.name.startswith("dojo.tui") and info.name != "dojo.__main__"
    and (info.name.count(".") == 1 or info.name.startswith(HEADLESS_PACKAGES))
)

PROBE = textwrap.dedent("""
    import importlib, importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("textual", "rich"):
                raise ImportError(f"blocked: {name}")
            return None

    sys.meta_path.insert(0, Block())
    for name in sys.argv[1:]:
        importlib.import_module(name)
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
    assert not leaked, leaked
    print("OK")
""")


def test_core_packages_import_without_textual_or_rich():
    done = subprocess.run([sys.executable, "-c", PROBE, *CORE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "OK"


@pytest.mark.parametrize("module", EVERY_HEADLESS_MODULE)
def test_each_headless_module_imports_alone_without_textual_or_rich(module):
    done = subprocess.run([sys.executable, "-c", PROBE, module], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_every_layer_is_probed():
    assert {"dojo.paths", "dojo.settings", "dojo.transcript.shapes", "dojo.cli.history"} <= set(EVERY_HEADLESS_MODULE)


def test_the_probe_really_blocks_textual():
    done = subprocess.run([sys.executable, "-c", PROBE, "dojo.tui.app"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode != 0 and "blocked: " in done.stderr
