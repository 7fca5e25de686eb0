"""Persona lines from session 25's play that answered something nobody said, each pinned as a trainer would notice it.

Every test drives `dojo.engine.Session` through the shipped scenarios and asserts the prospect's line: what the rep
said is what the persona answers.
"""

from __future__ import annotations

import re
import tomllib

from dojo.scenario.library import shipped_dir
from tests.persona_play import play_and_read as play

SEEDS = range(4)

# ---------------------------------------------------------------- 1. Helen: asked for her date, not offered a plan
HELEN_TRUSTS_AND_NAMED_FRANK = (
    "Hello Helen, nice to meet you! Yes we have offline mode, gamification also. Before we book the demo, can you tell "
    "me a little how long you are looking for a platform and what is making the decision difficult?",
    "Eighteen months, wow, that is a long road. What is stopping the decision? Is it the features or something more "
    "inside the company?",
    "That must have been hard, I am sorry. Grupo Solaris, a hotel chain in Brazil, had the same fear after a bad rollout; "
    "we trained hotel by hotel and 92% of the staff was using it after six weeks. I can share their story if it helps. "
    "And on your side, who else needs to say yes?",
)
ASKS_FOR_HER_DATE = ("Makes sense. Imagine next summer: every new housekeeper trained before the first shift, and Frank "
                     "seeing the numbers on one page. Is there a date that matters for you, like the season or a budget "
                     "round?")


def test_helen_asked_if_a_date_matters_says_there_is_none_and_the_call_goes_on():
    for reply in (ASKS_FOR_HER_DATE, "Do you have a deadline for this?", "When do you need it running?"):
        for seed in SEEDS:
            session, lines, facts = play("eternal-evaluator", *HELEN_TRUSTS_AND_NAMED_FRANK, reply, seed=seed)
            assert not session.finished, (reply, seed, lines)
            line = lines[0]
            assert "Deal" not in line and "live with that" not in line, (reply, seed, lines)
            assert "no deadline" in line.lower() or "no date" in line.lower(), (reply, seed, lines)
            assert facts == ["no_deadline"], (reply, seed, lines)


def test_helen_agrees_a_decision_date_only_once_the_rep_proposes_the_plan():
    for plan in ("Then let's make one: agree the criteria now, and a decision meeting with Frank on 12 June at 10am?",
                 "Could we agree the criteria now, and a decision date with Frank, say 12 June?"):
        for seed in SEEDS:
            session, lines, _ = play("eternal-evaluator", *HELEN_TRUSTS_AND_NAMED_FRANK, ASKS_FOR_HER_DATE, plan, seed=seed)
            assert session.finished and session.ended.ending == "decision_date", (plan, seed, lines)


# ---------------------------------------------------------------- 2. Helen: one count of the vendors she has compared
NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|\d+)"


def helen_says() -> list[str]:
    """Every line Helen (or her endings) can say, and every lesson a rep reads about her."""
    data = tomllib.loads((shipped_dir() / "eternal-evaluator.toml").read_text())
    found: list[str] = []

    def walk(node, key=""):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and key in ("say", "text", "lesson", "backstory"):
            found.append(node)

    walk(data)
    return found


def test_helen_always_counts_eleven_vendors_compared_and_the_rep_as_the_twelfth():
    lines = helen_says()
    counts = [m.group(1).lower() for line in lines for m in re.finditer(rf"\b({NUMBER_WORDS}) (?:other )?vendors\b", line, re.I)]
    others = [m.group(1).lower() for line in lines for m in re.finditer(rf"\bthe other ({NUMBER_WORDS})\b", line, re.I)]
    places = [m.group(1).lower() for line in lines for m in re.finditer(rf"\b(?:number|vendor) ({NUMBER_WORDS})\b", line, re.I)]
    assert counts and set(counts) == {"eleven"}, counts
    assert others and set(others) == {"eleven"}, others
    assert places and set(places) == {"twelve"}, places


# ---------------------------------------------------------------- 3. Ingrid: would you stay if they came down
INGRID_TOLD_THE_RENEWAL = (
    "hi ingrid thank you for time. price i can tell you but first i want understand what you need, 300 vehicles is all "
    "trucks or also vans? and what is not working now with current system?",
    "ok i understand. range is 18 to 22 euro per vehicle per month, depends on modules. but help me please, after you "
    "have three quotes, what happens? price is only thing to decide?",
)


