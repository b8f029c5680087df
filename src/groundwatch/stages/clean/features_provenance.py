"""Lines a page prints about where the story came from, not about the story: hard debris wherever they stand.

* a note that the story was put together from wire copy ("From wire reports", "Compiled from wire services",
  "Staff and wire reports contributed to this story.", "VNA contributed to this report."): the copy's own agency
  is named in its dateline;
* a credit for another newsroom's copy ("With files from The Orlen Press Agency");
* a wire story's staff credits ("Reporting by Jane Roe in Tessel; Additional reporting by John Doe", "Writing by
  ...", "Editing by ..."), bare or in brackets, one credit a line or several: the issue lists agency credits as
  page debris, the examples gold drops them, and kept, their reporters and editors became actors of the story;
* a machine-translation notice ("This article was translated automatically.", "This text was machine-translated.
  Some errors may remain.", "(English version, automatic translation)"): it speaks of the text, never of the news;
* a broadcast's sign-off ("You are listening to Radio X.", "That was the news.", "Stay with us for the weather");
* a press release's "Notes to editors: ..." line, about the issuer and for the newsroom;
* where and when the story was filed, on a line of its own ("Dunmar, 14 May"): a page stamp, as "Posted: 14 May"
  is (a dateline that opens the lead, "DUNMAR, May 14 (NPA) -", runs on into the story and is kept).

And a wire credit printed bare after a paragraph's last full stop ("... the talks have failed. NPA"): the
paragraph is the story's, the acronym is not (:func:`split_bare_credit`; corpus_i blind run, where the whole
last paragraph went with it). The bracketed form, "(NPA)", is split by ``lexicon.split_credit``.

A story's sentence about translation or radio reports it: it names who did what ("a lease translated by a
machine", "its presenter said"), and a quoted sign-off opens with its quotation mark, so neither matches.
"""

from __future__ import annotations

import re

from groundwatch.lexicons_dates import WEEKDAY_FORMS, month_pattern

#: A name in a staff credit: one to four capitalised words ("Jane Roe", "Ivo van Farr").
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|van|von|de|da|del|bin|al))*"
#: A newsroom's unit credited in place of people ("Editing by the world desk", "Reporting by Harlow Post staff",
#: "by our correspondents"): the nouns of a wire's or a paper's desks and crews, with their plurals.
_UNIT = r"(?:desks?|staff|teams?|bureaux?|bureaus|newsrooms?|correspondents?|reporters?|editors?|journalists?)"
#: Who a credit names: a person, an outlet's staff ("Harlow Post staff"), or a desk ("the Europe desk",
#: "our correspondent"; up to three words of its own before the unit noun).
_CREDITED = rf"(?:{_NAME}(?:\s+{_UNIT})?|(?:the|our|its|a)\s+(?:[\w'’-]+\s+){{0,3}}?{_UNIT})"
#: Names joined by commas or "and", each maybe placed ("Jane Roe in Tessel and John Doe in Ilm").
_NAMES = (rf"{_CREDITED}(?:\s+in\s+{_NAME})?"
          rf"(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+){_CREDITED}(?:\s+in\s+{_NAME})?)*")
#: One credit of a wire story's credit line.
_STAFF_CREDIT = (r"(?i:(?:additional\s+)?(?:reporting|writing|editing|research|graphics|fact-?checking|compiled)"
                 rf"(?:\s+and\s+(?:reporting|writing|editing|research))?\s+by)\s+{_NAMES}")
_STAFF_CREDITS = re.compile(rf"^[(\[]?\s*{_STAFF_CREDIT}(?:\s*[;,]\s*{_STAFF_CREDIT})*\s*\.?\s*[)\]]?\s*\.?$")

#: The note that a story was put together from wire copy.
_WIRE_SOURCE = re.compile(
    r"^(?:(?:from|with|compiled\s+from|based\s+on|by|staff\s+and|(?:this\s+)?(?:story|report|article)\s+"
    r"(?:includes|contains)\s+(?:material|reporting)\s+from)\s+)?(?:news\s+)?wire\s+(?:service\s+)?(?:reports?|services?|agencies|copy)"
    r"(?:\s+(?:contributed|(?:was|were)\s+used)(?:\s+(?:to|in)\s+this\s+(?:story|report|article))?)?\s*\.?$",
    re.IGNORECASE)

