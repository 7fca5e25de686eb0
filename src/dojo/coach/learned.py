"""A learned second opinion: a small linear model over a reply's words and word pairs.

The lexicon's rules hear the wordings someone wrote a frame for; a rep's next wording often shares
their words but not their shape ("the first ninety days are on us"). This model was trained on the
project's labelled replies (`scripts/train_hearing.py`, never on the blind sets) and adds a label
only when its probability clears the category's threshold and the rules did not hear it. For the
few kinds that outside labellers most often book differently from the rules, it may also overrule
them (`Model.veto`, `Model.arbitration`): drop a label it all but rules out, or name another give
kind for a give the rules heard. Each
opinion keeps the words that weighed most, so the coach can quote them and `dojo classify
--explain` can show why; the clause judge still cancels a learned give that is negated or is the
prospect's errand, as it would a rule's.

Scoring is one regex pass over the normalised reply and one dictionary look-up per word and word
pair: linear in the reply's length. A model file may also ask for word stems and for speakers and
negations joined to their content word (`stem_of`, `marked`): tried in session 14 leaving each
blind writer out, neither generalised better, so the shipped model reads neither
(scripts/train_hearing.py says by how much).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import chain

#: A word (letters and digits, inner apostrophes kept) or one of the signs amounts and questions use.
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[$%?]")
#: How many of the heaviest words an opinion keeps as its evidence.
EVIDENCE = 3
#: A word class feature is the class's name in braces ("{thing.demo}"): no word holds a brace.
CLASS_OPEN, CLASS_CLOSE = "{", "}"
#: The longest run of words looked up as a member of a word class ("test drive"): the pairs are already at hand.
CLASS_WORDS = 2
#: A stem feature is a long word's first letters with this mark after them ("deliv~" for "delivered" and
#: "delivery"): no word holds it, so a stem never shares a name with a word.
STEM_MARK = "~"


#: Words that say who speaks or whether it is so ("we", "your", "not"): each is also joined to the next word of
#: content after it ("your+site" in "your own site"), a few filler words skipped, so the move's owner reaches its
#: thing past the words between. A marked feature holds MARK_JOIN, which no word holds.
MARKERS = frozenset({"we", "we'll", "we're", "we've", "our", "us", "i", "i'll", "i'm", "i've", "my", "you", "you'll",
                     "you're", "you've", "your", "yours", "they", "their", "not", "no", "never", "don't", "won't",
                     "can't", "didn't", "doesn't", "isn't", "wouldn't", "couldn't"})
#: The filler words a marker reaches past to its content word.
FILLER = frozenset({"the", "a", "an", "to", "of", "be", "it", "that", "this", "just", "can", "will", "would", "could",
                    "should", "do", "does", "have", "has", "had", "get", "got", "own", "very", "really", "also", "all",
                    "some", "any", "and", "is", "are", "was", "were", "been", "so", "too", "even", "still", "already"})
MARK_JOIN = "+"
#: How many words after a marker its content word may be.
MARK_REACH = 4


def marked(words: list[str]) -> list[tuple[str, int, int]]:
    """(feature, marker's index, content word's index) for each marker joined to the next content word after it,
    when a word or more stands between them (next to each other, they are a pair already)."""
    out = []
    for place, word in enumerate(words):
        if word in MARKERS:
            for after in range(place + 1, min(len(words), place + 1 + MARK_REACH)):
                other = words[after]
                if other in MARKERS:
                    break
                if other not in FILLER:
                    if after > place + 1:
                        out.append((f"{word}{MARK_JOIN}{other}", place, after))
                    break
    return out


def stem_of(word: str, stem: int) -> str | None:
    """The stem feature of a lower-cased word: its first `stem` letters and the mark, when it is a word of
    letters longer than that ("walkthroughs" → "walkt~"); None for a short word, a number or `stem` 0."""
    return f"{word[:stem]}{STEM_MARK}" if stem and len(word) > stem and word.isalpha() else None


@dataclass(frozen=True, slots=True)
class Token:
    word: str
    start: int  # character offsets in the normalised text
    end: int


def tokens(text: str) -> list[Token]:
    """The words of a normalised reply, lower-cased, with where each one is."""
    return [Token(found.group().lower(), found.start(), found.end()) for found in WORD.finditer(text)]


#: A word or two ("test drive") → the features of the word classes they are a member of ("{thing.demo}",).
WordClasses = Mapping[str, tuple[str, ...]]


def features(words: list[Token], classes: WordClasses | None = None, stem: int = 0,
             marks: bool = False) -> list[tuple[str, int, int]]:
    """(feature, start, end) for each word ("deck") and each pair of neighbours ("the deck"), the
    reply's first and last words paired with its edges ("<s> happy", "it </s>"), and, given `classes`
    (`class_table`), each word class a word or a pair belongs to ("{thing.demo}" for "walkthrough" or "test drive"): a word nobody trained on still counts
    when the lexicon knows its family. A word holds no space or brace, so a word, a pair and a class never
    share a name. With `stem`, each long word's stem too ("deliv~", `stem_of`)."""
    found = [(token.word, token.start, token.end) for token in words]
    if not words:
        return found
    if stem:
        found.extend((name, token.start, token.end) for token in words
                     if (name := stem_of(token.word, stem)) is not None)
    if marks:
        found.extend((name, words[first].start, words[last].end)
                     for name, first, last in marked([token.word for token in words]))
    found.append((f"<s> {words[0].word}", words[0].start, words[0].end))
    found.extend((f"{left.word} {right.word}", left.start, right.end)
                 for left, right in zip(words, words[1:], strict=False))
    found.append((f"{words[-1].word} </s>", words[-1].start, words[-1].end))
    if classes:
        for size in range(1, CLASS_WORDS + 1):
            for first in range(len(words) - size + 1):
                run = words[first:first + size]
                for name in classes.get(" ".join(token.word for token in run), ()):
                    found.append((name, run[0].start, run[-1].end))
    return found


