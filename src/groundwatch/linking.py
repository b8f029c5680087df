"""Linking: the corpus stages over the store, in full or only where new articles touch it.

A full link reads every analysed article and recomputes copies, stories' dates and pictures
(``pipeline.STAGES``' corpus stages in order). It is the reference, and it runs whenever the
stored picture cannot be trusted as a base: a new store, a changed corpus-stage version, a new
analyst merge or split. Otherwise the link is incremental, and its cost follows the new articles,
not the store:

1. *fresh* articles are the analysed ones the stored picture does not include yet (new, or
   re-analysed because their content changed); *departed* ones left the analysed set;
2. copies: each fresh article is compared only with the stored articles it shares an LSH bucket
   with (``copy_index``, dedupe.copies_against): the same pairs a full link would confirm;
3. stories: the story stage places the fresh articles through the persisted story index (the
   stored ones keep their stories, as in a full link);
4. only the *touched* stories (gaining, losing or exchanging articles) are re-dated and
   re-reconciled, from their members' stored facts; every other picture stays as stored.

A full link's corpus stages run through a ``compute`` function: :func:`run_stages` (one process)
by default; the Spark engine passes its own (spark/linking.py), which calls the same stage
functions with candidate blocking and a per-story groupBy, and stores the result the same way.

``tests/test_linking.py`` checks that an incremental link leaves the same stories, copies and
pictures as a full link of the same store. Against a full link *from scratch* (no stored stories;
``benchmarks/bench_link.py --check``) the story partition can differ at a batch boundary, by the
story stage's design: ``stories._consolidate`` merges the small stories started in a batch (size at
most ``CONSOLIDATE_MAX_SIZE``) at the end of that batch, and stored stories are never re-clustered,
so a new story of two that the first link merged into another stays merged when a third member
arrives later, while one link of all three leaves them a story of their own (three is over the
size limit). ``_specificity`` weighs names over the batch too (no partition difference seen so far).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from groundwatch.records import ArticleFacts, CleanArticle, Copy, Corpus, StoryAssignment
from groundwatch.settings import Settings
from groundwatch.stages.dedupe import copies_against
from groundwatch.stages.registry import Stage, checked
from groundwatch.stages.story_labels import story_labels
from groundwatch.store.sqlite import Store

log = logging.getLogger("groundwatch")

#: The stored state a picture was linked with: an incremental link needs the same stage versions
#: and the same analyst overrides, else it links in full.
VERSIONS_KEY = "link_versions"
OVERRIDES_KEY = "link_overrides"


#: How a full link computes the picture: the corpus stages over the whole corpus, in order.
Compute = Callable[[Corpus, Settings, Sequence[Stage]], Corpus]


def run_stages(corpus: Corpus, settings: Settings, corpus_stages: Sequence[Stage]) -> Corpus:
    """The corpus stages in order, in this process (the local engine's full link)."""
    for st in corpus_stages:
        corpus = checked(st, st.fn(corpus, settings))
    return corpus


def link(store: Store, settings: Settings, corpus_stages: Sequence[Stage], *, full: bool = False,
         compute: Compute = run_stages) -> tuple[int, int]:
    """Bring the stored picture up to date with the analysed articles; (stories, copy pairs).

    ``compute`` computes a full link's picture (an incremental one runs here: its cost follows the
    new articles).
    """
    versions = json.dumps({st.name: st.version for st in corpus_stages}, sort_keys=True)
    overrides = store.story_overrides()
    state = {VERSIONS_KEY: versions, OVERRIDES_KEY: str(len(overrides))}
    stale = (store.get_state(VERSIONS_KEY) != versions or store.get_state(OVERRIDES_KEY) != str(len(overrides))
             or store.get_state("story_index") is None)
    if full or stale:
        return _full(store, settings, corpus_stages, state, compute)
    return _incremental(store, settings, corpus_stages, state)


def _full(store: Store, settings: Settings, corpus_stages: Sequence[Stage], state: dict[str, str],
          compute: Compute) -> tuple[int, int]:
    items = store.analysed()
    if not items:
        return 0, 0
    corpus = Corpus(items=tuple(items), story_index=store.get_state("story_index"),
                    known_stories=_known(store), story_overrides=store.story_overrides())
    corpus = compute(corpus, settings, corpus_stages)
    for r in corpus.redated:
        store.replace_dates(r.article_id, r.dates, r.published, "story")
    if corpus.story_index is not None:
        state["story_index"] = corpus.story_index
    store.save_picture(stories=corpus.story_of(), copies=corpus.copies,
                       pictures={p.story_id: p.to_dict() for p in corpus.pictures},
                       labels=story_labels(corpus.items, corpus.story_of()), state=state, index=corpus.copy_keys,
                       events=corpus.events)
    log.debug("linked %d articles into %d stories (full)", len(items), len(corpus.pictures))
    return len(corpus.pictures), len(corpus.copies)


def _known(store: Store) -> dict[str, str]:
    return {r["id"]: r["story_id"] for r in store.link_rows() if r["status"] == "analysed" and r["story_id"]}


def _incremental(store: Store, settings: Settings, corpus_stages: Sequence[Stage], state: dict[str, str]
                 ) -> tuple[int, int]:
    rows = store.link_rows()
    fresh_ids = [r["id"] for r in rows if r["status"] == "analysed" and not r["linked"]]
    departed = {r["id"]: r["story_id"] for r in rows if r["status"] != "analysed" and r["story_id"]}
    if fresh_ids or departed:
        _relink(store, settings, {st.name: st for st in corpus_stages}, state, fresh_ids, departed)
    counts = store.conn.execute("SELECT (SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM copies)").fetchone()
    return int(counts[0]), int(counts[1])


def _relink(store: Store, settings: Settings, stage: Mapping[str, Stage], state: dict[str, str],
            fresh_ids: Sequence[str], departed: Mapping[str, str]) -> None:
    fresh = store.analysed(fresh_ids)
    new_copies, index = copies_against([c for c, _ in fresh], store.copy_candidates, store.clean_articles)
    gone_ids = set(fresh_ids) | set(departed)
    copies = sorted([c for c in store.copies() if c.a not in gone_ids and c.b not in gone_ids] + list(new_copies),
                    key=lambda c: (c.a, c.b))
    known = _known(store)
    corpus = Corpus(items=tuple(fresh), known_stories=known, story_index=store.get_state("story_index"),
                    copies=tuple(copies), story_overrides=store.story_overrides())
    # Twice: the second time with every member of the stories the first pass changed, so that
    # re-indexing a story (after copies or overrides move an article) sees all its articles.
    placed = checked(stage["stories"], stage["stories"].fn(corpus, settings))
    first = placed.story_of()
    touched = _touched(first, known, fresh_ids, departed) | listing(placed.story_index, fresh_ids)
    members = sorted(a for a, s in first.items() if s in touched)
    items = tuple(store.analysed(members))
    corpus = checked(stage["stories"], stage["stories"].fn(replace(corpus, items=items), settings))
    after = corpus.story_of()
    touched |= _touched(after, known, fresh_ids, departed)
    items = tuple(store.analysed(sorted(a for a, s in after.items() if s in touched)))
    corpus = replace(corpus, items=items,
                     assignments=tuple(StoryAssignment(a, s) for a, s in after.items() if s in touched))
    for st in list(stage.values())[list(stage).index("stories") + 1:]:  # story_dates, reconcile, ...
        corpus = checked(st, st.fn(corpus, settings))
    _save(store, corpus, after, known, departed, touched, copies=new_copies, index=index, state=state,
          relinked=fresh_ids)
    log.debug("linked %d fresh articles incrementally: %d stories touched", len(fresh_ids), len(touched))


def listing(index_json: str | None, ids: Sequence[str]) -> set[str]:
    """The stories whose profile in the story index lists any of ``ids``.

    The story stage places an arrival in the story it scores best, then may move it to another
    (``join_copies`` puts copy pairs together, overrides replay); the story it left keeps the arrival
    in its profile until it is rebuilt from all its members (``story_edits.reindex`` rebuilds only
    from the articles it is given). Without this, that story's stored profile kept the arrival that a
    full link from scratch does not list (bench_link --check: size 3 against 2)."""
    if not index_json or not ids:
        return set()
    wanted = set(ids)
    return {s["id"] for s in json.loads(index_json).get("stories", []) if wanted.intersection(s.get("articles", ()))}


def _touched(after: Mapping[str, str], known: Mapping[str, str], fresh_ids: Sequence[str],
             departed: Mapping[str, str]) -> set[str]:
    out = {after[a] for a in fresh_ids if a in after} | {known[a] for a in fresh_ids if a in known}
    out |= set(departed.values())
    for a, s in after.items():
        if known.get(a) != s:
            out.add(s)
            if a in known:
                out.add(known[a])
    return out


def _save(store: Store, corpus: Corpus, after: Mapping[str, str], known: Mapping[str, str],
          departed: Mapping[str, str], touched: set[str], *, copies: Sequence[Copy],
          index: Mapping[str, frozenset[int]], state: dict[str, str], relinked: Sequence[str]) -> None:
    for r in corpus.redated:
        store.replace_dates(r.article_id, r.dates, r.published, "story")
    moved: dict[str, str | None] = {a: s for a, s in after.items() if known.get(a) != s}
    moved.update({a: None for a in departed})
    pictures = {p.story_id: p.to_dict() for p in corpus.pictures}
    if corpus.story_index is not None:
        state["story_index"] = corpus.story_index
    items: Sequence[tuple[CleanArticle, ArticleFacts]] = corpus.items
    store.save_link(moved=moved, relinked=relinked, copies=copies,
                    pictures=pictures, gone=sorted(touched - set(pictures)),
                    labels=story_labels(items, dict(after)), state=state, index=index, events=corpus.events)
