"""The learned second opinion: trained from the labelled sets (never the blind ones), explained like a
rule, and judged by the clause as a rule's match is."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from dojo.coach import learned
from dojo.coach.learned import default_model, opinions
from dojo.coach.lexicon import default_lexicon
from dojo.coach.signals import classify, hear
from dojo.vocab import CHASE_KINDS, LexiconRule

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import train_hearing  # noqa: E402

MODEL = ROOT / "src" / "dojo" / "coach" / "learned.json"
#: The default lexicon, whose second opinion is on (docs/coaching.md, section 7).
ON = default_lexicon()
#: The rules alone, as they are measured on their own.
OFF = replace(default_lexicon(), second_opinion=False)


def hearing_only(monkeypatch, label: str, *words: str) -> None:
    """Replace the shipped model with one sure of `label` whenever a reply holds one of `words`, and of
    nothing else: how the coach judges a learned label must not hang on what the shipped model happens
    to hear this week."""
    labels = list(train_hearing.LABELS)
    document = {"labels": labels, "bias": [-9000] * len(labels), "thresholds": train_hearing.THRESHOLDS,
                "weights": {word.lower(): [labels.index(label), 20000] for word in words}}
    model = learned.model_from_json(json.dumps(document))
    monkeypatch.setattr(learned, "default_model", lambda: model)


def test_the_model_file_was_trained_from_the_labelled_sets_as_they_are_now():
    data = train_hearing.examples(train_hearing.read_rows(train_hearing.training_files()))
    recorded = json.loads(MODEL.read_text(encoding="utf-8"))["fingerprint"]
    assert recorded == train_hearing.fingerprint(data), (
        "a labelled set, the lexicon's shorthand or the training settings changed since the learned model was "
        "trained: run `python scripts/train_hearing.py` and commit src/dojo/coach/learned.json")


def test_training_is_deterministic_and_writes_what_the_coach_reads():
    data = train_hearing.examples(train_hearing.read_rows(train_hearing.training_files()[:3]))
    first, second = train_hearing.model_json(data), train_hearing.model_json(data)
    assert first == second
    document = json.loads(first)
    assert document["labels"] == list(train_hearing.LABELS)
    assert document["weights"], "a model with no weights"


def test_the_blind_sets_are_never_trained_on():
    files = train_hearing.training_files()
    assert files and all("blind" not in path.parts for path in files)
    assert all(path.stem not in train_hearing.HELD_OUT for path in files)
    with pytest.raises(AssertionError, match="blind"):
        train_hearing.read_rows([train_hearing.BLIND / "any.jsonl"])  # refused before it is opened


#: Trials offered in words the rules were not written for. Each retrain on new rows and each new rule moves
#: which of them only the second opinion hears, so the tests that need the shipped model take the first
#: such reply rather than pinning one.
UNRULED_TRIALS = (
    "Run it in one of your kitchens for a month before you decide",
    "Give it a go for thirty days, if it's not for you we'll collect it",
    "The crew can have a couple of tins on us this fortnight and see how they get on",
    "Use it on the next two jobs, no invoice, and tell me what you think",
)


def only_the_second_opinion_hears() -> str:
    """A trial the rules miss and the shipped model hears: there must be one, or the model adds nothing."""
    for reply in UNRULED_TRIALS:
        if classify(reply, OFF).gives == [] and classify(reply, ON).gives == ["trial"]:
            return reply
    raise AssertionError("the shipped second opinion hears none of the trials the rules miss")


def test_a_learned_label_quotes_the_words_that_weighed_most(monkeypatch):
    hearing_only(monkeypatch, "give:trial", "fortnight")
    reply = "The crew can have a couple of tins on us this fortnight and see how they get on"
    found = classify(reply, ON)
    assert found.gives == ["trial"]
    learned = [match for match in found.matches if match.rule == "learned"]
    assert [match.label for match in learned] == ["give:trial"]
    start, end = learned[0].span
    assert reply[start:end] == learned[0].text
    assert "fortnight" in learned[0].text  # the heaviest word for a trial here
    assert found.quote("give") == learned[0].text


def test_a_word_the_model_never_saw_counts_when_the_lexicon_puts_it_in_a_class(monkeypatch):
    """The model reads the lexicon's word classes as well as the words: a weight learned for the class of demos
    hears a demo in a member no labelled reply used, and quotes that member as its evidence."""
    labels = list(train_hearing.LABELS)
    document = {"labels": labels, "bias": [-9000] * len(labels), "thresholds": train_hearing.THRESHOLDS,
                "weights": {"{thing.demo}": [labels.index("give:demo"), 20000]},
                "classes": {"thing.demo": ["test drive", "walkthrough"]}}
    model = learned.model_from_json(json.dumps(document))
    monkeypatch.setattr(learned, "default_model", lambda: model)
    reply = "Friday suits for the walkthrough of the yard"
    found = classify(reply, ON)
    assert found.gives == ["demo"]
    match = next(match for match in found.matches if match.rule == "learned")
    assert (match.label, match.text) == ("give:demo", "walkthrough")
    assert "give:demo" in learned.labels_heard("and a test drive after")
    assert "give:demo" not in learned.labels_heard("friday suits for the walk of the yard")


def test_the_shipped_model_reads_the_lexicons_word_classes_spelt_as_it_splits_words():
    model = default_model()
    assert model.classes is not None
    assert model.classes.get("walkthrough") == ("{thing.demo}",)
    assert "{thing.demo}" in model.classes.get("walk through", ())  # "walk-?through", split at the hyphen
    assert any(name.startswith("{") for name in model.weights), "no class weighs anything"


def test_explain_names_the_learned_second_opinion_with_its_probability_and_words():
    reply = only_the_second_opinion_hears()
    result = subprocess.run([sys.executable, "-m", "dojo", "classify", "--explain", reply],
                            capture_output=True, text=True, check=True)
    line = next(line for line in result.stdout.splitlines() if "learned" in line)
    assert line.split()[:2] == ["heard", "give:trial"]
    assert re.search(r"learned second opinion, p [01]\.\d\d: '[^']+' \+", line), line


@pytest.mark.parametrize("reply, why", [
    ("We can't let you take a couple of the tins home for the fortnight and see how the crew get on", "negation"),
    ("You asked to take a couple of the tins home for the fortnight and see how the crew get on.",
     "speaker: prospect's errand or asking for it"),
])
def test_the_clause_judge_cancels_a_learned_give_as_it_would_a_rules(reply, why, monkeypatch):
    hearing_only(monkeypatch, "give:trial", "fortnight")
    hearing = hear(reply, ON, keep_cancelled=True)
    assert "trial" not in hearing.signals.gives
    assert [(second.opinion.label, second.cancelled) for second in hearing.learned] == [("give:trial", why)]


def test_a_label_the_rules_heard_is_not_added_twice():
    hearing = hear("I'll leave a sample tin with you for the week so the crew can try it", ON, keep_cancelled=True)
    assert hearing.signals.gives == ["trial"]
    assert all(match.rule != "learned" for match in hearing.signals.matches)
    assert all(second.cancelled == "heard by a rule" for second in hearing.learned)


def test_the_second_opinion_is_on_unless_switched_off(monkeypatch):
    hearing_only(monkeypatch, "give:trial", "fortnight")
    reply = "The crew can have a couple of tins on us this fortnight and see how they get on"
    assert classify(reply).gives == ["trial"]
    assert classify(reply, OFF).gives == []
    assert ON.extended().second_opinion and not OFF.extended().second_opinion  # a scenario's lexicon keeps it


@pytest.mark.parametrize("flags, gives", [([], "trial"), (["--second-opinion"], "trial"), (["--no-second-opinion"], "—")])
def test_classify_hears_with_the_second_opinion_unless_told_not_to(flags, gives):
    reply = only_the_second_opinion_hears()
    result = subprocess.run([sys.executable, "-m", "dojo", "classify", *flags, reply],
                            capture_output=True, text=True, check=True)
    assert next(line for line in result.stdout.splitlines() if line.split()[:1] == ["gives"]).split()[1:] == [gives]


def test_inviting_a_no_earns_trust_from_its_own_words_not_from_the_second_opinion():
    found = classify("It's completely fine if we turn out not to be right for you; I'd rather know now.", ON)
    assert "trust" in found.stages and found.permission
    assert all(match.rule != "learned" for match in found.matches)


def test_a_reply_with_no_words_has_no_opinion():
    assert opinions("", default_model()) == []
    assert opinions("?!", default_model()) == []


def test_a_move_in_words_no_rule_was_written_for_is_heard_by_the_second_opinion():
    found = classify(only_the_second_opinion_hears(), ON)
    assert "trial" in found.gives
    assert any(match.rule == "learned" for match in found.matches)


def test_a_learned_give_of_another_kind_is_not_heard_where_a_rule_heard_the_clauses_give(monkeypatch):
    hearing_only(monkeypatch, "give:pricing", "litre")
    reply = "It comes in 250 ml and 2 litre."
    hearing = hear(reply, ON, keep_cancelled=True)
    assert hearing.signals.gives == ["information"]  # one give frame, one kind: the rules chose it
    assert [(second.opinion.label, second.cancelled) for second in hearing.learned] == [
        ("give:pricing", "kind: a rule heard this clause's give")]


def test_leaving_one_writer_out_holds_out_every_set_of_that_writer():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import learned_cv

    every = {path.stem for path in (ROOT / "tests" / "data").glob("*.jsonl")}
    assert all(set(stems) <= every for stems in learned_cv.WRITERS.values()), "a writer's set is missing"
    assert not any(set(stems) & train_hearing.HELD_OUT for stems in learned_cv.WRITERS.values())


def overruling(monkeypatch, sure_of: dict[str, tuple[str, ...]], veto: dict[str, float] | None = None,
               arbitration: tuple[float, float] | None = None) -> None:
    """Replace the shipped model with one sure of each label in `sure_of` whenever a reply holds one of its
    words, and all but sure of nothing else, allowed to overrule the rules as `veto` and `arbitration` say."""
    labels = list(train_hearing.LABELS)
    weights: dict[str, list[int]] = {}
    for label, words in sure_of.items():
        for word in words:
            weights.setdefault(word.lower(), []).extend([labels.index(label), 20000])
    document = {"labels": labels, "bias": [-9000] * len(labels), "thresholds": train_hearing.THRESHOLDS,
                "weights": weights, "veto": veto or {}, "arbitration": list(arbitration) if arbitration else None,
                "arbitrated": list(train_hearing.ARBITRATED)}
    model = learned.model_from_json(json.dumps(document))
    monkeypatch.setattr(learned, "default_model", lambda: model)


def test_a_give_the_rules_heard_as_one_kind_is_booked_as_the_kind_the_model_is_much_surer_of(monkeypatch):
    overruling(monkeypatch, {"give:demo": ("ride", "round")}, arbitration=(0.8, 0.2))
    reply = "The cart runs nine hours on a charge; ride along on Pryce's round Tuesday and feel it."
    assert classify(reply, OFF).gives == ["information"]
    hearing = hear(reply, ON, keep_cancelled=True)
    assert hearing.signals.gives == ["demo"]
    assert [(second.opinion.label, second.overrules) for second in hearing.learned if second.overrules] == [
        ("give:demo", "give:information")]


def test_a_label_the_model_all_but_rules_out_is_dropped(monkeypatch):
    overruling(monkeypatch, {}, veto={"give:information": 0.02})
    reply = "The cart runs nine hours on a charge."
    assert classify(reply, OFF).gives == ["information"]
    hearing = hear(reply, ON, keep_cancelled=True)
    assert hearing.signals.gives == []
    assert [(second.opinion.label, second.overrules) for second in hearing.learned] == [
        ("give:information", "give:information")]


@pytest.mark.parametrize("reply, label", [
    ("I'll send over the case study of how the fans run", "give:case_study"),  # give.offer (information is not sure)
    ("We only use birch ply for the drawer boxes.", "give:information"),  # give.product-fact
])
def test_the_model_never_overrules_a_rule_marked_sure(monkeypatch, reply, label):
    overruling(monkeypatch, {"give:demo": ("overview", "case")}, veto={label: 0.02}, arbitration=(0.8, 0.2))
    category, _, kind = label.partition(":")
    assert kind in getattr(classify(reply, OFF), category + "s")
    hearing = hear(reply, ON, keep_cancelled=True)
    assert kind in getattr(hearing.signals, category + "s")
    assert not any(second.overrules for second in hearing.learned)


def test_a_scenarios_own_rules_are_never_overruled(monkeypatch):
    overruling(monkeypatch, {}, veto={"stage:rapport": 0.02})
    rule = LexiconRule(id="yard.weather", label="stage:rapport", patterns=[r"\bmud season\b"])
    lexicon = ON.extended([rule])
    assert classify("Mud season again up there?", lexicon).stages == ["rapport"]


def test_the_shipped_model_overrules_only_the_labels_its_veto_was_chosen_for_and_never_empathy():
    model = default_model()
    assert set(model.veto) <= {"give:information", "give:trial", "stage:rapport", "stage:trust", "stage:hope",
                               "stage:urgency", "get:meeting", "get:budget", "get:referral", "get:next_steps",
                               *(f"chase:{kind}" for kind in CHASE_KINDS)}
    # Session 34: the 2% vetoes session 33 chose that dropped trainers' pinned judgments in rules no sure kind could
    # keep stay off (a trial refunded in sixty days, the chap who runs the garage's number, folded hands, an extra
    # traded for the contract, a follow-up after the new year, Helen's answers to a push).
    assert not set(model.veto) & {"give:trial", "get:referral", "get:budget", "get:next_steps", "chase:pleading",
                                  "chase:convincing", "chase:free_extra"}
    assert all(0 < value <= 0.05 for value in model.veto.values())
    # Gets and chasing were chosen on the folds at a light 2% (benchmarks/opinion_levels.py): only where the model all
    # but rules them out.
    assert all(value <= 0.02 for label, value in model.veto.items() if label.startswith(("get:", "chase:")))
    assert model.arbitration is not None and model.arbitration[0] >= 0.8 > 0.2 >= model.arbitration[1]


@pytest.mark.parametrize("reply", [
    "We've got a pilot running in our own warehouse at the moment, it's been a nightmare.",
    "Thank you for the email, I will answer the rest on Monday when I am in the office.",
])
def test_a_stage_the_rules_hear_in_the_reps_own_news_is_silenced_where_the_words_argue_against_it(reply):
    """The rep's own news, deadline or diary is no rapport or urgency: the rules hear the words, the model has
    learnt from many such replies that they earn nothing."""
    rules_alone = replace(default_lexicon(), second_opinion=False)
    assert classify(reply, rules_alone).stages, "the rules no longer hear a stage here: pick a reply they mishear"
    assert classify(reply).stages == []


@pytest.mark.parametrize("reply, stage", [("Evening Precious!", "rapport"), ("Mingalaba Thiri, all good?", "rapport")])
def test_a_stage_in_words_the_model_never_met_is_not_silenced(reply, stage):
    """Words the model has no weight for are no evidence against a stage: a greeting in a name or language it never
    saw keeps its rapport."""
    assert stage in classify(reply).stages


@pytest.mark.parametrize("reply", ["I'll send you the spec sheet", "Come see it running at the Pryce farm", "hi", ""])
def test_every_label_scored_at_once_is_as_sure_as_each_scored_alone(reply):
    reckoning = learned.reckon(reply)
    for label in ("give:information", "give:demo", "stage:rapport", "get:budget"):
        assert reckoning.probability(label) == pytest.approx(learned.opinion(reply, label).probability, abs=1e-3)


def _opinion_walking_each_features_pairs(text: str, label: str) -> learned.Opinion:
    """`learned.opinion` as it was written before `Model.label_weights`: each weight found by `Model.weight`."""
    model = default_model()
    number = model.labels.index(label)
    present = [(name, start, end) for name, start, end in learned.features(learned.tokens(text), model.classes, model.stem)
               if name in model.weights]
    logit = model.bias[number] + sum(model.weight(name, number) for name in {name for name, _, _ in present}) / 1000
    heaviest: dict[str, tuple[int, int, int]] = {}
    for name, start, end in present:
        if name not in heaviest and (weight := model.weight(name, number)) > 0:
            heaviest[name] = (weight, start, end)
    spans: dict[tuple[int, int], int] = {}
    for weight, start, end in heaviest.values():
        spans[start, end] = spans.get((start, end), 0) + weight
    chosen = sorted(((weight, start, end) for (start, end), weight in spans.items()),
                    key=lambda item: (-item[0], item[1]))[:learned.EVIDENCE]
    return learned.Opinion(label, 1 / (1 + math.exp(-logit)) if logit > -30 else 0.0,
                           tuple((start, end, weight / 1000) for weight, start, end in chosen))


def test_an_opinion_weighs_each_word_as_the_models_own_weights_say():
    """The second opinion's words and sureness read from one table per label are the same as read
    feature by feature from the model's pairs, for every label, on every labelled reply of one set
    of each kind (the fast path against the plain one: a speed-up, never a change of judgment)."""
    model = default_model()
    texts = [json.loads(line)["text"] for name in ("replies.jsonl", "dev_mixed12.jsonl", "dev_neutral12b.jsonl")
             for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for text in texts:
        for label in model.labels:
            assert learned.opinion(text, label) == _opinion_walking_each_features_pairs(text, label), (text, label)


def test_each_row_keeps_its_place_in_training_when_another_is_added_or_taken_away():
    """The rows are trained in an order their own words and labels fix, not a shuffle of their numbers: adding the
    session's new rows used to shuffle every other row anew, and that alone flipped borderline judgments."""
    data = train_hearing.examples(train_hearing.read_rows(train_hearing.training_files()[:3]))
    every = train_hearing.row_order(data, train_hearing.SEED)
    left_out = len(data) // 2
    fewer = train_hearing.row_order(data[:left_out] + data[left_out + 1:], train_hearing.SEED)
    assert fewer == [number - (number > left_out) for number in every if number != left_out]


