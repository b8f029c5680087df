"""Figures: what a figure is about besides its kind and value: where, when, who says so, in what unit,
and whether it is this event's own count (or another event's, a wider area's, a teaser's).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from groundwatch import lexicons
from groundwatch.lexicons_dates import MONTHS
from groundwatch.lexicons_verbs import SCOPE_SAYING
from groundwatch.stages.extract import figures_lexicon as lex
from groundwatch.stages.extract.doc_cache import doc_ents, doc_text
from groundwatch.stages.extract.figures_credit import across_semicolon, agent_credit, parataxis_credit, tally_owner
from groundwatch.stages.extract.figures_scope_elsewhere import elsewhere
from groundwatch.stages.extract.figures_scope_population import standing_population
from groundwatch.stages.extract.figures_words import modifier_run, noun_lemma, of_pobj, people_like
from groundwatch.stages.extract.registry import ExtractionContext

_MODALS = frozenset({"could", "may", "might", "will", "would", "shall", "should", "can"})
#: Verbs of staying as one is: "will remain", "will stay" say a count now present goes on, not a forecast.
_STAYING_VERBS = lexicons.words("figure_words", list="staying")
_PROJECTION_VERBS = frozenset({"expect", "forecast", "project", "predict", "anticipate", "warn", "fear"})
_DECADE = re.compile(r"\b(1[89]|20)\d0s\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Relative dates that name an earlier year than the report's: its events are other events.
_PAST_YEAR = re.compile(r"\b(?:last|previous|past)\s+year(?:'s|\u2019s)?(?!\s+alone)|\byears?\s+ago\b"
                        r"|\ba\s+year\s+(?:ago|earlier)\b|\byears\s+earlier\b", re.IGNORECASE)
#: "the past year" and "over the last year" run up to now: a longer count, not an older event.
_THIS_YEAR = re.compile(r"\b(?:the|this)\s+(?:past|last)\s+year\b(?!'s|\u2019s)", re.IGNORECASE)


def clause_of(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to (or the sentence root)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def ents_in(doc: Doc, clause: Token, labels: Iterable[str]) -> list[Span]:
    lo, hi = clause.left_edge.i, clause.right_edge.i
    return [e for e in doc_ents(doc) if e.label_ in labels and lo <= e.start and e.end - 1 <= hi]


def reference_year(doc: Doc, ctx: ExtractionContext) -> int | None:
    if ctx.published is not None:
        return ctx.published.year
    years = [int(m.group(1)) for e in doc_ents(doc) if e.label_ == "DATE" for m in _YEAR.finditer(e.text)]
    return max(years) if years else None


#: Prepositions that name what an arrest was for: "arrested over the 2019 massacre", "in connection
#: with last year's bombing". The arrest is news now; the date belongs to its cause.
_CAUSE_PREPS = frozenset({"over", "for"})
#: Nouns of events a date or an arrest's cause may name: the crisis events and violent incidents.
_EVENT_NOUNS = lexicons.words("event_words", kind="noun") | lexicons.words("figure_words", list="incident")
#: Links a participle or a second verb takes from the verb before it: "In 2009, gunmen attacked the
#: hotel, killing 23", "Back in 2015, a ferry sank and 140 drowned" share the fronted date.
_SHARED_DATE_DEPS = frozenset({"advcl", "conj"})


def _cause_tokens(clause: Token) -> set[int]:
    out: set[int] = set()
    # "arrested a third suspect over the 2021 bombing": the cause may hang on the one arrested
    held = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
    for c in (*clause.children, *(g for h in held for g in h.children)):
        if c.dep_ == "prep" and c.head in held and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _EVENT_NOUNS for g in c.children):
            out.update(t.i for t in c.subtree)  # "two suspects in last year's bombing were arrested"
        elif c.dep_ == "prep" and (c.lower_ in _CAUSE_PREPS or (c.lower_ == "in" and any(
                g.lemma_.lower() == "connection" for g in c.children))):
            out.update(t.i for t in c.subtree)
    return out


def _fronted_dates(doc: Doc, clause: Token) -> list[Span]:
    """The date adjuncts said before the verbs a participle or a coordinated verb hangs on."""
    out: list[Span] = []
    cur = clause
    for _ in range(2):
        if cur.dep_ not in _SHARED_DATE_DEPS or cur.head is cur:
            break
        cur = cur.head
        out += [doc[c.left_edge.i:c.right_edge.i + 1] for c in cur.children
                if c.dep_ in ("prep", "advmod", "npadvmod") and c.i < cur.i and any(
                    _YEAR.fullmatch(t.text) or _month_name(t) for t in c.subtree)]
    return out


def other_event(doc: Doc, clause: Token, ref_year: int | None, kind: str | None = None,
                published: dt.date | None = None, anchor: Token | None = None) -> bool:
    """Whether the clause tells of an event before the one reported (its count is that event's). ``anchor``: the
    count's own token, whose part of the clause keeps its dates (``_set_apart``)."""
    if clause.dep_ == "prep" and clause.lower_ == "including":
        clause = clause_of(clause.head)  # "killed 130 people, including nine officers": the part is the toll's
    if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.head.pos_ in ("VERB", "AUX") and \
            other_event(doc, clause.head, ref_year, kind, published):
        return True  # "The same mine flooded in 2015, killing 22 workers": the toll of the event the clause dates
    # "the 1998 bombing that killed an officer and maimed a nurse": the second verb shares the relative clause
    rel = clause.head if clause.dep_ == "conj" and clause.head.dep_ == "relcl" else clause
    if rel.dep_ == "relcl" and (_described_year(doc, rel.head, ref_year) or any(
            date is not None and _older(date.text, ref_year)
            for date in (_date_before_clause(doc, rel), _date_after_clause(doc, rel)))):
        return True
    # "arrested in connection with the bombing of X last year that killed 61": the parser hangs the
    # date on the arrest, but it dates the event the relative clause after it tells of
    theirs = {d.start for r in clause.subtree if r.dep_ == "relcl" and r is not clause
              and (d := _date_before_clause(doc, r)) is not None}
    ents = ents_in(doc, clause, ("DATE", "EVENT")) + _fronted_dates(doc, clause)
    if _earlier_subject(clause):
        return True
    # "the 2015 earthquake": a year the NER reads as a plain number, said on the event's noun
    ents += [clause.doc[t.i:t.i + 1] for t in clause.subtree if _YEAR.fullmatch(t.text) and t.ent_type_ != "DATE"
             and t.dep_ in ("nummod", "compound", "amod") and t.head.pos_ == "NOUN" and t.head.i == t.i + 1
             and not people_like(t.head) and not _years_after(t.head)]
    # "a similar bombing in 2017 left 26 dead": a year after "in" the NER reads as a plain number
    ents += [clause.doc[t.i:t.i + 1] for t in clause.subtree if _YEAR.fullmatch(t.text) and t.ent_type_ != "DATE"
             and t.dep_ == "pobj" and t.head.lower_ in ("in", "during")]
    apart = _set_apart(clause)
    if anchor is not None and anchor.i in apart:
        apart = set()  # "up from 12 in 2024": the compared count is the part set apart, and its date is its own
    ents = [e for e in ents if e.start not in theirs and e.start not in apart and not _built_in(doc[e.start], clause)]
    if kind == "detained":
        cause = _cause_tokens(clause)
        ents = [e for e in ents if e.start not in cause]
    for e in ents:
        if ref_year is not None and _PAST_YEAR.search(e.text) and not _THIS_YEAR.search(e.text):
            return True  # "last year's cyclone", "three years ago": an older year said relatively
        if e.text.lower().startswith("since") or (e.start > 0 and doc[e.start - 1].lower_ == "since"):
            continue  # "since 2014" runs up to now: a longer count (wider_area), not an older event
        if _DECADE.search(e.text) or _older_month(e, clause, published):
            return True
        years = [int(y) for y in _YEAR.findall(e.text)]
        if ref_year is not None and years and max(years) < ref_year:
            return True
    return not ents and _told_before(doc, clause, ref_year, published)


#: Marks of a clause set against the count's own ("while last year's quake killed 2,300"): its date is its own.
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
#: Words that open a comparison with another count ("compared with 140 last year", "up from 90 in 2023").
_COMPARING = frozenset({"compared", "compare", "against", "versus", "vs", "vs.", "from"})


def _set_apart(clause: Token) -> set[int]:
    """The tokens of the parts of ``clause`` that tell another event or count, whose dates are theirs: a clause of
    contrast with its own subject ("..., while last year's quake killed 2,300") and a comparison ("compared with 140
    last year"). Invented probes of session 36: 2 of 2 counts of the reported event flagged as another's."""
    out: set[int] = set()
    for c in clause.children:
        contrast = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS for m in c.children)
        # "..., up from 40 last year": the comparison hangs on "up" or "down"
        rising = c.dep_ == "advmod" and c.lower_ in ("up", "down") and any(
            g.dep_ == "prep" and g.lower_ == "from" for g in c.children)
        if (contrast and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)) or rising or (
                c.dep_ in ("prep", "advcl") and c.lower_ in _COMPARING and c.i > clause.i):
            out.update(t.i for t in c.subtree)
    return out


