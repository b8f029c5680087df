"""Publication date from the article itself, for articles that arrive without one.

Most pasted or archived articles carry no metadata, and without a publication date every
relative date phrase ("on Saturday", "yesterday") is lost. :func:`infer_published` reads, in
order of trust:

1. a **dateline or stamp** at the top ("TESSEL, Sept. 21, 2023 (Harbour Post) --",
   "Updated: 22 September 2023", a date on a short line of its own): the date the text gives
   itself. A dateline without a year ("TESSEL, Sept. 21 --") needs the year of the article's
   story, which the pipeline passes once stories are known;
2. a **date in the article's address or file name** (".../2023/09/21/tessel-floods",
   ".../2023/sep/21/tessel-floods", "20230921-tessel.txt", a wire id with a two-digit year
   "HP900815-0044"), as news sites and wire archives name their pages;
3. the **latest full date the article mentions** in a sentence ("the dam burst on 19 September
   2023"): news reports what happened up to the day it is written, so the latest past date it
   names is the best single guess, and a weak one;
4. without a full date, a **weekday and day** a transcript names ("It is Monday the fourteenth of
   September") in the latest year the text writes, when the weekday agrees (``published_yearless``).

The story's other articles are the last resort; that happens after story assignment, in
``pipeline.date_from_story``. Each guess records how it was made (``method``) and how sure it is
(``confidence``: the share of articles of the tune part of the dev sets for which that method gave
the true date, see the constants below).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from groundwatch.lexicons_dates import (
    TWO_DIGIT_YEAR_PIVOT,
    WEEKDAY_FORMS,
    calendar_date,
    month_pattern,
    numeric_dates,
    numeric_match_date,
    weekday_pattern,
)
from groundwatch.records import MetaOrigin
from groundwatch.stages.extract import published_yearless

__all__ = ["READ_METHODS", "PublishedGuess", "align_forward", "align_to_weekday", "infer_published", "stamp_day",
           "stamp_phrase", "stamp_without_year", "story_base"]

#: How far into the text a dateline or a "published" stamp is looked for. 400 characters hold a
#: title, a byline and a dateline in the news formats seen (wire copy, web pages after cleaning).
DATELINE_CHARS = 400

#: A line this short holding a full date is a stamp (byline, date line), not a sentence about an
#: event: a news sentence is longer than 60 characters. Chosen by reading, not tuned.
STAMP_LINE_CHARS = 60

#: A "published"/"updated" cue makes a stamp only where stamps put it: within this many characters
#: of its line's start ("Published: ...", "By Ana Ruiz | Updated ..."), or anywhere in a line of at
#: most ``STAMP_LINE_CHARS``. Further into a sentence, "an update dated 14 May 2023" cites an
#: earlier document (crises-2023 tune+heldout: 1 such case, in a quote; the real stamps all opened
#: their line). Chosen by reading.
CUE_LINE_OFFSET = 40

#: Confidence of each method: the share of its guesses that gave the true publication date when
#: the manifest was withheld, on the tune parts of dates-dev, crises-2023 and karabakh-2023 (counts
#: below; the held-out parts in brackets), rounded down. Small counts: read them as a ranking.
#: dateline or stamp: 2 of 2 exact (crises-2023) [1 of 1 a day off]; 0.9, not 1.0, for stamps
#: of a page's own date that the cleaner cannot tell from the article's.
CONFIDENCE_STAMP = 0.9
#: a dateline without a year, the year taken from the story's other articles (the pipeline passes
#: it): no case in the tune parts; borrowing the latest year the text writes instead was wrong for
#: 2 of 2 (dates-dev), so the text's years are not used.
CONFIDENCE_DATELINE_NO_YEAR = 0.7
#: A dateline without a year and no story to lend one: the year that puts the dateline on or after the
#: latest full date the text mentions ("HARSTAD, Dec 3 (Reuters) - ... after cutting it on Oct. 29,
#: 2026"), when it then falls at most this many days after that date (news cites the days of its own
#: news cycle; an older full date, "the 1988 agreement", says nothing of the year of writing). No such
#: text in the tune parts (the archive's wire copy carries its year); stress batch dreview13-s21b: 3 of
#: 3 such texts dated to their latest full date before, their weekdays put a week or more back. Chosen
#: by reading: two months.
DATELINE_AFTER_DAYS = 62
#: a date in the file name or address: 73 of 76 exact, 3 a day off (dates-dev) [37 of 37].
CONFIDENCE_NAME = 0.9
#: A yearless dateline a day or two before the name's date ("HAVRE, August 7 (Wire) --" in a file named
#: for August 8) was tried as the date instead: on dates-dev tune without the manifest it fixed 3 texts and
#: broke 4 whose true date is the name's (the archive's day, not the dateline's); left out.
#: a two-digit-year wire id in the file name ("HP900815-0044", "ep980120.1830.0071"): 4 of 4
#: exact (dates-dev) [3 of 3]; below a four-digit year, since six digits can be something else.
CONFIDENCE_NAME_SHORT = 0.8
#: the latest full date mentioned: 1 of 6 exact (crises-2023 1 of 3, dates-dev 0 of 3)
#: [3 of 4]; the news sets do better than the archive one, but it stays a guess.
CONFIDENCE_LATEST = 0.2

#: a page stamp without a year ("PUBLISHED: Tue 4 May, 3:59pm") dropped by the cleaner, the year
#: taken from the story's other articles (the nearest to its latest report) or, without a story,
#: from the latest year the text writes when the stamp's weekday agrees with it (one year in
#: seven agrees by chance): no case in the tune parts; chosen by reading, below a dated stamp and
#: a dateline with its year, above the latest date mentioned.
CONFIDENCE_STAMP_NO_YEAR = 0.6

#: Methods that read the date the text gives itself (origin ``text``); the others infer one.
READ_METHODS = frozenset({"dateline", "stamp"})

_MONTH = month_pattern(capitalised=False)
_FULL_DATE = re.compile(
    rf"(?i:\b(?P<m1>{_MONTH}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m2>{_MONTH}),? (?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)(?:\b|(?=T\d))"
    # "08-Mar-2027", a content system's stamp (stress batch dreview14-s22b: 1 of 1 undated)
    rf"|\b(?P<d4>\d{{1,2}})-(?P<m4>{_MONTH})-(?P<y4>(?:19|20)\d\d)\b)")
# "19 October 2023 — Police said ...": a date opening a line and set off by a dash is a dateline.
_LEAD_DASH = re.compile(r"\s*(?:--|—|–|-)\s")
# "18-6-2023 (TESSEL) The river ...": a date opening a line and followed by a bracketed place.
_LEAD_PLACE = re.compile(r"\s*\([A-Z][A-Za-z.' -]*\)")
# A dateline's date without a year: "TESSEL, Sept. 21 (Harbour Post) --", "Tessel, 21 September:".
_SHORT_DATE = re.compile(rf"(?i:\b(?P<m1>{_MONTH}) (?P<d1>\d{{1,2}})\b(?!,? \d)"
                         rf"|\b(?P<d2>\d{{1,2}}) (?P<m2>{_MONTH})(?!,? \d))")
# A place at the start of a line, then the date: capitalised words joined by spaces, commas or
# slashes ("KAMPALA, Uganda, ", "KAMPALA/NAIROBI, "), perhaps an agency in brackets ("KAMPALA,
# Uganda (Reuters), "), set off by a comma, a dash or a bar ("Kampala, Uganda — ", "Kampala | ").
_DATELINE_HEAD = re.compile(r"[\s\W]*[A-Z][A-Za-z.'-]+(?:(?:, ?| |/)[A-Z][A-Za-z.'-]+)*(?: \([A-Z][A-Za-z.' -]*\))?"
                            r"(?:,\s*|\s+(?:--|—|–|-|\|)\s*)")
# What may follow a numeric date alone on its line: a clock time and its zone, perhaps set off by a comma, a
# bar, a slash or a dash ("2027/05/13 07:45", "19.10.2026 14:05 CET", "13.05.2027 | 08:12"), as a content
# system stamps a page (stress batches dreview15-s24 and s24h: 2 of 2 undated with the time).
_STAMP_TIME = re.compile(r"(?:\s*[,|/–—-]?\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?"
                         r"(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?)?")
# "Last update: 8.3.2027" names the stamp with the noun (stress batch dreview14-s22b: 1 of 1 undated).
_STAMP_BEFORE = re.compile(r"\b(?:published|updated?|posted|date[d]?|last modified|first published)\b[^.]{0,20}$",
                           re.I)
# A date the article's address or file name carries: /2023/09/21/, 2023-09-21, 20230921.
_NAME_DATE = re.compile(r"(?<!\d)(?P<y>(?:19[89]|20[0-4])\d)(?P<sep>[/_.-]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?!\d)"
                        # the month as a word between slashes: ".../2027/mar/08/..." (stress batch
                        # dreview14-s22b: 2 of 2 such addresses undated)
                        rf"|(?<!\d)(?P<y2>(?:19[89]|20[0-4])\d)/(?P<m2>(?i:{_MONTH}))/(?P<d2>[0-3]?\d)(?=/|$)")
# A wire-archive id with a two-digit year (news agencies' and the LDC's: letters, YYMMDD, then a
# separator): "HP900815-0044", "ep980120.1830.0071". Only at the start of the name, so that a
# number inside a slug is never read as a date.
_WIRE_ID = re.compile(r"^[A-Za-z]{2,5}(?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?=[-_.])")
# A clause about what is to come: its date is no evidence that the article was written after it.
# "by" counts only before a time ("by Friday", "by the end of June"): "caused by the flood" is an
# agent, and "due to the flood" a cause (crises-2023 tune: both hid a reported weekday).
# A rule or a term that starts or ends later is named by its own words ("effective Jan. 1", "takes effect
# on", "comes into force on", "expires on", "starting January 4"): review dreview5 of dates-dev tune, 1
# of 2 wrong latest-date guesses; stress batch dreview6-s14, 7 of 9 such texts dated to the future day.
# "resigned effective 18 June" is a past act's day: "effective" right after a past form is not a cue.
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|'ll|scheduled|slated|expected|plans?|planned|set to|until|deadline)\b"
    r"|(?<!ed )\beffective\b|\b(?:takes?|taking) effect\b|\b(?:comes?|coming|enters?|entering) into force\b"
    r"|\b(?:expires?|expiring|expiry)\b|^\W*(?:starting|beginning)\b"
    r"|\bdue\b(?! to (?:the|a|an|its|their|his|her|this|that)\b)"
    rf"|\bby (?=(?:the end of |the middle of |next |early |mid-?|late )?(?:{month_pattern(capitalised=True)}"
    rf"|{weekday_pattern(capitalised=True)}|tomorrow|tonight|then|\d))", re.I)

# Before a full date only: a forecast or a period still running ("expects income in the year ending
# 30 June 2031 to fall", "fiscal 2031") names a date that need not have come yet (dates-dev tune: 1
# of the 3 wrong latest-date guesses). Kept apart from ``_FUTURE_CUE``, which also hides a
# sentence's weekdays: "said Tuesday it expects" still reports a Tuesday. ``_POSSIBLE_CUE``: a modal of possibility
# ("may register from", "could reopen on") and a right held now ("has an option to buy the site after",
# "holds an option to extend the lease beyond"): the date may still lie ahead; "exercised its option to
# buy on", "could not open on" and "may have fled on" report a past day, and "12 may still be missing"
# says nothing of a weekday. Such a date still bounds the day of writing from above, so it is the guess
# when the text gives no other full date (dates-dev tune: 1 such text, an option's date its only one; with
# no guess its month-days are lost). Review dreview7 of dates-dev tune: that text; stress batch
# dreview8-s16: 4 of 4 texts with a reported date too dated to the future day before, 2 controls.
_FORECAST_CUE = re.compile(r"\b(?:expects?|expecting|forecasts?|projects?|projected|(?:year|quarter|period|half|"
                           r"month|season)s? ending|fiscal)\b", re.I)
_POSSIBLE_CUE = re.compile(r"(?:(?-i:\bmay)|\b(?:can|could|might|must))\b(?! not\b|n't| have\b)"
                           r"|\b(?:has|have|holds?|holding|with|gives?|grants?)\s+(?:\w+\s+){0,2}(?:options?|rights?)\s+to\b",
                           re.I)


#: How far an inferred date may move to the weekday the text gives the day of writing ("this
#: morning, Saturday"): the guesses (a story's latest date, the latest date mentioned) are seldom
#: more than three days off (crises-2023 tune: all within two days). Chosen by reading.
ALIGN_MAX_DAYS = 3

#: The story's dates used to date an undated member lie at most this many days before its latest
#: one: a page's wrong metadata date (weeks off) must not pull the others back, while one news
#: cycle's reports span up to 11 days in the crises-2023 tune stories (the dam: 7 to 18 June).
STORY_WINDOW_DAYS = 14

#: How far :func:`align_forward` moves a lower bound to a weekday reported as past. The moves the
#: crises-2023 tune articles needed were 1 or 2 days (5 articles); at 3 a weekday of the week before
#: ("the fighting erupted on Saturday", read on a Wednesday) is taken for this week's.
FORWARD_MAX_DAYS = 2

#: With one dated report in the story, the lead's weekday dates the article when it falls at most
#: this many days from that report: the report need not be the story's first, so no bound can move
#: forward (``align_forward``), but a weekday the lead reports next to it is the same news cycle.
#: karabakh-2023 without its manifest: the one dated report is a Sunday, another report's lead
#: says "were injured Monday" (its 5 Monday phrases); at 2 days a Tuesday lead would also be taken
#: two days after a Sunday report, where the Tuesday before is as likely. Chosen on that one case.
SINGLE_REPORT_LEAD_DAYS = 1

#: The lead of an article (a title, a dateline and the first sentence) lies within this many
#: characters; chosen by reading (the news formats seen put the lead's weekday before character 300).
LEAD_CHARS = 400

_WEEKDAY_WORD = re.compile(rf"\b(?:{'|'.join(w.capitalize() for w in WEEKDAY_FORMS if w.endswith('day'))})\b")

# "this morning, Saturday", "today (Monday)", "yesterday evening, Friday": the day of writing.
_DEICTIC_WEEKDAY = re.compile(
    rf"(?i:\b(?P<rel>today|tonight|this (?:morning|afternoon|evening)|yesterday(?: (?:morning|afternoon|evening))?"
    rf"|last night),? \(?(?P<wd>{'|'.join(w for w in WEEKDAY_FORMS if w.endswith('day'))})\b)")


@dataclass(frozen=True, slots=True)
class PublishedGuess:
    """A publication date read from the text, with how it was found and how sure it is."""

    date: dt.date
    # dateline, stamp, dateline-no-year, stamp-no-year, name, latest-date, weekday-day (story: set by the pipeline)
    method: str
    confidence: float

    @property
    def origin(self) -> MetaOrigin:
        """The ``MetaOrigin`` of the guess: ``text`` where the text states it, else ``inferred``."""
        return "text" if self.method in READ_METHODS else "inferred"


def infer_published(text: str, *, name: str | None = None, year: int | None = None) -> PublishedGuess | None:
    """Infer an article's publication date (see the module docstring for the order of trust).

    Args:
        text: the clean article text.
        name: the article's address or file name, or ``None``.
        year: the year of the article's story (from its other articles), for a dateline that
            gives none; ``None`` before stories are known.

    Returns:
        The best guess, or ``None`` when neither the text nor the name dates the article.
    """
    stamps = _top_stamps(text)
    if stamps["cued"] or stamps["dateline"]:
        kind = "cued" if stamps["cued"] else "dateline"
        return PublishedGuess(max(stamps[kind]), "stamp" if kind == "cued" else "dateline", CONFIDENCE_STAMP)
    if year is not None and (guess := _dateline_without_year(text, year)) is not None:
        return guess
    if stamps["line"]:
        return PublishedGuess(max(stamps["line"]), "stamp", CONFIDENCE_STAMP)
    if (named := _from_name(name)) is not None:
        return named
    latest = _latest_mentioned(text)
    if year is None and latest is not None and (dated := _dateline_after(text, latest.date)) is not None:
        return dated
    if latest is None and (day := published_yearless.weekday_day(text)) is not None:
        return PublishedGuess(day, "weekday-day", published_yearless.CONFIDENCE_WEEKDAY_DAY)
    return latest


def stamp_phrase(line: str) -> tuple[int, int, dt.date] | None:
    """The offsets and date of the full date a stamp line gives ("June 6, 2023 at 10:31 am")."""
    for m in _FULL_DATE.finditer(line):
        if (d := _full(m)) is not None:
            return m.start(), m.end(), d
    return None


def _full(m: re.Match[str]) -> dt.date | None:
    for i in "1234":
        if m[f"y{i}"]:
            return calendar_date(m[f"y{i}"], m[f"m{i}"], m[f"d{i}"])
    return None


def _line_at(text: str, start: int, end: int) -> tuple[str, str]:
    """The line holding ``start:end`` and the part of it before ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start:line_end if line_end >= 0 else len(text)], text[line_start:start]


