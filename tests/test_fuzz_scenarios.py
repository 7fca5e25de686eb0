"""A seeded slice of the scenario fuzzer: every mutant of a shipped scenario loads, or fails
with one located, printable line per problem, never a traceback or a hang.

The long run is `python benchmarks/fuzz_scenarios.py --cases 5000`.
"""

from __future__ import annotations

import pytest
from benchmarks import fuzz_scenarios as fuzz

KINDS = [kind for kind in [*fuzz.DATA_MUTATIONS, *fuzz.TEXT_MUTATIONS] if kind != "backtracking pattern"]


def report(outcomes) -> str:
    return "\n".join(f"#{o.case.number} {o.case.kind} ({o.case.source}): {o.problem}\n{o.case.text[:300]!r}"
                     for o in outcomes if o.problem)


def test_two_hundred_mutants_load_or_fail_with_located_printable_lines():
    outcomes = fuzz.run(200, seed=12, kinds=KINDS, pinned_tests=False)
    assert not report(outcomes)
    kinds = {o.case.kind for o in outcomes}
    assert kinds == set(KINDS)
    # Both sides are exercised: some mutants still load, most do not.
    assert 0 < sum(o.code == 0 for o in outcomes) < len(outcomes)
    slowest = max(outcomes, key=lambda o: o.seconds)
    assert slowest.seconds < fuzz.CASE_BUDGET_SECONDS, f"case #{slowest.case.number} ran {slowest.seconds:.1f} s"


def test_backtracking_patterns_in_a_scenario_run_in_linear_time():
    if not fuzz.linear_matching():
        pytest.skip("needs the linear-time pattern engine (google-re2)")
    outcomes = fuzz.run(12, seed=5, kinds=["backtracking pattern"])
    assert not report(outcomes)
