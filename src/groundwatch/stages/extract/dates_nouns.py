"""Dates read through the noun phrase they sit in, not through the clause's verb.

Business and wire copy hangs many dates on nouns, and the verb of the clause then says nothing about
the date's direction. Four classes, each found by stress batch dblind-s34 (invented 1989-1991 business
copy, written and committed before the code ran on it):

* **A possessive weekday inside a prepositional phrase** ("the man accused in Saturday's shooting is due
  in court tomorrow"): the "is due" after it belongs to the clause's subject, not to the shooting, so it
  does not make the weekday's event awaited (:func:`owner_in_modifier`).
* **A possessive weekday owned by a noun of outcome** ("results from Sunday's vote will be announced
  tomorrow"): an event whose results, count or winner are told has taken place (:func:`owned_by_outcome`;
  stress batch dblind-s36).
* **A day on a noun after the clause's own day** ("arrested two men on Tuesday in the robbery of an armored
  car on Dec. 12. A third suspect had given himself up a day earlier"): the count that follows is from the
  clause's act, not from the noun's day (:func:`noun_day_after_day`; stress batch dblind-s36).
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

from spacy.tokens import Doc, Span

from groundwatch.lexicons_dates import month_pattern
from groundwatch.stages.extract.dates_context import Found
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
#: by reading, above dates_direction.FUTURE_IN_PAST_AHEAD_DAYS because a deadline or a meeting may be set half a
#: year ahead ("must meet the Dec. 1 deadline" in May); stress batch dblind-s34: 1 such day, 347 days ahead.
PREMODIFIER_AHEAD_DAYS = 300
#: "Wednesday of that week" takes the last day named at most this many sentences back. Chosen by
#: reading, as dates_anaphors.SHIFT_ANCHOR_SENTENCES (a scene's days stand a few sentences apart); stress batch
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


#: Nouns of what an event leaves once it is over: "results from Sunday's vote", "the winner of Tuesday's
#: primary", "the count from Monday's ballot". Stress batch dblind-s36 (and datesdev-s9's "the results of
#: Tuesday's primary will be certified"): the event's weekday took the future of the announcing verb.
_OUTCOME_NOUNS = frozenset({"result", "results", "outcome", "count", "tally", "returns", "winner", "loser",
                            "aftermath", "fallout", "toll"})
_OUTCOME_PREPS = frozenset({"of", "from"})
_TIMED = frozenset({"day", "week", "month"})


def owned_by_outcome(span: Span) -> bool:
    """A possessive weekday whose event a noun of outcome is "of" or "from" ("results from Sunday's vote"), in a
    sentence that tells when the outcome comes ("will be announced tomorrow"): the event lies before that time,
    whatever the verb's future. With no such time ("We will bring you the results of Sunday's runoff") the
    scheduled event under the future is left ahead, as before."""
    tok = span.root
    if tok.dep_ != "poss":
        return False
    noun = tok.head
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _OUTCOME_PREPS
            and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lower_ in _OUTCOME_NOUNS
            and any(e.label_ == "DATE" and e.start >= span.end for e in span.sent.ents))


def outcome_nearest(doc: Doc, found: list[Found], base: dt.date | None) -> None:
    """An outcome's weekday ("the results of Sunday's runoff") is the nearest such weekday to the paper's day.

    ``owned_by_outcome`` puts it behind; a broadcast on Thursday saying "we'll have the results of Sunday's
    runoff when we return next week" means the coming Sunday, three days on rather than four back. It stays
    behind when that is nearer, or when its sentence tells the outcome on or before the coming one ("results
    from Sunday's vote will be announced tomorrow", said on Wednesday; a month from its first day). In place.
    """
    if base is None:
        return
    for i, (start, end, res, si) in enumerate(found):
        span = doc.char_span(start, end, alignment_mode="expand")
        if (res is None or res.precision != "day" or span is None or not len(span)
                or not _BARE_WEEKDAY.fullmatch(span.text.lower()) or not owned_by_outcome(span)):
            continue  # "last Friday's vote" says its own side
        back = dt.date.fromisoformat(res.date)
        ahead = back + dt.timedelta(days=7)
        if back >= base or (ahead - base) >= (base - back):
            continue
        told = [r.date for s, _, r, sj in found if sj == si and s > end and r is not None and r.precision in _TIMED]
        if all(dt.date.fromisoformat(d if len(d) == 10 else d[:7] + "-01") > ahead for d in told):
            found[i] = (start, end, Resolution(ahead.isoformat(), "day", True), si)


def noun_day_after_day(span: Span, sent_index: int, last_day: tuple[int, dt.date] | None) -> bool:
    """A day on a noun ("in the robbery of an armored car on Dec. 12") after a day its sentence's verb took.

    The noun's day dates a thing the clause mentions; "a day earlier" in the next sentence counts from the
    clause's own act ("arrested two men on Tuesday"), so the noun's day does not become the narration's day.
    """
    tok = span.root
    prep = tok.head
    if last_day is None or last_day[0] != sent_index or tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner.pos_ in ("NOUN", "PROPN"):
        return owner.i < span.start
    # The parser often hangs the noun's "on Dec. 12" on the verb, beside the verb's own day: one act has one
    # day, so a second dated preposition of the verb, after a noun set between them, is the noun's.
    return any(c.dep_ == "prep" and c.i < prep.i and any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in c.children)
               and any(t.pos_ == "NOUN" for t in span.doc[c.i + 1:prep.i]) for c in owner.children)


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
