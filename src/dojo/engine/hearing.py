"""What the coach heard, and whether it would hear the same today.

Hearing a reply (`classify`) depends on nothing but the reply's text, the lexicon it is heard
with (the default lexicon plus the scenario's `[lexicon]` patch) and the code that does the
hearing. A transcript records what was heard at every turn and, in its header, a fingerprint of
those inputs (`hearing_fingerprint`). When re-scoring finds the same fingerprint today, the
recorded signals are exactly what hearing the reply again would give, so the replay may take
them instead of running every pattern again; any difference (an edited lexicon, a scenario
whose patch changed, a new dojo, another regex engine or Unicode version) gives another
fingerprint, and every reply is heard afresh.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from dojo.scenario.model import Scenario

#: Bumped if what a fingerprint covers ever changes, so older fingerprints stop matching.
FINGERPRINT_VERSION = "1"


def hearing_fingerprint(scenario: Scenario) -> str | None:
    """A short hash of everything hearing a reply in `scenario` depends on; None when the coach's
    own files cannot be read (then nothing recorded is ever reused)."""
    code = _code_digest()
    if code is None:
        return None
    patch = scenario.lexicon.model_dump_json(by_alias=True)
    return hashlib.sha256(f"{code}\n{patch}".encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _code_digest() -> str | None:
    """The coach package's files (code, the default lexicon and its data), the vocabulary they
    share with scenarios, and the versions of the regex engine, Unicode tables and Python."""
    import dojo.coach
    import dojo.vocab

    coach = Path(dojo.coach.__file__).parent
    files = sorted(path for path in coach.iterdir() if path.suffix in (".py", ".toml"))
    files.append(Path(dojo.vocab.__file__))
    if not any(path.name == "signals.py" for path in files):
        return None  # installed without its sources: the code cannot be vouched for
    digest = hashlib.sha256()
    for part in (FINGERPRINT_VERSION, _version("google-re2"), unicodedata.unidata_version,
                 f"{sys.version_info.major}.{sys.version_info.minor}"):
        digest.update(part.encode() + b"\0")
    try:
        for path in files:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"