def _is_dateline_head(before: str) -> bool:
    """"TESSEL, " or "Rabat, Veloria, " before a date; "Friday, " is a page stamp's weekday."""
    return bool(_DATELINE_HEAD.fullmatch(before)) and before.strip(" ,\t•-").casefold() not in WEEKDAY_FORMS


def _top_stamps(text: str) -> dict[str, list[dt.date]]:
    """Full dates at the top: after "published"/"updated", in a dateline, or on a short line.

    A cued stamp wins (the latest of them: an update is later than the first publication), then
    a dateline, then a date on a short line of its own. A page shows today's date on such a line
    ("Friday, 22 November 2024" above the headline): no publication date when the article also
    carries a dateline.
    """
    top = text[:DATELINE_CHARS]
    found: dict[str, list[dt.date]] = {"cued": [], "dateline": [], "line": []}
    for m in _FULL_DATE.finditer(top):
        line, before = _line_at(top, m.start(), m.end())
        if (d := _full(m)) is None:
            continue
        if _cued(line, before):
            found["cued"].append(d)
        elif _is_dateline_head(before) or _opens_lead(top, before, m.end()):
            found["dateline"].append(d)
        elif len(line.strip()) <= STAMP_LINE_CHARS:
            found["line"].append(d)
    # a numeric date only after a "published"/"updated" cue or alone on its line, where a number can be
    # nothing else
    for m in numeric_dates(top):
        line, before = _line_at(top, m.start(), m.end())
        if (d := numeric_match_date(m)) is None:
            continue
        if _cued(line, before):
            found["cued"].append(d)
        elif _is_dateline_head(before) or _opens_lead(top, before, m.end()):
            found["dateline"].append(d)  # "TESSEL, 25/11/2026 -" as "TESSEL, Nov. 25, 2026 -" (dreview12-s20e: 1 of 1)
        elif _STAMP_TIME.fullmatch(line.strip()[len(m.group(0)):]) and line.strip().startswith(m.group(0)):
            found["line"].append(d)
    return found


