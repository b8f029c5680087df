"""Dates: every date phrase in an article, resolved to an absolute date with a precision.

Candidates are spaCy's DATE and TIME entities plus regular-expression hits for what the model
misses (a bare weekday after a verb, "were injured Monday"). Each candidate is trimmed to the
date phrase, split when it joins two dates ("Monday and Tuesday"), and dropped when it names no
point in time (durations, ages, sets, decades, ranges of years). The direction of a phrase
without a year or a week ("Saturday", "October 5", "in March") comes from the tense of the clause
it sits in, read from the dependency parse (``dates_tense``), and from the words around it
(``dates_direction``); the string rules live in ``dates_rules``, the candidate phrases in
``dates_candidates``, and a range's second weekday is ordered after its first in ``dates_ranges``.

What counts as a date phrase follows TimeML, the convention of the news golds: a dateline's date
("TESSEL, March 3 (Harbour Post) --") is one; relative years ("last year", "five years ago") are
not emitted (TimeML values them YYYY, which is never scored, and sparser golds skip them); nor are
"today" and "tomorrow" meaning the present or future age ("today's youth", "the world of
tomorrow"), capitalised programme titles ("Harbour Radio Today", and a paper's or a programme's
title ending on a weekday: ``dates_titles``), a month that begins a name ("the March for Peace"), or
a month in lower case. "that day", "the previous Friday", "a year earlier",
"later in the day" take the last day named (``dates_anaphors.ANCHOR_SENTENCES``); with none in reach,
only those of the paper's own day take the publication date
(``dates_anaphors.UNANCHORED_ANAPHOR_ON_PUBLICATION``).
The model often tags "Thursday" DATE and "night" TIME: both widen to one candidate, and
overlapping candidates are emitted once.

Without a publication date the runner infers one (``published.infer_published``) and passes it
with origin ``text`` or ``inferred``; called without one, the extractor reads a dateline or a stamp
at the top itself. Mentions resolved against a date the text did not state are marked
``inferred_base=True``. When
nothing can be inferred, only phrases that carry their own year ("19 September 2023",
"July 1997") are emitted: a relative phrase ("Saturday") has no date then, and a mention with
``date=None`` would tell later stages nothing while counting as a wrong date in the evaluation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Any

from spacy.tokens import Doc, Span

from groundwatch.lexicons_dates import month_pattern
from groundwatch.records import DateMention
from groundwatch.records import Span as SourceSpan
from groundwatch.stages.extract import (
    dates_clock_scene,
    dates_context,
    dates_discourse,
    dates_elapsed,
    dates_events,
    dates_lookalike,
    dates_midnight,
    dates_night,
    dates_nouns,
    dates_quoted,
    dates_report,
    dates_scene,
    dates_shapes,
    dates_tense,
    dates_weeks_back,
    published,
    published_stamp,
)
from groundwatch.stages.extract.dates_anaphors import _owner_after_day, year_shift_months
from groundwatch.stages.extract.dates_candidates import (
    FULL_MONTHS,
    candidates,
    carries_year,
    is_clock_time,
    stray_ordinal,
    without_full_stop,
)
from groundwatch.stages.extract.dates_direction import UNTIL_AHEAD_DAYS as UNTIL_AHEAD_DAYS
from groundwatch.stages.extract.dates_direction import _resolve_in_context
from groundwatch.stages.extract.dates_ranges import one_night, order_weekday_ranges, tenseless_ranges_ahead
from groundwatch.stages.extract.dates_rules import Resolution, Tense, resolve_phrase
from groundwatch.stages.extract.dates_titles import _paper_title, headline_weekdays
from groundwatch.stages.extract.doc_cache import doc_sents, doc_text, sent_of
from groundwatch.stages.extract.registry import ExtractionContext, extractor, sentence_index, span_for

__all__ = ["extract_dates", "infer_published", "resolve"]

#: Emit a bare year as a mention ("in 2020" -> "2020", precision year). Off: year gold is optional
#: in TimeML corpora, and TimeML leaves many years unannotated, so on dates-dev emitting them cost
#: precision (P 0.887 with them off, 0.883 on) and on dev it added 12 unmatched mentions.
EMIT_YEARS = False

#: Emit relative years ("last year", "earlier this year", "five years ago"). Off: TimeML values
#: them YYYY, which its gold always leaves optional (never scored), and the sparser news golds (dev,
#: examples) do not annotate them at all. Off: dates-dev 6 false dates fewer for 1 right one (a
#: "last year" valued by month), dev 3 fewer, the examples 2 fewer. Later stages use day and
#: month mentions only.
EMIT_RELATIVE_YEARS = False

#: Report the page's date line that the cleaner dropped ("10 September 2023" under the headline) as
#: a date mention: the page states its own date, and TimeML golds annotate it as a dateline. On:
#: crises-2023 tune +2 right dates of 44 (with and without the manifest); karabakh-2023 does not
#: annotate its one such line ("Sept 24, 2023. Posted by ..."), nor do the examples theirs ("Updated
#: March 10, 2025, 18:40"): one false date each, dates F1 0.943 -> 0.926 and 0.983 -> 0.977, their
#: dates_resolved unchanged (1.000, 0.989). The mention has no sentence in the clean text: its span is
#: sentence -1 with the stamp line as its text, and the timeline builds no event from it (so no
#: report line cites a sentence that lacks the date; the audit holds on all three sets).
REPORT_PAGE_STAMP = True

_CAP_MONTH = month_pattern(capitalised=True)
_CALENDAR_DAY = re.compile(rf"{_CAP_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_CAP_MONTH}")
_AGE_AFTER = re.compile(r"^[\s-]*(?:old|of age)\b")
# A month in lower case is the verb or the modal ("this march", "may"); a month followed by "for" or
# "of" and a capitalised word is a name ("the March for Peace").
_LOWER_MONTH = re.compile(rf"\b(?:{'|'.join(sorted(FULL_MONTHS))})\b")
_SET_BEFORE = re.compile(r"\b(?:every|each)(?:\s+other)?\s+$", re.I)  # "every (other) Monday": a set, not a day
_FUTURE_TEXT = re.compile(r"\b(?:will|shall|'ll|scheduled|slated|due to|set to|expected to|plans? to|planned"
                          r"|going to|upcoming|next|coming)\b", re.I)
_PAST_TEXT = re.compile(r"\b(?:was|were|had|did|said|told|met|went|came|took|left|fled|began|held|saw|gave|made"
                        r"|fought|struck|won|lost|fell|rose|sent|spoke|broke|led|ran|shot|\w{3,}ed)\b", re.I)
# A year that is one end of a range ("from 2019 to 2021", "2019-2021") is no point in time.
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|to|and|through|until)\s*(?:1[6-9]|20)\d\d\b")
_RANGE_BEFORE = re.compile(r"(?:\b(?:1[6-9]|20)\d\d\s*(?:-|–|—|to|and|through|until)|\bbetween)\s*$")


def resolve(phrase: str, base: dt.date, *, context: str = "") -> tuple[str | None, str, bool]:
    """Resolve a date phrase against a base date, without spaCy.

    Args:
        phrase: the date phrase as written ("on Saturday", "Sept. 30", "last month").
        base: the publication date (or any date the phrase is relative to).
        context: the sentence around the phrase; its tense (future markers such as "will",
            "scheduled to", or past-tense verbs) decides the direction of weekdays and months.

    Returns:
        ``(date, precision, future)``: the ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) or
        ``None`` when the phrase is no point in time or is not understood; the precision (day,
        week, month, year); and whether the date lies after ``base``.
    """
    res = resolve_phrase(phrase, base, _text_tense(context))
    if res is None:
        return None, "day", False
    return res.date, res.precision, res.future


def infer_published(text: str, doc: Doc | None = None) -> dt.date | None:
    """The publication date the text states at its top (a dateline or a stamp), or ``None``.

    The weaker guesses of :func:`published.infer_published` (the latest date mentioned) are left
    to the runner, which records them as inferred; here, without one, only phrases that carry
    their year get a date.

    Args:
        text: the clean article text.
        doc: its spaCy analysis, unused; accepted so callers holding one can pass it.
    """
    guess = published.infer_published(text)
    return guess.date if guess is not None and guess.method != "latest-date" else None


@extractor("dates.v1", produces="dates")
def extract_dates(doc: Doc, ctx: ExtractionContext, prior: Mapping[str, tuple[Any, ...]]) -> tuple[DateMention, ...]:
    """Every date phrase in ``doc`` as a :class:`DateMention` (see the module docstring)."""
    base = ctx.published
    inferred = ctx.published_origin in ("inferred", "story")
    if base is None:
        base = infer_published(doc_text(doc), doc)
        inferred = base is not None
    found: list[tuple[int, int, Resolution | None, int]] = []  # start, end, resolution, sentence
    last_day: tuple[int, dt.date] | None = None  # (sentence index, date) of the last day mention
    last_told: tuple[int, dt.date] | None = None  # the same for the last day written out ("March 3")
    pending: list[int] = []  # clock times without a day: resolved once the sentence is read
    for options in candidates(doc):
        for start, end in options:
            span = doc.char_span(start, end, alignment_mode="expand")
            if (span is None or not len(span) or _is_age(doc_text(doc), end) or dates_lookalike.generic_day(doc, span)
                    or _LOWER_MONTH.search(doc_text(doc)[start:end])
                    or dates_lookalike.month_in_name(doc_text(doc), start, end)
                    or _SET_BEFORE.search(doc_text(doc)[max(0, start - 14):start])
                    or dates_context.is_section_header(doc_text(doc), start, end)
                    or dates_context.caps_header(doc_text(doc), start, end)
                    or dates_context.weekday_in_name(doc_text(doc), start, end)
                    or _paper_title(doc_text(doc), start, end) or stray_ordinal(doc_text(doc), start, end)
                    or _lookalike(doc, span)
                    or any(s < end and start < e for s, e, _, _ in found)):
                continue
            sent_index = sentence_index(doc, span.start)
            phrase = doc_text(doc)[start:end]
            if is_clock_time(phrase):
                if dates_discourse.generic_clock_time(doc_text(doc), start, end, span.sent.text):
                    continue
                pending.append(len(found))
                found.append((start, end, None, sent_index))
                break
            if dates_events.NTH_DAY.fullmatch(phrase):  # "Sunday was the fifth day of the strike"
                if (same := dates_events.equated_day(found, doc_text(doc), start, sent_index)) is not None:
                    found.append((start, end, same, sent_index))
                    break
                continue
            if dates_context.EVENT_RELATIVE.search(phrase):
                if (restated := dates_context.restated_day(found, doc_text(doc), start, sent_index)) is not None:
                    if not dates_events.names_a_day(phrase):
                        continue  # a count ("five days after it") restates the day; its event is not dated
                    found.append((start, end, restated, sent_index))  # "on Sunday, the day after the quake"
                    break
                res = dates_events.counted_from_event(span, phrase, found, sent_index, base,
                                                      dates_tense.clause_tense(span) == "past")
            else:
                res = _resolve_in_context(phrase, span, base, (last_day, last_told), sent_index)
            if res is None:
                continue
            if res.precision == "day" and (same := dates_discourse.apposed_day(doc_text(doc), found, start, end)):
                res = same  # "on Jan. 15, a Monday. By Wednesday of that week": the week is January's
            if res.precision == "day" and not res.provisional and not (
                    _owner_after_day(doc_text(doc), end, sent_index, last_day)
                    or dates_nouns.noun_day_after_day(span, sent_index, last_day)):
                last_day = (sent_index, dt.date.fromisoformat(res.date))
                if _CALENDAR_DAY.search(phrase):
                    last_told = last_day
            found.append((start, end, res, sent_index))
            break
    _across_sentences(doc, found, pending, base)
    year_shift_months(doc_text(doc), found)
    out: list[DateMention] = []
    for start, end, res, _ in found:
        if res is None or res.provisional or (res.precision == "year" and _year_left_out(doc_text(doc), start, end)):
            continue
        start, end = without_full_stop(doc_text(doc), start, end)  # "from 7 to 8 March.": the model's hits too
        phrase = doc_text(doc)[start:end]
        if base is None and not carries_year(phrase):
            continue  # relative phrase without any base: no date to give (see module docstring)
        out.append(DateMention(text=phrase, date=res.date, precision=res.precision,
                               span=_provenance(doc, start, end, ctx.article_id),
                               future=res.future, inferred_base=inferred))
    if REPORT_PAGE_STAMP and ctx.stamp and (got := published_stamp.page_stamp(ctx.stamp, ctx.published)) is not None:
        # the page's date line, dropped by the cleaner: no offsets in the clean text (sentence -1)
        s, e, day = got
        out.append(DateMention(text=ctx.stamp[s:e], date=day.isoformat(), precision="day",
                               span=SourceSpan(ctx.article_id, -1, 0, 0, ctx.stamp)))
    return tuple(out)


def _across_sentences(doc: Doc, found: list[dates_context.Found], pending: list[int],
                      base: dt.date | None) -> None:
    """The rules that read one phrase against the others, once every phrase has its own resolution."""
    dates_context.range_other_ends(doc_text(doc), found)
    tenseless_ranges_ahead(doc_text(doc), found, base, [sent.text for sent in doc_sents(doc)])
    order_weekday_ranges(doc_text(doc), found)
    dates_discourse.align_possessive_weekdays(doc_text(doc), found)
    dates_discourse.apposed_weekdays(doc_text(doc), found)
    dates_nouns.outcome_nearest(doc, found, base)
    dates_scene.dateline_day(doc_text(doc), found, base)
    dates_scene.weekdays_after_told_day(doc, found, base)
    dates_scene.weekdays_of_last_week(doc, found, base)
    dates_elapsed.weekdays_after_elapsed(doc, found, base)
    dates_scene.negated_until(doc, found, base)
    dates_scene.present_under_future(doc, found, base)
    dates_shapes.months_from_named(doc_text(doc), found)
    past = functools.cache(lambda: dates_tense.past_sentences(list(doc_sents(doc))))  # read only when a rule asks
    starts = {i: s.start_char for i, s in enumerate(doc_sents(doc))}
    dates_discourse.carry_narrative_year(doc_text(doc), found, past)
    dates_discourse.count_back_to_next(doc_text(doc), found)
    dates_scene.weekday_after_full_date(doc, found, base)
    dates_report.carry_sentence_year(doc_text(doc), found, base)
    dates_report.carry_scene_year(doc_text(doc), found, base, starts, past)
    pending = dates_discourse.header_clock_times(doc_text(doc), found, pending, base)
    pending = dates_discourse.narrated_clock_times(doc, found, pending, base)
    # (the night and midnight rules below read every clock time dated here, whichever rule dated it)
    dates_context.date_clock_times(found, dates_clock_scene.scene_clock_times(doc, found, pending, base), base)
    dates_night.evening_before_report(doc, found, pending)
    dates_night.evening_before_morning(doc, found, pending)
    dates_midnight.midnight_side(doc_text(doc), found, pending)
    closed = dates_quoted.requote_at_close(doc_text(doc), found, starts, base)
    dates_quoted.requote_deictics(doc_text(doc), found, starts, base, closed)
    dates_weeks_back.weekdays_weeks_back(doc_text(doc), found, base)
    dates_scene.then_anaphors(doc, found)
    headline_weekdays(doc_text(doc), found)
    one_night(doc_text(doc), found)  # last: no later rule dates its second day again


def _year_left_out(text: str, start: int, end: int) -> bool:
    """A year-level mention not emitted: a written year (``EMIT_YEARS``), any year (``EMIT_RELATIVE_YEARS``),
    or one end of a range of years ("1998-2001")."""
    return ((not EMIT_YEARS and carries_year(text[start:end])) or not EMIT_RELATIVE_YEARS
            or bool(_RANGE_AFTER.match(text[end:end + 12]) or _RANGE_BEFORE.search(text[max(0, start - 12):start])))


def _provenance(doc: Doc, start: int, end: int, article_id: str) -> SourceSpan:
    """The mention's span, its sentence cut to the clause around it when the sentence is a run-on."""
    span = span_for(doc, start, end, article_id)
    tok = doc.char_span(start, end, alignment_mode="expand")
    if tok is None or not len(tok):
        return span
    sent = sent_of(tok)
    clause = dates_context.clause_around(sent.text, start - sent.start_char, end - sent.start_char)
    return span if clause == span.sentence else dataclasses.replace(span, sentence=clause)


