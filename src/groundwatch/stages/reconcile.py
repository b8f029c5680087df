"""Link one story's facts across its articles: figures, updates, contradictions, quotes, timeline.

* **Figures.** Figures fill *slots*: (kind, who is counted, unit, place). Every article's claim
  on a slot is kept (article, outlet, sentence, value, as-of date). ``as_of`` is the figure's
  own day where the text gives one, else the article's publication date.
  Range, as UCDP GED does: ``low``/``high`` are the lowest/highest *credible* estimates, where a
  count that a later report raised is no longer credible (it was a count of an unfinished
  event). Best, conservatively as ACLED does: among the credible claims, the value reported by
  the most independent groups (copies count once); a tie goes to the lowest value.
  Slots are coarse on purpose, so an analyst sees one "killed" row with its evolution:
  - *who*: the head noun, singular; a generic person noun (people, persons, residents, victims,
    inhabitants...) is no restriction. Groups keep their own slot (civilians, soldiers,
    officers, children, bodies).
  - *place*: the story-wide slot takes unplaced figures, figures placed in the story's main
    area (its main country: the country most of its articles' places lie in, or a place most
    of its articles name when the gazetteer gives no country), and figures placed in a town
    or region inside it, or unknown to the gazetteer: reports hang national tolls on the
    worst-hit town. A place in another country, or one the sentence clearly restricts the
    count to ("in Tessel alone", "Tessel's toll", "of them in Tessel"), is a slot of its own.
    Every claim keeps its place as written (its *scope*): two claims contradict only when
    their scopes agree, so a town's count never contradicts a story-wide one.
  - *another event*: figures flagged ``other_event`` or ``projection``, dated well before
    publication, or in a clause that names only other years than the article's ("the 2019
    floods killed 40") never enter a slot, so never an update or contradiction.
* **Updates.** A slot of a running tally (:data:`UPDATE_KINDS`) with a later, higher
  (incompatible) count that no article had given by the lower count's day: the toll rose.
  The update lists the slot's claims in as-of order.
* **Contradictions** (shown to analysts, so only clear cases):
  - ``figure``: the same slot, the same as-of date, incompatible numbers ("at least 12" and
    "15" are compatible; "12" and "31" on the same day are not);
  - ``date``: two articles place the same event (same subject, same or kindred predicate,
    similar clause) on different days. Without a matching subject (one parse lost it), two
    shared participants, a kindred predicate and similar whole lines identify the event. An
    article that itself gives two days for the "same" event is describing two events, so such
    groups are dropped;
  - ``actor``: one quotation attributed to different speakers, or responsibility for one
    event claimed by different actors.
* **Quotes.** The same quotation from several articles is merged (word overlap, or a fragment
  inside a longer version); a speaker left unnamed in one article is taken from the others.
* **Timeline.** Dated, non-future events merged across outlets: same day, similar clause.

Every corroboration count counts independence groups (see ``dedupe.independence_groups``).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from groundwatch.records import (
    ArticleFacts,
    Claim,
    CleanArticle,
    Contradiction,
    Copy,
    DateMention,
    Figure,
    MergedQuote,
    Quote,
    ReconciledFigure,
    StoryPicture,
    TimelineEvent,
    Update,
)
from groundwatch.stages.dedupe import independence_groups

__all__ = ["MergedQuote", "StoryPicture", "TimelineEvent", "reconcile", "resolve_speakers"]

#: "about N" / "some N" tolerance when comparing counts: a reporter rounding 187 to "some 200"
#: is within 15%; two counts further apart than that on the same day disagree.
APPROX_TOLERANCE = 0.15
#: A figure whose sentence names a date this many days before publication counts an older event.
#: A month, taken from its first day, covers the current month and the previous one.
OLD_EVENT_DAYS = 62
#: Kinds whose same-day differences are contradictions. Casualty counts of one event are meant
#: to be totals; displacement, aid and "affected" figures are routinely partial (one shelter, one
#: convoy, one town), so two different numbers on one day usually measure different scopes.
CONTRADICTION_KINDS = frozenset({"killed", "injured", "missing"})
#: Kinds whose rise over time is reported as an update: running tallies of one crisis (casualties,
#: people displaced, evacuated or detained so far). Aid, forces, weapons and "affected" figures
#: are usually one delivery, deployment, seizure or assessment each, and belong to different
#: actors (both sides' troops), so a larger later number is not the same count having risen.
UPDATE_KINDS = frozenset({"killed", "injured", "missing", "displaced", "evacuated", "detained"})
#: A place counts as the story's main area when it is named by at least this share of the story's
#: articles (used where the gazetteer gives no country, e.g. small or unknown places): a toll
#: placed there is the story's overall toll, not a local one.
MAIN_PLACE_SHARE = 0.5
#: Two quotations are the same when their word sets overlap by this share of the larger one
#: (the scorer's own quote-matching rule, which survives punctuation and translation variants).
QUOTE_OVERLAP = 0.7
#: ... or when a fragment of at least this many words lies (nearly) inside a longer version.
QUOTE_FRAGMENT_WORDS = 4
QUOTE_FRAGMENT_CONTAINED = 0.9
#: Two dated clauses describe the same event when their subjects match, their predicates are
#: the same or kindred, and the embeddings of the clauses (date phrase removed) are at least
#: this close. Measured on dev: the same call reported by two outlets with different verbs
#: scores ~0.6-0.75; different acts of the same actor in a story (declaring a ceasefire vs.
#: launching an offensive) score under 0.5.
EVENT_CLAUSE_SIMILARITY = 0.55
#: Predicates count as kindred when their word vectors (en_core_web_md) are this close, or they
#: share a class in _PREDICATE_CLASSES. "urge"/"call" and "attack"/"shell" pass; "say"/"launch" not.
PREDICATE_SIMILARITY = 0.6
#: Without a matching subject, two clauses are about the same thing when they share this many
#: participant nouns ("an embankment north of Brinmouth gave way" / "the river broke through an
#: embankment north of Brinmouth": embankment, Brinmouth).
MIN_SHARED_PARTICIPANTS = 2
#: When the parse of a dated clause lost its subject (a subordinate clause read as a prepositional
#: phrase), identity rests on the shared participants and a kindred predicate, and the clause
#: gate only has to keep unrelated statements apart. Invented pairs of one event told with
#: different verbs ("gave way" / "broke through", full lines with their adjuncts) score 0.5-0.6;
#: unrelated statements of one story score under 0.35.
EVENT_CLAUSE_SIMILARITY_NO_SUBJECT = 0.45
#: Timeline: two mentions of one day are one event when their clauses are this close.
TIMELINE_CLAUSE_SIMILARITY = 0.6

# Predicate classes: general English lexical classes (speech acts, appeals, violence, movement),
# used where word vectors alone are unreliable (vectors put antonyms close).
_PREDICATE_CLASSES: tuple[frozenset[str], ...] = (
    frozenset({"urge", "call", "ask", "appeal", "demand", "request", "press", "plead", "implore"}),
    frozenset({"say", "state", "tell", "announce", "declare", "add", "claim", "report", "note", "warn"}),
    frozenset({"attack", "strike", "shell", "bomb", "hit", "target", "fire", "raid", "assault"}),
    frozenset({"kill", "die", "slay", "murder"}),
    frozenset({"break", "burst", "breach", "collapse", "fail", "give"}),  # "gave way"
    frozenset({"flee", "leave", "escape", "evacuate", "depart"}),
    frozenset({"arrive", "reach", "enter"}),
    frozenset({"meet", "hold", "host", "talk"}),
    frozenset({"sign", "agree", "accept", "approve"}),
)
# spaCy entity labels that can be the actor of an event.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "that", "who", "which"})
_REPORTING = frozenset({"say", "tell", "state", "add", "announce", "report", "note", "claim", "confirm",
                        "write", "insist", "explain", "comment", "reiterate", "declare"})
# Head nouns that say only that people are counted (no group: not soldiers, not children). Civilians,
# soldiers, police, children... are groups of their own and keep their own slot, as do "bodies"
# (often the bodies recovered in one search, an increment).
_GENERIC_WHO = frozenset({"people", "person", "individual", "resident", "inhabitant", "villager",
                          "victim", "life", "fatality", "death", "civilian and soldier"})
_WORD_RE = re.compile(r"[\w']+")
#: An explicit year in a sentence ("in 2019"): 1900-2099, not inside a longer number.
_YEAR_RE = re.compile(r"(?<![\d,.])(19\d\d|20\d\d)(?!\d|[,.]\d)")
#: "the worst since 2019": a superlative compares this event with a past one; the sentence is
#: still about this event.
_SUPERLATIVE_SINCE_RE = re.compile(r"\b(\w+est|worst|most|first|highest|lowest)\b[^.;]*\bsince\s+(?:\w+\s+)?$",
                                   re.IGNORECASE)


# --- helpers ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Ctx:
    """Per-story lookups shared by the passes."""

    outlet: dict[str, str | None]
    published: dict[str, dt.date | None]
    group_of: dict[str, int]

    def groups(self, article_ids: Iterable[str]) -> int:
        return len({self.group_of.get(a, -1 - i) for i, a in enumerate(article_ids)})


def _iso_day(text: str | None) -> str | None:
    if text and len(text) == 10:
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    return None


def _is_old(date: str, published: dt.date) -> bool:
    """Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) lies well before publication: a figure in the
    same sentence is about an earlier event ("the 2019 floods killed 40")."""
    try:
        start = dt.date(int(date[:4]), int(date[5:7]) if len(date) >= 7 else 12, 1)
    except ValueError:
        return False
    return (published - start).days > OLD_EVENT_DAYS


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


# --- figures ------------------------------------------------------------------------------


def _interval(f: Figure) -> tuple[float, float] | None:
    """The values a figure allows, from its qualifier."""
    v = f.value
    if f.low is not None or f.high is not None:
        return (f.low if f.low is not None else (v or 0.0), f.high if f.high is not None else math.inf)
    if v is None:
        return None
    q = f.qualifier
    if q in ("at_least", "more_than"):
        return (v, math.inf)
    if q in ("at_most", "less_than"):
        return (0.0, v)
    if q in ("approx", "vague"):
        return (v * (1 - APPROX_TOLERANCE), v * (1 + APPROX_TOLERANCE))
    return (v, v)


def _compatible(a: Figure, b: Figure) -> bool:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _point(f: Figure) -> float:
    if f.value is not None:
        return f.value
    return f.low if f.low is not None else f.high if f.high is not None else 0.0


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"  # bodies, casualties
    if word.endswith("ves") and len(word) > 4:
        return word[:-3] + "fe"  # lives, wives
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us")) else word


def _norm_who(who: str | None) -> str | None:
    """Who is counted, singular and lower case; a generic person noun is no restriction at all."""
    if not who:
        return None
    # The head noun decides: "Velorian officers" and "Velorian border officer" count the same people.
    words = who.strip().lower().split()
    w = _singular(words[-1]) if words else ""
    whole = " ".join(_singular(x) for x in words)
    return None if not w or w in _GENERIC_WHO or whole in _GENERIC_WHO else w


def _repaired_sentences(clean: CleanArticle, facts: ArticleFacts) -> dict[int, tuple[int, str]]:
    """Sentences glued back to the words a segmentation error cut off before them.

    A sentence that starts in lower case on the same line as a previous sentence without closing
    punctuation ("Veloria" | "on Sunday called for ...") is the rest of that sentence: the
    parser put a boundary after a sentence-initial name. Returns index -> (start, text) for the
    sentences that change.
    """
    out: dict[int, tuple[int, str]] = {}
    sents = sorted(facts.sentences, key=lambda s: s.start)
    text = clean.text
    for prev, cur in itertools.pairwise(sents):
        start = out.get(prev.index, (prev.start, prev.text))[0]
        gap = text[prev.end:cur.start] if 0 <= prev.end <= cur.start <= len(text) else "\n"
        head = cur.text.lstrip()[:1]
        if (head.isalpha() and head.islower() and "\n" not in gap and not gap.strip()
                and not prev.text.rstrip().endswith((".", "!", "?", ":", ";", '"', "\u201d"))
                and text[start:cur.end].endswith(cur.text)):
            out[cur.index] = (start, text[start:cur.end])
    return out


def _clause_head(tok: Any) -> Any:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _years_of_figure(sentence: str, start: int, end: int) -> set[int]:
    """Years written in the figure's own clause, or in a clause that holds it.

    "Floods in 2019 killed 40" and "struck in 2019, when 40 people died" date the count; "the
    offensive, which killed 200, broke a truce signed in 2020" does not (the year sits in a
    clause of its own). A superlative's "since 2019" ("the worst since 2019") compares this
    event with a past one and dates nothing. Numbers inside the figure ("2019 people") are not
    years.
    """
    found = [m for m in _YEAR_RE.finditer(sentence)
             if not (start <= m.start() < end) and not _SUPERLATIVE_SINCE_RE.search(sentence[:m.start()])]
    if not found:
        return set()
    doc = _parse(sentence)
    fig = doc.char_span(max(0, start), min(len(sentence), end), alignment_mode="expand")
    if fig is None or not len(fig):
        return {int(m.group(1)) for m in found}
    fig_clause = _clause_head(fig.root)
    out = set()
    for m in found:
        year = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if year is None or not len(year):
            continue
        clause = _clause_head(year.root)
        if clause.i == fig_clause.i or clause in fig_clause.ancestors:
            out.add(int(m.group(1)))
    return out


@dataclass(frozen=True, slots=True)
class _FigClaim:
    figure: Figure
    claim: Claim
    group: int
    scope: str | None = None  # the place as the sentence scopes it (None: the story's whole area)


@dataclass(frozen=True, slots=True)
class _Places:
    """The story's places: which names are its main area, and each name's country."""

    main: frozenset[str]  # lower-case names and spellings that mean "the whole story area"
    main_country: str | None
    country: dict[str, str | None]  # lower-case name or spelling -> ISO country (None: unknown)
    is_country: frozenset[str]  # names that are countries


def _story_places(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> _Places:
    countries: dict[str, set[str]] = defaultdict(set)  # country -> articles with a place there
    named: dict[str, set[str]] = defaultdict(set)  # gazetteer name -> articles naming it
    spellings: dict[str, set[str]] = defaultdict(set)
    country: dict[str, str | None] = {}
    is_country: set[str] = set()
    for clean, facts in items:
        for p in facts.places:
            name = (p.name or p.text).lower()
            named[name].add(clean.id)
            spellings[name] |= {name, p.text.lower()}
            for k in (name, p.text.lower()):
                country[k] = country.get(k) or p.country
                if p.feature == "country":
                    is_country.add(k)
            if p.country:
                countries[p.country].add(clean.id)
    main_country = max(countries, key=lambda c: (len(countries[c]), c), default=None)
    main: set[str] = set()
    for name, arts in named.items():
        whole_country = name in is_country and main_country is not None and country.get(name) == main_country
        if whole_country or len(arts) >= MAIN_PLACE_SHARE * len(items):
            main |= spellings[name]
    return _Places(frozenset(main), main_country, country, frozenset(is_country))


def _scoped_locally(sentence: str, place: str) -> bool:
    """Whether a sentence restricts a count to one place ("in Tessel alone", "Tessel's toll").

    General English markers of a part of a larger total; a plain "killed 12 people in Tessel"
    does not count, since reports routinely name the worst-hit town for the whole toll.
    """
    p = re.escape(place)
    return any(re.search(pat, sentence, re.IGNORECASE) for pat in (
        rf"\b{p}\s+(?:alone|itself|only)\b",
        rf"\b{p}(?:'s|\u2019s)\s+(?:own\s+)?(?:death\s+|casualty\s+)?(?:toll|count|tally)\b",
        rf"\b(?:of\s+(?:them|whom|those|the\s+dead|the\s+victims)|including)\b[^.;]{{0,60}}\b{p}\b",
        rf"\bonly\s+in\s+(?:the\s+\w+\s+of\s+)?{p}\b",
    ))


def _scope(f: Figure, sentence: str, places: _Places) -> tuple[str | None, str | None]:
    """(slot place, claim scope) of a figure.

    The slot place splits the figure table: a place in another country than the story's main
    one (a cross-border toll) or a place the sentence clearly restricts the count to. A place
    inside the story's main country or area (or unknown to the gazetteer), or the main country
    itself, joins the story-wide slot: reports routinely hang a national toll on the worst-hit
    town. The claim scope is the place as written unless it is the main area; two claims
    contradict only when their scopes agree (see :func:`_reconcile_figures`).
    """
    if not f.place:
        return None, None
    place = f.place.strip().lower().removeprefix("the ")
    if place in places.main:
        return None, None
    cc = places.country.get(place)
    if cc is not None and places.main_country is not None and cc != places.main_country:
        return place, place
    if place in places.is_country and cc is None:
        return place, place  # a country the gazetteer knows only by name: not the main area
    return (place if _scoped_locally(sentence, f.place.strip()) else None), place


def _figure_claims(items: Sequence[tuple[CleanArticle, ArticleFacts]],
                   ctx: _Ctx) -> dict[tuple[str, str | None, str | None, str | None], list[_FigClaim]]:
    places = _story_places(items)
    years = [p.year for p in ctx.published.values() if p is not None]
    story_year = max(set(years), key=years.count) if years else None
    out: dict[tuple[str, str | None, str | None, str | None], list[_FigClaim]] = defaultdict(list)
    for clean, facts in items:
        pub = ctx.published.get(clean.id)
        year = pub.year if pub is not None else story_year
        repaired = _repaired_sentences(clean, facts)
        recent_sentences = {m.span.sentence_index for m in facts.dates
                            if pub is not None and m.date and not _is_old(m.date, pub)}
        old_sentences = {m.span.sentence_index for m in facts.dates
                         if pub is not None and not m.future and m.date and _is_old(m.date, pub)}
        sentence_day: dict[int, str] = {}
        for m in facts.dates:
            day = _iso_day(m.date) if m.precision == "day" and not m.future else None
            if day:  # "the toll rose to 12 on Monday": the count is as of Monday
                sentence_day.setdefault(m.span.sentence_index, day)
        starts = {s.index: s.start for s in facts.sentences}
        for f in facts.figures:
            idx = f.span.sentence_index
            if (f.other_event or f.projection or _interval(f) is None or idx in old_sentences
                    or (f.date and pub is not None and _is_old(f.date, pub))):
                continue
            # "Floods in 2019 killed 40": a sentence that names only other years than the
            # article's is about another event, whatever the date extractor made of it.
            s0 = starts.get(idx, f.span.start)
            named_years = _years_of_figure(f.span.sentence, f.span.start - s0, f.span.end - s0)
            if year is not None and named_years and year not in named_years and idx not in recent_sentences:
                continue
            sentence = repaired.get(idx, (0, f.span.sentence))[1]
            slot_place, scope = _scope(f, f.span.sentence, places)
            as_of = (_iso_day(f.date) or sentence_day.get(idx) or (pub.isoformat() if pub else None))
            claim = Claim(article=clean.id, sentence=sentence,
                          value=_num(f.value if f.value is not None else f.low),
                          outlet=ctx.outlet.get(clean.id), as_of=as_of, start=f.span.start, end=f.span.end)
            key = (f.kind, _norm_who(f.who), (f.unit or "").lower() or None, slot_place)
            out[key].append(_FigClaim(f, claim, ctx.group_of.get(clean.id, -1), scope))
    # One claim per article and as-of date: the largest (smaller numbers of the same slot in one
    # article are usually parts of the total: "two of them children").
    for key, claims in out.items():
        best: dict[tuple[str, str | None], _FigClaim] = {}
        for c in claims:
            k = (c.claim.article, c.claim.as_of)
            if k not in best or _point(c.figure) > _point(best[k].figure):
                best[k] = c
        out[key] = sorted(best.values(), key=lambda c: (c.claim.as_of or "", c.claim.article))
    return dict(out)


def _same_scope(a: _FigClaim, b: _FigClaim) -> bool:
    """Whether two claims count over the same area: the same place (or both the story's whole
    area), or one unplaced in a sentence that names the other's place ("left one officer dead
    at the Tessel crossing" / "two officers were killed in Tessel"). A town's count and an
    unplaced (story-wide) count share a slot but never contradict: one may be part of the other.
    """
    if a.scope == b.scope:
        return True
    for x, y in ((a, b), (b, a)):
        if x.scope is None and y.scope is not None and re.search(
                rf"\b{re.escape(y.scope)}\b", x.claim.sentence, re.IGNORECASE):
            return True
    return False


def _reconcile_figures(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: _Ctx, story_id: str
                       ) -> tuple[list[ReconciledFigure], list[Update], list[Contradiction]]:
    figures: list[ReconciledFigure] = []
    updates: list[Update] = []
    contradictions: list[Contradiction] = []
    for (kind, who, unit, place), claims in _figure_claims(items, ctx).items():
        about = " ".join(x for x in (kind, who, unit, f"in {place}" if place else None) if x)

        def raised_later(c: _FigClaim, claims: list[_FigClaim] = claims) -> bool:
            # A higher count first reported after this one: the toll rose. A higher count that
            # some article already gave on this day (or before) is a disagreement, not a rise.
            return any(o.claim.as_of and c.claim.as_of and o.claim.as_of > c.claim.as_of
                       and _point(o.figure) > _point(c.figure) and not _compatible(o.figure, c.figure)
                       and not any(p.claim.as_of and p.claim.as_of <= c.claim.as_of
                                   and _compatible(p.figure, o.figure) for p in claims)
                       for o in claims)

        def stale(c: _FigClaim, claims: list[_FigClaim] = claims) -> bool:
            # A later article repeating an older, lower count (background) is not a new estimate.
            return any(o.claim.as_of and c.claim.as_of and o.claim.as_of < c.claim.as_of
                       and _point(o.figure) > _point(c.figure) and not _compatible(o.figure, c.figure)
                       for o in claims)

        credible = [c for c in claims if not raised_later(c) and not stale(c)] or claims
        if kind in UPDATE_KINDS and any(raised_later(c) for c in claims):
            updates.append(Update(field="figure", about=about, claims=tuple(c.claim for c in claims),
                                  story=story_id))
        by_day: dict[str, list[_FigClaim]] = defaultdict(list)
        for c in claims:
            if c.claim.as_of:
                by_day[c.claim.as_of].append(c)
        for day_claims in by_day.values() if kind in CONTRADICTION_KINDS else ():
            clash = [c for c in day_claims if any(
                o.claim.article != c.claim.article and not _compatible(o.figure, c.figure)
                and _same_scope(o, c) for o in day_claims)]
            if len({c.claim.article for c in clash}) >= 2:
                contradictions.append(Contradiction(field="figure", about=about,
                                                    claims=tuple(c.claim for c in clash), story=story_id))
        votes: dict[float, set[int]] = defaultdict(set)
        for c in credible:
            votes[_point(c.figure)].add(c.group)
        best = min(votes, key=lambda v: (-len(votes[v]), v))
        # Range over the numbers as reported: "at least 12" contributes 12, "200 to 300" both ends.
        lows = [c.figure.low if c.figure.low is not None else _point(c.figure) for c in credible]
        highs = [c.figure.high if c.figure.high is not None else _point(c.figure) for c in credible]
        figures.append(ReconciledFigure(
            kind=kind, who=who, place=place, low=_num(min(lows)), best=_num(best),
            high=_num(max(highs)),
            claims=tuple(c.claim for c in claims),
            independent_sources=ctx.groups(c.claim.article for c in claims), unit=unit))
    return figures, updates, contradictions


# --- dated events -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Event:
    mention: DateMention
    article: str
    subject: frozenset[str]
    predicate: str | None
    clause: str
    participants: frozenset[str] = frozenset()  # the nouns and names of the sentence
    sentence: str = ""  # the sentence as cited (repaired where segmentation cut it)
    line: str = ""  # the whole line without the date phrase (for a parse that lost the subject)


@functools.lru_cache(maxsize=4096)
def _parse(sentence: str) -> Any:
    from groundwatch import nlp

    return nlp.load()(sentence)


def _subject_key(tok: Any, actors: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """Names for a clause's subject: the actors and entities inside it, else its head word.

    A set, because a subject phrase can name several (a dateline parsed into the subject, an
    apposition): two subjects match when they share a name.
    """
    span = list(tok.subtree)
    start, end = span[0].idx, span[-1].idx + len(span[-1].text)
    doc = tok.doc

    def heads_phrase(s: int, e: int) -> bool:
        # A name used as a modifier ("Armenian Prime Minister X", "Azerbaijan's ministry") is not
        # the subject; the name it modifies is.
        sp = doc.char_span(s, e, alignment_mode="expand")
        return sp is None or sp.root.dep_ not in _MODIFIER_DEPS

    names = {name.lower() for a_start, a_end, name in actors
             if a_start < end and start < a_end and heads_phrase(max(0, a_start), a_end)}
    names |= {str(e.text).lower().removeprefix("the ") for e in doc.ents
              if e.start_char < end and start < e.end_char and e.label_ in _ACTOR_LABELS
              and e.root.dep_ not in _MODIFIER_DEPS}
    if names:
        return frozenset(names)
    if tok.lower_ in _PRONOUNS or tok.pos_ == "PRON":
        return frozenset()
    return frozenset({str(tok.lemma_).lower()})


def _segment(sentence: str, offset: int) -> tuple[str, int]:
    """The line of ``sentence`` holding ``offset`` (a 'sentence' that runs across paragraph
    breaks is a segmentation error: a headline or caption glued to the lead)."""
    start = sentence.rfind("\n", 0, offset) + 1
    end = sentence.find("\n", offset)
    end = len(sentence) if end < 0 else end
    return sentence[start:end], offset - start


def _events(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> list[_Event]:
    events: list[_Event] = []
    for clean, facts in items:
        starts = {s.index: s.start for s in facts.sentences}
        repaired = _repaired_sentences(clean, facts)
        for m in facts.dates:
            if m.future or not m.date or m.precision not in ("day", "month"):
                continue
            sentence = m.span.sentence
            if m.span.sentence_index in repaired:
                starts[m.span.sentence_index], sentence = repaired[m.span.sentence_index]
            offset = m.span.start - starts[m.span.sentence_index] if m.span.sentence_index in starts else -1
            if not (0 <= offset < len(sentence)) or not sentence[offset:].startswith(m.text[:3]):
                offset = sentence.find(m.text)
            if offset < 0:
                continue
            sent_start = m.span.start - offset
            segment, seg_offset = _segment(sentence, offset)
            seg_start = sent_start + offset - seg_offset
            try:
                doc = _parse(segment)
            except Exception:  # a segment the parser cannot take is skipped, never the story
                continue
            tok = doc.char_span(seg_offset, min(len(segment), seg_offset + len(m.text)), alignment_mode="expand")
            if tok is None or not len(tok):
                continue
            verb = tok.root
            while verb.pos_ != "VERB" and verb.head.i != verb.i:
                verb = verb.head
            line = "".join(t.text_with_ws for t in doc if not (tok.start <= t.i < tok.end)).strip()
            if verb.pos_ != "VERB":
                events.append(_Event(m, clean.id, frozenset(), None, segment, sentence=sentence, line=line))
                continue
            subj_tok = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            # A non-finite clause ("..., sending water", "urged X to send") shares its head's
            # subject; a finite one ("after a bridge gave way") has its own, even when the parse
            # lost it, and inheriting the main clause's subject would name the wrong actor.
            finite = verb.tag_ in ("VBD", "VBZ", "VBP") and verb.dep_ != "conj"
            if subj_tok is None and verb.dep_ in ("conj", "xcomp", "advcl") and not finite:
                subj_tok = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            actors = [(a.span.start - seg_start, a.span.end - seg_start, a.name) for a in facts.actors
                      if a.span.sentence_index == m.span.sentence_index]
            subject = _subject_key(subj_tok, actors) if subj_tok is not None else frozenset()
            words = [t.text_with_ws for t in verb.subtree if not (tok.start <= t.i < tok.end)]
            # The whole line, since parses misplace subjects; adjectives too, since the tagger
            # reads a noun before another noun as one ("an embankment north of ..."), but not
            # nationalities, which half a story shares.
            participants = frozenset(
                str(t.lemma_).lower() for t in doc
                if t.pos_ in ("NOUN", "PROPN", "ADJ") and not (tok.start <= t.i < tok.end) and not t.is_stop
                and t.is_alpha and len(t) > 2 and t.ent_type_ not in ("DATE", "TIME", "NORP"))
            events.append(_Event(m, clean.id, subject, str(verb.lemma_).lower(), "".join(words).strip(),
                                 participants, sentence=sentence, line=line))
    return events


def _kindred(a: str, b: str) -> bool:
    if a == b or any(a in c and b in c for c in _PREDICATE_CLASSES):
        return True
    from groundwatch import nlp

    vocab = nlp.load().vocab
    va, vb = vocab[a], vocab[b]
    return bool(va.has_vector and vb.has_vector and va.similarity(vb) >= PREDICATE_SIMILARITY)


def _same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Subjects share a name; "ararat mirzoyan" matches "mirzoyan", "armenia" not "armenian army"."""
    for x in a:
        for y in b:
            wx, wy = set(_WORD_RE.findall(x)), set(_WORD_RE.findall(y))
            if x == y or (wx and wy and (wx <= wy or wy <= wx) and (len(wx) > 1 or len(wy) > 1)):
                return True
    return False