def _cued(line: str, before: str) -> bool:
    """A "published"/"updated" cue right before the date, where a stamp puts it (``CUE_LINE_OFFSET``)."""
    cue = _STAMP_BEFORE.search(before)
    if cue is None:
        return False
    offset = cue.start() - (len(before) - len(before.lstrip()))
    return offset <= CUE_LINE_OFFSET or len(line.strip()) <= STAMP_LINE_CHARS


def _opens_lead(top: str, before: str, end: int) -> bool:
    """A date opening its line and set off as a dateline: by a dash, or by a bracketed place."""
    return not before.strip() and bool(_LEAD_DASH.match(top, end) or _LEAD_PLACE.match(top, end))


def _dateline_without_year(text: str, year: int) -> PublishedGuess | None:
    """"TESSEL, Sept. 21 (Harbour Post) --", in the year of the story the article belongs to."""
    top = text[:DATELINE_CHARS]
    for m in _SHORT_DATE.finditer(top):
        _, before = _line_at(top, m.start(), m.end())
        if not _is_dateline_head(before):
            continue
        month, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
        d = calendar_date(str(year), month, day)
        return PublishedGuess(d, "dateline-no-year", CONFIDENCE_DATELINE_NO_YEAR) if d else None
    return None


def _dateline_after(text: str, latest: dt.date) -> PublishedGuess | None:
    """"HARSTAD, Dec 3 (Reuters) -" in a text whose latest full date is "Oct. 29, 2026": the dateline's
    first day on or after that date, when it falls within ``DATELINE_AFTER_DAYS`` of it."""
    for year in (latest.year, latest.year + 1):
        guess = _dateline_without_year(text, year)
        if guess is not None and 0 <= (guess.date - latest).days <= DATELINE_AFTER_DAYS:
            return guess
    return None


