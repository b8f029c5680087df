"""Date phrases whose day comes from the narration, not from the publication date.

A news report narrates an event on its own day and quotes people speaking on theirs, so several
phrases are relative to a day the text names, not to the day the article came out:

* a clock time with no day of its own ("the quake struck at 9:59 pm") happened on the day the
  narration is at: the last day named shortly before it, else the publication day;
* "tonight", "yesterday", "this week" inside a quotation are the speaker's words: relative to the day of the
  saying when the sentence names it outside the quotation ("... tonight," the mayor said Friday);
* "two days after the blast" counts from the event's day, the last day named before it; with no
  such day it is left undated rather than counted from the publication day;
* "Tuesday's blast" names an event that happened: the Tuesday before, whatever the tense of the
  clause that mentions it ("ministers will discuss Tuesday's blast");
* "a rally planned for Saturday was canceled": a plan reported as overtaken in the past simple
  names a day that has gone by, though "for Saturday" alone would put it ahead;
* a weekday alone on a line is a section header ("Friday" over a live page's entries), not a date,
  and so is one inside a short line of capitals ("MONDAY BRIEFING");
* the other end of a range of days ("April 24 and 25", "24-25 April") is a day of its own, in the
  month of the end that names it.

The extractor (``dates.py``) calls these on its candidate list; everything here is string and
offset work on that list.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from spacy.tokens import Span, Token

from groundwatch.lexicons_dates import MONTHS, WEEKDAY_FORMS, lookalike_words
from groundwatch.stages.extract.dates_clock import clock_am, clock_head
from groundwatch.stages.extract.dates_offsets import DAY_UNIT_RE, EVENT_OFFSET_RE
from groundwatch.stages.extract.dates_rules import DAY_COUNT_RE, Resolution, resolve_phrase
from groundwatch.stages.extract.doc_cache import doc_text

#: A clock time without a day takes the last day named at most this many sentences before it: the
#: narration stays on a day for a sentence or two ("The quake hit on Friday night. It struck at
#: 11:11 pm"). Chosen by reading: on the tune parts of dates-dev and crises-2023 any value from 0
#: to 5 gives the same scores (their clock times are optional gold), so it is kept local.
CLOCK_ANCHOR_SENTENCES = 2

#: "two days after the blast" takes the last day named at most this many sentences before it;
#: further back the event it counts from is seldom the one named. Chosen by reading, not tuned (no
#: such phrase in the gold sets).
EVENT_ANCHOR_SENTENCES = 6

Found = tuple[int, int, Resolution | None, int]  # start, end, resolution, sentence index

# "two days after the blast", "a day before its collapse", "a week after the signing": counted from an
# event, not from today.
# "Four days after it hit": a clause told of the event, its subject a pronoun. The count is dates_offsets'
# grammar (stress batch dreview2-s25: hours, fortnights, "to the day" and a pronoun's clause, 4 of 4 missed).
# "On the night of the blast": the event's own day (dreview2-s25: 1 of 1 missed).
EVENT_RELATIVE = re.compile(rf"\b(?:(?:{DAY_COUNT_RE} {DAY_UNIT_RE}(?: to the day)?|the day) (?:after|before)"
                            rf"|{EVENT_OFFSET_RE}|the (?:night|morning|afternoon|evening|day) of)"
                            r" (?:the|its|their|his|her|it|he|she|they)\b", re.I)
#: A range's other end is a day number at most this many days from the end that names its month:
#: "April 24 and 25", "from 3 to 5 May"; wider gaps are seldom ranges of days ("May 3 and 30 people").
#: Chosen by reading (one scored case in dates-dev tune, none in crises-2023).
RANGE_MAX_DAYS = 14
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# "April 24 and 25." / "April 24-25 at ...": the number must end the phrase, not count something
# ("April 24 and 25 people died"), nor the hour of a clock time ("13 May 2027 - 18:20", a stamp: stress
# batch dreview15-s24, 1 of 1 read as the 18th).
_RANGE_TAIL = re.compile(rf"\s*(?:-|–|—|and|to|through|or)\s*{_DAYNUM}\b(?!-|,\d|\.\d|:\d)"
                         r"(?=\s*(?:[.,;:)\n]|$|(?:at|in|on|when|for|with|and|the|that|this|as|to|next|last)\b))")
_RANGE_HEAD = re.compile(rf"(?:^|[\s(]){_DAYNUM}\s*(?:-|–|—|and|to|or)\s*$")
_POSSESSIVE = re.compile(r"^(?:'s|’s)\s")
# the possessed event is itself ahead ("Tuesday's vote will ...", "Tuesday's vote is due")
_POSSESSED_AHEAD = re.compile(r"^(?:'s|’s)\s+(?:\w+\s+){1,6}(?:will|is (?:due|set|scheduled|expected)|has been set)\b")
_BARE_WEEKDAY_OR_WORD = re.compile(r"[A-Za-z ]+")


# "ahead of Sunday's vote", "ahead of Friday": what is awaited.
AHEAD_OF = re.compile(r"\bahead of\s*$", re.I)
# "the Friday Mosque", "the Monday Club": a capitalised weekday between "the" and a capitalised word
#: What stands before a name as a determiner: "the", "a", or an amount of money, which a weekday that
#: begins a name follows as its modifier ("a $2m Sunday Service grant", "a £40 Friday Club fee"); a date
#: after an amount takes no capitalised word ("raised $20m Sunday, it said"). Review dreview7 (clean-dev
#: tune): 1 "Sunday Service" after an amount dated; stress batch dreview8-s16 (4, 2 controls).
_NAME_BEFORE = re.compile(r"(?:\b(?:the|an?)|[$£€¥]\s?\d[\d.,]*(?:\s?(?:m|bn|k|million|billion))?)\s+$", re.I)
_NAME_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+)\b")
#: Words that make a capitalised weekday before them a place's name ("Friday Creek", "Sunday Island").
#: Stress batch datesdev-s9: 1 of 1 such place was dated.
_PLACE_WORDS = {"creek", "harbor", "harbour", "island", "islands", "street", "road", "lake", "river", "bay",
                "hill", "hills", "falls", "point", "beach", "mountain", "valley", "springs"}
_DAYPART_WORDS = {"morning", "afternoon", "evening", "night", "midnight", "noon", "lunchtime", "overnight"}


#: A "sentence" of more than this many words is a run-on the splitter made of pasted text (a header,
#: bullets or quotations glued together): a date's provenance is then the clause around it. On
#: dates-dev tune, 14 of 608 mentions sat in sentences over 50 words, 4 over 60, and those 4 (93
#: words, one run-on of statements joined by colons and quotation marks) over 80.
LONG_SENTENCE_WORDS = 60
#: A clause this short is widened by its neighbours ("Vellor on Thursday" before a quotation), so
#: the provenance still reads as a statement. Chosen by reading.
CLAUSE_MIN_WORDS = 8
# Where a run-on breaks into clauses: line breaks, colons and semicolons, quotation marks, dashes.
_CLAUSE_BREAK = re.compile(r"\n+|[;:](?=\s)|``|''|[“”\"]|\s(?:--|—|_)\s")


def clause_around(sentence: str, start: int, end: int) -> str:
    """The clause of a run-on ``sentence`` that holds ``start:end`` (offsets into it); short ones whole."""
    if len(sentence.split()) <= LONG_SENTENCE_WORDS:
        return sentence.strip()
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    pieces = [(a, b) for a, b in itertools.pairwise(cuts) if a < b]
    i = next((k for k, (a, b) in enumerate(pieces) if a <= start < b), len(pieces) - 1)
    lo, hi = i, i
    while len(sentence[pieces[lo][0]:pieces[hi][1]].split()) < CLAUSE_MIN_WORDS and (lo > 0 or hi < len(pieces) - 1):
        if hi < len(pieces) - 1:
            hi += 1
        else:
            lo -= 1
    a, b = pieces[lo][0], pieces[hi][1]
    if len(sentence[a:b].split()) > LONG_SENTENCE_WORDS:  # no break near the date: a window of words
        half = LONG_SENTENCE_WORDS // 2
        before, after = sentence[a:start].split(), sentence[end:b].split()
        return " ".join([*before[-half:], sentence[start:end], *after[:half]]).strip()
    return sentence[a:b].strip(" \n;:`'\"“”-—_")


def lemma_forms(tok: Token) -> set[str]:
    """The token's lemma, and its form less a final -s, -es or -d: the lemmatiser misreads some
    third-person and past forms ("hopes" -> "hop"), which would hide a verb of planning."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    if tok.tag_ in ("VBZ", "VBD", "VBN") and low.endswith(("s", "d")):
        forms |= {low[:-1], low[:-2]}
    return forms


