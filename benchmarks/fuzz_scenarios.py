"""Mutate the shipped scenarios and check `dojo validate` on every mutant.

Run: python benchmarks/fuzz_scenarios.py [--cases 5000] [--seed 1]

Each case takes a shipped scenario and breaks it one way (a deleted key, a value
of the wrong type, broken TOML, deep nesting, a dangling reference, a hostile
name, a backtracking pattern, a huge string), writes it to a file and runs
`dojo validate` on it in this process. Every case must end with exit 0 or 1 and
output in which each problem names `file:line`, no terminal escape or bidi
control printed raw, and no traceback, within a generous per-case budget. The
test suite runs a short seeded slice of this (tests/test_fuzz_scenarios.py);
the long run reports the slowest case.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import random
import re
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

ROOT = Path(__file__).resolve().parents[1]
# The hang guard lives with the test suite, which runs a slice of this fuzzer too.
sys.path.insert(0, str(ROOT))
from tests.hang_guard import finishes_within  # noqa: E402

SHIPPED = ROOT / "scenarios"
#: Far more than any case needs (they take milliseconds); only a hang or runaway work reaches it.
CASE_BUDGET_SECONDS = 20.0
RAW_ESCAPES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

HOSTILE_NAMES = [
    "x\x1b]0;pwned\x07\x1b[2J", "[b]bold[/b]", "[/]", "evil\u202etxt.exe", "../../etc/passwd",
    "a\nb", "\u200b", "名前", "\x9b31m", "tab\there", "' OR 1=1 --", "$(rm -rf /)", "{{7*7}}",
]
BACKTRACKING = ["(a+)+$", "(a|aa)+$", "(.*a){12}", "(x+x+)+y", "([a-z]+)*!", "[[:alpha:]]+"]


@dataclass
class Case:
    number: int
    source: str
    kind: str
    text: str


@dataclass
class Outcome:
    case: Case
    code: int
    output: str
    seconds: float
    problem: str | None  # why the case failed the checks, or None


# ---------------------------------------------------------------- mutations

def _paths(data: Any, prefix: tuple = ()) -> Iterator[tuple]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield (*prefix, key)
            yield from _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield (*prefix, index)
            yield from _paths(value, (*prefix, index))


def _parent(data: Any, path: tuple) -> Any:
    for part in path[:-1]:
        data = data[part]
    return data


def _other_value(rng: random.Random, value: Any) -> Any:
    choices = [0, -1, 10**30, 1.5, float("inf"), True, "", "text", [], ["a", 1], {}, {"k": "v"}]
    return rng.choice([choice for choice in choices if type(choice) is not type(value)])


def delete_key(rng: random.Random, data: dict) -> str:
    path = rng.choice([p for p in _paths(data) if isinstance(_parent(data, p), dict)])
    del _parent(data, path)[path[-1]]
    return tomli_w.dumps(data)


def swap_type(rng: random.Random, data: dict) -> str:
    path = rng.choice(list(_paths(data)))
    parent = _parent(data, path)
    parent[path[-1]] = _other_value(rng, parent[path[-1]])
    try:
        return tomli_w.dumps(data)
    except (TypeError, ValueError):  # tomli_w cannot write this mix: fall back to a plain swap
        parent[path[-1]] = "swapped"
        return tomli_w.dumps(data)


def dangling_reference(rng: random.Random, data: dict) -> str:
    state = data["states"][rng.choice(list(data["states"]))]
    target = rng.choice([*state.get("rules", []), state["fallback"]])
    key = "goto" if rng.random() < 0.5 else "ending"
    target.pop("goto", None)
    target.pop("ending", None)
    target[key] = rng.choice(["nowhere", "", *HOSTILE_NAMES])
    if rng.random() < 0.3:
        data["start"] = rng.choice(HOSTILE_NAMES)
    return tomli_w.dumps(data)


def hostile_name(rng: random.Random, data: dict) -> str:
    name = rng.choice(HOSTILE_NAMES)
    where = rng.choice(["state", "ending", "persona", "id", "test"])
    if where == "state":
        old = rng.choice(list(data["states"]))
        data["states"][name] = data["states"].pop(old)
    elif where == "ending":
        old = rng.choice(list(data["endings"]))
        data["endings"][name] = data["endings"].pop(old)
    elif where == "persona":
        data["persona"]["name"] = name
    elif where == "id":
        data["id"] = name
    else:
        data.setdefault("tests", [{"name": "t", "replies": ["hi"]}])[0]["name"] = name
    return tomli_w.dumps(data)


def backtracking_pattern(rng: random.Random, data: dict) -> str:
    pattern = rng.choice(BACKTRACKING)
    lexicon = data.setdefault("lexicon", {})
    lexicon.setdefault("rules", []).append({"id": "fuzz.slow", "label": "get:criteria", "patterns": [pattern]})
    # A pinned test whose reply makes a backtracking engine explode.
    data.setdefault("tests", []).append({"name": "slow", "replies": ["a" * 28 + "!" + "x" * 28],
                                         "expect_outcome": "win"})
    return tomli_w.dumps(data)


def huge_string(rng: random.Random, text: str) -> str:
    """One string value becomes 10 KB to 1.1 MB of one character (edited as text: writing
    megabytes through a TOML writer would make the fuzzer slower than what it tests)."""
    lines = text.splitlines(keepends=True)
    candidates = [index for index, line in enumerate(lines) if _STRING_VALUE.match(line)]
    index = rng.choice(candidates)
    filler = rng.choice([" ", "a", "\u202e", "[", "é", "\\\\", "\\u001b"])
    key = _STRING_VALUE.match(lines[index]).group(1)  # type: ignore[union-attr]
    lines[index] = f'{key}"{filler * rng.choice([10_000, 200_000, 1_100_000])}"\n'
    return "".join(lines)


_STRING_VALUE = re.compile(r'^(\s*[A-Za-z0-9_.\-]+\s*=\s*)"')


def broken_toml(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True)
    how = rng.choice(["truncate", "insert", "drop_line", "duplicate_line", "quote", "bytes_noise", "bracket"])
    if how == "truncate":
        return text[:rng.randrange(len(text))]
    if how == "insert":
        at = rng.randrange(len(text))
        return text[:at] + rng.choice(['"', "'", "[", "]", "=", "\n[[", '"""', "\\", "#", "{", "\x00"]) + text[at:]
    if how == "drop_line":
        del lines[rng.randrange(len(lines))]
    elif how == "duplicate_line":
        index = rng.randrange(len(lines))
        lines.insert(index, lines[index])
    elif how == "quote":
        index = rng.randrange(len(lines))
        lines[index] = lines[index].replace('"', '"""', 1)
    elif how == "bracket":
        index = rng.randrange(len(lines))
        lines[index] = "[" + " " * rng.choice([10, 3000]) + lines[index]
    else:
        at = rng.randrange(len(text))
        noise = "".join(chr(rng.randrange(1, 0x300)) for _ in range(rng.randrange(1, 8)))
        return text[:at] + noise + text[at:]
    return "".join(lines)


