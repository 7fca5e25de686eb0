"""Where dojo keeps user data. Nothing is created at import time."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """`DOJO_HOME` if set, else the platform's user data dir (not created here)."""
    home = os.environ.get("DOJO_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("dojo", appauthor=False))