def _from_name(name: str | None) -> PublishedGuess | None:
    if not name:
        return None
    for m in reversed(list(_NAME_DATE.finditer(name))):  # the last date is the page's, not a section's
        ymd = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
        if (d := calendar_date(*ymd)) is not None:
            return PublishedGuess(d, "name", CONFIDENCE_NAME)
    if wire := _WIRE_ID.match(name.rsplit("/", 1)[-1]):
        year = int(wire["y"]) + (1900 if int(wire["y"]) >= TWO_DIGIT_YEAR_PIVOT else 2000)
        if (d := calendar_date(str(year), wire["m"], wire["d"])) is not None:
            return PublishedGuess(d, "name", CONFIDENCE_NAME_SHORT)
    return None


def _latest_mentioned(text: str) -> PublishedGuess | None:
    """The latest full date named in a sentence that is not about what is to come."""
    found: list[dt.date] = []
    possible: list[dt.date] = []  # under _POSSIBLE_CUE: an upper bound, the guess only without another date
    for m in _FULL_DATE.finditer(text):
        sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        clause = _clause_before(text[sent_start:m.start()])
        if _FUTURE_CUE.search(clause) or _FORECAST_CUE.search(clause):
            continue
        if (d := _full(m)) is not None:
            (possible if _POSSIBLE_CUE.search(clause) else found).append(d)
    if not found and not possible:
        return None
    return PublishedGuess(max(found) if found else min(possible), "latest-date", CONFIDENCE_LATEST)


