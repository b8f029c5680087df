"""A story of retrospectives: its figures are counted in the year they look back on (reconcile/__init__.py).

A retrospective (stories.story_retro: its headline names an earlier year, its text a day of that year) is a story
of its own, that earlier event's; its counts ("seven people were killed", "how seven died in <that year>") are the
story's own figures, though they are years older than its publication and the extractor marks them as another
event's (a year other than the publication's). When every article of a story is a retrospective of one year, the
figure passes read each article as published on the day it looks back on, and the marks of another event on a
count whose sentence names that year are dropped. A story that also holds a report of today keeps its counts as
they are: there the earlier year's counts are another event's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from groundwatch.records import ArticleFacts, CleanArticle, Figure
from groundwatch.stages.reconcile.common import Ctx
from groundwatch.stages.story_retro import retrospective_day

__all__ = ["retrospective_view"]

Items = Sequence[tuple[CleanArticle, ArticleFacts]]


def retrospective_view(items: Items, ctx: Ctx) -> tuple[Items, Ctx]:
    """The story's articles and lookups as its figure passes read them: unchanged unless every article is a
    retrospective of one year (see the module docstring)."""
    days = {c.id: retrospective_day(c.article.title or "", f.dates, ctx.published.get(c.id)) for c, f in items}
    found = {d for d in days.values() if d is not None}
    if not items or None in days.values() or len({d.year for d in found}) != 1:
        return items, ctx
    year = str(next(iter(found)).year)

    def own(x: Figure) -> Figure:
        marked = x.other_event or getattr(x, "scope", None) == "other_event"
        return replace(x, other_event=False, scope=None) if marked and year in x.span.sentence else x

    view = [(c, replace(f, figures=tuple(own(x) for x in f.figures))) for c, f in items]
    return view, replace(ctx, published={**ctx.published, **{a: d for a, d in days.items() if d is not None}})
