"""A story's running counts and who keeps them, as evidence that a follow-up belongs to it (stories.py).

A follow-up under a new angle (a reporter freed on bail, a funeral, one family's return) leads with
its own people and reads unlike the story's reports: its cosine with the story can fall below the
similarity floor, which no number of shared names lifts. What ties it to the story is often its last
paragraph, the running toll credited to the body that keeps it ("The Civic Rights Watch says at least
21 people have been killed since the protests began"). A *toll* is such a count: a running kind
(killed, injured, detained ...: ``reconcile.figures.UPDATE_KINDS``) credited to a named body (its
words capitalised: "the Tessaly Rights Monitor", not "the health ministry" or "police", which every
country's stories credit). An article that started a story of its own, which no other story scores
high enough for (:func:`toll_home`), joins the one story inside whose dates it reports a toll of the
same kind kept by the same body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from groundwatch.records import ArticleFacts
from groundwatch.stages.reconcile.figures import UPDATE_KINDS
from groundwatch.stages.story_names import EVIDENCE_MIN, PLACE_EVIDENCE, UNDATED_MARGIN

if TYPE_CHECKING:
    from groundwatch.stages.story_profiles import StoryProfile, _Profile

__all__ = ["toll_home", "tolls"]

#: Lower-case words a body's name may hold between its capitalised ones ("Office for Human Rights").
_LINK_WORDS = frozenset({"of", "for", "and", "on", "in", "the", "to", "de"})
_LEADING_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: Figure scopes that count another event or another article's story: never the story's toll.
_NOT_OWN = frozenset({"other_event", "teaser"})


def _named_body(credit: str | None) -> str | None:
    """The credited body's name (lower case) when it is a proper name of two or more words."""
    words = _LEADING_RE.sub("", (credit or "").strip().strip(",.")).split()
    if len(words) < 2 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return None
    if any(not (w[:1].isupper() or w in _LINK_WORDS) for w in words):
        return None
    return " ".join(words).lower()


def tolls(facts: ArticleFacts) -> frozenset[str]:
    """The article's tolls as ``"kind|body"`` keys: its own event's running counts credited to a named body."""
    out: set[str] = set()
    for f in facts.figures:
        if f.kind not in UPDATE_KINDS or f.other_event or f.projection or getattr(f, "scope", None) in _NOT_OWN:
            continue
        body = _named_body(f.reported_by)
        if body:
            out.add(f"{f.kind}|{body}")
    return frozenset(out)


def _shared(profile: _Profile, story: StoryProfile, weights: Mapping[str, float]) -> float:
    """The names shared, weighed as ``story_names.evidence`` weighs them but never discounted as named in
    passing: the body named is the keeper of the toll the article reports, not a passing recall."""
    return sum(weights.get(x, 1.0) for x in profile.actors & story.actors.keys()) + PLACE_EVIDENCE * sum(
        weights.get(x, 1.0) for x in profile.places & story.places.keys())


def _kept(profile: _Profile, story: StoryProfile, weights: Mapping[str, float]) -> float:
    """The shared tolls at their specificity weight (a body credited in every story weighs nothing)."""
    return sum(weights.get(k, 1.0) for k in profile.tolls & story.tolls.keys())


def toll_home(profile: _Profile, stories: Sequence[StoryProfile], weights: Mapping[str, float], skip: int,
              inside: Callable[[StoryProfile], bool]) -> int | None:
    """The story (its index) a young story no other scores high enough for joins on its tolls.

    ``profile`` is the young story's (``stories[skip]``), taken as one article's: it is run when the pass
    is over (stories._consolidate), as the story's other reports may have started young stories too.

    It must report a toll the story keeps (same kind, same body), inside the story's dates (``inside``:
    no date penalty), share ``EVIDENCE_MIN`` or more with it (its tolls at their weight, and its names:
    a specific keeper is one unit, and its name in the article one more when the tagger finds it), name
    no country the story does not share when both name countries, credit its counts to none but the
    story's keepers (not a look-alike recalling the story's toll beside its own), and share
    ``UNDATED_MARGIN`` times what it shares with any other story.
    """
    if profile.date is None or not profile.tolls:
        return None
    shared = sorted(((_shared(profile, s, weights) + _kept(profile, s, weights), k)
                     for k, s in enumerate(stories) if s.size and k != skip), reverse=True)
    if not shared:
        return None
    best, k = shared[0]
    story = stories[k]
    runner_up = shared[1][0] if len(shared) > 1 else 0.0
    if best < EVIDENCE_MIN or best < UNDATED_MARGIN * runner_up or _kept(profile, story, weights) <= 0.0:
        return None
    if profile.countries and story.countries and not profile.countries & story.countries.keys():
        return None
    # A look-alike next door that recalls the story's toll in passing reports its own counts, kept by its own
    # bodies; a follow-up's only keepers are the story's. (Its lead may well name new people: the freed reporter's
    # lawyer, so the lead test of story_names.elsewhere does not apply.)
    if not _keepers(profile.tolls) <= _keepers(story.tolls.keys()) or not inside(story):
        return None
    return k


def _keepers(keys: Iterable[str]) -> set[str]:
    return {k.split("|", 1)[1] for k in keys}
