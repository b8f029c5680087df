"""Report sections by what a statement is about, measured on labelled sentences we wrote ourselves."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from groundwatch.stages import sections

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: Floors per section on tests/fixtures/sections.tsv (120 invented sentences, 30 a section), rules
#: only: the lexicon was written alongside the sample, so these guard against regressions, not
#: measure generality (measured 1.0 / 1.0 / 0.967 / 1.0 when set; floors leave one sentence of slack).
RULE_FLOOR = 0.93
#: Floor on tests/fixtures/sections_heldout.tsv (24 sentences written after the cue lexicon was fixed),
#: cues + MiniLM: measured 17/24 = 0.71 (rules alone 13/24, the old keyword rule 9/24); one of slack.
#: Three of the misses are cue-less sentences MIN_SIMILARITY leaves out of every section on purpose.
HELDOUT_FLOOR = 0.66


def _rows(name: str) -> list[tuple[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8") as fh:
        return [(r["section"].replace("_", " "), r["sentence"]) for r in csv.DictReader(fh, delimiter="\t")]


def _accuracy(rows: list[tuple[str, str]], predicted: list[str | None]) -> dict[str, float]:
    right, seen = Counter[str](), Counter[str]()
    for (gold, _), pred in zip(rows, predicted, strict=True):
        seen[gold] += 1
        right[gold] += pred == gold
    return {s: right[s] / seen[s] for s in seen}


def test_the_sample_covers_every_section() -> None:
    counts = Counter(gold for gold, _ in _rows("sections.tsv"))
    assert set(counts) == set(sections.SECTIONS)
    assert min(counts.values()) >= 25


def test_rules_per_section_accuracy_on_the_labelled_sample() -> None:
    rows = _rows("sections.tsv")
    acc = _accuracy(rows, sections.classify_many([s for _, s in rows], embeddings=False))
    print("sections.tsv accuracy per section (rules):", {k: round(v, 3) for k, v in sorted(acc.items())})
    assert all(v >= RULE_FLOOR for v in acc.values()), acc


@pytest.mark.slow
def test_rules_and_minilm_on_the_held_out_sample() -> None:
    rows = _rows("sections_heldout.tsv")
    predicted = sections.classify_many([s for _, s in rows])
    acc = _accuracy(rows, predicted)
    overall = sum(p == g for (g, _), p in zip(rows, predicted, strict=True)) / len(rows)
    print("sections_heldout.tsv accuracy per section:", {k: round(v, 3) for k, v in sorted(acc.items())},
          "overall", round(overall, 3))
    assert overall >= HELDOUT_FLOOR


def test_what_an_event_is_outweighs_words_every_section_shares() -> None:
    assert sections.classify("A mudslide killed nine villagers and buried their homes.") == "humanitarian"
    assert sections.classify("The poet has been on hunger strike in his cell for a month.") == "human rights"
    assert sections.classify("Gunmen killed nine villagers and burned their homes.") == "security"
    assert sections.classify("The weather was mild.") is None
    assert sections.classify_many(["The weather was mild.", "Subscribe to our newsletter."]) == [None, None]


def test_every_cue_says_why_and_weighs_something() -> None:
    import importlib.resources

    text = importlib.resources.files("groundwatch").joinpath("data/section_cues.tsv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    assert len(rows) == len(sections.cues())
    for r in rows:
        assert r["why"].strip() and float(r["weight"]) > 0 and r["cue"] == r["cue"].strip().lower(), r
    assert len({(r["section"], r["cue"]) for r in rows}) == len(rows)


def test_scores_skip_only_cues_that_cannot_match() -> None:
    """The first-word test before each cue's regex changes no score: every cue, searched by regex alone."""
    from groundwatch.stages.sections import SECTIONS, _pattern, cues, scores

    def by_regex(sentence: str) -> dict[str, float]:
        low, taken, out = sentence.lower(), [], dict.fromkeys(SECTIONS, 0.0)
        for c in cues():
            for m in _pattern(c.cue).finditer(low):
                if not any(m.start() < e and s < m.end() for s, e in taken):
                    taken.append(m.span())
                    out[c.section] += c.weight
        return out

    sentences = [c.cue.replace(" ", "\n ") + " near Velmora, the Tarsk council said." for c in cues()]
    sentences += ["Gunmen attacked a convoy near Orvane; aid workers fled and the ceasefire talks stalled.",
                  "The Brennick ministry said nothing.", "", "Pre-attack, counter-offensive, re-elected."]
    for sentence in sentences:
        assert scores(sentence) == by_regex(sentence)