#: Verbs of a thing being made, whose date is the thing's history: "the bridge, built in 1987, collapsed".
_MAKING_VERBS = lexicons.words("figure_words", list="making")


def _built_in(date: Token, clause: Token) -> bool:
    """``date`` sits in a participle or relative clause that tells when a thing was made ("the bridge, built in
    1987", "a dam that was constructed in 1961"): it dates the thing, not the event the clause counts."""
    cur = date
    while cur.i != clause.i and cur.head.i != cur.i:
        if cur.dep_ in ("acl", "relcl") and cur.lemma_.lower() in _MAKING_VERBS:
            return True
        cur = cur.head
    return False


def _years_after(noun: Token) -> bool:
    """"five years after the 2021 tremor", "a decade after the 2016 floods": the older event is what the count
    is measured from, not its date (the parser hangs the distance on "after" or "after" on the distance)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "after":
        return False
    distances = [c for c in prep.children if c.dep_ == "npadvmod"]
    if prep.head.dep_ == "npadvmod":
        distances.append(prep.head)
    return any(any(g.like_num or g.lower_ in ("a", "an") for g in c.children) for c in distances)


#: Subjects that carry on the event the sentence before told of: "It also left 12,000 homeless", "They
#: killed 140", "That storm killed 85".
_ANAPHORS = frozenset({"it", "they"})
_DEMONSTRATIVES = frozenset({"that", "those", "same"})
#: Verbs whose older date starts what may run up to now: "The fighting began in 2019. It has since ...".
_BEGINNING_VERBS = lexicons.words("figure_words", list="beginning")
#: Adverbs that bring a carried-on event up to now: "It has since displaced 40,000", "They now number".
_UP_TO_NOW = frozenset({"since", "now", "still", "so", "already"})


def _carried_subject(clause: Token) -> bool:
    """Whether the clause's subject (or the subject of the verb it is joined to) stands for the event of
    the sentence before: a pronoun, or an event noun after "that" / "the same"."""
    holder = clause.head if clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") else clause
    for c in holder.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in _ANAPHORS:
            return True
        return c.lemma_.lower() in _EVENT_NOUNS and any(
            d.dep_ in ("det", "amod") and d.lower_ in _DEMONSTRATIVES for d in c.children)
    return False


def _told_before(doc: Doc, clause: Token, ref_year: int | None, published: dt.date | None) -> bool:
    """"Last year's earthquake in X killed 310 people. It also left 12,000 homeless.": a clause with no date
    of its own whose subject stands for the event of the sentence before it counts for that event, so an
    older one there makes this count older too. The scope is per sentence, so it is carried one sentence at
    a time; "The fighting began in 2019. It has since displaced 40,000" runs up to now."""
    sent = clause.sent
    if sent.start == 0 or ref_year is None or not _carried_subject(clause) or any(
            t.lower_ in _UP_TO_NOW and t.dep_ == "advmod" for t in sent):
        return False
    before = doc[sent.start - 1].sent
    root = before.root
    if root.lemma_.lower() in _BEGINNING_VERBS or "\n\n" in doc_text(doc)[before.end_char:sent.start_char]:
        return False
    return other_event(doc, root, ref_year, None, published)


#: How many months before the report's month a month named alone must lie to date an older event: "in
#: January" in a June report is months back, while "in May" is as near as "last month", which batches 11
#: and 22 keep as the story's own. Set on stress batch 37 (3 older months, 2 recent or running controls).
OLDER_MONTH_GAP = 2
#: Words that make a month no date of an older event: a running count ("since March") or a date ahead.
_NOT_OLDER_MONTH = frozenset({"since", "until", "till", "by", "next", "this", "coming", "from"})


#: Months or years counted from an event ("six months after", "a year on"): an article that measures how
#: long ago its event was is a retrospective, and the event it dates by a month alone is its own (an
#: anniversary piece keeps its event's figures). Weeks are left out: "a week after the anniversary" dates
#: a new attack by an old one (batch 24). Invented stress batch 40, 2 cases and a control.
_ELAPSED = re.compile(r"\b(?:months|years|a year|one year) (?:after|on)\b", re.IGNORECASE)
#: Prepositions whose object is the event a clause is dated from, not the clause's own event.
_MEASURED_FROM = frozenset({"after", "before", "since", "following"})


def _month_name(t: Token) -> bool:
    """A month written as a name ("January", "Sept"), not the verb "march" or the modal "may"."""
    return t.lower_ in MONTHS and len(t.text) > 3 and t.text[0].isupper()


def _older_month(e: Span, clause: Token, published: dt.date | None) -> bool:
    """"In January, 40 were killed" in a June report: a month named alone, with no day or year, months
    before the report's, on a clause in the past tense, tells of an older event."""
    if published is None or clause.tag_ not in ("VBD", "VBN"):
        return False
    names = [t for t in e if _month_name(t)]
    if len(names) != 1 or any(t.like_num or t.lower_ in _NOT_OLDER_MONTH for t in e):
        return False
    if e.start > 0 and e.doc[e.start - 1].lower_ in _NOT_OLDER_MONTH:
        return False
    if _ELAPSED.search(e.sent.text):
        return False  # "six months after the January quake killed 2,300": a retrospective's own event
    # the month must date the clause itself: not the onset of a running count ("Since the fighting began in
    # February, 2,300 have been killed") nor another number ("12 deaths in May compared to three in April")
    cur = e.root
    while cur.i != clause.i and not cur.is_ancestor(clause) and cur.head.i != cur.i:
        if any(c.dep_ == "mark" and c.lower_ in _NOT_OLDER_MONTH for c in cur.children):
            return False
        if cur.dep_ == "pobj" and cur.head.lower_ in _MEASURED_FROM:
            return False  # "after the January quake, a second quake killed 12": it dates what the clause follows
        cur = cur.head
        if cur.i != clause.i and not cur.is_ancestor(clause) and (cur.like_num or cur.pos_ in ("VERB", "AUX")):
            return False
    return (published.month - MONTHS[names[0].lower_]) % 12 >= OLDER_MONTH_GAP