def placed_features(text: str, classes: WordClasses | None = None, stem: int = 0,
                    marks: bool = False) -> list[tuple[str, int, int]]:
    """`features(tokens(text), classes, stem, marks)`, the same list in the same order, read straight from the
    matches: no `Token` per word, and each pair's name made once and looked up as a class there. `opinion` reads
    a reply's features this way, once per reply however many labels it weighs (`_second_opinions`)."""
    if stem or marks:  # the shipped model reads neither: the plain path keeps those readings in one place
        return features(tokens(text), classes, stem, marks)
    if text.isascii():  # lower-cased once, as in `reckon`: the same words at the same places
        found = [(match.group(), *match.span()) for match in WORD.finditer(text.lower())]
    else:
        found = [(match.group().lower(), *match.span()) for match in WORD.finditer(text)]
    if not found:
        return found
    first, last = found[0], found[-1]
    pairs = [(f"{left} {right}", start, end) for (left, start, _), (right, _, end) in zip(found, found[1:], strict=False)]
    placed = found + [(f"<s> {first[0]}", first[1], first[2])] + pairs + [(f"{last[0]} </s>", last[1], last[2])]
    if classes:
        for runs in (found, pairs):  # each word, then each pair: `features`' order (CLASS_WORDS is 2)
            for words, start, end in runs:
                names = classes.get(words)
                if names:
                    placed.extend((name, start, end) for name in names)
    return placed


def feature_names(text: str, classes: WordClasses | None = None, stem: int = 0, marks: bool = False) -> list[str]:
    """The distinct features of a normalised reply, sorted: what training reads."""
    return sorted(names_of(list(map(str.lower, WORD.findall(text))), classes, stem, marks))


