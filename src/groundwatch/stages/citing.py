"""Whether a sentence carries a value: the checks shared by the report (merging lines) and the audit.

A citation holds when the cited sentence states the statement's value: the same number in any
written form ("1,200", "1.2 million", "twelve", a range's bound), enough of the same words.
"""

from __future__ import annotations

from groundwatch.stages.extract.figures_numbers import find_number_phrases
from groundwatch.stages.report import _words

#: A quote or line is carried by a sentence when this share of its content words (or of the
#: sentence's, if shorter: a long quote runs over several sentences) is in the sentence. The same
#: bar the report uses to merge two sentences as one (report.SAME_SENTENCE_OVERLAP), so a line the
#: report merges passes and a sentence sharing a few words with it does not.
WORDS_OVERLAP = 0.6
#: Two numbers are the same value when they differ by less than this share: floating-point slack
#: ("1.2 million" read as 1200000.0000001), not tuned.
NUMBER_TOLERANCE = 1e-6
#: Numbers below this are not a line's value: "one" is mostly a pronoun or article ("one of the",
#: "no one"). Not tuned.
MIN_LINE_NUMBER = 2


def carries_number(sentence: str, value: float) -> bool:
    """Whether ``sentence`` states ``value`` in any written form (digits, words, scale words, a range)."""
    for p in find_number_phrases(sentence):
        for v in (p.value, p.low, p.high):
            if v is not None and abs(v - value) <= NUMBER_TOLERANCE * max(1.0, abs(value)):
                return True
    return False


def carries_words(sentence: str, text: str) -> bool:
    """Whether ``sentence`` carries ``text``: the share :data:`WORDS_OVERLAP` of the smaller word set."""
    a, b = _words(text), _words(sentence)
    if not a:
        return text.strip().lower() in sentence.lower()
    return bool(b) and len(a & b) / min(len(a), len(b)) >= WORDS_OVERLAP


def line_numbers(text: str) -> list[float]:
    """The values a line states: each number phrase's value, or a range's bounds (vague words skipped)."""
    out: list[float] = []
    for p in find_number_phrases(text):
        if p.qualifier == "vague":
            continue
        vals = [p.value] if p.value is not None else [p.low, p.high]
        out += [v for v in vals if v is not None and v >= MIN_LINE_NUMBER]
    return out


def same_values(line: str, sentence: str) -> bool:
    """Whether ``sentence`` states every number of ``line`` (a merged line may cite it)."""
    return all(carries_number(sentence, v) for v in line_numbers(line))
