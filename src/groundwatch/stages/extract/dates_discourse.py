"""Dates: what one article says about its own days, read across sentences.

Two rules, each applied once every phrase has its own resolution:

* **A possessive weekday names the day the article narrates.** "Monday's debate", "ahead of Friday's
  meeting", "Tuesday's vote might not change much": a possessive weekday's direction is read from
  its own clause ("ahead of", a modal after it, a past verb), and that clause is often about the
  event's consequences, not its time. When the same article also names that weekday plainly ("the
  assembly passed the bill on Tuesday", "the candidates meet Monday") and every plain mention gives
  one date, the possessive takes that date. Hand review of quotes-dev tune (48 articles, 276 dated
  phrases): 4 of 5 possessive weekdays put in the wrong week had a plain mention of the day in the
  same article; stress batch dreview-s11.
* **A clock time on a line of its own heads a live page's entry** ("4:10 p.m." above a paragraph):
  it dates what follows, so it never takes the day narrated in the entry above it. Its day is the
  last date written on a line of its own before it ("Friday 28 March 2025"), else the publication
  day. Hand review of quotes-dev tune: 4 of 4 such headers had taken the weekday of the entry
  above; stress batch dreview-s11.
* **A story set in an earlier year keeps that year.** "The stove was fitted on 14 November 2025 ...
  She came home on November 20": a month-day without a year, a few sentences after a full date of
  another year, falls in that year when it lies a few weeks after it there. Review dreview3
  (clean-dev tune pages): 5 month-days of one court report had taken the publication year; stress
  batch dreview3-s12. The anaphors that count from such a day ("8pm the next day", "two days later")
  move with it, and a named day of the year ("Christmas", "New Year's Day", "Easter") told in the
  past within the scene is the one that follows the full date there. Review dreview7 (clean-dev tune):
  "8pm the next day" and "Christmas" of one court report a year late; stress batch dreview8-s16.
* **A count back written before the day it counts from** ("The van had been bought 12 days earlier.
  He drove it into the gate on 14 May 2025."): an anaphor that counts back, with no day named in the
  scene before it, counts from a full date with its year in the same or the next sentence. Review
  dreview7 (clean-dev tune): 1 such phrase counted from the publication; stress batch dreview8-s16.
* **A clock time told again of a narrated event takes that event's day.** "The quake struck on Sunday
  night. ... [officials spoke on Thursday] ... The quake struck at 9:59 pm": a past clock time whose
  sentence names no day takes the day of an earlier mention told with the same verb ("struck ...
  struck") or owning the clock verb's subject ("Sunday's blast ... The blast happened at 6:40 a.m."),
  not the day named last. Issue 10's "clock times dated to the narrated day"; dates-dev tune: 1 such
  clock time (gold) on the publication day; stress batch dreview9-s17b: 4 of 4 took the wrong day.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from groundwatch.lexicons_dates import WEEKDAYS, month_pattern
from groundwatch.stages.extract.dates_candidates import BRACKET_ENTRY, DASH_ENTRY, HOLIDAY
from groundwatch.stages.extract.dates_context import EVENT_RELATIVE, SCHEDULED_EVENTS, Found
from groundwatch.stages.extract.dates_rules import (
    ANAPHORIC,
    WEEKDAY_RE,
    Resolution,
    anaphoric,
    normalise,
    resolve_phrase,
)

__all__ = [
    "align_possessive_weekdays",
    "apposed_day",
    "apposed_weekdays",
    "carry_narrative_year",
    "clause_verb",
    "count_back_to_next",
    "generic_clock_time",
    "header_clock_times",
    "narrated_clock_times",
    "past_verb",
    "scheduled_event",
]

#: A month-day without a year takes the year of a full date at most this many sentences before it ...
NARRATIVE_SENTENCES = 3
#: ... or this many when the month-day was read as past: a court report tells its scene over several
#: sentences ("fitted on March 3, 2025 ... five sentences ... found on March 20"). The same window as
#: dates_anaphors.SCENE_ANCHOR_SENTENCES; stress batch dreview7-s15b (4 such month-days 5 sentences on, all put
#: in the publication year before; 1 control under "will" stays ahead); review dreview6's court report.
NARRATIVE_PAST_SENTENCES = 6
#: ... when, in that year, it lies on or at most this many days after that date: a scene told day by
#: day ("on 16 December 2025 ... on December 27 ... on December 29"). Chosen by reading the one such
#: report of the review (its days ran 13 days past the full date); a month is a short chain of events.
NARRATIVE_DAYS = 31
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_HOLIDAY_PHRASE = re.compile(rf"(?:(?:on|at|over|for|after|before|until) )?(?:{HOLIDAY})", re.I)
#: An anaphor that counts back ("12 days earlier", "the day before", "a week before"); not "a year earlier".
_COUNTS_BACK = re.compile(r"\b(?:earlier|before|previous|preceding|prior)\b")
_A_YEAR = re.compile(r"\b(?:a|one) year\b")
#: A count back takes a full date this many sentences after it (the same or the next sentence) ...
CATAPHORA_SENTENCES = 1
#: ... when no day was named this many sentences before it (the window of dates_anaphors.SCENE_ANCHOR_SENTENCES):
#: a day named before it is what it counts from. Stress batch dreview8-s16: 4 such counts, 1 control.
CATAPHORA_CLEAR_SENTENCES = 6
_MONTH_DAY = re.compile(rf"^(?:on )?(?:{month_pattern(capitalised=False)})\.? \d{{1,2}}(?:st|nd|rd|th)?$"
                        rf"|^(?:on )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{month_pattern(capitalised=False)})\.?$")

#: A weekday, with a part of the day, and nothing that fixes its week ("last", "next", "this").
_PLAIN_WEEKDAY = re.compile(rf"(?:(?:on|late|early) )?(?P<wd>{WEEKDAY_RE})(?: (?:morning|afternoon|evening|night))?")
_POSSESSIVE = re.compile(r"(?:'s|’s)\b")
#: What may close a header line after its clock time: a separator, or a colon before the entry.
_HEADER_TAIL = re.compile(r"[ \t]*(?:[-–—:|•][ \t]*)?(?:\n|$)")
_HEADER_HEAD = re.compile(r"(?:^|\n)[ \t]*$")
#: The line after a header: prose of at least four words, as an entry opens.
_PROSE_NEXT = re.compile(r"[ \t]*(?:[-–—:|][ \t]*)?\n+[ \t]*[^\W\d]\S*(?:[ \t]+\S+){3}")
_ZONE = re.compile(r"\b(?:[ECMP][SD]T|BST|CES?T|GMT|UTC|ET|local time)\b")
#: A clock time opening its line and set off from the entry it dates ("14:05 — The river", "14:05: The", "[14:05] The").
_DASH_ENTRY = re.compile(DASH_ENTRY)
_BRACKET_ENTRY = re.compile(BRACKET_ENTRY)
#: A weekday before a day heading's date on the same line ("Thursday 13 May", which the model may cut in two).
_HEAD_WEEKDAY = re.compile(rf"[ \t]*{WEEKDAY_RE}[ \t]*,?[ \t]*", re.I)


def align_possessive_weekdays(text: str, found: list[Found]) -> None:
    """Give each possessive weekday the date of the article's plain mentions of that weekday, in place."""
    plain: dict[str, set[str]] = {}
    possessive: list[tuple[int, str]] = []
    for i, (start, end, res, _) in enumerate(found):
        if res is None or res.precision != "day" or not (m := _PLAIN_WEEKDAY.fullmatch(normalise(text[start:end]))):
            continue
        if _POSSESSIVE.match(text, end) or _POSSESSIVE.search(text[start:end]):
            possessive.append((i, m["wd"]))
        else:
            plain.setdefault(m["wd"], set()).add(res.date)
    for i, wd in possessive:
        dates = plain.get(wd, set())
        start, end, res, si = found[i]
        if len(dates) == 1 and res is not None and (day := next(iter(dates))) != res.date:
            found[i] = (start, end, Resolution(day, "day", res.future and day >= res.date), si)