def weekday_in_name(text: str, start: int, end: int) -> bool:
    """"the Friday Mosque": a capitalised weekday that begins a name is no date."""
    phrase = text[start:end]
    after = _NAME_AFTER.match(text, end)
    if phrase.casefold() not in WEEKDAY_FORMS or not phrase[0].isupper() or after is None:
        return False
    word = after["word"].casefold()
    if word in _PLACE_WORDS:  # "from Friday Creek", "Sunday Island": a place, with or without "the"
        return True
    return (bool(_NAME_BEFORE.search(text, max(0, start - 24), start)) and word not in MONTHS
            and word not in WEEKDAY_FORMS and word not in _DAYPART_WORDS)


#: Verbs of wanting and directing, whose infinitive is still to be done when they are said: "wants to
#: hold the ballot on Friday", "urged both sides to return on Monday", "ordered it to pay by Friday".
#: Implicative verbs ("managed to", "forced to", "tried to") are left out: their infinitive happened.
#: Stress batch datesdev-s8 part 3: 6 of 6 such weekdays were past before.
DIRECTIVE_GOVERNORS = frozenset({"want", "wish", "seek", "need", "urge", "ask", "call", "order", "demand",
                                 "request", "instruct", "invite", "tell", "advise", "warn", "press",
                                 "encourage", "appeal", "require"})