# A new clause after a comma ("..., the city said in a letter dated 26 August 2026"): a future cue before
# it does not reach a date in it. "and", "or", "but" and "then" carry the future on ("..., and again on").
_CLAUSE_BREAK = re.compile(r",\s+(?!(?:and|or|but|then)\b)(?=[a-z])")


def _clause_before(before: str) -> str:
    """The part of a sentence's text before a date that belongs to the date's clause (after the last
    break of ``_CLAUSE_BREAK``). Stress batch dreview6-s14: 2 past dates after a future clause ("will
    expire on <date>, the city said in a letter dated <date>") hidden before."""
    cuts = list(_CLAUSE_BREAK.finditer(before))
    return before[cuts[-1].end():] if cuts else before


def align_to_weekday(text: str, guess: dt.date) -> dt.date:
    """Move an inferred date to the weekday the text gives the day of writing, if it is near.

    "in a press interview this morning, Saturday" dates the article to a Saturday; "yesterday
    evening, Friday" too. The nearest such day at most ``ALIGN_MAX_DAYS`` from ``guess`` wins;
    without such a phrase, or with two that disagree, ``guess`` stays.
    """
    wanted: set[int] = set()
    for m in _DEICTIC_WEEKDAY.finditer(text):
        wd = WEEKDAY_FORMS[m["wd"].casefold()]
        back = m["rel"].casefold().startswith(("yesterday", "last"))
        wanted.add((wd + 1) % 7 if back else wd)
    if len(wanted) != 1:
        return guess
    target = wanted.pop()
    options = [guess + dt.timedelta(days=k) for k in range(-ALIGN_MAX_DAYS, ALIGN_MAX_DAYS + 1)]
    near = [d for d in options if d.weekday() == target]
    return min(near, key=lambda d: abs((d - guess).days)) if near else guess


