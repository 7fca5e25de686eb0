"""The core (scenario, coach, engine, transcript) is plain Python: it imports without Textual or Rich."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CORE = ("dojo.scenario", "dojo.scenario.library", "dojo.scenario.lint", "dojo.coach", "dojo.engine",
        "dojo.engine.summary", "dojo.transcript")

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


def test_the_probe_really_blocks_textual():
    done = subprocess.run([sys.executable, "-c", PROBE, "dojo.tui.app"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode != 0 and "blocked: " in done.stderr