def is_header_line(text: str, start: int, end: int) -> bool:
    """The phrase opens its line and nothing but a separator follows it ("4:10 p.m.", "15:20 GMT -")."""
    end = start + len(text[start:end].rstrip())
    return bool(_HEADER_HEAD.search(text, 0, start) and _HEADER_TAIL.match(text, end))


def _day_heading(text: str, start: int, end: int) -> bool:
    """A date alone on its line, perhaps after its weekday ("Friday 28 March 2025", "Thursday 13 May")."""
    if is_header_line(text, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_HEADER_TAIL.match(text, start + len(text[start:end].rstrip()))
                and _HEAD_WEEKDAY.fullmatch(text, line_start, start))


def header_clock_times(text: str, found: list[Found], pending: list[int], base: dt.date | None) -> list[int]:
    """Date the pending clock times that head a line or an entry, in place; return the others, still pending."""
    rest: list[int] = []
    for i in pending:
        start, end, _, si = found[i]
        dash_entry = bool((_HEADER_HEAD.search(text, 0, start) and _DASH_ENTRY.match(text, end))
                          or (text[start - 1:start] == "[" and _HEADER_HEAD.search(text, 0, start - 1)
                              and _BRACKET_ENTRY.match(text, end)))
        if not (dash_entry or is_header_line(text, start, end)):
            rest.append(i)
            continue
        if not dash_entry and not _PROSE_NEXT.match(text, end) and not _ZONE.search(text, start, end):
            continue  # "00:00" lines of a media player: a time alone that heads no entry is page debris
        heads = sorted(((s, r) for s, e, r, _ in found if s < start and r is not None and r.precision == "day"
                        and _day_heading(text, s, e)), key=lambda h: h[0])
        day = heads[-1][1].date if heads else (base.isoformat() if base else None)
        if day is not None:
            found[i] = (start, end, Resolution(day, "day", base is not None and day > base.isoformat()), si)
    return rest