def align_forward(text: str, lower: dt.date, upper: dt.date | None = None) -> dt.date:
    """The earliest date from ``lower`` on that is not before a weekday the text reports as past.

    ``lower`` is a bound the article was written on or after (the latest date it mentions, the
    first report of its story). A weekday named in a clause that is not about what is to come,
    and falling at most ``FORWARD_MAX_DAYS`` after ``lower``, happened by the day of writing ("the
    toll climbed on Wednesday" after a Tuesday bound: written on Wednesday or later). Weekdays
    further ahead are taken to lie before the bound, unless ``upper`` (the end of the story's news
    cycle) is given and the weekday, not a possessive ("Tuesday's blast" names the event, often
    before the first report), falls on exactly one day from ``lower`` to it: that day is the one
    the story reports.
    """
    span = (upper - lower).days if upper is not None else -1
    ahead = 0
    for start, wd in _past_weekdays(text):
        k = (wd - lower.weekday()) % 7
        if k <= FORWARD_MAX_DAYS or (k <= span < k + 7 and not _possessive(text, start)):
            ahead = max(ahead, k)
    return lower + dt.timedelta(days=ahead)


def _past_weekdays(text: str) -> list[tuple[int, int]]:
    """(offset, weekday number) of each weekday named outside a clause about what is to come."""
    out = []
    for m in _WEEKDAY_WORD.finditer(text):
        sent_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sent_end = min(x for x in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if x >= 0)
        if not _FUTURE_CUE.search(text[sent_start:sent_end]) or _SAID_ON.search(text, sent_start, m.start()):
            out.append((m.start(), WEEKDAY_FORMS[m.group(0).casefold()]))
    return out


