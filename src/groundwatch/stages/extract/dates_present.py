"""Simple presents that put a date ahead: what news writes as a timetable ("arrives on Friday").

Split from :mod:`dates_context` (kept under 600 lines): the clause reader asks :func:`timetabled`
whether a bare weekday, a month-day or, on a verb that starts or ends a rule's term, a bare month
hangs from a present-tense verb that is not one of reporting.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from groundwatch.lexicons_dates import MONTHS, WEEKDAY_FORMS, lookalike_words, month_pattern
from groundwatch.lexicons_verbs import PRESENT_REPORTING
from groundwatch.stages.extract.dates_context import _present_conjunct, lemma_forms
from groundwatch.stages.extract.dates_rules import WEEKDAY_RE, strip_time
from groundwatch.stages.extract.dates_titles import in_headline
from groundwatch.stages.extract.doc_cache import doc_text

__all__ = ["ahead_in_present", "futurate", "timetabled"]


#: A month and day on a timetabled present ("Voters go to the polls Oct. 9", "The fee is due June
#: 3"): ahead, as a bare weekday is. Stress batch datesdev-s9 part 2: 1 of 1 was put a year back.
_MONTH_DAY = re.compile(rf"(?:on )?(?:{month_pattern()}) \d{{1,2}}(?:st|nd|rd|th)?")
#: A day of the month by its ordinal alone on a timetabled present ("The talks resume on the 3rd", said on
#: the 25th): the coming one, as a month-day is. Stress batch dreview14-s22a: 1 of 1 put in the month's past.
_ORDINAL_DAY = re.compile(r"(?:on )?the (?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")


def timetabled(span: Span, phrase: str, base: dt.date | None = None) -> bool:
    """A bare weekday, month-day or ordinal day on a simple-present verb that is not one of reporting
    ("arrives on Friday", "goes to the polls Oct. 9", "resume on the 3rd"); a bare month only on a
    verb that starts or ends a term, or when this year's is long gone (:data:`PRESENT_MONTH_BACK_MONTHS`)."""
    bare = strip_time(phrase)[0]
    month_only = bool(re.fullmatch(rf"(?:in )?(?:{month_pattern()})", bare))
    if not (re.fullmatch(rf"(?:on |this )?{WEEKDAY_RE}", bare) or _MONTH_DAY.fullmatch(bare)
            or _ORDINAL_DAY.fullmatch(bare) or month_only):
        return False
    if not month_only and _verb_read_as_noun(span):
        return True
    cur = span.root
    while cur.dep_ == "conj" and cur.head is not cur and cur.head.pos_ == "PROPN":
        cur = cur.head  # "continue Tuesday and Wednesday": the second day hangs from the first
    first = cur
    for _ in range(3):  # up from the date through its preposition, never through a noun
        if cur.pos_ in ("VERB", "AUX") or _mistagged_present(cur):
            break
        if cur.head is cur or (cur not in span and cur is not first and cur.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")):
            # "reports its results on Thursday": the parser hung the day on the object; a month stays a habit
            return not month_only and _timetable_object(cur)
        cur = cur.head
    auxes = [c for c in cur.children if c.dep_ in ("aux", "auxpass", "neg")]
    if _headline_report(span, cur) or lemma_forms(cur) & _STATE_VERBS:
        return False  # a headline's report; "the toll stands at 12 on Tuesday": how things stand that day
    if month_only and not (_comes_into_force(cur) or _ends_a_coming_term(cur) or _long_gone(bare, base)):
        return False  # a bare month on another present is often a habit ("closes in March")
    if _under_past(cur):
        return False  # "were submerged when its banks burst on April 27": a past the tagger took for a present
    return (cur.pos_ in ("VERB", "AUX") and (cur.tag_ in ("VBZ", "VBP") or _present_conjunct(cur)) and not auxes
            and (cur.lemma_.lower() not in PRESENT_REPORTING or _reports_its_own(cur))) or _mistagged_present(cur)


def _under_past(verb: Token) -> bool:
    """A "present" in a clause of time or a relative clause under a past verb ("villages that were submerged when
    its banks burst on April 27"): English keeps no present there, so the tag misreads a past whose form is the
    base's (burst, hit, cut, set, spread). Invented corpus_k: 1 such month-day put a year ahead."""
    head = verb.head
    return (verb.dep_ in ("advcl", "relcl") and head is not verb and head.pos_ in ("VERB", "AUX")
            and (head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)))


_TIMETABLE_VERBS = lookalike_words("timetable")
_FUTURATE_VERBS = lookalike_words("futurate")
#: Verbs of a standing state or tally, whose present tells how things stand on the day, never a timetable.
_STATE_VERBS = lookalike_words("state")
#: Verbs whose headline present still tells a plan: a timetable or a body's sitting.
_HEADLINE_PLAN_VERBS = lookalike_words("timetable|sitting")
_PRESENT_BE_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m"})