def _components(n: int, linked: Callable[[int, int], bool]) -> list[list[int]]:
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i in range(n):
        for j in range(i + 1, n):
            if root(i) != root(j) and linked(i, j):
                parent[root(j)] = root(i)
    comps: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        comps[root(i)].append(i)
    return list(comps.values())


def _claim(m: DateMention, article: str, ctx: _Ctx, sentence: str | None = None) -> Claim:
    pub = ctx.published.get(article)
    return Claim(article=article, sentence=sentence or m.span.sentence, value=m.date, outlet=ctx.outlet.get(article),
                 as_of=pub.isoformat() if pub else None, start=m.span.start, end=m.span.end)


def _date_contradictions(events: Sequence[_Event], vectors: Sequence[Sequence[float]], ctx: _Ctx,
                         story_id: str, line_vectors: dict[int, Sequence[float]] | None = None
                         ) -> list[Contradiction]:
    # Statements recur ("the ministry said on Saturday ... said on Sunday"): reporting verbs do not
    # identify an event, so they never carry a date contradiction.
    idx = [i for i, e in enumerate(events) if e.predicate and e.mention.precision == "day"
           and e.predicate not in _REPORTING and (e.subject or len(e.participants) >= MIN_SHARED_PARTICIPANTS)]

    lines = line_vectors or {}

    def linked(i: int, j: int) -> bool:
        a, b = events[idx[i]], events[idx[j]]
        if a.article == b.article or not _kindred(a.predicate or "", b.predicate or ""):
            return False
        similarity = _dot(vectors[idx[i]], vectors[idx[j]])
        if _same_subject(a.subject, b.subject):
            return similarity >= EVENT_CLAUSE_SIMILARITY
        if len(a.participants & b.participants) < MIN_SHARED_PARTICIPANTS:
            return False
        if similarity >= EVENT_CLAUSE_SIMILARITY:
            return True
        # A parse that lost one side's subject cut its clause short: compare whole lines.
        la, lb = lines.get(idx[i]), lines.get(idx[j])
        return (not (a.subject and b.subject) and la is not None and lb is not None
                and _dot(la, lb) >= EVENT_CLAUSE_SIMILARITY_NO_SUBJECT)

    out: list[Contradiction] = []
    for comp in _components(len(idx), linked):
        evs = [events[idx[k]] for k in comp]
        if len({e.mention.date for e in evs}) < 2:
            continue
        per_article: dict[str, set[str | None]] = defaultdict(set)
        for e in evs:
            per_article[e.article].add(e.mention.date)
        if any(len(d) > 1 for d in per_article.values()):
            continue
        evs.sort(key=lambda e: (e.mention.date or "", e.article))
        # Named by its actor, or (a parse without subject) by what every report of it mentions.
        shared = frozenset.intersection(*(e.participants for e in evs))
        named = next((e for e in evs if e.subject), evs[0])
        who = named.subject or shared
        out.append(Contradiction(field="date", about=f"{', '.join(sorted(who)[:4])} {named.predicate}".strip(),
                                 claims=tuple(_claim(e.mention, e.article, ctx, e.sentence) for e in evs),
                                 story=story_id))
    return out


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=False))


