"""The event taxonomy: ACLED's 25 sub-event types plus five more, read from data/event_types.tsv.

Each type carries its ACLED event type and disorder type (for the ACLED CSV export) and its PLOVER
category, so one code is enough to fill every column a coder expects.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True, slots=True)
class EventType:
    """One event type (e.g. ``AIR_STRIKE``), as the shipped taxonomy defines it."""

    code: str
    event_type: str  # ACLED event type, e.g. "Explosions/Remote violence"; "Other" outside ACLED
    disorder_type: str
    plover: str
    name: str  # ACLED sub-event type, e.g. "Air/drone strike"
    description: str


@functools.lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """Every event type by code, in the taxonomy's order."""
    text = resources.files("groundwatch").joinpath("data/event_types.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    return {r["code"]: EventType(**{k: r[k] for k in EventType.__slots__}) for r in rows}