def test_a_retrain_does_not_hang_on_the_order_the_labelled_rows_are_read_in():
    data = train_hearing.examples(train_hearing.read_rows(train_hearing.training_files()[:3]))
    first, second = json.loads(train_hearing.model_json(data)), json.loads(train_hearing.model_json(data[::-1]))
    del first["fingerprint"], second["fingerprint"]  # what was read, in the order it was read
    assert first == second


def test_a_stem_and_a_marked_word_are_read_alike_by_training_and_hearing():
    """Stems ("deliv~") and a speaker or negation joined to its content word past the filler ("your+site") are
    features training reads (`names_of`) and hearing finds with their places (`features`) alike."""
    text = "We can deliver to your own site and we won't charge the delivery"
    words = [token.word for token in learned.tokens(text)]
    read = learned.names_of(words, None, 5, True)
    assert read == {name for name, _, _ in learned.features(learned.tokens(text), None, 5, True)}
    assert {"deliv~", "your+site", "we+deliver"} <= read  # past "own" and "can"
    assert "won't+charge" not in read  # next to each other: "won't charge" is a pair already
    assert not any(name.endswith("~") or "+" in name for name in learned.names_of(words))  # off unless asked


def test_a_row_keeps_its_place_in_training_whatever_features_are_read_from_its_words(monkeypatch):
    """Stems and marked words are read from a row's words: trying them must not reshuffle the rows (a retrain that
    walks another path through the rows moves borderline judgments by chance, not by what was learned)."""
    rows = [{"text": text, "gives": [], "gets": [], "stages": [], "chase": []}
            for text in ("Your own site, we can come", "Happy to send the deck", "Not this week, I'm afraid")]
    order = train_hearing.row_order(train_hearing.examples(rows), 7)
    monkeypatch.setattr(train_hearing, "STEM", 5)
    monkeypatch.setattr(train_hearing, "MARKS", True)
    assert train_hearing.row_order(train_hearing.examples(rows), 7) == order


