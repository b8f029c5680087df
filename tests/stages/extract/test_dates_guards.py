"""The speed guards of the dates regexes (issue 12) change no match.

``dates_candidates._PATTERN_RE`` opens on a guard saying where a hit can start, and
``dates_offsets.COUNT_RE`` groups the count words behind lookaheads on their first letters; both only
let the regex engine give up sooner. These tests hold them to the regexes without the guards, on the invented
stress texts of the dates extractor and on invented lines made to sit at the guards' edges.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from groundwatch.stages.extract import dates_candidates
from groundwatch.stages.extract.dates_offsets import COUNT_RE, COUNTS

STRESS = Path(__file__).resolve().parents[2] / "fixtures" / "dates_stress.json"

#: Invented lines at the guards' edges: line starts, brackets, hyphens, digits glued to words, capitals.
EDGES = [
    "14:05 — The river at Varn crested overnight\n09:10 Rescuers reached the school in Pell",
    "  11:20 BST\nThe army opened a shelter near Torvik on the ridge\n[10:15] Rescue boats left Sarn at dawn",
    "mid-June, xMonday, 5Monday, -March, re-Tuesday, the 20th. On the 3rd, since March 2031",
    "TWO WEEKS FROM TODAY, Three Fridays ago, FORTY-TWO days after the blast, A week on Monday",
    "at 21:00 local time, by 9:45, year to August, 19-Sep-2031, 2031-03-09T10:00, 2031/12/02, 03.09.2031",
    "Seventy seven days into the siege; a couple of weeks after the vote; twelve months later",
]


def _unguarded() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in dates_candidates._PATTERNS))


def _hits(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_candidate_guard_finds_the_same_hits() -> None:
    cases = json.loads(STRESS.read_text(encoding="utf-8"))["cases"]
    texts = [c["text"] for c in cases] + EDGES
    plain = _unguarded()
    guarded = dates_candidates._PATTERN_RE
    assert sum(len(_hits(guarded, t)) for t in texts) > len(texts) // 2  # the texts do exercise it
    for text in texts:
        assert _hits(guarded, text) == _hits(plain, text), text


@pytest.mark.parametrize("form", [str.lower, str.title, str.upper])
def test_count_groups_keep_every_count_word(form: Callable[[str], str]) -> None:
    words = sorted(COUNTS, key=len, reverse=True)
    plain = re.compile("(?i:(?:" + "|".join(words) + r"|\d{1,3}))")
    guarded = re.compile(f"(?i:{COUNT_RE})")
    for word in [*words, "7", "42", "365"]:
        text = form(word)
        assert guarded.fullmatch(text), text
        assert guarded.match(text + " days").span() == plain.match(text + " days").span()
    assert re.fullmatch(COUNT_RE, "seventy-three")
    assert not re.fullmatch(COUNT_RE, "Seventy")  # case-sensitive where the caller is