def _older(text: str, ref_year: int | None) -> bool:
    """A date's text names a year before the report's: a decade, "last year", "2019"."""
    if ref_year is None:
        return False
    if _DECADE.search(text) or (_PAST_YEAR.search(text) and not _THIS_YEAR.search(text)):
        return True
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(years) and max(years) < ref_year


#: Hops from the noun before a date up to the event noun it belongs to ("the bombings of the embassies
#: in X and Y last year": Y, X, embassies, bombings).
_EVENT_NOUN_HOPS = 5


def _date_before_clause(doc: Doc, relcl: Token) -> Span | None:
    """The date said between an event's noun phrase and a relative clause: "the bombing of the depot
    last year that killed 61", "the market bombing two years ago that wounded 70". The parser may hang
    both on the main verb; the date still dates the event the clause tells of. Only an event noun
    ("bombing", "quake") takes it: "arrested four men last year who ..." dates the arrest."""
    end = relcl.left_edge.i - 1
    if end >= 0 and doc[end].text == ",":
        end -= 1
    date = next((e for e in doc_ents(doc) if e.label_ == "DATE" and e.end - 1 == end), None)
    if date is None and end >= 0 and _YEAR.fullmatch(doc[end].text) and doc[end].head.lower_ in ("in", "during"):
        date = doc[end:end + 1]  # "the shooting at the mall in 2022 that left eight dead": a bare year
    if date is None or date.start < 2:
        return None
    before = date.start - 1
    if doc[before].lower_ in ("in", "during") and date.start - 1 == date[0].head.i:
        before -= 1
    cur = doc[before]
    for _ in range(_EVENT_NOUN_HOPS):
        if cur.pos_ not in ("NOUN", "PROPN"):
            return None
        if cur.lemma_.lower() in _EVENT_NOUNS:
            return date
        if cur.dep_ == "conj" or (cur.dep_ == "pobj" and cur.head.dep_ == "prep"):
            cur = cur.head if cur.dep_ == "conj" else cur.head.head
        else:
            return None
    return None


