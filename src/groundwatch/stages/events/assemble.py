"""Event records: each story's event mentions grouped into distinct events, coded as ACLED codes them.

For each event (see :mod:`.mentions` for what a mention is and how mentions group):

- **type**: the classifier's code of the event's main sentence, with its ACLED event type,
  sub-event type, disorder type and PLOVER category (``data/event_types.tsv``);
- **date**: the most precise date written in a mention, the first read of those (day 1, week 2,
  month 3: ACLED's time precision), never the day of a statement ("said on Tuesday"); none
  written: the earliest publication day of its articles, precision 2 (week);
- **place**: the most precise place written in a mention (ACLED geo-precision: town 1, near a
  town 2, province or country 3); none written: the article's most named place, at least 2;
- **actors**: :mod:`.actors` over the mentions, ordered by the event type (a protest's
  protesters are actor 1, the police who intervene actor 2; an attack's victims are actor 2);
- **fatalities**: conservative, from the killed figures of the event's own sentences: a count
  later raised by another report is dropped, then the value the most independent groups give,
  the lowest on a tie; a story's single disaster takes the story's headline killed count;
  0 when no figure is given;
- **sources**: the outlets and independent groups (copies count once); **notes**: the main
  sentence as written;
- **consistency**: :mod:`.audit` settles the columns ACLED ties together (a protest with deaths is
  excessive force against protesters; interaction, civilian targeting and precisions follow the
  actors, place and date) and gives every empty field its reason.

Every field read from the text keeps its :class:`~groundwatch.records.Span` in ``provenance``;
a defaulted one says why in ``basis``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from groundwatch.records import (
    ArticleFacts,
    CleanArticle,
    Copy,
    Corpus,
    EventRecord,
    Figure,
    Place,
    Span,
    StoryAssignment,
    StoryPicture,
)
from groundwatch.stages.dedupe import independence_groups
from groundwatch.stages.embedding import prefetch
from groundwatch.stages.events.actors import INTER, CodedActor, code_actors, interaction, label
from groundwatch.stages.events.audit import settle, settle_code
from groundwatch.stages.events.captions import DROPPED_LINE, caption_items, off_text
from groundwatch.stages.events.mentions import (
    DISASTER_CODES,
    Mention,
    candidate_text,
    candidates,
    classified,
    find_mentions,
    group_mentions,
)
from groundwatch.stages.events.types import event_types
from groundwatch.stages.reconcile.common import prime, story_chunks, story_copies, unserved
from groundwatch.stages.registry import stage

_PRECISION = {"day": 1, "week": 2, "month": 3}
#: Read the dated photo captions the cleaner dropped as candidate sentences (:mod:`.captions`). On: crises-2023
#: tune, a distractor page whose only report of a protest was its dated, credited caption lost that incident's
#: record when the cleaner began to drop such captions (incidents found 8/8 -> 7/8, tests/events_records_eval.py).
READ_CAPTIONS = True


def _span(m: Mention, start: int = 0, end: int | None = None) -> Span:
    """Offsets ``start``/``end`` of ``m``'s sentence as a span of its article's clean text; a dropped caption's
    span has no offsets (:mod:`.captions`)."""
    s = m.sentence
    if s.index == DROPPED_LINE:
        return off_text(m.article, s.text)
    return Span(m.article, s.index, s.start + start, s.start + (len(s.text) if end is None else end), s.text)


def _main(group: Sequence[Mention]) -> Mention:
    """The mention that says most (date, place and figures written in it; the earliest on a tie), of
    the group's most frequent type (a disaster's sentences may be coded natural or man-made)."""
    codes = Counter(m.code for m in group)
    return max(group, key=lambda m: (codes[m.code], bool(m.date) + bool(m.place) + bool(m.killed), -m.order))


def _date_fields(group: Sequence[Mention], published: dict[str, Any], rec: dict[str, Any],
                 prov: dict[str, Span], basis: dict[str, str]) -> None:
    dated = [m for m in group if m.date is not None and m.date.date]
    if dated:
        # The most precise, then the first read: the earliest date written may be of a storm's
        # landfall abroad weeks before, the first report's date is of the event the story is about.
        best = min(dated, key=lambda m: (_PRECISION[m.date.precision] if m.date else 9, m.order))
        assert best.date is not None
        rec.update(event_date=best.date.date, time_precision=_PRECISION[best.date.precision])
        prov["event_date"] = best.date.span
        return
    days = sorted(d for d in (published.get(m.article) for m in group) if d is not None)
    rec.update(event_date=days[0].isoformat() if days else None, time_precision=2)
    basis["event_date"] = "the earliest publication day of its articles; no date is written"


def _place_fields(group: Sequence[Mention], facts: dict[str, ArticleFacts], rec: dict[str, Any],
                  prov: dict[str, Span], basis: dict[str, str]) -> None:
    placed = [m.place for m in group if m.place is not None]
    place: Place | None = None
    if placed:
        # The place most mentions name, towns before regions before a whole country.
        counts = Counter(p.name or p.text for p in placed)
        place = min(placed, key=lambda p: (p.precision >= 4, -counts[p.name or p.text], p.precision))
        precision = min(place.precision, 3)
    else:
        named = [p for p in facts[group[0].article].places if p.country]
        # The story's own country: a statement's foreign capital or a visiting envoy's country is
        # not where the event happened.
        main = Counter(p.country for f in facts.values() for p in f.places if p.country).most_common(1)
        named = [p for p in named if not main or p.country == main[0][0]] or named
        if named:
            counts = Counter(p.name or p.text for p in named)
            place = max(named, key=lambda p: (counts[p.name or p.text], -p.precision, -p.span.start))
            precision = max(2, min(place.precision, 3))
            basis["location"] = ("the place in the story's main country its article names most; no place is "
                                 "written in the event's sentences")
    if place is None:
        return
    rec.update(country=place.country, location=place.name or place.text, latitude=place.lat, longitude=place.lon,
               geo_precision=precision, admin1=getattr(place, "admin1", None), admin2=getattr(place, "admin2", None))
    for key in ("country", "location", "latitude", "longitude", "geo_precision", "admin1", "admin2"):
        prov[key] = place.span


def _actors_of(group: Sequence[Mention], facts: dict[str, ArticleFacts], country: str | None, violent: bool
               ) -> list[tuple[Mention, CodedActor]]:
    from groundwatch.stages.reconcile.common import parse

    out: list[tuple[Mention, CodedActor]] = []
    for m in group:
        s = m.sentence
        named = [(a.span.start - s.start, a.span.end - s.start, a) for a in facts[m.article].actors
                 if a.span.sentence_index == s.index and a.kind in ("organisation", "country")
                 and 0 <= a.span.start - s.start < len(s.text)]
        try:
            doc = parse(s.text, "actors")
        except Exception:  # a sentence the parser cannot take loses its actors, never the event
            continue
        out.extend((m, a) for a in code_actors(s.text, doc, named, country, violent))
    return out


Picked = tuple[Mention, CodedActor] | None


def _pick_actors(code: str, coded: list[tuple[Mention, CodedActor]]) -> tuple[Picked, Picked]:
    """(actor 1, actor 2) by the event type's roles."""
    kind = event_types()[code].event_type

    def first(pred: Any) -> tuple[Mention, CodedActor] | None:
        # A speaker only reports the event ("the ministry said"): never one of its sides.
        return next((mc for mc in coded if mc[1].role != "speaker" and pred(mc[1])), None)

    state = first(lambda a: a.side in ("military", "police"))
    if code in DISASTER_CODES:
        return None, None
    if kind == "Protests":
        crowd = first(lambda a: a.side == "protesters")
        if code == "FORCE_AGAINST_PROTEST":
            return state, crowd
        return crowd, state if code == "PROTEST_WITH_INTER" else None
    if kind == "Riots":
        crowd = first(lambda a: a.side in ("rioters", "protesters"))
        other = first(lambda a: crowd is None or a.name != crowd[1].name)
        return crowd or first(lambda a: a.role == "agent"), other
    if kind == "Violence against civilians":
        one = first(lambda a: a.side != "civilians" and a.role == "agent") or first(lambda a: a.side != "civilians")
        two = first(lambda a: a.side == "civilians")
        return one, two
    one = first(lambda a: a.role == "agent" and a.side != "civilians") or first(lambda a: a.side != "civilians")
    two = first(lambda a: a.role == "patient" and (one is None or a.name != one[1].name)) or first(
        lambda a: one is not None and a.name != one[1].name and a.side != one[1].side)
    return one, two


