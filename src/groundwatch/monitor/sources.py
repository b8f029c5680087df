"""What the monitor watches: sources named on the command line or in a sources file (TOML).

A source is a folder (new or changed files, WARC files included), a feed URL (RSS/Atom) or a
page URL. A URL given on the command line is ``url`` until its first fetch tells a feed from a
page; a sources file may say which it is. A sources file looks like::

    [[source]]
    name = "harbour-post"                      # optional; stable, it keys what was seen
    url = "https://harbour.example/feed.xml"   # or: path = "incoming/"
    kind = "feed"                              # optional: feed | page | folder
    outlet = "The Harbour Post"                # optional: given to every article of the source
    language = "en"                            # optional
    every = "30m"                              # optional: polling interval (default: --every)

Unknown keys are an error, as in the settings file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from groundwatch.errors import ConfigError

KINDS = ("folder", "feed", "page", "url")
_KEYS = {"name", "url", "path", "kind", "outlet", "language", "every"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True, slots=True)
class Source:
    """One watched source."""

    name: str  # stable key: what was seen from it is stored under it
    kind: str  # folder | feed | page | url
    location: str  # a path (folder) or an http(s) URL
    outlet: str | None = None
    language: str | None = None
    every: float | None = None  # seconds between polls; None: the watch's own interval

    @property
    def is_url(self) -> bool:
        return self.kind != "folder"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "location": self.location, "outlet": self.outlet,
                "language": self.language, "every": self.every}


def parse_duration(text: str) -> float:
    """Seconds in ``15m``, ``90s``, ``2h``, ``1d`` or a bare number of seconds.

    Raises:
        ConfigError: not a positive duration.
    """
    m = _DURATION.match(str(text))
    if not m or float(m.group(1)) <= 0:
        raise ConfigError(f"not a duration: {text!r} (use e.g. 90s, 15m, 2h, 1d)")
    return float(m.group(1)) * _UNIT_SECONDS[m.group(2)]


def _url_name(url: str) -> str:
    parts = urlsplit(url)
    tail = parts.path.strip("/")
    return _SLUG.sub("-", f"{parts.hostname or 'url'}{(parts.port and f'-{parts.port}') or ''}"
                          f"{'-' + tail if tail else ''}").strip("-")[:80]


def from_argument(arg: str) -> Source:
    """A source named on the command line: an http(s) URL or an existing path.

    Raises:
        ConfigError: neither an http(s) URL nor an existing file or folder.
    """
    scheme = urlsplit(arg).scheme.lower()
    if scheme in ("http", "https"):
        return Source(name=_url_name(arg), kind="url", location=arg)
    if scheme and len(scheme) > 1:
        raise ConfigError(f"{arg}: only http and https URLs can be watched")
    path = Path(arg)
    if not path.exists():
        raise ConfigError(f"{arg}: no such file or folder")
    return Source(name=str(path.resolve()), kind="folder", location=str(path.resolve()))


def _entry(raw: Any, origin: str, n: int) -> Source:
    if not isinstance(raw, dict):
        raise ConfigError(f"{origin}: [[source]] {n} is not a table")
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise ConfigError(f"{origin}: [[source]] {n}: unknown key(s) {', '.join(unknown)}")
    if ("url" in raw) == ("path" in raw):
        raise ConfigError(f"{origin}: [[source]] {n} needs exactly one of url and path")
    base = from_argument(str(raw.get("url") or Path(origin).parent / str(raw["path"])))
    kind = str(raw.get("kind") or base.kind)
    if kind not in KINDS or (kind == "folder") != (base.kind == "folder"):
        raise ConfigError(f"{origin}: [[source]] {n}: kind {kind!r} does not fit {base.location}")
    every = parse_duration(str(raw["every"])) if "every" in raw else None
    name = str(raw.get("name") or base.name)
    return Source(name=name, kind=kind, location=base.location, outlet=raw.get("outlet"),
                  language=raw.get("language"), every=every)


def load_sources(path: str | Path) -> list[Source]:
    """The sources of a sources file (see the module docstring).

    Raises:
        ConfigError: unreadable or malformed file, an unknown key, a repeated name.
    """
    try:
        doc = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read sources file {path}: {exc}") from exc
    extra = sorted(set(doc) - {"source"})
    if extra:
        raise ConfigError(f"{path}: unknown section(s) {', '.join(extra)} (expected [[source]])")
    raw = doc.get("source", [])
    if not isinstance(raw, list):
        raise ConfigError(f"{path}: use [[source]] tables")
    return unique([_entry(r, str(path), n) for n, r in enumerate(raw, start=1)])


def unique(sources: list[Source]) -> list[Source]:
    """``sources`` with repeated names refused.

    Raises:
        ConfigError: two different sources under one name.
    """
    seen: dict[str, Source] = {}
    for s in sources:
        if s.name in seen and seen[s.name] != s:
            raise ConfigError(f"two sources are named {s.name!r}")
        seen[s.name] = s
    return list(seen.values())