#: Tokens an aside after a relative clause may run before the date ("among them a captain"). Not tuned.
_ASIDE_REACH = 8


def _date_after_clause(doc: Doc, relcl: Token) -> Span | None:
    """The date that closes a relative clause on an event noun after a comma-set part of its toll: "the
    depot blast which killed 31 workers, including four guards, on 9 May 2024". Past the aside the parser
    hangs the date on the main verb; ending the sentence right after the clause, it dates the clause's
    event (whose noun must be an event's: "charged the men who killed 12, on Monday" dates the charge)."""
    if relcl.head.lemma_.lower() not in _EVENT_NOUNS:
        return None
    i = relcl.right_edge.i + 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
        if i < len(doc) and doc[i].lower_ in ("including", "among"):
            # "..., among them a captain, in March 2023": an aside the parser left outside the clause
            close = next((t.i for t in doc[i:min(len(doc), i + _ASIDE_REACH)] if t.text == ","), None)
            i = close + 1 if close is not None else len(doc)
    if i >= len(doc) or doc[i].lower_ not in ("on", "in", "during") or doc[i].head in relcl.subtree:
        return None
    date = next((e for e in doc_ents(doc) if e.label_ == "DATE" and e.start == i + 1), None)
    if date is None or (date.end < len(doc) and not doc[date.end].is_punct):
        return None
    return date