def _timeline(events: Sequence[_Event], vectors: Sequence[Sequence[float]], ctx: _Ctx) -> list[TimelineEvent]:
    by_date: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if e.mention.date:
            by_date[(e.mention.date, e.mention.precision)].append(i)
    out: list[TimelineEvent] = []
    for (date, precision), members in by_date.items():
        def close(i: int, j: int, members: list[int] = members) -> bool:
            return _dot(vectors[members[i]], vectors[members[j]]) >= TIMELINE_CLAUSE_SIMILARITY

        comps = _components(len(members), close)
        for comp in comps:
            evs = [events[members[k]] for k in comp]
            seen: set[tuple[str, str]] = set()
            sources = []
            for e in evs:
                if (e.article, e.mention.span.sentence) not in seen:
                    seen.add((e.article, e.mention.span.sentence))
                    sources.append(_claim(e.mention, e.article, ctx, e.sentence))
            description = min((e.mention.span.sentence for e in evs), key=len).strip()
            out.append(TimelineEvent(date=date, precision=precision, description=description,
                                     sources=tuple(sources),
                                     independent_sources=ctx.groups(e.article for e in evs)))
    return sorted(out, key=lambda t: (t.date, -t.independent_sources, t.description))


# --- quotes -------------------------------------------------------------------------------


