"""Report sections: what a statement is about (security, humanitarian, human rights, political).

A sentence goes to the section whose cues weigh most. The cues (``data/section_cues.tsv``, each with
a weight and why) are word beginnings, so "shelled", "shelling" and "shells" all match ``shell``;
their weights make what an event *is* decide over words every section shares: a flood's toll is
humanitarian (``flood`` 4 against ``killed`` 1), a hunger strike is about a prisoner's rights
(``hunger strike`` 5 against ``hunger`` 2), a ceasefire deal is political. A phrase cue that
contains a shorter cue of another section replaces it (the shorter one is not counted).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

#: The report's sections, in the order they are shown (and ties are broken).
SECTIONS: tuple[str, ...] = ("security", "humanitarian", "human rights", "political")


@dataclass(frozen=True, slots=True)
class Cue:
    section: str
    cue: str
    weight: float


@cache
def cues() -> tuple[Cue, ...]:
    """The section cue lexicon, longest cues first."""
    text = resources.files("groundwatch").joinpath("data/section_cues.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    out = [Cue(r["section"], r["cue"].lower(), float(r["weight"])) for r in rows]
    unknown = {c.section for c in out} - set(SECTIONS)
    if unknown:
        raise ValueError(f"section_cues.tsv: unknown sections {sorted(unknown)}")
    return tuple(sorted(out, key=lambda c: -len(c.cue)))


@cache
def _pattern(cue: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(cue).replace(r"\ ", r"\s+"))


def scores(sentence: str) -> dict[str, float]:
    """Each section's cue weight in ``sentence``; a span matched by a longer cue is not matched again."""
    low = sentence.lower()
    taken: list[tuple[int, int]] = []
    out = dict.fromkeys(SECTIONS, 0.0)
    for c in cues():
        for m in _pattern(c.cue).finditer(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            out[c.section] += c.weight
    return out


def classify(sentence: str) -> str | None:
    """The report section of a sentence, or None when no cue matches."""
    sc = scores(sentence)
    best = max(sc.values())
    if best <= 0:
        return None
    return next(s for s in SECTIONS if sc[s] == best)