#: Adjectives that set an event before the one reported: "an earlier storm", "the previous quake".
_EARLIER = frozenset({"early", "earlier", "previous", "prior"})
#: Tally nouns: "an earlier toll" is this event's older count, not another event.
_TALLY_NOUNS = frozenset({"toll", "count", "tally", "figure", "total", "number", "estimate", "report"})


def _described_year(doc: Doc, head: Token, ref_year: int | None) -> bool:
    """A relative clause on a past date or on an event dated by its year: "the worst since 2010, when
    1,800 people died", "since the 1999 quake, which killed 17,000". The "since" that leads to the
    date does not make the clause's count run up to now: the clause tells what happened then."""
    if ref_year is None:
        return False
    heads = [head]
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        heads.append(head.head.head)  # "the 2015 raid on Holt, in which ...": the clause hung on the place
    texts = [e.text for e in doc_ents(doc) if any(e.start <= h.i < e.end for h in heads)
             and e.label_ in ("DATE", "EVENT")]
    for h in heads:
        # "the April 9, 2019, attack on a hotel that killed 48": a full date said before the event's noun
        texts += [e.text for e in doc_ents(doc) if e.label_ == "DATE" and h.left_edge.i <= e.start and e.end <= h.i]
        texts += [t.text for t in h.children if _YEAR.fullmatch(t.text) and t.dep_ in ("nummod", "compound", "amod")]
        # "the bombing of the station in 2019, which killed 41": the year in a phrase on the event's noun
        texts += [g.text for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "of") and c.i > h.i
                  for g in c.children if g.dep_ == "pobj" and _YEAR.fullmatch(g.text)]
    for text in texts:
        if _DECADE.search(text) or (_PAST_YEAR.search(text) and not _THIS_YEAR.search(text)):
            return True
        years = [int(y) for y in _YEAR.findall(text)]
        if years and max(years) < ref_year:
            return True
    return False