#: A news agency's own contribution credit, by its acronym or as "the X news agency" ("VNA contributed to
#: this report.", "AFP and TPA contributed reporting."): the agency's copy in the story, as a wire source
#: note is; a person's "Jane Roe contributed reporting" stays (the clean-dev tune pages keep it).
_AGENCY_CONTRIBUTED = re.compile(
    r"^(?:[A-Z]{2,6}|[Tt]he\s+(?:[A-Z][\w'-]*\s+){1,3}(?i:(?:news\s+|press\s+)?agency))(?:\s*(?:,|and)\s+[A-Z]{2,6})*"
    r"\s+contributed\s+(?:additional\s+)?(?:reporting|to\s+this\s+(?:report|story|article))\s*\.?$")

#: A credit line for another newsroom's copy in the story ("With files from The Orlen Press Agency", "With files
#: from NPA and Reuters", "With reporting from Jane Roe"), as Canadian and syndicated copy ends: only names after it
#: (invented pages, session 35).
_FILES_FROM = re.compile(rf"^[(\[]?\s*(?i:with\s+(?:files|(?:additional\s+)?reporting)\s+from)\s+"
                         rf"(?:[Tt]he\s+)?{_NAME}(?:(?:\s*,\s*|\s+and\s+)(?:[Tt]he\s+)?{_NAME})*\s*\.?\s*[)\]]?$")

#: A press release's notes for the newsroom ("Notes to editors: The Society was founded in 1952 ..."): about the
#: issuer, for the journalist, whatever follows the label.
_EDITOR_NOTES = re.compile(r"^notes?\s+(?:to|for)\s+(?:the\s+)?editors?\s*[:\-\u2013\u2014]", re.IGNORECASE)

#: What says that a text was translated by a machine.
_MACHINE_TRANSLATION = re.compile(
    r"\bmachine[-\s]translat\w*|\btranslat\w*\s+(?:automatically|by\s+(?:an?\s+)?(?:ai|machine|software|computer)\b)|"
    r"\bautomatic(?:ally)?\s+translat\w*|\btranslation\s+(?:is|was|has\s+been)\s+(?:made|done|generated|produced|"
    r"provided)\s+automatically|\b(?:errors?|mistakes?)\s+(?:of|in)\s+(?:the\s+)?translation|"
    r"\btranslation\s+(?:errors?|mistakes?)|^translation\s*:\s*(?:machine|automatic|ai)\b", re.IGNORECASE)
#: How a notice speaks of the page itself: "this article", "the original version", "report an error", the
#: editors disclaiming the errors, or the cue in brackets or opening the line.
_SELF_REFERENCE = re.compile(
    r"\b(?:this|the)\s+(?:article|text|page|story|content|report|version|translation)\b|\boriginal\s+"
    r"(?:version|article|text|language)\b|\breport\s+an?\s+(?:translation\s+)?error\b|\bnot\s+responsible\b|"
    r"\([^()]*translat[^()]*\)|^\W*(?:machine|translated|automatic(?:ally)?|ai)\b", re.IGNORECASE)
#: A report's own voice, which a notice never has: it names a speaker.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|according\s+to)\b", re.IGNORECASE)
#: Machine-translation notices run to two short sentences; a story's sentence about translation is longer.
#: Chosen on the invented stress pages (batch V, four notices of 3 to 12 words) and corpus_b's two notices
#: (5 and 10 words); the control sentence about a translated lease has 28.
TRANSLATION_NOTICE_MAX_WORDS = 20
#: "Translated by AI" has three words; "Machine Translation" alone is a menu's item (a clean-dev tune page).
TRANSLATION_NOTICE_MIN_WORDS = 3

#: One sentence of a broadcast's sign-off: the station named ("You are listening to Radio Kelmar.", "That was the news
#: from Radio X."), or the bulletin closed ("That is the news.", "Stay with us for the weather after the news.").
_STATION = r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|on|in|of))*"
_SIGN_OFF_SENTENCE = (
    rf"(?:(?i:you(?:'re|’re|\s+are|'ve\s+been|’ve\s+been|\s+have\s+been)\s+(?:listening\s+to|watching|tuned\s+"
    rf"(?:in\s+)?to))\s+{_STATION}|"
    r"(?i:(?:and\s+)?(?:that|this)(?:'s|’s|\s+is|\s+was|\s+has\s+been)\s+(?:the|all\s+the)\s+"
    r"(?:(?:late|latest|early|evening|morning|midday|night|world|local|\w+\s+o'clock)\s+)?(?:news|bulletin|headlines))"
    rf"(?:\s+(?i:from|on)\s+{_STATION}|\s+(?i:for\s+(?:now|today|tonight|this\s+(?:hour|morning|evening))))?|"
    r"(?i:stay\s+(?:with\s+us|tuned)(?:\s+for\s+[^.!?\"“”,]*)?|"
    r"(?:more|the\s+weather|sport)\s+after\s+the\s+(?:break|news|headlines)))[.!]?")
