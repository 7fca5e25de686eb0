"""Where a team's statements go: the LRS settings and a small xAPI client on the standard library.

Settings come from the `[lrs]` table of `settings.toml` in the data dir, and
`DOJO_LRS_ENDPOINT`, `DOJO_LRS_USERNAME`, `DOJO_LRS_PASSWORD`, `DOJO_LRS_HOMEPAGE`
and `DOJO_LRS_TURNS` override it. The password is never printed: `repr`, `str`
and every error message leave it out, and a settings file that holds one is kept
readable by its owner only.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from dojo.paths import data_dir as default_data_dir
from dojo.transcript.xapi import IRI, XAPI_VERSION

SETTINGS_FILE = "settings.toml"
ENV = {"endpoint": "DOJO_LRS_ENDPOINT", "username": "DOJO_LRS_USERNAME", "password": "DOJO_LRS_PASSWORD",
       "homepage": "DOJO_LRS_HOMEPAGE", "turns": "DOJO_LRS_TURNS"}
TIMEOUT = 10.0
#: Statements per POST: well under what LRSs accept in one request.
BATCH = 100


class LrsError(Exception):
    """The LRS could not be reached or refused the request; the message never holds a credential."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


def shown_url(url: str) -> str:
    """The URL without any user:password@ part, for messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


@dataclass(frozen=True)
class LrsSettings:
    endpoint: str | None = None
    username: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    homepage: str = IRI
    #: Also send one `responded` statement per scored turn.
    turns: bool = False

    @property
    def enabled(self) -> bool:
        return bool(self.endpoint)

    @property
    def statements_url(self) -> str:
        assert self.endpoint
        base = self.endpoint.rstrip("/")
        return base if base.endswith("/statements") else base + "/statements"

    def __repr__(self) -> str:
        credentials = "set" if self.username or self.password else "none"
        shown = shown_url(self.endpoint) if self.endpoint else None
        return f"LrsSettings(endpoint={shown!r}, credentials={credentials}, homepage={self.homepage!r}, " \
               f"turns={self.turns})"

    __str__ = __repr__


def _flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _keep_private(path: Path) -> None:
    """A settings file holding a password is tightened to owner read/write (0600)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700 | 0o600)
    except OSError:
        pass


def load_lrs_settings(root: Path | None = None, environ: dict[str, str] | None = None) -> tuple[LrsSettings, str | None]:
    """The LRS settings and a one-line warning when the settings file could not be read."""
    environ = dict(os.environ) if environ is None else environ
    path = (root if root is not None else default_data_dir()) / SETTINGS_FILE
    table: dict[str, Any] = {}
    warning = None
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        found = raw.get("lrs", {})
        if isinstance(found, dict):
            table = found
        else:
            warning = f"{path}: [lrs] must be a table; ignoring it"
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        warning = f"{path}: could not read the LRS settings ({type(err).__name__}); using the environment only"
    if table.get("password"):
        _keep_private(path)
    values: dict[str, Any] = {key: table.get(key) for key in ENV}
    for key, name in ENV.items():
        if environ.get(name):
            values[key] = environ[name]
    return LrsSettings(endpoint=_text(values["endpoint"]), username=_text(values["username"]),
                       password=_text(values["password"]), homepage=_text(values["homepage"]) or IRI,
                       turns=_flag(values["turns"] or False)), warning


def _text(value: object) -> str | None:
    """A setting's text, or None when it is missing or blank."""
    return (str(value).strip() or None) if value is not None else None


class LrsClient:
    """POST and GET statements over HTTP Basic with `urllib`; nothing else."""

    def __init__(self, settings: LrsSettings, timeout: float = TIMEOUT):
        if not settings.enabled:
            raise LrsError("no LRS endpoint is set (DOJO_LRS_ENDPOINT or [lrs] endpoint in settings.toml)")
        self.settings = settings
        self.timeout = timeout
        self.url = settings.statements_url
        self.shown = shown_url(self.url)

    def _headers(self) -> dict[str, str]:
        headers = {"X-Experience-API-Version": XAPI_VERSION, "Content-Type": "application/json",
                   "Accept": "application/json"}
        if self.settings.username is not None or self.settings.password is not None:
            pair = f"{self.settings.username or ''}:{self.settings.password or ''}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        return headers

    def _request(self, method: str, url: str, body: Any = None) -> tuple[int, bytes]:
        import urllib.error  # here, not at the top: `dojo` starts without loading the HTTP stack
        import urllib.request

        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(url, data=data, method=method, headers=self._headers())
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as err:
            with err:
                detail = err.read(300).decode("utf-8", "replace").strip().replace("\n", " ")
            raise LrsError(f"{self.shown} answered {err.code} {err.reason}" + (f": {detail}" if detail else ""),
                           status=err.code) from None
        except urllib.error.URLError as err:
            raise LrsError(f"{self.shown} is unreachable: {getattr(err.reason, 'strerror', None) or err.reason}") \
                from None
        except (TimeoutError, OSError) as err:
            raise LrsError(f"{self.shown} is unreachable: {err.strerror or type(err).__name__}") from None

    def send(self, statements: list[dict[str, Any]]) -> int:
        """Store `statements`; those the LRS already holds count as delivered. Returns how many were sent."""
        for start in range(0, len(statements), BATCH):
            batch = statements[start:start + BATCH]
            try:
                self._request("POST", self.url, batch)
            except LrsError as err:
                if err.status != 409:
                    raise
                # Some ids are already stored: put each one by id, so the new ones still land.
                for statement in batch:
                    self.put(statement)
        return len(statements)

    def put(self, statement: dict[str, Any]) -> None:
        """Store one statement by id; 409 (already stored) counts as delivered."""
        url = f"{self.url}?{urlencode({'statementId': statement['id']})}"
        try:
            self._request("PUT", url, statement)
        except LrsError as err:
            if err.status != 409:
                raise

    def statements(self, since: str | None = None, limit: int = 500) -> Iterator[dict[str, Any]]:
        """Every statement stored since `since` (ISO-8601), following the LRS's `more` links."""
        query: dict[str, str] = {"limit": str(limit)}
        if since:
            query["since"] = since
        url: str | None = f"{self.url}?{urlencode(query)}"
        seen: set[str] = set()
        while url:
            if url in seen:
                raise LrsError(f"{self.shown} returned the same `more` link twice")
            seen.add(url)
            _status, body = self._request("GET", url)
            try:
                page = json.loads(body)
                found = page["statements"]
            except (ValueError, KeyError, TypeError):
                raise LrsError(f"{self.shown} did not return a statement result") from None
            yield from found
            more = page.get("more") or None
            url = urljoin(self.url, more) if more and found else None
