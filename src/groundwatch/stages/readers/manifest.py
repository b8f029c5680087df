"""Manifest reader: metadata that overrides what the documents say about themselves.

Format (``manifest.json``)::

    {"articles": [
        {"file": "c01/02_harbour.txt", "outlet": "The Harbour Post", "published": "2031-03-04",
         "url": "https://...", "language": "en", "title": "optional"},
        {"file": "feeds/tessel.rss#2", "published": "2031-03-05"}
    ]}

A bare list of entries is accepted too. ``file`` is relative to the manifest's folder;
``<file>#<n>`` addresses the n-th document of a container (feed item, JSON(L) record,
WARC response; ``#<n>.<i>`` the i-th article of a JSON Lines line holding several) and
takes precedence over an entry for the container file, whose values
apply to all its documents. ``null`` (or a missing key) means "not given": the
document's own value is used.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from groundwatch.stages.readers.metadata import (
    ReaderError,
    clean_str,
    normalise_language,
    parse_date,
    read_capped,
)
from groundwatch.stages.readers.text import decode_bytes

MANIFEST_NAME = "manifest.json"
FIELDS = ("title", "outlet", "url", "language", "published")


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """The values one manifest entry gives (None: not given)."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: dt.date | None = None

    def get(self, name: str) -> Any:
        return getattr(self, name)


@dataclass(frozen=True, slots=True)
class Manifest:
    """Entries keyed by ``real path`` or ``real path#n``, plus what was wrong in the file."""

    source: str
    entries: Mapping[str, ManifestEntry]
    problems: tuple[str, ...] = ()

    def lookup(self, real_path: str, n: int | str | None) -> tuple[ManifestEntry | None, ManifestEntry | None]:
        """The entry for the document ``n`` of a file, and the one for the whole file."""
        item = self.entries.get(f"{real_path}#{n}") if n is not None else None
        return item, self.entries.get(real_path)


def real_key(path: str | Path) -> str:
    """The key a file is known by in a manifest: its real, absolute path."""
    return os.path.realpath(path)


def load_manifest(path: Path, exists: Callable[[Path], bool] = Path.exists) -> Manifest:
    """Read a manifest file.

    Args:
        path: the ``manifest.json``.
        exists: whether a listed file exists (a manifest copied from a URL folder is checked
            against that folder's listing, not against the disk it was copied to).

    Returns:
        The entries; a bad entry is skipped (or a bad value dropped) and described in
        ``problems``, never raised.

    Raises:
        ReaderError: the file is not a JSON manifest at all.
        OSError: it cannot be read.
    """
    text = decode_bytes(read_capped(path))
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReaderError(f"malformed manifest JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
                          ) from exc
    rows = value.get("articles") if isinstance(value, dict) else value
    if not isinstance(rows, list):
        raise ReaderError("not a manifest: expected {\"articles\": [...]} or a list of entries")
    base = path.parent
    entries: dict[str, ManifestEntry] = {}
    problems: list[str] = []
    for i, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not isinstance(row.get("file"), str) or not row["file"].strip():
            problems.append(f"manifest entry {i}: no 'file' name")
            continue
        name, _, suffix = row["file"].strip().partition("#")
        target = base / name
        if not exists(target):
            problems.append(f"manifest entry {i}: listed file {name} does not exist")
            continue
        values: dict[str, Any] = {}
        for field in FIELDS:
            raw = row.get(field)
            if raw is None or raw == "":
                continue
            if field == "published":
                parsed: Any = parse_date(raw)
            elif field == "language":
                parsed = normalise_language(raw)
            else:
                parsed = clean_str(raw)
            if parsed is None:
                problems.append(f"manifest entry {i} ({name}): unusable {field} value {raw!r}, ignored")
                continue
            values[field] = parsed
        key = real_key(target) + (f"#{suffix}" if suffix else "")
        entries[key] = ManifestEntry(**values)
    return Manifest(source=str(path), entries=entries, problems=tuple(problems))
