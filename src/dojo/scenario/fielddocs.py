"""What every key of a scenario file means, with an example: the hover text editors show.

Kept apart from the models so the format and its explanation can each be
read in one sitting; `dojo schema` joins them, and a test fails when a key
has no entry here (or its entry names a key that no longer exists).
"""

from __future__ import annotations

from typing import Any

_SAY = ("What the prospect says: one variant is picked per use (by the session's seed). Write at least three "
        "so the persona does not repeat itself.")
_TAGS = ("What kind of line this is, so the coach judges the rep's next reply in context: errand, stall, no, "
         "objection, question, price, open.")
_GOTO = "The state the conversation moves to."
_ENDING = "The ending that closes the conversation (a name under [endings])."
_REVEAL = "Facts this line tells the rep (ids under [facts]); each is recorded as uncovered."
_MEMORY = {
    "set": ("Flags this rule raises, for later `when.flags`.", ["criteria_asked"]),
    "unset": ("Flags this rule lowers.", ["criteria_asked"]),
    "count": ("Counters this rule adds to, for later `when.counter_at_least`.", {"discount_offered": 1}),
}
_LABELS = "Labels from `dojo classify --labels`: `give`, `give:demo`, `get:timeline`, `stage:trust`, `question`…"

#: Model name (as in the JSON Schema's $defs; "Scenario" is the top level) → key → (meaning, example).
FIELD_DOCS: dict[str, dict[str, tuple[str, Any]]] = {
    "Scenario": {
        "schema": ("The format version of this file: 2 (1 still loads, read as first-match).", 2),
        "id": ("Unique id: lower-case letters, digits and dashes; by convention the file's name.", "tire-kicker"),
        "title": ("Shown in the scenario picker.", "The Tire-Kicker"),
        "archetype": ("The kind of prospect this is; free text.", "errand-sender"),
        "difficulty": ("1 (gentle) to 5 (brutal), shown as stars.", 3),
        "summary": ("One or two sentences for the picker: who the prospect is and what the rep sells.",
                    "Theo has questions and no budget. You sell document intake software."),
        "objectives": ("What a good rep does in this conversation; shown before the session starts.",
                       ["Trade every answer for a qualifying question."]),
        "max_turns": ("Replies before the conversation runs out (1–100, default 12).", 12),
        "start": ("The state the conversation starts in.", "curious"),
        "on_max_turns": ("The ending used when the turns run out; make it neutral, never a win.", "endless_questions"),
        "choose_rule": ("How a state picks among the rules that hold: `most_specific` (schema 2) or "
                        "`first_match` (the first in the file, as schema 1 files do).", "most_specific"),
        "facts": ("Things the persona knows and only tells the right question: the exercise of discovery.",
                  {"driver": {"label": "the real driver", "text": "the council re-tender in March",
                              "reveal_on": ["get:timeline"]}}),
        "unsure_about": ("Questions about things the persona doesn't hold (regexes, any case): such a question asks "
                         "for no fact by its labels, and `when.unsure` holds when the reply asks nothing else, so "
                         "the persona can say it would have to check.", ['''\\b(?:payroll|sso|api|integrat\\w*)\\b''']),
        "say_again": ("What the persona says before repeating itself when the rep asks to hear a line again "
                      "(\"Sorry, what did you say?\"); one is picked each time, and without any the line is "
                      "repeated as it was.", ["Sorry, I said:", "Again:"]),
        "said_before": ("What the persona says before repeating the line that told a fact, when a question asks "
                        "for it once more and the state has nothing but its fallback to say; one is picked each "
                        "time, and without any the line is repeated as it was.", ["Like I said:", "As I said,"]),
        "clarify": ("What the persona says before putting its last line again when the rep asks what it meant "
                    "(\"Sorry, what do you mean by that?\", \"not sure I follow\"); one is picked each time, and "
                    "without any dojo's own plain ones are used (\"I mean:\").", ["What I mean is:", "Put simply:"]),
        "wait": ("What the persona says when the rep asks it to wait (\"Hold on, let me check.\"); one is picked "
                 "each time, the conversation stays where it was, and without any dojo's own plain ones are used "
                 "(\"Take your time.\").", ["Go on, I'll wait.", "Quick, then."]),
        "acknowledge": ("What the persona says to a reply with nothing to answer (\"ok\", \"got it\", \"sorry about "
                        "that\", a joke) in a state without `acknowledge` of its own, when only a fallback that stays "
                        "put would answer; one is picked each time, nothing moves, and without any the fallback is "
                        "said.", ["Mm-hm.", "Right. Go on."]),
        "small_talk": ("What the persona says to small talk off the business (\"did you watch the match?\", "
                       "\"what's the weather like there?\"), heard as Rapport and nothing more, when the line its "
                       "state would say stays put and changes nothing; one is picked each time, nothing moves, and "
                       "without any dojo's own plain ones are used (\"Ha. Anyway, go on.\").",
                       ["I don't follow sport. I follow prices.", "No time for that. Per vehicle, per month?"]),
        "rules": ("Scenario-wide rules, written once and tried in every state (`phase` before or after the "
                  "state's own).", [{"when": {"all": ["give:discount"], "none": ["get"]},
                                     "say": ["A discount for nothing? No thanks."], "ending": "drained"}]),
        "persona": ("Who the prospect is.", {"name": "Theo Brandt", "role": "Head of Innovation",
                                             "company": "Northmere Mutual"}),
        "opening": ("The prospect's first line.", {"say": ["Quick one to start: how does it work?"],
                                                   "tags": ["question"]}),
        "states": ("The moods or phases of the conversation, each with its rules; at least one.",
                   {"curious": {"fallback": {"say": ["Interesting. Go on."]}}}),
        "endings": ("How the conversation can end, each with an outcome and a lesson; at least one.",
                    {"drained": {"outcome": "loss", "title": "Drained",
                                 "lesson": "You answered every question for free and learned nothing."}}),
        "lexicon": ("Extra words the coach should hear in this persona's world.",
                    {"disable": ["give.meeting"]}),
        "tests": ("Pinned conversations that `dojo validate` and `dojo test` play to check the persona.",
                  [{"name": "free answers lose", "replies": ["Yes, we handle that."], "expect_outcome": "loss"}]),
    },
    "Persona": {
        "name": ("Shown next to every prospect line.", "Theo Brandt"),
        "role": ("Job title.", "Head of Innovation"),
        "company": ("Company name.", "Northmere Mutual"),
        "backstory": ("What a rep would learn with good discovery; never shown to trainees before they play.",
                      "Runs a three-person innovation lab; no budget of his own."),
        "traits": ("A few short phrases that describe how the prospect talks.", ["endlessly curious"]),
    },
    "Line": {"say": (_SAY, ["Can you just send me something?"]), "tags": (_TAGS, ["errand"]),
             "reveal": (_REVEAL, ["driver"])},
    "Rule": {
        "say": (_SAY, ["Fair question. We decide by Friday."]),
        "tags": (_TAGS, ["open"]),
        "when": ("The conditions the rep's reply must meet; all given ones must hold. Empty: always holds.",
                 {"any": ["get:criteria"], "chased": False}),
        "goto": (_GOTO + " At most one of goto and ending; with neither the conversation stays.", "qualifying"),
        "ending": (_ENDING + " At most one of goto and ending.", "qualified_out"),
        "reveal": (_REVEAL, ["driver"]),
        "id": ("Names the rule in traces and in a state's `skip_rules`.", "no_free_discounts"),
        "priority": ("A rule with a higher priority wins over any other rule that holds (default 0).", 1),
        **_MEMORY,
    },
    "Fallback": {
        "say": (_SAY, ["Sorry, what do you mean?"]),
        "tags": (_TAGS, ["question"]),
        "goto": (_GOTO + " Without goto or ending the conversation stays in the state.", "cagey"),
        "ending": (_ENDING, "endless_questions"),
        "reveal": (_REVEAL, ["driver"]),
        **_MEMORY,
    },
    "State": {
        "hint": ("What a good rep would do here; shown when the trainee asks for a hint.",
                 "Before you answer for free, ask why he is asking."),
        "rules": ("Tried top to bottom; the first whose `when` holds answers.",
                  [{"when": {"any": ["get"]}, "say": ["Good question."], "goto": "qualifying"}]),
        "fallback": ("What the prospect says when no rule holds.", {"say": ["Hm. Anyway, next question…"]}),
        "hint_if": ("Hints for particular moments: the first whose `when` holds replaces `hint`.",
                    [{"when": {"flags": ["criteria_asked"]}, "text": "Now ask who else decides."}]),
        "acknowledge": ("What the persona says here to a reply with nothing to answer (\"ok\", \"sorry about that\", "
                        "a joke) when only a fallback that stays put would answer; one is picked each time, nothing "
                        "moves, and without any the scenario's `acknowledge` is used.", ["Mm-hm. Go on."]),
        "global_rules": ("false to ignore every scenario-wide rule in this state (default true).", False),
        "skip_rules": ("Ids of scenario-wide rules that do not apply in this state.", ["no_free_discounts"]),
    },
    "When": {
        "any": ("The reply has at least one of these labels. " + _LABELS, ["get:criteria", "get:timeline"]),
        "all": ("The reply has every one of these labels.", ["give"]),
        "none": ("The reply has none of these labels.", ["get"]),
        "open_gives_at_least": ("At least this many gives are still unpaid (given earlier, not yet repaid by a get).", 2),
        "unpaired_gives_at_least": (("Over the whole conversation the rep has given at least this many things "
                                     "in replies that asked for nothing."), 3),
        "gets_at_least": ("The rep has asked for at least this many gets in total, this reply included.", 2),
        "earned": ("Every listed pathway stage has been earned in order.", ["trust", "hope"]),
        "not_earned": ("None of the listed stages has been earned yet.", ["trust"]),
        "jumped": ("This reply did (true) or did not (false) jump ahead on the pathway.", True),
        "chased": ("This reply did (true) or did not (false) lose chasing points.", False),
        "unsure": ("This reply asks (true) or does not ask (false) only about something in `unsure_about`, and "
                   "nothing the persona holds.", True),
        "turn_at_least": ("This is at least the n-th reply (the first reply is turn 1).", 3),
        "turn_at_most": ("This is at most the n-th reply.", 2),
        "visits_at_least": ("The conversation has been in this state for at least this many turns.", 3),
        "asks": ("The reply asks for one of these facts (it has one of the fact's `reveal_on` labels).", ["driver"]),
        "heard_by": ("The reply was heard by one of the scenario's own `[[lexicon.rules]]` (by id): its words, "
                     "not only the label they share with other words.", ["errand-sender.walk-away"]),
        "happened": ("Coach events that happened at any point so far, by code or label.", ["jumped"]),
        "not_happened": ("Coach events that have not happened so far.", ["gave_without_get"]),
        "flags": ("Flags a rule has set and not unset.", ["criteria_asked"]),
        "not_flags": ("Flags that are not set.", ["criteria_asked"]),
        "counter_at_least": ("Counters that have reached at least these values.", {"discount_offered": 2}),
        "counter_below": ("Counters still below these values.", {"discount_offered": 1}),
        "revealed": ("Facts the persona has already told.", ["driver"]),
        "not_revealed": ("Facts the persona has not told yet.", ["driver"]),
    },
    "Ending": {
        "outcome": ("win, loss or neutral.", "loss"),
        "title": ("Names the outcome in the debrief.", "Ghosted"),
        "lesson": ("What the trainee reads afterwards: what they did, why it mattered, what to try next time.",
                   "You ran the errand and asked for nothing, so the call ended the way she wanted."),
        "say": ("An epilogue spoken when the turns run out into this ending.", ["(Your email sits unopened.)"]),
        "lesson_if": ("Sentences added to the lesson when their conditions hold at the end, in file order.",
                      [{"when": {"not_revealed": ["driver"]}, "text": "You never found out why now."}]),
        "walk_away": ("A win where the rep walked away from a prospect who will not buy: the pitch stages not "
                      "built (Trust, Hope, Urgency) are not owed, and are credited at the end.", True),
    },
    "LexiconPatch": {
        "rules": ("Extra detection rules for this scenario; one with a default rule's id replaces it.",
                  [{"id": "acme.renewal", "label": "get:timeline", "patterns": ["\\bwhen does (?:it|the contract) renew\\b"]}]),
        "disable": ("Ids of default lexicon rules to switch off for this scenario.", ["give.meeting"]),
        "classes": ("Words added to the default lexicon's word classes.", {"thing.deck": ["pitchbook"]}),
    },
    "LexiconRule": {
        "id": ("Unique id: lower-case letters, digits, '.', '_' and '-'.", "tire-kicker.buying-history"),
        "label": ("The label this rule emits (`dojo classify --labels`).", "get:criteria"),
        "patterns": (("Regular expressions, matched case-insensitively; write them in single quotes so \\b stays "
                      "a word boundary."), ["\\bhave you ever bought\\b"]),
        "negatable": ("Whether a negation just before the match cancels it; by default only gives are negatable.", True),
        "needs": ("Clause checks the match must pass: `rep` (the rep speaks), `ask` (a question or request), "
                  "`statement` (not a question).", ["ask"]),
        "yields_to": ("Label prefixes that, heard in the same clause, cancel this rule's matches.", ["get:budget"]),
        "yields_in_reply": ("Label prefixes that, heard anywhere in the reply, cancel this rule's matches.",
                            ["give", "get"]),
        "yields_in_sentence": ("Label prefixes that, heard anywhere in the same sentence (by a rule or the learned "
                               "second opinion), cancel this rule's matches.", ["get"]),
        "stands_asked_apart": ("Whether a question of its own asked beside another in its sentence (\"What went wrong, "
                               "and who decides?\") yields in its sentence only to a move heard in its own clause.",
                               True),
        "small_talk": ("Whether this rule hears small talk put to them, so that a question following it up with no "
                       "word of their work is not heard as discovery.", True),
        "sure": ("Whether the learned second opinion may never drop or re-kind what this rule hears.", True),
        "unsure_kinds": ("Kinds a sure rule leaves to the learned second opinion's veto all the same (needs sure = "
                         "true and kinds that include them).", ["information"]),
        "guards_rule_out": ("Whether a guard cancelling this rule rules its move out for the learned second opinion "
                            "too; false for a rule that hears a move by its shape alone.", False),
        "rules_out": ("Whether the rule hears a look-alike only to rule its move out: never heard itself, and the "
                      "learned second opinion hears no move of its category in the clause. Takes no guards, needs or "
                      "yields.", True),
        "keeps_model_from": ("Labels the learned second opinion may not add in the clauses where this rule is heard.",
                      ["get:criteria"]),
        "not_owned_by": ("Whose thing, named just before the match, cancels it: \"them\" (their quote, Priya's demo, the "
                         "client's proposal), \"you\" (your welder). Read once by the [clause] owner cues.", ["them"]),
        "scored": ("False for words that only steer the persona: the rules hear the label, the coach scores nothing "
                   "for it (the persona's own way of walking away, heard as `walk_away`).", False),
        "kinds": ("With kinds, `{kind}` in the label and patterns is filled in once per kind.", ["deck", "demo"]),
        "examples": ("Replies this rule must hear; `dojo validate` plays each one through the coach and warns "
                     "(D312) when the rule does not fire.", ["Have you ever bought software like this before?"]),
        "not_examples": ("Replies this rule must not hear; `dojo validate` warns (D312) when it fires on one.",
                         ["I have never bought anything from you."]),
    },
    "GuardedPattern": {
        "re": ("The pattern (RE2, matched case-insensitively).", "\\bsend\\b"),
        "not_before": ("A pattern that, ending right where the match starts, cancels it; it reads the 40 "
                       "characters before the match, from a word start.", "you "),
        "not_after": ("A pattern that, starting right where the match ends, cancels it; it reads the 60 "
                      "characters after the match.", " me\\b"),
        "unless": ("A pattern that, found inside the match, cancels it.", "how are you"),
    },
    "ScenarioTest": {
        "name": ("Unique within the file; `dojo test -k` selects by it.", "asking first wins"),
        "replies": ("The rep's replies, played in order (or write `turns` instead).",
                    ["Sure. What will you decide once you have it?"]),
        "turns": ("A transcript test: each reply with what must follow it (or write `replies` instead).",
                  [{"reply": "What will you decide?", "expect": {"state": "open"}}]),
        "seed": ("Which line variants are said; never changes outcomes or scores.", 0),
        "expect_ending": ("The ending the conversation must reach.", "won"),
        "expect_outcome": ("win, loss, neutral, or unfinished when the replies run out first.", "win"),
        "expect_min": ("Floors for reciprocity, pathway, chasing and overall at the end.", {"reciprocity": 50}),
        "expect_max": ("Ceilings for the same scores.", {"chasing": 60}),
        "expect_revealed": ("Facts the rep must have uncovered by the end.", ["driver"]),
        "expect_not_revealed": ("Facts the persona must not have told.", ["driver"]),
    },
    "Fact": {
        "label": ("A neutral name shown before the fact is uncovered; it gives nothing away.", "the real driver"),
        "text": ("What the fact is, written to read inside a sentence; shown once uncovered.",
                 "the council re-tender in March"),
        "reveal_on": ("The kinds of reply that uncover it, as coach labels.", ["get:timeline", "stage:empathy"]),
        "needs_question": ("Whether the reply must also be a question.", True),
        "asked_by": ("Questions in the persona's own words that ask for this fact (regexes); such a question "
                     "asks for no other fact.", ["\\bwho (?:scores|marks)\\b"]),
        "ask": ("What a rep should have asked, for the debrief when the fact is missed.",
                "Ask what is driving the timing."),
    },
    "Variant": {
        "text": ("The variant's words.", "Good question. By March, because of the re-tender."),
        "heard": ("Said only to a reply that has every one of these labels.", ["question"]),
    },
    "Advice": {
        "when": ("The conditions under which this text applies.", {"flags": ["criteria_asked"]}),
        "text": ("The hint or the lesson sentence; may name facts with {fact.ID}.", "Now ask who else decides."),
    },
}


FIELD_DOCS["ScenarioRule"] = {
    **FIELD_DOCS["Rule"],
    "phase": ("`before` the state's own rules (a guard) or `after` them (a default).", "before"),
}


def document(schema: dict) -> dict:
    """Add each key's description and example to a schema generated from the models (in place)."""
    models = {"Scenario": schema, **schema.get("$defs", {})}
    for model, fields in FIELD_DOCS.items():
        properties = models.get(model, {}).get("properties", {})
        for key, (meaning, example) in fields.items():
            if key in properties:
                properties[key].setdefault("description", meaning)
                properties[key].setdefault("examples", [example])
    return schema