def names_of(words: list[str], classes: WordClasses | None = None, stem: int = 0, marks: bool = False) -> set[str]:
    """The features of a reply's lower-cased words, without where they are: the one reading that training
    (`feature_names`) and hearing (`reckon`) share; `features` finds the same names with their places."""
    names = set(words)
    if not words:
        return names
    pairs = list(map(" ".join, zip(words, words[1:], strict=False)))
    if stem:
        names.update(name for word in words if (name := stem_of(word, stem)) is not None)
    if marks:
        names.update(name for name, _, _ in marked(words))
    if classes:
        names.update(chain.from_iterable(filter(None, map(classes.get, chain(words, pairs)))))
    names.update(pairs)
    names.add(f"<s> {words[0]}")
    names.add(f"{words[-1]} </s>")
    return names


def class_table(members: Mapping[str, list[str]]) -> WordClasses | None:
    """The model file's word class → members (a word or two each, spelt as the model splits words) as
    the model reads them; None when the file has none."""
    if not members:
        return None
    table: dict[str, list[str]] = {}
    for name in sorted(members):
        for words in members[name]:
            table.setdefault(words, []).append(f"{CLASS_OPEN}{name}{CLASS_CLOSE}")
    return {words: tuple(names) for words, names in table.items()}


#: Each label's weight sum lives in its own 48-bit field of one Python integer per feature: a reply's
#: score for every label is then one integer addition per feature instead of one per feature and
#: label. Negative weights borrow from the field above while summing, but the sum is exact, and once
#: `needed` is added every field holds REACHED plus the label's score less what it needs, a number
#: between 0 and 2**47 (weights are at most ±999,999 thousandths): the fields read out cleanly.
FIELD = 48
#: Bit 46 of a field, set when the label's score reached the score its threshold needs (see `labels_heard`).
REACHED = 1 << 46


@dataclass(frozen=True)
class Model:
    #: "give:trial", "get:budget", "stage:hope", "chase:pleading", … in the order of the weights.
    labels: tuple[str, ...]
    bias: tuple[float, ...]
    #: feature → [label number, weight in thousandths, label number, weight, …]; features that
    #: weigh nothing are left out.
    weights: dict[str, list[int]]
    #: category ("give", "get", "stage", "chase") → the probability a label of it needs to be heard; a label
    #: ("give:demo") may have its own.
    thresholds: dict[str, float]
    #: feature → every label's weight in thousandths, each shifted into its label's field, summed.
    packed: dict[str, int]
    #: every label's field holding REACHED less the score (in thousandths, bias taken off) its
    #: probability threshold needs: added to a reply's sum, a field reaches REACHED when the label fires.
    needed: int
    #: REACHED in every label's field.
    reached: int
    #: label → the probability under which a label only the rules heard is dropped (the kinds outside
    #: labellers most often book otherwise); a rule marked `sure` in the lexicon is never overruled.
    veto: dict[str, float] = field(default_factory=dict)
    #: (surer, doubted): a give kind the rules heard whose probability is under `doubted` becomes the
    #: kind among `arbitrated` the model gives at least `surer`; None: the rules' kind stands.
    arbitration: tuple[float, float] | None = None
    #: The give labels arbitration chooses among: the kinds one give frame can be mistaken for.
    arbitrated: tuple[str, ...] = ()
    #: per label, the score in thousandths (bias taken off) its threshold needs: what `needed` holds.
    needs: tuple[int, ...] = ()
    #: The word classes the model reads beside the words (`class_table`); None: it reads words alone.
    classes: WordClasses | None = None
    #: How many first letters of a long word the model reads as its stem (`stem_of`); 0: no stems.
    stem: int = 0
    #: Whether the model reads markers joined to their content word (`marked`).
    marks: bool = False
    #: category → the probability a label of it needs when the rules heard no move at all in the reply: the model
    #: alone turning a neutral reply into a move ("I had a look at the match report" is no consulting). Empty: the
    #: thresholds alone.
    lone: dict[str, float] = field(default_factory=dict)
    #: How far, in log-odds, a reply's words must weigh against a stage before the veto may silence it: a phrasing the
    #: model has never met scores about its prior, which is no evidence against the stage, and a margin keeps the veto
    #: from hanging on where a retrain happens to leave that prior. None: the veto's threshold alone.
    stage_veto_evidence: float | None = None
    #: label number → {feature: its weight for that label}, built the first time `opinion` asks (`label_weights`).
    by_label: dict[int, dict[str, int]] = field(default_factory=dict, repr=False, compare=False)

    def weight(self, feature: str, label: int) -> int:
        """The weight in thousandths of `feature` for label number `label` (0 when it has none)."""
        pairs = self.weights.get(feature, ())
        for place in range(0, len(pairs), 2):
            if pairs[place] == label:
                return pairs[place + 1]
        return 0

    def label_weights(self, label: int) -> dict[str, int]:
        """Every feature that has a weight for label number `label`, with that weight: what `weight` answers for
        it, in one dictionary look-up instead of a walk along each feature's pairs.

        Every label's table is built in one walk over the weights, the first time any is asked for: one walk per
        label cost 14 ms each, so a batch of new replies whose opinions named most labels paid ≈ 0.4 s; one walk for
        all costs about a quarter of that. A feature's first pair for the label wins, as in `weight`."""
        if not self.by_label:
            tables: list[dict[str, int]] = [{} for _ in self.labels]
            for feature, pairs in self.weights.items():
                for number, weight in zip(pairs[::2], pairs[1::2], strict=True):
                    table = tables[number]
                    if feature not in table:
                        table[feature] = weight
            self.by_label.update(enumerate(tables))
        return self.by_label[label]


