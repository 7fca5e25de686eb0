"""Words as a rep types or speaks them: fillers, a question announced ("can I ask…"), and a "when" that only sets the
scene. The coach and the persona engine judge these alike, so they live here, in the lower layer, once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

#: Spoken fillers that don't count as words before the asking ones: a voice note's "wow ok and um
#: what's made it so hard?" opens with its question as much as "what's made it so hard?" does.
FILLERS = frozenset({"um", "umm", "uh", "er", "erm", "like", "so", "ok", "okay", "k", "right", "oh", "wow",
                     "yeah", "yes", "well", "just", "basically", "and", "n", "but", "hmm", "ah", "lol", "haha", "omg",
                     "quick", "q", "no", "ugh", "hey", "hi", "hello", "cool", "nice", "sure", "thanks", "cheers",
                     "ya", "yep",
                     # chat and hedges that open a question without asking anything themselves: "kk 👍 so is it just
                     # about the cheapest", "honestly is there a real chance for a new supplier" (batch8, batch17)
                     "kk", "honestly", "tbh", "btw", "look", "listen", "seriously", "genuinely", "anyway", "alright"})


def a_word(word: str) -> bool:
    """Whether `word` is a word and not an emoji or a run of punctuation ("👍", "--", "..."): only words count."""
    return any(ch.isalnum() for ch in word)


#: Words that announce a question: what follows opens it ("... um before the demo can i ask how long
#: youve been looking", "tell me why you're going out to market and you'll get a range", "walk me through
#: how a clinic books", "I'd love to understand how you build the rotas", "I wonder whether they'll keep it").
ANNOUNCED = re.compile(r"\b(?:(?:can|could|may) i (?:just )?ask(?: you)?|i (?:wanted|want) to ask(?: you)?|"
                       r"i was wondering|just wondering|tell me|(?:walk|talk|take) me through|help me understand|"
                       r"i(?:'d| would) (?:love|like|be keen|be curious) to (?:know|understand|hear|learn)|"
                       r"i(?:'m| am) (?:curious|keen to (?:know|understand|hear))(?: to (?:know|hear))?(?: about)?|"
                       r"i wonder(?:ed)?|i want to (?:find out|know|understand))\b", re.IGNORECASE)


def announced(text: str) -> str:
    """What follows the last "can I ask" in `text`, or all of it."""
    cuts = [m.end() for m in ANNOUNCED.finditer(text)]
    return text[cuts[-1]:] if cuts else text


def content_words(text: str, punctuation: str) -> Iterator[str]:
    """The words of `text` that are neither fillers nor emoji or punctuation, stripped of `punctuation` and
    casefolded, in order."""
    return (word for word in (raw.strip(punctuation).casefold() for raw in text.split())
            if a_word(word) and word not in FILLERS)


#: Words that, straight after "when", make it ask: "when is it due", "when do you need it by".
WHEN_ASKS = frozenset({"is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "should",
                       "must", "has", "have", "had", "might", "shall"})


#: Words the question after a scene-setting when opens with: "…, who picks?", "…, how would you even know?".
ASKS_ANOTHER = frozenset({"who", "whom", "whose", "who's", "whos", "what", "what's", "whats", "which", "how", "how's",
                          "hows", "where", "why", "do", "does", "did", "is", "are", "was", "were", "can", "could",
                          "would", "will", "has", "have", "had", "should", "any"})
#: Words after the comma that keep the question on the date: "When you must choose, which month?", "…, before the
#: harvest or after?", "…, how soon?".
STILL_WHEN = frozenset({"when", "when's", "whens", "month", "months", "week", "weeks", "day", "days", "date", "dates",
                        "year", "years", "time", "timeline", "timescale", "deadline", "before", "after", "by", "until",
                        "till", "soon", "long", "quarter", "season", "spring", "summer", "autumn", "fall", "winter"})

#: The rep's own statement or offer put as a cleft: "what we do is find cover in minutes", "what I'll do is pull your
#: meter data", "so what we can do is send a lad out Tuesday", "how we'd handle it is…", and what the product does put
#: the same way ("so how it works is you scan the dock", "what it does is log every hive"). Its "what" or "how" opens what
#: the rep does, not a question, unless its sentence ends in "?". Matched at a sentence's or clause's start, in any case;
#: the persona reads it from the text (`CLEFT`), the clause reader from the normalised bytes (`clauses.OFFER_CLEFT`).
CLEFT_PATTERN = (r"\W*(?:(?:so|and|but|ok|okay|right|well|look|yeah|yes|um|uh|er|erm|now)\W+)*(?:what|wat|how) (?:(?:i|we)"
                 r"(?:'ll|'d|'re|'m|'ve)?(?: [\w'’-]+){0,3}|it(?: [\w'’-]+){1,3}) (?:is|was)\b")
CLEFT = re.compile(CLEFT_PATTERN, re.IGNORECASE)

#: Words that join a second question on after the comma, so the when before it asks its own: "…, and what…".
JOINED = ("and ", "or ", "also ", "plus ", "& ")

#: The label a when that only sets the scene is not heard as.
SCENE_SET = "get:timeline"


def sets_the_scene(sentence: str) -> bool:
    """Whether `sentence` opens with a when-clause that only sets the scene for a question about something else after
    its comma: "When the number's in, do you decide alone?", "when you've got the quotes, who picks?", "when the rooms
    sit empty, how would you even know?". "When's it due?" and "when do you need it by, roughly?" ask when, and so do a
    when put first in a learner's word order and the date asked after it ("When you must decide, before Nooruz or
    after?", "When your season start, December or January?") and a when asked after "may I ask" ("…when the trustees
    next meet, so the pack is ready in time?") or with a second question joined on ("When your buyer decide, and what
    they need to see?")."""
    asked = announced(sentence)
    head, comma, tail = asked.partition(",")
    words = list(islice(content_words(head, ",;:!?.'\"()"), 2))
    if not comma or len(words) < 2 or words[0] != "when" or words[1] in WHEN_ASKS:
        return False
    # "When your buyer decide, and what they need to see?": a second question joined on, the when asks its own.
    if tail.lstrip().casefold().startswith(JOINED):
        return False
    after = list(content_words(tail, ",;:!?.'\"()"))
    return bool(after) and after[0] in ASKS_ANOTHER and not STILL_WHEN.intersection(after)


