"""What the coach heard, and whether it would hear the same today.

Hearing a reply (`classify`) depends on nothing but the reply's text, the lexicon it is heard
with (the default lexicon plus the scenario's `[lexicon]` patch) and the code that does the
hearing. A transcript records what was heard at every turn and, in its header, a fingerprint of
those inputs (`hearing_fingerprint`). When re-scoring finds the same fingerprint today, the
recorded signals are exactly what hearing the reply again would give, so the replay may take
them instead of running every pattern again; any difference (an edited lexicon, a scenario
whose patch changed, a new dojo, another regex engine or Unicode version) gives another
fingerprint, and every reply is heard afresh.

A session's events go one step further: they depend on nothing but the scenario, the seed, the
replies and the code of the coach, the engine and the scenario model. A transcript's header
also records `replay_fingerprint` (that code); when it and the scenario's content hash both
match today's, replaying the transcript would write exactly the events it holds, so a
re-score may read them instead of playing the conversation again.
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
    """The coach package's files (code, the default lexicon, its data and the learned model's
    weights), the vocabulary they share with scenarios, and the versions of the regex engine,
    Unicode tables and Python."""
    import dojo.coach
    import dojo.vocab

    coach = Path(dojo.coach.__file__).parent
    files = sorted(path for path in coach.iterdir() if path.suffix in (".py", ".toml", ".json"))
    files.append(Path(dojo.vocab.__file__))
    if not any(path.name == "signals.py" for path in files):
        return None  # installed without its sources: the code cannot be vouched for
    return _digest((FINGERPRINT_VERSION, _version("google-re2"), unicodedata.unidata_version, _python()),
                   [(path.name, path) for path in files])


def replay_fingerprint() -> str | None:
    """A short hash of the code a session's events depend on besides its scenario, seed and replies:
    the coach (and its lexicon), the engine, the scenario model and checks, dojo's shared modules
    (the vocabulary among them), the re-score's replay loop, and the versions of the regex engine,
    pydantic, the Unicode tables and Python. None when those files cannot be read."""
    return _replay_digest()


#: The packages a session's events are worked out by (the layers below the transcript).
REPLAY_PACKAGES = ("coach", "engine", "scenario")


@lru_cache(maxsize=1)
def _replay_digest() -> str | None:
    import dojo

    root = Path(dojo.__file__).parent
    try:
        files = sorted(path for path in root.iterdir() if path.suffix == ".py")
        for package in REPLAY_PACKAGES:
            files += sorted(path for path in (root / package).rglob("*") if path.suffix in (".py", ".toml", ".json"))
    except OSError:
        return None
    files.append(root / "transcript" / "rescore.py")
    if not any(path.name == "session.py" for path in files):
        return None  # installed without its sources: the code cannot be vouched for
    digest = _digest((FINGERPRINT_VERSION, _version("google-re2"), _version("pydantic"), _version("pydantic-core"),
                      unicodedata.unidata_version, _python()),
                     [(path.relative_to(root).as_posix(), path) for path in files])
    return digest[:16] if digest is not None else None


def _digest(versions: tuple[str, ...], files: list[tuple[str, Path]]) -> str | None:
    """SHA-256 of `versions`, then each file's name and bytes; None when a file cannot be read."""
    digest = hashlib.sha256()
    for part in versions:
        digest.update(part.encode() + b"\0")
    try:
        for name, path in files:
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def _python() -> str:
    return f"{sys.version_info.major}.{sys.version_info.minor}"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"
