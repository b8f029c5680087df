"""Dates read through the noun phrase they sit in, not through the clause's verb.

Business and wire copy hangs many dates on nouns, and the verb of the clause then says nothing about
the date's direction. Four classes, each found by stress batch dblind-s34 (invented 1989-1991 business
copy, written and committed before the code ran on it):

* **A possessive weekday inside a prepositional phrase** ("the man accused in Saturday's shooting is due
  in court tomorrow"): the "is due" after it belongs to the clause's subject, not to the shooting, so it
  does not make the weekday's event awaited (:func:`owner_in_modifier`).
* **A date inside the object of "since"** ("his first speech since the elections in January"): the date
  lies before the time of the clause, as "since January" does (:func:`in_since_object`).
* **A month-day that premodifies a noun** ("its losses from the April 28 windstorm will total"): the
  noun's day, not the future verb's; far ahead it would be written with its year (:func:`premodifies_noun`).
* **An event awaited in the past tense** ("Bond prices slipped yesterday as traders braced for Friday's
  report"): the event lies after the day of the awaiting that the sentence names, not before the paper's
  day; with no such day named ("Last week, traders braced for Friday's report") it stays in the past
  (:func:`awaited_after_day`).
* **A weekday of "that week"** ("began Nov. 19. On Wednesday of that week, ..."): the weekday in the week
  of the last day named (:func:`weekday_of_that_week`).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from groundwatch.lexicons_dates import month_pattern
from groundwatch.stages.extract.dates_rules import WEEKDAY_RE, Resolution, resolve_phrase
from groundwatch.stages.extract.doc_cache import doc_text

#: Prepositions that end the phrases of awaiting ("ahead of", "in preparation for", "the run-up to"): a
#: possessive weekday after them is the awaited event itself, whatever the parse.
_AWAITING_PREPS = frozenset({"of", "for", "to"})
#: How many prepositional phrases up from the date "since" may stand ("since the elections in January"
#: is one up). Chosen by reading: a deeper nesting names another noun's time.
SINCE_DEPTH = 3
#: A month-day premodifying a noun under a future verb ("the April 28 windstorm will cost") is taken as
#: the last such day when ahead it would be more than this many days after the publication: a noun's day
#: named without its year is near, and one just gone by is far nearer than one most of a year on. Chosen
#: by reading, above dates.FUTURE_IN_PAST_AHEAD_DAYS because a deadline or a meeting may be set half a
#: year ahead ("must meet the Dec. 1 deadline" in May); stress batch dblind-s34: 1 such day, 347 days ahead.
PREMODIFIER_AHEAD_DAYS = 300
#: "Wednesday of that week" takes the last day named at most this many sentences back. Chosen by
#: reading, as dates.SHIFT_ANCHOR_SENTENCES (a scene's days stand a few sentences apart); stress batch
#: dblind-s34: 1 such weekday, one sentence after its anchor.
THAT_WEEK_SENTENCES = 3
_OF_THAT_WEEK = re.compile(r"\s+of (?:that|the same|that same) week\b", re.I)
_BARE_WEEKDAY = re.compile(rf"(?:on )?(?P<wd>{WEEKDAY_RE})")
_AWAITED_IN_PAST = re.compile(r"\b(?:braced|waited|prepared|readied(?: themselves)?|geared up) for\s*$", re.I)
_MONTH_DAY = re.compile(rf"{month_pattern(capitalised=True)}\s+\d{{1,2}}")


def owner_in_modifier(span: Span) -> bool:
    """A possessive weekday whose noun is the object of a preposition on a verb, other than one of awaiting.

    "The man accused in Saturday's shooting is due in court": the parse makes "shooting" the object of
    "in" on "accused", so a following "is due" or "will" has another subject, and the event is the verb's
    circumstance. A preposition on a noun is left alone: "Bidders in Thursday's auction will need ..." names
    people by an event still to come.
    """
    tok = span.root
    if tok.dep_ != "poss":
        return False
    noun = tok.head
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ not in _AWAITING_PREPS
            and prep.head.pos_ == "VERB")


def in_since_object(span: Span) -> bool:
    """The date sits in the object of "since", one or more prepositional phrases down."""
    tok = span.root
    for _ in range(SINCE_DEPTH):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        if tok.head.lower_ == "since":
            return True
        tok = tok.head.head
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def premodifies_noun(span: Span) -> bool:
    """A month-day set before a noun as its modifier ("the April 28 windstorm", "the Nov. 15 deadline")."""
    if not _MONTH_DAY.fullmatch(span.text.strip()):
        return False
    tok = span.root
    return tok.dep_ in ("nmod", "compound", "amod") and tok.head.pos_ == "NOUN" and tok.head.i > span.end - 1


def weekday_of_that_week(p: str, span: Span, last_day: tuple[int, dt.date] | None, sent_index: int,
                         base: dt.date | None) -> Resolution | None:
    """"Wednesday of that week": that weekday in the week of the last day named, when one is in reach."""
    m = _BARE_WEEKDAY.fullmatch(p)
    if (m is None or last_day is None or sent_index - last_day[0] > THAT_WEEK_SENTENCES
            or not _OF_THAT_WEEK.match(doc_text(span.doc), span.end_char)):
        return None
    res = resolve_phrase(f"{m['wd']} of this week", last_day[1], "neutral")
    if res is None:
        return None
    return Resolution(res.date, "day", base is not None and res.date > base.isoformat())


def awaited_after_day(p: str, span: Span, last_day: tuple[int, dt.date] | None, sent_index: int,
                      base: dt.date | None) -> Resolution | None:
    """"slipped yesterday as traders braced for Friday's report": the first such weekday after the day of
    the awaiting, when the sentence named that day before the weekday."""
    m = _BARE_WEEKDAY.fullmatch(p)
    text = doc_text(span.doc)
    if (m is None or last_day is None or last_day[0] != sent_index or span.root.dep_ != "poss"
            or not _AWAITED_IN_PAST.search(text, max(0, span.start_char - 40), span.start_char)):
        return None
    res = resolve_phrase(f"next {m['wd']}", last_day[1], "future")
    if res is None:
        return None
    return Resolution(res.date, "day", base is not None and res.date > base.isoformat())