def deep_nesting(rng: random.Random, text: str) -> str:
    depth = rng.choice([33, 100, 500, 5000])
    opener, closer = rng.choice([("[", "]"), ("{a=", "}"), ("[{a=", "}]")])
    value = opener * depth + "1" + closer * depth if rng.random() < 0.8 else opener * depth
    return text + f"\nnested = {value}\n"


DATA_MUTATIONS: dict[str, Callable[[random.Random, dict], str]] = {
    "deleted key": delete_key, "swapped type": swap_type, "dangling reference": dangling_reference,
    "hostile name": hostile_name, "backtracking pattern": backtracking_pattern,
}
TEXT_MUTATIONS: dict[str, Callable[[random.Random, str], str]] = {
    "broken TOML": broken_toml, "deep nesting": deep_nesting, "huge string": huge_string,
}


def cases(count: int, seed: int, kinds: list[str] | None = None, pinned_tests: bool = True) -> Iterator[Case]:
    """`pinned_tests=False` drops the scenarios' own `[[tests]]` (playing them is most of a valid
    case's time) except where a mutation adds one: the quick slice the test suite runs."""
    rng = random.Random(seed)
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted(SHIPPED.glob("*.toml"))}
    if not pinned_tests:
        sources = {name: _without_tests(text) for name, text in sources.items()}
    parsed = {name: tomllib.loads(text) for name, text in sources.items()}
    names = kinds or [*DATA_MUTATIONS, *TEXT_MUTATIONS]
    for number in range(count):
        source = rng.choice(sorted(sources))
        kind = names[number % len(names)]
        text = sources[source]
        if kind in DATA_MUTATIONS:
            mutated = DATA_MUTATIONS[kind](rng, copy.deepcopy(parsed[source]))
        else:
            mutated = TEXT_MUTATIONS[kind](rng, text)
        yield Case(number, source, kind, mutated)