@dataclass(frozen=True, slots=True)
class Opinion:
    """One label the model would add: how sure it is and the words that weighed most for it."""

    label: str
    probability: float
    #: (start, end, weight) of the heaviest features for the label, heaviest first; character
    #: offsets in the normalised text.
    evidence: tuple[tuple[int, int, float], ...]


def model_from_json(text: str) -> Model:
    """The model file `scripts/train_hearing.py` writes: weights in thousandths, each feature's as a
    flat list of label number, weight, label number, weight, …"""
    data = json.loads(text)
    labels = tuple(data["labels"])
    bias = tuple(value / 1000 for value in data["bias"])
    thresholds = {name: float(value) for name, value in data["thresholds"].items()}
    packed = {name: sum(pairs[place + 1] << (FIELD * pairs[place]) for place in range(0, len(pairs), 2))
              for name, pairs in data["weights"].items()}
    needed, needs = 0, []
    for number, label in enumerate(labels):
        threshold = thresholds.get(label, thresholds[label.partition(":")[0]])  # a label's own, else its category's
        score = math.ceil(1000 * (math.log(threshold / (1 - threshold)) - bias[number]))
        needed += (REACHED - score) << (FIELD * number)
        needs.append(score)
    reached = sum(REACHED << (FIELD * number) for number in range(len(labels)))
    arbitration = data.get("arbitration")
    return Model(labels, bias, data["weights"], thresholds, packed, needed, reached,
                 {name: float(value) for name, value in data.get("veto", {}).items()},
                 (float(arbitration[0]), float(arbitration[1])) if arbitration else None,
                 tuple(data.get("arbitrated", ())), tuple(needs), class_table(data.get("classes", {})),
                 int(data.get("stem", 0)), bool(data.get("marks", False)),
                 {name: float(value) for name, value in data.get("lone", {}).items()},
                 _optional_float(data.get("stage_veto_evidence")))


def _optional_float(value: float | None) -> float | None:
    return None if value is None else float(value)


@cache
def default_model() -> Model:
    """The shipped model, read once, the first time a reply is heard."""
    return model_from_json(resources.files("dojo").joinpath("coach", "learned.json").read_text(encoding="utf-8"))


#: Reads one label's field out of a reckoning's sum.
FIELD_MASK = (1 << FIELD) - 1