#: An indefinite article before a clock time makes it a kind of time, not a moment ("a midnight
#: curfew", "a 3 a.m. phone call"); a set word in its sentence makes it a timetable ("at 7:30 a.m.
#: on weekdays", "at 4 a.m. every day"). Hand review of quotes-dev tune: 4 clock times that named no
#: day, 2 of them after "a"; stress batch dreview-s11.
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_SET_IN_SENTENCE = re.compile(r"\b(?:every|each) (?:day|night|morning|evening|week)\b|\b(?:daily|nightly)\b"
                              r"|\bon (?:weekdays|weekends|workdays|weeknights)\b"
                              r"|\bmost (?:days|nights|mornings|evenings)\b|\b(?:days|nights|times) a week\b", re.I)
#: A frequency adverb earlier in the clock time's own clause makes it a habit ("usually starts work at 4
#: a.m.", "normally leaves at 7:15 a.m."); a comma between them ends that clause ("which usually leaves at
#: 7 a.m., left at 9:30 a.m. on Monday"). Review dreview5 (quotes-dev tune): 2 generic clock times ("gets
#: up at 3 a.m."); stress batch dreview6-s14: 11 clock times of habits and timetables, 9 dated before.
_HABIT_BEFORE = re.compile(r"\b(?:usually|normally|typically|generally|always|often|routinely|regularly"
                           r"|habitually|customarily)\b(?:[^,;:!?]|(?<=\d):(?=\d))*$", re.I)
# A sentence's end, or any line break: a clock time heading a live page's entry follows a paragraph
# whose adverb is no part of its clause (quotes-dev tune: 1 header lost to an "always" above it).
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")
#: How far back in the sentence the frequency adverb may stand (characters).
HABIT_WINDOW_CHARS = 60


def generic_clock_time(text: str, start: int, end: int, sentence: str) -> bool:
    """A clock time that names no moment: "a midnight curfew", "leaves at 7:30 a.m. on weekdays",
    "usually opens at 7 a.m."."""
    return (bool(_INDEFINITE_BEFORE.search(text, max(0, start - 4), start))
            or text[start:end].lower().startswith(("a ", "an ")) or bool(_SET_IN_SENTENCE.search(sentence))
            or _habit_before(text, start))


def _habit_before(text: str, start: int) -> bool:
    """A frequency adverb in the clause before ``start``, within ``HABIT_WINDOW_CHARS`` and the sentence."""
    lo = max(0, start - HABIT_WINDOW_CHARS)
    breaks = list(_SENTENCE_BREAK.finditer(text, lo, start))
    return bool(_HABIT_BEFORE.search(text, breaks[-1].end() if breaks else lo, start))


#: Events that are held on a day set in advance (data/date_lookalikes.tsv, kind ``scheduled``). A possessive weekday
#: naming one under a future clause ("will use Monday's hearing", "will be watching Sunday's by-election") is the
#: coming day; naming anything else ("will discuss Tuesday's blast") it is the day the thing happened, as before. Hand
#: review of quotes-dev tune: 1 of 1 possessive weekday under "will" named a debate still to come; stress batch
#: dreview-s11; dreview12-s20c: 1 of 1 "will have the results of Sunday's runoff" put behind; dreview2-s25j: 1 of 1
#: "is likely to attend Sunday's memorial service" put behind.
_SCHEDULED = re.compile(r"^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:"
                        + "|".join(re.escape(w) + "(?:e?s)?" for w in sorted(SCHEDULED_EVENTS, key=len, reverse=True))
                        + r")\b", re.I)


