"""What names an article shares with a story, and how much they vouch for it (stories.py).

Shared people, organisations and towns are weighed by their specificity in the batch
(:func:`_specificity`) and summed into *evidence*. Evidence gates a join (an article that shares
too little must resemble the story's members on its text: :func:`_text_bar`), and strong evidence
lowers the cosine a join needs (:func:`relief`): a follow-up under a new headline (the aftermath,
the funerals, the return home) reads unlike the story's first reports but names its people and
places.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

__all__ = ["evidence", "named_in", "relief", "undated_home", "with_full_names"]

#: Evidence that an article and a story share a subject: each shared person or organisation adds
#: its specificity weight, each shared town or region ``PLACE_EVIDENCE`` times its weight (countries
#: none: a town implies its country, and a country hosts many stories at once).
#: At ``EVIDENCE_MIN`` or more (a specific actor, or two specific towns) the score alone decides.
#: Below it the article must also resemble the story's members on its text (mean cosine): at least
#: ``SIMILARITY_ALONE`` with nothing shared, ``SIMILARITY_PER_EVIDENCE`` less per unit of evidence
#: (one specific town: 0.55). A place alone is weak: wire briefs from one capital on one day (a city
#: budget and a summit, mean cosine ~0.5) or two companies based in one city share it. On the 256
#: TimeBank documents a bar of 0.6 with nothing shared still let earnings notes of unrelated
#: companies pair up (0.6-0.67); two reports of one event in the invented tests score 0.64-0.74.
EVIDENCE_MIN = 1.0
PLACE_EVIDENCE = 0.5
SIMILARITY_ALONE = 0.7
SIMILARITY_PER_EVIDENCE = 0.3
#: Evidence an article whose lead names only other places and people than a story's (see
#: :func:`elsewhere`) may share with it in its body and still count for nothing: one specific actor or
#: two towns, what one sentence recalling the story in passing names (corpus_d's look-alike quake next
#: door names the story's country once: 1.0). A second report whose lead names the province where the
#: first named the town shares its body's towns and people (corpus_d's second report: 2.0).
PASSING_MAX = EVIDENCE_MIN
#: Reports a story may have and still be a look-alike whose lead is about other names than an article's
#: (:func:`elsewhere`, the story's side): a look-alike is one report and its copy. The leads of a story of
#: more reports are the event's, and the names its bodies share with an article whose own lead names them
#: are the event's too: corpus_f's survivor interview leads with the departure town and the town the
#: survivors were taken to, which the capsizing story's five reports by then name in their bodies but
#: not in their leads. Two: the young stories that stories._consolidate merges (``CONSOLIDATE_MAX_SIZE``).
LOOKALIKE_MAX_SIZE = 2
#: Specificity weights (see _specificity): an entity whose articles are on average no more alike
#: than this (MiniLM cosine of title + lead) weighs 0. Unrelated news leads average 0.10 on the
#: 256 TimeBank documents; the entities named everywhere there (the US, Washington, New York, the
#: wire agency) score 0.10-0.19.
GENERIC_COHERENCE = 0.2
#: ... and one whose articles average at least this weighs 1: a story's towns and people score
#: 0.3-0.5 (the example corpus' flooded towns 0.32-0.37).
SPECIFIC_COHERENCE = 0.3
#: Evidence beyond ``EVIDENCE_MIN`` lowers the cosine an article needs (the ``SIMILARITY_FLOOR``
#: and the ``JOIN_THRESHOLD`` alike) by ``RELIEF_PER_EVIDENCE`` per unit, at most ``RELIEF_MAX``,
#: and only inside the story's dates (no date penalty): the same names weeks later are the same
#: place's next event. Set on corpus_b's one follow-up under a new headline (cosine 0.25 with
#: 2.5 units shared: relief 0.075, floor 0.225, score 0.43 -> 0.50); at most 0.1, so no article
#: below a cosine of 0.2 joins however many names it shares. Checked on every multi-story set:
#: examples, crises-2023 tune and karabakh-2023 assign every article as before (no wrong pair is
#: inside a story's dates with that much evidence).
RELIEF_PER_EVIDENCE = 0.05
RELIEF_MAX = 0.1
#: ... and only when the shared names are at least this share of the article's own (weighed as
#: evidence): a follow-up is about the story's people and places and adds a few of its own (corpus_b's
#: shares 2.5 of 4.5); a market roundup naming twenty companies shares three of them with any other
#: roundup. Without it, one week of dates-dev's tune business news chained into a story of ten
#: (tune stories 0.848 -> 0.832); with it, dates-dev's stories are unchanged. Half: the one value tried.
RELIEF_SHARE = 0.5
#: Evidence an article with no date at all (none in its metadata, no day its text fixes) must share
#: with a story to join it on its names when its lead is too unlike the story's reports to pass the
#: similarity floor: a radio bulletin's greeting, a transcript's station ident (corpus_c's bulletin:
#: cosine 0.11 with its story, 3.0 units of names shared). Two: two specific people or organisations,
#: or one and two towns; above what any dated article shares with a wrong story in crises-2023 tune
#: (0.98), corpus_b (1.0) and corpus_c (1.5).
UNDATED_EVIDENCE_MIN = 2.0
#: ... and at least this many times what it shares with the next story: the examples' mine collapse
#: and floods in the same towns share up to 6.5 units with each other (one article 6.0 with the
#: wrong story, 5.5 with its own), and names alone cannot tell such stories apart.
UNDATED_MARGIN = 2.0
#: Adjacent sentences a look-alike's recall of the story may span (:func:`recalled`): the sentence that
#: recalls the event and the next, which names its actor again ("... since gunmen of <the group> raided
#: <the story's villages> a week ago. <The group> has never said ..."). Two: corpus_l's look-alike (one
#: case); the unit cases of one recall sentence and of names two sentences apart keep their answers.
RECALL_SENTENCES = 2
#: Evidence a look-alike may name of the story outside that passage (weighed as :func:`evidence` does): one
#: specific actor or two towns, what one more sentence names in passing ("the wounded were sent on to <the
#: story's city>", in a quote or not). One: corpus_r's look-alike (one case; the tagger reads the city there
#: as an actor, 1.0); a look-alike that names the story's people or places in two more places is not one.
RECALL_ASIDE = 1.0
#: Share of a story's reports that must name a name for it to be the story's own (:func:`_staples`): a
#: lead naming such a name is about the story. Half, as for a story's main group (key_figures
#: ``MAIN_GROUP_SHARE``); corpus_l's country is named in 2 of its raid story's 10 reports, its villages in 8.
STAPLE_SHARE = 0.5


def with_full_names(profile: _Profile, story: StoryProfile) -> _Profile:
    """The article's profile with each person it names by one word only ("Okonvo said ...") read as the one
    person of the story whose full name ends in that word: a column or a late follow-up names by surname a
    person the story's reports introduced in full. A word that ends two or more of the story's names stays
    as it is (no guess between two people)."""
    full: dict[str, list[str]] = {}
    for name in story.actors:
        words = name.split()
        if len(words) >= 2:
            full.setdefault(words[-1], []).append(name)
    named = {x: full[x][0] for x in profile.actors if " " not in x and len(full.get(x, ())) == 1}
    if not named:
        return profile
    actors = frozenset(named.get(x, x) for x in profile.actors)
    mentions = frozenset((named.get(x, x), i) for x, i in profile.mentions)
    return replace(profile, actors=actors, mentions=mentions,
                   lead=frozenset(named.get(x, x) for x in profile.lead))


def _overlap(a: frozenset[str], b: Mapping[str, int], weights: Mapping[str, float]) -> float | None:
    """Weighted overlap coefficient w(A & B) / min(w(A), w(B)); None when either side weighs 0."""
    wa = sum(weights.get(x, 1.0) for x in a)
    wb = sum(weights.get(x, 1.0) for x in b)
    if wa <= 0.0 or wb <= 0.0:
        return None
    return sum(weights.get(x, 1.0) for x in a & b.keys()) / min(wa, wb)


def _text_bar(evidence: float) -> float:
    """Mean cosine an article needs with a story's members, given the names they share: none at
    ``EVIDENCE_MIN`` or more, else from ``SIMILARITY_ALONE`` (nothing shared) down by
    ``SIMILARITY_PER_EVIDENCE`` per unit (one specific town: 0.55)."""
    if evidence >= EVIDENCE_MIN:
        return -1.0
    return SIMILARITY_ALONE - SIMILARITY_PER_EVIDENCE * evidence


def _specificity(profiles: Sequence[_Profile], embeddings: Sequence[Sequence[float]]) -> dict[str, float]:
    """Weight of each place, country and actor by how coherent the articles naming it are.

    The mean pairwise cosine of the articles that name an entity tells a story's own places and
    people (their articles are about one thing: 0.3-0.5) from the ubiquitous ones (the home
    country of every outlet, its capital, the stock exchange: their articles are as unrelated as
    any two news items, ~0.1-0.2). An entity weighs 0 at ``GENERIC_COHERENCE`` or below, 1 at
    ``SPECIFIC_COHERENCE`` or above, linearly in between. Unlike a document frequency, this does
    not penalise the protagonists of a story that fills most of the batch. Entities named by a
    single article of the batch weigh 1 (no evidence either way).
    """
    sums: dict[str, list[float]] = {}
    df: Counter[str] = Counter()
    for p, e in zip(profiles, embeddings, strict=True):
        for key in {*p.places, *p.countries, *p.actors, *p.tolls}:
            acc = sums.setdefault(key, [0.0] * len(e))
            for k, x in enumerate(e):
                acc[k] += x
            df[key] += 1
    out: dict[str, float] = {}
    for key, n in df.items():
        if n < 2:
            continue
        coherence = (sum(x * x for x in sums[key]) - n) / (n * (n - 1))
        out[key] = min(1.0, max(0.0, (coherence - GENERIC_COHERENCE) / (SPECIFIC_COHERENCE - GENERIC_COHERENCE)))
    return out


def named_in(names: set[str] | frozenset[str], text: str) -> frozenset[str]:
    """The names (lower case) that ``text`` spells out as whole words."""
    folded = text.casefold()
    return frozenset(n for n in names if n and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded))


def elsewhere(profile: _Profile, story: StoryProfile, weights: Mapping[str, float]) -> bool:
    """Whether the article's lead is about other places and people than the story's: its title and lead
    name specific names (weight above 0), none of them the story's. The names it shares with the story
    then stand in its body only, in passing ("not an aftershock of the larger quake that struck <the
    story's country> on Monday"): a look-alike event next door that recalls the story's toll. Either
    way round: when two young stories are merged (stories._consolidate) the look-alike is the story; but
    only a story of at most ``LOOKALIKE_MAX_SIZE`` reports can be a look-alike.
    Never when they share a country: a follow-up's lead about new people (a survivor pulled out on day
    three, crises-2023 tune) names the story's towns in its body, and the names the tagger gives to an
    invented or unknown place are as often people as places, so the lead's kinds cannot tell."""
    if profile.countries & story.countries.keys():
        return False
    return _foreign(profile.lead, story.places.keys() | story.actors.keys(), weights) or (
        story.size <= LOOKALIKE_MAX_SIZE and _foreign(story.lead, profile.places | profile.actors, weights))