#: A question about what goes on in a scene just set: "…, what happens next?", "…. What happens then?". Asked after
#: a scene from their working day it is discovery, not the deal's next step asked for.
_HAPPENS = r"what(?:'s| is| will| would|'d|'ll)? (?:usually |normally |typically |actually )?(?:happens?|happened)"
WHAT_HAPPENS = re.compile("^" + _HAPPENS + r"\b", re.IGNORECASE)

#: The label a question about a scene just set is not heard as, and the label the picture setting it is not heard as.
SCENE_ASKED = "get:next_steps"
SCENE_PICTURED = "stage:hope"

#: A sentence that only pictures a scene for the question after it: "Imagine the cheapest quote wins.", "Say the
#: chiller trips on a Saturday.", "Suppose two drivers ring in sick."
PICTURES = re.compile(r"^\W*(?:(?:so|ok|okay|right|now|just|and)\W+)?(?:imagine|picture|suppose|supposing|say|let'?s say|"
                      r"what if)\b", re.IGNORECASE)

#: A scene that is the deal's own step, so "what happens next" after it does ask for the next step: "When you've read
#: the proposal, …", "When the trial ends, …", "When your board meets, …", "Imagine it's signed. …".
DEAL_SCENE = re.compile(r"\b(?:(?:you|u|ya|we|they)(?:'ve|'re| have| are)? (?:seen|read|had a look|looked|decided|"
                        r"signed|approved|reviewed|tested|tried|got|received|agreed|finished|done|ready)|"
                        r"(?:our|my|the|this|that|your|ur) (?:trial|pilot|proposal|quote|quotation|contract|demo|"
                        r"samples?|order|paperwork|agreement|deal|offer|board|committee|trustees|tender|sign-?off|"
                        r"approval|numbers|pack|spec|report|tasting|visit|call|meeting)|"
                        r"(?:it|this|that)(?:'s| is)? (?:signed|approved|agreed|through|done|over|in place|live)|"
                        # …or the deal going well: "Suppose the partners loved it. What would happen next?" asks the
                        # next step of their decision (session 19's persona tally), not about their situation.
                        r"loved|liked|went for|go for|said yes|say yes|went ahead|go ahead|goes ahead|"
                        r"got (?:it|this|that) right|went (?:really )?well|worked out|works out)\b",
                        re.IGNORECASE)


#: An if-condition that is the deal's own, so "what happens next" after it asks for the next step: "If it looks
#: right, …", "If the parts measure right, …", "if you're happy with it, …", "If it all stacks up, …". Their own
#: trouble as the condition ("If the driver doesn't show, …") sets a scene from their day.
DEAL_CONDITION = re.compile(r"\b(?:(?:looks?|looked|measures?|measured|comes?|came|turns?|turned|tests?|tested|reads?|"
                            r"sounds?|sounded|seems?|seemed|feels?|felt|checks?|checked|goes|went|go|works?|worked)"
                            r"(?: out| up| back| all)? (?:right|good|ok|okay|fine|well|great|promising|positive)|"
                            r"(?:works|worked|fits|suits|stacks up|adds up|checks out|makes sense|made sense|ticks)|"
                            r"(?:you|u|ya|they|he|she|everyone|the team)(?:'re| are|'s| is)? (?:happy|keen|comfortable|"
                            r"convinced|sold|on board|satisfied|interested|free|available|around)|"
                            r"(?:you|u|ya|they|he|she) (?:like|likes|want|wants) (?:it|this|that|them|what)|"
                            r"(?:it'?s|it is|that'?s|that is) a (?:yes|fit|go|match))\b", re.IGNORECASE)
