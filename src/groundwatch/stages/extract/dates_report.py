"""Dates: the day a report was made, and the days it speaks of.

Three rules for news that retells an earlier report:

* **A date between a saying verb and its clause's subject is the saying's.** "The board said on
  Monday it expected the bridge to reopen": the parser hangs "on Monday" on "expected", a verb of
  planning, and the day was put ahead. Written before the clause's subject, the date belongs to the
  past saying (:func:`fronted_on_saying`).
* **A plan told in a past report counts from the report's day.** "The port authority said in May it
  expected the cranes to arrive in August", published the next March: August is the first August
  after May, not the one ahead of the publication day (:func:`report_day`). Months and month-days
  only: a weekday planned in a past report is left to the weekday rules.
* **A bare month after "<Month> <year>" in the same sentence keeps that year.** "would take the seat
  in January 2028, face a special election in November": the later month is that year's, when no
  other date stands between them (:func:`carry_sentence_year`).
* **A bare month told in the past in a scene set years back keeps the scene's year.** "The plant
  closed in 2015. In March, its workers marched on the town hall": the March of 2015, when the
  month's sentence is past, names no other date, and the scene's year ("in 2015", "the summer of
  2019") stands at most ``SCENE_YEAR_SENTENCES`` before it in the same paragraph (:func:`carry_scene_year`).
  Re-judged on quotes-dev tune: an op-ed that set a scene years back, then opened a new paragraph on the
  present with a bare month, took the old year before the paragraph condition.

Review dreview5 (quotes-dev tune, 48 articles, 292 date mentions): 1 month after a "<Month> <year>" of
the next year took the publication year; stress batch dreview5-s13 (the brief's "said in May it
expected ... in August" and its kin: 8 dates wrong before).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from groundwatch.lexicons_dates import WEEKDAYS, lookalike_words, month_pattern
from groundwatch.lexicons_verbs import PLAN_REPORTING
from groundwatch.stages.extract.dates_context import Found
from groundwatch.stages.extract.dates_rules import Resolution, Tense, normalise, resolve_phrase

__all__ = ["carry_scene_year", "carry_sentence_year", "fronted_on_saying", "replan", "report_day"]

_MONTH = month_pattern()
_DATE_WORD = re.compile(rf"(?:{month_pattern(capitalised=True)}|{'|'.join(w.capitalize() for w in WEEKDAYS)})")
_BARE_MONTH = re.compile(rf"(?:in |by |from |until )?(?:early |mid-|late )?{_MONTH}", re.I)
_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
#: How far up the parse a planned date looks for the report that carries it: the plan's verb, the
#: planning verb above it ("expected ... to arrive"), the saying verb above that.
REPORT_STEPS = 3


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def fronted_on_saying(span: Span, verb: Token) -> Token | None:
    """The saying verb a date stands after and before its complement's subject ("said on Monday it ...")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in PLAN_REPORTING:
        return None
    head, subj = verb.head, _subject(verb)
    if head.i >= span.start or subj is None or span.end > subj.left_edge.i:
        return None
    return head


def _own_date(verb: Token, skip: Token) -> str | None:
    """The date phrase on ``verb`` itself ("said in May", "Back in May, ... promised"), not under ``skip``."""
    for child in verb.children:
        if child is skip or child.dep_ not in ("prep", "npadvmod", "advmod", "pobj"):
            continue
        for tok in child.subtree:
            if _DATE_WORD.fullmatch(tok.text) and tok.i not in range(skip.left_edge.i, skip.right_edge.i + 1):
                words = [t.text for t in tok.subtree if t.dep_ != "prep" and t.lower_ not in ("in", "on")]
                return " ".join(words)
    return None


def report_day(verb: Token, effective: dt.date) -> dt.date | None:
    """The day (or the month's first day) of the past report whose clause holds the date, if dated."""
    cur = verb
    for _ in range(REPORT_STEPS):
        if cur.dep_ not in ("ccomp", "xcomp") or cur.head is cur:
            return None
        below, cur = cur, cur.head
        if cur.tag_ != "VBD":
            continue
        phrase = _own_date(cur, below)
        if phrase is None:
            return None
        res = resolve_phrase(phrase, effective, "past")
        if res is None or res.precision not in ("day", "month"):
            return None
        day = dt.date.fromisoformat(res.date if res.precision == "day" else res.date + "-01")
        return day if day < effective else None
    return None


def replan(phrase: str, res: Resolution | None, tense: Tense, report: dt.date | None) -> Resolution | None:
    """A planned month or month-day counted from the report's day when that puts it earlier."""
    if res is None or report is None or tense != "future" or _YEAR.search(phrase):
        return res
    p = normalise(phrase)
    if not (_BARE_MONTH.fullmatch(p) or re.fullmatch(rf"(?:on |by )?{_MONTH} \d{{1,2}}", p, re.I)):
        return res
    again = resolve_phrase(phrase, report, "future")
    if again is None or again.precision != res.precision or again.date >= res.date:
        return res
    return dataclasses.replace(again, future=res.future)