def scheduled_event(text: str, end: int) -> bool:
    """The possessive weekday ending at ``end`` names an event held on a set day ("Monday's debate")."""
    return bool(_SCHEDULED.match(text[end:end + 60]))


def carry_narrative_year(text: str, found: list[Found],
                         past: Callable[[], frozenset[int]] = lambda: frozenset()) -> None:
    """Give a month-day the year of the full date that opened its scene, in place (see the module docstring).

    ``past``: gives the sentences (by index) whose main verb is in the past; a named day of the year
    moves only there ("spent Christmas in custody", not "hope for a busy Christmas"). It walks every
    sentence's parse, so it is called only when a named day of the year follows a full date.
    """
    past_once = functools.cache(past)
    anchor: tuple[int, dt.date] | None = None  # (sentence, day) of the last full date
    for i, (start, end, res, si) in enumerate(found):
        if res is None or res.precision != "day":
            continue
        phrase = text[start:end]
        if _YEAR.search(phrase):
            anchor = (si, dt.date.fromisoformat(res.date))
            continue
        if anchor is None:
            continue
        day = dt.date.fromisoformat(res.date)
        moved = _scene_day(phrase, res, si, anchor, past_once)
        if moved is not None and moved != day and 0 <= (moved - anchor[1]).days <= NARRATIVE_DAYS:
            found[i] = (start, end, Resolution(moved.isoformat(), "day", False), si)
            _move_followers(text, found, i, day, moved - day)
            anchor = (si, moved)


def _scene_day(phrase: str, res: Resolution, si: int, anchor: tuple[int, dt.date],
               past: Callable[[], frozenset[int]]) -> dt.date | None:
    """The day a month-day or a named day of the year takes in the scene ``anchor`` opened, or None."""
    p = normalise(phrase)
    if _HOLIDAY_PHRASE.fullmatch(phrase.strip()):
        if si - anchor[0] > NARRATIVE_PAST_SENTENCES or anchor[1].year >= int(res.date[:4]) or si not in past():
            return None
        got = resolve_phrase(phrase, anchor[1] - dt.timedelta(days=1), "future")
        return dt.date.fromisoformat(got.date) if got is not None and got.precision == "day" else None
    reach = NARRATIVE_SENTENCES if res.future else NARRATIVE_PAST_SENTENCES
    if si - anchor[0] > reach or not _MONTH_DAY.match(p):
        return None
    try:
        return dt.date.fromisoformat(res.date).replace(year=anchor[1].year)
    except ValueError:  # 29 February
        return None


def _move_followers(text: str, found: list[Found], i: int, day: dt.date, delta: dt.timedelta) -> None:
    """Move the anaphors after ``found[i]`` ("the next day") that counted from its old ``day``, up to the
    next day named, by ``delta``."""
    for j in range(i + 1, len(found)):
        start, end, res, sj = found[j]
        if res is None or res.precision != "day":
            continue
        if not ANAPHORIC.search(normalise(text[start:end])) or _YEAR.search(text[start:end]):
            return
        d = dt.date.fromisoformat(res.date)
        if abs((d - day).days) <= NARRATIVE_DAYS:
            found[j] = (start, end, Resolution((d + delta).isoformat(), "day", False), sj)


def count_back_to_next(text: str, found: list[Found]) -> None:
    """Count a count back with no day before it from the full date just after it, in place (see the
    module docstring)."""
    for i, (start, end, res, si) in enumerate(found):
        p = normalise(text[start:end])
        if (res is None or res.precision != "day" or not ANAPHORIC.search(p) or not _COUNTS_BACK.search(p)
                or _A_YEAR.search(p) or EVENT_RELATIVE.search(text[start:end])):
            continue
        if any(r is not None and r.precision == "day" and si - sj <= CATAPHORA_CLEAR_SENTENCES
               for _, _, r, sj in found[:i]):
            continue
        nxt = next(((s, e, r, sj) for s, e, r, sj in found[i + 1:] if r is not None and r.precision == "day"), None)
        if nxt is None or nxt[3] - si > CATAPHORA_SENTENCES or not _YEAR.search(text[nxt[0]:nxt[1]]):
            continue
        day = dt.date.fromisoformat(nxt[2].date)
        if day < dt.date.fromisoformat(res.date) and (got := anaphoric(p, day)) is not None:
            found[i] = (start, end, got, si)


#: Between a day and a weekday set beside it to name its weekday ("on Dec. 18, a Wednesday, ..."; "on Memorial
#: Day, Monday, ..."). Review dreview8 (clean-dev tune pages): 1 such weekday put in the week after; stress batch
#: dreview8-s16b. The article is optional after a holiday or a date (stress batch dblind-s36: "on Memorial Day,
#: Monday" put in the week before); the weekdays must still agree, so a list ("on Friday, Saturday") is left alone.
_APPOSED = re.compile(r",\s+(?:an?\s+)?")