def _earlier_subject(clause: Token) -> bool:
    """"An earlier storm in March left 22 dead": the clause's subject is an event before this one; so is "a
    similar attack" (one of the same sort, not this one: "where a similar attack last month killed 9")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() not in _TALLY_NOUNS
               and any(a.dep_ == "amod" and (a.lower_ in _EARLIER | {"earlier"} or (a.lower_ == "similar" and any(
                   d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children))) for a in c.children)
               for c in clause.children)


def projection(clause: Token) -> bool:
    cur = clause
    for _ in range(3):
        modals = {c.lower_ for c in cur.children if c.dep_ == "aux" and c.lower_ in _MODALS}
        if modals == {"will"} and cur.lemma_.lower() in _STAYING_VERBS:
            return False  # "the 9,000 troops in the valley will remain there": counted now, and staying
        if modals:
            return True
        if cur.lemma_.lower() in _PROJECTION_VERBS:
            return True
        if cur.head is cur or cur.dep_ == "relcl" or (
                cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SCOPE_SAYING):
            # "the outbreak, which has killed 61, could kill 400 more": a relative clause keeps its own
            # tense; "I can confirm that a man was arrested": the modal is the speaker's, not the count's
            break
        cur = cur.head
    return False


def _according_to(t: Token) -> str | None:
    """The body after "according to" (``t``: "according")."""
    if t.lower_ != "according" or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ != "to":
        return None
    pobj = next((c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"), None)
    return t.doc[pobj.left_edge.i:pobj.i + 1].text if pobj is not None else None


#: Verbs whose subject a count is credited to ("the ministry said", "the agency put the toll at"; a challenger
#: "maintains" or "insists" that more died: general English verbs of saying, as speech_verbs.tsv lists them).
_CREDIT_VERBS = frozenset({"say", "report", "announce", "confirm", "tell", "state", "estimate", "claim",
                           "warn", "add", "put", "indicate", "maintain", "insist"})


def reported_by(sent: Span, clause: Token, anchor: Token | None = None) -> str | None:
    """Who the sentence credits the count to: the agent of a participle of saying on the count (``anchor``: "the
    29 announced by the governor"), else the nearest credit on the way up from the count's clause
    ("8 have died, according to the ministry, while the league says 19 have been killed": 19 is the
    league's), else an "according to" anywhere in the sentence."""
    if anchor is not None and (agent := agent_credit(anchor, _CREDIT_VERBS)) is not None:
        return agent
    if (owner := tally_owner(clause)) is not None:
        return owner  # "the charity's own count has passed 90": the tally's keeper
    cur = clause
    for _ in range(4):
        near = next((a for c in cur.children if c.dep_ == "prep" and (a := _according_to(c)) is not None), None)
        if near is not None:
            return near
        subj = None
        if cur.lemma_.lower() in _CREDIT_VERBS:
            subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
        subj = subj if subj is not None and subj.pos_ != "PRON" else parataxis_credit(cur, _CREDIT_VERBS)
        if subj is not None:
            words = cur.doc[subj.left_edge.i:subj.right_edge.i + 1].text
            return re.split(r"\s*\n\s*", words)[-1] or None
        if cur.head is cur or across_semicolon(cur, cur.head):
            break  # "Toll rises to 63; governor says 71": the governor's credit is the 71's
        cur = cur.head
    return next((a for t in sent if (a := _according_to(t)) is not None), None)


#: Units that measure an amount of something, named with what they measure: "litres of fuel",
#: "tonnes of flour" (litres are not trucks, and fuel is not food).
_MEASURES = frozenset({"tonne", "ton", "kilogram", "kg", "litre", "liter", "gallon", "bag", "sack", "carton",
                       "box", "crate", "pallet", "parcel", "package", "truckload", "shipment", "consignment"})
#: People counted in these units are not persons: "3,140 households were displaced". The plurals too: a
#: table's capitalised label ("| Families affected | 40 |") is tagged a proper noun and keeps them as its lemma.
_PEOPLE_UNITS = frozenset({"household", "households", "family", "families", "hh", "hhs"})
#: Sitrep abbreviations of those units, written out: "2,840 HH" are 2,840 households.
_UNIT_ABBREVIATIONS = {"hh": "households", "hhs": "households"}
_RATE_NOUNS = frozenset({"day", "week", "month", "hour", "night"})


#: Determiners that make a time noun a rate: "a day", "every day", "each week", "per day".
_RATE_DETS = frozenset({"a", "an", "every", "each", "per"})
#: Adverbs of a rate: "25 people die daily".
_RATE_ADVERBS = frozenset({"daily", "weekly", "nightly", "hourly", "monthly"})


#: Words after "a day" / "a week" that make it a date: "a week after the anniversary", "a day earlier".
_NOT_RATE_AFTER = frozenset({"after", "before", "earlier", "later", "ago", "since", "into", "of"})


def rate_on(tok: Token) -> Token | None:
    """"a day", "every week", "per day", "daily" said on ``tok``: how often, not how many in all. A time
    noun with more than its determiner ("a day earlier", "last week") is a date, not a rate."""
    doc = tok.doc
    for c in tok.children:
        after = doc[c.right_edge.i + 1].lower_ if c.right_edge.i + 1 < len(doc) else ""
        if c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in _RATE_NOUNS and after not in _NOT_RATE_AFTER \
                and any(True for _ in c.children) and all(g.dep_ == "det" and g.lower_ in _RATE_DETS
                                                          for g in c.children):
            return c
        if c.dep_ == "advmod" and c.lower_ in _RATE_ADVERBS and c.tag_ == "RB":
            return c
        if c.dep_ == "prep" and c.lower_ == "per" and any(g.lemma_.lower() in _RATE_NOUNS for g in c.children):
            return c
    return None


def unit_of(kind: str, noun: Token | None, clause: Token | None = None) -> str | None:
    """The unit counted where it is not persons: "tonnes of food", "trucks a day", "households"; and
    people counted by the day or week ("15 people a day", "30 die every day"): a rate, never a total."""
    if kind == "forces" or (noun is None and (clause is None or kind in ("aid", "weapons"))):
        return None
    if kind not in ("aid", "weapons"):
        # one person ("a guard") is never a rate; a plural count or a bare number may be
        rate = (rate_on(noun) if noun is not None else None) or (
            rate_on(clause) if clause is not None and clause.pos_ in ("VERB", "AUX") and (
                noun is None or noun.tag_ in ("NNS", "NNPS")) else None)
        if rate is not None:
            said = rate.doc[rate.left_edge.i:rate.right_edge.i + 1].text
            return f"{noun.text} {said}" if noun is not None and people_like(noun) else said
        if noun is None or noun.lemma_.lower() not in _PEOPLE_UNITS:
            return None
        return _UNIT_ABBREVIATIONS.get(noun.lower_, noun.lower_)
    if noun is None:
        return None
    words = modifier_run(noun)
    of = of_pobj(noun)
    if of is not None and (kind == "weapons" or noun_lemma(noun) in _MEASURES | lex.AID_UNITS):
        words += " of " + of.doc[of.left_edge.i:of.i + 1].text
    rate = next((c for c in noun.children if (c.lemma_.lower() in _RATE_NOUNS and c.dep_ == "npadvmod")
                 or (c.dep_ == "prep" and c.lower_ == "per" and any(g.lemma_.lower() in _RATE_NOUNS
                                                                     for g in c.children))), None)
    if rate is not None:  # "80 trucks a day", "20 trucks per day": a rate, not a total
        words += " " + noun.doc[rate.left_edge.i:rate.right_edge.i + 1].text
    return words


#: Lines that announce another article: "Also read: Quake toll in Z hits 900", "READ MORE: ...".
_TEASER = re.compile(r"^\W*(?:also read|read also|read more|read next|read|more(?: stories| news| coverage)?"
                     r"|related(?: articles?| stories| news| coverage| content| reading| links?| posts?| videos?)?"
                     r"|see also|more on|more from|further reading|up next|recommended|you may also like"
                     r"|(?:don't|do not) miss|editor'?s picks?|most read|trending|top stories|watch|listen)"
                     r"\b\s*[:\-|–—]", re.IGNORECASE)
#: Words that widen a count beyond the event reported: the whole country or world, the whole war, the year.
_WIDER = re.compile(
    r"\b(?:nationwide|countrywide|country-wide|nationally|across the (?:whole |entire )?(?:country|nation)"
    r"|worldwide|world-wide|globally|(?:across|around) the (?:world|globe)|the world over"
    r"|across (?:the )?(?:whole |entire )?(?:[A-Z][\w-]+ )?(?:province|state)\b"
    r"|throughout the (?:country|nation)|in the (?:whole|entire) (?:country|nation)|across the (?:wider )?region"
    # "bringing the total number of IDPs in the province to 1.1 million": a tally placed in the whole country,
    # province or state, wider than the event's own place
    r"|(?:total|number|toll|tally|count)(?: of(?: the)? [\w-]+(?: [\w-]+)?)? in the (?:country|nation|province|state)"
    r"\b(?! capital)"
    r"|(?:country|nation|region|state|province|continent|world|(?-i:[A-Z][\w.-]+)) as a whole"
    r"|since the (?:start|beginning|outbreak|onset) of (?:the )?(?:war|conflict|fighting|invasion|crisis|hostilities"
    r"|uprising|unrest|protests|revolt|rebellion|insurgency|offensive|siege|occupation)"
    r"|since the (?:war|conflict|invasion|fighting|crisis|uprising|unrest|protests|revolt|rebellion|insurgency"
    r"|offensive|siege|occupation) (?:began|started|broke out|erupted)"
    r"|(?:in|during|over) the (?:course of the )?(?:war|conflict) so far|so far this year|this year alone"
    # "the toll from such attacks", "killed in similar raids": a count over a class of events, not this one
    r"|(?:from|in|by) (?:such|similar) (?:attacks|bombings|blasts|strikes|raids|incidents|shootings|storms|floods"
    r"|quakes|earthquakes|landslides|accidents|disasters)"
    # "hundreds of such deaths over the past decade": a tally over several years, not this event's toll ("in the
    # past decade" is left: "the worst floods in the past decade" dates a comparison, not a count)
    r"|(?:over|during|across) the (?:past|last|previous) (?:decade|two decades|(?:\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|few|several) years)"
    r"|since (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: Clauses below the figure's own that say something else ("killed 12, bringing the nationwide
#: toll to 9,000": the nationwide words belong to the 9,000 only).
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "conj", "relcl", "parataxis", "xcomp", "csubj"})


def _own_clause_text(anchor: Token, clause: Token) -> str:
    # A "since the fighting began" clause is left out with the others: in a story about the war
    # itself it dates the story's own count (making it wider cost a contradiction on the crises
    # held-out part); "since the start of the war" said on the count's own clause still widens it.
    skip: set[int] = set()
    # "has killed 9,000 people across the country, and 35 in Veln": a count joined to the verb with a place of
    # its own leaves the words between the verb and it to the first count (a fronted "Since the war began, ..."
    # still reaches both)
    gapped = anchor.dep_ == "conj" and anchor.head.i == clause.i and any(c.dep_ == "prep" for c in anchor.children)
    for c in clause.children:
        other = c.dep_ in _OTHER_CLAUSES and not (c.left_edge.i <= anchor.i <= c.right_edge.i)
        if other or (gapped and clause.i < c.i and c.right_edge.i < anchor.i):
            skip.update(t.i for t in c.subtree)
    return " ".join(t.text for t in clause.subtree if t.i not in skip)


#: Adjectives of a tally that make it the whole country's: "national toll passes 100".
_NATIONAL = lexicons.words("figure_words", list="national")
_FRAGMENT_ENDS = frozenset({",", ";", ":", "\u2014", "\u2013"})


def _national_tally(doc: Doc, anchor: Token) -> bool:
    """"Cyclone X: 27 dead in Lessing, national toll passes 100": a tally called national in the number's own
    fragment (back to the last comma) is the country's count, while the count before the comma is the
    district's, though the parser may put both in one clause."""
    i = anchor.i - 1
    while i >= 0 and doc[i].text not in _FRAGMENT_ENDS and not doc[i].is_sent_end and doc[i].text != "\n":
        if doc[i].lower_ in _TALLY_NOUNS and any(doc[j].lower_ in _NATIONAL for j in range(max(0, i - 2), i)):
            return True
        i -= 1
    return False


def scope_of(doc: Doc, anchor: Token, clause: Token, is_other_event: bool) -> str | None:
    """Whose count this is when it is not the reported event's own: ``"teaser"`` (a line that
    links to another article), ``"other_event"`` (an older event, or one set in another place:
    ``figures_scope_elsewhere``), ``"wider_area"`` (a
    country-wide, war-wide or year-to-date total, or a place's standing population:
    ``figures_scope_population``); None for the event's own count."""
    line_start = doc_text(doc).rfind("\n", 0, anchor.idx) + 1
    if _TEASER.match(doc_text(doc)[line_start:anchor.idx]):
        return "teaser"
    if is_other_event or elsewhere(doc, anchor, clause):
        return "other_event"  # an older event, or one in another place ("neighbouring X, where ...")
    if _WIDER.search(_own_clause_text(anchor, clause)) or _national_tally(doc, anchor) or standing_population(anchor):
        return "wider_area"
    return None
