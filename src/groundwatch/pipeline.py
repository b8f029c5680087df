"""The pipeline: which stage runs when, on what, and what happens when one fails.

Reading ``STAGES`` top to bottom is reading the pipeline::

    ingest   files, folders, feeds, WARC         -> Article | Rejection   stages/ingest.py
    clean    Article                             -> CleanArticle          stages/clean.py
    extract  CleanArticle + spaCy Doc            -> ArticleFacts          stages/extract/
    stories  (CleanArticle, ArticleFacts)*       -> story ids             stages/stories.py
    copies   CleanArticle*                       -> Copy*                 stages/dedupe.py
    reconcile a story's articles and facts       -> StoryPicture          stages/reconcile.py
    report   the store                           -> facts.json, report    stages/report.py

The runner owns order and error policy: a bad article becomes a ``Rejection`` (stored,
counted, reported) and the batch goes on. Each article's analysis is committed in its own
transaction, so a killed run resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from groundwatch.errors import ArticleError
from groundwatch.records import Article, CleanArticle, Rejection
from groundwatch.settings import Settings
from groundwatch.store.sqlite import Store

log = logging.getLogger("groundwatch")

STAGES = ("ingest", "clean", "extract", "stories", "copies", "reconcile", "report")

Progress = Callable[[Sequence[Any], str], Any]


def _no_progress(items: Sequence[Any], desc: str) -> Any:
    return items


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What one run did; printed by the CLI and stored in the ``runs`` table."""

    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    analysed: int = 0
    not_analysed: int = 0
    rejected: int = 0
    rejections_by_stage: dict[str, int] = field(default_factory=dict)
    stories: int = 0
    copies: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


def ingest(store: Store, run_id: int, paths: Sequence[str | Path], manifest: str | Path | None,
           counts: Counter[str]) -> None:
    """Read every input into the store (raw), recording rejections; no analysis yet."""
    from groundwatch.stages.ingest import iter_inputs

    for item in iter_inputs(paths, manifest=manifest):
        if isinstance(item, Rejection):
            store.add_rejection(run_id, item)
            counts["rejected"] += 1
            counts[f"rejected:{item.stage}"] += 1
            log.info("rejected %s: %s", item.source, item.reason)
            continue
        counts["read"] += 1
        counts[store.put_article(item)] += 1


def analyse_pending(store: Store, run_id: int, settings: Settings, counts: Counter[str],
                    progress: Progress = _no_progress) -> None:
    """Clean and extract every stored article that is not analysed yet, one transaction each."""
    pending = store.pending()
    if not pending:
        return
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages import extract
    from groundwatch.stages.clean import CorpusStats, clean

    stats = CorpusStats.from_bodies(store.bodies())
    extractors = extract.plan(settings.extractors)
    to_analyse: list[CleanArticle] = []
    for article in pending:
        try:
            cleaned = clean(article, stats)
        except Exception as exc:  # one bad article never stops the batch
            _reject(store, run_id, article, "clean", exc, counts)
            continue
        if not cleaned.text.strip():
            _reject(store, run_id, article, "clean", ArticleError("no text left after cleaning"), counts)
            continue
        lang = cleaned.language or "unknown"
        if lang not in settings.analyse_languages:
            store.save_analysis(cleaned, None, status="not_analysed",
                                reason=f"language {lang!r} is not analysed yet")
            counts["not_analysed"] += 1
            continue
        to_analyse.append(cleaned)
    if not to_analyse:
        return
    nlp = gw_nlp.load(settings.model)
    docs = nlp.pipe((c.text for c in to_analyse), batch_size=settings.batch_size)
    for cleaned, doc in progress(list(zip(to_analyse, docs, strict=True)), "analysing"):
        try:
            facts = extract.analyse(cleaned, doc, extractors)
        except Exception as exc:
            _reject(store, run_id, cleaned.article, "extract", exc, counts)
            continue
        store.save_analysis(cleaned, facts)
        counts["analysed"] += 1


def _reject(store: Store, run_id: int, article: Article, stage: str, exc: Exception,
            counts: Counter[str]) -> None:
    reason = exc.reason if isinstance(exc, ArticleError) else f"{type(exc).__name__}: {exc}"
    log.warning("article %s rejected at %s: %s", article.id, stage, reason)
    store.add_rejection(run_id, Rejection(article.source, stage, reason, article.id))
    # Keep the raw article but take it out of the pending queue, so a rerun does not retry forever.
    store.conn.execute("UPDATE articles SET status = 'rejected', status_reason = ? WHERE id = ?",
                       (reason, article.id))
    counts["rejected"] += 1
    counts[f"rejected:{stage}"] += 1


