"""report.md and report.html written story by story from the store: the same bytes as
:func:`~groundwatch.stages.report.markdown` and :func:`~groundwatch.stages.report.html` over
:func:`~groundwatch.stages.report_views.context`, in bounded memory.

``context`` holds the whole store at once (every article with its facts and text, every story's
lines, map and rendered appendix), which grew the output phase of a 1,000-article run by ~300 MB.
Here a first pass builds each story's overview row (a few fields, articles as ids), then the HTML
template is rendered as a stream (``Template.generate``) over lazy sequences: each story's full
view is built when the template reaches it, its Markdown is written at the same moment, and it is
dropped before the next; the article appendix reads one article at a time. Citations that point
outside the story being rendered read that article from the store.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TextIO

from groundwatch.records import Copy, StoryPicture
from groundwatch.stages import embedding, report
from groundwatch.stages.export import article_dicts, resolved_speakers
from groundwatch.stages.report_events import story_event_rows
from groundwatch.stages.report_views import (
    _article_views,
    _change_views,
    _Lookup,
    latest_changes,
    story_overview,
    story_view,
)
from groundwatch.store import report_queries
from groundwatch.store.report_queries import IndexRow
from groundwatch.store.sqlite import Store

Resolved = Mapping[tuple[str, int], str]


def write(store: Store, out: Path) -> None:
    """Write ``out``/report.md and ``out``/report.html for the whole store.

    The section classifier's sentence vectors are read from and kept in the store (as the link's
    are), so rendering the report again in a new process encodes no line it has encoded before."""
    src = _Source(store)
    with embedding.persisted(store), (out / "report.md").open("w", encoding="utf-8") as md_file, \
            (out / "report.html").open("w", encoding="utf-8") as html_file:
        md = _Lines(md_file)
        ctx = src.context(lambda view: md.write(report.markdown_story(view)))
        md.write(report.markdown_head(ctx))
        for chunk in report.template().generate(**ctx):
            html_file.write(chunk)
        md.write(report.markdown_tail(ctx))


class _Lines:
    """Writes lists of lines to a file as one ``"\\n".join`` of all of them would."""

    def __init__(self, f: TextIO) -> None:
        self._f, self._first = f, True

    def write(self, lines: Sequence[str]) -> None:
        for line in lines:
            self._f.write(line if self._first else "\n" + line)
            self._first = False


class _Articles(Mapping[str, dict[str, Any]]):
    """Article dicts by id: the story's own ones held, any other read from the store when cited."""

    def __init__(self, src: _Source, near: Mapping[str, dict[str, Any]]) -> None:
        self._src, self._near = src, near

    def __getitem__(self, aid: str) -> dict[str, Any]:
        if aid in self._near:
            return self._near[aid]
        if aid not in self._src.outlets:
            raise KeyError(aid)
        return next(iter(self._src.articles([aid])))

    def __contains__(self, aid: object) -> bool:
        return aid in self._src.outlets

    def __iter__(self) -> Iterator[str]:
        return iter(self._src.outlets)

    def __len__(self) -> int:
        return len(self._src.outlets)


class _Sentences(Mapping[str, Sequence[tuple[int, int, int]]]):
    """Sentence bounds by article id: the story's own held, any other read from the store."""

    def __init__(self, store: Store, near: Mapping[str, Sequence[tuple[int, int, int]]]) -> None:
        self._store, self._near = store, near

    def __getitem__(self, aid: str) -> Sequence[tuple[int, int, int]]:
        found = self._near.get(aid)
        if found is None:
            found = report_queries.sentence_bounds(self._store, [aid]).get(aid)
        if found is None:
            raise KeyError(aid)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._near)

    def __len__(self) -> int:
        return len(self._near)


class _Source:
    """What every story's view shares (outlets, copies, speakers resolved across outlets), and the
    reads by story; the order of stories is ``context``'s (most articles first, then by id)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.index: list[IndexRow] = report_queries.article_index(store)
        self.outlets: dict[str, str | None] = {r.id: r.outlet for r in self.index}
        self.copies: list[Copy] = store.copies()
        self.copied_by: dict[str, list[str]] = defaultdict(list)
        for c in self.copies:
            self.copied_by[c.a].append(c.b)
            self.copied_by[c.b].append(c.a)
        self.resolved: Resolved = resolved_speakers(store)
        self.story_ids = set(report_queries.story_ids(store))
        members: dict[str, list[str]] = defaultdict(list)
        for r in self.index:
            if r.status == "analysed":
                members[r.story_id or "unassigned"].append(r.id)
        self.stories = sorted(members.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))

    def articles(self, ids: Sequence[str]) -> Iterator[dict[str, Any]]:
        return article_dicts(self.store, ids=ids, resolved=self.resolved)

    def picture(self, sid: str) -> StoryPicture | None:
        return next(iter(self.store.pictures(sid)), None) if sid in self.story_ids else None

    def story(self, sid: str, ids: Sequence[str]) -> tuple[list[dict[str, Any]], _Lookup]:
        """The story's articles (as the facts export gives them) and the citations' lookup."""
        arts = list(self.articles(ids))
        look = _Lookup(_Articles(self, {a["id"]: a for a in arts}),
                       _Sentences(self.store, report_queries.sentence_bounds(self.store, ids)), self.outlets)
        return arts, look

    def overview(self, sid: str, ids: Sequence[str]) -> dict[str, Any]:
        arts, look = self.story(sid, ids)
        return story_overview(sid, arts, self.picture(sid), self.copies, look)

    def views(self, each: Callable[[dict[str, Any]], object]) -> Iterator[dict[str, Any]]:
        """Every story's whole view, built one at a time; ``each`` sees it first (the Markdown)."""
        for sid, ids in self.stories:
            arts, look = self.story(sid, ids)
            events = story_event_rows(self.store.events(sid), look.cite).get(sid, [])
            view = story_view(sid, arts, self.picture(sid), self.copies, self.copied_by, look, events)
            each(view)
            yield view

    def article_views(self) -> Iterator[dict[str, Any]]:
        """The appendix: every exported article rendered with its facts marked, one at a time."""
        for a in self.articles([r.id for r in self.index]):
            sentences = report_queries.sentence_bounds(self.store, [a["id"]])
            yield from _article_views([a], sentences)

    def context(self, each: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
        """``report_views.context``'s keys, with ``story_views`` and ``articles`` read lazily."""
        changes, since = latest_changes(self.store)
        look = _Lookup(_Articles(self, {}), _Sentences(self.store, {}), self.outlets)
        not_analysed = [r.id for r in self.index if r.status == "not_analysed"]
        return {
            "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "stories": [self.overview(sid, ids) for sid, ids in self.stories],
            "story_views": _Once(lambda: self.views(each)), "articles": _Once(self.article_views),
            "not_analysed": list(self.articles(not_analysed)),
            "rejections": self.store.rejections(),
            "counts": {"articles": len(self.index), "analysed": sum(1 for r in self.index if r.status == "analysed"),
                       "outlets": len({r.outlet for r in self.index if r.outlet}),
                       "stories": len(self.stories), "copies": len(self.copies)},
            "changes": _change_views(changes, look), "changes_since": since,
            "fmt_number": report.fmt_number, "figure_label": report.figure_label, "sparkline": report.sparkline,
            "sections": report.SECTIONS,
        }


class _Once:
    """An iterable the template walks once, made when it starts walking (not when the context is built)."""

    def __init__(self, make: Callable[[], Iterator[dict[str, Any]]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._make()