def test_ingrid_asked_straight_if_she_would_stay_says_what_price_does_not_fix_and_keeps_talking():
    for reply in ("i see, so our quote is for negotiation with them. honest question, if they come down 18%, you stay "
                  "with them? if yes is totally ok, we can stop here, no hard feeling",
                  "If the incumbent matches our price, would you just stick with them? No hard feelings if so."):
        for seed in SEEDS:
            session, lines, facts = play("discount-hunter", *INGRID_TOLD_THE_RENEWAL, reply, seed=seed)
            line = lines[0]
            assert not session.finished, (reply, seed, lines)
            assert "for free" not in line and "earn" not in line, (reply, seed, lines)
            assert "photos" in line, (reply, seed, lines)
            assert any(answer in line for answer in ("price alone", "I'd stay", "not the contract")), (reply, seed, lines)
            assert facts == ["pain"], (reply, seed, lines)


# ---------------------------------------------------------------- 4. Jamie: a summary for the deciders, with a meeting
JAMIE_NAMED_THE_DECIDERS = (
    "Hi Jamie, thanks for calling. What's behind the search, what's going wrong with reminders today?",
    "That sounds painful. Who else is involved in the decision besides you?",
    "Honestly, who actually signs off on something like this?",
    # Proof first: before any trust she asks for it rather than take the summary (session 26, tests/test_persona26.py).
    "We do this for thirty vet groups; one cut no-shows by a third in two months.",
)


def test_jamie_offered_a_summary_for_the_deciders_with_a_meeting_takes_the_summary_and_asks_them():
    for reply in ("Great, thanks for being straight. I can put together a one-page summary for Dr Greer and the finance "
                  "director, and could we book 30 minutes with them next Tuesday at 10 to walk through it?",
                  "I'll write up a short summary you can forward to Alison. Could we get 20 minutes with her and finance "
                  "on Thursday?"):
        for seed in SEEDS:
            session, lines, _ = play("not-the-decision-maker", *JAMIE_NAMED_THE_DECIDERS, reply, seed=seed)
            line = lines[0]
            assert "What do I tell her" not in line and "What would I tell her" not in line, (reply, seed, lines)
            assert "Can't you just demo" not in line, (reply, seed, lines)
            assert "Send it" in line or "forward" in line, (reply, seed, lines)
            assert not session.finished, (reply, seed, lines)


# ---------------------------------------------------------------- 5. Mags: who else feels the no-shows
MAGS_TOLD_THE_NO_SHOWS = (
    "Happy to, Mags, but so I send the right thing, what will you decide once you've read it, and by when?",
    "Twelve months of data by March, that's tight. What happens on a morning when someone doesn't turn up?",
)


def test_mags_asked_who_else_feels_the_no_shows_names_the_clients_and_cleaners_not_raymond():
    for reply in ("Who else in the business feels it?", "Who else feels the pain when that happens?"):
        for seed in SEEDS:
            _, lines, facts = play("errand-sender", *MAGS_TOLD_THE_NO_SHOWS, reply, seed=seed)
            said = " ".join(lines)
            assert "Raymond" not in said and "signs" not in said, (reply, seed, lines)
            assert "client" in said and "cleaner" in said, (reply, seed, lines)
            assert facts == [], (reply, seed, lines)


# ---------------------------------------------------------------- 6. Ingrid: what fixing the photos would mean for her
INGRID_NAMED_THE_PHOTOS = (*INGRID_TOLD_THE_RENEWAL, "Besides the price, what's wrong with the current system?")


def test_ingrid_asked_what_fixed_photos_would_mean_for_her_says_what_it_would_do_not_how_often_they_go_missing():
    for reply in ("what would it mean for you if the photos never got lost?",
                  "so if photos are never lost, what this mean for you?",
                  "And the photos, what would that mean for you?"):
        for seed in SEEDS:
            _, lines, _ = play("discount-hunter", *INGRID_NAMED_THE_PHOTOS, reply, seed=seed)
            line = lines[0]
            assert "Dozens of drops" not in line and "Every week, at every depot" not in line, (reply, seed, lines)
            assert "Not this one" not in line and "Fleet picks" not in line and "Fleet chooses" not in line, (reply, seed, lines)
            assert any(word in line.lower() for word in ("invoice", "disputes")) and "if" in line, (reply, seed, lines)