def link(store: Store, settings: Settings | None = None) -> tuple[int, int]:
    """Recompute the cross-outlet picture from the stored facts; returns (stories, copy pairs).

    Story ids are stable: articles already in a story keep it, new articles join one through the
    persisted story index (``stories.assign_stories``) or start a new story. Copies and the
    reconciled picture are recomputed over everything, in one transaction.
    """
    from groundwatch.stages import dedupe, reconcile, stories

    items = store.analysed()
    if not items:
        return 0, 0
    known = {r["id"]: r["story_id"] for r in store.article_rows("status = 'analysed'")}
    state = store.get_state("story_index")
    index = stories.StoryIndex.from_json(state) if state else None
    new = [(c, f) for c, f in items if not known.get(c.id)]
    assignment = {aid: sid for aid, sid in known.items() if sid}
    if new:
        assigned, index = stories.assign_stories(new, index)
        assignment.update({a.article_id: a.story_id for a in assigned})
    if date_from_story(store, items, assignment, settings or Settings.load()):
        items = store.analysed()
    copies = dedupe.find_copies([c for c, _ in items])
    by_story: dict[str, list[Any]] = {}
    for clean_, facts in items:
        by_story.setdefault(assignment[clean_.id], []).append((clean_, facts))
    pictures: dict[str, dict[str, Any]] = {}
    labels: dict[str, str] = {}
    for sid, members in sorted(by_story.items()):
        ids = {c.id for c, _ in members}
        story_copies = [c for c in copies if c.a in ids and c.b in ids]
        picture = reconcile.reconcile(sid, members, story_copies)
        pictures[sid] = picture.to_dict()
        pictures[sid]["speaker_resolutions"] = [
            {"article": aid, "index": i, "speaker": q.speaker}
            for aid, quotes in reconcile.resolve_speakers(members, picture).items()
            for i, q in enumerate(quotes) if q.resolved_by == "story"
        ]
        labels[sid] = _label(members)
    store.save_picture(stories=assignment, copies=copies, pictures=pictures, labels=labels,
                       state={"story_index": index.to_json()} if index is not None else {})
    log.debug("linked %d articles into %d stories", len(items), len(pictures))
    return len(pictures), len(copies)


def date_from_story(store: Store, items: Sequence[tuple[CleanArticle, Any]], assignment: dict[str, str],
                    settings: Settings) -> int:
    """Date undated articles from their story's dated articles, and re-resolve their dates.

    An article with no date in its metadata or text (``published.infer_published`` found none)
    is most likely a same-cycle report of its story: ``published.story_base`` dates it from the
    story's dates and its own weekdays. This runs after story assignment, which never sees it.
    The date is stored with origin ``story`` so the report marks it as inferred. Returns how many
    articles were re-dated.
    """
    undated = [(c, f) for c, f in items if f.published is None]
    if not undated:
        return 0
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages import extract
    from groundwatch.stages.extract import published

    story_dates: dict[str, list[dt.date]] = {}
    for c, f in items:
        if f.published is not None and c.published_origin != "story" and (sid := assignment.get(c.id)):
            story_dates.setdefault(sid, []).append(f.published)
    dated = 0
    dates_extractors = [e for e in extract.plan(settings.extractors) if e.produces == "dates"]
    for clean_, _facts in undated:
        base = published.story_base(clean_.text, story_dates.get(assignment.get(clean_.id, ""), []))
        if base is None:
            continue
        redated = CleanArticle(article=clean_.article, text=clean_.text, removed=clean_.removed,
                               language=clean_.language, published=base, published_origin="story")
        doc = gw_nlp.load(settings.model)(clean_.text)
        facts = extract.analyse(redated, doc, dates_extractors)
        store.replace_dates(clean_.id, facts.dates, base, "story")
        dated += 1
    return dated


def _label(members: Sequence[tuple[CleanArticle, Any]]) -> str:
    """A story's label: the title of its earliest article (an extracted headline, not generated)."""
    dated = sorted(members, key=lambda m: (m[0].published or dt.date.max, m[0].id))
    for clean_, _ in dated:
        if clean_.article.title:
            return clean_.article.title
    return dated[0][0].text.split("\n", 1)[0][:120]


def run(paths: Sequence[str | Path], *, manifest: str | Path | None = None, store: Store,
        settings: Settings | None = None, progress: Progress = _no_progress) -> RunSummary:
    """Ingest ``paths`` into ``store``, analyse what is new, and relink the picture."""
    settings = settings or Settings.load()
    started = time.perf_counter()
    run_id = store.begin_run([str(p) for p in paths])
    counts: Counter[str] = Counter()
    ingest(store, run_id, paths, manifest, counts)
    analyse_pending(store, run_id, settings, counts, progress)
    stories, copies = link(store, settings)
    summary = RunSummary(
        read=counts["read"], new=counts["new"], changed=counts["changed"], unchanged=counts["unchanged"],
        analysed=counts["analysed"], not_analysed=counts["not_analysed"], rejected=counts["rejected"],
        rejections_by_stage={k.split(":", 1)[1]: v for k, v in counts.items() if k.startswith("rejected:")},
        stories=stories, copies=copies, seconds=round(time.perf_counter() - started, 2),
    )
    store.finish_run(run_id, summary.to_dict())
    return summary