def _foreign(lead: frozenset[str], names: Set[str], weights: Mapping[str, float]) -> bool:
    specific = {x for x in lead if weights.get(x, 1.0) > 0.0}
    return bool(specific) and not specific & names


def recalled(profile: _Profile, story: StoryProfile, weights: Mapping[str, float] | None = None) -> bool:
    """Whether every name the article shares with the story stands in one passage of it, one sentence or
    ``RECALL_SENTENCES`` adjacent ones: a look-alike recalls the story in passing ("..., after at least 40
    died when a ferry sank off <the story's town> in <its country> on Monday. The coast guard has not ...
    since"), however many of its names that passage holds; one more sentence may name others of the story's
    names in an aside (at most ``RECALL_ASIDE``: the city its wounded are taken to), not those the passage
    holds. A name its lead shares that the story seldom names (:func:`_staples`) is left out: the country or
    area both events are set in."""
    shared = ((profile.places & story.places.keys()) | (profile.actors & story.actors.keys())) - (
        profile.lead - _staples(story))
    where = {i for name, i in profile.mentions if name in shared}
    w = weights or {}
    for start in sorted(where):
        inside = {n for n, i in profile.mentions if n in shared and start <= i < start + RECALL_SENTENCES}
        out = {(n, i) for n, i in profile.mentions if n in shared and not start <= i < start + RECALL_SENTENCES}
        # a name the passage holds, named again apart, is the report's own; another, named once aside, is not
        if any(n in inside for n, _ in out) or len({i for _, i in out}) > 1:
            continue
        if sum(w.get(n, 1.0) * (1.0 if n in profile.actors else PLACE_EVIDENCE) for n, _ in out) <= RECALL_ASIDE:
            return True
    return False