def carry_sentence_year(text: str, found: list[Found], base: dt.date | None) -> None:
    """Give a bare month the year of the "<Month> <year>" just before it in its sentence, in place."""
    for i in range(1, len(found)):
        start, end, res, si = found[i]
        p_start, p_end, p_res, p_si = found[i - 1]
        if (res is None or p_res is None or res.precision != "month" or p_si != si
                or p_res.precision not in ("month", "day") or not _YEAR.search(text[p_start:p_end])
                or _YEAR.search(text[start:end]) or not _BARE_MONTH.fullmatch(normalise(text[start:end]))):
            continue
        year, month = int(p_res.date[:4]), int(p_res.date[5:7])
        if int(res.date[5:7]) <= month or int(res.date[:4]) == year:
            continue
        moved = f"{year:04d}-{res.date[5:7]}"
        future = base is not None and moved > base.isoformat()[:7]
        found[i] = (start, end, Resolution(moved, "month", future), si)


#: A year that sets a scene: after "in", "of", "during", "throughout" ("in 2015", "the summer of 2019"),
#: not one end of a range ("in 2015-16", "from 2015 to 2017"), nor "since 2015", which runs to now.
_SCENE_YEAR = re.compile(r"\b(?:in|of|during|throughout)\s+(?:(?:early|late|mid-?)\s*)?(?P<y>(?:1[89]|20)\d\d)\b"
                         r"(?!\s*(?:-|–|—|/|to\b|and\b)\s*\d)", re.I)
_SCENE_MONTH = re.compile(rf"(?:in |by |from |until |during |since )?(?:early |mid-|late )?{_MONTH}\.?", re.I)
#: The month takes the scene's year when the year stands in its sentence or at most this many before.
#: Chosen by reading: a scene's year is restated within a short paragraph. Stress batch dreview9-s17
#: (5 such months, the year 0 or 1 sentence before; 2 controls).
SCENE_YEAR_SENTENCES = 2
#: ... and only a year at least this many before the publication's: "Sales rose in 1988. In January
#: they fell", in a paper of February 1989, is as likely this January as that one's.
SCENE_YEAR_MIN_GAP = 2


def carry_scene_year(text: str, found: list[Found], base: dt.date | None, sentence_starts: dict[int, int],
                     past: Callable[[], frozenset[int]]) -> None:
    """Give a bare month told in the past the year of the scene set just before it, in place."""
    if base is None:
        return
    for i, (start, end, res, si) in enumerate(found):
        if (res is None or res.precision != "month" or res.future or _YEAR.search(text[start:end])
                or not _SCENE_MONTH.fullmatch(normalise(text[start:end]))):
            continue
        lo = sentence_starts.get(max(0, si - SCENE_YEAR_SENTENCES), 0)
        years = list(_SCENE_YEAR.finditer(text, lo, start))
        if (not years or int(years[-1]["y"]) > base.year - SCENE_YEAR_MIN_GAP
                or "\n" in text[years[-1].end():start]):  # a new paragraph leaves the scene ("That was then.")
            continue
        # a day counted from the publication in the month's sentence, or another date after the year,
        # moves the scene (a bare month between them belongs to it: "By June ..., and in July ...")
        at = years[-1].start("y")
        others = [r for s, e, r, sj in found if r is not None and s != start and r.precision in ("day", "month")
                  and ((at < s < start and (r.precision == "day" or _YEAR.search(text[s:e])))
                       or (sj == si and r.precision == "day" and not _YEAR.search(text[s:e])))]
        if others or si not in past():
            continue
        found[i] = (start, end, Resolution(f"{years[-1]['y']}-{res.date[5:7]}", "month", False), si)


PERIOD_NOUNS = lookalike_words("period")
_MONTH_ALONE = re.compile(month_pattern(capitalised=True))


def reported_period(span: Span) -> bool:
    """A bare month that modifies a noun of figures ("will release the September trade figures next week"):
    the period the figures cover, gone by, though the verb of releasing them is future (data/date_lookalikes.tsv,
    kind ``period``). The noun must head the phrase ("the December sales meeting" is a meeting still to come).
    So does a month after "for" on such a noun or on the verb whose object it is ("will publish the prices for
    March"). Invented probes of session dates1: 1 such month put a year ahead; dblind-s34's tests: 1.
    """
    if not _MONTH_ALONE.fullmatch(span.text.strip()):
        return False
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "for":  # "the producer prices for March"
        owner = span.root.head.head  # the noun, or the verb the parser hung "for" on ("publish ... for March")
        objects = [c for c in owner.children if c.dep_ == "dobj"]
        return owner.lower_ in PERIOD_NOUNS or any(c.lower_ in PERIOD_NOUNS for c in objects)
    head = span.root
    while head.dep_ in ("compound", "nmod", "amod", "poss") and head.head is not head:
        head = head.head
    return head is not span.root and head.pos_ == "NOUN" and head.lower_ in PERIOD_NOUNS