# "said on Tuesday she would report": the day of a past saying, whatever its clause says of the future
# (stress batch dreview15-s24j: 1 of 1 such weekday hidden, its undated text dated a week back).
_SAID_ON = re.compile(r"\b(?:said|announced|told reporters)(?: on)?\s+$")


def _possessive(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` is a possessive ("Tuesday's blast"): the event, not a report."""
    end = _WEEKDAY_WORD.match(text, start)
    return end is not None and re.match(r"['’]s\b", text[end.end():end.end() + 2]) is not None


def _lead_day(text: str, lo: dt.date, hi: dt.date) -> dt.date | None:
    """The one day from ``lo`` to ``hi`` that falls on the weekday the lead reports, or ``None``.

    The lead ("... were injured Monday, officials said") reports the latest news, so its weekday
    is the day of writing or close to it. A possessive ("Tuesday's blast") names the event the
    story is about, often days back, and is passed over. A weekday after a comparison with an
    earlier figure dates that figure: the report that replaces it came a day later at the earliest.
    """
    for start, wd in _past_weekdays(text[:LEAD_CHARS]):
        if _possessive(text, start):
            continue
        days = [lo + dt.timedelta(days=k) for k in range((hi - lo).days + 1)
                if (lo + dt.timedelta(days=k)).weekday() == wd]
        if len(days) != 1:
            return None
        # "has risen from the 190 confirmed on Tuesday": the day of the figure it replaces
        return days[0] + dt.timedelta(days=1) if _EARLIER_FIGURE.search(_sentence_before(text, start)) else days[0]
    return None


# A comparison with an earlier figure ("rose from 190", "up from the 190 that was given") before a weekday.
_EARLIER_FIGURE = re.compile(r"\b(?:up |down |(?:increased|rose|risen|grown|climbed|jumped|fell|dropped) )from "
                             r"(?:the |a )?(?:last |previous |earlier )?(?:\w+ ){0,2}[\d,.]+\b", re.I)


def _sentence_before(text: str, start: int) -> str:
    return text[max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1:start]


def story_base(text: str, story_dates: list[dt.date], stamp_lines: list[str] | None = None) -> dt.date | None:
    """A date for an undated article from its story's dated articles, or ``None``.

    A dateline without a year, or a page stamp without one among ``stamp_lines`` (the lines the
    cleaner dropped, see :func:`stamp_without_year`), takes the story's year; else the article came out on or after the
    story's first report (its earliest date within ``STORY_WINDOW_DAYS`` of the latest), moved
    forward to the weekdays it reports (:func:`align_forward`), then to a weekday of writing it
    states (:func:`align_to_weekday`). A weekday the lead reports that falls on exactly one day
    from that first report to ``FORWARD_MAX_DAYS`` after the latest one dates the article instead
    (:func:`_lead_day`), or failing that, one from that first report to the latest one. With one
    dated report, that report's date is the guess, unless the lead's weekday falls within
    ``SINGLE_REPORT_LEAD_DAYS`` of it.
    """
    if not story_dates:
        return None
    latest = max(story_dates)
    if (guess := infer_published(text, year=latest.year)) is not None:
        return guess.date
    if (stamp := stamp_without_year(stamp_lines or [], text, near=latest)) is not None:
        return stamp.date
    recent = [d for d in story_dates if (latest - d).days <= STORY_WINDOW_DAYS]
    if len(recent) < 2:  # one dated report need not be the first: no bound to move from
        near = dt.timedelta(days=SINGLE_REPORT_LEAD_DAYS)
        return align_to_weekday(text, _lead_day(text, latest - near, latest + near) or latest)
    end = latest + dt.timedelta(days=FORWARD_MAX_DAYS)
    # the article was written on or after the latest day it reports ("the June 14 breach")
    floor = _yearless_past(text, latest, end)
    lo = max(min(recent), floor) if floor is not None else min(recent)
    # a lead weekday that falls twice in the cycle and its margin may fall once in the dated span
    lead = _lead_day(text, lo, end) or _lead_day(text, lo, max(lo, latest))
    return align_to_weekday(text, lead or align_forward(text, lo, end))


def _yearless_past(text: str, latest: dt.date, end: dt.date) -> dt.date | None:
    """The latest day without a year ("the June 14 breach") the text reports as past, or none.

    Read in the year that puts it nearest ``latest`` (the story's latest report), and only up to
    ``end``: a day later than that, or in a clause about what is to come, bounds nothing.
    """
    found: list[dt.date] = []
    for m in _SHORT_DATE.finditer(text):
        before = _sentence_before(text, m.start())
        if _FUTURE_CUE.search(before) or _FORECAST_CUE.search(before) or _POSSIBLE_CUE.search(before):
            continue
        month, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
        if not month[0].isupper():  # "as many as 30 may have died": a modal, not the month
            continue
        days = [c for y in (latest.year - 1, latest.year, latest.year + 1)
                if (c := calendar_date(str(y), month, day)) is not None]
        nearest = min(days, key=lambda c: abs((c - latest).days), default=None)
        if nearest is not None and nearest <= end:
            found.append(nearest)
    return max(found, default=None)


# A page stamp's day and month without a year, with its weekday if it gives one: "PUBLISHED: Tue 4
# May, 3:59pm", "Updated 14:02 GMT, 12 March", "Posted Sept. 21 at 10:31 am".
_STAMP_DAY = re.compile(
    rf"(?i:(?:\b(?P<wd>{weekday_pattern(abbreviated=True)}),?\s+)?"
    rf"(?:\b(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?P<m2>{_MONTH})(?![a-z]))(?!,?\s*(?:19|20)\d\d))")
_STAMP_CUE = re.compile(r"\b(?:published|updated?|posted|last modified|filed)\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def stamp_without_year(lines: list[str], text: str, near: dt.date | None = None) -> PublishedGuess | None:
    """The day a page stamp without a year gives, among the lines the cleaner dropped.

    A stamp line has a publication cue before the day ("Updated 14:02 GMT, 12 March"), or is a
    line of at most ``STAMP_LINE_CHARS`` giving the day with a weekday or a clock time ("Tue 4
    May, 3:59pm"). Its year is the one that puts the day nearest ``near`` (the latest report of
    the article's story); without ``near``, the latest year ``text`` writes, and only when the
    stamp gives a weekday. A weekday that the year denies gives no guess.
    """
    for line in lines:
        m = stamp_day(line.strip())
        if m is None:
            continue
        month, day = (m["m1"], m["d1"]) if m["m1"] else (m["m2"], m["d2"])
        weekday = WEEKDAY_FORMS.get(m["wd"].casefold().rstrip(".")) if m["wd"] else None
        if near is not None:  # "12 March" read in January is last year's
            years = sorted((near.year - 1, near.year, near.year + 1),
                           key=lambda y: abs(((calendar_date(str(y), month, day) or dt.date.max) - near).days))
        elif weekday is not None and (written := [int(y) for y in _YEAR.findall(text)]):
            years = [max(written)]
        else:
            return None
        d = calendar_date(str(years[0]), month, day)
        if d is None or (weekday is not None and d.weekday() != weekday):
            return None  # a weekday the year denies: the stamp is not of this news cycle, or misread
        return PublishedGuess(d, "stamp-no-year", CONFIDENCE_STAMP_NO_YEAR)
    return None


def stamp_day(line: str) -> re.Match[str] | None:
    """The yearless day of a stamp line (see :func:`stamp_without_year`), or ``None``."""
    if _FULL_DATE.search(line):
        return None  # a dated stamp is the cleaner's (``clean.published.find_published``)
    for m in _STAMP_DAY.finditer(line):
        cue = _STAMP_CUE.search(line[:m.start()])
        if cue is not None and (cue.start() <= CUE_LINE_OFFSET or len(line) <= STAMP_LINE_CHARS):
            return m
        if len(line) <= STAMP_LINE_CHARS and (m["wd"] or _CLOCK.search(line)):
            return m
    return None