def _staples(story: StoryProfile) -> set[str]:
    """The names at least ``STAPLE_SHARE`` of the story's reports name: its own towns, people and bodies."""
    return {name for counts in (story.places, story.actors) for name, n in counts.items()
            if n >= STAPLE_SHARE * story.size}


def evidence(profile: _Profile, story: StoryProfile, weights: Mapping[str, float]) -> float:
    """Shared actors at their weight, shared towns and regions at ``PLACE_EVIDENCE`` times theirs;
    none when the article's lead is about other names (:func:`elsewhere`) and that is ``PASSING_MAX`` or less,
    or its lead is set apart (:func:`_leads_apart`) and the shared ones stand in one passage (:func:`recalled`):
    then only the names its lead shares count.
    """
    shared = sum(weights.get(x, 1.0) for x in profile.actors & story.actors.keys()) + PLACE_EVIDENCE * sum(
        weights.get(x, 1.0) for x in profile.places & story.places.keys())
    if shared <= PASSING_MAX and elsewhere(profile, story, weights):
        return 0.0
    if recalled(profile, story, weights) and not profile.countries & story.countries.keys() and _leads_apart(
            profile, story, weights):
        # the names of the area both are set in, which its lead shares, still count; not the teller
        lead = profile.lead - profile.tellers
        return sum(weights.get(x, 1.0) for x in lead & story.actors.keys()) + PLACE_EVIDENCE * sum(
            weights.get(x, 1.0) for x in lead & story.places.keys())
    return shared


