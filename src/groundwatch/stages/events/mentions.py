"""Event mentions: the sentences of a story that report an event, and their grouping into events.

A sentence reports an event when a cue of an event type occurs in it (``data/event_cues.tsv``)
and the classifier codes it as one of the event types an event table counts (not a statement,
an accusation or an "other development"); sentences about the future or only about other years
are background, never events; so are sentences without a predicate (headings, datelines) and, but
for disasters, tolls summed over a span of time (:mod:`.realis`). Each mention keeps the date, place
and killed figures written in its own sentence, except a photo caption's date when the photo shows
the aftermath, and places written as reference points ("felt 300 km away").

Mentions of one story are one event when they are of the same ACLED event type, their dates and
places do not conflict (a day inside a month agrees with that month; a province agrees with a
town in its country), and something ties them: the same day, the same place, neighbouring
sentences, or close wording; a mention without a date of its own is the event of the same
sub-event type it agrees with (it cannot be told apart from it, and coding it again would count one
incident twice). A disaster is one event per story and type, whatever the places it reaches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from groundwatch.records import ArticleFacts, CleanArticle, DateMention, Figure, Place, Sentence
from groundwatch.stages.events.captions import DROPPED_LINE, CaptionItem, with_caption_span
from groundwatch.stages.events.classify import EventTypePrediction, classify, cue_hits
from groundwatch.stages.events.realis import caption_dates_event, cumulative_toll, has_predicate, reference_place
from groundwatch.stages.events.types import event_types

#: Types that are no event of their own for the event table: statements and talks, accusations,
#: and ACLED's catch-all "other development" (which also takes every displacement sentence).
EXCLUDED_CODES = frozenset({"DIPLO", "ATTRIB", "OTHER"})
#: A classification this unsure counts only when one of the type's own cues occurs in the sentence.
#: Set by eyeballing the crises-2023 dev run: below it, types without a cue were background lines
#: (rescue work, relief) in 9 of 10 cases.
MIN_UNCUED_PROBABILITY = 0.35
#: Strategic developments (agreements, bases, group changes, looting, transfers of territory) are the
#: types most often given to background lines; below this probability they are not events. Set by
#: eyeballing the crises-2023 dev run: all four strategic records under 0.5 were background
#: (troops deployed for relief, a failed truce, fighting near an airport).
MIN_STRATEGIC_PROBABILITY = 0.5
#: Disasters: one event per story, however many places it reaches (a quake's collapsed buildings
#: are the quake's).
DISASTER_CODES = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
#: Two mentions with nothing else in common are one event when their sentences are this close
#: (MiniLM cosine). Set by hand on invented pairs: reports of one clash in other words score
#: 0.6-0.8, two clashes in other towns of one war 0.4-0.55.
EVENT_SIMILARITY = 0.62
#: Sentences this close in one article describe one event (a lead and the sentence after it).
NEIGHBOUR_SENTENCES = 1
_FUTURE_RE = re.compile(r"\b(will|would|could|might|plans? to|planned to|threaten\w*|vow\w*|expected to|"
                        r"aims? to|if|unless|warn\w*)\b")
#: A date right after a verb of saying, one word, or a short phrase of the statement's medium ("said in
#: a statement on Friday", "told reporters on Tuesday") is the statement's day.
_REPORTED_RE = re.compile(r"\b(said|says|say|reported|reports|announced|announces|told|stated|confirmed|added|"
                          r"according to)\s+(?:\w+\s+|(?:in|on|at|via|through|during|to)\s+(?:[\w'’-]+\s+){1,3})?$",
                          re.IGNORECASE)
_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z.'\- ]+(?:,\s*[\w.'\- ]+)?\s*(?:\([^)]*\)\s*)?[\u2014\u2013-]{1,2}\s")
_YEAR_RE = re.compile(r"(?<![\d,.])(19\d\d|20\d\d)(?!\d|[,.]\d)")


@dataclass(frozen=True, slots=True)
class Mention:
    """One sentence reporting an event, with what its own words give."""

    article: str
    sentence: Sentence
    code: str
    probability: float
    date: DateMention | None
    place: Place | None
    killed: tuple[Figure, ...]
    order: int  # the story's reading order (article published, then position)


def _published(clean: CleanArticle, facts: ArticleFacts) -> dt.date | None:
    return clean.published or facts.published or clean.article.published


def _background(text: str, year: int | None) -> bool:
    if _FUTURE_RE.search(text):
        return True
    years = {int(y) for y in _YEAR_RE.findall(text)}
    return bool(years) and year is not None and year not in years


def _reporting_day(d: DateMention, sentence: Sentence) -> bool:
    """The day of a statement, not of the event ("the ministry said on Tuesday", "announced today")."""
    return bool(_REPORTED_RE.search(sentence.text[:max(0, d.span.start - sentence.start)]))


def _date(facts: ArticleFacts, sentence: Sentence) -> DateMention | None:
    rank = {"day": 0, "week": 1, "month": 2}
    index = sentence.index
    if not caption_dates_event(sentence.text):
        return None
    dates = [d for d in facts.dates if d.span.sentence_index == index and d.date and not d.future
             and d.precision in rank and not _reporting_day(d, sentence)]
    return min(dates, key=lambda d: (rank[d.precision], d.span.start)) if dates else None


def _place(facts: ArticleFacts, sentence: Sentence) -> Place | None:
    # A dateline ("HARBOURTON, Veloria —") is where the reporter filed from, not where it happened.
    dateline = _DATELINE_RE.match(sentence.text)
    skip = sentence.start + dateline.end() if dateline else sentence.start
    places = [p for p in facts.places if p.span.sentence_index == sentence.index and p.country
              and p.span.start >= skip
              and not reference_place(sentence.text, p.span.start - sentence.start, p.span.end - sentence.start)]
    return min(places, key=lambda p: (p.precision, p.span.start)) if places else None


def _killed(facts: ArticleFacts, index: int) -> tuple[Figure, ...]:
    return tuple(f for f in facts.figures if f.kind == "killed" and f.span.sentence_index == index
                 and not f.other_event and not f.projection and f.scope is None)


def _realis(text: str, code: str) -> bool:
    """Whether a classified sentence reports one event that happened (:mod:`.realis`)."""
    from groundwatch.stages.reconcile.common import parse

    try:
        doc = parse(text, "realis")
    except Exception:  # a sentence the parser cannot take keeps the classifier's word
        return True
    if not has_predicate(doc):
        return False
    # A disaster's toll sentences are the disaster's own (its headline count is reconciled apart).
    return code in DISASTER_CODES or not cumulative_toll(text, doc)


Candidate = tuple[CleanArticle, ArticleFacts, Sentence]


def candidates(items: Sequence[tuple[CleanArticle, ArticleFacts]],
               captions: Mapping[str, Sequence[CaptionItem]] | None = None) -> list[Candidate]:
    """The sentences worth classifying (an event cue, not background), in reading order; an article's dropped
    dated photo captions (``captions``: :func:`.captions.caption_items`) after its own sentences, each with the
    facts read in it."""
    out: list[Candidate] = []
    ordered = sorted(items, key=lambda cf: (_published(*cf) or dt.date.max, cf[0].id))
    for clean, facts in ordered:
        pub = _published(clean, facts)
        read = [(facts, s) for s in sorted(facts.sentences, key=lambda s: s.start)]
        for own, sent in [*read, *(captions or {}).get(clean.id, ())]:
            if set(cue_hits(sent.text)) - EXCLUDED_CODES and not _background(sent.text, pub.year if pub else None):
                out.append((clean, own, sent))
    return out


def candidate_text(candidate: Candidate) -> str:
    """What the classifier reads of a candidate sentence (and the vector it is embedded as)."""
    return " ".join(candidate[2].text.split())


def candidate_texts(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> list[str]:
    """The texts :func:`find_mentions` classifies (so a caller can embed many stories' at once)."""
    return [candidate_text(c) for c in candidates(items)]


Classified = tuple[CleanArticle, ArticleFacts, Sentence, EventTypePrediction]


def classified(items: Sequence[tuple[CleanArticle, ArticleFacts]],
               found: Sequence[Candidate] | None = None) -> list[Classified]:
    """The candidate sentences whose event type is confident enough to be a mention, in reading order
    (the realis check, which parses each, is left to :func:`find_mentions`). ``found``:
    ``candidates(items)`` when the caller has them already (the cue scan runs once)."""
    found = candidates(items) if found is None else found
    predictions = classify([candidate_text(c) for c in found])
    types = event_types()
    out: list[Classified] = []
    for (clean, facts, sent), pred in zip(found, predictions, strict=True):
        if pred.code in EXCLUDED_CODES or (pred.probability < MIN_UNCUED_PROBABILITY
                                            and pred.code not in cue_hits(sent.text)):
            continue
        if types[pred.code].event_type == "Strategic developments" and pred.probability < MIN_STRATEGIC_PROBABILITY:
            continue
        out.append((clean, facts, sent, pred))
    return out


def find_mentions(items: Sequence[tuple[CleanArticle, ArticleFacts]],
                  confident: Sequence[Classified] | None = None) -> list[Mention]:
    """The event mentions of a story's articles, in reading order (``confident``: ``classified(items)``
    when the caller has it already)."""
    out: list[Mention] = []
    for clean, facts, sent, pred in classified(items) if confident is None else confident:
        if not _realis(sent.text, pred.code):
            continue
        date, place, killed = _date(facts, sent), _place(facts, sent), _killed(facts, sent.index)
        if sent.index == DROPPED_LINE:  # a dropped caption: its facts cite it, not the clean text
            date = with_caption_span(date, clean.id, sent.text) if date is not None else None
            place = with_caption_span(place, clean.id, sent.text) if place is not None else None
            killed = tuple(with_caption_span(f, clean.id, sent.text) for f in killed)
        out.append(Mention(clean.id, sent, pred.code, pred.probability, date, place, killed, len(out)))
    return out


def _dates_agree(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None or not a.date or not b.date:
        return True
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if (a.name or a.text) == (b.name or b.text):
        return True
    return a.country == b.country and (a.precision >= 3 or b.precision >= 3)


def _tied(a: Mention, b: Mention, similarity: float) -> bool:
    if a.date and b.date and a.date.date == b.date.date:
        return True
    if a.place and b.place and (a.place.name or a.place.text) == (b.place.name or b.place.text):
        return True
    if (a.article == b.article and min(a.sentence.index, b.sentence.index) >= 0
            and abs(a.sentence.index - b.sentence.index) <= NEIGHBOUR_SENTENCES):
        return True
    if a.code == b.code and (a.date is None or b.date is None):
        return True
    return similarity >= EVENT_SIMILARITY


def group_mentions(mentions: Sequence[Mention], vectors: Sequence[Sequence[float]]) -> list[list[Mention]]:
    """Mentions grouped into distinct events, each group in reading order, groups by first mention.

    Greedy in reading order, not transitive: a mention joins the first event that agrees with
    every one of its mentions and is tied to one of them, so an undated mention cannot chain two
    days into one event.
    """
    types = event_types()
    groups: list[list[int]] = []

    def agree(i: int, j: int) -> bool:
        a, b = mentions[i], mentions[j]
        if a.code in DISASTER_CODES or b.code in DISASTER_CODES:
            return a.code in DISASTER_CODES and b.code in DISASTER_CODES
        return (types[a.code].event_type == types[b.code].event_type and _dates_agree(a.date, b.date)
                and _places_agree(a.place, b.place))

    for i, m in enumerate(mentions):
        for group in groups:
            if not all(agree(i, j) for j in group):
                continue
            if m.code in DISASTER_CODES or any(
                    _tied(m, mentions[j], sum(x * y for x, y in zip(vectors[i], vectors[j], strict=False)))
                    for j in group):
                group.append(i)
                break
        else:
            groups.append([i])
    return [[mentions[k] for k in g] for g in groups]
