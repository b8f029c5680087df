"""A full link on Spark: the corpus stages' own functions, with candidate blocking and a per-story groupBy.

:func:`compute` is the ``linking.Compute`` the Spark engine hands to ``pipeline.link`` (an
incremental link stays on the driver: its cost follows the few new articles). Nothing here decides
anything a stage decides; it only chooses where each stage's function runs:

1. ``copies`` (stages/dedupe.py): each article's LSH bucket keys (``dedupe.article_keys``) become
   ``(bucket, article)`` rows; a ``groupByKey`` per bucket gives the candidate pairs
   (``dedupe.candidate_pairs``), ``distinct`` drops a pair found in several buckets, and two joins
   bring each pair its articles for ``dedupe.confirm_pair`` -- the confirmation the local engine runs;
2. ``stories`` (stages/stories.py) runs on the driver. It is sequential by design: a greedy single
   pass in date order, each placement scored against the story profiles the earlier ones grew, and
   a consolidation of the batch's new stories at the end, so it has no partitionable form. It
   reads compact per-article profiles (names, dates, a title-and-lead embedding), never the facts;
3. every later stage (``story_dates``, ``reconcile``, ``events``) works story by story, so the
   articles are grouped by story (``groupByKey``, joined with the story's copy pairs) and each
   group runs those stages' functions on a corpus of that story alone, as linking.py's
   incremental link does for the stories it touches.

The driver then assembles the corpus in the local order (items in id order, pictures and events in
story-id order), and linking.py stores it exactly as after a local full link.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from groundwatch.records import (
    ArticleFacts,
    CleanArticle,
    Copy,
    Corpus,
    EventRecord,
    Redated,
    StoryAssignment,
    StoryPicture,
)
from groundwatch.settings import Settings
from groundwatch.stages import dedupe
from groundwatch.stages.registry import Stage, checked

Item = tuple[CleanArticle, ArticleFacts]
#: What one story's group returns: its id, its members (position in the corpus, re-dated item),
#: the re-datings, the picture(s) and the event records.
StoryResult = tuple[str, list[tuple[int, Item]], tuple[Redated, ...], tuple[StoryPicture, ...],
                    tuple[EventRecord, ...]]


def compute(spark: Any) -> Any:
    """The ``linking.Compute`` that runs a full link's stages on ``spark``."""
    return partial(link_corpus, spark)


def link_corpus(spark: Any, corpus: Corpus, settings: Settings, corpus_stages: Sequence[Stage]) -> Corpus:
    """The corpus after ``corpus_stages`` (pipeline.STAGES' corpus stages, in order), computed on Spark."""
    names = [st.name for st in corpus_stages]
    if names[:2] != ["copies", "stories"]:  # another stage order: no blocking is known for it
        from groundwatch.linking import run_stages

        return run_stages(corpus, settings, corpus_stages)
    copies_st, stories_st, *later = corpus_stages
    copies, keys = copies_on_spark(spark, [c for c, _ in corpus.items])
    corpus = checked(copies_st, replace(corpus, copies=copies, copy_keys=keys))
    corpus = checked(stories_st, stories_st.fn(corpus, settings))
    return per_story_on_spark(spark, corpus, settings, later)


def copies_on_spark(spark: Any, articles: Sequence[CleanArticle]) -> tuple[tuple[Copy, ...], dict[str, frozenset[int]]]:
    """``dedupe.copies_and_keys`` of ``articles``: bucket rows, a groupBy per bucket, pairs confirmed."""
    if not articles:
        return (), {}
    sc = spark.sparkContext
    slices = max(1, min(len(articles), sc.defaultParallelism))
    by_id = sc.parallelize([(a.id, a) for a in articles], numSlices=slices).cache()
    keyed = by_id.mapValues(dedupe.article_keys).cache()
    keys = dict(keyed.collect())
    pairs = (keyed.flatMap(lambda row: [(key, row[0]) for key in row[1]])
             .groupByKey()
             .flatMap(lambda bucket: dedupe.candidate_pairs(list(bucket[1])))
             .distinct())
    confirmed = (pairs.join(by_id)                                  # (x, (y, article x))
                 .map(lambda row: (row[1][0], row[1][1]))          # (y, article x)
                 .join(by_id)                                       # (y, (article x, article y))
                 .map(lambda row: dedupe.confirm_pair(row[1][0], row[1][1]))
                 .filter(lambda copy: copy is not None)
                 .collect())
    by_id.unpersist()
    keyed.unpersist()
    return tuple(sorted(confirmed, key=lambda c: (c.a, c.b))), keys


def per_story_on_spark(spark: Any, corpus: Corpus, settings: Settings, later: Sequence[Stage]) -> Corpus:
    """``later`` (the stages after ``stories``) run once per story, in a groupBy(story_id)."""
    if not later or not corpus.items:
        return corpus
    sc = spark.sparkContext
    story_of = corpus.story_of()
    members = sc.parallelize([(story_of[c.id], (n, (c, f))) for n, (c, f) in enumerate(corpus.items)],
                             numSlices=max(1, min(len(corpus.items), sc.defaultParallelism)))
    copies = sc.parallelize([(story_of[c.a], c) for c in corpus.copies
                             if c.a in story_of and story_of[c.a] == story_of.get(c.b)], numSlices=1)
    task = partial(story_partition, settings=settings, stage_names=tuple(st.name for st in later))
    results: list[StoryResult] = members.groupByKey().cogroup(copies).mapPartitions(task).collect()
    return assemble(corpus, results)


def story_partition(groups: Iterable[tuple[str, tuple[Iterable[Any], Iterable[Any]]]], *, settings: Settings,
                    stage_names: Sequence[str]) -> Iterator[StoryResult]:
    """One task: the later stages' functions over each of its stories, on a corpus of that story alone."""
    from groundwatch.stages.registry import load_stages

    table = load_stages()
    stages = [table[name] for name in stage_names]
    for story_id, (member_lists, story_copies) in groups:
        numbered = sorted((m for ms in member_lists for m in ms), key=lambda m: m[0])
        if not numbered:
            continue
        sub = Corpus(items=tuple(item for _, item in numbered),
                     assignments=tuple(StoryAssignment(c.id, story_id) for _, (c, _f) in numbered),
                     copies=tuple(sorted(story_copies, key=lambda c: (c.a, c.b))))
        for st in stages:
            sub = checked(st, st.fn(sub, settings))
        yield (story_id, [(n, item) for (n, _), item in zip(numbered, sub.items, strict=True)], sub.redated,
               sub.pictures, sub.events)


def assemble(corpus: Corpus, results: Sequence[StoryResult]) -> Corpus:
    """The corpus as a local run of the later stages leaves it, from the per-story results."""
    items = list(corpus.items)
    redated: list[tuple[int, Redated]] = []
    pictures: list[StoryPicture] = []
    events: list[EventRecord] = []
    for _sid, members, story_redated, story_pictures, story_events in sorted(results, key=lambda r: r[0]):
        position = {item[0].id: n for n, item in members}
        for n, item in members:
            items[n] = item
        redated.extend((position[r.article_id], r) for r in story_redated)
        pictures.extend(story_pictures)
        events.extend(story_events)
    return replace(corpus, items=tuple(items), redated=tuple(r for _, r in sorted(redated, key=lambda p: p[0])),
                   pictures=tuple(pictures), events=tuple(events))