def _leads_apart(profile: _Profile, story: StoryProfile, weights: Mapping[str, float]) -> bool:
    """Whether the article's lead names a specific name the story never names (its own place) and none
    the story's reports name as a rule (:func:`_staples`): a lead set in the same country as the story,
    about another event."""
    specific = {x for x in profile.lead if weights.get(x, 1.0) > 0.0}
    # a staple named only as the lead's teller ("..., said the national agency") is who reports, not where
    return bool(specific - story.places.keys() - story.actors.keys()) and not (
        specific - profile.tellers) & _staples(story)


def _own(profile: _Profile, weights: Mapping[str, float]) -> float:
    """The article's own names weighed as evidence."""
    return sum(weights.get(x, 1.0) for x in profile.actors) + PLACE_EVIDENCE * sum(
        weights.get(x, 1.0) for x in profile.places)


def relief(profile: _Profile, shared: float, weights: Mapping[str, float]) -> float:
    """How much lower a cosine may be for ``shared`` units of evidence (see ``RELIEF_PER_EVIDENCE``),
    when they are at least ``RELIEF_SHARE`` of the article's own names."""
    own = _own(profile, weights)
    if own <= 0.0 or shared < RELIEF_SHARE * own:
        return 0.0
    return min(RELIEF_MAX, RELIEF_PER_EVIDENCE * max(0.0, shared - EVIDENCE_MIN))


def undated_home(profile: _Profile, stories: Sequence[StoryProfile], weights: Mapping[str, float]) -> int | None:
    """The story (its index in ``stories``) an article with no date joins on its names alone: it shares
    ``UNDATED_EVIDENCE_MIN`` or more with it, at least ``RELIEF_SHARE`` of its own names and
    ``UNDATED_MARGIN`` times what it shares with any other story. None for a dated article: its date
    tells the same names' next event from this one, and the score already weighs both."""
    if profile.date is not None or not stories:
        return None
    shared = sorted(((evidence(profile, s, weights), k) for k, s in enumerate(stories) if s.size), reverse=True)
    if not shared:
        return None
    best, k = shared[0]
    runner_up = shared[1][0] if len(shared) > 1 else 0.0
    if best < UNDATED_EVIDENCE_MIN or best < RELIEF_SHARE * _own(profile, weights) or best < UNDATED_MARGIN * runner_up:
        return None
    return k
