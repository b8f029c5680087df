"""Dates: a weekday that ends the title of a paper ("<Name> on Sunday's editor") or of a programme
("the talk show <Name> Sunday"), which ``dates.extract_dates`` drops as no date. Moved out of ``dates``
(which had reached the 600-line limit) with no change in behaviour.
"""

from __future__ import annotations

import re

from groundwatch.lexicons_dates import WEEKDAY_FORMS, weekday_pattern
from groundwatch.stages.extract.dates_context import Found
from groundwatch.stages.extract.dates_rules import Resolution

#: A capitalised weekday after "<Name> on" ends a paper's title when a possessive or a word for a
#: paper or its staff follows. Review dreview3 (clean-dev tune pages): 6 such titles dated; stress
#: batch dreview4-s12.
_TITLE_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+on\s+$")
_TITLE_AFTER = re.compile(r"(?:'s|’s)\b|,?\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:newspaper|paper|tabloid|magazine|edition"
                          r"|columnist|editor|reporter|journalist|website|supplement)s?\b")

#: A capitalised weekday right after a capitalised name is a programme's title ("<Name> Sunday") when a
#: word for a programme names it: before the name ("the programme <Name> Sunday", "the talk show <Name>
#: Sunday") or after the weekday ("<Name> Sunday, a weekly current-affairs show", "<Name> Friday's
#: broadcast"). "told <Name> Radio Sunday" stays a date: wire copy drops the "on". Review dreview5
#: (quotes-dev tune): 1 such title dated; stress batch dreview6-s14b: 6 of 6 dated before.
_SHOW_WORDS = r"(?:show|programme|program|broadcast|bulletin|podcast|series)s?"
_SHOW_BEFORE = re.compile(rf"\b{_SHOW_WORDS}\s+(?:[A-Z][\w'’-]*\s+){{1,3}}$")
_SHOW_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_SHOW_AFTER = re.compile(rf"(?:'s|’s)\s+(?:\w+\s+)?{_SHOW_WORDS}\b|,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?"
                         rf"{_SHOW_WORDS}\b")


def _paper_title(text: str, start: int, end: int) -> bool:
    """"<Name> on Sunday's editor", "the <Name> on Sunday, a weekly paper": a weekday ending a title.

    Only where the phrase is a noun's owner or names a paper: "the <Name> on Sunday reported" stays a
    date, as wire copy writes "the ministry on Sunday said" the same way.
    """
    phrase = re.sub(r"^on\s+", "", text[start:end])
    if phrase.casefold() not in WEEKDAY_FORMS or not phrase[0].isupper():
        return False
    lead = text[max(0, start - 40):end - len(phrase)]
    if _SHOW_NAME_BEFORE.search(lead) and not _TITLE_BEFORE.search(lead) and not _sentence_first(lead):
        return bool(_SHOW_BEFORE.search(lead) or _SHOW_AFTER.match(text, end))  # "<Name> Sunday" show
    if not _TITLE_BEFORE.search(lead):
        return False
    return bool(_TITLE_AFTER.match(text, end))


def _sentence_first(lead: str) -> bool:
    """The capitalised word before the weekday opens its sentence ("Police Sunday ...")."""
    words = lead.rstrip().rsplit(None, 1)
    return len(words) < 2 or words[0].rstrip().endswith((".", "!", "?", "\n")) or not words[0].strip()


#: A first line of at most this many words with no full stop at its end is a headline. The bound is the
#: caps-title probe's (tests/eval_layouts.py): a longer first line is a lead written as a sentence.
HEADLINE_MAX_WORDS = 20
_HEADLINE_END = re.compile(r"[.!?:;,]['\"’”»“]?\s*$")


def headline_end(text: str) -> int | None:
    """The end of the text's first line when that line is a headline ("Flood kills 12 in <Town> on Saturday")."""
    lead = len(text) - len(text.lstrip())
    end = text.find("\n", lead)
    if end < 0:
        return None  # one line: a pasted paragraph, not a headline over a body
    line = text[lead:end]
    if not line.strip() or len(line.split()) > HEADLINE_MAX_WORDS or _HEADLINE_END.search(line):
        return None
    return end


def in_headline(text: str, start: int) -> bool:
    """The offset lies in the text's headline (:func:`headline_end`)."""
    end = headline_end(text)
    return end is not None and start < end


#: The sentences after the headline that restate its news (a lead and its next sentences), where the
#: headline's weekday is looked up. Chosen by reading invented headline probes of session thirty-four:
#: a wire lead restates the headline's day within its first two sentences; three leave one for a
#: dateline or byline line.
HEADLINE_LEAD_SENTENCES = 3


def headline_weekdays(text: str, found: list[Found]) -> None:
    """"Talks resume Tuesday in <Town>" over "Talks resumed on Tuesday ...": a weekday in the headline takes
    the past day the lead gives the same weekday, as the lead tells the headline's news in full sentences
    whose tense the parse reads better than headlinese. A lead's day still to come is not taken: it may
    be another step of the story ("Rescuers will resume the search on Saturday"), and the headline's own
    reading already puts a plan ahead."""
    end = headline_end(text)
    if end is None:
        return
    first_body = next((sent for start, _, _, sent in found if start >= end), None)
    if first_body is None:
        return
    lead: dict[int, Resolution] = {}  # weekday -> the first past day the lead tells it as
    for s, e, r, i in found:
        if (s >= end and i < first_body + HEADLINE_LEAD_SENTENCES and r is not None and r.precision == "day"
                and not r.provisional and not r.future and (day := _weekday(text, s, e)) is not None):
            lead.setdefault(day, r)
    for k, (start, stop, res, sent) in enumerate(found):
        if start >= end or res is None or res.precision != "day" or (day := _weekday(text, start, stop)) is None:
            continue
        told = lead.get(day)
        if told is not None and told.date != res.date:
            found[k] = (start, stop, told, sent)


_BARE_WEEKDAY = re.compile(rf"(?:on\s+)?(?P<day>{weekday_pattern()})", re.I)


def _weekday(text: str, start: int, stop: int) -> int | None:
    """The weekday a bare weekday phrase names ("on Saturday", "Sunday"), or None."""
    m = _BARE_WEEKDAY.fullmatch(text[start:stop])
    return WEEKDAY_FORMS.get(m["day"].casefold()) if m else None
