"""`dojo new ID --archetype NAME`: write a complete, commented scenario to start from."""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from string import Template

from dojo.cli.common import EXIT_OK, UsageError
from dojo.fsutil import atomic_write
from dojo.paths import data_dir
from dojo.scenario.diagnostics import did_you_mean
from dojo.scenario.editor import install_editor_support
from dojo.scenario.library import shipped_dir

_ID = "^[a-z0-9][a-z0-9-]*$"

#: What changes between archetypes: who the prospect is, how they open and what is really wrong.
#: Every archetype a shipped persona uses is here, so a trainer can start from any of them.
ARCHETYPES: dict[str, dict] = {
    "errand-sender": {
        "persona_name": "Alex Moreno", "persona_role": "Office Manager", "persona_company": "Harbour Dental",
        "summary": "Alex asks you to send things: brochures, prices, comparisons. You sell scheduling software.",
        "backstory": "Runs a busy three-site dental practice and collects information from every vendor before a decision nobody has planned yet.",
        "traits": ["polite", "busy", "asks for things to be sent", "opens up when asked good questions"],
        "opening": ["Hi, could you just send me some information about your product?",
                    "Thanks for calling. Can you email me a brochure and your prices?",
                    "Hello. Could you send over whatever you have? I'll take a look."],
        "opening_tags": ["errand"],
        "pain": "double bookings that leave patients waiting",
        "pain_lines": ["Honestly? Double bookings. Patients end up waiting an hour.",
                       "The double bookings. Every week someone waits far too long.",
                       "Our diary is a mess. We double-book patients all the time."],
    },
    "tire-kicker": {
        "persona_name": "Jordan Lee", "persona_role": "Innovation Lead", "persona_company": "Northgate Insurance",
        "summary": "Jordan has questions, questions and more questions, and no budget yet. You sell claims automation.",
        "backstory": "Scans the market for the board; has taken many vendor calls and bought nothing so far.",
        "traits": ["curious", "asks question after question", "respects a rep who qualifies"],
        "opening": ["Quick one to start: how does your product handle scanned forms?",
                    "I'm mapping the market. Can you walk me through how it all works?",
                    "Before anything else: what integrations do you support?"],
        "opening_tags": ["question"],
        "pain": "a claims backlog the board keeps asking about",
        "pain_lines": ["If I'm honest, the claims backlog. The board asks about it every month.",
                       "The backlog. Claims sit for weeks and the board has noticed.",
                       "Our claims backlog is the real reason I'm looking."],
    },
    "too-nice": {
        "persona_name": "Sam Okafor", "persona_role": "Head of Operations", "persona_company": "Brightline Logistics",
        "summary": "Sam loves everything you say and commits to nothing. You sell route planning.",
        "backstory": "Friendly and positive with every vendor; finds it hard to say no, so says maybe.",
        "traits": ["warm", "agrees with everything", "avoids saying no"],
        "opening": ["Oh, this sounds great! Could you send something over for me to look at?",
                    "Love it, really. Can you email me the details?",
                    "Brilliant, thanks for calling! Send me whatever you have?"],
        "opening_tags": ["errand"],
        "pain": "drivers working overtime on routes that make no sense",
        "pain_lines": ["Well, since you ask: our drivers do a lot of overtime on silly routes.",
                       "The overtime, really. Our routes send drivers all over the place.",
                       "Between us? The drivers are tired of routes that make no sense."],
    },
    "discount-hunter": {
        "persona_name": "Ingrid Vos", "persona_role": "Procurement Manager", "persona_company": "Fleetway Haulage",
        "summary": "Ingrid wants your best price before anything else. You sell fleet tracking.",
        "backstory": "Buys for a fleet of three hundred trucks and uses every quote to squeeze the incumbent.",
        "traits": ["price-first", "brisk", "respects a rep who holds their price"],
        "opening": ["I'll be quick: what's your best price per vehicle?",
                    "I have two quotes on my desk. Can you beat them?",
                    "Just tell me the number. What's the lowest you can go?"],
        "opening_tags": ["question"],
        "pain": "fuel costs nobody can explain",
        "pain_lines": ["Price matters, but fuel is the real problem. Nobody can explain our fuel bill.",
                       "Fuel. Our fuel costs went up a fifth and nobody knows why.",
                       "Honestly, the fuel bill. That's what the board wants fixed."],
    },
    "not-the-decision-maker": {
        "persona_name": "Priya Shah", "persona_role": "Marketing Coordinator", "persona_company": "Oakridge Hotels",
        "summary": "Priya loves your product and wants a demo, but she doesn't sign. You sell booking software.",
        "backstory": "Found you on the web, is excited, and has not told her boss yet.",
        "traits": ["enthusiastic", "eager for a demo", "vague about who signs"],
        "opening": ["Hi! I've been all over your website. Can you show me a demo?",
                    "Oh brilliant, you called! Could you do a demo for me this week?",
                    "I love what you do. Can you send me a trial login?"],
        "opening_tags": ["errand"],
        "pain": "rooms left empty because the booking site keeps crashing",
        "pain_lines": ["Our booking site keeps crashing, so rooms sit empty.",
                       "The crashes. Guests give up and book elsewhere.",
                       "We lose bookings every weekend when the site falls over."],
    },
    "eternal-evaluator": {
        "persona_name": "Chris Novak", "persona_role": "Learning Manager", "persona_company": "Meridian Retail",
        "summary": "Chris evaluates every vendor, fills spreadsheets and never decides. You sell a training platform.",
        "backstory": "Has run the same evaluation for a year; a new shortlist every time a vendor calls.",
        "traits": ["methodical", "loves comparisons", "never decides"],
        "opening": ["We're evaluating platforms. Could you fill in our comparison spreadsheet?",
                    "I'm building a shortlist. Can you send your feature list and book a demo for the panel?",
                    "Hello. Could you answer our questionnaire? The others did theirs last week."],
        "opening_tags": ["errand"],
        "pain": "new staff who quit before their training is finished",
        "pain_lines": ["Staff leave before they finish training. That's what this is really about.",
                       "The real problem? New starters quit in their first month.",
                       "We lose new staff before they're trained. It's costing us."],
    },
    "afraid-to-say-no": {
        "persona_name": "Dana Brooks", "persona_role": "Practice Manager", "persona_company": "Willow Vets",
        "summary": "Dana is pleasant, never says no, and hides what is stopping her. You sell clinic software.",
        "backstory": "Likes you, but her partners are happy with the current system and she dreads telling you so.",
        "traits": ["kind", "avoids conflict", "says yes and means maybe"],
        "opening": ["Oh hello, thanks for calling back. It all sounded lovely last time.",
                    "Hi! Yes, I read your email. It looks really nice.",
                    "Hello again. We've been meaning to get back to you, sorry."],
        "opening_tags": ["open"],
        "pain": "partners who won't hear of changing the current system",
        "pain_lines": ["To be honest, the partners are attached to what we have.",
                       "I'd love to, but the partners don't want to change systems.",
                       "The partners. They like the old system, and I hate to push."],
    },
}


