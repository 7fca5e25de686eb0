"""`dojo export`: a transcript as Markdown, one self-contained HTML page, or JSON."""

from __future__ import annotations

import json
from pathlib import Path

from dojo.cli.common import EXIT_OK, LAST, Commands, open_transcript, warn, write_output
from dojo.transcript.export import FORMATS
from dojo.transcript.shapes import transcript_json


def register(commands: Commands) -> None:
    export = commands.add_parser(
        "export", help="export a transcript as Markdown, a self-contained HTML page, or JSON",
        description="Markdown for a review doc; one HTML page with inline CSS and a score chart to email; "
                    "JSON in the `dojo play --json` shape plus the transcript header.")
    export.add_argument("file", metavar="FILE", help=f"a transcript (.jsonl), or `{LAST}` for the newest finished session")
    export.add_argument("--format", choices=("md", "html", "json", "xapi"),
                        help="output format (default: from OUT's suffix, else md); xapi: the attempt's "
                             "xAPI statements as JSON, for LRSs that import files")
    export.add_argument("-o", "--output", metavar="OUT", help="write to this file (default: stdout)")
    export.set_defaults(handler=run)


def run(args) -> int:
    transcript = open_transcript(args.file)
    fmt = args.format
    if fmt is None:
        suffix = Path(args.output).suffix.lower().lstrip(".") if args.output else ""
        fmt = {"md": "md", "markdown": "md", "html": "html", "htm": "html", "json": "json"}.get(suffix, "md")
    if fmt == "json":
        text = json.dumps(transcript_json(transcript), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "xapi":
        from dojo.cli.lrs import xapi_json

        text = xapi_json(transcript)
    else:
        text = FORMATS[fmt](transcript)
    if transcript.truncated:
        warn(transcript.notice or "")
    write_output(text, args.output)
    return EXIT_OK