def _headline_report(span: Span, verb: Token) -> bool:
    """"Flood kills 12 in <Town> on Saturday": a headline's simple present reports what has happened.

    Headlines write the past in the present; only a verb of a plan (a timetable or a body's sitting:
    ``_HEADLINE_PLAN_VERBS``) keeps the timetable's reading there ("Talks resume Tuesday", "Council votes
    Friday on levy"), and a verb of a move or meeting only with no object ("Envoy leaves for <Town>
    Monday", not "Storm leaves thousands without power Sunday"). Invented headline probes of session
    thirty-four: 4 of 4 such weekdays put in the coming week.
    """
    if not in_headline(doc_text(span.doc), span.start_char):
        return False
    forms = lemma_forms(verb)
    if forms & _HEADLINE_PLAN_VERBS:
        return False
    return not (forms & _FUTURATE_VERBS and not any(c.dep_ == "dobj" for c in verb.children))


def ahead_in_present(span: Span, phrase: str, base: dt.date | None = None) -> bool:
    """The phrase's present clause tells a plan: a timetable (:func:`timetabled`) or a futurate progressive."""
    return timetabled(span, phrase, base) or futurate(span, phrase)


#: A bare month on a simple present ("Voters go to the polls in March", "The tour begins in February")
#: whose month this year lies more than this many months before the publication is the coming one: news
#: tells a month long gone in the past tense, and a present that reports a month's figures ("Car sales
#: rise in December") does so within a quarter of it. Nearer months keep the neutral window (the
#: present may be a headline's). Chosen by reading; stress batch dblind-s32: 1 of 1 such month put a
#: year back, and 2 of 2 in that session's invented probes (8, 7 and 6 months back).
PRESENT_MONTH_BACK_MONTHS = 4


def _long_gone(bare: str, base: dt.date | None) -> bool:
    """This year's instance of the bare month lies more than :data:`PRESENT_MONTH_BACK_MONTHS` back."""
    month = MONTHS.get(bare.removeprefix("in ").rstrip(".").lower())
    return base is not None and month is not None and (base.month - month) % 12 > PRESENT_MONTH_BACK_MONTHS


def futurate(span: Span, phrase: str) -> bool:
    """"The envoy is flying to Varnholt on Monday", "I'm going there Monday": a present progressive of a
    planned move or meeting (data/date_lookalikes.tsv, kind ``futurate``) tells a plan, so its own bare
    weekday or month-day lies ahead. Other progressives keep the clause's reading ("police are
    investigating the shooting on Monday" may date the shooting). Invented probes of session dates1: 2
    such weekdays put behind.
    """
    bare = strip_time(phrase)[0]
    if not (re.fullmatch(rf"(?:on |this )?{WEEKDAY_RE}", bare) or _MONTH_DAY.fullmatch(bare)):
        return False
    verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _FUTURATE_VERBS:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & _PRESENT_BE_AUX) and not any(c.dep_ == "neg" for c in verb.children)


def _verb_read_as_noun(span: Span) -> bool:
    """"Schools in Varnholt reopen on Monday": a timetable verb right before the day, read as a noun.

    After a place the parser takes the bare present for a noun the place modifies ("Varnholt reopen")
    and hangs the day on the subject. Such a word (data/date_lookalikes.tsv, kind ``timetable``) with no
    determiner, after a plural subject and no verb, is the sentence's present. Stress batch
    dreview13-s21a: 2 of 2 such weekdays put behind. "reopen from Monday", the day a term starts: stress
    batch dreview15-s24, 1 of 1 put behind.
    """
    doc = span.doc
    k = span.start - 1
    if k >= 0 and doc[k].lower_ in ("on", "from"):
        k -= 1
    if k < 1:
        return False
    word = doc[k]
    if _bare_timetable_word(word, ("NN", "VB")):
        before = doc[span.sent.start:k]
        return any(t.tag_ in ("NNS", "NNPS") for t in before) and not any(t.pos_ in ("VERB", "AUX") for t in before)
    return _verbless_subject_timetable(span)


def _bare_timetable_word(word: Token, tags: tuple[str, ...]) -> bool:
    """A lower-case timetable word (data/date_lookalikes.tsv) with no determiner of its own."""
    return (word.tag_ in tags and word.is_lower and word.lower_ in _TIMETABLE_VERBS
            and not any(c.dep_ in ("det", "poss", "amod") for c in word.children))