#: Modals that put a day ahead ("could lift off as early as Wednesday", "must be held by Friday",
#: "might resume talks on Friday"); with "have" they look back ("may have fled on Tuesday"). "could"
#: and "can" are taken only unnegated: "could not reach the village on Monday", "neither could be
#: located Wednesday" report a failed attempt, a past inability. Stress batch datesdev-s8: 4 of 4 such
#: weekdays were past before; dates-dev tune: the negated subject ("Neither he nor ...") cost 1 of 1.
MODALS_AHEAD = frozenset({"should", "must", "might", "may", "could", "can", "ought"})
_NEGATABLE_PAST = frozenset({"could", "can", "ca"})
_NEGATORS = frozenset({"not", "n't", "never", "neither", "nor", "no", "nobody", "none", "nothing"})


def modal_ahead(verb: Token) -> bool:
    """The verb carries a modal of possibility or obligation without a perfect, or is "is/are to"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes}
    if "have" in words or "'ve" in words:
        return False
    negated = any(t.lower_ in _NEGATORS for c in verb.children
                  if c.dep_ in ("neg", "nsubj", "nsubjpass", "advmod") for t in c.subtree)
    if any(w in MODALS_AHEAD and not (negated and w in _NEGATABLE_PAST) for w in words):
        return True
    # "the cabinet is to meet": present "be" with an infinitive is an arrangement ahead
    return (verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP")
            and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children))


_PRESENT_AUX = {"is", "are", "am", "'s", "'re"}


def _present_conjunct(verb: Token) -> bool:
    """"are closed today and reopen Thursday": a bare verb joined to a simple present takes its tense.

    The tagger marks the second verb of such a pair as a base form (VB), so on its own it reads as
    no tense at all; its first verb is a simple present, active ("close") or passive ("are closed").
    """
    head = verb.head
    if verb.tag_ != "VB" or verb.dep_ != "conj" or head is verb:
        return False
    head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if head.tag_ in ("VBZ", "VBP"):
        return not head_aux
    return head.tag_ == "VBN" and bool(head_aux) and head_aux <= _PRESENT_AUX


_PLAN_PARTICIPLES = {"plan", "schedule", "slate", "set", "due", "expect"}
_PAST_SIMPLE_AUX = {"was", "were", "had"}


def plan_overtaken(span: Span) -> str:
    """"A rally planned for Saturday was canceled": how the clause reports a plan's fate ("" if not).

    The date hangs from a planning participle on a noun ("a rally planned for", "the hearing,
    scheduled for") or from a relative clause of plan ("the curfew, which was to end Friday,",
    "a permit that was due to lapse on Monday"), and the verb that noun belongs to is a past simple
    or a pluperfect ("was canceled", "went ahead", "had been postponed"). A present perfect ("has
    been called off") or a future ("would go ahead") leaves the plan ahead.
    """
    cur = span.root
    for _ in range(3):  # up from the date through its preposition to the participle
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    if (was_to := _was_to(cur)) is not None:
        verb = was_to.head.head  # "which was to expire": the relative clause -> its noun -> the noun's verb
    elif cur.tag_ != "VBN" or cur.dep_ != "acl" or cur.lemma_.lower() not in _PLAN_PARTICIPLES:
        return ""
    else:
        verb = cur.head.head  # participle -> its noun -> the verb the noun belongs to
    if verb.pos_ not in ("VERB", "AUX") or verb is cur.head or verb is cur:
        return ""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "had" in auxes or ("'d" in auxes and "been" in auxes):
        return "pluperfect"  # "had been postponed"
    if auxes - _PAST_SIMPLE_AUX:
        return ""  # "has been", "will be", "would": not a past simple
    return "past" if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes)) else ""


def _was_to(cur: Token) -> Token | None:
    """The "was" of a relative clause stating a plan: "which was to expire Friday", "that was due to lapse"."""
    be = cur.head if cur.tag_ == "VB" and cur.dep_ == "xcomp" and any(c.lower_ == "to" for c in cur.children) else cur
    if be.lemma_ != "be" or be.tag_ != "VBD" or be.dep_ != "relcl":
        return None
    if be is cur and not any(c.dep_ == "acomp" and c.lower_ == "due" for c in be.children):
        return None
    return be


#: How far back a called-off plan's day may lie and still be read as past. A cancellation is news
#: close to the day: "a rally planned for Saturday was canceled" is last Saturday in a Monday paper
#: and the coming one in a Thursday paper; the nearer of the two days wins (3 back beats 4 ahead).
#: Chosen on the invented cases of stress batches dates-s7 and datesdev-s7 and test_dates_wire.py
#: (13 called-off plans, papers of Monday to Thursday): 3 reads 10 as their golds (2 loses the Monday
#: papers' Fridays). The golds disagree at 3 days (a Monday paper's Friday behind; a Tuesday paper's
#: Saturday and a Thursday paper's Monday ahead), so 2 of those stay misses, as does one pluperfect
#: ("had been announced for Thursday") that its gold puts ahead; before the merge 5 were misses.
PLAN_OVERTAKEN_PAST_DAYS = 3


def overtaken_plan_is_past(span: Span, phrase: str, base: dt.date) -> bool:
    """A plan reported as called off before the narrated past, or at most PLAN_OVERTAKEN_PAST_DAYS ago."""
    overtaken = plan_overtaken(span)
    if overtaken != "past":
        return overtaken == "pluperfect"
    res = resolve_phrase(phrase, base, "past")
    if res is None or res.precision != "day":
        return False
    return (base - dt.date.fromisoformat(res.date)).days <= PLAN_OVERTAKEN_PAST_DAYS


#: Verbs that move a fixed day: after them "to Monday" names the new day, ahead of the report though
#: the verb is past ("the vote was moved to Monday", "postponed the hearing to Friday").
_RESCHEDULE = {"move", "postpone", "delay", "push", "put", "defer", "adjourn", "reschedule", "bring",
               "shift", "change"}
_TO_BEFORE = re.compile(r"\b(?:to|till|until)\s*$", re.I)


#: Verbs that call people to a gathering: "summoned both sides to a meeting on Monday" names the day of
#: the meeting, still to come when they are called.
_SUMMON = {"summon", "invite", "convene", "call", "recall"}
_EVENT_PREPS = {"to", "for"}


def rescheduled_to(span: Span, before: str) -> bool:
    """"was moved to Monday", "summoned both sides to a meeting on Monday": a day still to come.

    A day a plan was moved to ("postponed the talks to Friday"), or the day of a gathering people
    were called to. Stress batch datesdev-s8: 3 of 3 such weekdays were put in the past before.
    """
    if not _TO_BEFORE.search(before):
        return _summoned_to(span)
    cur = span.root
    for _ in range(3):  # up from the date through its preposition to the verb
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            break
        cur = cur.head
    return cur.pos_ == "VERB" and bool(lemma_forms(cur) & _RESCHEDULE)


def _summoned_to(span: Span) -> bool:
    """The date is "on DAY" on a gathering that is "to"/"for" a verb of summoning."""
    prep = span.root.head
    noun = prep.head
    if prep.lower_ != "on" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    verb = noun.head.head
    return (noun.head.lower_ in _EVENT_PREPS and verb.pos_ == "VERB"
            and bool(lemma_forms(verb) & (_SUMMON | DIRECTIVE_GOVERNORS)))


# "in the run-up to Sunday's vote", "in advance of Friday's meeting": other ways of saying "ahead of"; a verb
# of getting ready in its present ("are bracing for Friday's figures", "awaiting Monday's verdict": stress
# batch dreview2-s25j, 2 of 2 put behind), whatever the event is.
_AWAITING = re.compile(r"\b(?:ahead of|in advance of|(?:run|lead)[- ]up to|in anticipation of|in preparation for"
                       r"|(?:brac(?:e|es|ing)|prepar(?:e|es|ing)|wait(?:s|ing)?) for"
                       r"|(?:gearing|getting) (?:up|ready) for|await(?:s|ing)?|fac(?:e|es|ing)|looking ahead to)\s*$",
                       re.I)
# the possessed event is still to come: "Sunday's vote is likely to be close", "Friday's summit could
# decide", "Tuesday's talks are expected to last two days"
_POSSESSED_AWAITED = re.compile(r"^(?:'s|’s)\s+(?:\w+\s+){1,6}(?:could|may|might|should|must|would|(?:is|are) to"
                                r"|(?:is|are) (?:due|set|scheduled|expected|likely|unlikely|slated|planned|poised))\b")


def awaited(text: str, start: int, end: int) -> bool:
    """A weekday whose event is awaited: "ahead of Sunday's vote", "Friday's summit could decide".

    Stress batch datesdev-s8 part 5: 5 of 5 such weekdays were past before (only "ahead of", "will",
    "is due/set/scheduled/expected" were read).
    """
    after = text[end:end + 60]
    return bool(AHEAD_OF.search(text, max(0, start - 14), start) or _AWAITING.search(text, max(0, start - 30), start)
                or _POSSESSED_AWAITED.match(after) or _POSSESSED_AHEAD.match(after))


#: Events held on a day set in advance (data/date_lookalikes.tsv, kind ``scheduled``): dates_tense and dates_discourse
#: read them too.
SCHEDULED_EVENTS = lookalike_words("scheduled")


def awaited_event_day(span: Span) -> bool:
    """"Investors await the central bank's meeting on Thursday": the day an awaited event is held on, told after it.

    ``awaited`` reads the words right before the day; here the day follows its event ("meeting on Thursday"), and
    the words before the event's phrase say it is awaited. Invented probes of session 36: 1 of 1 put behind.
    """
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "on":
        return False
    noun = root.head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SCHEDULED_EVENTS:
        return False
    left = noun.left_edge.idx
    return bool(_AWAITING.search(doc_text(span.doc), max(0, left - 30), left))


def possessive_is_past(text: str, end: int) -> bool:
    """"Tuesday's blast": a possessive weekday names an event that took place."""
    after = text[end:end + 60]
    return bool(_POSSESSIVE.match(after)) and not _POSSESSED_AHEAD.match(after) and not _POSSESSED_AWAITED.match(after)


def is_section_header(text: str, start: int, end: int) -> bool:
    """A word date alone on its line ("Friday", "Today"): a header over what follows."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip(" \t:-–—|•")
    return line == text[start:end].strip() and bool(_BARE_WEEKDAY_OR_WORD.fullmatch(line))


#: An all-capital line of at most this many words, without digits or a full stop, is a section or
#: programme header ("MONDAY BRIEFING", "SUNDAY NIGHT SPORTS"), not a sentence: a weekday in it
#: names the slot, not a day. Chosen by reading: news headers run to two to four words; a line of
#: capitals long enough to be a shouted headline keeps its dates.
CAPS_HEADER_WORDS = 4
_CAPS_HEADER = re.compile(r"[A-Z][A-Z'&/ -]*")


def caps_header(text: str, start: int, end: int) -> bool:
    """A weekday inside a short all-capital line ("MONDAY BRIEFING"): a header, not a date."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip(" \t:-–—|•")
    return (text[start:end].upper() == text[start:end] and bool(_CAPS_HEADER.fullmatch(line))
            and len(line.split()) <= CAPS_HEADER_WORDS)


def range_other_ends(text: str, found: list[Found]) -> None:
    """Add the other end of each range of days ("April 24 and 25", "24 and 25 April"), in place.

    A day-precision mention written as month-day ("April 24") takes a day number right after it;
    one written as day-month ("25 April") takes a day number right before it. The new day keeps
    the month and year of the mention it completes.
    """
    taken = [(s, e) for s, e, _, _ in found]
    for start, end, res, si in list(found):
        if res is None or res.precision != "day":
            continue
        other = _other_end(text, start, end, dt.date.fromisoformat(res.date))
        if other is None or any(a < other[1] and other[0] < b for a, b in taken):
            continue
        taken.append(other[:2])
        found.append((other[0], other[1], Resolution(other[2].isoformat(), "day", res.future), si))
    found.sort(key=lambda f: f[0])


def _other_end(text: str, start: int, end: int, day: dt.date) -> tuple[int, int, dt.date] | None:
    phrase = text[start:end].strip()
    if re.search(r"\d$", phrase) and (m := _RANGE_TAIL.match(text, end)):
        other = int(m["day"])
        if day.day < other <= day.day + RANGE_MAX_DAYS:
            got = _replace_day(day, other)
            return (m.start("day"), m.end("day"), got) if got else None
    if re.match(r"\d", phrase) and (m := _RANGE_HEAD.search(text, max(0, start - 12), start)):
        other = int(m["day"])
        if day.day - RANGE_MAX_DAYS <= other < day.day:
            got = _replace_day(day, other)
            return (m.start("day"), m.end("day"), got) if got else None
    return None


def _replace_day(day: dt.date, other: int) -> dt.date | None:
    try:
        return day.replace(day=other)
    except ValueError:
        return None


# "on Sunday morning, (more than) five days after the town was evacuated": a day count set off by a comma right
# after a day restates that day (the evacuation was five days before it); it is not counted from it.
_APPOSITION_GAP = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*(?:(?:more|less) than\s+|nearly\s+)?")


def restated_day(found: list[Found], text: str, start: int, sent_index: int) -> Resolution | None:
    """The day a phrase starting at ``start`` is set off right after (``_APPOSITION_GAP``), if any."""
    return next((res for _, e, res, si in found if si == sent_index and res is not None and res.precision == "day"
                 and e <= start and _APPOSITION_GAP.fullmatch(text[e:start])), None)


def date_clock_times(found: list[Found], pending: list[int], base: dt.date | None) -> None:
    """Give each pending clock time (``found[i]`` with no resolution) its day, in place.

    The day named nearest to it in its sentence; else the last day named at most
    ``CLOCK_ANCHOR_SENTENCES`` before it; else the publication day.
    """
    for i in pending:
        start, end, _, sent_index = found[i]
        same = [(abs(s - start), r) for s, _, r, si in found
                if si == sent_index and r is not None and r.precision == "day"]
        earlier = [r for _, _, r, si in found[:i]
                   if r is not None and r.precision == "day" and 0 < sent_index - si <= CLOCK_ANCHOR_SENTENCES]
        if same:
            day: str | None = min(same, key=lambda x: x[0])[1].date
        elif earlier:
            day = earlier[-1].date
        else:
            day = base.isoformat() if base else None
        if day is not None:
            found[i] = (start, end, Resolution(day, "day", base is not None and day > base.isoformat()), sent_index)


# Verbs of lasting and activities kept up: "lasted until Thursday", "had remained closed until Monday",
# "fought the blaze until late Wednesday" tell when a state ended, so in the past tense the day has gone
# by (unlike "extended the curfew until Tuesday"). data/date_lookalikes.tsv, kind ``durative``.
_DURATIVE = lookalike_words("durative")
_WILL = {"will", "shall", "'ll", "wo"}
# How far up the clauses that report a plan a pluperfect is looked for ("had said ... would",
# "had been due to"): complements only, never a coordinated or adverbial clause.
_COMPLEMENT_DEPS = {"ccomp", "xcomp", "acomp"}


def verb_chain(span: Span) -> list[Token]:
    """The verb the date hangs from, then the verbs whose complement it is, innermost first."""
    cur = span.root
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or (cur.pos_ == "ADJ" and cur.lemma_ == "due"):
            break
        if cur.head is cur:
            return []
        cur = cur.head
    else:
        return []
    chain = [cur]
    while cur.dep_ in _COMPLEMENT_DEPS and cur.head is not cur and len(chain) < 5:
        cur = cur.head
        chain.append(cur)
    return chain


def _auxes(tok: Token) -> set[str]:
    """The verb's auxiliaries, with those the parser hung on one of them ("had" on "stayed" in
    "had stayed shut", where "stayed" is taken for the auxiliary of "shut")."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return {a.lower_ for a in auxes} | {g.lower_ for a in auxes for g in a.children if g.dep_ == "aux"}