#: Actors ACLED codes for a sub-event type when the text names none: (template, side) for actor 1
#: and actor 2. A protest has protesters; police intervene in one; an attack on civilians by
#: unnamed men is an unidentified armed group's.
_DEFAULTS: dict[str, tuple[tuple[str, str] | None, tuple[str, str] | None]] = {
    "PEACE_PROTEST": (("Protesters ({country})", "protesters"), None),
    "PROTEST_WITH_INTER": (("Protesters ({country})", "protesters"), ("Police Forces of {country}", "police")),
    "FORCE_AGAINST_PROTEST": (("Police Forces of {country}", "police"), ("Protesters ({country})", "protesters")),
    "VIOL_DEMONSTR": (("Rioters ({country})", "rioters"), None),
    "MOB_VIOL": (("Rioters ({country})", "rioters"), None),
    "ATTACK": (("Unidentified Armed Group ({country})", "militia"), ("Civilians ({country})", "civilians")),
    "ABDUCT_DISSAP": (("Unidentified Armed Group ({country})", "militia"), ("Civilians ({country})", "civilians")),
    "SEX_VIOL": (("Unidentified Armed Group ({country})", "militia"), ("Civilians ({country})", "civilians")),
}


def _actor_fields(code: str, group: Sequence[Mention], facts: dict[str, ArticleFacts], rec: dict[str, Any],
                  prov: dict[str, Span], basis: dict[str, str]) -> None:
    main = _main(group)
    coded = _actors_of([main, *(m for m in group if m is not main)], facts, rec.get("country"),
                       event_types()[code].disorder_type == "Political violence")
    picked = _pick_actors(code, coded)
    for slot, choice, default in zip(("1", "2"), picked, _DEFAULTS.get(code, (None, None)), strict=True):
        if choice is not None:
            m, a = choice
            rec[f"actor{slot}"], rec[f"inter{slot}"] = a.name, a.inter
            prov[f"actor{slot}"] = prov[f"inter{slot}"] = _span(m, a.start, a.end)
        elif default is not None:
            rec[f"actor{slot}"], rec[f"inter{slot}"] = label(default[0], rec.get("country")), INTER[default[1]]
            basis[f"actor{slot}"] = f"ACLED's default for a {event_types()[code].name.lower()}; the text names none"
    for slot, choice in zip(("1", "2"), picked, strict=True):
        if choice is None:
            continue
        names = {rec.get("actor1"), rec.get("actor2")}
        # Another actor on the same side of the verb (a coalition, "troops and militiamen attacked").
        assoc = [(m, a) for m, a in coded if a.role == choice[1].role and a.role in ("agent", "patient")
                 and a.name and a.name not in names
                 and a.side != choice[1].side]
        if assoc:
            rec[f"assoc_actor_{slot}"] = "; ".join(dict.fromkeys(a.name for _, a in assoc))
            prov[f"assoc_actor_{slot}"] = _span(assoc[0][0], assoc[0][1].start, assoc[0][1].end)
    rec["interaction"] = interaction(rec.get("inter1"), rec.get("inter2"))
    rec["civilian_targeting"] = (rec.get("inter2") == 7
                                 and event_types()[code].disorder_type == "Political violence")