def _verbless_subject_timetable(span: Span) -> bool:
    """"Kellby Rovers host Ashby Town on Wednesday", "Polls open at 7 am on Sunday": a clause the parser
    found no verb in, whose timetable word stands right after a plural subject with an object or a
    time between it and the day. Read as nouns or adjectives, such presents leave the sentence without
    a verb, so nothing else can read its tense. Stress batch dreview2-s25: 2 of 2 put behind.
    """
    doc = span.doc
    before = doc[span.sent.start:span.start]
    if any(t.pos_ in ("VERB", "AUX") for t in before):
        return False
    return any(_bare_timetable_word(t, ("NN", "VB", "JJ", "VBP")) and t.i > before.start
               and doc[t.i - 1].tag_ in ("NNS", "NNPS") for t in before)


def _timetable_object(noun: Token) -> bool:
    """"reports its results on Thursday": the day hung on the object of a present that runs to a timetable.

    The parser often attaches the day to the object noun; for these verbs (data/date_lookalikes.tsv, kind
    ``timetable``) the day is the verb's. Other objects keep their own day ("condemns the attack on Monday").
    "Report" is also a saying ("the agency reports the deaths on Monday of two workers", news told in the
    present): only the subject's own object ("reports its results") is a timetable.
    """
    verb = noun.head
    if not (noun.dep_ == "dobj" and verb is not noun and verb.tag_ in ("VBZ", "VBP")
            and verb.lemma_.lower() in _TIMETABLE_VERBS
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)):
        return False
    return verb.lemma_.lower() not in PRESENT_REPORTING or _reports_its_own(verb)


_OWN = frozenset({"its", "their", "his", "her", "our"})


def _reports_its_own(verb: Token) -> bool:
    """"reports its results": a saying verb of the timetable kind whose object is the subject's own."""
    return verb.lemma_.lower() in _TIMETABLE_VERBS and any(
        o.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in _OWN for c in o.children) for o in verb.children)


#: Presents that tell when a rule or a term starts or ends, a timetable and not a habit, so they put
#: even a bare month ahead ("The tax takes effect in January", "The lease expires in June"). Stress
#: batch datesdev-s9: 1 of 1 such month was put in the past.
_IN_FORCE_VERBS = {"expire", "lapse"}
_IN_FORCE_OBJECTS = {"effect", "force"}


def _comes_into_force(verb: Token) -> bool:
    """"takes effect", "comes into force", "expires": a verb that starts or ends a rule's term."""
    if verb.lemma_.lower() in _IN_FORCE_VERBS or verb.lower_.rstrip("s") in _IN_FORCE_VERBS:
        return True
    return any(t.lower_ in _IN_FORCE_OBJECTS for t in verb.subtree if t.i > verb.i and t.i - verb.i <= 3)


#: Words that put the first verb's day ahead in "opens next Tuesday and closes in June".
_AHEAD_WORDS = {"next", "coming", "upcoming"}
_WEEKDAY_NAMES = frozenset(w for w in WEEKDAY_FORMS if w.endswith("day"))


def _ends_a_coming_term(verb: Token) -> bool:
    """"opens next Tuesday and closes in June": a present conjoined to a present whose day is ahead.

    The second verb's bare month is the term's end, after a start still to come, so it lies ahead too
    (a bare month on a present is otherwise taken for a habit). Review dreview5 (quotes-dev tune): 1
    such month put behind; stress batch dreview6-s14: 4 of 5 such months put behind before.
    """
    head = verb.head
    if verb.dep_ != "conj" or head is verb or head.tag_ not in ("VBZ", "VBP") or verb.tag_ not in ("VBZ", "VBP"):
        return False
    own = set(verb.subtree)
    for t in head.subtree:
        if t in own:
            continue
        if (t.lower_ in _AHEAD_WORDS and t.head.ent_type_ == "DATE") or (
                t.lower_ == "this" and t.head.lower_ in _WEEKDAY_NAMES):
            return True
    return False


def _mistagged_present(tok: Token) -> bool:
    """"Talks resume Tuesday", "Voters go to the polls": a main verb the tagger left tenseless.

    A sentence's root with a subject and no auxiliary is a finite verb, so one tagged a noun ("resume"
    read as NN) or a base form (VB) is a simple present in the tagger's blind spot: headline-style
    wire sentences with a plural subject. Stress batch datesdev-s8: 2 of 2 such weekdays were past.
    A singular subject's "-s" verb read as a plural noun ("The deadline expires Friday") is the same
    blind spot: stress batch datesdev-s9, 1 of 1.
    """
    if tok.dep_ != "ROOT" or tok.lower_ != tok.text or tok.lemma_.lower() in PRESENT_REPORTING:
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    subjects = [c.tag_ for c in tok.children if c.dep_ == "nsubj"]
    if tok.tag_ in ("NN", "VB"):
        return any(t in ("NNS", "NNPS") for t in subjects)
    # "The deadline expires at midnight Friday": a third-person -s verb read as a plural noun
    return tok.tag_ == "NNS" and tok.lower_.endswith("s") and any(t in ("NN", "NNP") for t in subjects)
