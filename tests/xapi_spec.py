"""The required shape of an xAPI 1.0.3 statement, written from the specification (Part Two, section 2.4).

`problems(statement)` lists every way a statement breaks the rules dojo relies on;
an empty list means an LRS must accept it. Independent of dojo's own code on purpose.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$")
LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$")
#: ISO 8601 with a time and an offset or Z (the spec requires a timezone to be kept).
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
STATEMENT_KEYS = {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
                  "version", "attachments"}
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
CONTEXT_KEYS = {"registration", "instructor", "team", "contextActivities", "revision", "platform", "language",
                "statement", "extensions"}
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}


def _language_map(value: Any, where: str) -> list[str]:
    if not isinstance(value, dict) or not value:
        return [f"{where} must be a non-empty language map"]
    return [f"{where}: {key!r} is not an RFC 5646 tag" for key in value if not LANGUAGE_TAG.match(key)] + \
           [f"{where}[{key}] must be a string" for key, text in value.items() if not isinstance(text, str)]


def _extensions(value: Any, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where} must be an object"]
    return [f"{where}: key {key!r} is not an IRI" for key in value if not IRI.match(key)]


def _agent(actor: Any) -> list[str]:
    if not isinstance(actor, dict):
        return ["actor must be an object"]
    out = []
    if actor.get("objectType", "Agent") != "Agent":
        out.append("actor.objectType must be Agent for a single person")
    present = [key for key in IFIS if key in actor]
    if len(present) != 1:
        out.append(f"actor must have exactly one inverse functional identifier, has {present}")
    if "mbox" in actor and not str(actor["mbox"]).startswith("mailto:"):
        out.append("actor.mbox must be a mailto: IRI")
    if "account" in actor:
        account = actor["account"]
        if not isinstance(account, dict) or set(account) != {"homePage", "name"}:
            out.append("actor.account must have exactly homePage and name")
        else:
            if not IRI.match(str(account["homePage"])):
                out.append("actor.account.homePage must be an IRL")
            if not isinstance(account["name"], str) or not account["name"]:
                out.append("actor.account.name must be a non-empty string")
    if "name" in actor and not isinstance(actor["name"], str):
        out.append("actor.name must be a string")
    return out


def _activity(value: Any, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where} must be an object"]
    out = []
    if value.get("objectType", "Activity") != "Activity":
        out.append(f"{where}.objectType must be Activity")
    if not isinstance(value.get("id"), str) or not IRI.match(value["id"]):
        out.append(f"{where}.id must be an IRI")
    definition = value.get("definition")
    if definition is not None:
        if "name" in definition:
            out += _language_map(definition["name"], f"{where}.definition.name")
        if "description" in definition:
            out += _language_map(definition["description"], f"{where}.definition.description")
        if "type" in definition and not IRI.match(str(definition["type"])):
            out.append(f"{where}.definition.type must be an IRI")
    return out


def _result(result: Any) -> list[str]:
    if not isinstance(result, dict):
        return ["result must be an object"]
    out = [f"result has an unknown property {key!r}" for key in result if key not in RESULT_KEYS]
    score = result.get("score")
    if score is not None:
        scaled, raw, low, high = (score.get(k) for k in ("scaled", "raw", "min", "max"))
        if scaled is not None and not (isinstance(scaled, (int, float)) and -1 <= scaled <= 1):
            out.append(f"result.score.scaled must be a number in [-1, 1], not {scaled!r}")
        if low is not None and high is not None and not low < high:
            out.append("result.score.min must be less than max")
        if raw is not None and ((low is not None and raw < low) or (high is not None and raw > high)):
            out.append(f"result.score.raw {raw} must lie between min and max")
    for flag in ("success", "completion"):
        if flag in result and not isinstance(result[flag], bool):
            out.append(f"result.{flag} must be true or false")
    if "response" in result and not isinstance(result["response"], str):
        out.append("result.response must be a string")
    if "extensions" in result:
        out += _extensions(result["extensions"], "result.extensions")
    return out


def _context(context: Any) -> list[str]:
    if not isinstance(context, dict):
        return ["context must be an object"]
    out = [f"context has an unknown property {key!r}" for key in context if key not in CONTEXT_KEYS]
    if "registration" in context and not UUID.match(str(context["registration"])):
        out.append("context.registration must be a UUID")
    if "language" in context and not LANGUAGE_TAG.match(str(context["language"])):
        out.append("context.language must be an RFC 5646 tag")
    if "extensions" in context:
        out += _extensions(context["extensions"], "context.extensions")
    for kind, activities in (context.get("contextActivities") or {}).items():
        if kind not in ("parent", "grouping", "category", "other"):
            out.append(f"context.contextActivities has an unknown key {kind!r}")
        for index, item in enumerate(activities if isinstance(activities, list) else [activities]):
            out += _activity(item, f"context.contextActivities.{kind}[{index}]")
    return out


def problems(statement: dict[str, Any]) -> list[str]:
    out = [f"unknown top-level property {key!r}" for key in statement if key not in STATEMENT_KEYS]
    if not UUID.match(str(statement.get("id", ""))):
        out.append(f"id must be a lower-case UUID, not {statement.get('id')!r}")
    out += _agent(statement.get("actor"))
    verb = statement.get("verb")
    if not isinstance(verb, dict) or not IRI.match(str(verb.get("id", ""))):
        out.append("verb.id must be an IRI")
    else:
        out += _language_map(verb.get("display"), "verb.display")
    out += _activity(statement.get("object"), "object")
    if "result" in statement:
        out += _result(statement["result"])
    if "context" in statement:
        out += _context(statement["context"])
    stamp = statement.get("timestamp")
    if stamp is not None:
        if not isinstance(stamp, str) or not TIMESTAMP.match(stamp):
            out.append(f"timestamp must be an ISO 8601 time with a timezone, not {stamp!r}")
        else:
            datetime.fromisoformat(stamp)
    if statement.get("version") != "1.0.3":
        out.append(f"version must be 1.0.3, not {statement.get('version')!r}")
    return out