def _count(f: Figure) -> float | None:
    """A killed figure's conservative count: a range's low end, never a vague word."""
    if f.qualifier == "vague":
        return None
    return f.low if f.low is not None else f.value


def _claim_span(facts: ArticleFacts, article: str, start: int | None, end: int | None, sentence: str) -> Span | None:
    if start is None or end is None:
        return None
    sent = next((s for s in facts.sentences if s.start <= start < s.end), None)
    return Span(article, sent.index, start, end, sent.text) if sent else None


def _fatality_fields(group: Sequence[Mention], story: tuple[StoryPicture | None, bool], published: dict[str, Any],
                     group_of: dict[str, int], facts: dict[str, ArticleFacts], rec: dict[str, Any],
                     prov: dict[str, Span]) -> str | None:
    """Fill ``fatalities``; returns why it is 0 or defaulted, None when a figure of the event gave it."""
    picture, single_disaster = story
    headline = next((k for k in picture.key_figures if k.kind == "killed" and k.best is not None), None) \
        if picture is not None and single_disaster else None
    if headline is not None and headline.best is not None:
        rec["fatalities"] = int(headline.best)
        claim = headline.claims[0] if headline.claims else None
        span = _claim_span(facts[claim.article], claim.article, claim.start, claim.end, claim.sentence) \
            if claim is not None and claim.article in facts else None
        if span is not None:
            prov["fatalities"] = span
        return None if span is not None else "the story's headline killed count"
    claims: list[tuple[float, str, str, Figure]] = []
    for m in group:
        for f in m.killed:
            value = _count(f)
            if value is not None:
                day = published.get(m.article)
                claims.append((value, f.date or (day.isoformat() if day else ""), m.article, f))
    if not claims:
        rec["fatalities"] = 0
        return "no killed figure is reported for this event"
    # A count that a later report raised was a count of an unfinished event.
    credible = [c for c in claims if not any(o[1] > c[1] and o[0] > c[0] for o in claims)]
    support = {v: len({group_of.get(a, a) for w, _, a, _ in credible if w == v}) for v, _, _, _ in credible}
    best = max(credible, key=lambda c: (support[c[0]], -c[0]))
    rec["fatalities"] = int(best[0])
    prov["fatalities"] = best[3].span
    return None


