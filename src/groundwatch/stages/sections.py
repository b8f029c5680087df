"""Report sections: what a statement is about (security, humanitarian, human rights, political).

A sentence goes to the section whose cues weigh most. The cues (``data/section_cues.tsv``, each with
a weight and why) are word beginnings, so "shelled", "shelling" and "shells" all match ``shell``;
their weights make what an event *is* decide over words every section shares: a flood's toll is
humanitarian (``flood`` 4 against ``killed`` 1), a hunger strike is about a prisoner's rights
(``hunger strike`` 5 against ``hunger`` 2), a ceasefire deal is political. A phrase cue that
contains a shorter cue of another section replaces it (the shorter one is not counted).

Where the cues tie or none matches, :func:`classify_many` adds MiniLM similarity
(``groundwatch.stages.embedding``) to each section's descriptions (``data/section_prototypes.tsv``):
"the chancellor will visit the region" names no cue but reads as politics. Only those sentences are
embedded, so the report stays fast.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from groundwatch.stages.embedding import embed_matrix

#: Weight of a section's MiniLM similarity (0..1) against cue weights (1..5): enough to break a tie
#: or to place a cue-less sentence. On the 24-sentence held-out sample (tests/fixtures/
#: sections_heldout.tsv), with every sentence forced into a section, weights 1, 2 and 4 all scored
#: 19/24 (rules alone 13/24); 2 is the middle of that plateau. With MIN_SIMILARITY: 17/24. The
#: 120-sentence sample stays at 119/120.
SIMILARITY_WEIGHT = 2.0
#: A sentence with no cue joins a section only when it is this similar to one of its descriptions.
#: Six invented off-topic sentences (weather, sport, newsletter lines) reached 0.25 at most, and the
#: held-out sample's cue-less sentences 0.21-0.34: 0.3 keeps every off-topic one out.
MIN_SIMILARITY = 0.3

#: Undecided sentences :func:`classify_lazily` encodes at its first MiniLM call (then twice as many at
#: each next one): one forward pass's batch (embedding.BATCH_SIZE). Not tuned.
LAZY_FIRST = 32

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


@cache
def _compiled() -> tuple[tuple[Cue, str, re.Pattern[str]], ...]:
    """Each cue with its first word as written (a match contains it) and its pattern."""
    return tuple((c, c.cue.split(" ", 1)[0], _pattern(c.cue)) for c in cues())


def scores(sentence: str) -> dict[str, float]:
    """Each section's cue weight in ``sentence``; a span matched by a longer cue is not matched again."""
    low = sentence.lower()
    taken: list[tuple[int, int]] = []
    out = dict.fromkeys(SECTIONS, 0.0)
    for c, first, pattern in _compiled():
        # A cue whose first word is nowhere in the sentence cannot match: a substring test instead of
        # a regex search (239 cues per report line).
        if first not in low:
            continue
        for m in pattern.finditer(low):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            out[c.section] += c.weight
    return out


def _best(sc: dict[str, float]) -> str | None:
    """The highest-scoring section (ties: the earlier one), None when nothing scored."""
    best = max(sc.values())
    if best <= 0:
        return None
    return next(s for s in SECTIONS if sc[s] == best)


def classify(sentence: str) -> str | None:
    """The report section of a sentence by its cues alone, or None when no cue matches."""
    return _best(scores(sentence))


@cache
def _prototypes() -> tuple[tuple[str, ...], np.ndarray]:
    """Each description's section, and the descriptions' unit vectors as the rows of one matrix."""
    text = resources.files("groundwatch").joinpath("data/section_prototypes.tsv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    return tuple(r["section"] for r in rows), embed_matrix([r["description"] for r in rows])


def clear_cache() -> None:
    """Forget the descriptions' vectors (a pass that records which stored vectors it reads starts
    with every cache empty, :func:`groundwatch.api.prune_caches`)."""
    _prototypes.cache_clear()


def _similarities(sentences: Sequence[str]) -> list[dict[str, float]]:
    """Each sentence's best cosine to each section's descriptions (0 for a section without one)."""
    names, prototypes = _prototypes()
    if not sentences:
        return []
    # one matrix product instead of a Python loop over 384 floats per sentence and description
    dots = embed_matrix(list(sentences)) @ prototypes.T
    out = []
    for row in dots.tolist():
        sims = dict.fromkeys(SECTIONS, 0.0)
        for name, value in zip(names, row, strict=True):
            sims[name] = max(sims[name], value)
        out.append(sims)
    return out


def _undecided(sc: dict[str, float]) -> bool:
    top = sorted(sc.values(), reverse=True)
    return top[0] <= 0 or top[0] == top[1]


def _decided(sc: dict[str, float], sims: dict[str, float]) -> str | None:
    """The section of an undecided sentence, its cue scores ``sc`` and similarities ``sims`` added."""
    if max(sc.values()) <= 0 and max(sims.values()) < MIN_SIMILARITY:
        return _best(sc)
    return _best({k: sc[k] + SIMILARITY_WEIGHT * sims[k] for k in SECTIONS})


def classify_many(sentences: Sequence[str], *, embeddings: bool = True) -> list[str | None]:
    """The section of each sentence: cues, and MiniLM similarity where the cues tie or are absent."""
    all_scores = [scores(s) for s in sentences]
    out: list[str | None] = [_best(sc) for sc in all_scores]
    todo = [i for i, sc in enumerate(all_scores) if _undecided(sc)] if embeddings else []
    for i, sims in zip(todo, _similarities([sentences[i] for i in todo]), strict=True):
        out[i] = _decided(all_scores[i], sims)
    return out


def classify_lazily(sentences: Sequence[str], first: int | None = None) -> Iterator[str | None]:
    """:func:`classify_many`'s sections, one at a time: a caller that stops reading early (the report,
    once each section has its lines) never encodes the sentences it did not reach. When it reaches
    an undecided sentence not encoded yet, that one and the next undecided ones are encoded together:
    ``first`` of them (:data:`LAZY_FIRST`), then twice as many each time."""
    all_scores = [scores(s) for s in sentences]
    todo = [i for i, sc in enumerate(all_scores) if _undecided(sc)]
    decided: dict[int, str | None] = {}
    at, size = 0, first or LAZY_FIRST
    for i, sc in enumerate(all_scores):
        if not _undecided(sc):
            yield _best(sc)
            continue
        if i not in decided:
            chunk, at, size = todo[at:at + size], at + size, size * 2
            for j, sims in zip(chunk, _similarities([sentences[j] for j in chunk]), strict=True):
                decided[j] = _decided(all_scores[j], sims)
        yield decided.pop(i)
