"""Undated articles take their story's date, and their date mentions are resolved again against it.

An article with no date in its metadata or text (``published.infer_published`` found none) is
most likely a same-cycle report of its story: ``published.story_base`` dates it from the story's
dates and its own weekdays. This runs after story assignment, which never sees the borrowed date.
The date is kept with origin ``story`` so the report marks it as inferred.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from groundwatch.records import ArticleFacts, CleanArticle, Corpus, DateMention, Redated, StoryAssignment
from groundwatch.settings import Settings
from groundwatch.stages.registry import stage

__all__ = ["story_dates"]


@stage("story_dates", version="story_dates.v1", kind="corpus", inputs=(CleanArticle, ArticleFacts, StoryAssignment),
       output=Redated, produces="redated")
def story_dates(corpus: Corpus, settings: Settings) -> Corpus:
    """Re-date the corpus's undated articles from their stories (``items`` updated, ``redated`` listed)."""
    undated = [(c, f) for c, f in corpus.items if f.published is None]
    if not undated:
        return replace(corpus, redated=())
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages import extract
    from groundwatch.stages.extract import published

    assignment = corpus.story_of()
    story_days: dict[str, list[dt.date]] = {}
    for c, f in corpus.items:
        if f.published is not None and c.published_origin != "story" and (sid := assignment.get(c.id)):
            story_days.setdefault(sid, []).append(f.published)
    redated: list[Redated] = []
    dates_extractors = [e for e in extract.plan(settings.extractors) if e.produces == "dates"]
    moved: list[tuple[CleanArticle, dt.date]] = []
    for clean_, _facts in undated:
        base = published.story_base(clean_.text, story_days.get(assignment.get(clean_.id, ""), []),
                                    extract.stamp_lines(clean_))
        if base is not None:
            moved.append((replace(clean_, published=base, published_origin="story"), base))
    # The analysis's own parse when this process made it (the same text, nlp.keep), else one
    # nlp.pipe over the rest, as the analysis parses them, not a call each.
    docs = {m.text: doc for m, _ in moved if (doc := gw_nlp.kept(m.text)) is not None}
    todo = list(dict.fromkeys(m.text for m, _ in moved if m.text not in docs))
    if todo:
        docs.update(zip(todo, gw_nlp.load(settings.model).pipe(todo, batch_size=settings.batch_size), strict=True))
    for m, base in moved:
        redated.append(Redated(m.id, base, extract.analyse(m, docs[m.text], dates_extractors).dates))
    by_id = {r.article_id: r for r in redated}
    items = tuple(_redate(c, f, by_id[c.id].published, by_id[c.id].dates) if c.id in by_id else (c, f)
                  for c, f in corpus.items)
    return replace(corpus, items=items, redated=tuple(redated))


def _redate(clean: CleanArticle, facts: ArticleFacts, published: dt.date, dates: tuple[DateMention, ...]
            ) -> tuple[CleanArticle, ArticleFacts]:
    """The article as the store gives it back once re-dated (its metadata date is the story's too)."""
    moved = replace(clean, article=replace(clean.article, published=published), published=published,
                    published_origin="story")
    return moved, replace(facts, dates=dates, published=published, published_origin="story")
