"""Dates: the direction of a phrase without a year, read from the clause it sits in.

``_resolve_in_context`` resolves one candidate phrase of ``dates.extract_dates``: the clause's tense
(``dates_tense``), then the words before and around the phrase that turn it ahead or behind ("until
Tuesday", "since May", "a session for Thursday", "ahead of Sunday's vote", "had said ... would reopen
on Saturday"), then the limits on how far ahead such a day may lie. Anaphors ("that day", "two days
later") are counted in ``dates_anaphors``. Moved out of ``dates`` (which had reached the 600-line
limit) with no change in behaviour.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from groundwatch.stages.extract import (
    dates_called_off,
    dates_context,
    dates_deadlines,
    dates_discourse,
    dates_nouns,
    dates_now,
    dates_present,
    dates_report,
    dates_tense,
)
from groundwatch.stages.extract.dates_anaphors import _anaphor
from groundwatch.stages.extract.dates_candidates import HOLIDAY
from groundwatch.stages.extract.dates_rules import (
    ANAPHORIC,
    DAY_BEFORE_AFTER,
    MONTH_RE,
    PAST_AHEAD_DAYS,
    WEEKDAY_RE,
    Resolution,
    counted_from,
    normalise,
    resolve_phrase,
    strip_time,
    too_far_ahead,
)
from groundwatch.stages.extract.doc_cache import doc_text

#: News uses the simple present for what is timetabled ("voters go to the polls on Sunday", "the
#: deadline is Friday"). Taken for a bare weekday only, where TimeML's habits ("closes in March")
#: do not arise: a present verb of saying is left alone ("says on Monday" reports a past day).
#: Dates stress set batch 2: 5 of 5 such weekdays were put in the past before it.
PRESENT_WEEKDAY_IS_FUTURE = True

#: "until Tuesday" names a deadline, usually ahead, even after a past verb ("extended its deadline
#: until Tuesday"). On: taking it only in clauses of no tense lost such deadlines on dates-dev.
#: "through" is not taken: it usually ends a period ("bought shares through Sept. 29").
UNTIL_IS_FUTURE = True

#: A month or month-day put ahead by a future seen from a past saying ("told the board in July the
#: survey would be complete in September", "had said the clinic could reopen in September") lies
#: behind when ahead it would be more than this many days after the publication: a plan set for
#: most of a year on is written with its year or "next". Chosen by reading: review dreview3 of
#: clean-dev tune pages (5 such months, all 7-11 months ahead when wrong) and stress batch
#: dreview4-s12 (12 such dates, 7.5-11 months ahead; its 2 controls 1-2 months ahead). Since session 36 only when the
#: saying is dated earlier (``dates_tense.said_earlier``) or the plan is told in the past tense
#: (``dates_tense.planned_in_past``): from an undated saying, "would be held in October" lies ahead (4 of 4 invented
#: probes put a year back).
FUTURE_IN_PAST_AHEAD_DAYS = 183

_NAMED_AHEAD = re.compile(r"\b(?:next|coming|upcoming|following)\b")
#: A named day of the year as running text writes it ("Christmas", "Black Friday"), with a preposition before it.
_HOLIDAY = re.compile(rf"(?:(?:on|at|over|for|after|before|until) )?(?:{HOLIDAY})")

#: "until January" after a past verb is ahead only while the day is near enough to be a deadline
#: still running ("extended its curfew until January" in December); a day further ahead than this
#: is the end of something over ("served as minister until January, when he resigned", in March).
#: Chosen by reading: a deadline set in the past tense seldom runs more than half a year. No change
#: on the dates-dev tune part (170 texts); stress batch datesdev-s7: 1 of 1 such month fixed.
UNTIL_AHEAD_DAYS = 183

#: "has called an emergency session for Thursday": a bare weekday or month-day after "for" is the
#: day something is set for, ahead whatever the tense of the verb that set it. No change on
#: dates-dev; it fixes the examples' "session ... for Thursday".
FOR_IS_FUTURE = True

#: A month with nothing that fixes its direction ("early November", "mid-June"): moved to, it lies ahead.
#: Stress batch datesdev-s10a: 1 of 1 such month was put in the past before.
_BARE_MONTH = re.compile(rf"(?:early |late |mid-?\s?)?(?:{MONTH_RE})")

_UNTIL = re.compile(r"\b(?:until|till)\s*$", re.I)
_SINCE = re.compile(r"\bsince\s*$", re.I)
# "has extended its credit through January": a period that runs on from now, so the end may lie
# ahead; after a simple past ("bought shares through Sept. 29") the period is over.
#: "more than forecast in July", "smaller than the treasury projected in May": a date of the earlier
#: estimate a comparison looks back to. Review dreview5 (quotes-dev tune): 1 such month put a year ahead.
_THAN_EARLIER = re.compile(r"\bthan\s+(?:[\w']+\s+){0,3}?(?:forecast|predicted|projected|expected|estimated"
                           r"|anticipated|planned)\s+(?:in|on)\s*$", re.I)
_THROUGH = re.compile(r"\bthrough\s*$", re.I)
# "a session for Thursday": the day something is set for lies ahead. ("to" is not taken: "from
# Sept. 14 to Thursday" and "in contrast to Thursday" look back.)
_FOR_BEFORE = re.compile(r"\bfor\s*$", re.I)

#: The first of two weekdays that share the second's week ("Monday and Tuesday of last week"): stress batch
#: dreview10-s18b, 1 of 1 put in the wrong week.
_PAIRED_WEEK = re.compile(rf"\s*,?\s*(?:and|or|to|through)\s+(?:on\s+)?(?:{WEEKDAY_RE})\s+(?:of\s+)?"
                          r"(?P<week>last|next|this)\s+week\b", re.I)

_AS_SOON_AS = re.compile(r"\b(?:as soon as|as early as)\s*$", re.I)

# "late Wednesday", "early Friday": the day's edge leaves its direction to the clause (stress batch
# dreview15-s24h: "fought the blaze until late Wednesday", 1 of 1 put ahead).
_EDGE_OF_DAY = re.compile(r"^(?:late|early) ")


def _resolve_in_context(phrase: str, span: Span, base: dt.date | None,
                        anchors: tuple[tuple[int, dt.date] | None, tuple[int, dt.date] | None],
                        sent_index: int) -> Resolution | None:
    """Resolve with the clause's tense; "that day", "the next morning" take the last day named."""
    p = normalise(phrase)
    effective = base if base is not None else dt.date(2000, 1, 1)  # only year-bearing phrases survive
    tense = dates_tense.clause_tense(span)
    if tense == "neutral" and _HOLIDAY.fullmatch(phrase.strip()) and dates_tense.past_at_day_event(span):
        tense = "past"  # "sang at the Christmas service", published in September: the last one
    if re.fullmatch(rf"(?:on )?{WEEKDAY_RE}", p) and (pair := _PAIRED_WEEK.match(doc_text(span.doc), span.end_char)):
        return resolve_phrase(f"{p} of {pair['week']} week", effective, tense)
    if (m := DAY_BEFORE_AFTER.fullmatch(p)) and ((res := counted_from(m, effective, tense, base)) is not None
                                                  or m["off"] == "the day"):
        return res  # "the day before last Tuesday('s hearing)", "a week before Memorial Day"
    if (week := dates_nouns.weekday_of_that_week(p, span, anchors[0], sent_index, base)) is not None:
        return week  # "On Wednesday of that week", after "began Nov. 19"
    if (awaited := dates_nouns.awaited_after_day(p, span, anchors[0], sent_index, base)) is not None:
        return awaited  # "slipped yesterday as traders braced for Friday's report"
    if ANAPHORIC.search(p):
        return _anaphor(p, span, base, anchors, sent_index, tense)
    before = doc_text(span.doc)[max(0, span.start_char - 14):span.start_char]
    until_before = bool(_UNTIL.search(before))
    until_past = tense == "past" and UNTIL_IS_FUTURE and until_before
    if tense != "future" and UNTIL_IS_FUTURE and until_before:
        tense = "future"
    elif (tense == "past" and _THROUGH.search(before)
          and (dates_tense.present_perfect(span) or dates_tense.extends_a_term(span))):
        tense = "neutral"  # "has extended the loans through January": a term still running
    if _SINCE.search(before) or dates_nouns.in_since_object(span):  # "since Sunday", "since the vote in May"
        res = resolve_phrase(phrase, effective, "past")
        if res is not None and res.date > effective.isoformat() and res.precision in ("day", "month"):
            # strictly before the base, without the leeway a past clause gets (PAST_AHEAD_DAYS)
            res = resolve_phrase(phrase, effective - dt.timedelta(days=PAST_AHEAD_DAYS + 1), "past")
        return res
    outcome = dates_nouns.owned_by_outcome(span)  # "results from Sunday's vote will be announced": held
    aside = dates_nouns.owner_in_modifier(span) or outcome  # "accused in Saturday's shooting is due"
    if _bare_day(p) and ((dates_context.awaited(doc_text(span.doc), span.start_char, span.end_char) and not aside)
                         or dates_deadlines.deadline_day(span) or dates_context.awaited_event_day(span)):
        tense = "future"  # "ahead of Sunday's referendum", "faces a Friday deadline": still to come
    elif (_bare_day(p) and (aside or dates_context.possessive_is_past(doc_text(span.doc), span.end_char))
          and (outcome or not (tense == "future"
                               and dates_discourse.scheduled_event(doc_text(span.doc), span.end_char)))):
        tense = "past"  # "Tuesday's blast"; not "will use Monday's hearing", an event held on a set day
    elif tense != "future" and FOR_IS_FUTURE and _FOR_BEFORE.search(before) and _bare_day(p):
        tense = "future"
    elif tense == "neutral" and dates_deadlines.ahead(span, before, _bare_day(p), bool(_BARE_MONTH.fullmatch(p))):
        tense = "future"  # "to clear its debt by February", "effective Monday": a deadline, a start
    elif (tense != "future" and (_bare_day(p) or _BARE_MONTH.fullmatch(p))
          and dates_context.rescheduled_to(span, before)):
        tense = "future"  # "the vote was moved to Monday": the new day is still to come
    if tense == "neutral" and PRESENT_WEEKDAY_IS_FUTURE and dates_present.ahead_in_present(span, p, base):
        tense = "future"
    if tense == "future" and _bare_day(p) and dates_context.overtaken_plan_is_past(span, phrase, effective):
        tense = "past"  # "a rally planned for Saturday was canceled", said on Monday: gone by
    if _bare_day(p) and dates_called_off.called_off_ahead(span, phrase, effective):
        tense = "future"  # "who had threatened to strike Wednesday ..., called off the walkout": not held
    elif (tense == "future" and _bare_day(_EDGE_OF_DAY.sub("", strip_time(p)[0]))
            and dates_context.narrated_past(span, until_before) and not dates_tense.backshifted_plan(span)):
        tense = "past"  # "had said ... would reopen on Saturday", "lasted until (late) Thursday"
    if tense != "future" and _AS_SOON_AS.search(doc_text(span.doc)[max(0, span.start_char - 14):span.start_char]):
        tense = "future"
    if tense == "future" and (_THAN_EARLIER.search(doc_text(span.doc)[max(0, span.start_char - 40):span.start_char])
                              or dates_report.reported_period(span)):
        tense = "past"  # "less than forecast in July", "the September figures": gone by, whatever the future
    res = resolve_phrase(phrase, effective, tense)
    if tense != "future" and _bare_day(p) and res is not None and dates_now.set_against_now(span, res.date, base):
        res = resolve_phrase(phrase, effective - dt.timedelta(days=1), tense)  # "said 12 on Tuesday; now says 19"
    if tense == "future" and (verb := dates_context.governing_verb(span)[0]) is not None:
        res = dates_report.replan(phrase, res, tense, dates_report.report_day(verb, effective))
    if until_past and res is not None and too_far_ahead(res, effective, UNTIL_AHEAD_DAYS):
        return resolve_phrase(phrase, effective, "past")  # "served until January, when he resigned"
    if (tense == "future" and res is not None and not _NAMED_AHEAD.search(p)
            and ((too_far_ahead(res, effective, FUTURE_IN_PAST_AHEAD_DAYS) and dates_tense.future_in_past(span)
                  and (dates_tense.said_earlier(span) or dates_tense.planned_in_past(span)))
                 or (too_far_ahead(res, effective, dates_nouns.PREMODIFIER_AHEAD_DAYS)
                     and dates_nouns.premodifies_noun(span)))):
        return resolve_phrase(phrase, effective, "past")  # "said in June the pipes would be laid in October"
    return res


def _bare_day(p: str) -> bool:
    """A weekday or a month-day with nothing that fixes its direction ("Thursday", "Nov. 16")."""
    return bool(re.fullmatch(rf"(?:on )?(?:{WEEKDAY_RE}|{MONTH_RE} \d{{1,2}})", p))
