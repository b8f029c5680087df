"""Dates: the candidate phrases of a text, before any is resolved (see ``dates``).

spaCy's DATE and TIME entities, split when one joins two dates, and the regular-expression hits for
what the model misses; a clock time is joined to the day written after it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from groundwatch.lexicons_dates import MONTHS, holiday_pattern, month_pattern, weekday_pattern
from groundwatch.stages.extract.dates_context import EVENT_RELATIVE
from groundwatch.stages.extract.dates_offsets import DAY_UNIT_RE, EVENT_OFFSET_RE
from groundwatch.stages.extract.dates_rules import (
    DAY_COUNT_RE,
    DOT_CLOCK_TIMES,
    MONTH_RE,
    NTH_DAY_RE,
    ORDINAL_DAY,
    WEEKDAY_RE,
    WORD_HOUR,
    normalise,
    strip_time,
)
from groundwatch.stages.extract.doc_cache import doc_ents, doc_text

__all__ = ["HOLIDAY", "candidates", "carries_year", "is_clock_time", "stray_ordinal"]

_ORDINAL_END = re.compile(r"\s*(?:[,.;:)]|and\b|or\b|$)")

_CAP_MONTH = month_pattern(capitalised=True)
_CAP_WEEKDAY = weekday_pattern(capitalised=True)
_CAP_MONTH_WORD = _CAP_MONTH.removesuffix(r"\.?")
#: The time zones written after a clock time, as news pages stamp them.
_ZONES = r"(?:[ECMP][SD]T|BST|CES?T|GMT|UTC)"
#: What follows a clock time opening a live page's entry on its own line: a dash, a colon or a bar, then prose
#: of four words ("14:05 — The river", "14:05 BST: The army", "16:20 | Schools"); or, the time in brackets,
#: the closing bracket ("[10:15] Rescue boats"); or a plain space before a capital ("09:10 Rescuers reached
#: the school"), as pasted live pages lose the separator. Stress batches dreview15-s24 and s24k: 11 of 11 such
#: times lost; dreview2-s25: 2 of 2 with a plain space.
_ENTRY_TEXT = r"[^\W\d]\S*(?:[ \t]+\S+){3}"
DASH_ENTRY = rf"(?:(?:[ \t]*[:|]|[ \t]+[-–—])[ \t]+|[ \t]+(?=[A-Z]))(?:{_ENTRY_TEXT})"
BRACKET_ENTRY = rf"\][ \t]+{_ENTRY_TEXT}"
_DAYPARTS = r"(?:morning|afternoon|evening|night)"
#: The named days of the year a rule dates (dates_rules._holiday), as running text capitalises them.
#: The fixed and Easter days are data (``data/holidays.tsv``); the others' rules are code (``dates_rules._BY_RULE``).
HOLIDAY = (rf"\b(?:{holiday_pattern()}|Thanksgiving(?: Day)?|Election Day|Labor Day|Memorial Day"
           r"|Black Friday|Cyber Monday|Super Tuesday)\b")
# What the model may miss. Capitalised names only, so that the modal "may" and the verb "march"
# are never months.
_PATTERNS = [
    # weekday, with its modifiers and a part of the day ("last Friday", "Saturday evening")
    rf"(?:\b(?:[Ll]ast|[Nn]ext|[Tt]his coming|[Tt]his|[Ee]arly|[Ll]ate) )?\b{_CAP_WEEKDAY}(?!s\b)\b"
    rf"(?:,? {_CAP_MONTH} \d{{1,2}}\b(?:,? \d{{4}}\b)?| (?:of )?(?:last|this|next) week\b| week\b(?! of)"
    # ... or the day before the month, as British and international copy writes it ("Monday, 26 October")
    rf"|,? \d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_CAP_MONTH}(?![a-z])(?:,? \d{{4}}\b)?)?"
    rf"(?: {_DAYPARTS}\b)?",
    # month-day with an optional year, and day-month ("Sept. 30", "19 September 2023")
    rf"\b{_CAP_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b(?:,? \d{{4}}\b| (?:of )?(?:last|this|next) year\b)?",
    rf"\b(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_CAP_MONTH}(?:,? \d{{4}}\b)?",
    # a month named after a word that makes it a time ("in March", "mid-June", "last November")
    rf"(?:(?<=\b[Ii]n )|(?<=\b[Ss]ince )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|(?<=\b[Oo]f ))"
    rf"{_CAP_MONTH}\b(?:,? \d{{4}}\b)?",
    # a month-day fixed by "next"/"last" ("the year ending next June 30"), before the bare month
    rf"\b(?:[Ll]ast|[Nn]ext) {_CAP_MONTH} \d{{1,2}}\b(?!,? \d{{4}})",
    rf"\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?)\s?{_CAP_MONTH}\b(?: \d{{4}}\b)?",
    # month and year, which the model sometimes cuts in two ("the October 2023 collapse")
    rf"\b{_CAP_MONTH},? (?:1[6-9]|20)\d\d\b", rf"\b{_CAP_MONTH},?(?: of)? (?:last|this|next) year\b",
    # day, month and year joined by hyphens, as content systems write them ("19-Sep-2027"; dates_shapes)
    rf"\b\d{{1,2}}-{_CAP_MONTH_WORD}-(?:1[6-9]|20)\d\d\b",
    # an ISO date, perhaps with its time glued on ("at 2027-03-09T10:00": stress batch dreview15-s24i, 1 of 1)
    r"\b\d{4}-\d\d-\d\d(?:\b|(?=T\d))",
    # year first with slashes or dots ("2026/12/02"), the order of East Asian and translated news
    r"(?<![\d./])\b(?:1[6-9]|20)\d\d(?P<ysep>[./])[01]?\d(?P=ysep)[0-3]?\d\b(?![.,/]\d)",
    # numeric day, month and full year ("03.09.2027", "19/09/2023"), which the model seldom tags; never a
    # version number ("version 2.10.2031")
    r"(?<![\d.,/])(?<![Vv]ersion )\b\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)(?:1[6-9]|20)\d\d\b(?![.,/]\d)",
    # a deictic day with its part of the day ("yesterday afternoon", "tomorrow morning"), one phrase as TimeML
    # marks it; the model tags "afternoon" apart, a second mention of the same day (a false date)
    rf"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b(?:(?<!onight) {_DAYPARTS}\b)?",
    # holidays whose day a rule gives (dates_rules._holiday); capitalised, as names are written
    HOLIDAY,
    r"\b(?:[Ll]ast|[Tt]his|[Nn]ext) (?:week|month)\b",
    # "last night", which the model joins to a figure before it ("put the toll at 23 last night" is one TIME
    # entity, which names no date): invented corpus_j (blind), 1 of 1 lost; stress batch jdates-s32. Never "the
    # last night of the festival", the final one.
    r"(?<![Tt]he )\b[Ll]ast night\b(?! of\b)",
    # counted from an event the text names ("two days after the blast", "a week after the signing": stress
    # batch dreview15-s24, 1 of 1 in weeks cut to "A week"): see dates_context. A name may open the event
    # ("the day before the Varn exchange crashed": stress batch dates9-s27, 1 of 1 untagged)
    rf"\b(?:(?:(?i:{DAY_COUNT_RE}) {DAY_UNIT_RE}(?: to the day)?|[Tt]he day) (?:after|before)|(?i:{EVENT_OFFSET_RE})"
    r"|[Tt]he (?:night|morning|afternoon|evening|day) of) (?:the|its|their|his|her|it|he|she|they)"
    r" (?:[A-Z][a-z]+ )?[a-z]+\b",
    # a day told from the last one named, which the model sometimes leaves untagged ("by the next afternoon")
    r"\b[Tt]he (?:next|following|previous|same) (?:day|morning|afternoon|evening|night)\b",
    # a weekday counted from the narrated day ("the previous Friday"), whose "the previous" the model leaves out
    rf"\b[Tt]he (?:previous|preceding|prior|following) {_CAP_WEEKDAY}\b",
    # a day of the month by its ordinal alone, after a preposition and closing its phrase ("left on the
    # 20th."; never "on the 20th floor"): dates_rules.ORDINAL_DAY
    r"(?:(?<=\b[Oo]n )|(?<=\b[Bb]y )|(?<=\b[Uu]ntil )|(?<=\b[Tt]ill )|(?<=\b[Bb]efore )|(?<=\b[Aa]fter )"
    r"|(?<=\b[Ss]ince )|(?<=\b[Ff]rom )|(?<=\bnight of )|(?<=\bmorning of )|(?<=\bevening of ))"
    r"the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?: of (?:this|last|next) month\b)?(?=\s*(?:[,.;:)]|and\b|or\b|$))",
    # the month a period runs to ("in the year to August", "the 12 months to March")
    rf"(?:(?<=\byear to )|(?<=\bmonths to )|(?<=\bquarter to )|(?<=\bweeks to )){_CAP_MONTH}\b(?!\s+[A-Z])",
    # "two weeks from today", which the model cuts in two ("two weeks" + "today"); "a year ago today"
    rf"\b(?i:{DAY_COUNT_RE}) (?:days?|weeks?) from (?:today|now|tomorrow)\b",
    rf"\b(?i:{DAY_COUNT_RE}|a|one) years? ago today\b",
    # TIMEX3 shapes built on a simpler phrase (dates_shapes): "a week from Monday", "the first Sunday of
    # December", "the end of the month", "two months from now", "Jan. '96", "the month before"
    rf"\b[Aa] week from {_CAP_WEEKDAY}\b",
    rf"\b[Tt]he (?:first|second|third|fourth|last) {_CAP_WEEKDAY} (?:of|in) (?:{_CAP_MONTH}(?: \d{{4}}\b)?"
    r"|(?:this|next|last) month\b)",
    rf"\b[Tt]he (?:very )?(?:end|beginning|start|middle) of (?:(?:the|this|last|next) month\b|{_CAP_MONTH})",
    rf"\b(?i:{DAY_COUNT_RE}) months? from (?:now|today)\b",
    rf"\b{_CAP_MONTH},? '\d\d\b", rf"\b(?i:{DAY_COUNT_RE}) weeks? ago (?:{_CAP_WEEKDAY}|yesterday|today)\b",
    r"\b[Aa] week (?:today|tomorrow)\b", rf"\b(?i:{DAY_COUNT_RE}) fortnights? ago\b",
    # a day of the month by its ordinal word ("the first of December"), which the model cuts to the month
    rf"\b[Tt]he (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth"
    rf"|twentieth|twenty-[a-z]+|thirtieth|thirty-first) of {_CAP_MONTH}", r"\b[Tt]he month (?:before|earlier)\b",
    rf"\b(?i:{DAY_COUNT_RE}) months? later\b", r"\b[Tt]he following month\b",
    # a count back from today ("whose rescue 2 months ago set off ..."), which the model now and then leaves
    # untagged among names (the number-digits respelling of dates-dev, tune part: 1 of 1 lost; in words it was
    # tagged); not a vague count ("more than 15 months ago", which the model's own phrase leaves undated)
    r"(?<!than )(?<!over )(?<!nearly )(?<!almost )(?<!about )(?<!around )(?<!some )"
    rf"\b(?i:{DAY_COUNT_RE}|a|an) (?:days?|weeks?|months?) ago\b",
    # "the Monday before last" (dates_shapes), whose "before last" the model leaves out (stress batch dreview15-s24i)
    rf"\b[Tt]he (?:{_CAP_WEEKDAY}|weekend) before last\b",
    # "a week on Monday", "three Fridays ago" (dates_shapes; stress batch dreview2-s25k); never a duration
    # ("was extended by a week on Thursday": dates-s8, 1 of 1 read so)
    rf"(?<![Bb]y )(?<![Ff]or )\b[Aa] week on {_CAP_WEEKDAY}\b", rf"\b(?i:{DAY_COUNT_RE}) {_CAP_WEEKDAY}s ago\b",
    # a counted day equated with a day ("Sunday was the fifth day of the strike": dates_events.NTH_DAY)
    rf"(?:(?<=\bis )|(?<=\bwas )|(?<=\bbe )|(?<=\bmarks )|(?<=\bmarked )|(?<=\bbecomes )|(?<=\bbecame ))"
    rf"{NTH_DAY_RE}\b",
    # "speaking this evening", "The day before, they had...": the model leaves some untagged
    r"\b[Tt]his (?:morning|afternoon|evening)\b",
    # a day word in capitals ("TODAY'S VOTE DRAWS LINES"), as wire copy and some sites print headlines, which the
    # model tags no entity in (caps-title respelling of dates-dev, tune: 1 of 1 lost)
    r"\b(?:TODAY|TONIGHT|YESTERDAY|TOMORROW)(?=['’]S\b|\b)",
    # "on Nov. 9; that evening, crowds gathered", "rain had fallen the night before.": a part of the day
    # told of the day just named, which the model leaves untagged after a semicolon or at a clause's end
    # (stress batch dblind-s32: 1 of 1; that session's invented probes: 1 of 1)
    r"\b[Tt]hat (?:morning|afternoon|evening|night)\b(?![-'’])",
    # ... or before an infinitive of purpose ("had met with police the day before to agree on a route": stress
    # batch dblind-s33, 1 of 1 untagged)
    r"\b[Tt]he (?:day|night|morning|afternoon|evening) (?:before|after)\b(?=\s*(?:[,.;:]|to [a-z]+\b))",
    # "the day before yesterday", which the model cuts to its "yesterday" (stress batch dreview13-s21a: 2 of 2)
    r"\b[Tt]he day (?:before yesterday|after tomorrow)\b",
    # an hour in words ("at four in the morning", "by ten o'clock"), which the model tags now and then
    # (number-words respelling of dates-dev, session 34; invented probes, session 35)
    rf"(?:(?<=\b[Aa]t )|(?<=\b[Aa]round )|(?<=\b[Aa]bout )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|(?<=\b[Aa]fter )"
    rf"|(?<=\b[Bb]efore ))(?:(?:half|(?:a )?quarter) past {WORD_HOUR}\b(?: o'clock)?|(?:a )?quarter to {WORD_HOUR}\b"
    rf"(?: o'clock)?|{WORD_HOUR}(?: o'clock| in the (?:morning|afternoon|evening)| at night)\b)",
    # a 24-hour clock time after a preposition ("at around 21:00 local time"), which the model leaves untagged
    r"(?:(?<=\bat )|(?<=\baround )|(?<=\babout )|(?<=\bfrom )|(?<=\buntil )|(?<=\bby ))"
    r"(?:[01]?\d|2[0-3]):[0-5]\d\b",
    # a 24-hour clock time heading a live page's entry, alone on its line ("15:20 GMT", "09:05 -"):
    # dates_discourse.header_clock_times. Stress batch dreview-s11: 5 of 5 such headers were missed.
    # Without a zone, a line of prose must follow: a media player's "00:00" lines head nothing.
    r"(?<![^\n])[ \t]*(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:[ECMP][SD]T|GMT|UTC)\b(?=[ \t]*(?:[-–—:|][ \t]*)?(?:\n|$))"
    r"|(?=[ \t]*(?:[-–—:|][ \t]*)?\n+[ \t]*[^\W\d]\S*(?:[ \t]+\S+){3}))",
    # ... or opening its entry's line, set off from the entry by a dash ("14:05 — The river crested at 6
    # metres", "11:20 BST – The army opened a shelter"). Stress batch dreview15-s24: 5 of 6 such times lost.
    rf"(?<![^\n])[ \t]*(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9]):[0-5]\d ?[ap]\.?m\.?)(?:\s?{_ZONES}\b)?"
    rf"(?={DASH_ENTRY})",
    rf"(?<=\[)(?<![^\n]\[)(?:[01]?\d|2[0-3]):[0-5]\d(?={BRACKET_ENTRY})",
]
# ... and a 12-hour one written with a dot ("at 9.42 pm"), which the model tags only now and then (stress
# batch r2dates-s28; invented corpus_i: 1 of 1 lost): only with dates_rules.DOT_CLOCK_TIMES
if DOT_CLOCK_TIMES:
    _PATTERNS.append(r"(?:(?<=\bat )|(?<=\baround )|(?<=\babout )|(?<=\bfrom )|(?<=\buntil )|(?<=\bby ))"
                     r"(?:1[0-2]|0?[1-9])\.[0-5]\d\s?(?:[ap]m\b|[ap]\.m\.)")
#: Where a hit can start: a word's first character (every pattern opens on a letter or a digit, after a word
#: boundary or a lookbehind ending in a space or "[") or a line's start (the clock-time headers). Speed only: the
#: engine no longer tries every pattern at every character, and finds the same hits (issue 12, session twenty:
#: 3.5 -> 0.37 s CPU over 209 dev texts, with dates_offsets' count words grouped; hits identical).
_HIT_START = r"(?:\b(?=\w)|(?<![^\n]))"
_PATTERN_RE = re.compile(_HIT_START + "(?:" + "|".join(f"(?:{p})" for p in _PATTERNS) + ")")
# Two dates joined in one entity ("Monday and Tuesday"): the pieces are resolved one by one.
# A bare month is a piece too ("in November and December"), written capitalised as a name is;
# not one followed by a day, in figures or words ("Sunday, March eighth" is one date).
_PIECE_RE = re.compile(
    rf"(?i:(?:(?:last|next|this coming|this|early|late) )?{WEEKDAY_RE}(?:,? {MONTH_RE} \d{{1,2}}\b"
    rf"|,? \d{{1,2}} {MONTH_RE}(?![a-z])"  # the day first: "Monday, 4 September"
    # "between Monday and Wednesday next week": the week named stays with its day (stress dreview14-s22a)
    r"| (?:of )?(?:last|this|next) week\b)?"
    rf"|{MONTH_RE} \d{{1,2}}\b(?:,? \d{{4}})?|\d{{1,2}} {MONTH_RE}(?![a-z])(?:,? \d{{4}})?"  # either order
    r"|yesterday|today|tonight|tomorrow)"
    rf"|{HOLIDAY}"
    # a bare month joined to another ("between March and April"), capitalised: never the modal "may";
    # a month after a weekday ("Sunday, March eighth") is the same day, not a piece of its own
    # ("rose in April from March": stress batch datesdev-s9, 1 of 1 lost the second month)
    rf"|{_CAP_MONTH}\b(?:,? \d{{4}}\b)?(?=\s*(?:and|or|to|through|until|from|-|–)\s*{_CAP_MONTH}\b)"
    rf"|(?:(?<=and )|(?<=or )|(?<=to )|(?<=through )|(?<=until )|(?<=from )|(?<=-)|(?<=–)){_CAP_MONTH}\b"
    rf"(?:,? \d{{4}}\b)?")
_BARE_MONTH = re.compile(_CAP_MONTH)
#: A zone written after a clock time belongs to its phrase, as TimeML marks it ("3:15 p.m. local
#: time"). Stress batch datesdev-s9: 1 of 1 such time matched no gold phrase without it.
_ZONE_AFTER = re.compile(rf"\s+(?:local time|{_ZONES}\b)")
#: What may stand between a clock time and the day it joins ("10 p.m. Wednesday", "10 p.m., on Wednesday"): never a
#: line break, as a live page's clock-time header stands above its entry, whose first words are no part of the
#: header ("16:45" over "Two days after the flood, ..."). Invented corpus_j (blind): 1 such header fused with
#: the phrase under it; stress batch jdates-s32: 3 of 3.
_TIME_GAP = re.compile(r"[ \t]*(?:,[ \t]*|on[ \t]+)?")


#: A month's full name ("august"): the longest of its forms. A dot after it is the sentence's full stop, never
#: an abbreviation's ("since the night of 3-4 May." hit as "4 May.", outside the phrase a reader marks: invented
#: corpus_m, 1 case); the dot stays after an abbreviation ("Aug.").
FULL_MONTHS = frozenset(max((f for f, n in MONTHS.items() if n == k), key=len) for k in set(MONTHS.values()))
_FULL_STOP_AFTER = re.compile(r"(?P<word>[A-Za-z]+)\.$")


def without_full_stop(text: str, start: int, end: int) -> tuple[int, int]:
    """A regex hit's extent without the full stop that follows a month's full name."""
    m = _FULL_STOP_AFTER.search(text, start, end)
    return (start, end - 1) if m is not None and m["word"].casefold() in FULL_MONTHS else (start, end)


def carries_year(phrase: str) -> bool:
    return bool(re.search(r"\b(?:1[6-9]|20)\d\d\b", phrase))


def candidates(doc: Doc) -> list[list[tuple[int, int]]]:
    """Character spans of date phrases, each with fall-backs tried in order.

    spaCy's DATE/TIME entities come first; an entity that holds two dates ("Monday and
    Tuesday") is split, and one that is more than a date ("the year ended Sept. 30") falls back
    to the date inside it; one that runs over a coordinated verb ("March 20 and ended eight days
    later") is cut at it. Regex hits outside any entity are added; a hit that runs past an
    entity's edge widens it ("Saturday" + "evening").
    """
    ents = [piece for e in doc_ents(doc) if e.label_ in ("DATE", "TIME") for piece in _split_at_verb(e)]
    hits = [without_full_stop(doc_text(doc), m.start(), m.end()) for m in _PATTERN_RE.finditer(doc_text(doc))]
    out: list[list[tuple[int, int]]] = []
    covered: list[tuple[int, int]] = []
    for s, e in ents:
        inside = [(a, b) for a, b in hits if s <= a and b <= e]
        crossing = [(a, b) for a, b in hits if a < e and s < b and (a, b) not in inside]
        if crossing:
            s, e = min([s] + [a for a, _ in crossing]), max([e] + [b for _, b in crossing])
        # pieces of the widened entity: "26" + "Aug to 20 Oct" holds two dates, as "Aug. 26 to Oct. 20" does
        pieces = [(m.start(), m.end()) for m in _PIECE_RE.finditer(doc_text(doc), s, e)]
        if any(carries_year(doc_text(doc)[a:b]) for a, b in pieces):  # "January to March 2024": one year
            pieces = [(a, b) for a, b in pieces if not _BARE_MONTH.fullmatch(doc_text(doc)[a:b])]
        covered.append((s, e))
        if len(pieces) >= 2 and not any(a <= pieces[0][0] and pieces[-1][1] <= b for a, b in inside):
            out += [[p] for p in pieces]
        else:
            # a widened entity that names no date falls back to the hits it was widened by ("19" + "Sept, a
            # day" + "a day after the rain"; "17 to 19 September" + "19 September": stress batch dreview15-s24j)
            out.append([_trim(doc_text(doc), s, e), *inside, *crossing])
    for a, b in hits:
        if not any(s < b and a < e for s, e in covered):
            out.append([(a, b)])
            covered.append((a, b))
    return _join_times(doc_text(doc), sorted(out, key=lambda opts: opts[0]))


def _join_times(text: str, cands: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """"10 p.m." + "Wednesday" -> "10 p.m. Wednesday": one phrase, as TimeML and readers take it. A count from an
    event after the comma is a phrase of its own ("at 9am, six days after it broke out"): joined, the pair named
    no day and the clock time was lost with it (invented corpus_m: 1 of 1)."""
    out: list[list[tuple[int, int]]] = []
    for opts in cands:
        if is_clock_time(text[opts[0][0]:opts[0][1]]) and (zone := _ZONE_AFTER.match(text, opts[0][1])):
            opts = [(opts[0][0], zone.end()), *opts]  # "3:15 p.m. local time", "10 a.m. GMT"
        if out:
            (ps, pe), (s, e) = out[-1][0], opts[0]
            if (is_clock_time(text[ps:pe]) and not is_clock_time(text[s:e]) and _TIME_GAP.fullmatch(text[pe:s])
                    and not EVENT_RELATIVE.search(text[s:e])):
                out[-1] = [(ps, e), *opts]
                continue
        out.append(opts)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing punctuation and a possessive from an entity's extent."""
    while end > start and text[end - 1] in ",;:.)('\"’ \n\t" and not re.search(r"[ap]\.m\.$", text[start:end], re.I):
        end -= 1
    while start < end and text[start] in "('\"‘“ ":
        start += 1
    return start, end


def is_clock_time(phrase: str) -> bool:
    """"10:35 a.m.", "noon", "at midnight": a time of day with no day of its own."""
    p = normalise(phrase)
    core, _ = strip_time(p)
    core = re.sub(r"^(?:at|around|about|by|until|before|after|shortly|just|in the)\b\s*", "", core)
    return not core and bool(_CLOCK_WORDS.search(p))


#: What makes a phrase stripped of its times a clock time: a digit, a named hour or an hour in words.
_CLOCK_WORDS = re.compile(rf"\d|noon|midnight|midday|\b{WORD_HOUR}\b")


def stray_ordinal(text: str, start: int, end: int) -> bool:
    """"the 20th floor", "the 15th century": an ordinal that is not a day of the month."""
    return bool(ORDINAL_DAY.fullmatch(normalise(text[start:end]))) and not _ORDINAL_END.match(text, end)


def _split_at_verb(ent: Span) -> list[tuple[int, int]]:
    """An entity cut around a finite verb joined by a conjunction inside it: the dates on either side.

    The model sometimes runs one DATE entity over two clauses ("began on March 20 and ended eight
    days later"). Stress batch datesdev-s10a: 1 of 1 such entity gave one wrong date for two.
    """
    for tok in ent[1:]:
        if tok.tag_ in ("VBD", "VBZ", "VBP") and tok.i > ent.start and tok.nbor(-1).dep_ == "cc":
            left, right = ent.doc[ent.start:tok.i - 1], ent.doc[tok.i + 1:ent.end]
            return [(p.start_char, p.end_char) for p in (left, right) if len(p)]
    return [(ent.start_char, ent.end_char)]