_SIGN_OFF = re.compile(rf"^(?:{_SIGN_OFF_SENTENCE}\s*)+$")
#: A sign-off is one or two short sentences ("That is the news. You are listening to Radio X.": 11 words).
#: Chosen on the invented stress pages (batch V, three sign-offs of 6 to 9 words) and corpus_b's one.
SIGN_OFF_MAX_WORDS = 16


_MONTH = month_pattern(capitalised=True)
_WEEKDAY = "|".join(sorted((w.capitalize() for w in WEEKDAY_FORMS), key=len, reverse=True))
#: A place of one to three capitalised words, a comma, a day and month (either order), maybe a weekday and a year.
_PLACE_DATE = re.compile(
    rf"^(?!(?:{_WEEKDAY}|{_MONTH})\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}},\s+(?:(?:{_WEEKDAY}),?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}})(?:,?\s+(?:19|20)\d{{2}})?\.?$")


def provenance_reason(text: str, n_words: int) -> str | None:
    """Why a line is the page's note on where its story came from, or None."""
    if _STAFF_CREDITS.match(text):
        return "wire credits"
    if _WIRE_SOURCE.match(text) or _AGENCY_CONTRIBUTED.match(text) or _FILES_FROM.match(text):
        return "wire source note"
    if (TRANSLATION_NOTICE_MIN_WORDS <= n_words <= TRANSLATION_NOTICE_MAX_WORDS and _MACHINE_TRANSLATION.search(text)
            and _SELF_REFERENCE.search(text) and not _REPORTED.search(text) and not re.search(r"[\"“”]", text)):
        return "translation notice"
    if n_words <= SIGN_OFF_MAX_WORDS and _SIGN_OFF.match(text) and not _REPORTED.search(text):
        return "broadcast sign-off"
    if _PLACE_DATE.match(text):
        return "place and date stamp"
    if _EDITOR_NOTES.match(text):
        return "notes to editors"
    return None


#: A paragraph that ends with a bare capitalised acronym after its last full stop: a wire agency's credit.
#: A question or an exclamation before it is not taken ("Who leads the relief? NPA" is a Q&A's answer).
_BARE_CREDIT = re.compile(r"^(?P<text>.*\S\.[\"'”’»]?)\s+(?P<credit>[A-Z]{2,5})$")
#: Capitals that close a line without crediting anyone: a photo caption's label, a Roman numeral.
_NOT_CREDIT = frozenset({"FILE", "PHOTO", "VIDEO", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"})
#: A credit follows a sentence: the text before it holds at least this many words. Set by hand (the agency
#: credit of the corpus_i blind run follows a sentence of 7 words; a caption's "Vellin, 2019. KNA" has two).
BARE_CREDIT_MIN_WORDS = 4
#: The stop before a credit ends a sentence, not an abbreviation: "Vellin Co.", "Ltd.", "U.S." (a capitalised
#: word of at most four letters, or one with a stop inside, closes no sentence here; "Lenn." is missed).
_ABBREVIATED = re.compile(r"(?:[A-Z][A-Za-z]{0,3}|\S*\.\S*)\.[\"'”’»]?$")


def split_bare_credit(line: str) -> tuple[str, str] | None:
    """``(sentence, "(NPA)")`` when ``line`` ends with a bare agency acronym after a full stop, else None. The
    credit is given back in brackets, the form the credit-line rule drops wherever it stands."""
    m = _BARE_CREDIT.match(line)
    if m is None or m.group("credit") in _NOT_CREDIT or len(m.group("text").split()) < BARE_CREDIT_MIN_WORDS:
        return None
    if _ABBREVIATED.match(m.group("text").split()[-1]):
        return None
    return m.group("text"), f"({m.group('credit')})"
