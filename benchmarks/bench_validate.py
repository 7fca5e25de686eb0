"""`dojo validate` over a folder of 1,000 distinct scenario files, against parsing the same files as bare TOML.

Run: python benchmarks/bench_validate.py [--files 1000] [--jobs N] [--keep DIR]

Every file is a different small persona in the shape of the test persona
(tests/data/scenarios/mini.toml): its own id, title, persona, opening and
answer lines, one to three states with their own names, its own turn limit,
and two pinned tests whose replies are drawn from small sets of asks and
gives said in different words. No two files play alike, so nothing a run
learns from one file (parsed models, pinned-test results) can be reused for
another: the figure is what a real library of that size costs.

Both sides run as fresh processes in the same run: the baseline is `python -c`
reading and `tomllib`-parsing every file. Times are CPU seconds (user + system,
the command and its worker processes) and wall seconds. Every file must
validate cleanly (exit 0), so the run also checks the generator. dojo runs
from compiled bytecode, as an installed package does (an editable install
under PYTHONDONTWRITEBYTECODE would compile its sources on every start).

Where the time goes, from the same run: `dojo validate --no-tests` over the same files (reading,
checking and linting them, no lexicon), and a process that only imports the coach and compiles
the default lexicon (what the pinned tests need before they can hear a reply).
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = ("import sys, tomllib, pathlib\n"
            "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.toml')): tomllib.loads(p.read_text())")

COMPILE_ONLY = "from dojo.coach import default_lexicon; default_lexicon()"

FIRST = ["Pat", "Robin", "Sam", "Alex", "Jo", "Dee", "Kit", "Lee", "Mo", "Ash", "Cam", "Noor"]
LAST = ["Test", "Hale", "Okafor", "Lind", "Reyes", "Moss", "Quint", "Varga", "Ng", "Ford"]
COMPANIES = ["Testco", "Brightline", "Northwind", "Kestrel Ltd", "Oakfield", "Bluewater", "Harbor & Co"]
ROLES = ["Buyer", "Office manager", "Head of IT", "Ops lead", "Procurement", "Founder"]
SUBJECTS = ["info", "a brochure", "the deck", "some prices", "a one-pager", "your rates", "case studies"]
DAYS = ["Friday", "Monday", "the 30th", "next week", "month end", "Thursday", "the 12th"]
STATE_NAMES = ["ask", "probe", "listen", "qualify", "open", "follow", "check", "wait", "doubt", "weigh"]
TITLE_WORDS = ["Errand", "Brochure", "Quick", "Busy", "Polite", "Curious", "Cautious", "Distracted", "Terse"]
#: Replies the coach hears as asking what the decision rests on or when it is due (the rule that wins).
ASKS = ["Sure — what will you decide once you have it?", "Happy to. What will you decide once you have it?",
        "Of course. When do you need to decide by?", "What will you decide on, once you've seen it?",
        "Sure. What's the deadline for a decision?", "Glad to — when are you deciding?"]
#: Replies heard as a give with no get (the rule that loses).
GIVES = ["Sure, I'll send the info over.", "No problem, I'll email the brochure today.",
         "Of course, I'll send you our deck.", "Sure, I'll send the brochure over now.",
         "Okay, I'll send the prices across this afternoon."]


def scenario(number: int) -> str:
    """A small persona of its own: every name, line, state, limit and pinned reply varies with `number`."""
    rng = random.Random(number)
    names = rng.sample(STATE_NAMES, rng.randint(1, 3))
    states = [f"{name}-{number % 97}" for name in names]
    subject, day = rng.choice(SUBJECTS), rng.choice(DAYS)
    persona = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines = [
        f'# Generated for the validate benchmark: persona {number}.',
        "schema = 1",
        f'id = "bench-{number:04d}"',
        f'title = "The {rng.choice(TITLE_WORDS)} {rng.choice(["Buyer", "Asker", "Caller", "Prospect"])} {number}"',
        'archetype = "errand-sender"',
        f"difficulty = {rng.randint(1, 5)}",
        f'summary = "A {len(states)}-state persona who wants {subject} (number {number})."',
        f'objectives = ["Trade {subject} for a get.", "Find out when they decide ({day})."]',
        f"max_turns = {rng.randint(3, 9)}",
        f'start = "{states[0]}"',
        "",
        "[persona]",
        f'name = "{persona}"',
        f'role = "{rng.choice(ROLES)}"',
        f'company = "{rng.choice(COMPANIES)}"',
        "",
        "[opening]",
        f'say = ["Send me {subject}.", "Can you email me {subject}?", "Just send {subject}, thanks {number}."]',
        'tags = ["errand"]',
    ]
    for index, state in enumerate(states):
        following = states[(index + 1) % len(states)]
        lines += [
            "",
            f"[states.{state}]",
            f'hint = "Ask what they will decide once they have {subject}."',
            "",
            f"[[states.{state}.rules]]",
            'when.any = ["get:criteria", "get:timeline"]',
            f'say = ["Fair question. We decide by {day}.", "Good point — by {rng.choice(DAYS)}.", '
            f'"We choose in {rng.randint(2, 30)} days."]',
            'ending = "won"',
            "",
            f"[[states.{state}.rules]]",
            'when.all = ["give"]',
            'when.none = ["get"]',
            f'say = ["Great, thanks. Bye.", "Cheers, I\'ll look at {subject}. Bye.", "OK, send it. Bye {number}."]',
            'ending = "ghosted"',
            "",
            f"[states.{state}.fallback]",
            f'say = ["Hm?", "Sorry, {rng.choice(FIRST)}?", "What was that about {subject}?"]',
            f'goto = "{following}"',
        ]
    lines += [
        "",
        "[endings.won]",
        'outcome = "win"',
        f'title = "Qualified by {day}"',
        f'lesson = "You asked what {subject} was for before sending it, so the errand became a qualified next step."',
        "",
        "[endings.ghosted]",
        'outcome = "loss"',
        'title = "Ghosted"',
        f'lesson = "You sent {subject} for nothing: ask what it is for and when they decide before you send it."',
        'say = ["(no reply)"]',
        "",
        "[[tests]]",
        f'name = "asking wins ({number})"',
        f'replies = ["{rng.choice(ASKS)}"]',
        'expect_outcome = "win"',
        "",
        "[[tests]]",
        f'name = "errand loses ({number})"',
        f'replies = ["{rng.choice(GIVES)}"]',
        'expect_ending = "ghosted"',
    ]
    return "\n".join(lines) + "\n"


def write_library(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"bench-{number:04d}.toml").write_text(scenario(number), encoding="utf-8")


def timed(command: list[str], env: dict) -> tuple[float, float]:
    """(CPU seconds, wall seconds) the command used; CPU (user + system) holds steady on a busy shared
    machine, unlike wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command[:3])} failed ({result.returncode}): {result.stdout[-500:]}"
                         f"{result.stderr[-500:]}")
    return elapsed, wall


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None, help="passed to `dojo validate --jobs` (default: its own)")
    parser.add_argument("--keep", type=Path, default=None, help="write the files here (and keep them)")
    args = parser.parse_args(argv)
    count = args.files
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "src" / "dojo", quiet=1)  # as `pip install` does
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch, "library")
        write_library(folder, count)
        env = {**os.environ, "DOJO_HOME": str(Path(scratch) / "home")}
        jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
        dojo = [sys.executable, "-m", "dojo", "validate", *jobs, str(folder)]
        baseline = [sys.executable, "-c", BASELINE, str(folder)]
        timed(baseline, env)  # warm the file cache
        base_s, base_wall = min(timed(baseline, env) for _ in range(3))
        dojo_s, dojo_wall = timed(dojo, env)
        checks_s, _ = timed([*dojo[:-1], "--no-tests", str(folder)], env)
        compile_s, _ = timed([sys.executable, "-c", COMPILE_ONLY], env)
    print(f"tomllib parse of {count} distinct files (baseline)  {base_s:6.2f} s CPU  {base_wall:6.2f} s wall")
    print(f"dojo validate of {count} distinct files             {dojo_s:6.2f} s CPU  {dojo_wall:6.2f} s wall  "
          f"({dojo_s / base_s:.1f}× the baseline in CPU; target ≤ 3 s)")
    print(f"  the same with --no-tests (read, check, lint)     {checks_s:6.2f} s CPU")
    print(f"  importing the coach and compiling its lexicon    {compile_s:6.2f} s CPU")


if __name__ == "__main__":
    main()