def apposed_day(text: str, found: list[Found], start: int, end: int) -> Resolution | None:
    """The day a weekday at ``start:end`` is set beside to name its weekday ("Jan. 15, a Monday"), if any.

    Read as soon as the weekday is, so "Wednesday of that week" or "a day later" after it counts from that day,
    not from the weekday counted on its own from the paper's date.
    """
    if not found or (m := _PLAIN_WEEKDAY.fullmatch(normalise(text[start:end]))) is None:
        return None
    _, p_end, p_res, _ = found[-1]
    if p_res is None or p_res.precision != "day" or p_res.provisional or not _APPOSED.fullmatch(text[p_end:start]):
        return None
    day = dt.date.fromisoformat(p_res.date)
    return Resolution(p_res.date, "day", p_res.future) if day.weekday() == WEEKDAYS.index(m["wd"]) else None


#: Between a weekday and the day an agency sets after it in brackets: "on Monday (March 2)".
_BRACKETED = re.compile(r"\s*[(\[]\s*")


def apposed_weekdays(text: str, found: list[Found]) -> None:
    """Give a weekday apposed to a day ("Nov. 4, a Wednesday") that day, when the weekdays agree; so too a weekday
    with its day in brackets after it ("on Monday (March 2)", as Asian agencies write it: invented probes of session
    36, 3 of 3 counted from the paper's date instead); in place."""
    for i in range(1, len(found)):
        start, end, res, si = found[i]
        if res is not None and res.precision == "day" and (same := apposed_day(text, found[:i], start, end)):
            found[i] = (start, end, same, si)
    for i in range(len(found) - 1):
        start, end, res, si = found[i]
        _, _, day, _ = found[i + 1]
        m = _PLAIN_WEEKDAY.fullmatch(normalise(text[start:end]))
        if (m is None or res is None or day is None or day.precision != "day" or day.provisional
                or not _BRACKETED.fullmatch(text[end:found[i + 1][0]])):
            continue
        if dt.date.fromisoformat(day.date).weekday() == WEEKDAYS.index(m["wd"]):
            found[i] = (start, end, Resolution(day.date, "day", day.future), si)


#: Verbs too light to tell one event again ("was", "had", "said"): a clock time under them matches nothing.
_LIGHT_VERBS = frozenset({"be", "have", "do", "say", "tell", "make", "get", "go", "come", "take", "give"})


def clause_verb(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    cur = span.root if span is not None and len(span) else None
    for _ in range(8):
        if cur is None or cur.pos_ in ("VERB", "AUX"):
            return cur
        cur = None if cur.head.i == cur.i else cur.head
    return None


def past_verb(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _subject_lemma(verb: Token) -> str | None:
    return next((c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def narrated_clock_times(doc: Doc, found: list[Found], pending: list[int], base: dt.date | None) -> list[int]:
    """Give a past clock time told again of an earlier dated event that event's day (module docstring).

    Returns the pending clock times still without a day.
    """
    left = []
    for i in pending:
        start, end, _, si = found[i]
        verb = clause_verb(doc, start, end)
        same_sentence = any(sj == si and r is not None and r.precision == "day" for _, _, r, sj in found)
        if verb is None or same_sentence or not past_verb(verb) or verb.lemma_.lower() in _LIGHT_VERBS:
            left.append(i)
            continue
        subject = _subject_lemma(verb)
        day = None
        for s, e, r, sj in found[:i]:
            if r is None or r.precision != "day" or sj >= si or (base is not None and r.date > base.isoformat()):
                continue
            other = clause_verb(doc, s, e)
            owned = _owned_noun(doc, s, e)
            if (other is not None and other.lemma_ == verb.lemma_) or (owned is not None and owned == subject):
                day = r
        if day is None:
            left.append(i)
        else:
            found[i] = (start, end, Resolution(day.date, "day", False), si)
    return left


def _owned_noun(doc: Doc, start: int, end: int) -> str | None:
    """The noun a possessive weekday owns ("Sunday's blast" -> "blast"), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    after = doc[span.end:span.end + 4]
    if span[-1].lower_ not in ("'s", "’s") and (not len(after) or after[0].lower_ not in ("'s", "’s")):
        return None
    return next((t.lemma_.lower() for t in after if t.pos_ in ("NOUN", "PROPN")), None)
