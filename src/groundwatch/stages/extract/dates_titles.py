"""Dates: a weekday that ends the title of a paper ("<Name> on Sunday's editor") or of a programme
("the talk show <Name> Sunday"), which ``dates.extract_dates`` drops as no date. Moved out of ``dates``
(which had reached the 600-line limit) with no change in behaviour.
"""

from __future__ import annotations

import re

from groundwatch.lexicons_dates import WEEKDAY_FORMS

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
