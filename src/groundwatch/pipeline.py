"""The pipeline: which stage runs when, on what, and what happens when one fails.

``STAGES`` is the pipeline; each name is a stage registered in ``stages/registry.py`` with its
version and the record types it reads and returns (``tests/stages.json`` snapshots them)::

    ingest       files, folders, feeds, WARC          -> Article | Rejection   stages/ingest.py
    clean        Article                              -> CleanArticle          stages/clean/
    extract      CleanArticle + spaCy Doc             -> ArticleFacts          stages/extract/
    copies       Corpus (CleanArticle)                -> Copy*                 stages/dedupe.py
    stories      Corpus (+ Copy, StoryOverride)       -> StoryAssignment*      stages/stories.py
    story_dates  Corpus (+ StoryAssignment)           -> Redated*              stages/story_dates.py
    reconcile    Corpus (+ StoryAssignment, Copy)     -> StoryPicture*         stages/reconcile/
    events       Corpus (+ StoryPicture)              -> EventRecord*          stages/events/assemble.py

The article stages run per article; the corpus (linking) stages run in ``STAGES`` order over
one :class:`~groundwatch.records.Corpus`, each filling its own field. The runner checks what
every stage returns against what it declares. The report and the exports are written from the
store afterwards (``api.py``: stages/report.py, stages/export.py).

The runner owns order and error policy: a bad article becomes a ``Rejection`` (stored,
counted, reported) and the batch goes on. Each article's analysis is committed in its own
transaction, so a killed run resumes where it stopped.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from groundwatch import linking
from groundwatch.errors import ArticleError
from groundwatch.records import Article, ArticleFacts, CleanArticle, Rejection
from groundwatch.settings import Settings
from groundwatch.stages import embedding
from groundwatch.stages.registry import Stage, checked, load_stages
from groundwatch.store.sqlite import Store

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from groundwatch.stages.clean import CorpusStats

log = logging.getLogger("groundwatch")

#: The stages in order (names registered in stages/registry.py).
STAGES: tuple[str, ...] = ("ingest", "clean", "extract", "copies", "stories", "story_dates", "reconcile", "events")

Progress = Callable[[Sequence[Any], str], Any]


def no_progress(items: Sequence[Any], desc: str) -> Any:
    """The default progress wrapper: none."""
    return items


def stages(kind: str | None = None) -> list[Stage]:
    """The registered stages of ``STAGES`` in order (of one kind: ``article`` or ``corpus``)."""
    table = load_stages()
    missing = [name for name in STAGES if name not in table]
    if missing:
        raise LookupError(f"stages not registered: {', '.join(missing)}")
    return [table[name] for name in STAGES if kind is None or table[name].kind == kind]


def _article_stage(name: str) -> Stage:
    return next(st for st in stages("article") if st.name == name)


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
    st = _article_stage("ingest")
    for item in st.fn(paths, manifest):
        store_item(store, run_id, checked(st, item), counts)


def store_item(store: Store, run_id: int, item: Article | Rejection, counts: Counter[str]) -> str:
    """Store one ingested article (its own transaction) or rejection; returns what it was.

    ``rejected``, or the article's ``new`` / ``changed`` / ``unchanged`` (the monitor counts these).
    """
    if isinstance(item, Rejection):
        store.add_rejection(run_id, item)
        counts["rejected"] += 1
        counts[f"rejected:{item.stage}"] += 1
        log.info("rejected %s: %s", item.source, item.reason)
        return "rejected"
    counts["read"] += 1
    outcome = store.put_article(item)
    counts[outcome] += 1
    return outcome


@dataclass(frozen=True, slots=True)
class Analysis:
    """One article's outcome of clean + extract: what :func:`store_analysis` records.

    Both engines produce these with :func:`analyse_articles` (the Spark engine in its workers),
    so the policy below is written once.
    """

    article: Article
    status: str  # analysed | not_analysed | rejected
    clean: CleanArticle | None = None
    facts: ArticleFacts | None = None
    stage: str | None = None  # rejected: the stage that rejected it
    reason: str | None = None  # not_analysed / rejected: why


#: The longest clean text the NLP stage parses: spaCy's own ``max_length``, past which it refuses a text (its parser and
#: tagger need about 1 GB of working memory per 100,000 characters). A longer article is a report or a dump of many
#: articles, rejected with that reason so the batch goes on.
MAX_ANALYSED_CHARS = 1_000_000


def analyse_articles(articles: Sequence[Article], stats: CorpusStats, settings: Settings,
                     progress: Progress = no_progress, *, keep_parses: bool = True) -> Iterator[Analysis]:
    """Clean and extract ``articles``; one :class:`Analysis` each, never an exception for one article.

    ``keep_parses``: keep undated articles' parses for this process's ``story_dates``
    (:func:`groundwatch.nlp.keep`) and every article's sentences for its link (``doc_cache.keep_sentences``).
    A process that never links (a Spark worker) passes False."""
    from groundwatch import nlp as gw_nlp
    from groundwatch.stages import extract
    from groundwatch.stages.extract import doc_cache

    clean_st, extract_st = _article_stage("clean"), _article_stage("extract")
    extractors = extract.plan(settings.extractors)
    to_analyse: list[CleanArticle] = []
    for article in articles:
        try:
            cleaned = checked(clean_st, clean_st.fn(article, stats))
        except Exception as exc:  # one bad article never stops the batch
            yield _rejected(article, "clean", exc)
            continue
        if not cleaned.text.strip():
            yield _rejected(article, "clean", ArticleError("no text left after cleaning"))
            continue
        if len(cleaned.text) > MAX_ANALYSED_CHARS:
            yield _rejected(article, "clean", ArticleError(
                f"text too long to analyse: {len(cleaned.text):,} characters after cleaning, at most "
                f"{MAX_ANALYSED_CHARS:,} (split the file into its articles)"))
            continue
        lang = cleaned.language or "unknown"
        if lang not in settings.analyse_languages:
            yield Analysis(article, "not_analysed", clean=cleaned, reason=f"language {lang!r} is not analysed yet")
            continue
        to_analyse.append(cleaned)
    if not to_analyse:
        return
    nlp = gw_nlp.load(settings.model)
    docs = nlp.pipe((c.text for c in to_analyse), batch_size=settings.batch_size)
    for cleaned, doc in progress(_Parsed(to_analyse, docs), "analysing"):
        try:
            facts = checked(extract_st, extract_st.fn(cleaned, doc, extractors))
        except Exception as exc:
            yield _rejected(cleaned.article, "extract", exc)
            continue
        if keep_parses:
            doc_cache.keep_sentences(doc)
            if facts.published is None:  # story_dates reads it again once its story dates it
                gw_nlp.keep(cleaned.text, doc)
        yield Analysis(cleaned.article, "analysed", clean=cleaned, facts=facts)


class _Parsed(Sequence[tuple[CleanArticle, "Doc"]]):
    """Articles zipped with their spaCy Docs, parsed while they are iterated (``nlp.pipe`` batch by
    batch), so that a run holds one batch of Docs, never all of them (a listed zip held every Doc of
    the run at once: gigabytes for thousands of articles). The length is known up front, for the
    progress wrappers; it is iterated once."""

    def __init__(self, articles: Sequence[CleanArticle], docs: Iterator[Doc]) -> None:
        self._articles, self._docs = articles, docs

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[tuple[CleanArticle, Doc]]:
        return zip(self._articles, self._docs, strict=True)

    def __getitem__(self, index: Any) -> Any:
        raise TypeError("parsed while iterated: iterate over it, do not index it")


def _rejected(article: Article, stage: str, exc: Exception) -> Analysis:
    reason = exc.reason if isinstance(exc, ArticleError) else f"{type(exc).__name__}: {exc}"
    return Analysis(article, "rejected", stage=stage, reason=reason)


def store_analysis(store: Store, run_id: int, outcome: Analysis, counts: Counter[str]) -> None:
    """Record one :class:`Analysis` in the store (its own transaction) and count it."""
    if outcome.status == "rejected":
        stage, reason, article = outcome.stage or "extract", outcome.reason or "", outcome.article
        log.warning("article %s rejected at %s: %s", article.id, stage, reason)
        store.add_rejection(run_id, Rejection(article.source, stage, reason, article.id))
        # Keep the raw article but take it out of the pending queue, so a rerun does not retry forever.
        store.mark_rejected(article.id, reason)
        counts["rejected"] += 1
        counts[f"rejected:{stage}"] += 1
        return
    assert outcome.clean is not None
    if outcome.status == "not_analysed":
        store.save_analysis(outcome.clean, None, status="not_analysed", reason=outcome.reason)
    else:
        store.save_analysis(outcome.clean, outcome.facts)
    counts[outcome.status] += 1


def analyse_pending(store: Store, run_id: int, settings: Settings, counts: Counter[str],
                    progress: Progress = no_progress) -> None:
    """Clean and extract every stored article that is not analysed yet, one transaction each."""
    pending = store.pending()
    if not pending:
        return
    from groundwatch.stages.clean import CorpusStats

    stats = CorpusStats.from_bodies(store.bodies())
    for outcome in analyse_articles(pending, stats, settings, progress):
        store_analysis(store, run_id, outcome, counts)


def link(store: Store, settings: Settings | None = None, *, full: bool = False,
         compute: linking.Compute = linking.run_stages) -> tuple[int, int]:
    """Bring the cross-outlet picture up to date with the stored facts; returns (stories, copy pairs).

    The corpus stages of ``STAGES`` run in order. Story ids are stable: articles already in a
    story keep it, new articles join one through the persisted story index or start a new story.
    When the stored picture was made by the same stage versions and analyst overrides, only the
    new or changed articles are compared and only the stories they touch are reconciled again
    (linking.py); otherwise, or with ``full``, everything is recomputed. Either way the picture
    is stored in one transaction. ``compute`` runs a full link's stages (the Spark engine's runs
    them on Spark). Sentence vectors are kept in the store, so a text embedded by an earlier run
    is not encoded again, and so are the sentences the link parses alone (a story reconciled again
    reads its sentences' parses instead of parsing them again).
    """
    from groundwatch.stages.reconcile import parse_store

    with embedding.persisted(store), parse_store.persisted(store):
        return linking.link(store, settings or Settings.load(), stages("corpus"), full=full, compute=compute)


def release_analysis_memory() -> None:
    """Before the outputs are written: drop what only analysis and linking use (spaCy's pipeline
    and the parse cache of ``stages/reconcile/common.py``; the outputs parse nothing) and hand the
    freed heap back to the OS, so the output phase grows into that room instead of past the run's
    peak. Memory only: whatever needs spaCy later loads it again. The embedding model and its
    vectors stay (the report embeds its lines, and would re-encode the shared ones).

    Measured on a process with spaCy md and MiniLM loaded and used (2,000 parses cached, 3,000
    vectors): RSS 1,153 MB -> 951 MB with spaCy released, 845 MB after ``malloc_trim``.
    """
    import contextlib
    import ctypes
    import gc

    from groundwatch import nlp
    from groundwatch.stages.reconcile import common

    common.clear_cache()
    nlp.clear_cache()
    gc.collect()
    # glibc only: give back the heap's free pages (freed Python and spaCy memory stays mapped otherwise)
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def summarise(counts: Counter[str], stories: int, copies: int, started: float) -> RunSummary:
    """The :class:`RunSummary` of a run's counts (``started``: its ``time.perf_counter()``)."""
    return RunSummary(
        read=counts["read"], new=counts["new"], changed=counts["changed"], unchanged=counts["unchanged"],
        analysed=counts["analysed"], not_analysed=counts["not_analysed"], rejected=counts["rejected"],
        rejections_by_stage={k.split(":", 1)[1]: v for k, v in counts.items() if k.startswith("rejected:")},
        stories=stories, copies=copies, seconds=round(time.perf_counter() - started, 2),
    )


def run(paths: Sequence[str | Path], *, manifest: str | Path | None = None, store: Store,
        settings: Settings | None = None, progress: Progress = no_progress) -> RunSummary:
    """Ingest ``paths`` into ``store``, analyse what is new, and relink the picture."""
    settings = settings or Settings.load()
    started = time.perf_counter()
    run_id = store.begin_run([str(p) for p in paths])
    counts: Counter[str] = Counter()
    ingest(store, run_id, paths, manifest, counts)
    analyse_pending(store, run_id, settings, counts, progress)
    stories, copies = link(store, settings)
    summary = summarise(counts, stories, copies, started)
    store.finish_run(run_id, summary.to_dict())
    return summary