def test_a_label_may_need_a_probability_of_its_own():
    labels = list(train_hearing.LABELS)
    document = {"labels": labels, "bias": [0] * len(labels),
                "thresholds": {**train_hearing.THRESHOLDS, "give:demo": 0.99}, "weights": {"demo": [0, 3000]}}
    model = learned.model_from_json(json.dumps(document))
    demo, trial = labels.index("give:demo"), labels.index("give:trial")
    assert model.needs[demo] > model.needs[trial]  # 0.99 against the gives' 0.7


def test_a_meeting_asked_in_so_many_words_is_never_vetoed_but_its_other_frames_are():
    # Session 34: the 2% meeting veto is kept only because the rule that holds the ask's own words is sure for a
    # meeting ("Could you suggest a convenient day for the fitting?"); its other kinds stay open to the vetoes.
    model = default_model()
    assert "get:meeting" in model.veto and "get.commitment:meeting" in ON.sure
    assert "get.commitment:referral" not in ON.sure and "get.commitment:next_steps" not in ON.sure
    assert "meeting" in classify("Could you suggest a convenient day for the fitting?", ON).gets
    assert "meeting" in classify("Any chance of popping in to see you while I'm up that way?", ON).gets


@pytest.mark.parametrize("reply, category, kind", [
    ("Following up with the floor plan I promised — sensor positions for your shop are marked in red.", "chase",
     "check_in"),
    ("Hey, whenever you get a sec can you send me the field map?", "chase", "whatever_works"),
    ("I'm begging you, mate, give me ten minutes with your FD.", "gets", "meeting"),
])
def test_a_get_or_chase_the_model_all_but_rules_out_is_dropped_outside_the_asks_own_words(reply, category, kind):
    # Session 34's 2% vetoes: the promised floor plan sent is no check-in, a favour asked whenever they can is no
    # whatever-works chase, and ten minutes with their FD asks for the decision maker, not a meeting.
    assert kind in getattr(classify(reply, OFF), category)
    assert kind not in getattr(classify(reply, ON), category)