def _words(text: str) -> set[str]:
    return set(_WORD_RE.findall(text.lower()))


def same_quote(a: str, b: str) -> bool:
    """Whether two quotations are the same words (allowing fragments of a longer version)."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    inter = len(wa & wb)
    if inter / max(len(wa), len(wb)) >= QUOTE_OVERLAP:
        return True
    small = min(len(wa), len(wb))
    return small >= QUOTE_FRAGMENT_WORDS and inter / small >= QUOTE_FRAGMENT_CONTAINED


def _same_speaker(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    return bool(wa and wb and (wa[-1] == wb[-1] or set(wa) <= set(wb) or set(wb) <= set(wa)))


# Head nouns of titles and bodies: a speaker ending in one is a description, not a name.
_ROLE_NOUNS = frozenset((
    "minister", "president", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "secretary",
    "chief", "head", "director", "ministry", "government", "office", "police", "army", "military", "agency",
    "council", "leader", "leaders", "mayor", "governor", "commander", "general", "envoy", "ambassador",
    "source", "sources", "authorities", "authority"))


def _is_person_name(speaker: str) -> bool:
    words = speaker.split()
    return len(words) >= 2 and words[-1].lower() not in _ROLE_NOUNS and all(w[:1].isupper() for w in words)


def _merge_quotes(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: _Ctx, story_id: str
                  ) -> tuple[list[MergedQuote], list[Contradiction]]:
    quotes = [(clean.id, q) for clean, facts in items for q in facts.quotes if q.text.strip()]
    comps = _components(len(quotes), lambda i, j: same_quote(quotes[i][1].text, quotes[j][1].text))
    merged: list[MergedQuote] = []
    conflicts: list[Contradiction] = []
    for comp in comps:
        members = [quotes[k] for k in comp]
        # A name resolved in some article beats a bare description ("the foreign minister") in another.
        named = ([(aid, q) for aid, q in members if q.speaker and q.speaker_kind != "unknown"]
                 or [(aid, q) for aid, q in members if q.speaker])
        votes: dict[str, set[int]] = defaultdict(set)
        for aid, q in named:
            key = next((k for k in votes if _same_speaker(k, q.speaker or "")), q.speaker or "")
            votes[key].add(ctx.group_of.get(aid, -1))
        speaker = max(votes, key=lambda s: (len(votes[s]), len(s)), default=None)
        if speaker is not None:  # the fullest spelling of the winning name
            speaker = max((q.speaker for _, q in named if q.speaker and _same_speaker(q.speaker, speaker)),
                          key=len, default=speaker)
        role = next((q.speaker_role for _, q in named if q.speaker and speaker
                     and _same_speaker(q.speaker, speaker) and q.speaker_role), None)
        sources = tuple(Claim(article=aid, sentence=q.span.sentence, value=q.speaker,
                              outlet=ctx.outlet.get(aid), start=q.span.start, end=q.span.end)
                        for aid, q in members)
        # Conflicting speakers: two people named for one quotation of some length. A title ("the
        # foreign minister") or a body is not a conflicting name: it may be the same person.
        people = {k for k in votes if _is_person_name(k)}
        if (len(people) >= 2 and len(_words(members[0][1].text)) >= QUOTE_FRAGMENT_WORDS
                and all((q.speaker_kind or "person") == "person" for _, q in named)
                and len({aid for aid, _ in named}) >= 2):
            conflicts.append(Contradiction(field="actor", about=f"speaker of \"{members[0][1].text[:60]}\"",
                                           claims=tuple(c for c in sources if c.value), story=story_id))
        resolved_by = None if speaker is None else ("direct" if len(named) == len(members) else "story")
        merged.append(MergedQuote(text=max((q.text for _, q in members), key=len), speaker=speaker,
                                  speaker_role=role, sources=sources,
                                  independent_sources=ctx.groups(aid for aid, _ in members),
                                  resolved_by=resolved_by))
    merged.sort(key=lambda m: (-m.independent_sources, m.text))
    return merged, conflicts


_ROLE_FILLER = frozenset({"the", "a", "an", "of", "'s", "’s"})


def _role_key(description: str) -> frozenset[str] | None:
    """A role description as comparable words: country adjectives and names folded to the country.

    "the Kastavian foreign minister", "Kastavia's Foreign Minister" and "Kastavian Foreign Minister"
    give the same key. None when the description has fewer than two words (a bare "the minister" is
    too vague to name anyone across a story).
    """
    from groundwatch.stages.extract.places import normalise_country

    words = []
    for raw in re.findall(r"[^\W_]+(?:['’]s)?", description):
        w = re.sub(r"['’]s$", "", raw)
        if w.lower() in _ROLE_FILLER:
            continue
        country = normalise_country(w)
        words.append((country or w).lower())
    return frozenset(words) if len(words) >= 2 else None


def _story_roles(items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> dict[frozenset[str], tuple[str, str]]:
    """Role description -> (person, role) for roles that name exactly one person in the story."""
    seen: dict[frozenset[str], set[tuple[str, str]]] = defaultdict(set)
    for _clean, facts in items:
        for a in facts.actors:
            if a.kind != "person" or not a.role or len(a.name.split()) < 2:
                continue
            role = f"{a.affiliation} {a.role}" if a.affiliation and a.affiliation not in a.role else a.role
            key = _role_key(role)
            if key is not None:
                seen[key].add((a.name, a.role))
    # Ambiguous roles (two people called "foreign minister" of one country) name nobody.
    return {k: next(iter(v)) for k, v in seen.items() if len({n for n, _ in v}) == 1}


def resolve_speakers(items: Sequence[tuple[CleanArticle, ArticleFacts]],
                     picture: StoryPicture) -> dict[str, tuple[Quote, ...]]:
    """Each article's quotes with unnamed speakers filled in from the story's other articles.

    Args:
        items: the story's articles and facts, as given to :func:`reconcile`.
        picture: the story's reconciled picture.

    Returns:
        Article id -> its quotes; a quote that gained a speaker has ``resolved_by="story"``.
    """
    by_source = {(c.article, c.start, c.end): m for m in picture.quotes for c in m.sources}
    roles = _story_roles(items)
    out: dict[str, tuple[Quote, ...]] = {}
    for clean, facts in items:
        quotes = []
        for q in facts.quotes:
            m = by_source.get((clean.id, q.span.start, q.span.end))
            # Unnamed in this article: no speaker, or only a description as written ("the
            # foreign minister") that the quotes extractor could not tie to a name here.
            unnamed = q.speaker is None or (q.speaker_kind == "unknown" and q.resolved_by is None)
            if unnamed and m is not None and m.speaker is not None and m.speaker != q.speaker:
                q = replace(q, speaker=m.speaker, speaker_role=q.speaker_role or m.speaker_role,
                            resolved_by="story")
            elif unnamed and q.speaker and (key := _role_key(q.speaker)) is not None:
                named = roles.get(key)
                if named is not None:  # "the Kastavian foreign minister" -> the one the story names so
                    q = replace(q, speaker=named[0], speaker_role=q.speaker_role or named[1],
                                resolved_by="story")
            quotes.append(q)
        out[clean.id] = tuple(quotes)
    return out


# --- responsibility -----------------------------------------------------------------------

_RESPONSIBILITY_RE = re.compile(r"\b(claimed|claims|claim|took|takes|take|taken|claiming)\s+responsibility\b",
                                re.IGNORECASE)


def _responsibility(items: Sequence[tuple[CleanArticle, ArticleFacts]], ctx: _Ctx,
                    story_id: str) -> list[Contradiction]:
    claims: list[tuple[frozenset[str], Claim]] = []
    for clean, facts in items:
        for s in facts.sentences:
            m = _RESPONSIBILITY_RE.search(s.text)
            if not m:
                continue
            doc = _parse(s.text)
            verb = next((t for t in doc if t.idx == m.start(1)), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if verb is None or subj is None or any(c.dep_ == "neg" for c in verb.children):
                continue
            who = _subject_key(subj, ())
            if who:
                claims.append((who, Claim(article=clean.id, sentence=s.text, value=", ".join(sorted(who)),
                                          outlet=ctx.outlet.get(clean.id), start=s.start, end=s.end)))
    names: list[frozenset[str]] = []
    for who, _ in claims:
        if not any(_same_subject(who, n) for n in names):
            names.append(who)
    # Conflicting claimants, each from a different article (one article listing two claimants
    # reports the conflict itself; that is not two outlets disagreeing).
    if len(names) < 2 or len({c.article for _, c in claims}) < 2:
        return []
    return [Contradiction(field="actor", about="claim of responsibility",
                          claims=tuple(c for _, c in claims), story=story_id)]


# --- the whole ----------------------------------------------------------------------------


def reconcile(story_id: str, items: Sequence[tuple[CleanArticle, ArticleFacts]],
              copies: Sequence[Copy]) -> StoryPicture:
    """Link one story's facts across its articles.

    Args:
        story_id: the story's id (copied into every update and contradiction).
        items: the story's articles with their extracted facts.
        copies: copy pairs (from :func:`groundwatch.stages.dedupe.find_copies`); only pairs
            inside the story matter. Corroboration counts count independence groups.

    Returns:
        The story's :class:`StoryPicture`.
    """
    ids = [c.id for c, _ in items]
    groups = independence_groups(ids, copies)
    ctx = _Ctx(outlet={c.id: c.article.outlet for c, _ in items},
               published={c.id: c.published or f.published or c.article.published for c, f in items},
               group_of={a: i for i, g in enumerate(groups) for a in g})
    figures, updates, figure_conflicts = _reconcile_figures(items, ctx, story_id)
    events = _events(items)
    vectors: Sequence[Sequence[float]] = []
    line_vectors: dict[int, Sequence[float]] = {}
    if events:
        from groundwatch.stages.stories import embed

        # Whole lines, for pairs where one parse lost its subject (see _date_contradictions).
        with_lines = [i for i, e in enumerate(events)
                      if e.predicate and e.line and len(e.participants) >= MIN_SHARED_PARTICIPANTS]
        both = embed([e.clause for e in events] + [events[i].line for i in with_lines])
        vectors = both[:len(events)]
        line_vectors = dict(zip(with_lines, both[len(events):], strict=True))
    quotes, speaker_conflicts = _merge_quotes(items, ctx, story_id)
    contradictions = [*_date_contradictions(events, vectors, ctx, story_id, line_vectors), *figure_conflicts,
                      *speaker_conflicts, *_responsibility(items, ctx, story_id)]
    figures.sort(key=lambda f: (-f.independent_sources, f.kind, f.who or ""))
    return StoryPicture(story_id=story_id, figures=tuple(figures), updates=tuple(updates),
                        contradictions=tuple(contradictions), quotes=tuple(quotes),
                        timeline=tuple(_timeline(events, vectors, ctx)), independent_sources=len(groups),
                        articles=tuple(ids))