def _record(story_id: str, n: int, group: Sequence[Mention], story: tuple[StoryPicture | None, bool],
            items: dict[str, tuple[CleanArticle, ArticleFacts]], group_of: dict[str, int]) -> EventRecord:
    main = _main(group)
    facts = {a: f for a, (_, f) in items.items()}
    published = {a: c.published or f.published or c.article.published for a, (c, f) in items.items()}
    rec: dict[str, Any] = {}
    prov: dict[str, Span] = {}
    basis: dict[str, str] = {}
    sentence = _span(main)
    for key in ("code", "event_type", "sub_event_type", "disorder_type", "plover", "notes"):
        prov[key] = sentence
    _date_fields(group, published, rec, prov, basis)
    _place_fields(group, facts, rec, prov, basis)
    why = _fatality_fields(group, story, published, group_of, facts, rec, prov)
    if why:
        basis["fatalities"] = why
    code, changed = settle_code(main.code, rec["fatalities"])
    if changed:
        basis["code"] = changed
    kind = event_types()[code]
    _actor_fields(code, group, facts, rec, prov, basis)
    settle(code, rec, basis, prov)
    articles = list(dict.fromkeys(m.article for m in group))
    outlets = [items[a][0].article.outlet for a in articles]
    return EventRecord(
        event_id=f"{story_id}-e{n}", story_id=story_id, code=code, event_type=kind.event_type,
        sub_event_type=kind.name, disorder_type=kind.disorder_type, plover=kind.plover,
        sources=tuple(dict.fromkeys(o for o in outlets if o)),
        independent_sources=len({group_of.get(a, -1 - i) for i, a in enumerate(articles)}),
        notes=" ".join(main.sentence.text.split()), type_probability=main.probability,
        provenance=prov, basis=basis, mentions=tuple(_span(m) for m in group), **rec)


def _mention_texts(mentions: Sequence[Mention]) -> list[str]:
    return [" ".join(m.sentence.text.split()) for m in mentions]


def story_events(story_id: str, members: Sequence[tuple[CleanArticle, ArticleFacts]],
                 copies: Sequence[Copy], picture: StoryPicture | None = None,
                 mentions: Sequence[Mention] | None = None) -> tuple[EventRecord, ...]:
    """The distinct events one story's articles report, as records.

    Args:
        story_id: the story's id (each record's id starts with it).
        members: the story's articles with their facts.
        copies: copy pairs inside the story (copies count once as sources).
        picture: the story's reconciled picture (its headline killed count codes a single disaster).
        mentions: the story's mentions when the caller found them already (``find_mentions(members)``).
    """
    from groundwatch.stages.stories import embed

    mentions = find_mentions(members) if mentions is None else mentions
    if not mentions:
        return ()
    vectors = embed(_mention_texts(mentions))
    groups = group_mentions(mentions, vectors)
    ids = [c.id for c, _ in members]
    group_of = {a: i for i, g in enumerate(independence_groups(ids, copies)) for a in g}
    items = {c.id: (c, f) for c, f in members}
    # The story's headline toll is a disaster's own when the story is about that disaster.
    disaster = [g for g in groups if _main(g).code in DISASTER_CODES]
    about_disaster = len(disaster) == 1 and len(disaster[0]) * 2 >= len(mentions)
    return tuple(_record(story_id, n, g, (picture, about_disaster and g is disaster[0]), items, group_of)
                 for n, g in enumerate(groups, start=1))


@stage("events", version="events.v3", kind="corpus",
       inputs=(CleanArticle, ArticleFacts, StoryAssignment, Copy, StoryPicture), output=EventRecord, produces="events")
def assemble_events(corpus: Corpus, settings: Any = None) -> Corpus:
    """Every story's event records (after reconcile, whose headline counts it reads)."""
    story_of = corpus.story_of()
    by_story: dict[str, list[tuple[CleanArticle, ArticleFacts]]] = {}
    for clean, facts in corpus.items:
        by_story.setdefault(story_of[clean.id], []).append((clean, facts))
    pictures = {p.story_id: p for p in corpus.pictures}
    copies = story_copies(corpus.copies, story_of)
    events: list[EventRecord] = []
    for chunk in story_chunks(sorted(by_story.items())):
        # The chunk's candidate sentences (the mentions are among them) embedded in one batched
        # call, not two model calls per story.
        captions = caption_items([cf for _, members in chunk for cf in members], settings) if READ_CAPTIONS else {}
        found = {sid: candidates(members, captions) for sid, members in chunk}
        prefetch(candidate_text(c) for cs in found.values() for c in cs)
        confident = {sid: classified(members, found[sid]) for sid, members in chunk}
        # Their realis checks' parses in nlp.pipe batches, not one parser call per sentence.
        # (the mentions' actors read the same sentences' parses)
        prime(unserved((sent.text for c in confident.values() for _, _, sent, _ in c), "realis", "actors"))
        for sid, members in chunk:
            events.extend(story_events(sid, members, copies.get(sid, []), pictures.get(sid),
                                       find_mentions(members, confident[sid])))
    return replace(corpus, events=tuple(events))