def _lookalike(doc: Doc, span: Span) -> bool:
    """"midnight blue", "the warmest October ever", "a <Name> on Sunday poll": no date (dates_lookalike)."""
    text, start, end = doc_text(doc), span.start_char, span.end_char
    return (dates_lookalike.colour_time(text, start, end) or dates_lookalike.superlative_month(text, start, end)
            or dates_lookalike.named_work_weekday(text, start, end) or dates_lookalike.title_modifier(doc, span)
            or dates_lookalike.kind_of_day(doc, span) or dates_lookalike.present_age_today(doc, span)
            or dates_lookalike.holiday_in_name(doc, span) or dates_lookalike.final_of(text, start, end)
            or dates_lookalike.deictic_header(text, start, end) or dates_lookalike.compared_today(text, start, end)
            or dates_lookalike.oclock_modifier(text, start, end))


def _is_age(text: str, end: int) -> bool:
    """"45 years old", "a 12-year-old": the entity is followed by "old"."""
    return bool(_AGE_AFTER.match(text[end:end + 12]))


def _text_tense(context: str) -> Tense:
    """Tense from the words alone, for callers without a parse (``resolve``)."""
    if _FUTURE_TEXT.search(context):
        return "future"
    if _PAST_TEXT.search(context):
        return "past"
    return "neutral"
