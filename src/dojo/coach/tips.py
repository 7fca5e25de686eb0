"""The coach's tips: what a better reply would have done, kept as TOML data beside the scoring."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class TipsError(Exception):
    """The tips file is broken; the message names the file and the problem."""


class TipsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    schema_: int = Field(alias="schema")
    tips: dict[str, str]


@dataclass(frozen=True)
class Tips:
    by_key: dict[str, str]

    def tip(self, code: str, kind: str | None = None) -> str:
        """The most specific tip: `code.kind`, else `code`, else empty."""
        if kind and f"{code}.{kind}" in self.by_key:
            return self.by_key[f"{code}.{kind}"]
        return self.by_key.get(code, "")


def parse_tips(text: str, label: str) -> Tips:
    try:
        data = TipsFile.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as err:
        raise TipsError(f"{label}: invalid TOML: {err}") from None
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise TipsError(f"{label}: {where}: {first['msg']}") from None
    return Tips(dict(data.tips))


@lru_cache(maxsize=1)
def default_tips() -> Tips:
    text = resources.files("dojo.coach").joinpath("tips.toml").read_text(encoding="utf-8")
    return parse_tips(text, "dojo/coach/tips.toml")