def register(commands) -> None:
    parser = commands.add_parser(
        "new", help="write a new scenario file to start from",
        description="Write a complete, commented scenario that validates, plays and passes its own tests. "
                    "By default it goes in your scenarios folder, so `dojo list` and the app find it.")
    parser.add_argument("id", metavar="ID", help="the new scenario's id: lower-case letters, digits and dashes")
    parser.add_argument("--archetype", default="errand-sender", metavar="NAME",
                        help=f"the kind of prospect: {', '.join(ARCHETYPES)} (default: errand-sender)")
    parser.add_argument("--dir", metavar="DIR", help="write into DIR instead of your scenarios folder")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(handler=run)


def scaffold(scenario_id: str, archetype: str, file_label: str) -> str:
    import re

    if not re.match(_ID, scenario_id):
        raise UsageError(f"{scenario_id!r} is not a valid id: use lower-case letters, digits and dashes, "
                         "like 'price-shopper'")
    if archetype not in ARCHETYPES:
        raise UsageError(f"unknown archetype {archetype!r}; {did_you_mean(archetype, set(ARCHETYPES), 'archetypes')}")
    values = ARCHETYPES[archetype]
    template = resources.files("dojo.scenario").joinpath("templates/starter.toml").read_text(encoding="utf-8")
    title = " ".join(word.capitalize() for word in scenario_id.split("-"))
    return Template(template).substitute(
        file=file_label, id=scenario_id, title=title, archetype=archetype,
        summary=values["summary"], persona_name=values["persona_name"], persona_role=values["persona_role"],
        persona_company=values["persona_company"], backstory=values["backstory"],
        traits=json.dumps(values["traits"], ensure_ascii=False), opening=json.dumps(values["opening"], ensure_ascii=False),
        opening_tags=json.dumps(values["opening_tags"]), pain=values["pain"],
        pain_lines=json.dumps(values["pain_lines"], ensure_ascii=False),
    )


#: Scaffolds are documents to share and edit, not private data: readable by all, like any file an editor saves.
_DOCUMENT_MODE = 0o644


def shipped_ids() -> set[str]:
    return {path.stem for path in shipped_dir().glob("*.toml")}


def run(args) -> int:
    library = data_dir() / "scenarios"
    folder = Path(args.dir) if args.dir else library
    path = folder / f"{args.id}.toml"
    if args.dir and not folder.is_dir():
        if folder.exists():
            raise UsageError(f"{folder} is not a folder; give --dir an existing folder")
        if not folder.parent.is_dir():
            raise UsageError(f"{folder.parent} does not exist; create it first or give --dir an existing folder")
    if path.exists() and not args.force:
        raise UsageError(f"{path} already exists; pick another id or add --force to overwrite it")
    if folder == library and args.id in shipped_ids() and not args.force:
        raise UsageError(f"{args.id!r} is a shipped scenario and a file with its id would replace it in "
                         f"`dojo list` and the app; pick another id or add --force to replace it")
    text = scaffold(args.id, args.archetype, str(path))
    created = not folder.exists()
    try:
        atomic_write(path, text)
        for written in [path, *install_editor_support(folder)]:
            os.chmod(written, _DOCUMENT_MODE)
    except OSError as err:
        raise UsageError(f"{path}: cannot write ({err.strerror})") from None
    if created and args.dir:
        print(f"created folder {folder}")
    print(f"wrote {path}")
    print(f"next: dojo validate {path}  ·  dojo test {path}  ·  dojo play {path} --watch --trace")
    return EXIT_OK