@dataclass(slots=True)  # not frozen: one is made per reply heard, and a frozen dataclass pays per field to be made
class Reckoning:
    """Every label's score for one reply, from one pass over its words (`reckon`); read only, never changed."""

    model: Model
    #: Every label's field holding REACHED plus its score less what its threshold needs; None: no words.
    summed: int | None

    def heard(self) -> list[str]:
        """The labels at or above their category's threshold."""
        if self.summed is None:
            return []
        # A field's REACHED bit is set exactly when that label's score reached what its threshold needs.
        fired = self.summed & self.model.reached
        out = []
        while fired:
            low = fired & -fired
            out.append(self.model.labels[(low.bit_length() - 1) // FIELD])
            fired ^= low
        return out

    def against(self, label: str, margin: float) -> float:
        """The sureness of `label` below which this reply's words weigh against it by `margin` log-odds: its prior
        (what a reply of words the model never met gets) moved down by the margin."""
        return 1 / (1 + math.exp(margin - self.model.bias[self.model.labels.index(label)]))

    def probability(self, label: str) -> float:
        """How sure the model is of `label` in this reply."""
        model = self.model
        number = model.labels.index(label)
        if self.summed is None:
            return 1 / (1 + math.exp(-model.bias[number]))
        score = ((self.summed >> (FIELD * number)) & FIELD_MASK) - REACHED + model.needs[number]
        logit = model.bias[number] + score / 1000
        return 1 / (1 + math.exp(-logit)) if logit > -30 else 0.0


def reckon(text: str, model: Model | None = None) -> Reckoning:
    """Every label scored at once in a normalised reply, from the words alone, without their offsets: most
    of what the model hears the rules heard too, and only a label they missed needs its words found
    (`opinion`)."""
    model = model or default_model()
    # An ASCII reply is lower-cased once, before the words are found: the same words (lower-casing ASCII keeps
    # every character a word character or not), without a `lower` call per word.
    words = WORD.findall(text.lower()) if text.isascii() else list(map(str.lower, WORD.findall(text)))
    if not words:
        return Reckoning(model, None)
    # A feature with no weight adds nothing, and each addition of these wide integers makes a new one: those are left
    # out rather than added as 0 (`filter(None, …)` drops a missing feature's None, and a weight of 0 with it).
    packed = model.packed
    return Reckoning(model, sum(filter(None, map(packed.get, names_of(words, model.classes, model.stem, model.marks))),
                                model.needed))


def labels_heard(text: str, model: Model | None = None) -> list[str]:
    """The labels the model hears in a normalised reply at or above their category's threshold."""
    return reckon(text, model).heard()


def opinion(text: str, label: str, model: Model | None = None,
            placed: list[tuple[str, int, int]] | None = None) -> Opinion:
    """How sure the model is of `label` in a normalised reply, and the words that weighed most for it.
    `placed`: the reply's `placed_features` when the caller already has them (one reading, several labels)."""
    model = model or default_model()
    number = model.labels.index(label)
    # Only the features with a weight for this label count: any other weighs 0 for it (`Model.weight`).
    weights = model.label_weights(number)
    if placed is None:
        placed = placed_features(text, model.classes, model.stem, model.marks)
    present = [item for item in placed if item[0] in weights]
    logit = model.bias[number] + sum(weights[name] for name in {name for name, _, _ in present}) / 1000
    heaviest: dict[str, tuple[int, int, int]] = {}  # feature → (weight, start, end) where it first occurs
    for name, start, end in present:
        if name not in heaviest:
            weight = weights[name]
            if weight > 0:
                heaviest[name] = (weight, start, end)
    # A word and its class ("walkthrough", "{thing.demo}") weigh as one piece of evidence: the same words.
    spans: dict[tuple[int, int], int] = {}
    for weight, start, end in heaviest.values():
        spans[start, end] = spans.get((start, end), 0) + weight
    chosen = sorted(((weight, start, end) for (start, end), weight in spans.items()),
                    key=lambda item: (-item[0], item[1]))[:EVIDENCE]
    return Opinion(label, 1 / (1 + math.exp(-logit)) if logit > -30 else 0.0,
                   tuple((start, end, weight / 1000) for weight, start, end in chosen))


def opinions(text: str, model: Model | None = None) -> list[Opinion]:
    """`opinion` for every label the model hears in a normalised reply."""
    return [opinion(text, label, model) for label in labels_heard(text, model)]