#: Words after "if" that make it the rep's own condition or a politeness, not a scene: "If I may, …", "if we're late,
#: …", "if possible, …", "if not, …".
IF_NOT_A_SCENE = frozenset({"i", "we", "i'm", "im", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll", "us",
                            "our", "my", "possible", "not", "so", "any", "anything", "that's", "thats", "needed",
                            "necessary", "ever", "only"})


def sets_an_if_scene(sentence: str) -> bool:
    """Whether `sentence` opens with an if-clause about their side before a question after its comma: "If the driver
    doesn't show, what happens next?". Not the rep's own condition or a politeness ("If I may, …", "if possible, …")."""
    head, comma, tail = announced(sentence).partition(",")
    words = list(islice(content_words(head, ",;:!?.'\"()"), 2))
    return bool(comma) and len(words) == 2 and words[0] == "if" and words[1] not in IF_NOT_A_SCENE and bool(tail.strip())


def pictured_for_a_question(sentence: str, after: str) -> bool:
    """Whether `sentence` only pictures a scene for a question about what happens in it, after its comma or in the
    sentence `after` it: "Imagine the cheapest quote wins. What happens then?", "picture the lift failing with a full
    ward upstairs, what happens?". The rep sets the scene for discovery; no better future is painted."""
    if not PICTURES.match(sentence):
        return False
    _, comma, tail = sentence.partition(",")
    return _asks_what_happens(tail if comma and tail.strip() else after)


def asks_inside_a_scene(before: str, sentence: str) -> bool:
    """Whether `sentence` asks what happens inside a scene just set, one that is not the deal's own step: the when
    or if opening it ("when a cleaner doesn't show at the hospital site, what happens next?", "If the driver doesn't
    show, what happens next?") or the sentence `before` it
    that only pictures one ("Imagine the cheapest quote wins. What happens then?"). The rep is asking about their
    situation (discovery), not for the next step of the deal; "When the trial ends, what happens next?" still asks
    for that step."""
    if sets_the_scene(sentence):
        head, _, tail = announced(sentence).partition(",")
        return _asks_what_happens(tail) and not DEAL_SCENE.search(head)
    # The scene put after the question ("What happens on your side when a delivery is late?", "what happens at your
    # end when a container arrives short?") or before it with no comma, as a call is typed ("and when a boat comes in
    # fouled up what happens then"): the same question about their day, asked in another order.
    if (scene := _scene_of(announced(sentence))) is not None:
        return not DEAL_SCENE.search(scene) and not DEAL_CONDITION.search(scene)
    if sets_an_if_scene(sentence):
        # "If the driver doesn't show, what happens next?" asks about their day; "If it looks right, what happens
        # next?" puts the deal's own condition, and asks for its next step.
        head, _, tail = announced(sentence).partition(",")
        return _asks_what_happens(tail) and not DEAL_SCENE.search(head) and not DEAL_CONDITION.search(head)
    return bool(PICTURES.match(before)) and _asks_what_happens(sentence) and not DEAL_SCENE.search(before)


#: "what happens" asked of a scene that follows it: "What happens on your side when a delivery is late?", "what
#: happens if a driver rings in sick at five?". Where the happening is placed (their side or end, then, usually) may
#: come between.
#: The fillers may come first, and so may the "then", "now" or address a call puts before its question ("so mate what
#: happens when…").
_OPENERS = (r"^\W*(?:(?:" + "|".join(sorted(FILLERS | {"then", "now", "mate", "sir", "madam"}, key=len, reverse=True))
            + r")\W+)*")
SCENE_AFTER = re.compile(_OPENERS + _HAPPENS + r"(?:,? (?:(?:on|at|in|from|over) (?:your|ur|the) (?:side|end|place|site|"
                         r"shop|office|yard|depot|warehouse|bakery|salon|marina|school|team)|(?:your|ur) (?:side|end)|"
                         r"then|there|usually|normally|typically|today|now))*,? (?:when|whenever|if|every time) "
                         r"(?P<scene>[^.?!]+)", re.IGNORECASE)
#: …and a when or if scene before it with no comma, as calls are typed: "and when a boat comes in fouled up what
#: happens then".
SCENE_BEFORE = re.compile(_OPENERS + r"(?:when|whenever|if) (?P<scene>[^,.?!]+?) " + _HAPPENS + r"\b", re.IGNORECASE)


def _scene_of(sentence: str) -> str | None:
    """The scene a "what happens" question is asked about, when it is put after the question or before it without
    a comma, and is not the rep's own condition or a politeness ("what happens if I miss the train?", "if possible,
    what happens next?"): the question then asks about their day, not for the deal's next step."""
    found = SCENE_AFTER.match(sentence) or SCENE_BEFORE.match(sentence)
    if found is None:
        return None
    scene = found.group("scene")
    first = next(content_words(scene, ",;:!?.'\"()"), "")
    return None if first in IF_NOT_A_SCENE else scene


def _asks_what_happens(text: str) -> bool:
    """Whether `text`, fillers and punctuation aside, opens by asking what happens (`WHAT_HAPPENS`)."""
    return bool(WHAT_HAPPENS.match(" ".join(content_words(text, ",;:!?.\"()"))))
