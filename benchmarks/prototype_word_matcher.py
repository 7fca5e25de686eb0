"""A prototype word-sequence matcher, timed against RE2's anchored set on the same patterns.

Run: python benchmarks/prototype_word_matcher.py [--rounds N]     (about two minutes)
     python benchmarks/prototype_word_matcher.py --all --texts 300 --new 300

`--all` takes every pattern matched from word starts, reading what it cannot spell out as
wildcards (`_strings`, coarse), and times only the one-pass walk: its states grow by the
gigabyte, so check it on a few texts (`--texts`, `--new`) and under a memory limit. It is not
yet proven a superset (it missed 5 of 542 patterns on 300 texts), and is kept as the measurement
that showed the way closed, not as a start.

Not the coach's code: a measurement of whether matching the lexicon as sequences of words, in
Python, could replace the anchored RE2 set (`Lexicon.scan`) for the patterns it can express.

It takes the patterns matched from word starts that are plain word sequences
(`word_sequence_share.py`: literal words, small alternations, `{class}` references and bounded
word gaps), spells each out as sequences of tokens (a run of ASCII word characters, one
punctuation mark, or a run of spaces), and puts them all in one trie of tokens, each class in a
trie of its own that the patterns' tries step into. A reply is cut into tokens once. Threads walk
the tries, and the threads alive after a token are remembered as one state, with each state's
move on each token the first time it is made: a lazily built automaton over tokens, as RE2 builds
one over bytes, so a walk over tokens seen before is one dictionary look-up a token. Two walks:

- from each word start (`starts`): which patterns may begin there, as the anchored set says;
- in one pass (`hits`): new threads join at each word, which says only which patterns may match
  somewhere. That is all the coach needs: a pattern with no word starts is found by searching the
  reply (`signals._spans`), which gives the same spans for a pattern that can only begin at a word.

Word boundaries are left out and a run of spaces stands for one space, so the matcher can only say
*more* than RE2: the script checks that it never says less, over every labelled text in
tests/data (texts only, the blind sets' too; nothing is printed but counts), and counts what it
says more. Then, over the 314 replies of tests/data/replies.jsonl and over 3,000 new replies
recombined from them, it times, for the same patterns: RE2's anchored set built of them alone (one
call a word start, as `Lexicon.scan` makes), both walks (thread CPU; the first pass over the
replies, building states, and the median of `--rounds` passes after), and cutting into tokens alone.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import time
import tomllib
import warnings
from importlib import resources
from itertools import product
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import re2

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_classify import replies, unseen_replies  # noqa: E402
from word_sequence_share import class_verdicts, word_sequence  # noqa: E402

from dojo.coach.lexicon import Lexicon, _set_options, default_lexicon  # noqa: E402
from dojo.coach.normalise import normalise  # noqa: E402
from dojo.vocab import CLASS_REF, WORD_GAP  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: The private-use characters a pattern's class references and gaps are read as (each one its own,
#: so that the parser's factoring of alternatives that open alike keeps them apart).
FIRST_MARK = 0xE000
#: More spelt-out strings than this for one pattern or class word: left to RE2.
MOST_STRINGS = 20_000
#: The same with `--all`, which reads every pattern from word starts: spelling out the larger ones
#: took minutes and gigabytes, so a pattern with more strings than this is left to RE2.
MOST_COARSE_STRINGS = 2_000
TOKEN = re.compile(r"[0-9a-z_]+|\s+|[^0-9a-z_\s]")
SPACE = " "


class Unexpressed(Exception):
    """The pattern has a part the prototype does not spell out."""


class Node:
    __slots__ = ("accept", "classes", "ends_class", "gaps", "next", "prefixes", "wilds")

    def __init__(self) -> None:
        self.next: dict[str, Node] = {}
        self.classes: list[tuple[str, Node]] = []
        self.gaps: list[tuple[int, Node]] = []
        self.prefixes: list[tuple[str, Node]] = []
        self.wilds: list[tuple[str, int, Node]] = []
        self.accept: list[int] = []
        self.ends_class = False


def _strings(items, marks: dict[int, tuple], coarse: bool = False) -> list[list]:
    """Every string `items` can match, as lists of characters and marks (("class", name), ("gap", n)).

    `coarse`: what cannot be spelt out is a wildcard instead (`("wild", kind, n)`): a run inside a
    chunk any tokens without a space, a gap counted in characters up to that many tokens, anything
    else any tokens at all; anchors other than word boundaries are left out. It can only widen."""
    out: list[list] = [[]]
    for op, av in items:
        try:
            choices = _choices(op, av, marks, coarse)
        except Unexpressed:
            if not coarse:
                raise
            choices = [[("wild", "any", 0)]]
        if len(out) * len(choices) > (MOST_COARSE_STRINGS if coarse else MOST_STRINGS):
            raise Unexpressed("too many strings")
        out = [left + right for left in out for right in choices]
    return out


def _choices(op, av, marks: dict[int, tuple], coarse: bool) -> list[list]:
    """The strings one parsed node can match (see `_strings`)."""
    if True:
        if op is sre.LITERAL:
            choices = [[marks[av]]] if av in marks else [[chr(av).lower()]]
        elif op is sre.IN:
            if av and av[0][0] is sre.NEGATE:
                raise Unexpressed("a negated class")
            chars: set[str] = set()
            for member, value in av:
                if member is sre.LITERAL:
                    chars.add(chr(value).lower())
                elif member is sre.RANGE:
                    chars.update(chr(code).lower() for code in range(value[0], value[1] + 1))
                else:
                    chars.update(_category(value))
            choices = [[char] for char in sorted(chars)]
        elif op is sre.CATEGORY:
            choices = [[char] for char in sorted(_category(av))]
        elif op is sre.AT:
            if av is sre.AT_BOUNDARY:
                choices = [[("boundary",)]]
            elif coarse:
                choices = [[]]
            else:
                raise Unexpressed("an anchor")
        elif op is sre.SUBPATTERN:
            choices = _strings(av[-1], marks, coarse)
        elif op is sre.BRANCH:
            choices = [found for alternative in av[1] for found in _strings(alternative, marks, coarse)]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, item = av
            nodes = list(item)
            if high != sre.MAXREPEAT and _word_gap(nodes):
                choices = [[("gap", high)]]
            elif coarse and high == sre.MAXREPEAT:
                kind = _run_kind(nodes)
                if kind == "spaces":
                    choices = [[], [" "]]
                elif kind == "nonword":  # empty, or a separator: the words on either side stay words
                    choices = [[], [("wild", kind, 0)]]
                else:
                    choices = [[("wild", kind, 0)]]
            elif coarse and high > 3:
                choices = [[("wild", "span", high)]]
            elif high == sre.MAXREPEAT or high > 3:
                raise Unexpressed("a run")
            else:
                once = _strings(item, marks, coarse)
                choices = [sum(parts, []) for count in range(low, high + 1) for parts in product(once, repeat=count)]
        else:
            raise Unexpressed(str(op))
    return choices


def _run_kind(nodes) -> str:
    """An unbounded run read coarsely: "spaces" (a run of them is one SPACE token or none), "chunk"
    (no space: tokens inside one chunk), or "any"."""
    if len(nodes) != 1:
        return "any"
    op, av = nodes[0]
    if (op is sre.CATEGORY and av is sre.CATEGORY_NOT_WORD) or (
            op is sre.IN and len(av) == 1 and av[0] == (sre.CATEGORY, sre.CATEGORY_NOT_WORD)):
        return "nonword"
    try:
        chars = set().union(*(member for member in _choices(op, av, {}, False))) if op is not sre.CATEGORY else \
            _category(av)
    except Unexpressed:
        if op is sre.IN and av and av[0][0] is sre.NEGATE and any(
                member is sre.CATEGORY and value is sre.CATEGORY_SPACE for member, value in av[1:]):
            return "chunk"  # [^\s…]: never a space
        return "any"
    if chars <= {" "}:
        return "spaces"
    return "any" if " " in chars else "chunk"


def _is_word(token: str) -> bool:
    return "a" <= token[0] <= "z" or "0" <= token[0] <= "9" or token[0] == "_"


def _category(value) -> set[str]:
    if value is sre.CATEGORY_SPACE:
        return {" "}
    if value is sre.CATEGORY_DIGIT:
        return set("0123456789")
    if value is sre.CATEGORY_WORD:
        return set("0123456789abcdefghijklmnopqrstuvwxyz_")
    raise Unexpressed("a category")


def _word_gap(nodes) -> bool:
    if len(nodes) == 1 and nodes[0][0] is sre.SUBPATTERN:
        nodes = list(nodes[0][1][-1])
    return len(nodes) == 2 and nodes[1] == (sre.LITERAL, 32) and nodes[0][0] in (sre.MAX_REPEAT, sre.MIN_REPEAT)


def _tokens_of(string: list) -> list:
    """A spelt-out string as tokens: word runs, punctuation marks, SPACE, marks; the last word run
    becomes ("prefix", run) when no word boundary follows it (RE2 would match it inside a longer word).
    A wildcard takes in the word characters on either side of it that no word boundary parts from it:
    they may be one word with what it reads."""
    tokens: list = []
    run = ""
    absorbing = False
    for item in string:
        if isinstance(item, str) and (item.isalnum() or item == "_") and item.isascii():
            if not absorbing:
                run += item
            continue
        if isinstance(item, tuple) and item[0] == "wild" and item[1] != "nonword":
            run = ""
            absorbing = True
            if not (tokens and tokens[-1] == item):
                tokens.append(item)
            continue
        absorbing = False
        if run:
            tokens.append(run)
            run = ""
        if isinstance(item, tuple):
            if item[0] != "boundary":
                tokens.append(item)
        elif item.isspace():
            if not tokens or tokens[-1] != SPACE:
                tokens.append(SPACE)
        else:
            tokens.append(item)
    if run:
        tokens.append(("prefix", run))
    return tokens


def _marked(source: str) -> tuple[str, dict[int, tuple]]:
    marks: dict[int, tuple] = {}

    def mark(kind: str, value) -> str:
        code = FIRST_MARK + len(marks)
        marks[code] = (kind, value)
        return re.escape(chr(code))

    with_classes = CLASS_REF.sub(lambda found: mark("class", found.group(1)), source)
    return WORD_GAP.sub(lambda found: mark("gap", int(found.group(1))), with_classes), marks


def token_strings(source: str, coarse: bool = False) -> list[list]:
    marked, marks = _marked(source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = sre_parse.parse(marked, re.IGNORECASE)
        except Exception as err:  # RE2 syntax Python does not read
            raise Unexpressed(str(err)) from None
    return [_tokens_of(string) for string in _strings(parsed, marks, coarse)]


def _insert(root: Node, tokens: list, accept: int | None) -> None:
    node = root
    for token in tokens:
        if isinstance(token, str):
            node = node.next.setdefault(token, Node())
        elif token[0] == "class":
            found = next((child for name, child in node.classes if name == token[1]), None)
            if found is None:
                found = Node()
                node.classes.append((token[1], found))
            node = found
        elif token[0] == "gap":
            found = next((child for size, child in node.gaps if size == token[1]), None)
            if found is None:
                found = Node()
                node.gaps.append((token[1], found))
            node = found
        elif token[0] == "wild":
            found = next((child for kind, size, child in node.wilds if (kind, size) == token[1:]), None)
            if found is None:
                found = Node()
                node.wilds.append((token[1], token[2], found))
            node = found
        else:  # ("prefix", run): the last word, which may go on in the text
            child = Node()
            node.prefixes.append((token[1], child))
            node = child
    if accept is None:
        node.ends_class = True
    else:
        node.accept.append(accept)


class State:
    """The threads alive after some tokens, what reaching them matched, and their moves so far."""

    __slots__ = ("accept", "joined", "moves", "threads")

    def __init__(self, threads: list, accept: tuple[int, ...]):
        self.threads = threads
        self.accept = accept
        self.moves: dict[str, tuple[State | None, tuple[int, ...]]] = {}
        #: The moves of the one-pass walk (`hits`), where new threads join at each word.
        self.joined: dict[str, tuple[State | None, tuple[int, ...]]] = {}


class WordMatcher:
    """The prototype: tries of tokens, walked from each word start (`starts`) or in one pass (`hits`)."""

    def __init__(self, sources: dict[int, str], classes: dict[str, list[str]], coarse: bool = False):
        self.root = Node()
        self.class_roots: dict[str, Node] = {}
        unspelt: set[str] = set()
        for name, words in classes.items():
            try:
                spelt = [tokens for word in words for tokens in token_strings(word, coarse)]
            except Unexpressed:
                unspelt.add(name)
                continue
            root = self.class_roots[name] = Node()
            for tokens in spelt:
                _insert(root, tokens, None)
        #: The patterns taken (the rest, and those naming a class not spelt out, are left to RE2).
        self.taken: list[int] = []
        for number, source in sources.items():
            try:
                spelt = token_strings(source, coarse)
            except Unexpressed:
                continue
            if any(isinstance(token, tuple) and token[0] == "class" and token[1] not in self.class_roots
                   for tokens in spelt for token in tokens):
                continue
            self.taken.append(number)
            for tokens in spelt:
                _insert(self.root, tokens, number)
        self.states: dict[frozenset, State] = {}
        accepted: set[int] = set()
        threads = self._expand([(self.root, ())], accepted)
        self.initial = State(threads, tuple(sorted(accepted)))
        self.nowhere = State([], ())

    def starts(self, data: bytes) -> dict[int, list[int]]:
        """Pattern number → the byte offsets of the word starts where it may match (a superset).

        The threads alive after each token are remembered as one state, and each state's move on
        each token the first time it is made (a lazily built automaton over tokens, as RE2 builds
        one over bytes): a walk over tokens seen before is one dictionary look-up a token."""
        text = data.decode("ascii").lower()
        spans = [(found.group(), found.start()) for found in TOKEN.finditer(text)]
        tokens = [SPACE if token[0].isspace() else token for token, _ in spans]
        found: dict[int, list[int]] = {}
        count = len(tokens)
        initial = self.initial
        for first, (token, offset) in enumerate(spans):
            if not ("a" <= token[0] <= "z" or "0" <= token[0] <= "9" or token[0] == "_"):
                continue
            accepted = set(initial.accept)
            state = initial
            position = first
            while position < count:
                token = tokens[position]
                move = state.moves.get(token)
                if move is None:
                    move = state.moves[token] = self._move(state, token)
                state, met = move
                if met:
                    accepted.update(met)
                if state is None:
                    break
                position += 1
            for number in accepted:
                found.setdefault(number, []).append(offset)
        return found

    def hits(self, data: bytes) -> set[int]:
        """The patterns that may match somewhere in `data` (a superset), in one pass over its tokens:
        the walks from every word start are one walk, a new set of threads joining at each word
        (a word token always opens a word: tokens are whole runs of word characters)."""
        state = self.nowhere
        found: set[int] = set()
        for token in self._tokens(data.decode("ascii").lower()):
            move = state.joined.get(token)
            if move is None:
                move = state.joined[token] = self._move(state, token, joined=True)
            state, met = move
            if met:
                found.update(met)
            if state is None:
                state = self.nowhere
        return found

    @staticmethod
    def _tokens(text: str) -> list[str]:
        return [SPACE if token[0].isspace() else token for token in TOKEN.findall(text)]

    def _state(self, threads: list, accepted: set[int]) -> State | None:
        if not threads:
            return None
        key = frozenset((id(thread[0]), *thread[1:]) for thread in threads)
        state = self.states.get(key)
        if state is None:
            state = self.states[key] = State(threads, tuple(sorted(accepted)))
        return state

    def _move(self, state: State, token: str, joined: bool = False) -> tuple[State | None, tuple[int, ...]]:
        met: set[int] = set()
        arrived: set[int] = set()
        threads = state.threads
        if joined and ("a" <= token[0] <= "z" or "0" <= token[0] <= "9" or token[0] == "_"):
            threads = threads + self.initial.threads
        moved = self._step(threads, token, met)
        threads = self._expand(moved, arrived) if moved else []
        target = self._state(threads, arrived)
        # what the step met: prefix matches on the way, and what the state it reached accepts
        return target, tuple(sorted(met | set(target.accept if target is not None else ())))

    def _expand(self, threads: list, accepted: set[int]) -> list:
        """Each thread, and every thread it reaches without reading a token: into a class, out of one
        at its end (back to where the class was named), past a gap of no words."""
        out = []
        pending = list(threads)
        seen: set = set()
        while pending:
            thread = pending.pop()
            key = (id(thread[0]), thread[1]) if len(thread) == 2 else (id(thread[0]), thread[1], thread[2:])
            if key in seen:
                continue
            seen.add(key)
            out.append(thread)
            if len(thread) != 2:
                continue
            node, stack = thread
            accepted.update(node.accept)
            for name, after in node.classes:
                pending.append((self.class_roots[name], (after, *stack)))
            for _, after in node.gaps:
                pending.append((after, stack))
            for kind, size, after in node.wilds:
                pending.append((after, stack))
                if kind != "span" or size > 0:
                    pending.append((after, stack, kind, size, False))
            if node.ends_class and stack:
                pending.append((stack[0], stack[1:]))
        return out

    def _step(self, threads: list, token: str, accepted: set[int]) -> list:
        moved = []
        for thread in threads:
            node, stack = thread[0], thread[1]
            if len(thread) == 5:  # inside a gap or a wildcard: (node after it, stack, kind, left, in a word)
                kind, left, inside = thread[2], thread[3], thread[4]
                if kind == "gap":
                    if token == SPACE:
                        if inside:
                            moved.append((node, stack))
                            if left > 1:
                                moved.append((node, stack, kind, left - 1, False))
                    elif token not in ".?!;":
                        moved.append((node, stack, kind, left, True))
                elif kind == "span":
                    moved.append((node, stack))
                    if left > 1:
                        moved.append((node, stack, kind, left - 1, True))
                elif kind == "any" or (token != SPACE if kind == "chunk" else not _is_word(token)):
                    moved.append((node, stack))
                    moved.append(thread)
                continue
            child = node.next.get(token)
            if child is not None:
                moved.append((child, stack))
            for run, after in node.prefixes:
                if token.startswith(run):
                    accepted.update(after.accept)
                    if after.ends_class and stack:
                        moved.append((stack[0], stack[1:]))
            for size, after in node.gaps:
                if token != SPACE and token not in ".?!;":
                    moved.append((after, stack, "gap", size, True))
        return moved


def labelled_texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "data").glob("**/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if isinstance(row, dict) and isinstance(row.get("text"), str):
                    texts.append(row["text"])
    return texts


def re2_starts(matcher: re2.Set, numbers: list[int], data: bytes, starts: list[int]) -> dict[int, list[int]]:
    view = memoryview(data)
    found: dict[int, list[int]] = {}
    sentinel = len(numbers)
    for start in starts:
        for hit in matcher.Match(view[start:]):
            if hit != sentinel:
                found.setdefault(numbers[hit], []).append(start)
    return found


def cpu_us(run, texts: list[bytes], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.thread_time()
        for data in texts:
            run(data)
        times.append((time.thread_time() - start) / len(texts) * 1e6)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--texts", type=int, default=0, help="check only the first N labelled texts (0: all)")
    parser.add_argument("--new", type=int, default=3000, help="how many new replies to time (default 3,000)")
    parser.add_argument("--all", action="store_true",
                        help="every pattern matched from word starts, what cannot be spelt out read as wildcards")
    args = parser.parse_args()
    lexicon: Lexicon = default_lexicon()
    data = tomllib.loads(resources.files("dojo.coach").joinpath("lexicon.toml").read_text(encoding="utf-8"))
    verdicts = class_verdicts(data["classes"])
    anchored = {number for matcher in lexicon.matchers if matcher.anchored for number in matcher.ids if number >= 0}
    sources: dict[int, str] = {}
    number = 0
    for rule in data["rules"]:
        for kind in rule.get("kinds") or (None,):
            for pattern in rule["patterns"]:
                source = pattern if isinstance(pattern, str) else pattern["re"]
                source = source if kind is None else source.replace("{kind}", kind)
                if number in anchored and (args.all or not word_sequence(source, verdicts)):
                    sources[number] = source
                number += 1
    used: dict[str, list[str]] = {}

    def need(name: str) -> None:
        if name not in used:
            used[name] = data["classes"][name]
            for word in used[name]:
                for inner in CLASS_REF.findall(word):
                    need(inner)

    for source in sources.values():
        for name in CLASS_REF.findall(source):
            need(name)
    started = time.perf_counter()
    words = WordMatcher(sources, used, coarse=args.all)
    built = time.perf_counter() - started
    numbers = sorted(words.taken)
    matcher = re2.Set.MatchSet(_set_options())
    for one in numbers:
        matcher.Add(lexicon.patterns[one].regex.pattern)
    matcher.Add("")
    started = time.perf_counter()
    matcher.Compile()
    compiled = time.perf_counter() - started
    print(f"{len(sources)} of {len(anchored)} patterns matched from word starts {'taken' if args.all else 'are plain word sequences'}, "
          f"{len(numbers)} spelt out as tokens;"
          f" tries built in {built:.2f} s, their RE2 set compiled in {compiled:.2f} s")

    def encoded(texts: list[str]) -> list[bytes]:
        out = []
        for text in texts:
            one = normalise(text, lexicon.shorthand, lexicon.shorthand_finder, lexicon.shorthand_words).encoded
            if one.isascii() and lexicon._word_starts(one) is not None:
                out.append(one)
        return out

    every = encoded(labelled_texts())
    if args.texts:
        every = every[:args.texts]
    missed = extra = exact = hit_missed = hit_extra = hit_exact = 0
    for one in every:
        starts = lexicon._word_starts(one)
        assert starts is not None
        truth = re2_starts(matcher, numbers, one, starts)
        mine = truth if args.all else words.starts(one)
        for pattern, where in truth.items():
            missed += len(set(where) - set(mine.get(pattern, ())))
        extra += sum(len(set(where) - set(truth.get(pattern, ()))) for pattern, where in mine.items())
        one_pass = words.hits(one)
        hit_missed += len(set(truth) - one_pass)
        hit_extra += len(one_pass - set(truth))
        hit_exact += len(truth)
        exact += sum(len(where) for where in truth.values())
    print(f"{len(words.states)} states, peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"{len(every)} labelled texts (ASCII): RE2 finds {exact} (pattern, word start) pairs; the prototype "
          f"misses {missed} and adds {extra}; {hit_exact} patterns matched somewhere, of which one pass "
          f"misses {hit_missed} and adds {hit_extra}")
    def tokenised(one: bytes) -> None:
        WordMatcher._tokens(one.decode("ascii").lower())

    for name, texts in (("repeated", encoded(replies())), ("new", encoded(unseen_replies(replies(), args.new, seed=11)))):
        for data_ in texts:
            starts = lexicon._word_starts(data_)
            re2_starts(matcher, numbers, data_, starts or [])
        re2_us = cpu_us(lambda one: re2_starts(matcher, numbers, one, lexicon._word_starts(one) or []), texts,
                        args.rounds)
        first = time.thread_time()
        for data_ in texts:
            if not args.all:
                words.starts(data_)
        mine_first = (time.thread_time() - first) / len(texts) * 1e6
        mine_us = float("nan") if args.all else cpu_us(words.starts, texts, args.rounds)
        first = time.thread_time()
        for data_ in texts:
            words.hits(data_)
        one_first = (time.thread_time() - first) / len(texts) * 1e6
        one_us = cpu_us(words.hits, texts, args.rounds)
        print(f"{name:<9} {len(texts):5d} replies: RE2 set {re2_us:7.1f} us/reply; prototype from each word start "
              f"{mine_us:7.1f} (first pass {mine_first:.1f}), in one pass {one_us:7.1f} (first pass {one_first:.1f}); "
              f"tokenising alone {cpu_us(tokenised, texts, args.rounds):.1f}; {len(words.states)} states so far, "
              f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