def narrated_past(span: Span, until: bool) -> bool:
    """A plan or a future told from a narrated past, whose day has gone by.

    * a pluperfect on the date's verb or on a verb it is the complement of: "had said the curfew
      would take effect from Wednesday", "which had been due to expire Friday", "had been
      scheduled for Thursday", "had remained closed until Monday" (a "will" in the reported clause
      keeps its day ahead: "had said the vote will be held on Sunday");
    * "until" after a past verb of lasting: "fighting lasted until Thursday".
    """
    chain = verb_chain(span)
    if not chain or any(_auxes(v) & _WILL for v in chain):
        return False
    if any("had" in _auxes(v) for v in chain):
        return True
    verb = chain[0]
    return (until and (bool(lemma_forms(verb) & _DURATIVE) or _closes_a_range(span))
            and (verb.tag_ == "VBD" or bool(_auxes(verb) & {"was", "were"})))


# "from 02:00 until 06:30 on Tuesday", "from 9 a.m. till Wednesday": an "until" that closes a range
# opened by "from" a few words before it.
_FROM_UNTIL = re.compile(r"\bfrom\b[^;!?\n]{1,40}\b(?:until|till)\s*$", re.I)


def _closes_a_range(span: Span) -> bool:
    """The "until" before the date closes a "from ..." range: a period, in the clause's own tense."""
    text = span.doc.text
    return bool(_FROM_UNTIL.search(text, max(0, span.start_char - 60), span.start_char))


def governing_verb(span: Span) -> tuple[Token | None, bool]:
    """The verb the phrase hangs from, and whether the way up passes through a noun or adjective."""
    cur: Token = span.root
    via_noun = False
    for _ in range(8):
        if (cur.pos_ in ("VERB", "AUX") and not clock_am(cur)) or (cur.pos_ == "ADJ" and cur.lemma_ == "due"):
            return cur, via_noun  # "2 am" parsed as a number and the verb "am": the clock's, not a verb
        if cur.head is cur:
            return None, via_noun
        if cur not in span and cur.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            via_noun = True
        cur = clock_head(cur) if clock_am(cur) else cur.head
    return None, via_noun
