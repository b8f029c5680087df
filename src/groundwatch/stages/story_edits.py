"""Corrections applied to the clustering after it runs: copies stay together, analysts have the last word.

Two kinds of evidence outrank the similarity scores of :mod:`groundwatch.stages.stories`:

* a detected copy pair (:mod:`groundwatch.stages.dedupe`) is one report told twice, so its two
  articles are never in different stories: a copy component that spans stories moves, whole, into
  the story holding most of it (ties: the larger story, then the older id);
* an analyst's merge or split (``groundwatch stories merge|split``), stored as a
  :class:`~groundwatch.records.StoryOverride` and replayed in the order made on every relink, after
  the copies, so an analyst can separate even a copy pair.

Replaying is idempotent: a merge moves whatever is still in the folded story (nothing, the second
time), a split moves its articles into the id reserved when it was recorded. Stories whose members
changed get their profile rebuilt from their articles, so later articles are placed against what the
story now is; a story left without articles leaves the index.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from groundwatch.records import ArticleFacts, CleanArticle, Copy, StoryOverride
from groundwatch.stages.embedding import prefetch
from groundwatch.stages.stories import StoryIndex, StoryProfile, _join, _profile, embed, lead_text
from groundwatch.unionfind import UnionFind

__all__ = ["apply_overrides", "changed_stories", "join_copies", "reindex", "reserve_story_id", "story_number"]


def story_number(story_id: str) -> int:
    """The number of an ``s<N>`` id (-1 for any other id)."""
    return int(story_id[1:]) if story_id[:1] == "s" and story_id[1:].isdigit() else -1


def join_copies(assignment: Mapping[str, str], copies: Iterable[Copy]) -> dict[str, str]:
    """``assignment`` with every copy component inside one story.

    Args:
        assignment: article id -> story id.
        copies: copy pairs; pairs naming an unassigned article are ignored.

    Returns:
        A new article -> story map.
    """
    out = dict(assignment)
    sets = UnionFind(out)
    for c in copies:
        if c.a in sets and c.b in sets:
            sets.union(c.a, c.b)
    size = Counter(out.values())
    for group in sets.groups():
        held = Counter(out[a] for a in group)
        if len(held) < 2:
            continue
        target = max(held, key=lambda sid: (held[sid], size[sid], -story_number(sid)))
        for a in group:
            out[a] = target
    return out


def apply_overrides(assignment: Mapping[str, str], overrides: Sequence[StoryOverride]) -> dict[str, str]:
    """``assignment`` after replaying the analyst's merges and splits in order.

    Args:
        assignment: article id -> story id.
        overrides: as stored, oldest first.

    Returns:
        A new article -> story map.
    """
    out = dict(assignment)
    for ov in overrides:
        if ov.kind == "merge":
            for a, sid in out.items():
                if sid == ov.other:
                    out[a] = ov.story
        elif ov.kind == "split":
            for a in ov.articles:
                if out.get(a) == ov.story:
                    out[a] = ov.other
    return out


def changed_stories(before: Mapping[str, Sequence[str]], after: Mapping[str, str]) -> tuple[set[str], set[str]]:
    """Stories whose members differ between ``before`` (story -> articles) and ``after`` (article ->
    story), and stories of ``before`` left with no article of ``after``'s."""
    members: dict[str, set[str]] = {}
    for a, sid in after.items():
        members.setdefault(sid, set()).add(a)
    changed = {sid for sid, arts in members.items() if set(before.get(sid, ())) & after.keys() != arts}
    emptied = {sid for sid, arts in before.items() if sid not in members and set(arts) & after.keys()}
    return changed, emptied


def reindex(index: StoryIndex, assignment: Mapping[str, str],
            items: Sequence[tuple[CleanArticle, ArticleFacts]]) -> StoryIndex:
    """``index`` with the profile of every story whose members changed rebuilt from its articles.

    Args:
        index: the clustering state before the edit.
        assignment: article id -> story id after it.
        items: the analysed articles (the members' texts and facts).

    Returns:
        The new index: emptied stories dropped, new ones appended, ``next_id`` past every id used.
    """
    changed, emptied = changed_stories({s.id: s.articles for s in index.stories}, assignment)
    members: dict[str, list[tuple[CleanArticle, ArticleFacts]]] = {}
    for c, f in items:
        if assignment.get(c.id) in changed:
            members.setdefault(assignment[c.id], []).append((c, f))
    prefetch(lead_text(c, f) for arts in members.values() for c, f in arts)
    rebuilt = {sid: _rebuilt(sid, arts) for sid, arts in members.items()}
    stories = [rebuilt.pop(s.id, s) for s in index.stories if s.id not in emptied]
    stories += [rebuilt[sid] for sid in sorted(rebuilt, key=story_number)]
    top = max((story_number(s.id) for s in stories), default=0)
    return StoryIndex(stories=tuple(stories), next_id=max(index.next_id, top + 1))


def _rebuilt(story_id: str, members: Sequence[tuple[CleanArticle, ArticleFacts]]) -> StoryProfile:
    embeddings = embed([lead_text(c, f) for c, f in members])
    story = StoryProfile(id=story_id, centroid=tuple(0.0 for _ in embeddings[0]) if embeddings else (), size=0)
    for (c, f), e in zip(members, embeddings, strict=True):
        story = _join(story, c.id, e, _profile(c, f))
    return story


def reserve_story_id(index_json: str | None) -> tuple[str, str]:
    """A fresh story id for a split, and the index JSON with that id taken (store both together)."""
    index = StoryIndex.from_json(index_json) if index_json else StoryIndex()
    return f"s{index.next_id}", replace(index, next_id=index.next_id + 1).to_json()