def _without_tests(text: str) -> str:
    data = tomllib.loads(text)
    data.pop("tests", None)
    return tomli_w.dumps(data)


# ---------------------------------------------------------------- running and checking

def check(case: Case, folder: Path) -> Outcome:
    from dojo.cli import main

    path = folder / f"case-{case.number}.toml"
    path.write_text(case.text, encoding="utf-8", errors="surrogatepass")
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    try:
        with finishes_within(CASE_BUDGET_SECONDS), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["validate", str(path)])
    except TimeoutError as error:
        return Outcome(case, -1, out.getvalue(), time.perf_counter() - started, str(error))
    except BaseException as error:  # the point of the fuzzer: any escape is a finding
        return Outcome(case, -1, out.getvalue(), time.perf_counter() - started,
                       f"raised {type(error).__name__}: {error}"[:300])
    seconds = time.perf_counter() - started
    output = out.getvalue() + err.getvalue()
    return Outcome(case, code, output, seconds, _judge(code, output, str(path)))


def _judge(code: int, output: str, path: str) -> str | None:
    if code not in (0, 1):
        return f"exit code {code}"
    if RAW_ESCAPES.search(output):
        return f"raw control character printed: {RAW_ESCAPES.search(output).group()!r}"  # type: ignore[union-attr]
    located = re.compile(re.escape(path) + r":\d+(:\d+)?: ")
    for line in output.splitlines():
        if line.startswith((f"ok {path}", f"FAIL {path}", f"{path}: warning: ", f"{path}: test ")):
            continue  # results, lint warnings and pinned-test failures are about the whole scenario
        if line.startswith(" ") or re.match(r"\d+ files?: ", line):
            continue  # under a located line: the source with a caret, a hint; and the summary
        if not located.match(line):
            return f"a line without file:line: {line[:200]!r}"
    if code == 1 and not output.strip():
        return "failed without saying why"
    return None


def run(count: int, seed: int, kinds: list[str] | None = None, pinned_tests: bool = True) -> list[Outcome]:
    with tempfile.TemporaryDirectory() as folder:
        return [check(case, Path(folder)) for case in cases(count, seed, kinds, pinned_tests)]


def linear_matching() -> bool:
    """Whether patterns run on a linear-time engine, so backtracking patterns are safe to try."""
    import importlib.util

    return importlib.util.find_spec("re2") is not None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="skip the scenarios' own pinned tests")
    args = parser.parse_args(argv)
    kinds = None if linear_matching() else [k for k in [*DATA_MUTATIONS, *TEXT_MUTATIONS]
                                            if k != "backtracking pattern"]
    if kinds:
        print("note: no linear-time pattern engine installed; backtracking patterns are not tried")
    started = time.perf_counter()
    outcomes = run(args.cases, args.seed, kinds, pinned_tests=not args.quick)
    elapsed = time.perf_counter() - started
    failures = [o for o in outcomes if o.problem]
    by_kind: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        by_kind.setdefault(outcome.case.kind, []).append(outcome)
    print(f"{len(outcomes)} cases in {elapsed:.1f} s (seed {args.seed}); {len(failures)} failed the checks")
    for kind, group in sorted(by_kind.items()):
        loaded = sum(o.code == 0 for o in group)
        slowest = max(group, key=lambda o: o.seconds)
        print(f"  {kind:<22} {len(group):>5} cases  {loaded:>4} loaded  slowest {slowest.seconds * 1000:7.1f} ms"
              f" (case {slowest.case.number})")
    slowest = max(outcomes, key=lambda o: o.seconds)
    print(f"slowest case: #{slowest.case.number} ({slowest.case.kind}, {slowest.case.source}) "
          f"{slowest.seconds * 1000:.1f} ms")
    for outcome in failures[:20]:
        print(f"FAILED #{outcome.case.number} {outcome.case.kind} ({outcome.case.source}): {outcome.problem}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
