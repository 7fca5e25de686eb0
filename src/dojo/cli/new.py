"""`dojo new ID --archetype NAME`: write a complete, commented scenario to start from."""

from __future__ import annotations

import json
import os
import tomllib
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

#: What changes between archetypes (who the prospect is, how they open, what is really wrong) is data,
#: kept beside the starter template it fills in.
ARCHETYPES: dict[str, dict] = tomllib.loads(
    resources.files("dojo.scenario").joinpath("templates/archetypes.toml").read_text(encoding="utf-8"))


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
        # The name as an id ("My Prospect" → "my-prospect"), when it has letters or digits to make one from.
        suggested = "-".join(re.findall(r"[a-z0-9]+", scenario_id.lower()))
        example = f"did you mean {suggested!r}?" if suggested else "like 'price-shopper'"
        raise UsageError(f"{scenario_id!r} is not a valid id: use lower-case letters, digits and dashes; {example}")
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
